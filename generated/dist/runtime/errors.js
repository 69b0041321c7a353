// Codes AWS and Alibaba Cloud document as throttling, besides any code containing "Throttl"
// (EC2ThrottledException among them).
// TooManyRequestsException, RequestLimitExceeded, BandwidthLimitExceeded, LimitExceededException,
// ProvisionedThroughputExceededException, SlowDown, PriorRequestNotComplete:
const throttlingCode = /Throttl|^(?:TooManyRequestsException|(?:Request|Bandwidth)LimitExceeded|(?:ProvisionedThroughputExceeded|LimitExceeded)Exception|SlowDown|PriorRequestNotComplete)$/;
export function isThrottlingCode(code) {
	return throttlingCode.test(code);
}
/** Base of every error a service answers with; each service has a subclass, each spec error one more. */
export class ServiceError extends Error {
	constructor(init, meta) {
		super(init.message, "cause" in init ? { cause: init.cause } : undefined);
		const status = init.$status ?? meta?.status;
		// Spec facts win; an unknown code is classified by the response: throttling codes and 429, 5xx.
		const throttling = init.retryAfterMs > 0 || (meta ? meta.throttling === true : isThrottlingCode(init.code) || status === 429);
		const server = (meta ? meta.status : status) >= 500;
		Object.assign(this, {
			name: meta ? meta.name : init.code || "ServiceError",
			code: meta ? meta.code ?? meta.name : init.code,
			fault: meta?.fault ?? (server ? "server" : "client"),
			retryable: meta?.retryable === true || throttling || !meta && server,
			throttling,
			$status: status,
			requestId: init.requestId,
			details: init.details ?? {},
			retryAfterMs: init.retryAfterMs
		});
	}
}
/**
* Makes the class of one spec error, a subclass of the service's base class. Generated code calls
* this once per error instead of declaring a class each, which keeps bundles small.
*/
export function errorClass(base, name, status, more) {
	const meta = {
		...more,
		name,
		status
	};
	return class extends base {
		static code = meta.code ?? name;
		constructor(init) {
			super(init, meta);
		}
	};
}
// The client-side errors share these facts (NetworkError overrides retryable); a base class states them once.
class ClientSideError extends Error {
	fault = "client";
	retryable = false;
}
/** The input failed the spec's constraints; nothing was sent. */
export class InputValidationError extends ClientSideError {
	name = "InputValidationError";
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
	if (violations.length > 5) shown.push(`and ${violations.length - 5} more`);
	return shown.join("; ");
}
/** The request could not be sent or its answer not read (connection refused, reset, DNS); retried. */
export class NetworkError extends ClientSideError {
	name = "NetworkError";
	retryable = true;
}
/** The call did not finish within `timeoutMs`; it ended at once, without further attempts. */
export class TimeoutError extends ClientSideError {
	name = "TimeoutError";
}
const mask = "***";
/**
* Replaces every secret in `text` with `***`. Secrets shorter than four characters are left alone:
* masking every "a" or "1" would garble the message while protecting nothing.
*/
export function redact(text, secrets) {
	let out = text;
	for (const s of secrets) if (s.length >= 4) out = out.replaceAll(s, mask);
	return out;
}
/** A copy of an error body with every string redacted (a JSON round trip keeps odd keys such as `__proto__` as data). */
export function redactDetails(details, secrets) {
	return JSON.parse(JSON.stringify(details), (_key, value) => typeof value === "string" ? redact(value, secrets) : value);
}
