// A formatting worker: receives files, returns them formatted and compiled. Loads the TypeScript
// sources through tsx, like the CLI, so the format logic exists once (format.ts).
import { register } from "tsx/esm/api";
import { parentPort } from "node:worker_threads";

register();
const { formatAndCompile } = await import("./format.ts");

parentPort.on("message", async ({ id, files }) => {
  try {
    const out = [];
    for (const f of files) out.push(...(await formatAndCompile(f)));
    parentPort.postMessage({ id, out });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
