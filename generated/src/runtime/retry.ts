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

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (and then stops the timer). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return abortable(
    new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
    signal,
  ).finally(() => clearTimeout(timer));
}

/**
 * Full jitter: uniform in [0, min(maxDelayMs, baseDelayMs · 2^(retry − 1))] before retry number `retry`
 * (1-based), but at least `atLeastMs` (the wait a service asked for) when that is within maxDelayMs.
 */
export function backoffDelay(
  retry: number,
  { baseDelayMs = 100, maxDelayMs = 20_000 }: RetryOptions,
  random: () => number,
  atLeastMs = 0,
): number {
  return Math.min(
    maxDelayMs,
    Math.max(
      atLeastMs,
      Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1))),
    ),
  );
}

interface MaybeRetryable {
  retryable?: unknown;
  throttling?: unknown;
  $status?: unknown;
  retryAfterMs?: number;
}

/** Whether another attempt may succeed where this one failed. */
export function isRetryable(error: unknown): boolean {
  const e = error as MaybeRetryable | undefined;
  const status = e?.$status;
  return (
    e?.retryable === true ||
    e?.throttling === true ||
    (typeof status === "number" && (status >= 500 || status === 429))
  );
}

/**
 * Runs `attempt` until it succeeds, fails for good, or `maxAttempts` is reached; the last error is
 * thrown. An abort ends the wait between attempts at once.
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  options: RetryOptions = {},
  signal: AbortSignal | undefined,
  clock: RetryClock = { random: Math.random, sleep },
): Promise<T> {
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? 3));
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (n >= maxAttempts || !isRetryable(error) || signal?.aborted) throw error;
      await clock.sleep(
        backoffDelay(n, options, clock.random, (error as MaybeRetryable).retryAfterMs),
        signal,
      );
    }
  }
}
