// Every pattern goes through recheck when specs are checked; a vulnerable one is a warning that names
// the line of its `pattern:` key, and generation still succeeds.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileSpecs } from "../../generator/pipeline.ts";

describe("ReDoS check of spec patterns", () => {
  it("warns at each vulnerable pattern's line, and only there", () => {
    const r = compileSpecs(path.resolve("test/fixtures/validators/redos/specs"));
    expect(r.model).toBeDefined();
    const redos = r.diagnostics.filter((d) => d.code === "redos");
    expect(redos.map((d) => [d.file, d.line, d.severity])).toEqual([
      ["redos/operations/Check.yaml", 7, "warning"],
      ["redos/service.yaml", 12, "warning"],
      ["redos/service.yaml", 15, "warning"],
    ]);
    for (const d of redos) expect(d.message).toMatch(/can backtrack catastrophically \((exponential|\d+(st|nd|rd|th) degree polynomial)/);
  });

  it("the project's own specs have no vulnerable pattern", () => {
    const r = compileSpecs(path.resolve("specs"));
    expect(r.diagnostics.filter((d) => d.code === "redos")).toEqual([]);
  });

  it("patterns that only compile without the u flag are checked without it", () => {
    const r = compileSpecs(path.resolve("test/fixtures/validators/specs"));
    expect(r.diagnostics.filter((d) => d.code === "redos")).toEqual([]);
  });
});
