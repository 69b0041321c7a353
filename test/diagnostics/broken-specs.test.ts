// The corpus of broken specs: each case under test/fixtures/broken/<case>/ is a small specs folder
// with deliberate faults and the exact diagnostics the CLI must print for it (expected.txt).
// `generate` must exit 1, print each diagnostic with a code frame, and leave `generated/` alone.
// To refresh expected.txt after a deliberate message change, see update-expected.ts.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { caseNames, cleanup, expectedLines, frameProblem, runCase, snapshot, stageCase } from "./harness.ts";

const cases = caseNames();
const staged: string[] = [];
afterAll(() => staged.forEach(cleanup));

describe("broken specs corpus", () => {
  it("has at least 30 cases, each with an expected.txt", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const name of cases) expect(expectedLines(name).length, name).toBeGreaterThan(0);
  });

  it.each(cases)("%s", async (name) => {
    const run = await runCase(name);
    staged.push(run.dir);
    const context = run.output.join("\n");

    expect(run.exitCode, context).toBe(1);
    expect(run.diagnostics.map((d) => d.head), context).toEqual(expectedLines(name));
    for (const d of run.diagnostics) {
      const source = readFileSync(path.join(run.dir, d.file), "utf8");
      expect(frameProblem(d, source), `${d.head}\n${d.frame.join("\n")}`).toBeUndefined();
    }
    expect(run.output.at(-1)).toMatch(/^\d+ error\(s\); .* was left unchanged$/);
    expect(snapshot(path.join(run.dir, "generated"))).toEqual(run.generatedBefore);
    // Nothing else appeared next to the output: no half-built temporary folder was left behind.
    expect(Object.keys(snapshotTop(run.dir)).sort()).toEqual(["generated", "specs"]);
  });
});

describe("the real binary", () => {
  it("exits 1 and prints the same diagnostics, leaving generated/ untouched", () => {
    const name = "many-faults-semantic";
    const dir = stageCase(name);
    staged.push(dir);
    const before = snapshot(path.join(dir, "generated"));
    const bin = fileURLToPath(new URL("../../generator/bin.mjs", import.meta.url));
    // Run from the case folder so the printed paths are exactly those of expected.txt.
    const r = spawnSync(process.execPath, [bin, "generate", "--specs", "specs", "--out", "generated"], { cwd: dir, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(1);
    const heads = r.stderr.split("\n").filter((l) => /^specs\/.+:\d+:\d+: error: /.test(l));
    expect(heads).toEqual(expectedLines(name));
    expect(r.stderr).toMatch(/\n> +\d+ \| /);
    expect(snapshot(path.join(dir, "generated"))).toEqual(before);
  });
});

function snapshotTop(dir: string): Record<string, true> {
  const out: Record<string, true> = {};
  for (const f of snapshot(dir).keys()) out[f.split("/")[0]] = true;
  return out;
}
