// Formatting is the costly stage and every file is independent: large runs spread it over worker
// threads, and a content-addressed cache skips files whose emitted text did not change.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { EmittedFile } from "../emit/emitter.ts";
import { installedVersion } from "../installed-version.ts";
import { formatAndCompile } from "./format.ts";

export interface FormatCache {
  get(key: string): EmittedFile[] | undefined;
  set(key: string, value: EmittedFile[]): void;
}

/** A cache kept in memory for one process (the watcher keeps one across runs). */
export function memoryCache(): FormatCache {
  const map = new Map<string, EmittedFile[]>();
  return { get: (k) => map.get(k), set: (k, v) => void map.set(k, v) };
}

/** A cache on disk, one file per entry, written atomically; survives between runs. */
export function diskCache(dir: string): FormatCache {
  const file = (k: string) => path.join(dir, k.slice(0, 2), `${k}.json`);
  return {
    get(k) {
      try {
        return JSON.parse(readFileSync(file(k), "utf8")) as EmittedFile[];
      } catch {
        return undefined;
      }
    },
    set(k, v) {
      const target = file(k);
      mkdirSync(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(v));
      renameSync(tmp, target);
    },
  };
}

// Bump when format.ts changes its output; tool versions are part of the key for the same reason.
const formatVersion = `5/oxfmt ${installedVersion("oxfmt")}/oxc-transform ${installedVersion("oxc-transform")}`;

export function cacheKey(file: EmittedFile): string {
  return createHash("sha256").update(`${formatVersion}\0${file.path}\0${file.contents}`).digest("hex");
}

export interface FormatOptions {
  cache?: FormatCache;
  /** Worker threads to use; 0 formats in this thread. Default: by size and core count. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Formats and compiles every file; the result keeps each file's `sources`. */
export async function formatAll(files: readonly EmittedFile[], options: FormatOptions = {}): Promise<EmittedFile[]> {
  return (await formatEach(files, options)).flat();
}

/** Like formatAll, but one list per input file: the file formatted, then what was compiled from it. */
export async function formatEach(files: readonly EmittedFile[], options: FormatOptions = {}): Promise<EmittedFile[][]> {
  const results = new Map<number, EmittedFile[]>();
  const todo: number[] = [];
  files.forEach((f, i) => {
    const hit = options.cache?.get(cacheKey(f));
    if (hit) results.set(i, hit.map((h) => ({ ...h, sources: f.sources })));
    else todo.push(i);
  });
  let done = results.size;
  const progress = () => options.onProgress?.(done, files.length);
  progress();
  const store = (i: number, out: EmittedFile[]) => {
    results.set(i, out);
    options.cache?.set(cacheKey(files[i]), out.map((o) => ({ ...o, sources: [] })));
    done++;
    progress();
  };
  const bytes = todo.reduce((n, i) => n + files[i].contents.length, 0);
  // A worker costs about half a second to start (tsx, oxfmt, oxc) and formats ~10 MB/s:
  // below a few megabytes one thread finishes first.
  const auto = bytes > 8_000_000 ? Math.min(4, os.availableParallelism()) : 0;
  const workers = options.workers ?? (process.env.OPSPEC_WORKERS ? Number(process.env.OPSPEC_WORKERS) : auto);
  if (workers <= 1) {
    for (const i of todo) store(i, await formatAndCompile(files[i]));
  } else {
    await inWorkers(workers, todo.map((i) => ({ i, file: files[i] })), store);
  }
  return files.map((_, i) => results.get(i)!);
}

async function inWorkers(
  count: number,
  jobs: { i: number; file: EmittedFile }[],
  store: (i: number, out: EmittedFile[]) => void,
): Promise<void> {
  // Largest first, so one big file does not finish last on an otherwise idle pool.
  const queue = [...jobs].sort((a, b) => b.file.contents.length - a.file.contents.length);
  const pool = Array.from({ length: Math.min(count, queue.length) }, () => new Worker(new URL("./worker.mjs", import.meta.url)));
  try {
    await Promise.all(
      pool.map(async (worker) => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const out = await ask(worker, job.file);
          store(job.i, out.map((o) => ({ ...o, sources: job.file.sources })));
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

function ask(worker: Worker, file: EmittedFile): Promise<EmittedFile[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { out?: EmittedFile[]; error?: string }) => {
      worker.off("error", onError);
      if (m.error) reject(new Error(m.error));
      else resolve(m.out!);
    };
    const onError = (e: Error) => {
      worker.off("message", onMessage);
      reject(e);
    };
    worker.once("message", onMessage);
    worker.once("error", onError);
    worker.postMessage({ id: 0, files: [file] });
  });
}
