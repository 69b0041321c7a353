// Retries: exponential backoff with full jitter, a bounded number of attempts, and only for failures
// that another attempt can fix (throttling, 5xx, 429, dropped connections, errors the spec marks retryable).
import { abortable } from "./transport.js";
export const defaultRetryOptions = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 20_000 };
/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (and then stops the timer). */
export function sleep(ms, signal) {
    let timer;
    const waiting = new Promise((resolve) => {
        timer = setTimeout(resolve, ms);
    });
    return abortable(waiting, signal).finally(() => clearTimeout(timer));
}
export const systemClock = { random: Math.random, sleep };
/** Full jitter: uniform in [0, min(maxDelayMs, baseDelayMs · 2^(retry − 1))] before retry number `retry` (1-based). */
export function backoffDelay(retry, options, random) {
    const base = options.baseDelayMs ?? defaultRetryOptions.baseDelayMs;
    const max = options.maxDelayMs ?? defaultRetryOptions.maxDelayMs;
    return Math.floor(random() * Math.min(max, base * 2 ** (retry - 1)));
}
/** Whether another attempt may succeed where this one failed. */
export function isRetryable(error) {
    if (!error || typeof error !== "object")
        return false;
    const e = error;
    if (e.retryable === true || e.throttling === true)
        return true;
    return typeof e.$status === "number" && (e.$status >= 500 || e.$status === 429);
}
/**
 * Runs `attempt` until it succeeds, fails for good, or `maxAttempts` is reached; the last error is
 * thrown. An abort ends the wait between attempts at once.
 */
export async function withRetries(attempt, options, signal, clock = systemClock) {
    const maxAttempts = Math.max(1, Math.floor(options?.maxAttempts ?? defaultRetryOptions.maxAttempts));
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            if (n >= maxAttempts || !isRetryable(error) || signal?.aborted)
                throw error;
            await clock.sleep(backoffDelay(n, options ?? {}, clock.random), signal);
        }
    }
}
