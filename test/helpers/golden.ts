// Golden-file comparison: a mismatch fails with a unified diff; UPDATE_GOLDEN=1 rewrites the goldens.
import { createTwoFilesPatch } from "diff";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { EmittedFile } from "../../generator/emit/emitter.ts";
import { readTree } from "../../generator/write/write.ts";

export const updating = process.env.UPDATE_GOLDEN === "1";

/** Returns a readable report of every difference, or "" when the tree matches. */
export function compareTree(expectedDir: string, files: readonly EmittedFile[]): string {
  const actual = new Map(files.map((f) => [f.path, f.contents]));
  if (updating) {
    rmSync(expectedDir, { recursive: true, force: true });
    for (const [p, c] of actual) {
      mkdirSync(path.dirname(path.join(expectedDir, p)), { recursive: true });
      writeFileSync(path.join(expectedDir, p), c);
    }
    return "";
  }
  const expected = readTree(expectedDir);
  const report: string[] = [];
  for (const [p, want] of expected) {
    const got = actual.get(p);
    if (got === undefined) report.push(`missing from the output: ${p}`);
    else if (got !== want) report.push(createTwoFilesPatch(`golden/${p}`, `output/${p}`, want, got, "", "", { context: 3 }));
  }
  for (const p of actual.keys()) if (!expected.has(p)) report.push(`new output file without a golden: ${p}`);
  if (report.length) report.push("If the change is intended, read the diff, then run `npm run golden:update`.");
  return report.join("\n");
}
