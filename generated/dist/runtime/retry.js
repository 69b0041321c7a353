import { abortable } from "./transport.js";
const defaultRetryOptions = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 2e4 };
function sleep(ms, signal) {
  let timer;
  const waiting = new Promise((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return abortable(waiting, signal).finally(() => clearTimeout(timer));
}
const systemClock = { random: Math.random, sleep };
function backoffDelay(retry, options, random) {
  const base = options.baseDelayMs ?? defaultRetryOptions.baseDelayMs;
  const max = options.maxDelayMs ?? defaultRetryOptions.maxDelayMs;
  return Math.floor(random() * Math.min(max, base * 2 ** (retry - 1)));
}
function isRetryable(error) {
  if (!error || typeof error !== "object") return false;
  const e = error;
  if (e.retryable === true || e.throttling === true) return true;
  return typeof e.$status === "number" && (e.$status >= 500 || e.$status === 429);
}
async function withRetries(attempt, options, signal, clock = systemClock) {
  const maxAttempts = Math.max(
    1,
    Math.floor(options?.maxAttempts ?? defaultRetryOptions.maxAttempts)
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
export {
  backoffDelay,
  defaultRetryOptions,
  isRetryable,
  sleep,
  systemClock,
  withRetries
};
