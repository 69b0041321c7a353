const throttlingCodes = /* @__PURE__ */ new Set([
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "BandwidthLimitExceeded",
  "LimitExceededException",
  "ProvisionedThroughputExceededException",
  "SlowDown",
  "PriorRequestNotComplete",
  "EC2ThrottledException"
]);
function isThrottlingCode(code) {
  return code.includes("Throttl") || throttlingCodes.has(code);
}
class ServiceError extends Error {
  constructor(init, meta) {
    super(init.message, init.cause === void 0 ? void 0 : { cause: init.cause });
    const status = init.$status ?? meta?.status;
    const serverStatus = status !== void 0 && status >= 500;
    const throttling = meta ? meta.throttling === true : isThrottlingCode(init.code) || status === 429;
    this.name = meta ? meta.name : init.code || "ServiceError";
    this.code = meta ? meta.code ?? meta.name : init.code;
    this.fault = meta?.fault ?? ((meta ? meta.status >= 500 : serverStatus) ? "server" : "client");
    this.retryable = meta ? meta.retryable === true || throttling : throttling || serverStatus;
    this.throttling = throttling;
    this.$status = status;
    this.requestId = init.requestId;
    this.details = init.details ?? {};
  }
}
class InputValidationError extends Error {
  name = "InputValidationError";
  fault = "client";
  retryable = false;
  constructor(operation, violations, secrets) {
    super(redact(`${operation}: invalid input: ${describe(violations)}`, secrets));
    this.violations = violations;
  }
}
class OutputValidationError extends Error {
  name = "OutputValidationError";
  fault = "server";
  retryable = false;
  constructor(operation, violations, output, secrets) {
    super(
      redact(
        `${operation}: the response does not match the spec: ${describe(violations)}`,
        secrets
      )
    );
    this.violations = violations;
    this.output = output;
  }
}
function describe(violations) {
  const shown = violations.slice(0, 5).map((v) => `${v.path || "(root)"} ${v.message}`);
  if (violations.length > 5) shown.push(`and ${violations.length - 5} more`);
  return shown.join("; ");
}
class NetworkError extends Error {
  name = "NetworkError";
  fault = "client";
  retryable = true;
}
class TimeoutError extends Error {
  name = "TimeoutError";
  fault = "client";
  retryable = false;
}
const mask = "***";
function redact(text, secrets) {
  let out = text;
  for (const s of secrets) if (s.length >= 4 && out.includes(s)) out = out.split(s).join(mask);
  return out;
}
function redactDetails(details, secrets) {
  if (!secrets.some((s) => s.length >= 4)) return details;
  return JSON.parse(
    JSON.stringify(details),
    (_key, value) => typeof value === "string" ? redact(value, secrets) : value
  );
}
export {
  InputValidationError,
  NetworkError,
  OutputValidationError,
  ServiceError,
  TimeoutError,
  isThrottlingCode,
  redact,
  redactDetails
};
