// A server for bench/mock.bench.ts, run in its own process so that the load generator and the server
// do not share a CPU: `bare <json>` answers every request with one fixed body; `mock <dir>` and
// `mock-web <dir>` serve the generated mocks in <dir> (a generated package: only its modules are
// loaded, as a user's server would) with validation and the response check on, through the
// protocol-neutral fast path and through web Request/Response conversion respectively. They log as
// `opspec mock` does, one line per request, written synchronously as standard output to a file or a
// pipe is; here the file is /dev/null, so the bench pays for the lines and the writes, not for a disk.
import { openSync, writeSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { combineMocks } from "../generator/runtime/mock-router.ts";
import { startMockServer } from "../generator/runtime/mock-server.ts";

const [mode, arg] = process.argv.slice(2);

if (mode === "bare") {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "00000000-0000-4000-8000-000000000000" });
      res.end(arg);
    });
  });
  server.listen(0, "127.0.0.1", () => console.log(`PORT ${(server.address() as { port: number }).port}`));
} else {
  const ssm = await import(path.join(arg, "src/ssm/mock.ts"));
  const swas = await import(path.join(arg, "src/swas/mock.ts"));
  const router = combineMocks([ssm.createSsmMock(), swas.createSwasMock()]);
  const sink = openSync("/dev/null", "w");
  const log = { write: (text: string) => writeSync(sink, text) };
  const server = await startMockServer(mode === "mock-web" ? router.handle : router, { port: 0, log });
  console.log(`PORT ${server.port}`);
}

// A normal exit on SIGINT, so that `node --cpu-prof` can write its profile when the bench stops us.
process.on("SIGINT", () => process.exit(0));
