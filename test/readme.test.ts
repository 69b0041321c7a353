// The README's spec example is real: its YAML blocks are written out and must generate cleanly.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { formatDiagnostic } from "../generator/check/diagnostics.ts";
import { compileSpecs } from "../generator/pipeline.ts";

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
