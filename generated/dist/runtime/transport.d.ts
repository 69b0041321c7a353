export interface HttpRequest {
  method: string;
  url: string;
  /** Headers to send. `host` and `content-length` are left to fetch, which derives them from the URL and body. */
  headers: Record<string, string>;
  body?: string | undefined;
}
export interface HttpResponse {
  status: number;
  headers: {
    get(name: string): string | null;
  };
  body: string;
}
/** The part of a fetch Response a client reads. */
export interface FetchResponseLike {
  status: number;
  headers: {
    get(name: string): string | null;
  };
  text(): Promise<string>;
}
/** `globalThis.fetch`, or anything that answers like it. */
export type FetchLike = (url: string, init: RequestInit) => Promise<FetchResponseLike>;
/** Rejects with the signal's reason the moment it aborts, whatever `promise` does. */
export declare function abortable<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T>;
export declare function send(
  fetchFn: FetchLike,
  request: HttpRequest,
  signal: AbortSignal | undefined,
): Promise<HttpResponse>;
/** The signal one call runs under: the caller's signal and the timeout, whichever comes first. */
export interface CallScope {
  signal: AbortSignal | undefined;
  end(): void;
}
export declare function callScope(
  signal: AbortSignal | undefined,
  timeoutMs: number | undefined,
): CallScope;
