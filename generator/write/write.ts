// Write: the output folder is replaced as a whole, so readers see the old tree or the new one.
// Unchanged files move into the new tree as hard links: only changed files cost a write.
// The new tree is built beside the old one, then two renames swap them; a run that dies between the
// renames leaves `<out>.opspec-old`, which the next run puts back before doing anything else.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, fsyncSync, openSync, closeSync, linkSync } from "node:fs";
import { rm } from "node:fs/promises";
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
  const parent = path.dirname(abs);
  const trash = `${path.basename(abs)}.opspec-trash-`;
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    if (name.startsWith(trash)) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

let discarded = 0;

/**
 * The replaced tree is renamed out of the way at once and deleted in the background: deleting a
 * few hundred files costs more than the rest of an incremental write. Whatever a process leaves
 * behind when it exits is removed by the next run's `recover`.
 */
function discard(old: string): void {
  if (!existsSync(old)) return;
  const trash = `${old.slice(0, -"opspec-old".length)}opspec-trash-${process.pid}-${discarded++}`;
  renameSync(old, trash);
  rm(trash, { recursive: true, force: true }).catch(() => {
    // Left for the next run's recover().
  });
}

export interface WriteStats {
  /** Files whose bytes were written (new or changed). */
  written: number;
  /** Unchanged files carried over from the old tree as hard links, without copying or syncing. */
  linked: number;
}

/**
 * Replaces `out` with exactly `files`. Files whose bytes equal the old tree's are hard-linked into
 * the staging tree rather than rewritten, so an edit that changes two files writes and syncs two
 * files, whatever the size of the package; readers still see the old tree or the new one.
 */
export function writeTree(out: string, files: readonly EmittedFile[]): WriteStats {
  const abs = path.resolve(out);
  const { tmp, old } = stagingPaths(out);
  recover(out);
  mkdirSync(tmp, { recursive: true });
  const made = new Set<string>([tmp]);
  const stats: WriteStats = { written: 0, linked: 0 };
  for (const f of files) {
    const target = path.join(tmp, f.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    if (carryOver(path.join(abs, f.path), f.contents, target)) {
      stats.linked++;
      continue;
    }
    writeFileSync(target, f.contents);
    const fd = openSync(target, "r");
    fsyncSync(fd);
    closeSync(fd);
    stats.written++;
  }
  for (const dir of [...made].sort().reverse()) syncDir(dir);
  if (existsSync(abs)) renameSync(abs, old);
  renameSync(tmp, abs);
  syncDir(path.dirname(abs));
  discard(old);
  return stats;
}

/** Links `previous` to `target` when it holds exactly `contents`; false when it must be written. */
function carryOver(previous: string, contents: string, target: string): boolean {
  let bytes: Buffer;
  try {
    const st = statSync(previous);
    // A size that differs settles it without reading (contents is UTF-8 on disk).
    if (!st.isFile() || st.size !== Buffer.byteLength(contents)) return false;
    bytes = readFileSync(previous);
  } catch {
    return false;
  }
  if (!bytes.equals(Buffer.from(contents))) return false;
  try {
    linkSync(previous, target);
    return true;
  } catch {
    // Filesystems without hard links: the file is written like a changed one.
    return false;
  }
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

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    fsyncSync(fd);
    closeSync(fd);
  } catch {
    // Some filesystems refuse fsync on directories; the rename is still atomic there.
  }
}
