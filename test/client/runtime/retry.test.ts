// Backoff bounds, which failures are retried, and the attempt count, with injected randomness and sleep.
import { describe, expect, it } from "vitest";
import { NetworkError, ServiceError, TimeoutError } from "../../../generator/runtime/errors.ts";
import { backoffDelay, isRetryable, type RetryClock, sleep, withRetries } from "../../../generator/runtime/retry.ts";

function recordingClock(random = 0.5): RetryClock & { slept: number[] } {
  const slept: number[] = [];
  return { slept, random: () => random, sleep: async (ms) => void slept.push(ms) };
}

const serverError = () => new ServiceError({ code: "InternalError", message: "boom", $status: 500 });

describe("backoffDelay: full jitter", () => {
  it.each([
    [1, 0.999, 99],
    [2, 0.999, 199],
    [3, 0.5, 200],
    [20, 1, 20_000],
    [20, 0, 0],
  ])("retry %i with random %f waits %i ms (base 100, cap 20 000)", (retry, random, want) => {
    expect(backoffDelay(retry, {}, () => random)).toBe(want);
  });
  it("waits at least what the service asked for (x-acs-retry-after), never past maxDelayMs", () => {
    expect(backoffDelay(1, {}, () => 0.5, 2000)).toBe(2000);
    expect(backoffDelay(3, {}, () => 1, 10)).toBe(400);
    expect(backoffDelay(1, { maxDelayMs: 1500 }, () => 0.5, 2000)).toBe(1500);
  });
  it("honours baseDelayMs and maxDelayMs", () => {
    expect(backoffDelay(4, { baseDelayMs: 10, maxDelayMs: 50 }, () => 1)).toBe(50);
    expect(backoffDelay(2, { baseDelayMs: 10, maxDelayMs: 50 }, () => 1)).toBe(20);
  });
});

describe("isRetryable", () => {
  it.each([
    ["a 5xx service error", serverError(), true],
    ["a 429", new ServiceError({ code: "TooMany", message: "", $status: 429 }), true],
    ["a throttling code on a 400", new ServiceError({ code: "ThrottlingException", message: "", $status: 400 }), true],
    ["an Alibaba throttling code", new ServiceError({ code: "Throttling.User", message: "", $status: 400 }), true],
    ["a client error", new ServiceError({ code: "InvalidCommandId", message: "", $status: 400 }), false],
    ["a network error", new NetworkError("reset"), true],
    ["a timeout", new TimeoutError("slow"), false],
    ["a plain Error", new Error("x"), false],
    ["a non-object", "boom", false],
  ])("%s → %s", (_, error, want) => {
    expect(isRetryable(error)).toBe(want);
  });
});

describe("withRetries", () => {
  it("stops at maxAttempts and throws the last error, sleeping between attempts only", async () => {
    const clock = recordingClock(1);
    let calls = 0;
    const error = await withRetries(
      async () => {
        calls++;
        throw serverError();
      },
      { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 1000 },
      undefined,
      clock,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(calls).toBe(4);
    expect(clock.slept).toEqual([10, 20, 40]);
  });

  it("a throttling answer carrying a retry-after is retried after that wait", async () => {
    const clock = recordingClock(0);
    let calls = 0;
    const result = await withRetries(
      async () => {
        if (++calls === 1) throw new ServiceError({ code: "Throttling.User", message: "", $status: 400, retryAfterMs: 750 });
        return "ok";
      },
      {},
      undefined,
      clock,
    );
    expect(result).toBe("ok");
    expect(clock.slept).toEqual([750]);
  });

  it("returns the first success", async () => {
    const clock = recordingClock();
    const result = await withRetries(async (n) => (n < 3 ? Promise.reject(new NetworkError("x")) : "ok"), {}, undefined, clock);
    expect(result).toBe("ok");
    expect(clock.slept).toHaveLength(2);
  });

  it("does not retry what cannot succeed", async () => {
    const clock = recordingClock();
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw new ServiceError({ code: "ValidationException", message: "", $status: 400 });
        },
        {},
        undefined,
        clock,
      ),
    ).rejects.toBeInstanceOf(ServiceError);
    expect(calls).toBe(1);
  });

  it("at least one attempt, whatever maxAttempts says", async () => {
    let calls = 0;
    await withRetries(async () => void calls++, { maxAttempts: 0 }, undefined, recordingClock());
    expect(calls).toBe(1);
  });

  it("an aborted signal stops retrying", async () => {
    const controller = new AbortController();
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          controller.abort();
          throw serverError();
        },
        {},
        controller.signal,
        recordingClock(),
      ),
    ).rejects.toBeInstanceOf(ServiceError);
    expect(calls).toBe(1);
  });
});

describe("sleep", () => {
  it("rejects with the reason when aborted, at once", async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
  });
  it("rejects at once on an already aborted signal", async () => {
    await expect(sleep(60_000, AbortSignal.abort(new Error("before")))).rejects.toThrow("before");
  });
  it("resolves after the delay otherwise", async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });
});
