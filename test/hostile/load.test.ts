// A bounded load test on loopback: the mock server in a child process, 200 concurrent connections for
// 20 seconds (autocannon, in this process) cycling through valid SSM and SWAS calls and malformed ones.
// It ends with the child alive, every request answered, error statuses only for the malformed share,
// the store held at its cap, and the heap after a forced collection close to where the warm-up left it.
// Nothing here measures speed: the machine is shared, and throughput belongs to the benchmarks.
import { fork, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { generateMocks } from "../mock/helpers/generate.ts";
import type { Measurement } from "./helpers/load-server.ts";

const require = createRequire(import.meta.url);

interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}
interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
  "5xx": number;
  requests: { total: number; sent: number };
}
const autocannon = require("autocannon") as (options: Record<string, unknown>) => Promise<AutocannonResult>;

const connections = 200;
const seconds = 20;
const warmUpSeconds = 4;
/** Small, so that the warm-up already fills the store to its cap and the run shows the cap holding. */
const maxExecutions = 500;

// --- The request mix ------------------------------------------------------------------------------

const awsHeaders = (operation: string): Record<string, string> => ({
  "content-type": "application/x-amz-json-1.1",
  "x-amz-target": `AmazonSSM.${operation}`,
});
const acsHeaders = (action: string): Record<string, string> => ({ "x-acs-action": action, "x-acs-version": "2020-06-01", host: "swas.cn-hangzhou.aliyuncs.com" });
const instance = "i-0123456789abcdef0";
const swasQuery = "RegionId=cn-hangzhou&InstanceId=0123456789abcdef0123456789abcdef";
// The invocation the SSM spec's examples seed: seeds are never evicted, so it answers throughout.
const seeded = JSON.stringify({ CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567", InstanceId: "i-0e3ba1c8f7d2a4b61" });

interface Kind {
  name: string;
  request: AutocannonRequest;
  status: number;
  /** A fragment every answer of this kind contains. */
  marker: string;
}

const kinds: Kind[] = [
  { name: "GetCommandInvocation (seeded)", status: 200, marker: '"Status":"Success"', request: { method: "POST", path: "/", headers: awsHeaders("GetCommandInvocation"), body: seeded } },
  {
    name: "SendCommand",
    status: 200,
    marker: '"CommandId"',
    request: {
      method: "POST",
      path: "/",
      headers: awsHeaders("SendCommand"),
      body: JSON.stringify({ DocumentName: "AWS-RunShellScript", InstanceIds: [instance], Parameters: { commands: ["echo load"] } }),
    },
  },
  {
    // The command this connection just sent: its id comes from the SendCommand answer before it.
    name: "GetCommandInvocation (just sent)",
    status: 200,
    marker: '"DocumentName":"AWS-RunShellScript"',
    request: {
      method: "POST",
      path: "/",
      headers: awsHeaders("GetCommandInvocation"),
      setupRequest: (r, context) => ({ ...r, body: JSON.stringify({ CommandId: context.commandId, InstanceId: instance }) }),
    },
  },
  { name: "DescribeInvocations", status: 200, marker: '"TotalCount"', request: { method: "POST", path: `/?${swasQuery}`, headers: acsHeaders("DescribeInvocations") } },
  { name: "bad JSON", status: 400, marker: '"__type":"SerializationException"', request: { method: "POST", path: "/", headers: awsHeaders("GetCommandInvocation"), body: '{"CommandId":' } },
  { name: "unknown operation", status: 400, marker: '"__type":"UnknownOperationException"', request: { method: "POST", path: "/", headers: awsHeaders("DeleteEverything"), body: "{}" } },
  { name: "duplicate RegionId", status: 400, marker: '"Code":"InvalidParameter"', request: { method: "POST", path: `/?${swasQuery}&RegionId=cn-shanghai`, headers: acsHeaders("DescribeInvocations") } },
  { name: "unknown action", status: 404, marker: '"Code":"InvalidAction.NotFound"', request: { method: "POST", path: `/?${swasQuery}`, headers: acsHeaders("DeleteEverything") } },
  {
    name: "__proto__ body",
    status: 400,
    marker: '"__type":"ValidationException"',
    request: { method: "POST", path: "/", headers: awsHeaders("GetCommandInvocation"), body: `{"__proto__":${seeded}}` },
  },
  { name: "nested 3000 deep", status: 400, marker: '"__type":"SerializationException"', request: { method: "POST", path: "/", headers: awsHeaders("ListCommands"), body: "[".repeat(3000) + "]".repeat(3000) } },
  {
    name: "not UTF-8",
    status: 400,
    marker: '"__type":"SerializationException"',
    request: { method: "POST", path: "/", headers: awsHeaders("ListCommands"), body: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]) },
  },
];
const byName = new Map(kinds.map((k) => [k.name, k]));
// Each connection cycles through this order; valid and malformed calls interleave.
const cycle = [
  "GetCommandInvocation (seeded)",
  "SendCommand",
  "GetCommandInvocation (just sent)",
  "bad JSON",
  "DescribeInvocations",
  "unknown operation",
  "duplicate RegionId",
  "SendCommand",
  "GetCommandInvocation (just sent)",
  "unknown action",
  "DescribeInvocations",
  "__proto__ body",
  "nested 3000 deep",
  "GetCommandInvocation (seeded)",
  "not UTF-8",
];

interface Tally {
  /** Answers by kind and status. */
  statuses: Map<string, Map<number, number>>;
  /** Answers whose body lacked the kind's marker, with the first one seen. */
  wrongBody: Map<string, { count: number; example: string }>;
}

function requests(tally: Tally): AutocannonRequest[] {
  return cycle.map((name) => {
    const kind = byName.get(name)!;
    return {
      ...kind.request,
      onResponse: (status: number, body: string, context: Record<string, unknown>) => {
        const counts = tally.statuses.get(name) ?? new Map<number, number>();
        tally.statuses.set(name, counts.set(status, (counts.get(status) ?? 0) + 1));
        if (!body.includes(kind.marker)) {
          const w = tally.wrongBody.get(name) ?? { count: 0, example: `${status} ${body.slice(0, 300)}` };
          w.count++;
          tally.wrongBody.set(name, w);
        }
        if (name === "SendCommand" && status === 200) context.commandId = (JSON.parse(body) as { Command: { CommandId: string } }).Command.CommandId;
      },
    };
  });
}

// --- The child ------------------------------------------------------------------------------------

interface Child {
  process: ChildProcess;
  port: number;
  stderr: () => string;
  measure(): Promise<Measurement>;
}

async function startChild(dir: string): Promise<Child> {
  const child = fork(new URL("./helpers/load-server.ts", import.meta.url).pathname, [dir, String(maxExecutions)], {
    execArgv: ["--expose-gc", "--import", "tsx"],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout!.resume();
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m: { type: string; port: number }) => (m.type === "listening" ? resolve(m.port) : reject(new Error(`unexpected ${m.type}`))));
    child.once("exit", (code, signal) => reject(new Error(`load server exited (${code ?? signal}) before listening: ${stderr}`)));
  });
  return {
    process: child,
    port,
    stderr: () => stderr,
    measure: () =>
      new Promise<Measurement>((resolve) => {
        child.once("message", (m: Measurement) => resolve(m));
        child.send({ type: "measure" });
      }),
  };
}

let child: Child | undefined;
afterAll(() => {
  child?.process.kill();
});

const mb = 1024 * 1024;

describe("the mock server under load", () => {
  it(`${connections} connections for ${seconds} s: no crash, every request answered, errors only for malformed requests, memory stable`, { timeout: 120_000 }, async () => {
    const { dir } = generateMocks();
    child = await startChild(dir);
    const url = `http://127.0.0.1:${child.port}`;
    // Per-request timeout: generous, since the machine is shared; any timeout fails the test below.
    const options = { url, connections, timeout: 20 };

    const warmTally: Tally = { statuses: new Map(), wrongBody: new Map() };
    const warm = await autocannon({ ...options, duration: warmUpSeconds, requests: requests(warmTally) });
    expect([warm.errors, warm.timeouts]).toEqual([0, 0]);
    const afterWarmUp = await child.measure();
    // The warm-up alone sent more commands than the cap allows: the run below starts with a full store.
    expect(afterWarmUp.ssm.createdExecutions).toBe(maxExecutions);

    const tally: Tally = { statuses: new Map(), wrongBody: new Map() };
    const result = await autocannon({ ...options, duration: seconds, requests: requests(tally) });

    // Zero crashes: the child is still running.
    expect(child.process.exitCode).toBeNull();
    expect(child.process.signalCode).toBeNull();
    const end = await child.measure();

    // Zero unanswered requests: no connection errors or timeouts; the only requests without an answer
    // are the ones in flight when autocannon stopped (at most one per connection).
    expect([result.errors, result.timeouts]).toEqual([0, 0]);
    expect(result.requests.sent - result.requests.total).toBeLessThanOrEqual(connections);
    expect(result.requests.total).toBeGreaterThan(0);

    // Every answer has the status and body of its kind: 2xx for every valid call, the protocol's error
    // for every malformed one, and nothing else.
    expect(Object.fromEntries(tally.wrongBody)).toEqual({});
    let valid = 0;
    let malformed = 0;
    for (const kind of kinds) {
      const counts = Object.fromEntries(tally.statuses.get(kind.name) ?? []);
      expect(Object.keys(counts), kind.name).toEqual([String(kind.status)]);
      if (kind.status === 200) valid += counts[200];
      else malformed += counts[kind.status];
    }
    expect(result["2xx"]).toBe(valid);
    expect(result.non2xx).toBe(malformed);
    expect(result["5xx"]).toBe(0);
    // The server saw at least every answered request, and never sent a 5xx.
    const served = Object.values(end.statuses).reduce((a, b) => a + b, 0);
    expect(served).toBeGreaterThanOrEqual(warm.requests.total + result.requests.total);
    expect(Object.keys(end.statuses).filter((s) => Number(s) >= 500)).toEqual([]);

    // Bounded store: SendCommand answered far more often than the cap, and the store holds the cap.
    const sent = (warmTally.statuses.get("SendCommand")?.get(200) ?? 0) + (tally.statuses.get("SendCommand")?.get(200) ?? 0);
    expect(sent).toBeGreaterThan(maxExecutions);
    expect(end.ssm.createdExecutions).toBe(maxExecutions);
    expect(end.ssm.commands).toBeLessThanOrEqual(afterWarmUp.ssm.commands);
    expect(end.swas.createdExecutions).toBe(0);

    // Stable memory: the heap after a forced collection stays close to the warmed-up one.
    expect(end.heapUsed).toBeLessThan(1.5 * afterWarmUp.heapUsed + 20 * mb);

    // Nothing logged as an internal error.
    expect(child.stderr()).toBe("");
    console.log(
      `load: ${result.requests.total} answers (${valid} 2xx, ${malformed} 4xx) over ${seconds} s; SendCommand ${sent}× with the store capped at ${maxExecutions} executions; ` +
        `heap after GC ${(afterWarmUp.heapUsed / mb).toFixed(1)} MB after warm-up, ${(end.heapUsed / mb).toFixed(1)} MB at the end; rss ${(end.rss / mb).toFixed(1)} MB`,
    );
  });
});
