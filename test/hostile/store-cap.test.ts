// The store's cap on executions created by requests: without it every SendCommand/RunCommand is kept
// forever, and a long session or a load test grows the heap without bound (about 1.2 KB per command).
import { describe, expect, it } from "vitest";
import { VirtualClock } from "../../generator/runtime/mock-clock.ts";
import { defaultMaxExecutions, MockStore } from "../../generator/runtime/mock-store.ts";
import { awsCall, loadMocks } from "../mock/helpers/calls.ts";

function send(store: MockStore, id: string, instances = 1): void {
  store.createCommand("svc", { id, script: "echo hi", instanceIds: Array.from({ length: instances }, (_, i) => `i-${i}`) });
}

describe("MockStore maxExecutions", () => {
  it("defaults to 10 000 executions per service", () => {
    expect(defaultMaxExecutions).toBe(10_000);
    expect(new MockStore().maxExecutions).toBe(10_000);
  });

  it("forgets the oldest created commands, whole, once their executions pass the cap", () => {
    const store = new MockStore({ clock: new VirtualClock(), maxExecutions: 5 });
    send(store, "a", 2);
    send(store, "b", 2);
    expect(store.size("svc")).toEqual({ commands: 2, createdExecutions: 4 });
    send(store, "c", 2); // 6 > 5: "a" goes
    expect(store.commands("svc").map((c) => c.id)).toEqual(["c", "b"]);
    expect(store.command("svc", "a")).toBeUndefined();
    expect(store.visibleExecution("svc", "a", "i-0")).toBeUndefined();
    expect(store.size("svc")).toEqual({ commands: 2, createdExecutions: 4 });
    send(store, "d", 1); // 5: nothing goes
    expect(store.size("svc")).toEqual({ commands: 3, createdExecutions: 5 });
  });

  it("keeps a single command larger than the cap, and seeds whatever the traffic", () => {
    const store = new MockStore({ clock: new VirtualClock(), maxExecutions: 3 });
    const seed = store.seedCommand("svc", "seed", { createdAt: 0 });
    store.seedExecution(seed, { instanceId: "i-seed" });
    for (let i = 0; i < 100; i++) send(store, `c${i}`);
    expect(store.command("svc", "seed")).toBeDefined();
    expect(store.commands("svc").map((c) => c.id)).toEqual(["c99", "c98", "c97", "seed"]);
    send(store, "big", 7);
    expect(store.commands("svc").map((c) => c.id)).toEqual(["big", "seed"]);
    expect(store.size("svc")).toEqual({ commands: 2, createdExecutions: 7 });
  });

  it("a command created again under the same id replaces the old one in the count", () => {
    const store = new MockStore({ clock: new VirtualClock(), maxExecutions: 3 });
    send(store, "a", 2);
    send(store, "a", 3);
    expect(store.size("svc")).toEqual({ commands: 1, createdExecutions: 3 });
    send(store, "b", 1); // 4 > 3: the second "a" goes, and only it
    expect(store.commands("svc").map((c) => c.id)).toEqual(["b"]);
    expect(store.size("svc")).toEqual({ commands: 1, createdExecutions: 1 });
  });

  it("counts each service on its own", () => {
    const store = new MockStore({ clock: new VirtualClock(), maxExecutions: 2 });
    for (const space of ["ssm", "swas"]) for (let i = 0; i < 5; i++) store.createCommand(space, { id: `${space}${i}`, script: "", instanceIds: ["i-1"] });
    expect([store.size("ssm"), store.size("swas")]).toEqual([
      { commands: 2, createdExecutions: 2 },
      { commands: 2, createdExecutions: 2 },
    ]);
  });

  it("an evicted command answers as the service answers an unknown one", async () => {
    const m = await loadMocks();
    const store = new MockStore({ clock: new VirtualClock(), maxExecutions: 1 });
    const ssm = m.ssm.createSsmMock({ store, seedExamples: false });
    const input = { DocumentName: "AWS-RunShellScript", InstanceIds: ["i-0123456789abcdef0"], Parameters: { commands: ["echo hi"] } };
    const first = await awsCall(ssm.handle, "SendCommand", input);
    const second = await awsCall(ssm.handle, "SendCommand", input);
    const get = (id: string) => awsCall(ssm.handle, "GetCommandInvocation", { CommandId: id, InstanceId: "i-0123456789abcdef0" });
    expect((await get(second.body.Command.CommandId)).status).toBe(200);
    const gone = await get(first.body.Command.CommandId);
    expect([gone.status, gone.body.__type]).toEqual([400, "InvalidCommandId"]);
  });
});
