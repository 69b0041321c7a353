// Write: the output folder is replaced as a whole, so readers see the old tree or the new one.
// The new tree is built beside the old one, then two renames swap them; a run that dies between the
// renames leaves `<out>.opspec-old`, which the next run puts back before doing anything else.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, fsyncSync, openSync, closeSync } from "node:fs";
import path from "node:path";
import type { EmittedFile } from "../emit/emitter.ts";

export function stagingPaths(out: string): { tmp: string; old: string } {
  const abs = path.resolve(out);
  return { tmp: `${abs}.opspec-tmp`, old: `${abs}.opspec-old` };
}

/** Undoes what an interrupted write left behind. */
export function recover(out: string): void {
  const abs = path.resolve(out);
  const { tmp, old } = stagingPaths(out);
  if (!existsSync(abs) && existsSync(old)) renameSync(old, abs);
  rmSync(tmp, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}

export function writeTree(out: string, files: readonly EmittedFile[]): void {
  const abs = path.resolve(out);
  const { tmp, old } = stagingPaths(out);
  recover(out);
  mkdirSync(tmp, { recursive: true });
  for (const f of files) {
    const target = path.join(tmp, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.contents);
  }
  syncTree(tmp);
  if (existsSync(abs)) renameSync(abs, old);
  renameSync(tmp, abs);
  syncDir(path.dirname(abs));
  rmSync(old, { recursive: true, force: true });
}

/** Every file below `dir`, relative and sorted, with its contents. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, r)).isDirectory()) walk(r);
      else out.set(r, readFileSync(path.join(dir, r), "utf8"));
    }
  };
  walk("");
  return out;
}

export interface TreeDiff {
  changed: string[];
  missing: string[];
  extra: string[];
}

export function diffTree(expected: readonly EmittedFile[], actual: Map<string, string>): TreeDiff {
  const want = new Map(expected.map((f) => [f.path, f.contents]));
  const diff: TreeDiff = { changed: [], missing: [], extra: [] };
  for (const [p, c] of want) {
    const got = actual.get(p);
    if (got === undefined) diff.missing.push(p);
    else if (got !== c) diff.changed.push(p);
  }
  for (const p of actual.keys()) if (!want.has(p)) diff.extra.push(p);
  return diff;
}

function syncTree(dir: string): void {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) syncTree(p);
    else {
      const fd = openSync(p, "r");
      fsyncSync(fd);
      closeSync(fd);
    }
  }
  syncDir(dir);
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    fsyncSync(fd);
    closeSync(fd);
  } catch {
    // Some filesystems refuse fsync on directories; the rename is still atomic there.
  }
}
