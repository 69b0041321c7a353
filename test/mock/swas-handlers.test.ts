// The generated SWAS mock, driven through its web-standard handlers on a virtual clock.
import { beforeAll, describe, expect, it } from "vitest";
import { VirtualClock } from "../../generator/runtime/mock-clock.ts";
import { answer, loadMocks, rpcCall, type LoadedMocks } from "./helpers/calls.ts";

let m: LoadedMocks;
beforeAll(async () => {
  m = await loadMocks();
});

const server = "2ad1ae67295445f598017499dc8a2d8c";
const region = "cn-hangzhou";

function newMock(options: Record<string, unknown> = {}) {
  const clock = new VirtualClock();
  const mock = m.swas.createSwasMock({ clock, seedExamples: false, ...options });
  return { clock, mock, call: (action: string, params: Record<string, string | number | boolean>) => rpcCall(mock.handle, action, params) };
}

const run = (call: ReturnType<typeof newMock>["call"], content: string, extra: Record<string, string | number | boolean> = {}) =>
  call("RunCommand", { RegionId: region, InstanceId: server, CommandContent: content, Name: "test", Type: "RunShellScript", ...extra });

describe("SWAS command lifecycle", () => {
  it("goes Pending → Running → Success with Base64 output", async () => {
    const { clock, call } = newMock();
    const started = await run(call, "echo hello");
    expect(started.status).toBe(200);
    expect(started.body.InvokeId).toMatch(/^t-hz0[0-9a-z]{12}$/);
    expect(started.body.RequestId).toBe(started.headers.get("x-acs-request-id"));
    const seen: unknown[] = [];
    for (const step of [0, 500, 1000]) {
      clock.advance(step);
      const r = await call("DescribeInvocationResult", { RegionId: region, InstanceId: server, InvokeId: started.body.InvokeId });
      const res = r.body.InvocationResult;
      seen.push([res.InvocationStatus, res.InvokeRecordStatus, res.ExitCode, res.Output]);
    }
    expect(seen).toEqual([
      ["Pending", "Running", undefined, ""],
      ["Running", "Running", undefined, ""],
      ["Success", "Finished", 0, Buffer.from("hello\n").toString("base64")],
    ]);
  });

  it("fills {{name}} placeholders from the JSON-encoded Parameters", async () => {
    const { clock, call } = newMock();
    const started = await run(call, "echo {{ Name }}", { EnableParameter: true, Parameters: JSON.stringify({ name: "Jack" }) });
    clock.advance(5000);
    const r = await call("DescribeInvocationResult", { RegionId: region, InstanceId: server, InvokeId: started.body.InvokeId });
    expect(Buffer.from(r.body.InvocationResult.Output, "base64").toString()).toBe("Jack\n");
    const listed = await call("DescribeInvocations", { RegionId: region, InstanceId: server });
    expect(listed.body.Invocations[0]).toMatchObject({ Parameters: { name: "Jack" }, CommandContent: Buffer.from("echo {{ Name }}").toString("base64") });
    const stray = await run(call, "echo hi", { EnableParameter: true, Parameters: JSON.stringify({ other: "x" }) });
    expect(stray.body.Code).toBe("InvalidParameter");
  });

  it("reports a non-zero exit as Failed / Finished with ExitCodeNonzero, and a timeout as Timeout / Failed", async () => {
    const outputs = [
      { match: "exit 3", exitCode: 3, stdout: "nope\n" },
      { match: "sleep", runMs: 20_000 },
    ];
    const { clock, call } = newMock({ state: { outputs } });
    const failed = await run(call, "exit 3");
    const slow = await run(call, "sleep 20", { Timeout: 10 });
    clock.advance(30_000);
    const f = (await call("DescribeInvocationResult", { RegionId: region, InstanceId: server, InvokeId: failed.body.InvokeId })).body.InvocationResult;
    expect(f).toMatchObject({ InvocationStatus: "Failed", InvokeRecordStatus: "Finished", ExitCode: 3, ErrorCode: "ExitCodeNonzero" });
    const t = (await call("DescribeInvocationResult", { RegionId: region, InstanceId: server, InvokeId: slow.body.InvokeId })).body.InvocationResult;
    expect(t).toMatchObject({ InvocationStatus: "Timeout", InvokeRecordStatus: "Failed", ErrorCode: "ExecutionTimeout" });
    const failedOnly = await call("DescribeInvocations", { RegionId: region, InstanceId: server, InvokeStatus: "Failed" });
    expect(failedOnly.body.Invocations.map((i: any) => i.InvokeId)).toEqual([slow.body.InvokeId]);
  });

  it("pages DescribeInvocations by PageNumber and PageSize, with the documented defaults", async () => {
    const { clock, call } = newMock();
    for (let i = 0; i < 12; i++) {
      await run(call, `echo ${i}`);
      clock.advance(1000);
    }
    const first = await call("DescribeInvocations", { RegionId: region, InstanceId: server });
    expect(first.body).toMatchObject({ PageNumber: 1, PageSize: 10, TotalCount: 12 });
    expect(first.body.Invocations).toHaveLength(10);
    const second = await call("DescribeInvocations", { RegionId: region, InstanceId: server, PageNumber: 2, PageSize: 10 });
    expect(second.body.Invocations).toHaveLength(2);
    const beyond = await call("DescribeInvocations", { RegionId: region, InstanceId: server, PageNumber: 9 });
    expect(beyond.body.Invocations).toEqual([]);
  });

  it("hides a fresh execution while the lag lasts", async () => {
    const { clock, call } = newMock({ lagMs: 2000 });
    const started = await run(call, "echo hi");
    const early = await call("DescribeInvocationResult", { RegionId: region, InstanceId: server, InvokeId: started.body.InvokeId });
    expect([early.status, early.body.Code]).toEqual([404, "InvalidInvokeId.NotFound"]);
    clock.advance(2000);
    expect((await call("DescribeInvocationResult", { RegionId: region, InstanceId: server, InvokeId: started.body.InvokeId })).status).toBe(200);
  });
});

describe("SWAS errors in Alibaba's format", () => {
  const cases: Array<[string, string, Record<string, string | number | boolean>, number, string, string]> = [
    ["missing InstanceId", "DescribeInvocations", { RegionId: region }, 400, "MissingParameter",
      'The input parameter "InstanceId" that is mandatory for processing this request is not supplied.'],
    ["PageSize above 50", "DescribeInvocations", { RegionId: region, InstanceId: server, PageSize: 51 }, 400, "InvalidParameter", '"PageSize"'],
    ["PageSize not a number", "DescribeInvocations", { RegionId: region, InstanceId: server, PageSize: "ten" }, 400, "InvalidParameter", '"PageSize"'],
    ["unknown command type", "RunCommand", { RegionId: region, InstanceId: server, CommandContent: "ls", Name: "n", Type: "RunPython" }, 400, "InvalidParameter", '"Type"'],
    ["Parameters that are not JSON", "RunCommand", { RegionId: region, InstanceId: server, CommandContent: "ls", Name: "n", Type: "RunShellScript", Parameters: "{name" }, 400, "InvalidParameter", '"Parameters"'],
    ["unknown action", "DeleteEverything", { RegionId: region }, 404, "InvalidAction.NotFound", "Specified api is not found"],
    ["unknown invoke id", "DescribeInvocationResult", { RegionId: region, InstanceId: server, InvokeId: "t-none" }, 404, "InvalidInvokeId.NotFound", "InvokeId"],
  ];
  for (const [name, action, params, status, code, message] of cases) {
    it(`${name} → ${status} ${code}`, async () => {
      const r = await newMock().call(action, params);
      expect(r.status).toBe(status);
      expect(Object.keys(r.body)).toEqual(["RequestId", "HostId", "Code", "Message", "Recommend"]);
      expect(r.body.Code).toBe(code);
      expect(r.body.Message).toContain(message);
    });
  }

  it("knows only the listed servers when the state lists them, and checks their region", async () => {
    const state = { services: { swas: { instances: [{ id: server, region: "cn-shanghai" }] } } };
    const { call } = newMock({ state });
    const unknown = await call("DescribeInvocations", { RegionId: "cn-shanghai", InstanceId: "ffffffffffffffffffffffffffffffff" });
    expect([unknown.status, unknown.body.Code]).toEqual([404, "InvalidInstanceId.NotFound"]);
    const wrongRegion = await call("DescribeInvocations", { RegionId: region, InstanceId: server });
    expect(wrongRegion.body.Code).toBe("InvalidInstanceId.NotFound");
    expect((await call("DescribeInvocations", { RegionId: "cn-shanghai", InstanceId: server })).status).toBe(200);
  });

  it("answers RegionIdNotMatchHost when the endpoint's region differs from RegionId", async () => {
    const { mock } = newMock();
    const request = new Request(`http://swas.cn-beijing.aliyuncs.com/?RegionId=${region}&InstanceId=${server}`, {
      method: "POST",
      headers: { "x-acs-action": "DescribeInvocations", "x-acs-version": "2020-06-01" },
    });
    const r = await answer(await mock.handle(request));
    expect(r.body).toMatchObject({ Code: "RegionIdNotMatchHost", HostId: "swas.cn-beijing.aliyuncs.com" });
  });

  it("throttles with Throttling.User and x-acs-retry-after", async () => {
    const { call } = newMock({ faults: { DescribeInvocations: { maxRequestsPerSecond: 1 } } });
    await call("DescribeInvocations", { RegionId: region, InstanceId: server });
    const r = await call("DescribeInvocations", { RegionId: region, InstanceId: server });
    expect([r.status, r.body.Code, r.headers.get("x-acs-retry-after")]).toEqual([400, "Throttling.User", "1000"]);
  });
});

describe("SWAS request styles", () => {
  it("accepts the older style: Action and Version as query parameters, or in a form body", async () => {
    const { mock } = newMock();
    const common = { Format: "JSON", SignatureMethod: "HMAC-SHA1", SignatureNonce: "abc", SignatureVersion: "1.0", AccessKeyId: "ak", Signature: "x" };
    const query = new URLSearchParams({ Action: "DescribeInvocations", Version: "2020-06-01", RegionId: region, InstanceId: server, ...common });
    const viaQuery = await answer(await mock.handle(new Request(`http://127.0.0.1/?${query}`, { method: "POST" })));
    expect(viaQuery.status).toBe(200);
    const viaForm = await answer(
      await mock.handle(
        new Request("http://127.0.0.1/", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: query.toString() }),
      ),
    );
    expect(viaForm.body).toMatchObject({ PageNumber: 1, TotalCount: 0 });
  });

  it("answers the spec examples of read actions from seeds", async () => {
    const mock = m.swas.createSwasMock({ clock: new VirtualClock() });
    for (const op of m.swas.swasMockDefinition.operations) {
      if (op.name === "RunCommand") continue;
      for (const example of op.examples) {
        const r = await rpcCall(mock.handle, op.name, stringParams(example.input));
        expect(r.status, `${op.name}: ${example.title}`).toBe(200);
        expect(m.swasValidators[`validate${op.name}Response`](r.body, { unknownMembers: "reject" })).toEqual([]);
      }
    }
    const failed = await rpcCall(mock.handle, "DescribeInvocationResult", { RegionId: "cn-shanghai", InstanceId: server, InvokeId: "t-sh02q4k7m2x9a1b" });
    expect(failed.body.InvocationResult).toMatchObject({ InvocationStatus: "Failed", ExitCode: 2, ErrorCode: "ExitCodeNonzero" });
  });
});

function stringParams(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, typeof v === "object" ? JSON.stringify(v) : String(v)]));
}
