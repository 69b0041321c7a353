// The errors a client raises. Service errors carry what the spec says about them (fault, retryable)
// and what the response said (status, request id, body); their text never carries a secret.

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

// Codes AWS and Alibaba Cloud document as throttling, besides any code containing "Throttl"
// (EC2ThrottledException among them).
// TooManyRequestsException, RequestLimitExceeded, BandwidthLimitExceeded, LimitExceededException,
// ProvisionedThroughputExceededException, SlowDown, PriorRequestNotComplete:
const throttlingCode =
  /Throttl|^(?:TooManyRequestsException|(?:Request|Bandwidth)LimitExceeded|(?:ProvisionedThroughputExceeded|LimitExceeded)Exception|SlowDown|PriorRequestNotComplete)$/;

export function isThrottlingCode(code: string): boolean {
  return throttlingCode.test(code);
}

/** Base of every error a service answers with; each service has a subclass, each spec error one more. */
export class ServiceError extends Error {
  // Declared, not defined: the constructor sets every field, and defined fields would cost bytes and time.
  declare readonly name: string;
  declare readonly code: string;
  declare readonly fault: Fault;
  /** The spec marks the error as safe to retry; for unknown codes: throttling and 5xx answers. */
  declare readonly retryable: boolean;
  declare readonly throttling: boolean;
  declare readonly $status: number | undefined;
  declare readonly requestId: string | undefined;
  declare readonly details: Readonly<Record<string, unknown>>;
  /** The wait the service asked for before a retry, in milliseconds; retries wait at least this long (up to `maxDelayMs`). */
  declare readonly retryAfterMs: number | undefined;

  constructor(init: ErrorInit, meta?: ErrorMeta) {
    super(init.message, "cause" in init ? { cause: init.cause } : undefined);
    const status = init.$status ?? meta?.status;
    // Spec facts win; an unknown code is classified by the response: throttling codes and 429, 5xx.
    const throttling =
      init.retryAfterMs! > 0 ||
      (meta ? meta.throttling === true : isThrottlingCode(init.code) || status === 429);
    const server = (meta ? meta.status : status!) >= 500;
    Object.assign(this, {
      name: meta ? meta.name : init.code || "ServiceError",
      code: meta ? (meta.code ?? meta.name) : init.code,
      fault: meta?.fault ?? (server ? "server" : "client"),
      retryable: meta?.retryable === true || throttling || (!meta && server),
      throttling,
      $status: status,
      requestId: init.requestId,
      details: init.details ?? {},
      retryAfterMs: init.retryAfterMs,
    });
  }
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
export function errorClass<E extends ServiceError>(
  base: new (init: ErrorInit, meta?: ErrorMeta) => ServiceError,
  name: string,
  status: number,
  more?: Omit<ErrorMeta, "name" | "status">,
): ErrorClass<E> {
  const meta: ErrorMeta = { ...more, name, status };
  return class extends base {
    static code: string = meta.code ?? name;
    constructor(init: ErrorInit) {
      super(init, meta);
    }
  } as unknown as ErrorClass<E>;
}

/** One problem found by a generated validator (the validators module returns a list of these). */
export interface ViolationLike {
  path: string;
  message: string;
  keyword?: string;
}

// The client-side errors share these facts (NetworkError overrides retryable); a base class states them once.
class ClientSideError extends Error {
  readonly fault: Fault = "client";
  readonly retryable: boolean = false;
}

/** The input failed the spec's constraints; nothing was sent. */
export class InputValidationError extends ClientSideError {
  override readonly name: string = "InputValidationError";
  declare readonly violations: readonly ViolationLike[];
  constructor(operation: string, violations: readonly ViolationLike[], secrets: readonly string[]) {
    super(redact(`${operation}: invalid input: ${describe(violations)}`, secrets));
    this.violations = violations;
  }
}

/** The response does not match the spec's output (only checked when `validateOutput` is on). */
export class OutputValidationError extends Error {
  override readonly name: string = "OutputValidationError";
  readonly fault: Fault = "server";
  readonly retryable: boolean = false;
  declare readonly violations: readonly ViolationLike[];
  declare readonly output: unknown;
  constructor(
    operation: string,
    violations: readonly ViolationLike[],
    output: unknown,
    secrets: readonly string[],
  ) {
    super(
      redact(
        `${operation}: the response does not match the spec: ${describe(violations)}`,
        secrets,
      ),
    );
    this.violations = violations;
    this.output = output;
  }
}

function describe(violations: readonly ViolationLike[]): string {
  const shown = violations.slice(0, 5).map((v) => `${v.path || "(root)"} ${v.message}`);
  if (violations.length > 5) shown.push(`and ${violations.length - 5} more`);
  return shown.join("; ");
}

/** The request could not be sent or its answer not read (connection refused, reset, DNS); retried. */
export class NetworkError extends ClientSideError {
  override readonly name: string = "NetworkError";
  override readonly retryable: boolean = true;
}

/** The call did not finish within `timeoutMs`; it ended at once, without further attempts. */
export class TimeoutError extends ClientSideError {
  override readonly name: string = "TimeoutError";
}

const mask = "***";

/**
 * Replaces every secret in `text` with `***`. Secrets shorter than four characters are left alone:
 * masking every "a" or "1" would garble the message while protecting nothing.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.replaceAll(s, mask);
  return out;
}

/** A copy of an error body with every string redacted (a JSON round trip keeps odd keys such as `__proto__` as data). */
export function redactDetails(
  details: Record<string, unknown>,
  secrets: readonly string[],
): Record<string, unknown> {
  return JSON.parse(JSON.stringify(details), (_key, value: unknown) =>
    typeof value === "string" ? redact(value, secrets) : value,
  ) as Record<string, unknown>;
}
