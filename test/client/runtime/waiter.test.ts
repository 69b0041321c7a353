// The waiter engine on a virtual clock: acceptor matching, the delay schedule, the deadline.
import { describe, expect, it } from "vitest";
import { type Acceptor, matchAcceptor, valueAt, waiterDelay, waitFor, WaiterFailureError, WaiterTimeoutError, type WaiterClock } from "../../../generator/runtime/waiter.ts";

function virtualClock(random = 1): WaiterClock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return { slept, now: () => now, random: () => random, sleep: async (ms) => void (slept.push(ms), (now += ms)) };
}

const acceptors: Acceptor[] = [
  { state: "retry", matcher: "path", argument: "A.Status", expected: "Pending" },
  { state: "success", matcher: "path", argument: "A.Status", expected: "Done" },
  { state: "failure", matcher: "path", argument: "A.Status", expected: "Broken" },
  { state: "retry", matcher: "error", expected: "NotYet" },
  { state: "success", matcher: "path", argument: "Count", expected: 0 },
  { state: "failure", matcher: "path", argument: "Flag", expected: true },
];
const spec = { name: "Thing", minDelay: 2, maxDelay: 30, maxAttempts: 10, acceptors };

describe("matching", () => {
  it("valueAt follows a dotted path through own members only", () => {
    expect(valueAt({ A: { Status: "x" } }, "A.Status")).toBe("x");
    expect(valueAt({ A: null }, "A.Status")).toBeUndefined();
    expect(valueAt({}, "constructor")).toBeUndefined();
  });
  it.each([
    [{ output: { A: { Status: "Done" } }, failed: false }, 1],
    [{ output: { A: { Status: "Pending" } }, failed: false }, 0],
    [{ output: { Count: 0 }, failed: false }, 4],
    [{ output: { Flag: true }, failed: false }, 5],
    [{ output: { Flag: "true" }, failed: false }, -1],
    [{ error: { code: "NotYet" }, failed: true }, 3],
    [{ error: Object.assign(new Error("x"), { name: "NotYet" }), failed: true }, 3],
    [{ error: { code: "Other" }, failed: true }, -1],
  ])("%j matches acceptor %i", (outcome, index) => {
    expect(matchAcceptor(acceptors, outcome)).toBe(index < 0 ? undefined : acceptors[index]);
  });
});

describe("waiterDelay", () => {
  it("grows exponentially from minDelay up to maxDelay (random at the top of the range)", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => waiterDelay(n, 2, 30, 1000, () => 1))).toEqual([2, 4, 8, 16, 30, 30, 30]);
  });
  it("is drawn from [minDelay, cap]", () => {
    expect(waiterDelay(3, 2, 30, 1000, () => 0)).toBe(2);
    expect(waiterDelay(3, 2, 30, 1000, () => 0.5)).toBe(5);
  });
  it("never sleeps past the point where one more attempt still fits", () => {
    expect(waiterDelay(5, 2, 30, 10, () => 1)).toBe(8);
  });
});

describe("waitFor", () => {
  it("retries on retry acceptors and unmatched outputs, succeeds on success", async () => {
    const answers = [{ A: { Status: "Pending" } }, { Unrelated: 1 }, { A: { Status: "Done" } }];
    const clock = virtualClock();
    const result = await waitFor(spec, async () => answers.shift(), { maxWaitTime: 100 }, clock);
    expect(result).toEqual({ output: { A: { Status: "Done" } }, error: undefined, attempts: 3 });
    expect(clock.slept).toEqual([2000, 4000]);
  });

  it("a retry error matcher keeps waiting", async () => {
    let n = 0;
    const result = await waitFor(spec, async () => (++n < 3 ? Promise.reject({ code: "NotYet" }) : { A: { Status: "Done" } }), {}, virtualClock());
    expect(result.attempts).toBe(3);
  });

  it("a failure acceptor throws WaiterFailureError with the output", async () => {
    const error = await waitFor(spec, async () => ({ A: { Status: "Broken" } }), {}, virtualClock()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterFailureError);
    expect(error).toMatchObject({ attempts: 1, output: { A: { Status: "Broken" } }, message: "waiter Thing failed after 1 attempt(s): A.Status is Broken" });
  });

  it("an unexpected error is thrown as it is", async () => {
    const boom = new Error("boom");
    await expect(waitFor(spec, () => Promise.reject(boom), {}, virtualClock())).rejects.toBe(boom);
  });

  it("the default maxWaitTime is delay × maxAttempts, and the deadline is never overslept", async () => {
    const clock = virtualClock();
    const error = await waitFor(spec, async () => ({ A: { Status: "Pending" } }), {}, clock).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(error).toMatchObject({ output: { A: { Status: "Pending" } } });
    expect(clock.now()).toBeLessThanOrEqual(20_000);
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBe(18_000);
  });

  it("options override the spec's delays", async () => {
    const clock = virtualClock();
    let n = 0;
    await waitFor(spec, async () => (++n < 4 ? { A: { Status: "Pending" } } : { A: { Status: "Done" } }), { minDelay: 1, maxDelay: 3, maxWaitTime: 60 }, clock);
    expect(clock.slept).toEqual([1000, 2000, 3000]);
  });

  it("an aborted signal stops before the next attempt", async () => {
    const controller = new AbortController();
    let calls = 0;
    const waiting = waitFor(
      spec,
      async () => {
        calls++;
        controller.abort(new Error("stop"));
        return { A: { Status: "Pending" } };
      },
      { signal: controller.signal },
      virtualClock(),
    );
    await expect(waiting).rejects.toThrow("stop");
    expect(calls).toBe(1);
  });
});
