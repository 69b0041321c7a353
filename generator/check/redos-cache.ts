// The ReDoS verdicts of patterns, kept on disk beside the format cache: recheck needs up to seconds
// per pattern (most of a cold run on the whole SSM model), and a verdict depends only on the
// pattern, recheck's version and the settings in semantic.ts, which the file name carries.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { installedVersion } from "../installed-version.ts";
import { knownRedosVerdicts, rememberRedosVerdicts } from "./semantic.ts";

/** The cache file; exported so tests can write one. */
export function redosCacheFile(dir: string): string {
  return path.join(dir, `redos-1-recheck-${installedVersion("recheck")}.json`);
}

type Stored = [string, { degree: number | "exponential"; text: string } | null][];

/** Loads earlier verdicts; a missing or unreadable file just means none. */
export function loadRedosCache(dir: string): void {
  let stored: Stored;
  try {
    stored = JSON.parse(readFileSync(redosCacheFile(dir), "utf8")) as Stored;
    if (!Array.isArray(stored)) return;
  } catch {
    return;
  }
  rememberRedosVerdicts(
    stored
      .filter(([k, v]) => typeof k === "string" && (v === null || (typeof v === "object" && typeof v.text === "string")))
      .map(([k, v]) => [k, v && { degree: v.degree === "exponential" ? Infinity : Number(v.degree), text: v.text }]),
  );
}

/** Writes every verdict known now (atomically); the file only grows with new patterns. */
export function saveRedosCache(dir: string): void {
  const known = knownRedosVerdicts().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const stored: Stored = known.map(([k, v]) => [k, v && { degree: v.degree === Infinity ? "exponential" : v.degree, text: v.text }]);
  const file = redosCacheFile(dir);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(stored));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written costs time next run, nothing else.
  }
}
