// The errors a client raises. Service errors carry what the spec says about them (fault, retryable)
// and what the response said (status, request id, body); their text never carries a secret.
// Codes AWS and Alibaba Cloud document as throttling, besides any code containing "Throttl".
const throttlingCodes = new Set([
    "TooManyRequestsException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "ProvisionedThroughputExceededException",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
]);
export function isThrottlingCode(code) {
    return code.includes("Throttl") || throttlingCodes.has(code);
}
/** Base of every error a service answers with; each service has a subclass, each spec error one more. */
export class ServiceError extends Error {
    constructor(init, meta) {
        super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
        const status = init.$status ?? meta?.status;
        const serverStatus = status !== undefined && status >= 500;
        const throttling = meta
            ? meta.throttling === true
            : isThrottlingCode(init.code) || status === 429;
        this.name = meta ? meta.name : init.code || "ServiceError";
        this.code = meta ? (meta.code ?? meta.name) : init.code;
        this.fault = meta?.fault ?? ((meta ? meta.status >= 500 : serverStatus) ? "server" : "client");
        this.retryable = meta ? meta.retryable === true || throttling : throttling || serverStatus;
        this.throttling = throttling;
        this.$status = status;
        this.requestId = init.requestId;
        this.details = init.details ?? {};
    }
}
/** The input failed the spec's constraints; nothing was sent. */
export class InputValidationError extends Error {
    name = "InputValidationError";
    fault = "client";
    retryable = false;
    constructor(operation, violations, secrets) {
        super(redact(`${operation}: invalid input: ${describe(violations)}`, secrets));
        this.violations = violations;
    }
}
/** The response does not match the spec's output (only checked when `validateOutput` is on). */
export class OutputValidationError extends Error {
    name = "OutputValidationError";
    fault = "server";
    retryable = false;
    constructor(operation, violations, output, secrets) {
        super(redact(`${operation}: the response does not match the spec: ${describe(violations)}`, secrets));
        this.violations = violations;
        this.output = output;
    }
}
function describe(violations) {
    const shown = violations.slice(0, 5).map((v) => `${v.path || "(root)"} ${v.message}`);
    if (violations.length > 5)
        shown.push(`and ${violations.length - 5} more`);
    return shown.join("; ");
}
/** The request could not be sent or its answer not read (connection refused, reset, DNS); retried. */
export class NetworkError extends Error {
    name = "NetworkError";
    fault = "client";
    retryable = true;
}
/** The call did not finish within `timeoutMs`; it ended at once, without further attempts. */
export class TimeoutError extends Error {
    name = "TimeoutError";
    fault = "client";
    retryable = false;
}
const mask = "***";
/**
 * Replaces every secret in `text` with `***`. Secrets shorter than four characters are left alone:
 * masking every "a" or "1" would garble the message while protecting nothing.
 */
export function redact(text, secrets) {
    let out = text;
    for (const s of secrets)
        if (s.length >= 4 && out.includes(s))
            out = out.split(s).join(mask);
    return out;
}
/** A copy of an error body with every string redacted (a JSON round trip keeps odd keys such as `__proto__` as data). */
export function redactDetails(details, secrets) {
    if (!secrets.some((s) => s.length >= 4))
        return details;
    return JSON.parse(JSON.stringify(details), (_key, value) => typeof value === "string" ? redact(value, secrets) : value);
}
