// Retries: exponential backoff with full jitter, a bounded number of attempts, and only for failures
// that another attempt can fix (throttling, 5xx, 429, dropped connections, errors the spec marks retryable).
import { abortable } from "./transport.js";

export interface RetryOptions {
  /** Attempts in total, the first included (default 3; 1 turns retries off). */
  maxAttempts?: number | undefined;
  /** Backoff before the second attempt is drawn from [0, baseDelayMs] (default 100). */
  baseDelayMs?: number | undefined;
  /** Upper bound of any backoff (default 20 000). */
  maxDelayMs?: number | undefined;
}

/** Where randomness and waiting come from; tests replace both. */
export interface RetryClock {
  random(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const defaultRetryOptions: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number } =
  { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 20_000 };

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (and then stops the timer). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waiting = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return abortable(waiting, signal).finally(() => clearTimeout(timer));
}

export const systemClock: RetryClock = { random: Math.random, sleep };

/** Full jitter: uniform in [0, min(maxDelayMs, baseDelayMs · 2^(retry − 1))] before retry number `retry` (1-based). */
export function backoffDelay(retry: number, options: RetryOptions, random: () => number): number {
  const base = options.baseDelayMs ?? defaultRetryOptions.baseDelayMs;
  const max = options.maxDelayMs ?? defaultRetryOptions.maxDelayMs;
  return Math.floor(random() * Math.min(max, base * 2 ** (retry - 1)));
}

interface MaybeRetryable {
  retryable?: unknown;
  throttling?: unknown;
  $status?: unknown;
}

/** Whether another attempt may succeed where this one failed. */
export function isRetryable(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as MaybeRetryable;
  if (e.retryable === true || e.throttling === true) return true;
  return typeof e.$status === "number" && (e.$status >= 500 || e.$status === 429);
}

/**
 * Runs `attempt` until it succeeds, fails for good, or `maxAttempts` is reached; the last error is
 * thrown. An abort ends the wait between attempts at once.
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  options: RetryOptions | undefined,
  signal: AbortSignal | undefined,
  clock: RetryClock = systemClock,
): Promise<T> {
  const maxAttempts = Math.max(
    1,
    Math.floor(options?.maxAttempts ?? defaultRetryOptions.maxAttempts),
  );
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (n >= maxAttempts || !isRetryable(error) || signal?.aborted) throw error;
      await clock.sleep(backoffDelay(n, options ?? {}, clock.random), signal);
    }
  }
}
