import { NetworkError, TimeoutError } from "./errors.js";
function abortable(promise, signal) {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
async function send(fetchFn, request, signal) {
  const init = { method: request.method, headers: request.headers };
  if (request.body !== void 0) init.body = request.body;
  if (signal) init.signal = signal;
  let response;
  let body;
  try {
    response = await abortable(fetchFn(request.url, init), signal);
    body = await abortable(response.text(), signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new NetworkError(
      `${request.method} ${request.url.split("?")[0]} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error }
    );
  }
  return { status: response.status, headers: response.headers, body };
}
const noScope = { signal: void 0, end() {
} };
function callScope(signal, timeoutMs) {
  if (timeoutMs === void 0 || !(timeoutMs > 0)) return signal ? { signal, end() {
  } } : noScope;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new TimeoutError(`the call did not finish within ${timeoutMs} ms`)),
    timeoutMs
  );
  const onAbort = () => controller.abort(signal.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    end() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  };
}
export {
  abortable,
  callScope,
  send
};
