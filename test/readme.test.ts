// The README's spec example is real: its YAML blocks are written out and must generate cleanly.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { formatDiagnostic } from "../generator/check/diagnostics.ts";
import { compileSpecs } from "../generator/pipeline.ts";
import { typecheck } from "./helpers/typecheck.ts";

it("the README's example specs pass every check", () => {
  const readme = readFileSync("README.md", "utf8");
  const blocks = [...readme.matchAll(/```yaml\n# (specs\/[^\n]+)\n([\s\S]*?)```/g)];
  expect(blocks.map((b) => b[1])).toEqual(["specs/notes/service.yaml", "specs/notes/operations/ListNotes.yaml"]);
  const root = mkdtempSync(path.join(os.tmpdir(), "opspec-readme-"));
  for (const [, file, body] of blocks) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), body);
  }
  const result = compileSpecs(path.join(root, "specs"));
  expect(result.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
  expect(result.model?.services[0].operations.map((o) => o.name)).toEqual(["ListNotes"]);
});

it("the README's TypeScript snippets type-check against generated/ as another project imports it", () => {
  const readme = readFileSync("README.md", "utf8");
  const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  expect(snippets.length).toBeGreaterThanOrEqual(2);
  const project = mkdtempSync(path.join(os.tmpdir(), "opspec-readme-ts-"));
  mkdirSync(path.join(project, "node_modules", "@opspec"), { recursive: true });
  symlinkSync(path.resolve("generated"), path.join(project, "node_modules", "@opspec", "generated"), "dir");
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ type: "module" }));
  const files = snippets.map((code, i) => {
    const file = path.join(project, `snippet${i}.ts`);
    // Names the snippet uses without defining them stand for the reader's own values.
    writeFileSync(file, `declare const body: unknown;\ndeclare const response: unknown;\n${code}\nexport {};\n`);
    return file;
  });
  expect(typecheck(files)).toEqual([]);
});
