export type Fault = "client" | "server";
/** What the spec says about an error; generated error classes pass it to the base constructor. */
export interface ErrorMeta {
  /** The class name, kept as data because minifiers rename classes. */
  name: string;
  status: number;
  /** The code on the wire (default: the name). */
  code?: string;
  /** Default: "server" for 5xx statuses, else "client". */
  fault?: Fault;
  /** Default false. */
  retryable?: boolean;
  /** Default false. */
  throttling?: boolean;
}
/** What a response said about an error. */
export interface ErrorInit {
  message: string;
  code: string;
  $status?: number | undefined;
  requestId?: string | undefined;
  /** The parsed error body (its members as the service sent them). */
  details?: Record<string, unknown> | undefined;
  /** How long the service asked the client to wait before retrying (Alibaba Cloud's `x-acs-retry-after`, in milliseconds); such an error is throttling. */
  retryAfterMs?: number | undefined;
  cause?: unknown;
}
export declare function isThrottlingCode(code: string): boolean;
/** Base of every error a service answers with; each service has a subclass, each spec error one more. */
export declare class ServiceError extends Error {
  readonly name: string;
  readonly code: string;
  readonly fault: Fault;
  /** The spec marks the error as safe to retry; for unknown codes: throttling and 5xx answers. */
  readonly retryable: boolean;
  readonly throttling: boolean;
  readonly $status: number | undefined;
  readonly requestId: string | undefined;
  readonly details: Readonly<Record<string, unknown>>;
  /** The wait the service asked for before a retry, in milliseconds; retries wait at least this long (up to `maxDelayMs`). */
  readonly retryAfterMs: number | undefined;
  constructor(init: ErrorInit, meta?: ErrorMeta);
}
/** The class of one spec error, as generated code declares it: `instanceof` works, and `code` is its wire code. */
export interface ErrorClass<E extends ServiceError = ServiceError> {
  new (init: ErrorInit): E;
  readonly prototype: E;
  readonly code: string;
}
/**
 * Makes the class of one spec error, a subclass of the service's base class. Generated code calls
 * this once per error instead of declaring a class each, which keeps bundles small.
 */
export declare function errorClass<E extends ServiceError>(
  base: new (init: ErrorInit, meta?: ErrorMeta) => ServiceError,
  name: string,
  status: number,
  more?: Omit<ErrorMeta, "name" | "status">,
): ErrorClass<E>;
/** One problem found by a generated validator (the validators module returns a list of these). */
export interface ViolationLike {
  path: string;
  message: string;
  keyword?: string;
}
declare class ClientSideError extends Error {
  readonly fault: Fault;
  readonly retryable: boolean;
}
/** The input failed the spec's constraints; nothing was sent. */
export declare class InputValidationError extends ClientSideError {
  override readonly name: string;
  readonly violations: readonly ViolationLike[];
  constructor(operation: string, violations: readonly ViolationLike[], secrets: readonly string[]);
}
/** The response does not match the spec's output (only checked when `validateOutput` is on). */
export declare class OutputValidationError extends Error {
  override readonly name: string;
  readonly fault: Fault;
  readonly retryable: boolean;
  readonly violations: readonly ViolationLike[];
  readonly output: unknown;
  constructor(
    operation: string,
    violations: readonly ViolationLike[],
    output: unknown,
    secrets: readonly string[],
  );
}
/** The request could not be sent or its answer not read (connection refused, reset, DNS); retried. */
export declare class NetworkError extends ClientSideError {
  override readonly name: string;
  override readonly retryable: boolean;
}
/** The call did not finish within `timeoutMs`; it ended at once, without further attempts. */
export declare class TimeoutError extends ClientSideError {
  override readonly name: string;
}
/**
 * Replaces every secret in `text` with `***`. Secrets shorter than four characters are left alone:
 * masking every "a" or "1" would garble the message while protecting nothing.
 */
export declare function redact(text: string, secrets: readonly string[]): string;
/** A copy of an error body with every string redacted (a JSON round trip keeps odd keys such as `__proto__` as data). */
export declare function redactDetails(
  details: Record<string, unknown>,
  secrets: readonly string[],
): Record<string, unknown>;
export {};
