// The store and its helpers on their own: lifecycle on a virtual clock, output rules, paging cursors,
// text helpers, request ids.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VirtualClock } from "../../generator/runtime/mock-clock.ts";
import { FaultInjector } from "../../generator/runtime/mock-faults.ts";
import { requestIdSource } from "../../generator/runtime/mock-operation.ts";
import { numberedPage, tokenPage } from "../../generator/runtime/mock-paging.ts";
import { base64Utf8, echoed, fromBase64Utf8, isoSeconds, MockStore, truncate } from "../../generator/runtime/mock-store.ts";

describe("MockStore", () => {
  it("computes each execution's phase from the clock, with one timeline per instance", () => {
    const clock = new VirtualClock(0);
    const store = new MockStore({ clock, pendingMs: 100, runMs: 200, outputs: [{ instanceId: "b", runMs: 1000 }] });
    const c = store.createCommand("svc", { id: "c1", script: "echo x", instanceIds: ["a", "b"] });
    const phases = () => c.executions.map((e) => store.phase(e));
    expect(phases()).toEqual(["pending", "pending"]);
    clock.advance(100);
    expect(phases()).toEqual(["running", "running"]);
    clock.advance(200);
    expect(phases()).toEqual(["finished", "running"]);
    clock.advance(1000);
    expect(phases()).toEqual(["finished", "finished"]);
  });

  it("keeps fresh executions out of reads for the lag, and seeds never", () => {
    const clock = new VirtualClock(0);
    const store = new MockStore({ clock, lagMs: 50 });
    store.createCommand("svc", { id: "c1", script: "", instanceIds: ["a"] });
    const seeded = store.seedCommand("svc", "c0", { createdAt: 10_000 });
    store.seedExecution(seeded, { instanceId: "a", pinned: "Success" });
    expect(store.visibleExecutions("svc").map((e) => e.commandId)).toEqual(["c0"]);
    expect(store.visibleExecution("svc", "c1", "a")).toBeUndefined();
    clock.advance(50);
    expect(store.visibleExecution("svc", "c1", "a")?.commandId).toBe("c1");
  });

  it("times out a run longer than the timeout", () => {
    const store = new MockStore({ clock: new VirtualClock(0), pendingMs: 0, runMs: 5000 });
    const [e] = store.createCommand("svc", { id: "c", script: "", instanceIds: ["a"], timeoutMs: 1000 }).executions;
    expect([e.timedOut, e.endAt - e.startAt, e.exitCode]).toEqual([true, 1000, -1]);
  });

  it("lets state rules come before rules given in code, and keeps services apart", () => {
    const store = new MockStore({ outputs: [{ match: "x", stdout: "code" }] });
    store.applyState({ outputs: [{ match: "/^x$/", stdout: "state" }], timing: { lagMs: 7 } });
    expect(store.plan("x", "i").stdout).toBe("state");
    expect(store.plan("xy", "i").stdout).toBe("code");
    expect(store.lagMs).toBe(7);
    store.setManagedInstances("a", [{ id: "i-1" }]);
    expect([store.isManaged("a", "i-2"), store.isManaged("b", "i-2")]).toEqual([false, true]);
  });

  it("replaces a placeholder execution with the first detailed seed", () => {
    const store = new MockStore({ clock: new VirtualClock(0) });
    const c = store.seedCommand("svc", "c", { createdAt: 0, meta: { DocumentName: "D" } });
    store.seedExecution(c, { instanceId: "a", pinned: "Success", placeholder: true });
    store.seedExecution(c, { instanceId: "a", pinned: "Failed", exitCode: 2, stdout: "out" });
    store.seedExecution(c, { instanceId: "a", pinned: "Success", stdout: "ignored" });
    expect(c.executions).toHaveLength(1);
    expect(c.executions[0]).toMatchObject({ pinned: "Failed", exitCode: 2, stdout: "out" });
  });
});

describe("text helpers", () => {
  it("isoSeconds agrees with Date for any time from 0001 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: -62135596800000, max: 253402300799999 }), (ms) => {
        expect(isoSeconds(ms)).toBe(new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z"));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it("truncate counts code points, as the specs count length", () => {
    expect(truncate("😀😀😀", 2)).toBe("😀😀");
    expect(truncate("abc", 5)).toBe("abc");
  });

  it("echoed prints echo lines, unquoted, and nothing else", () => {
    expect(echoed("echo 'a b'\nls\n  echo \"c\"\necho d  ")).toBe("a b\nc\nd\n");
  });

  it("base64 round-trips UTF-8", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(fromBase64Utf8(base64Utf8(s))).toBe(s);
      }), { seed: 3 });
    expect(base64Utf8("admin\n")).toBe("YWRtaW4K");
    expect(fromBase64Utf8("%%%")).toBeUndefined();
  });
});

describe("paging", () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ createdAt: 100 - i, seq: 100 - i }));

  it("token pages cover every item once and end without a token", () => {
    const seen: number[] = [];
    let token: string | undefined;
    do {
      const page = tokenPage(items, 3, token);
      if ("invalidToken" in page) throw new Error("invalid");
      seen.push(...page.items.map((i) => i.seq));
      token = page.nextToken;
    } while (token);
    expect(seen).toEqual(items.map((i) => i.seq));
  });

  it("rejects tokens it did not issue", () => {
    for (const t of ["", "x", btoa("other:1:2"), btoa("opspec-mock:1:a:b")]) expect(tokenPage(items, 3, t)).toEqual({ invalidToken: true });
  });

  it("numbered pages are empty past the end", () => {
    expect(numberedPage(items, 3, 3).map((i) => i.seq)).toEqual([94]);
    expect(numberedPage(items, 4, 3)).toEqual([]);
  });
});

describe("request ids and faults", () => {
  it("request ids are UUID-shaped and distinct", () => {
    const next = requestIdSource();
    const ids = Array.from({ length: 1000 }, next);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids.slice(0, 5)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("a fault rule applies by operation or by service and operation", async () => {
    const f = new FaultInjector({ Op: { error: "A" }, "svc.Op": { error: "B" } }, new VirtualClock(0), () => 0);
    const codes = { throttling: "T", internal: "I" };
    expect((await f.apply("svc", "Op", codes))?.code).toBe("B");
    expect((await f.apply("other", "Op", codes))?.code).toBe("A");
    expect(await f.apply("other", "Else", codes)).toBeUndefined();
  });
});
