// `generate` killed with SIGKILL at random points never leaves a half-written output: after the
// recovery every opspec run does first, the folder holds the old output or the new one, byte for byte.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { EmittedFile } from "../generator/emit/emitter.ts";
import { compileSpecs, renderModel } from "../generator/pipeline.ts";
import { readTree, recover, stagingPaths, writeTree } from "../generator/write/write.ts";
import { writeSyntheticSpecs } from "../bench/synthetic.ts";

// Two seeded synthetic spec sets with many small services, so the write phase spans hundreds of files.
const scratch = mkdtempSync(path.join(os.tmpdir(), "opspec-crash-specs-"));
const specSets = [1, 2].map((seed) => {
  const dir = path.join(scratch, `set${seed}`);
  writeSyntheticSpecs(dir, { operations: 60, perService: 2, seed });
  return dir;
});

async function expectedTree(specs: string): Promise<Map<string, string>> {
  const files: EmittedFile[] = await renderModel(compileSpecs(specs).model!);
  return new Map(files.map((f) => [f.path, f.contents]));
}

function sameTree(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** Seeded, so a failing run can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Starts `generate` and kills it `delayMs` after it starts writing (or after launch when `fromStart`). */
function runAndKill(specs: string, out: string, delayMs: number, fromStart: boolean): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["generator/bin.mjs", "generate", "--specs", specs, "--out", out], { stdio: "ignore" });
    const { tmp } = stagingPaths(out);
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      timer = setTimeout(() => child.kill("SIGKILL"), delayMs);
    };
    if (fromStart) kill();
    else {
      const poll = setInterval(() => {
        if (existsSync(tmp)) {
          clearInterval(poll);
          kill();
        }
      }, 1);
      child.on("exit", () => clearInterval(poll));
    }
    child.on("exit", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve(signal ?? `exit ${code}`);
    });
  });
}

describe("crash safety of generate", () => {
  it("SIGKILL at random points leaves the old or the new output, byte for byte", async () => {
    const trees = await Promise.all(specSets.map(expectedTree));
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "opspec-crash-")), "generated");
    writeTree(out, [...trees[0]].map(([p, contents]) => ({ path: p, contents, sources: [] })));
    const rand = random(20261121);
    const outcomes: string[] = [];
    let current = 0;
    for (let round = 0; round < 10; round++) {
      const next = 1 - current;
      // Half the kills land while files are being written and swapped, half anywhere in the run.
      const fromStart = round % 2 === 1;
      const delay = fromStart ? Math.floor(rand() * 4000) : Math.floor(rand() * 40);
      outcomes.push(await runAndKill(specSets[next], out, delay, fromStart));
      recover(out);
      const onDisk = readTree(out);
      const isOld = sameTree(onDisk, trees[current]);
      const isNew = sameTree(onDisk, trees[next]);
      expect(isOld || isNew, `round ${round} (delay ${delay} ms): the output is neither the old nor the new tree`).toBe(true);
      if (isNew) current = next;
    }
    // The runs really were interrupted (not all of them finished before the kill).
    expect(outcomes.filter((o) => o === "SIGKILL").length).toBeGreaterThan(3);
  }, 600_000);
});
