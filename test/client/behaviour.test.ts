// Retries, timeouts, aborts, waiters and paginators against a local server that misbehaves on purpose.
// Delays are a few milliseconds and the assertions count attempts and outcomes, never durations.
import { afterEach, describe, expect, it } from "vitest";
import { generateClients } from "./helpers/generate.ts";
import { type Reply, startServer, type TestServer } from "./helpers/server.ts";

const generated = generateClients();
const ssm = await generated.load("ssm");
const swas = await generated.load("swas");
const errors = await import(`${generated.dir}/src/runtime/errors.ts`);
const waiter = await import(`${generated.dir}/src/runtime/waiter.ts`);

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret-for-tests-only" };
const fast = { maxAttempts: 3, baseDelayMs: 2, maxDelayMs: 5 };
const get = { CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567", InstanceId: "i-0e3ba1c8f7d2a4b61" };

const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Reply => ({
  status,
  headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "rid", ...headers },
  body: JSON.stringify(body),
});
const ssmError = (code: string, status = 400) => json({ __type: code, message: `${code} happened` }, status);
const targetOf = (headers: Record<string, string>) => headers["x-amz-target"]?.split(".")[1];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function ssmAgainst(handler: (r: any, i: number) => Reply | Promise<Reply>, config: Record<string, unknown> = {}) {
  server = await startServer(handler);
  return new ssm.SsmClient({ region: "us-east-1", endpoint: server.url, credentials, retry: fast, ...config });
}

async function rejection(p: Promise<unknown>): Promise<any> {
  return p.then(
    (v) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(v)}`);
    },
    (e: unknown) => e,
  );
}

describe("retries", () => {
  it("a 500 is retried and the second attempt's answer is returned", async () => {
    const client = await ssmAgainst((_, i) => (i === 0 ? ssmError("InternalServerError", 500) : json({ Status: "Success" })));
    await expect(client.getCommandInvocation(get)).resolves.toEqual({ Status: "Success" });
    expect(server!.requests).toHaveLength(2);
  });

  it("each attempt is signed afresh (same body, new signature request)", async () => {
    const client = await ssmAgainst((_, i) => (i < 2 ? ssmError("ServiceUnavailable", 503) : json({})));
    await client.listCommands({});
    expect(server!.requests).toHaveLength(3);
    expect(new Set(server!.requests.map((r) => r.body)).size).toBe(1);
    for (const r of server!.requests) expect(r.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it("throttling (400 ThrottlingException) is retried", async () => {
    const client = await ssmAgainst((_, i) => (i === 0 ? ssmError("ThrottlingException") : json({ Commands: [] })));
    await expect(client.listCommands({})).resolves.toEqual({ Commands: [] });
    expect(server!.requests).toHaveLength(2);
  });

  it("429 is retried", async () => {
    const client = await ssmAgainst((_, i) => (i === 0 ? { status: 429, body: "" } : json({})));
    await client.listCommands({});
    expect(server!.requests).toHaveLength(2);
  });

  it("a dropped connection is retried", async () => {
    const client = await ssmAgainst((_, i) => (i === 0 ? { drop: true } : json({ Status: "InProgress" })));
    await expect(client.getCommandInvocation(get)).resolves.toEqual({ Status: "InProgress" });
    expect(server!.requests).toHaveLength(2);
  });

  it("after maxAttempts the last error is raised, typed", async () => {
    const client = await ssmAgainst(() => ssmError("InternalServerError", 500));
    const error = await rejection(client.getCommandInvocation(get));
    expect(error).toBeInstanceOf(ssm.InternalServerError);
    expect(server!.requests).toHaveLength(3);
  });

  it("connections that always drop end in a NetworkError after maxAttempts", async () => {
    const client = await ssmAgainst(() => ({ drop: true }));
    const error = await rejection(client.listCommands({}));
    expect(error).toBeInstanceOf(errors.NetworkError);
    expect(error.retryable).toBe(true);
    expect(server!.requests).toHaveLength(3);
  });

  it("a client error is not retried", async () => {
    const client = await ssmAgainst(() => ssmError("InvalidCommandId"));
    await expect(client.getCommandInvocation(get)).rejects.toBeInstanceOf(ssm.InvalidCommandId);
    expect(server!.requests).toHaveLength(1);
  });

  it("maxAttempts 1 turns retries off", async () => {
    const client = await ssmAgainst(() => ssmError("InternalServerError", 500), { retry: { maxAttempts: 1 } });
    await expect(client.getCommandInvocation(get)).rejects.toBeInstanceOf(ssm.InternalServerError);
    expect(server!.requests).toHaveLength(1);
  });

  it("Alibaba throttling (Throttling.User) and 503 are retried; each attempt has its own nonce", async () => {
    server = await startServer((_, i) =>
      i === 0
        ? { status: 400, body: JSON.stringify({ Code: "Throttling.User", Message: "slow down", RequestId: "a" }) }
        : i === 1
          ? { status: 503, body: JSON.stringify({ Code: "ServiceUnavailable", Message: "later", RequestId: "b" }) }
          : { status: 200, body: JSON.stringify({ RequestId: "c", InvokeId: "t-1" }) },
    );
    const client = new swas.SwasClient({ region: "cn-hangzhou", endpoint: server.url, credentials, retry: fast });
    const out = await client.runCommand({ RegionId: "cn-hangzhou", InstanceId: "i", CommandContent: "uptime", Name: "n", Type: "RunShellScript" });
    expect(out).toEqual({ RequestId: "c", InvokeId: "t-1" });
    expect(server.requests).toHaveLength(3);
    expect(new Set(server.requests.map((r) => r.headers["x-acs-signature-nonce"])).size).toBe(3);
  });

  it("Alibaba x-acs-retry-after makes any error code a throttling error, retried", async () => {
    const limited = { status: 400, headers: { "x-acs-retry-after": "3" }, body: JSON.stringify({ Code: "Some.Quota", Message: "wait", RequestId: "a" }) };
    server = await startServer((_, i) => (i === 0 ? limited : { status: 200, body: JSON.stringify({ RequestId: "c", InvokeId: "t-1" }) }));
    const input = { RegionId: "cn-hangzhou", InstanceId: "i", CommandContent: "uptime", Name: "n", Type: "RunShellScript" };
    const client = new swas.SwasClient({ region: "cn-hangzhou", endpoint: server.url, credentials, retry: fast });
    expect(await client.runCommand(input)).toEqual({ RequestId: "c", InvokeId: "t-1" });
    expect(server.requests).toHaveLength(2);
    await server.close();
    server = await startServer(() => limited);
    const once = new swas.SwasClient({ region: "cn-hangzhou", endpoint: server.url, credentials, retry: { maxAttempts: 1 } });
    const error = await rejection(once.runCommand(input));
    expect(error).toBeInstanceOf(errors.ServiceError);
    expect(error).toMatchObject({ code: "Some.Quota", throttling: true, retryable: true, retryAfterMs: 3 });
  });
});

describe("timeouts and aborts end a call at once", () => {
  it("a server that never answers: TimeoutError after timeoutMs, no further attempt", async () => {
    const client = await ssmAgainst(() => ({ hang: true }), { timeoutMs: 30 });
    const error = await rejection(client.getCommandInvocation(get));
    expect(error).toBeInstanceOf(errors.TimeoutError);
    expect(error.message).toContain("30 ms");
    expect(server!.requests).toHaveLength(1);
  });

  it("the timeout bounds the whole call, backoff included", async () => {
    const client = await ssmAgainst(() => ssmError("InternalServerError", 500), {
      timeoutMs: 40,
      retry: { maxAttempts: 1000, baseDelayMs: 10, maxDelayMs: 10 },
    });
    await expect(client.listCommands({})).rejects.toBeInstanceOf(errors.TimeoutError);
    expect(server!.requests.length).toBeLessThan(1000);
  });

  it("aborting while the server is silent rejects with the signal's reason", async () => {
    const client = await ssmAgainst(() => ({ hang: true }));
    const controller = new AbortController();
    const call = client.getCommandInvocation(get, { signal: controller.signal });
    while (server!.requests.length === 0) await new Promise((r) => setTimeout(r, 1));
    controller.abort(new Error("user gave up"));
    await expect(call).rejects.toThrow("user gave up");
  });

  it("aborting during the backoff between attempts ends the call without another attempt", async () => {
    const client = await ssmAgainst(() => ssmError("InternalServerError", 500), { retry: { maxAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    const controller = new AbortController();
    const call = client.listCommands({}, { signal: controller.signal });
    while (server!.requests.length === 0) await new Promise((r) => setTimeout(r, 1));
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const error = await rejection(call);
    expect(error.name).toBe("AbortError");
    expect(server!.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const client = await ssmAgainst(() => json({}));
    await expect(client.listCommands({}, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(server!.requests).toHaveLength(0);
  });

  it("a fetch that ignores its signal still cannot hold the call", async () => {
    const client = new ssm.SsmClient({ region: "us-east-1", credentials, timeoutMs: 20, fetch: () => new Promise(() => {}) });
    await expect(client.listCommands({})).rejects.toBeInstanceOf(errors.TimeoutError);
  });

  it("a slow answer within the timeout is fine", async () => {
    const client = await ssmAgainst(() => ({ ...json({ Commands: [] }), delayMs: 20 }), { timeoutMs: 5_000 });
    await expect(client.listCommands({})).resolves.toEqual({ Commands: [] });
  });
});

describe("waiters", () => {
  const quick = { minDelay: 0.002, maxDelay: 0.005, maxWaitTime: 30 };

  it("CommandExecuted: InvocationDoesNotExist and Pending/InProgress/Delayed retry, Success succeeds", async () => {
    const answers = [ssmError("InvocationDoesNotExist"), json({ Status: "Pending" }), json({ Status: "InProgress" }), json({ Status: "Delayed" }), json({ Status: "Success", ResponseCode: 0 })];
    const client = await ssmAgainst((_, i) => answers[i]);
    const result = await ssm.waitUntilCommandExecuted(client, get, quick);
    expect(result).toEqual({ output: { Status: "Success", ResponseCode: 0 }, error: undefined, attempts: 5 });
    expect(server!.requests.map((r) => targetOf(r.headers))).toEqual(Array(5).fill("GetCommandInvocation"));
  });

  for (const status of ["Failed", "Cancelled", "TimedOut", "Cancelling"]) {
    it(`CommandExecuted: ${status} fails at once`, async () => {
      const client = await ssmAgainst((_, i) => (i === 0 ? json({ Status: "InProgress" }) : json({ Status: status })));
      const error = await rejection(ssm.waitUntilCommandExecuted(client, get, quick));
      expect(error).toBeInstanceOf(waiter.WaiterFailureError);
      expect(error).toMatchObject({ attempts: 2, output: { Status: status }, waiter: "CommandExecuted" });
      expect(error.message).toContain(`Status is ${status}`);
    });
  }

  it("an error no acceptor expects ends the wait with that error", async () => {
    const client = await ssmAgainst(() => ssmError("InvalidCommandId"));
    await expect(ssm.waitUntilCommandExecuted(client, get, quick)).rejects.toBeInstanceOf(ssm.InvalidCommandId);
    expect(server!.requests).toHaveLength(1);
  });

  it("gives up with a WaiterTimeoutError after maxWaitTime", async () => {
    const client = await ssmAgainst(() => json({ Status: "Pending" }));
    const error = await rejection(ssm.waitUntilCommandExecuted(client, get, { minDelay: 0.002, maxDelay: 0.004, maxWaitTime: 0.05 }));
    expect(error).toBeInstanceOf(waiter.WaiterTimeoutError);
    expect(error.output).toEqual({ Status: "Pending" });
    expect(error.attempts).toBe(server!.requests.length);
  });

  it("aborting ends the wait at once", async () => {
    const client = await ssmAgainst(() => json({ Status: "Pending" }));
    const controller = new AbortController();
    const waiting = ssm.waitUntilCommandExecuted(client, get, { minDelay: 60, maxDelay: 120, maxWaitTime: 3600, signal: controller.signal });
    while (server!.requests.length === 0) await new Promise((r) => setTimeout(r, 1));
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    expect(server!.requests).toHaveLength(1);
  });

  it("SWAS InvocationFinished: Running, then Success", async () => {
    const bodies = ["Pending", "Running", "Success"].map((s) => JSON.stringify({ RequestId: "r", InvocationResult: { InvocationStatus: s, InvokeId: "t-1" } }));
    server = await startServer((_, i) => ({ body: bodies[i] }));
    const client = new swas.SwasClient({ region: "cn-hangzhou", endpoint: server.url, credentials });
    const result = await swas.waitUntilInvocationFinished(client, { RegionId: "cn-hangzhou", InstanceId: "i", InvokeId: "t-1" }, quick);
    expect(result.attempts).toBe(3);
    expect(result.output.InvocationResult.InvocationStatus).toBe("Success");
  });

  it("SWAS InvocationFinished: a non-zero exit (Failed) fails", async () => {
    server = await startServer(() => ({ body: JSON.stringify({ InvocationResult: { InvocationStatus: "Failed", ExitCode: 2 } }) }));
    const client = new swas.SwasClient({ region: "cn-hangzhou", endpoint: server.url, credentials });
    const error = await rejection(swas.waitUntilInvocationFinished(client, { RegionId: "cn-hangzhou", InstanceId: "i", InvokeId: "t-1" }, quick));
    expect(error).toBeInstanceOf(waiter.WaiterFailureError);
    expect(error.message).toContain("InvocationResult.InvocationStatus is Failed");
  });
});

describe("paginators", () => {
  it("next-token: follows NextToken across pages and stops when it is absent", async () => {
    const pages = [
      { CommandInvocations: [{ CommandId: "a" }], NextToken: "t1" },
      { CommandInvocations: [{ CommandId: "b" }], NextToken: "t2" },
      { CommandInvocations: [{ CommandId: "c" }] },
    ];
    const client = await ssmAgainst((_, i) => json(pages[i]));
    const seen: string[] = [];
    for await (const page of ssm.paginateListCommandInvocations(client, { MaxResults: 1 })) seen.push(...page.CommandInvocations.map((c: any) => c.CommandId));
    expect(seen).toEqual(["a", "b", "c"]);
    expect(server!.requests.map((r) => JSON.parse(r.body))).toEqual([{ MaxResults: 1 }, { MaxResults: 1, NextToken: "t1" }, { MaxResults: 1, NextToken: "t2" }]);
  });

  it("next-token: an empty first page with no token is the only page (eventual consistency after SendCommand)", async () => {
    const client = await ssmAgainst(() => json({ Commands: [] }));
    const pages = [];
    for await (const page of ssm.paginateListCommands(client, {})) pages.push(page);
    expect(pages).toEqual([{ Commands: [] }]);
  });

  it("next-token: a service that repeats its token does not loop forever", async () => {
    const client = await ssmAgainst(() => json({ Commands: [], NextToken: "same" }));
    let n = 0;
    for await (const _ of ssm.paginateListCommands(client, {})) n++;
    expect(n).toBe(2);
  });

  it("next-token: breaking out of the loop stops the requests", async () => {
    const client = await ssmAgainst((_, i) => json({ Commands: [], NextToken: `t${i}` }));
    for await (const _ of ssm.paginateListCommands(client, {})) break;
    expect(server!.requests).toHaveLength(1);
  });

  it("page number: pages until TotalCount is covered", async () => {
    server = await startServer((r) => {
      const page = Number(new URL(r.url, "http://x").searchParams.get("PageNumber"));
      const all = ["t-1", "t-2", "t-3", "t-4", "t-5"];
      return { body: JSON.stringify({ PageNumber: page, PageSize: 2, TotalCount: 5, Invocations: all.slice((page - 1) * 2, page * 2).map((InvokeId) => ({ InvokeId })) }) };
    });
    const client = new swas.SwasClient({ region: "cn-hangzhou", endpoint: server.url, credentials });
    const ids: string[] = [];
    for await (const page of swas.paginateDescribeInvocations(client, { RegionId: "cn-hangzhou", InstanceId: "i", PageSize: 2 })) ids.push(...page.Invocations.map((x: any) => x.InvokeId));
    expect(ids).toEqual(["t-1", "t-2", "t-3", "t-4", "t-5"]);
    expect(server.requests.map((r) => new URL(r.url, "http://x").searchParams.get("PageNumber"))).toEqual(["1", "2", "3"]);
  });

  it("page number: a failure mid-way surfaces from the iterator, typed", async () => {
    server = await startServer((_, i) =>
      i === 0
        ? { body: JSON.stringify({ PageNumber: 1, PageSize: 1, TotalCount: 3, Invocations: [{ InvokeId: "t-1" }] }) }
        : { status: 404, body: JSON.stringify({ Code: "InvalidInstanceId.NotFound", Message: "gone", RequestId: "r" }) },
    );
    const client = new swas.SwasClient({ region: "cn-hangzhou", endpoint: server.url, credentials });
    const seen: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const page of swas.paginateDescribeInvocations(client, { RegionId: "cn-hangzhou", InstanceId: "i", PageSize: 1 })) seen.push(page);
      })(),
    );
    expect(seen).toHaveLength(1);
    expect(error).toBeInstanceOf(swas.InvalidInstanceIdNotFound);
  });
});
