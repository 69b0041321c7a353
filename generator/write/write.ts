// Write: the output folder changes as a whole, and an interrupted write never leaves it half done.
//
// A cold run builds the new tree beside the old one (unchanged files hard-linked from the old tree,
// so only changed files are written) and swaps the two with renames: readers see the old tree or
// the new one. A run that dies between the renames leaves `<out>.opspec-old`, which the next run
// puts back before doing anything else.
//
// When this process wrote the tree last (the watcher), only the files that changed are staged; a
// journal listing their moves is made durable, then they are renamed into place. The tree goes
// from old to new in one pass of renames (a reader may glimpse the few files of an edit half-moved),
// and a run that dies after the journal is written finishes the moves in the next run's recovery.
import { closeSync, existsSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { open, rm } from "node:fs/promises";
import path from "node:path";
import type { EmittedFile } from "../emit/emitter.ts";

export function stagingPaths(out: string): { tmp: string; old: string; journal: string } {
  const abs = path.resolve(out);
  return { tmp: `${abs}.opspec-tmp`, old: `${abs}.opspec-old`, journal: `${abs}.opspec-journal.json` };
}

interface Journal {
  /** Paths relative to the output folder, staged under the tmp folder, to be renamed into place. */
  moves: string[];
  /** Paths relative to the output folder to delete. */
  deletes: string[];
}

/** Undoes or completes what an interrupted write left behind. */
export function recover(out: string): void {
  const abs = path.resolve(out);
  const { tmp, old, journal } = stagingPaths(out);
  if (existsSync(journal)) {
    finish(abs, tmp, JSON.parse(readFileSync(journal, "utf8")) as Journal);
    rmSync(journal, { force: true });
  }
  if (!existsSync(abs) && existsSync(old)) renameSync(old, abs);
  rmSync(tmp, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  const parent = path.dirname(abs);
  const trash = `${path.basename(abs)}.opspec-trash-`;
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    if (name.startsWith(trash)) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

export interface WriteStats {
  /** Files whose bytes were written (new or changed). */
  written: number;
  /** Unchanged files: hard-linked into a swapped tree, or left in place by an update. */
  kept: number;
  /** Files of the old tree that the new one does not have. */
  deleted: number;
}

/** Replaces the contents of `out` with exactly `files`. */
export async function writeTree(out: string, files: readonly EmittedFile[]): Promise<WriteStats> {
  const abs = path.resolve(out);
  recover(out);
  const previous = lastWritten.get(abs);
  lastWritten.delete(abs); // until this write completes, the record may not describe the tree
  const plan = previous && existsSync(abs) ? planUpdate(abs, files, previous) : undefined;
  const record = new Map<string, Written>();
  const stats = plan ? await update(abs, plan, previous!, record) : await swap(abs, files, previous, record);
  lastWritten.set(abs, record);
  return stats;
}

/** What this process last wrote to a file: the text, and the file's identity right after. */
interface Written {
  contents: string;
  ino: number;
  size: number;
  mtimeMs: number;
}

/**
 * Per output folder, the tree this process last wrote. A file whose new text is the very text
 * written last time, and whose inode, size and modification time are unchanged since, is known to
 * be unchanged without reading it back.
 */
const lastWritten = new Map<string, Map<string, Written>>();

function stamp(file: string, contents: string): Written {
  const st = statSync(file);
  return { contents, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs };
}

function unchangedSince(file: string, contents: string, known: Written | undefined): boolean {
  if (!known || known.contents !== contents) return false;
  try {
    const st = lstatSync(file);
    return st.isFile() && st.ino === known.ino && st.size === known.size && st.mtimeMs === known.mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Makes written files durable before the renames that publish them. fsync waits for the disk, so
 * many are issued at once (16 at a time): a cold run of 24,000 files spends half as long as with
 * one after another, as the filesystem commits them together.
 */
async function syncFiles(files: readonly string[]): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const handle = await open(files[next++], "r");
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
}

function writeDurably(file: string, contents: string): void {
  writeFileSync(file, contents);
  const fd = openSync(file, "r");
  fsyncSync(fd);
  closeSync(fd);
}

/** Where `rel` goes under the staging folder `tmp`, its folder made (once: `made` remembers). */
function stagingTarget(tmp: string, rel: string, made: Set<string>): string {
  const target = path.join(tmp, rel);
  const dir = path.dirname(target);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  return target;
}

/** Builds the whole new tree beside the old one, then swaps them with two renames. */
async function swap(abs: string, files: readonly EmittedFile[], previous: Map<string, Written> | undefined, record: Map<string, Written>): Promise<WriteStats> {
  const { tmp, old } = stagingPaths(abs);
  mkdirSync(tmp, { recursive: true });
  const made = new Set<string>([tmp]);
  const stats: WriteStats = { written: 0, kept: 0, deleted: 0 };
  const written: string[] = [];
  for (const f of files) {
    const target = stagingTarget(tmp, f.path, made);
    const known = previous?.get(f.path);
    const linked = carryOver(path.join(abs, f.path), f.contents, target, known);
    if (linked) {
      stats.kept++;
      record.set(f.path, linked === "known" ? known! : stamp(target, f.contents));
      continue;
    }
    writeFileSync(target, f.contents);
    written.push(target);
    record.set(f.path, stamp(target, f.contents));
    stats.written++;
  }
  await syncFiles(written);
  for (const dir of [...made].sort().reverse()) syncDir(dir);
  if (existsSync(abs)) renameSync(abs, old);
  renameSync(tmp, abs);
  syncDir(path.dirname(abs));
  discard(old);
  return stats;
}

/**
 * Links `old` to `target` when it holds exactly `contents`: "known" when the record of the last write
 * proved it without reading, "read" when it was compared; false when it must be written.
 */
function carryOver(old: string, contents: string, target: string, known: Written | undefined): "known" | "read" | false {
  const same = unchangedSince(old, contents, known);
  if (!same) {
    try {
      const st = statSync(old);
      // A size that differs settles it without reading (contents is UTF-8 on disk).
      if (!st.isFile() || st.size !== Buffer.byteLength(contents)) return false;
      if (!readFileSync(old).equals(Buffer.from(contents))) return false;
    } catch {
      return false;
    }
  }
  try {
    linkSync(old, target);
    return same ? "known" : "read";
  } catch {
    // Filesystems without hard links: the file is written like a changed one.
    return false;
  }
}

interface UpdatePlan extends Journal {
  changed: EmittedFile[];
  unchanged: string[];
}

/**
 * The files to move and delete to turn the tree this process wrote last into `files`; undefined when
 * the folder holds a file this process did not write (someone else touched it: swap the whole tree).
 */
function planUpdate(abs: string, files: readonly EmittedFile[], previous: Map<string, Written>): UpdatePlan | undefined {
  for (const p of listFiles(abs)) if (!previous.has(p)) return undefined;
  const plan: UpdatePlan = { moves: [], deletes: [], changed: [], unchanged: [] };
  const wanted = new Set<string>();
  for (const f of files) {
    wanted.add(f.path);
    if (unchangedSince(path.join(abs, f.path), f.contents, previous.get(f.path))) plan.unchanged.push(f.path);
    else {
      plan.changed.push(f);
      plan.moves.push(f.path);
    }
  }
  for (const p of previous.keys()) if (!wanted.has(p)) plan.deletes.push(p);
  return plan;
}

async function update(abs: string, plan: UpdatePlan, previous: Map<string, Written>, record: Map<string, Written>): Promise<WriteStats> {
  const { tmp, journal } = stagingPaths(abs);
  for (const p of plan.unchanged) record.set(p, previous.get(p)!);
  if (plan.moves.length === 0 && plan.deletes.length === 0) return { written: 0, kept: plan.unchanged.length, deleted: 0 };
  const made = new Set<string>();
  for (const f of plan.changed) {
    const target = stagingTarget(tmp, f.path, made);
    writeFileSync(target, f.contents);
    // A rename keeps the inode and times, so the stamp taken here describes the file in place.
    record.set(f.path, stamp(target, f.contents));
  }
  await syncFiles(plan.changed.map((f) => path.join(tmp, f.path)));
  for (const dir of made) syncDir(dir);
  const steps: Journal = { moves: plan.moves, deletes: plan.deletes };
  writeDurably(`${journal}.tmp`, JSON.stringify(steps));
  renameSync(`${journal}.tmp`, journal);
  syncDir(path.dirname(abs));
  finish(abs, tmp, steps);
  rmSync(journal, { force: true });
  rmSync(tmp, { recursive: true, force: true });
  return { written: plan.moves.length, kept: plan.unchanged.length, deleted: plan.deletes.length };
}

/**
 * Carries out a journal; safe to repeat after a crash (moves already done are skipped). Deletes go
 * first, so a path that turns from a file into a folder (or back) is free when the move needs it.
 */
function finish(abs: string, tmp: string, steps: Journal): void {
  const touched = new Set<string>();
  for (const rel of steps.deletes) {
    const target = path.join(abs, rel);
    rmSync(target, { force: true });
    touched.add(path.dirname(target));
    // A folder the new tree no longer uses goes too, as it would from a fresh tree.
    for (let dir = path.dirname(target); dir.length > abs.length; dir = path.dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break; // not empty
      }
    }
  }
  for (const rel of steps.moves) {
    const from = path.join(tmp, rel);
    const to = path.join(abs, rel);
    if (!existsSync(from)) continue;
    mkdirSync(path.dirname(to), { recursive: true });
    renameSync(from, to);
    touched.add(path.dirname(to));
  }
  for (const dir of touched) if (existsSync(dir)) syncDir(dir);
}

/** Relative paths of every file below `dir`, in name order within each folder, from directory listings (a symbolic link is followed). */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const entries = readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() || (e.isSymbolicLink() && statSync(path.join(dir, r)).isDirectory())) walk(r);
      else out.push(r);
    }
  };
  walk("");
  return out;
}

let discarded = 0;

/**
 * The replaced tree is renamed out of the way at once and deleted in the background: deleting a
 * few hundred files costs more than the rest of a write. Whatever a process leaves behind when it
 * exits is removed by the next run's `recover`.
 */
function discard(old: string): void {
  if (!existsSync(old)) return;
  const trash = `${old.slice(0, -"opspec-old".length)}opspec-trash-${process.pid}-${discarded++}`;
  renameSync(old, trash);
  rm(trash, { recursive: true, force: true }).catch(() => {
    // Left for the next run's recover().
  });
}

/** Every file below `dir`, relative and sorted, with its contents. */
export function readTree(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(listFiles(dir).map((rel) => [rel, readFileSync(path.join(dir, rel), "utf8")]));
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
