// ReDoS verdicts persist in the cache folder between runs, so a second `generate` of a large model
// does not ask recheck again. Each test runs in its own vitest worker, so the in-process verdicts
// start empty here; the fixture's patterns are checked for real first.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRedosCache, redosCacheFile, saveRedosCache } from "../../generator/check/redos-cache.ts";
import { compileSpecs } from "../../generator/pipeline.ts";

describe("the ReDoS verdict cache", () => {
  it("stores every verdict, exponential ones included, and a fresh load reads them back", () => {
    compileSpecs(path.resolve("test/fixtures/validators/redos/specs"));
    const dir = mkdtempSync(path.join(os.tmpdir(), "opspec-redos-cache-"));
    saveRedosCache(dir);
    const stored = new Map(JSON.parse(readFileSync(redosCacheFile(dir), "utf8")) as [string, { degree: unknown; text: string } | null][]);
    expect(stored.get("u/^(a+)+$")?.degree).toBe("exponential");
    expect(stored.get("u/^(\\w|\\d)*x$")).toMatchObject({ text: expect.stringMatching(/polynomial|exponential/) });
  });

  it("a verdict loaded from the cache is used instead of asking recheck", () => {
    // A pattern recheck would call safe, and that the linear pre-filter does not settle (it has a group).
    const specs = path.join(mkdtempSync(path.join(os.tmpdir(), "opspec-redos-specs-")), "specs");
    cpSync(path.resolve("test/fixtures/validators/redos/specs"), specs, { recursive: true });
    const service = path.join(specs, "redos", "service.yaml");
    writeFileSync(service, readFileSync(service, "utf8").replace("pattern: '^[a-z]+$'", () => "pattern: '^(ab|cd)$'"));
    const dir = mkdtempSync(path.join(os.tmpdir(), "opspec-redos-cache-"));
    writeFileSync(redosCacheFile(dir), JSON.stringify([["u/^(ab|cd)$", { degree: "exponential", text: "verdict from the cache" }]]));
    loadRedosCache(dir);
    const r = compileSpecs(specs);
    const found = r.diagnostics.filter((d) => d.code === "redos" && d.message.includes("verdict from the cache"));
    expect(found.map((d) => [d.file, d.line])).toEqual([["redos/service.yaml", 18]]);
  });

  it("a missing or corrupt cache file is ignored", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "opspec-redos-cache-"));
    expect(() => loadRedosCache(dir)).not.toThrow();
    writeFileSync(redosCacheFile(dir), "{not json");
    expect(() => loadRedosCache(dir)).not.toThrow();
    writeFileSync(redosCacheFile(dir), JSON.stringify({ not: "a list" }));
    expect(() => loadRedosCache(dir)).not.toThrow();
  });
});
