// `generate --watch`: regenerate on every change; errors are reported and the watcher keeps going.
import { watch } from "chokidar";
import { generate, type GenerateResult } from "./pipeline.ts";

export async function watchSpecs(specsDir: string, outDir: string, report: (r: GenerateResult) => void): Promise<void> {
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
          report(await generate(specsDir, outDir));
        } catch (e) {
          console.error(`opspec: ${(e as Error).message}`);
        }
      } while (again);
    })();
    await running;
    running = undefined;
  };
  await run();
  const watcher = watch(specsDir, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 } });
  watcher.on("all", () => void run());
  await new Promise<void>((resolve) => {
    const stop = () => {
      void watcher.close().then(resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
