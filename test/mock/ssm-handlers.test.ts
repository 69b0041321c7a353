// The generated SSM mock, driven through its web-standard handlers on a virtual clock.
import { beforeAll, describe, expect, it } from "vitest";
import { credentialRegion } from "../../generator/runtime/mock-aws-json.ts";
import { VirtualClock } from "../../generator/runtime/mock-clock.ts";
import { awsCall, loadMocks, type LoadedMocks } from "./helpers/calls.ts";

let m: LoadedMocks;
beforeAll(async () => {
  m = await loadMocks();
});

const instance = "i-0123456789abcdef0";
const other = "i-0fedcba9876543210";

function newMock(options: Record<string, unknown> = {}) {
  const clock = new VirtualClock();
  const mock = m.ssm.createSsmMock({ clock, seedExamples: false, ...options });
  return { clock, mock, call: (op: string, input: unknown, headers?: Record<string, string>) => awsCall(mock.handle, op, input, headers) };
}

function send(call: ReturnType<typeof newMock>["call"], commands: string[], instanceIds = [instance]) {
  return call("SendCommand", { DocumentName: "AWS-RunShellScript", InstanceIds: instanceIds, Parameters: { commands } });
}

describe("SSM command lifecycle", () => {
  it("goes Pending → InProgress → Success on the clock, with the echoed output", async () => {
    const { clock, call } = newMock();
    const sent = await send(call, ["echo hello world"]);
    expect(sent.status).toBe(200);
    expect(sent.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    const id = sent.body.Command.CommandId;
    expect(sent.body.Command).toMatchObject({ Status: "Pending", TargetCount: 1, CompletedCount: 0, DocumentVersion: "$DEFAULT" });

    const states: unknown[] = [];
    for (const step of [0, 500, 1000]) {
      clock.advance(step);
      const got = await call("GetCommandInvocation", { CommandId: id, InstanceId: instance });
      states.push([got.body.Status, got.body.ResponseCode, got.body.StandardOutputContent]);
    }
    expect(states).toEqual([
      ["Pending", -1, ""],
      ["InProgress", -1, ""],
      ["Success", 0, "hello world\n"],
    ]);
    const listed = await call("ListCommands", { CommandId: id });
    expect(listed.body.Commands[0]).toMatchObject({ Status: "Success", CompletedCount: 1, ErrorCount: 0 });
  });

  it("reports a non-zero exit code as Failed with stderr, per the configured output rule", async () => {
    const { clock, call } = newMock({ state: { outputs: [{ match: "/^false/", stdout: "", stderr: "boom", exitCode: 2, runMs: 10 }] } });
    const sent = await send(call, ["false"]);
    clock.advance(10_000);
    const got = await call("GetCommandInvocation", { CommandId: sent.body.Command.CommandId, InstanceId: instance });
    expect(got.body).toMatchObject({ Status: "Failed", StatusDetails: "Failed", ResponseCode: 2, StandardErrorContent: "boom" });
    const listed = await call("ListCommands", {});
    expect(listed.body.Commands[0]).toMatchObject({ Status: "Failed", ErrorCount: 1 });
  });

  it("times out a command that runs longer than TimeoutSeconds", async () => {
    const { clock, call } = newMock({ runMs: 60_000 });
    const sent = await call("SendCommand", { DocumentName: "AWS-RunShellScript", InstanceIds: [instance], TimeoutSeconds: 30, Parameters: { commands: ["sleep 60"] } });
    clock.advance(31_000);
    const got = await call("GetCommandInvocation", { CommandId: sent.body.Command.CommandId, InstanceId: instance });
    expect(got.body).toMatchObject({ Status: "TimedOut", StatusDetails: "ExecutionTimedOut" });
  });

  it("cuts stdout to 24,000 and stderr to 8,000 characters, and a plugin's Output to 2,500", async () => {
    const long = "x".repeat(30_000);
    const { clock, call } = newMock({ state: { outputs: [{ match: "big", stdout: long, stderr: "é".repeat(9000) }] } });
    const sent = await send(call, ["big"]);
    clock.advance(5000);
    const got = await call("GetCommandInvocation", { CommandId: sent.body.Command.CommandId, InstanceId: instance });
    expect(got.body.StandardOutputContent).toHaveLength(24_000);
    expect(got.body.StandardErrorContent).toBe("é".repeat(8000));
    const listed = await call("ListCommandInvocations", { CommandId: sent.body.Command.CommandId, Details: true });
    expect(listed.body.CommandInvocations[0].CommandPlugins[0].Output).toHaveLength(2500);
  });

  it("creates one invocation per target instance, resolved from tags of managed instances", async () => {
    const state = {
      services: {
        ssm: {
          instances: [
            { id: instance, name: "web-1", tags: { Role: "web" } },
            { id: other, name: "db-1", tags: { Role: "db" } },
            { id: "i-0aaaaaaaaaaaaaaaa", tags: { Role: "web" } },
          ],
        },
      },
    };
    const { call } = newMock({ state });
    const sent = await call("SendCommand", { DocumentName: "AWS-RunShellScript", Targets: [{ Key: "tag:Role", Values: ["web"] }], Parameters: { commands: ["uptime"] } });
    expect(sent.body.Command.TargetCount).toBe(2);
    const listed = await call("ListCommandInvocations", { CommandId: sent.body.Command.CommandId });
    expect(listed.body.CommandInvocations.map((i: any) => i.InstanceId).sort()).toEqual([instance, "i-0aaaaaaaaaaaaaaaa"]);
    expect(listed.body.CommandInvocations.find((i: any) => i.InstanceId === instance).InstanceName).toBe("web-1");
  });
});

describe("SSM eventual consistency", () => {
  it("answers InvocationDoesNotExist and lists nothing until the lag has passed", async () => {
    const { clock, call } = newMock({ lagMs: 1000 });
    const id = (await send(call, ["echo hi"])).body.Command.CommandId;
    const early = await call("GetCommandInvocation", { CommandId: id, InstanceId: instance });
    expect(early.status).toBe(400);
    expect(early.body.__type).toBe("InvocationDoesNotExist");
    expect((await call("ListCommandInvocations", { CommandId: id })).body.CommandInvocations).toEqual([]);
    clock.advance(1000);
    expect((await call("GetCommandInvocation", { CommandId: id, InstanceId: instance })).status).toBe(200);
    expect((await call("ListCommandInvocations", { CommandId: id })).body.CommandInvocations).toHaveLength(1);
  });
});

describe("SSM managed instances and documents from the state", () => {
  const state = { services: { ssm: { account: "111122223333", instances: [{ id: instance }], documents: ["AWS-RunShellScript"] } } };

  it("rejects instances the state does not list, as the service words it", async () => {
    const { call } = newMock({ state });
    const r = await send(call, ["uptime"], [other]);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ __type: "InvalidInstanceId", Message: `Instances [[${other}]] not in a valid state for account 111122223333` });
  });

  it("rejects documents the state does not list", async () => {
    const { call } = newMock({ state });
    const r = await call("SendCommand", { DocumentName: "My-Document", InstanceIds: [instance] });
    expect(r.body.__type).toBe("InvalidDocument");
  });

  it("needs exactly one of InstanceIds and Targets", async () => {
    const { call } = newMock();
    expect((await call("SendCommand", { DocumentName: "AWS-RunShellScript" })).body.__type).toBe("InvalidParameters");
    const both = await call("SendCommand", { DocumentName: "AWS-RunShellScript", InstanceIds: [instance], Targets: [{ Key: "InstanceIds", Values: [instance] }] });
    expect(both.body.__type).toBe("InvalidParameters");
  });
});

describe("SSM pagination and filters", () => {
  it("pages newest first with MaxResults and cursor tokens that survive new commands", async () => {
    const { clock, call } = newMock();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push((await send(call, [`echo ${i}`])).body.Command.CommandId);
      clock.advance(1);
    }
    const first = await call("ListCommands", { MaxResults: 3 });
    expect(first.body.Commands.map((c: any) => c.CommandId)).toEqual(ids.slice(4).reverse());
    await send(call, ["echo late"]);
    const second = await call("ListCommands", { MaxResults: 3, NextToken: first.body.NextToken });
    const third = await call("ListCommands", { MaxResults: 3, NextToken: second.body.NextToken });
    expect([...second.body.Commands, ...third.body.Commands].map((c: any) => c.CommandId)).toEqual(ids.slice(0, 4).reverse());
    expect(third.body.NextToken).toBeUndefined();
  });

  it("answers InvalidNextToken for a token it did not issue", async () => {
    const { call } = newMock();
    const r = await call("ListCommandInvocations", { NextToken: "not-a-token" });
    expect(r.body).toMatchObject({ __type: "InvalidNextToken" });
  });

  it("filters by status and document, and refuses ExecutionStage for invocations", async () => {
    const { clock, call } = newMock({ state: { outputs: [{ match: "fail", exitCode: 1 }] } });
    await send(call, ["echo ok"]);
    await send(call, ["fail"]);
    clock.advance(5000);
    const failed = await call("ListCommandInvocations", { Filters: [{ key: "Status", value: "Failed" }] });
    expect(failed.body.CommandInvocations).toHaveLength(1);
    const complete = await call("ListCommands", { Filters: [{ key: "ExecutionStage", value: "Complete" }, { key: "DocumentName", value: "AWS-RunShellScript" }] });
    expect(complete.body.Commands).toHaveLength(2);
    const refused = await call("ListCommandInvocations", { Filters: [{ key: "ExecutionStage", value: "Complete" }] });
    expect(refused.body.__type).toBe("InvalidFilterKey");
  });
});

describe("SSM validation errors in the service's words", () => {
  const cases: Array<[string, string, unknown, string, string]> = [
    ["short CommandId", "GetCommandInvocation", { CommandId: "x", InstanceId: instance }, "ValidationException",
      "1 validation error detected: Value 'x' at 'commandId' failed to satisfy constraint: Member must have length greater than or equal to 36"],
    ["missing required members", "GetCommandInvocation", {}, "ValidationException",
      "2 validation errors detected: Value null at 'commandId' failed to satisfy constraint: Member must not be null; Value null at 'instanceId' failed to satisfy constraint: Member must not be null"],
    ["instance id pattern", "SendCommand", { DocumentName: "AWS-RunShellScript", InstanceIds: ["box-1"] }, "ValidationException",
      "Value 'box-1' at 'instanceIds.1.member' failed to satisfy constraint: Member must satisfy regular expression pattern"],
    ["MaxResults above 50", "ListCommands", { MaxResults: 51 }, "ValidationException",
      "Value '51' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50"],
    ["filter key outside the enum", "ListCommands", { Filters: [{ key: "Color", value: "x" }] }, "ValidationException",
      "at 'filters.1.member.key' failed to satisfy constraint: Member must satisfy enum value set: [InvokedAfter, InvokedBefore, Status, ExecutionStage, DocumentName]"],
    ["wrong JSON type", "GetCommandInvocation", { CommandId: 5, InstanceId: instance }, "SerializationException", "'commandId'"],
  ];
  for (const [name, op, input, type, message] of cases) {
    it(`${name} → ${type}`, async () => {
      const r = await newMock().call(op, input);
      expect(r.status).toBe(400);
      expect(r.body.__type).toBe(type);
      expect(r.body.message).toContain(message);
    });
  }

  it("ignores members the spec does not know, as newer SDKs may send them", async () => {
    const r = await newMock().call("ListCommands", { SomethingNew: true });
    expect(r.status).toBe(200);
  });
});

describe("SSM seeds and spec examples", () => {
  it("answers each read example's input with data that matches the example's output", async () => {
    const mock = m.ssm.createSsmMock({ clock: new VirtualClock() });
    for (const op of m.ssm.ssmMockDefinition.operations) {
      if (op.name === "SendCommand") continue; // creates something new: its output carries a fresh id
      for (const example of op.examples) {
        const r = await awsCall(mock.handle, op.name, example.input);
        expect(r.status, `${op.name}: ${example.title}`).toBe(200);
        expect(m.ssmValidators[`validate${op.name}Response`](r.body, { unknownMembers: "reject" })).toEqual([]);
      }
    }
    const got = await awsCall(mock.handle, "GetCommandInvocation", { CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567", InstanceId: "i-0e3ba1c8f7d2a4b61" });
    expect(got.body).toMatchObject({ Status: "Success", ResponseCode: 0, DocumentName: "AWS-RunShellScript" });
    expect(got.body.StandardOutputContent).toContain("/dev/xvda1");
  });

  it("answers each error example with the example's error code", async () => {
    // The managed-instance list makes the "not a managed node" example meaningful.
    const state = { services: { ssm: { instances: [{ id: "i-0e3ba1c8f7d2a4b61" }] } } };
    const mock = m.ssm.createSsmMock({ clock: new VirtualClock(), state });
    const { compileSpecs } = await import("../../generator/pipeline.ts");
    const model = compileSpecs("specs").model!;
    const service = model.services.find((s) => s.moduleName === "ssm")!;
    let checked = 0;
    for (const op of service.operations) {
      for (const example of op.examples.filter((e) => e.error)) {
        const r = await awsCall(mock.handle, op.name, example.input);
        expect(r.body.__type, `${op.name}: ${example.title}`).toBe(example.error!.code);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it("serves maintenance-window task invocations from the state file, with epoch-second times", async () => {
    const seeded = {
      WindowExecutionId: "11111111-2222-4333-8444-555555555555",
      TaskExecutionId: "66666666-7777-4888-9999-000000000000",
      InvocationId: "aaaaaaaa-bbbb-4ccc-dddd-eeeeeeeeeeee",
      TaskType: "RUN_COMMAND",
      Status: "FAILED",
      StartTime: "2024-06-01T10:00:00Z",
      EndTime: 1717236005.5,
    };
    const { call } = newMock({ state: { services: { ssm: { maintenanceWindowTaskInvocations: [seeded] } } } });
    const input = { WindowExecutionId: seeded.WindowExecutionId, TaskId: seeded.TaskExecutionId, InvocationId: seeded.InvocationId };
    const r = await call("GetMaintenanceWindowExecutionTaskInvocation", input);
    expect(r.body).toMatchObject({ Status: "FAILED", StartTime: 1717236000, EndTime: 1717236005.5 });
    const missing = await call("GetMaintenanceWindowExecutionTaskInvocation", { ...input, InvocationId: "aaaaaaaa-bbbb-4ccc-dddd-ffffffffffff" });
    expect(missing.body).toEqual({ __type: "DoesNotExistException", Message: "Maintenance window execution task invocation aaaaaaaa-bbbb-4ccc-dddd-ffffffffffff does not exist." });
  });
});

describe("SSM fault injection", () => {
  it("answers the named error at the given rate", async () => {
    const { call } = newMock({ faults: { GetCommandInvocation: { errorRate: 1 } }, random: () => 0.5 });
    const r = await call("GetCommandInvocation", { CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567", InstanceId: instance });
    expect(r.status).toBe(500);
    expect(r.body.__type).toBe("InternalServerError");
    const named = newMock({ faults: { "ssm.ListCommands": { error: "InvalidFilterKey", message: "injected" } } });
    expect((await named.call("ListCommands", {})).body).toEqual({ __type: "InvalidFilterKey", message: "injected" });
  });

  it("throttles above the allowed rate and lets requests through again as time passes", async () => {
    const { clock, call } = newMock({ faults: { ListCommands: { maxRequestsPerSecond: 2 } } });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await call("ListCommands", {})).body.__type ?? "ok");
    clock.advance(500);
    codes.push((await call("ListCommands", {})).body.__type ?? "ok");
    expect(codes).toEqual(["ok", "ok", "ThrottlingException", "ok"]);
  });

  it("leaves operations without a rule alone, and a rate of 0 never fails", async () => {
    const { call } = newMock({ faults: { ListCommands: { errorRate: 0 } }, random: () => 0 });
    expect((await call("ListCommands", {})).status).toBe(200);
  });
});

describe("SSM per-operation handlers", () => {
  it("answers through handlers.<Operation> without looking at the target header", async () => {
    const { mock } = newMock();
    const request = new Request("http://127.0.0.1/", { method: "POST", headers: { "content-type": "application/x-amz-json-1.1" }, body: "{}" });
    const r = await mock.handlers.ListCommands(request);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ Commands: [] });
  });
});

describe("credentialRegion", () => {
  const cases: Array<[string | null, string | undefined]> = [
    ["AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-1/ssm/aws4_request, SignedHeaders=host, Signature=00", "eu-west-1"],
    ["AWS4-HMAC-SHA256 Credential=AKID/20240101//ssm/aws4_request, SignedHeaders=host", undefined],
    ["AWS4-HMAC-SHA256 Credential=AKID, SignedHeaders=a/b/c/d", undefined],
    [null, undefined],
    ["Bearer token", undefined],
  ];
  for (const [header, region] of cases) {
    it(`${String(header).slice(0, 50)}… → ${region}`, () => expect(credentialRegion(header)).toBe(region));
  }
});
