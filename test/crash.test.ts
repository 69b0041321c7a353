// `generate` killed with SIGKILL at random points never leaves a half-written output: after the
// recovery every opspec run does first, the folder holds the old output or the new one, byte for byte.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
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
    await writeTree(out, [...trees[0]].map(([p, contents]) => ({ path: p, contents, sources: [] })));
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

  it("SIGKILL during an in-place update (the watcher's path) leaves the old or the new output after recovery", async () => {
    const trees = await Promise.all(specSets.map(expectedTree));
    const scratchDir = mkdtempSync(path.join(os.tmpdir(), "opspec-crash-update-"));
    const treeFiles = trees.map((t, i) => {
      const file = path.join(scratchDir, `tree${i}.json`);
      writeFileSync(file, JSON.stringify([...t]));
      return file;
    });
    const rand = random(20261122);
    const outcomes: string[] = [];
    /** Runs the child; kills it `delay` ms after tree A is written (never, for undefined); resolves with how it ended and when. */
    const run = (round: number, delay: number | undefined) => {
      const out = path.join(scratchDir, `out${round}`, "generated");
      const marker = path.join(scratchDir, `marker${round}`);
      let markedAt = 0;
      const ended = new Promise<{ how: string; afterMarkMs: number }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "test/helpers/write-twice.ts", treeFiles[0], treeFiles[1], out, marker], { stdio: "ignore" });
        let timer: NodeJS.Timeout | undefined;
        const poll = setInterval(() => {
          if (existsSync(marker)) {
            clearInterval(poll);
            markedAt = performance.now();
            if (delay !== undefined) timer = setTimeout(() => child.kill("SIGKILL"), delay);
          }
        }, 1);
        child.on("exit", (code, signal) => {
          clearInterval(poll);
          if (timer) clearTimeout(timer);
          resolve({ how: signal ?? `exit ${code}`, afterMarkMs: performance.now() - markedAt });
        });
      });
      return { out, ended };
    };
    // One uninterrupted run measures how long the update takes here, so the kills can spread over it.
    const calibrated = run(100, undefined);
    const calibration = await calibrated.ended;
    expect(calibration.how).toBe("exit 0");
    recover(calibrated.out);
    expect(sameTree(readTree(calibrated.out), trees[1])).toBe(true);
    for (let round = 0; round < 12; round++) {
      const delay = Math.floor(rand() * calibration.afterMarkMs * 1.2);
      const { out, ended } = run(round, delay);
      outcomes.push((await ended).how);
      recover(out);
      const onDisk = readTree(out);
      const isOld = sameTree(onDisk, trees[0]);
      const isNew = sameTree(onDisk, trees[1]);
      expect(isOld || isNew, `round ${round} (delay ${delay} ms): the output is neither the old nor the new tree`).toBe(true);
      outcomes.push(isNew ? "new" : "old");
    }
    // The runs really were interrupted, and some before the journal (the old tree kept); a run that
    // is not killed, or killed after the journal, ends with the new tree (the calibration run shows it).
    expect(outcomes.filter((o) => o === "SIGKILL").length).toBeGreaterThan(3);
    expect(outcomes).toContain("old");
  }, 600_000);

  it("recovery completes an update whose journal was written but whose moves were cut short", async () => {
    const trees = await Promise.all(specSets.map(expectedTree));
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "opspec-journal-")), "generated");
    await writeTree(out, [...trees[0]].map(([p, contents]) => ({ path: p, contents, sources: [] })));
    // The state update() leaves when killed halfway through its renames: B's changed files staged
    // under tmp, the journal durable, the first half of the moves done, no deletes yet.
    const { tmp, journal } = stagingPaths(out);
    const moves = [...trees[1]].filter(([p, c]) => trees[0].get(p) !== c).map(([p]) => p);
    const deletes = [...trees[0].keys()].filter((p) => !trees[1].has(p));
    expect(moves.length).toBeGreaterThan(10);
    expect(deletes.length).toBeGreaterThan(10);
    for (const p of moves) {
      mkdirSync(path.dirname(path.join(tmp, p)), { recursive: true });
      writeFileSync(path.join(tmp, p), trees[1].get(p)!);
    }
    writeFileSync(journal, JSON.stringify({ moves, deletes }));
    for (const p of moves.slice(0, moves.length / 2)) {
      mkdirSync(path.dirname(path.join(out, p)), { recursive: true });
      renameSync(path.join(tmp, p), path.join(out, p));
    }
    expect(sameTree(readTree(out), trees[0])).toBe(false);
    expect(sameTree(readTree(out), trees[1])).toBe(false);
    recover(out);
    expect(sameTree(readTree(out), trees[1])).toBe(true);
    expect(existsSync(journal)).toBe(false);
    expect(existsSync(tmp)).toBe(false);
  });
});
