// Incremental generation reuses, within one process, parses, models, check results and rendered
// services of everything that did not change. These tests hold it to two promises: a built model is
// never mutated by the checks or emitters (so reusing it is sound), and a run after edits writes
// exactly what a cold run in a fresh process writes.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { checkModel } from "../generator/check/semantic.ts";
import { serviceEmitters } from "../generator/emit/index.ts";
import { compileSpecs, generate, renderModel } from "../generator/pipeline.ts";
import { readTree } from "../generator/write/write.ts";

/** Freezes every object, array and Map reachable from `value`, so any later write throws. */
function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k, seen);
      deepFreeze(v, seen);
    }
    const refuse = () => {
      throw new TypeError("a frozen model's Map was changed");
    };
    Object.defineProperties(value, { set: { value: refuse }, delete: { value: refuse }, clear: { value: refuse } });
  } else if (value instanceof Set) {
    for (const v of value) deepFreeze(v, seen);
  } else {
    for (const v of Object.values(value)) deepFreeze(v, seen);
  }
  Object.freeze(value);
}

function copySpecs(from: string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "opspec-inc-")), "specs");
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Appends to a spec file's top-level documentation through the YAML document (block scalars and all). */
function editDocumentation(file: string, addition: string): void {
  const doc = parseDocument(readFileSync(file, "utf8"));
  doc.set("documentation", `${String(doc.get("documentation"))} ${addition}`);
  writeFileSync(file, doc.toString());
}

function coldGenerate(specs: string): Map<string, string> {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "opspec-cold-")), "generated");
  execFileSync(process.execPath, [path.resolve("generator/bin.mjs"), "generate", "--no-cache", "--specs", specs, "--out", out], { encoding: "utf8" });
  return readTree(out);
}

describe("incremental generation", () => {
  it.each(["specs", "test/fixtures/golden-specs/edge/specs"])("checks and emitters never change the model of %s", async (dir) => {
    const compiled = compileSpecs(copySpecs(path.resolve(dir)));
    const model = compiled.model!;
    expect(model.services.length).toBeGreaterThan(0);
    deepFreeze(model);
    expect(() => checkModel(model)).not.toThrow();
    for (const service of model.services) for (const e of serviceEmitters) expect(() => e.emit(service), e.name).not.toThrow();
    await expect(renderModel(model)).resolves.not.toHaveLength(0);
  });

  it("unchanged services keep their model object; an edited one gets a new one", () => {
    const specs = copySpecs(path.resolve("specs"));
    const first = compileSpecs(specs).model!;
    const again = compileSpecs(specs).model!;
    expect(again.services.map((s) => s.name)).toEqual(first.services.map((s) => s.name));
    again.services.forEach((s, i) => expect(s).toBe(first.services[i]));
    editDocumentation(path.join(specs, "swas", "operations", "RunCommand.yaml"), "Edited.");
    const edited = compileSpecs(specs).model!;
    const swas = edited.services.findIndex((s) => s.moduleName === "swas");
    const ssm = edited.services.findIndex((s) => s.moduleName === "ssm");
    expect(edited.services[swas]).not.toBe(first.services[swas]);
    expect(edited.services[ssm]).toBe(first.services[ssm]);
  });

  it("after edits in one process, the output equals a cold run's in a fresh process, file for file", async () => {
    const specs = copySpecs(path.resolve("specs"));
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "opspec-warm-")), "generated");
    expect((await generate(specs, out)).written).toBe(true);
    // Three edits, each followed by a warm run: documentation, a constraint, and a new operation file.
    editDocumentation(path.join(specs, "ssm", "operations", "GetCommandInvocation.yaml"), "Edited.");
    expect((await generate(specs, out)).written).toBe(true);
    const service = path.join(specs, "swas", "service.yaml");
    const text = readFileSync(service, "utf8");
    expect(text).toMatch(/length: \{ min: 1, max: 64 \}/);
    writeFileSync(service, text.replace(/length: \{ min: 1, max: 64 \}/, "length: { min: 2, max: 60 }"));
    expect((await generate(specs, out)).written).toBe(true);
    const copy = path.join(specs, "ssm", "operations", "ListCommands.yaml");
    const renamed = readFileSync(copy, "utf8");
    expect(renamed).toMatch(/^operation: ListCommands$/m);
    writeFileSync(path.join(specs, "ssm", "operations", "ListCommandsAgain.yaml"), renamed.replace(/^operation: ListCommands$/m, "operation: ListCommandsAgain"));
    const last = await generate(specs, out);
    expect(last.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const sameAsCold = () => {
      const warm = readTree(out);
      const cold = coldGenerate(specs);
      expect([...warm.keys()]).toEqual([...cold.keys()]);
      expect([...cold].filter(([p, c]) => warm.get(p) !== c).map(([p]) => p)).toEqual([]);
      return warm;
    };
    expect([...sameAsCold().keys()].some((p) => p.includes("ListCommandsAgain"))).toBe(true);

    // Removing the operation again: its files are deleted from the tree in place.
    rmSync(path.join(specs, "ssm", "operations", "ListCommandsAgain.yaml"));
    expect((await generate(specs, out)).written).toBe(true);
    expect([...sameAsCold().keys()].some((p) => p.includes("ListCommandsAgain"))).toBe(false);
  }, 180_000);
});
