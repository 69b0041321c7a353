// The contract: edge-case specs against their goldens, and the committed generated/ against a fresh run.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileSpecs, renderModel } from "../generator/pipeline.ts";
import { formatDiagnostic } from "../generator/check/diagnostics.ts";
import { compareTree, updating } from "./helpers/golden.ts";
import { readTree } from "../generator/write/write.ts";

const fixtures = path.resolve("test/fixtures/golden-specs");
const goldens = path.resolve("test/golden");

async function render(specs: string) {
  const compiled = compileSpecs(specs);
  const problems = compiled.diagnostics.map((d) => formatDiagnostic(d, compiled.sources)).join("\n");
  expect(problems).toBe("");
  return renderModel(compiled.model!);
}

describe("golden files", () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`${name}: output matches test/golden/${name}`, async () => {
      const files = await render(path.join(fixtures, name, "specs"));
      // Compiled JavaScript and the copied runtime are checked elsewhere; goldens hold what emitters write.
      const emitted = files.filter((f) => !f.path.startsWith("dist/") && !f.path.startsWith("src/runtime/"));
      expect(compareTree(path.join(goldens, name), emitted)).toBe("");
    });
  }

  it.skipIf(updating)("generated/ is exactly what specs/ generate now", async () => {
    const files = await render(path.resolve("specs"));
    const onDisk = readTree(path.resolve("generated"));
    const stale = files.filter((f) => onDisk.get(f.path) !== f.contents).map((f) => f.path);
    const extra = [...onDisk.keys()].filter((p) => !files.some((f) => f.path === p));
    expect({ stale, extra }, "run `npm run generate` and commit generated/").toEqual({ stale: [], extra: [] });
  });

  it("generation is deterministic: two runs give identical bytes", async () => {
    const a = await render(path.join(fixtures, "edge", "specs"));
    const b = await render(path.join(fixtures, "edge", "specs"));
    expect(b.map((f) => [f.path, f.contents])).toEqual(a.map((f) => [f.path, f.contents]));
  });
});
