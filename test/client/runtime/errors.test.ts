// ServiceError's classification of unknown codes, and redaction.
import { describe, expect, it } from "vitest";
import { errorClass, InputValidationError, isThrottlingCode, redact, redactDetails, ServiceError } from "../../../generator/runtime/errors.ts";

describe("ServiceError for codes no spec lists", () => {
  it.each([
    ["SomethingNew", 400, "client", false, false],
    ["SomethingNew", 503, "server", true, false],
    ["ThrottlingException", 400, "client", true, true],
    ["Throttling.User", 400, "client", true, true],
    ["RequestLimitExceeded", 503, "server", true, true],
    ["Anything", 429, "client", true, true],
  ])("%s with HTTP %i: %s fault, retryable %s, throttling %s", (code, status, fault, retryable, throttling) => {
    const e = new ServiceError({ code, message: "m", $status: status, requestId: "r" });
    expect(e).toMatchObject({ name: code, code, fault, retryable, throttling, $status: status, requestId: "r", message: "m", details: {} });
  });

  it("a retry-after from the service makes any error throttling and retryable, a spec error too", () => {
    const Known = errorClass(ServiceError, "Known", 400);
    expect(new Known({ code: "Known", message: "m", retryAfterMs: 300 })).toMatchObject({ name: "Known", throttling: true, retryable: true, retryAfterMs: 300 });
    expect(new ServiceError({ code: "Odd", message: "m", $status: 400, retryAfterMs: 300 })).toMatchObject({ throttling: true, retryable: true });
  });

  it("spec facts win over the response", () => {
    const e = new ServiceError(
      { code: "Boom", message: "m", $status: 500 },
      { name: "BoomError", code: "Boom", fault: "client", status: 400, retryable: false, throttling: false },
    );
    expect(e).toMatchObject({ name: "BoomError", fault: "client", retryable: false, $status: 500 });
  });
});

describe("isThrottlingCode", () => {
  it.each([
    ["ThrottlingException", true],
    ["Throttling.User", true],
    ["EC2ThrottledException", true],
    ["TooManyRequestsException", true],
    ["RequestLimitExceeded", true],
    ["BandwidthLimitExceeded", true],
    ["LimitExceededException", true],
    ["ProvisionedThroughputExceededException", true],
    ["SlowDown", true],
    ["PriorRequestNotComplete", true],
    ["ResourceLimitExceeded", false],
    ["SlowDownPlease", false],
    ["InvalidCommandId", false],
    ["", false],
  ])("%s → %s", (code, want) => {
    expect(isThrottlingCode(code)).toBe(want);
  });
});

describe("errorClass (what generated code declares its spec errors with)", () => {
  class Base extends ServiceError {}
  const NotFound = errorClass(Base, "ThingNotFound", 404, { code: "Thing.NotFound" });
  const Busy = errorClass(Base, "Busy", 503, { retryable: true, throttling: true });
  it("a subclass of the service's base class per error, carrying the spec's facts and its wire code", () => {
    const e = new NotFound({ code: "Thing.NotFound", message: "gone", $status: 404, requestId: "r-1", details: { Id: "x" } });
    expect(e).toBeInstanceOf(NotFound);
    expect(e).toBeInstanceOf(Base);
    expect(e).toBeInstanceOf(ServiceError);
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(Busy);
    expect(e).toMatchObject({ name: "ThingNotFound", code: "Thing.NotFound", fault: "client", retryable: false, $status: 404, requestId: "r-1", details: { Id: "x" } });
    expect(NotFound.code).toBe("Thing.NotFound");
    expect(new Busy({ code: "Busy", message: "m" })).toMatchObject({ name: "Busy", code: "Busy", fault: "server", retryable: true, throttling: true, $status: 503 });
    expect(Busy.code).toBe("Busy");
  });
});

describe("redact", () => {
  it("masks every occurrence of every secret of four characters or more", () => {
    expect(redact("Value 'hunter22' at 'parameters' (hunter22)", ["hunter22", "abc"])).toBe("Value '***' at 'parameters' (***)");
  });
  it("leaves very short values alone", () => {
    expect(redact("a b c", ["a"])).toBe("a b c");
  });
  it("redactDetails copies the body with strings masked, keeping odd keys as data", () => {
    const body = JSON.parse('{"Message":"bad hunter22","__proto__":{"x":"hunter22"},"n":1}');
    const out = redactDetails(body, ["hunter22"]);
    expect(out.Message).toBe("bad ***");
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe('{"Message":"bad ***","__proto__":{"x":"***"},"n":1}');
    expect(body.Message).toBe("bad hunter22");
  });
  it("validation errors list the first violations and mask secrets", () => {
    const violations = Array.from({ length: 7 }, (_, i) => ({ path: `/P${i}`, message: `is wrong: hunter22` }));
    const e = new InputValidationError("SendCommand", violations, ["hunter22"]);
    expect(e.message).toBe("SendCommand: invalid input: /P0 is wrong: ***; /P1 is wrong: ***; /P2 is wrong: ***; /P3 is wrong: ***; /P4 is wrong: ***; and 2 more");
    expect(e.violations).toHaveLength(7);
  });
});
