// The ReDoS pre-filter skips recheck only for patterns that are linear by construction; recheck must
// agree on every pattern the filter lets through.
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { linearByConstruction } from "../../generator/check/semantic.ts";
import { compileSpecs } from "../../generator/pipeline.ts";

const table: [string, boolean][] = [
  ["^[a-zA-Z0-9_\\-.]{3,128}$", true],
  ["^i-[0-9a-f]{17}$", true],
  ["^[\\s\\S]*$", true],
  ["^.{1,5}$", true],
  ["^(a+)+$", false], // groups
  ["^[a-z]*[a-z]*$", false], // two variable atoms
  ["[a-z]*X", false], // unanchored: every start position backtracks
  ["^a|b$", false], // alternation
  ["^\\d+\\.\\d+$", false],
  ["^\\1a*$", false], // backreference
  ["^\\ba*$", false], // assertion
  ["^a{2}b{3,3}c*$", true],
];

describe("linearByConstruction", () => {
  it.each(table)("%s → %s", (pattern, linear) => {
    expect(linearByConstruction(pattern)).toBe(linear);
  });

  it("recheck finds every pattern it lets through safe (table and bundled specs)", () => {
    const compiled = compileSpecs("specs");
    const patterns = new Set(table.map(([p]) => p));
    for (const s of compiled.model!.services) for (const shape of s.shapes.values()) if (shape.kind === "string" && shape.pattern) patterns.add(shape.pattern.source);
    const passed = [...patterns].filter(linearByConstruction);
    expect(passed.length).toBeGreaterThan(5);
    for (const p of passed) expect(checkSync(p, "", { timeout: 10_000 }).status, p).toBe("safe");
  });
});
