// The mock server over real HTTP: malformed requests get the protocol's error and never a crash;
// one log line per request; close() drains keep-alive connections; web-standard handlers work too.
import http from "node:http";
import net from "node:net";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { combineMocks } from "../../generator/runtime/mock-router.ts";
import { startMockServer, type RunningMockServer } from "../../generator/runtime/mock-server.ts";
import { loadMocks, type LoadedMocks } from "./helpers/calls.ts";
import { startTestServer, type TestServer } from "./helpers/servers.ts";

let m: LoadedMocks;
beforeAll(async () => {
  m = await loadMocks();
});

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
}

/** A raw HTTP request, so that nothing on the client side tidies up what is sent. */
function raw(server: RunningMockServer, method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: server.host, port: server.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // left as text: the assertion will show it
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
      });
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const aws = { "content-type": "application/x-amz-json-1.1" };

describe("malformed requests get the protocol's error", () => {
  const cases: Array<[string, string, string, Record<string, string>, string | Buffer | undefined, number, string]> = [
    ["unknown X-Amz-Target", "POST", "/", { ...aws, "x-amz-target": "AmazonSSM.DeleteEverything" }, "{}", 400, "UnknownOperationException"],
    ["a target of another service", "POST", "/", { ...aws, "x-amz-target": "DynamoDB_20120810.ListTables" }, "{}", 400, "UnknownOperationException"],
    ["no target and no Alibaba action", "POST", "/", aws, "{}", 400, "UnknownOperationException"],
    ["bad JSON", "POST", "/", { ...aws, "x-amz-target": "AmazonSSM.ListCommands" }, "{not json", 400, "SerializationException"],
    ["a JSON array body", "POST", "/", { ...aws, "x-amz-target": "AmazonSSM.ListCommands" }, "[1,2]", 400, "SerializationException"],
    ["wrong content type", "POST", "/", { "content-type": "application/json", "x-amz-target": "AmazonSSM.ListCommands" }, "{}", 400, "UnknownOperationException"],
    ["GET for a JSON operation", "GET", "/", { ...aws, "x-amz-target": "AmazonSSM.ListCommands" }, undefined, 400, "UnknownOperationException"],
    ["a body over the limit", "POST", "/", { ...aws, "x-amz-target": "AmazonSSM.ListCommands" }, Buffer.alloc(2 * 1024 * 1024, 32), 413, "RequestEntityTooLargeException"],
    ["missing required members", "POST", "/", { ...aws, "x-amz-target": "AmazonSSM.GetCommandInvocation" }, "{}", 400, "ValidationException"],
  ];
  for (const [name, method, path, headers, body, status, type] of cases) {
    it(`AWS: ${name} → ${status} ${type}`, async () => {
      t = await startTestServer(m);
      const r = await raw(t.server, method, path, headers, body);
      expect(r.status).toBe(status);
      expect(r.body.__type).toBe(type);
      expect(typeof r.body.message).toBe("string");
      expect(r.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
    });
  }

  const acs = { "x-acs-version": "2020-06-01" };
  const rpcCases: Array<[string, string, Record<string, string>, string | undefined, number, string]> = [
    ["unknown action", "/?RegionId=cn-hangzhou", { ...acs, "x-acs-action": "DeleteEverything" }, undefined, 404, "InvalidAction.NotFound"],
    ["an action of another version", "/?RegionId=cn-hangzhou", { "x-acs-version": "2017-01-01", "x-acs-action": "RunCommand" }, undefined, 400, "InvalidVersion"],
    ["Action without Version", "/?Action=RunCommand&RegionId=cn-hangzhou", {}, undefined, 400, "MissingParameter"],
    ["missing required parameters", "/?RegionId=cn-hangzhou", { ...acs, "x-acs-action": "RunCommand" }, undefined, 400, "MissingParameter"],
    ["a JSON body instead of a form", "/", { ...acs, "x-acs-action": "DescribeInvocations", "content-type": "application/json" }, '{"RegionId":"cn-hangzhou"}', 400, "InvalidParameter"],
    ["a body over the limit", "/", { ...acs, "x-acs-action": "DescribeInvocations", "content-type": "application/x-www-form-urlencoded" }, "a=".padEnd(2 * 1024 * 1024, "b"), 413, "RequestEntityTooLarge"],
  ];
  for (const [name, path, headers, body, status, code] of rpcCases) {
    it(`Alibaba: ${name} → ${status} ${code}`, async () => {
      t = await startTestServer(m);
      const r = await raw(t.server, "POST", path, headers, body);
      expect(r.status).toBe(status);
      expect(Object.keys(r.body)).toEqual(["RequestId", "HostId", "Code", "Message", "Recommend"]);
      expect(r.body.Code).toBe(code);
    });
  }

  it("keeps serving after a burst of garbage", async () => {
    t = await startTestServer(m);
    const junk = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        raw(t!.server, ["PUT", "POST", "DELETE"][i % 3], `/${"x".repeat(i)}?%%%&Action`, { "x-amz-target": "%".repeat(i), "content-type": "text/plain" }, "\u0000\uffff"),
      ),
    );
    expect(junk.every((r) => r.status >= 400 && r.status < 500)).toBe(true);
    const ok = await raw(t.server, "POST", "/", { ...aws, "x-amz-target": "AmazonSSM.ListCommands" }, "");
    expect(ok.status).toBe(200);
  });
});

describe("server behaviour", () => {
  it("logs one line per request with the operation and status", async () => {
    const lines: string[] = [];
    t = await startTestServer(m, { logLines: lines });
    await raw(t.server, "POST", "/", { ...aws, "x-amz-target": "AmazonSSM.ListCommands" }, "{}");
    await raw(t.server, "POST", "/?RegionId=cn-hangzhou", { "x-acs-version": "2020-06-01", "x-acs-action": "Nope" });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\S+Z POST AmazonSSM\.ListCommands 200 \d+\.\dms$/);
    expect(lines[1]).toMatch(/ POST Nope 404 /);
  });

  it("writes the lines to a sink in batches: every line, newline-terminated, the last ones on close()", async () => {
    const writes: string[] = [];
    const router = combineMocks([m.ssm.createSsmMock({ seedExamples: false }), m.swas.createSwasMock({ seedExamples: false })]);
    const server = await startMockServer(router, { port: 0, log: { write: (text: string) => writes.push(text) } });
    try {
      // Concurrent requests end in the same turns of the event loop, so some share a write.
      await Promise.all(
        Array.from({ length: 20 }, () => raw(server, "POST", "/", { ...aws, "x-amz-target": "AmazonSSM.ListCommands" }, "{}")),
      );
      await raw(server, "POST", "/", { ...aws, "x-amz-target": "AmazonSSM.Nope" }, "{}");
    } finally {
      await server.close();
    }
    const text = writes.join("");
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.slice(0, -1).split("\n");
    expect(lines).toHaveLength(21);
    expect(lines.slice(0, 20).every((l) => /^\S+Z POST AmazonSSM\.ListCommands 200 \d+\.\dms$/.test(l))).toBe(true);
    expect(lines[20]).toMatch(/ POST AmazonSSM\.Nope 400 \d+\.\dms$/);
    expect(writes.length).toBeLessThanOrEqual(21);
  });

  it("reads a header sent in any case, and a repeated one as Node joins it", async () => {
    const seen: Array<string | null> = [];
    const server = await startMockServer(
      {
        reply: (request) => {
          seen.push(request.headers.get("x-amz-target"), request.headers.get("X-Custom"), request.headers.get("absent"));
          return { status: 200, headers: {}, body: "" };
        },
      },
      { port: 0, log: false },
    );
    try {
      // Over a raw socket: Node's client would tidy the names and merge the repeated header.
      await new Promise<void>((resolve, reject) => {
        const socket = net.connect(server.port, server.host, () => {
          socket.end("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: A.B\r\nx-custom: 1\r\nX-Custom: 2\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        });
        socket.on("error", reject);
        socket.on("close", () => resolve());
        socket.resume();
      });
    } finally {
      await server.close();
    }
    expect(seen).toEqual(["A.B", "1, 2", null]);
  });

  it("listens on loopback by default and close() returns with a keep-alive connection open", async () => {
    t = await startTestServer(m);
    expect(t.server.host).toBe("127.0.0.1");
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      const req = http.request({ host: t!.server.host, port: t!.server.port, method: "POST", path: "/", headers: { ...aws, "x-amz-target": "AmazonSSM.ListCommands" }, agent }, (res) => {
        res.resume();
        res.on("end", resolve);
      });
      req.on("error", reject);
      req.end("{}");
    });
    await t.close();
    t = undefined;
    agent.destroy();
  });

  it("serves a web-standard handler, converting Node requests to Request and back", async () => {
    const ssm = m.ssm.createSsmMock({ seedExamples: false });
    const router = combineMocks([ssm], { maxBodyBytes: 1024 });
    const server = await startMockServer(router.handle, { port: 0, log: false, maxBodyBytes: 1024 });
    try {
      const ok = await raw(server, "POST", "/", { ...aws, "x-amz-target": "AmazonSSM.ListCommands" }, "{}");
      expect([ok.status, ok.body]).toEqual([200, { Commands: [] }]);
      const big = await raw(server, "POST", "/", { ...aws, "x-amz-target": "AmazonSSM.ListCommands" }, `{"a":"${"x".repeat(5000)}"}`);
      expect([big.status, big.body.__type]).toEqual([413, "RequestEntityTooLargeException"]);
    } finally {
      await server.close();
    }
  });

  it("refuses to start on a port already in use, with the system's error", async () => {
    t = await startTestServer(m);
    await expect(startMockServer({ reply: async () => ({ status: 200, headers: {}, body: "" }) }, { port: t.server.port, log: false })).rejects.toThrow(/EADDRINUSE/);
  });
});
