// Requests per second for GetCommandInvocation against the mock server, and against a bare node:http
// server answering every request with the same response body, in the same run with the same load
// (autocannon, in this process; each server in its own process). Validation and the response check
// are on, and the mock logs one line per request as `opspec mock` does (to /dev/null, see mock-child.ts).
// Rounds alternate between the servers so drift on a shared machine hits all alike.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { generateMocks } from "../test/mock/helpers/generate.ts";
import type { BenchSection } from "./run.ts";

const require = createRequire(import.meta.url);
const autocannon = require("autocannon") as (options: Record<string, unknown>) => Promise<{ requests: { average: number }; non2xx: number; errors: number }>;

const seconds = 1.5;
const rounds = 7;
const connections = 10;
const headers = { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AmazonSSM.GetCommandInvocation" };
// The command the SSM spec's examples seed: a finished invocation with output.
const body = JSON.stringify({ CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567", InstanceId: "i-0e3ba1c8f7d2a4b61" });

interface Child {
  port: number;
  process: ChildProcess;
}

function startChild(args: string[]): Promise<Child> {
  const child = spawn(process.execPath, ["--import", "tsx", new URL("./mock-child.ts", import.meta.url).pathname, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve({ port: Number(m[1]), process: child });
    });
    child.on("exit", (code) => reject(new Error(`bench server ${args[0]} exited with ${code}`)));
  });
}

async function load(port: number, duration: number): Promise<number> {
  const r = await autocannon({ url: `http://127.0.0.1:${port}/`, method: "POST", headers, body, connections, duration });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`port ${port}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return r.requests.average;
}

export async function run(): Promise<BenchSection[]> {
  const { dir } = generateMocks();
  const mock = await startChild(["mock", dir]);
  const web = await startChild(["mock-web", dir]);
  const sample = await (await fetch(`http://127.0.0.1:${mock.port}/`, { method: "POST", headers, body })).text();
  if (!sample.includes('"Status":"Success"')) throw new Error(`unexpected mock answer: ${sample}`);
  const bare = await startChild(["bare", sample]);
  const servers = { bare, mock, web };
  try {
    for (const s of Object.values(servers)) await load(s.port, 1); // warm-up: JIT, connection pools
    const rates: Record<keyof typeof servers, number[]> = { bare: [], mock: [], web: [] };
    const names = Object.keys(servers) as Array<keyof typeof servers>;
    for (let i = 0; i < rounds; i++) {
      // Rotate the order each round, so no server always runs right after another one.
      for (let j = 0; j < names.length; j++) {
        const name = names[(i + j) % names.length];
        rates[name].push(await load(servers[name].port, seconds));
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // Each round's ratio compares measurements taken seconds apart; the median of those is robust to a noisy round.
    const ratioOf = (xs: number[]) => median(xs.map((x, i) => x / rates.bare[i]));
    const b = median(rates.bare);
    const m = median(rates.mock);
    const w = median(rates.web);
    const mockRatio = ratioOf(rates.mock);
    const webRatio = ratioOf(rates.web);
    const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
    return [
      {
        title: "Mock server: GetCommandInvocation throughput",
        anchor: "a bare node:http server answering every request with the same JSON body",
        target: "the mock server at ≥ 75% of the bare server's rate, with validation on",
        met: mockRatio >= 0.75,
        rows: [
          { name: "bare node:http, fixed body", value: b, unit: "req/s", ratio: "100%" },
          { name: "mock server (validation + response check on, one log line per request)", value: m, unit: "req/s", ratio: pct(mockRatio) },
          { name: "mock server via web Request/Response conversion", value: w, unit: "req/s", ratio: pct(webRatio) },
        ],
        notes: [
          `autocannon in the bench process, ${connections} connections, ${rounds} rounds of ${seconds} s per server (order rotated each round) after a 1 s warm-up; each server in its own process. Rates are medians; ratios are the median of the per-round ratios.`,
          `Response body: ${sample.length} bytes, the same for both. Per-round rates: bare ${rates.bare.map(Math.round).join(", ")}; mock ${rates.mock.map(Math.round).join(", ")}; web ${rates.web.map(Math.round).join(", ")}.`,
          "The server feeds the mocks a protocol-neutral request read straight from Node (no web Request object); the third row is the same mocks behind the generic web-handler path, for comparison.",
          "Both mock rows log every request as `opspec mock` does, batched into one synchronous write per event-loop turn to /dev/null; the bare server logs nothing.",
        ],
      },
    ];
  } finally {
    for (const s of Object.values(servers)) s.process.kill();
  }
}
