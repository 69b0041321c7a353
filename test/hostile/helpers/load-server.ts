// The mock server for the load test, alone in its own process so that its memory is measured without
// the load generator's: `node --expose-gc --import tsx load-server.ts <generated dir> <maxExecutions>`.
// Talks over IPC: sends { type: "listening", port }; answers { type: "measure" } with the heap after a
// forced collection, the store's size and the replies sent by status.
import path from "node:path";
import { startHostileServer } from "./server.ts";

export interface Measurement {
  type: "measure";
  heapUsed: number;
  rss: number;
  ssm: { commands: number; createdExecutions: number };
  swas: { commands: number; createdExecutions: number };
  statuses: Record<number, number>;
}

const [dir, maxExecutions] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) throw new Error("run with --expose-gc and an IPC channel");

const ssm = await import(path.join(dir, "src/ssm/mock.ts"));
const swas = await import(path.join(dir, "src/swas/mock.ts"));
const t = await startHostileServer({ ssm, swas }, { maxExecutions: Number(maxExecutions) });

process.on("message", (message: { type: string }) => {
  if (message.type !== "measure") return;
  // Twice: the first collection can leave objects that finalizers or weak references freed for the second.
  gc();
  gc();
  const m: Measurement = {
    type: "measure",
    heapUsed: process.memoryUsage().heapUsed,
    rss: process.memoryUsage.rss(),
    ssm: t.store.size("ssm"),
    swas: t.store.size("swas"),
    statuses: Object.fromEntries(t.statuses),
  };
  process.send!(m);
});
process.on("disconnect", () => void t.close().then(() => process.exit(0)));
process.send({ type: "listening", port: t.server.port });
