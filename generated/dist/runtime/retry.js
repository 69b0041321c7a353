// Retries: exponential backoff with full jitter, a bounded number of attempts, and only for failures
// that another attempt can fix (throttling, 5xx, 429, dropped connections, errors the spec marks retryable).
import { abortable } from "./transport.js";
/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (and then stops the timer). */
export function sleep(ms, signal) {
	let timer;
	return abortable(new Promise((resolve) => timer = setTimeout(resolve, ms)), signal).finally(() => clearTimeout(timer));
}
/**
* Full jitter: uniform in [0, min(maxDelayMs, baseDelayMs · 2^(retry − 1))] before retry number `retry`
* (1-based), but at least `atLeastMs` (the wait a service asked for) when that is within maxDelayMs.
*/
export function backoffDelay(retry, { baseDelayMs = 100, maxDelayMs = 2e4 }, random, atLeastMs = 0) {
	return Math.min(maxDelayMs, Math.max(atLeastMs, Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1)))));
}
/** Whether another attempt may succeed where this one failed. */
export function isRetryable(error) {
	const e = error;
	const status = e?.$status;
	return e?.retryable === true || e?.throttling === true || typeof status === "number" && (status >= 500 || status === 429);
}
/**
* Runs `attempt` until it succeeds, fails for good, or `maxAttempts` is reached; the last error is
* thrown. An abort ends the wait between attempts at once.
*/
export async function withRetries(attempt, options = {}, signal, clock = {
	random: Math.random,
	sleep
}) {
	const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? 3));
	for (let n = 1;; n++) {
		try {
			return await attempt(n);
		} catch (error) {
			if (n >= maxAttempts || !isRetryable(error) || signal?.aborted) throw error;
			await clock.sleep(backoffDelay(n, options, clock.random, error.retryAfterMs), signal);
		}
	}
}
