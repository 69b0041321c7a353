// `generate --watch`: regenerate on every change; errors are reported and the watcher keeps going.
import { watch } from "chokidar";
import { memoryCache, type FormatCache, type FormatOptions } from "./format/pool.ts";
import { generate, type GenerateResult } from "./pipeline.ts";

/** Keeps formatted files in memory between runs, in front of any cache the caller gave. */
function layered(inner: FormatCache | undefined): FormatCache {
  const memory = memoryCache();
  return {
    get: (k) => memory.get(k) ?? inner?.get(k),
    set: (k, v) => {
      memory.set(k, v);
      inner?.set(k, v);
    },
  };
}

export async function watchSpecs(
  specsDir: string,
  outDir: string,
  report: (r: GenerateResult) => void,
  options: FormatOptions = {},
): Promise<void> {
  const runOptions = { ...options, cache: layered(options.cache) };
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true; // coalesce bursts of saves into one more run
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          report(await generate(specsDir, outDir, runOptions));
        } catch (e) {
          console.error(`opspec: ${(e as Error).message}`);
        }
      } while (again);
    })();
    await running;
    running = undefined;
  };
  // Watching starts before the first run, so a change saved while it runs is not missed (it
  // queues one more run); chokidar reports "ready" once its initial scan is done.
  const watcher = watch(specsDir, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 } });
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  watcher.on("all", () => void run());
  await run();
  await new Promise<void>((resolve) => {
    const stop = () => {
      void watcher.close().then(resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
