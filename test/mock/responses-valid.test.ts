// Every response the mocks send validates against its operation's output shape: random sessions of
// calls and clock moves, with the mock's own response check off so nothing is hidden behind a 500.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { VirtualClock } from "../../generator/runtime/mock-clock.ts";
import { awsCall, loadMocks, rpcCall, type Answer, type LoadedMocks } from "./helpers/calls.ts";

let m: LoadedMocks;
beforeAll(async () => {
  m = await loadMocks();
});

const instances = ["i-0123456789abcdef0", "i-0fedcba9876543210", "i-0aaaaaaaaaaaaaaaa", "mi-0123456789abcdef0"];
const scripts = ["echo hello", "uptime", "huge", "fail", "slow", "echo 'quoted' \"twice\"", "printf 'é\\u2028'"];
const outputs = [
  { match: "huge", stdout: "y".repeat(30_000), stderr: "z".repeat(9000) },
  { match: "fail", exitCode: 127, stderr: "not found" },
  { match: "slow", runMs: 120_000 },
];

type SsmAction =
  | { kind: "send"; script: string; targets: string[]; timeout?: number }
  | { kind: "advance"; ms: number }
  | { kind: "get"; pick: number; instance: number }
  | { kind: "list"; invocations: boolean; max?: number; details: boolean; status?: string; follow: boolean };

const ssmAction: fc.Arbitrary<SsmAction> = fc.oneof(
  fc.record({
    kind: fc.constant("send" as const),
    script: fc.constantFrom(...scripts),
    targets: fc.subarray(instances, { minLength: 1 }),
    timeout: fc.option(fc.integer({ min: 30, max: 200 }), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant("advance" as const), ms: fc.integer({ min: 0, max: 200_000 }) }),
  fc.record({ kind: fc.constant("get" as const), pick: fc.nat(), instance: fc.nat() }),
  fc.record({
    kind: fc.constant("list" as const),
    invocations: fc.boolean(),
    max: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
    details: fc.boolean(),
    status: fc.option(fc.constantFrom("Pending", "InProgress", "Success", "Failed", "TimedOut"), { nil: undefined }),
    follow: fc.boolean(),
  }),
);

describe("every SSM response validates against its output shape", () => {
  it("over random sessions", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ssmAction, { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 3000 }), async (actions, lagMs) => {
        const clock = new VirtualClock();
        const mock = m.ssm.createSsmMock({ clock, lagMs, checkResponses: false, state: { outputs } });
        const commands: string[] = ["0831e1a8-a1ac-4257-a1fd-c831b1234567"];
        let token: string | undefined;
        const check = (op: string, r: Answer) => {
          if (r.status === 200) expect(m.ssmValidators[`validate${op}Response`](r.body, { unknownMembers: "reject" }), op).toEqual([]);
          else {
            expect(r.status, JSON.stringify(r.body)).toBeLessThan(500);
            expect(typeof r.body.__type).toBe("string");
          }
        };
        for (const a of actions) {
          if (a.kind === "advance") clock.advance(a.ms);
          else if (a.kind === "send") {
            const r = await awsCall(mock.handle, "SendCommand", {
              DocumentName: "AWS-RunShellScript",
              InstanceIds: a.targets,
              TimeoutSeconds: a.timeout,
              Parameters: { commands: [a.script] },
            });
            check("SendCommand", r);
            if (r.status === 200) commands.push(r.body.Command.CommandId);
          } else if (a.kind === "get") {
            const input = { CommandId: commands[a.pick % commands.length], InstanceId: instances[a.instance % instances.length] };
            check("GetCommandInvocation", await awsCall(mock.handle, "GetCommandInvocation", input));
          } else {
            const op = a.invocations ? "ListCommandInvocations" : "ListCommands";
            const input: Record<string, unknown> = { MaxResults: a.max, NextToken: a.follow ? token : undefined };
            if (a.invocations) input.Details = a.details;
            if (a.status) input.Filters = [{ key: "Status", value: a.status }];
            const r = await awsCall(mock.handle, op, input);
            check(op, r);
            token = r.body?.NextToken;
          }
        }
        check(
          "GetMaintenanceWindowExecutionTaskInvocation",
          await awsCall(mock.handle, "GetMaintenanceWindowExecutionTaskInvocation", {
            WindowExecutionId: "555d3e7a-c2d8-4f53-9a6e-8b1f2c3d4e5f",
            TaskId: "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
            InvocationId: "c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f",
          }),
        );
      }),
      { numRuns: 60, seed: 20240514 },
    );
  });
});

type SwasAction =
  | { kind: "run"; script: string; server: number; timeout: number }
  | { kind: "advance"; ms: number }
  | { kind: "result"; pick: number; server: number }
  | { kind: "list"; server: number; page: number; size: number; status?: string };

const servers = ["2ad1ae67295445f598017499dc8a2d8c", "ace0706b2ac4454d984295a94213****", "3a658ca270df4df39f22e289b338****"];

const swasAction: fc.Arbitrary<SwasAction> = fc.oneof(
  fc.record({ kind: fc.constant("run" as const), script: fc.constantFrom(...scripts), server: fc.nat(), timeout: fc.integer({ min: 10, max: 300 }) }),
  fc.record({ kind: fc.constant("advance" as const), ms: fc.integer({ min: 0, max: 200_000 }) }),
  fc.record({ kind: fc.constant("result" as const), pick: fc.nat(), server: fc.nat() }),
  fc.record({
    kind: fc.constant("list" as const),
    server: fc.nat(),
    page: fc.integer({ min: 1, max: 4 }),
    size: fc.integer({ min: 1, max: 50 }),
    status: fc.option(fc.constantFrom("Running", "Finished", "Failed"), { nil: undefined }),
  }),
);

describe("every SWAS response validates against its output shape", () => {
  it("over random sessions", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(swasAction, { minLength: 1, maxLength: 25 }), async (actions) => {
        const clock = new VirtualClock();
        const mock = m.swas.createSwasMock({ clock, checkResponses: false, state: { outputs } });
        const invokes: string[] = ["t-sh02q4k7m3f6g8h", "t-bj02prjje65****"];
        const check = (op: string, r: Answer) => {
          if (r.status === 200) expect(m.swasValidators[`validate${op}Response`](r.body, { unknownMembers: "reject" }), op).toEqual([]);
          else {
            expect(r.status, JSON.stringify(r.body)).toBeLessThan(500);
            expect(Object.keys(r.body)).toEqual(["RequestId", "HostId", "Code", "Message", "Recommend"]);
          }
        };
        for (const a of actions) {
          const server = servers[("server" in a ? a.server : 0) % servers.length];
          if (a.kind === "advance") clock.advance(a.ms);
          else if (a.kind === "run") {
            const r = await rpcCall(mock.handle, "RunCommand", {
              RegionId: "cn-hangzhou",
              InstanceId: servers[a.server % servers.length],
              CommandContent: a.script,
              Name: "n",
              Type: "RunShellScript",
              Timeout: a.timeout,
            });
            check("RunCommand", r);
            if (r.status === 200) invokes.push(r.body.InvokeId);
          } else if (a.kind === "result") {
            const r = await rpcCall(mock.handle, "DescribeInvocationResult", {
              RegionId: "cn-hangzhou",
              InstanceId: servers[a.server % servers.length],
              InvokeId: invokes[a.pick % invokes.length],
            });
            check("DescribeInvocationResult", r);
          } else {
            const params: Record<string, string | number> = { RegionId: "cn-hangzhou", InstanceId: server, PageNumber: a.page, PageSize: a.size };
            if (a.status) params.InvokeStatus = a.status;
            check("DescribeInvocations", await rpcCall(mock.handle, "DescribeInvocations", params));
          }
        }
      }),
      { numRuns: 60, seed: 20200601 },
    );
  });
});
