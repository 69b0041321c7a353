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
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
/**
 * Full jitter: uniform in [0, min(maxDelayMs, baseDelayMs · 2^(retry − 1))] before retry number `retry`
 * (1-based), but at least `atLeastMs` (the wait a service asked for) when that is within maxDelayMs.
 */
export declare function backoffDelay(
  retry: number,
  { baseDelayMs, maxDelayMs }: RetryOptions,
  random: () => number,
  atLeastMs?: number,
): number;
/** Whether another attempt may succeed where this one failed. */
export declare function isRetryable(error: unknown): boolean;
/**
 * Runs `attempt` until it succeeds, fails for good, or `maxAttempts` is reached; the last error is
 * thrown. An abort ends the wait between attempts at once.
 */
export declare function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  options: RetryOptions,
  signal: AbortSignal | undefined,
  clock?: RetryClock,
): Promise<T>;
