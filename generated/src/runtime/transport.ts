// Sending one request with the standard fetch (or an injected one), and the call's deadline:
// a timeout or an abort ends the call at once, even if the fetch in use ignores its signal.
import { NetworkError, TimeoutError } from "./errors.js";

export interface HttpRequest {
  method: string;
  url: string;
  /** Headers to send. `host` and `content-length` are left to fetch, which derives them from the URL and body. */
  headers: Record<string, string>;
  body?: string | undefined;
}

export interface HttpResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: string;
}

/** The part of a fetch Response a client reads. */
export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** `globalThis.fetch`, or anything that answers like it. */
export type FetchLike = (url: string, init: RequestInit) => Promise<FetchResponseLike>;

/** Rejects with the signal's reason the moment it aborts, whatever `promise` does. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

export async function send(
  fetchFn: FetchLike,
  request: HttpRequest,
  signal: AbortSignal | undefined,
): Promise<HttpResponse> {
  try {
    const response = await abortable(
      fetchFn(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal,
      }),
      signal,
    );
    return {
      status: response.status,
      headers: response.headers,
      body: await abortable(response.text(), signal),
    };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    // The query is left out of the message: RPC requests carry parameters and signatures there.
    throw new NetworkError(
      `${request.method} ${request.url.split("?")[0]} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/** The signal one call runs under: the caller's signal and the timeout, whichever comes first. */
export interface CallScope {
  signal: AbortSignal | undefined;
  end(): void;
}

export function callScope(
  signal: AbortSignal | undefined,
  timeoutMs: number | undefined,
): CallScope {
  // Without a timeout the caller's signal (or none) is the scope: nothing to set up per call.
  if (!(timeoutMs! > 0)) return { signal, end() {} };
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new TimeoutError(`the call did not finish within ${timeoutMs} ms`)),
    timeoutMs,
  );
  const onAbort = (): void => controller.abort(signal!.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    end() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    },
  };
}
