// awsJson1_1 responses: where the error code, message and request id come from (WIRE.md's list).
import { describe, expect, it } from "vitest";
import { awsHost, buildAwsJsonRequest, parseAwsJsonResponse, sanitizeErrorCode } from "../../../generator/runtime/aws-json.ts";

const response = (status: number, body: string, headers: Record<string, string> = {}) => ({ status, body, headers: new Headers(headers) });

describe("sanitizeErrorCode", () => {
  it.each([
    ["InvalidCommandId", "InvalidCommandId"],
    ["com.amazonaws.ssm#InvalidCommandId", "InvalidCommandId"],
    ["aws.ssm#InvalidCommandId:http://internal.amazon.com/coral/com.amazon.coral.validate/", "InvalidCommandId"],
    ["InvalidCommandId:http://internal.amazon.com/", "InvalidCommandId"],
  ])("%s → %s", (raw, want) => {
    expect(sanitizeErrorCode(raw)).toBe(want);
  });
});

describe("parseAwsJsonResponse", () => {
  it("a 200 body is the output; an empty one is {}", () => {
    expect(parseAwsJsonResponse(response(200, '{"Status":"Success","Extra":1}'))).toEqual({ output: { Status: "Success", Extra: 1 } });
    expect(parseAwsJsonResponse(response(200, ""))).toEqual({ output: {} });
  });

  it("a 200 that is not a JSON object is an InvalidResponseBody error", () => {
    expect(parseAwsJsonResponse(response(200, "<html>"))).toMatchObject({ error: { code: "InvalidResponseBody", $status: 200 } });
  });

  it.each([
    ["__type bare", { __type: "InvocationDoesNotExist" }, {}, "InvocationDoesNotExist"],
    ["__type with a namespace", { __type: "com.amazonaws.ssm#InvocationDoesNotExist" }, {}, "InvocationDoesNotExist"],
    ["the x-amzn-ErrorType header alone", {}, { "x-amzn-ErrorType": "InvocationDoesNotExist:http://internal/" }, "InvocationDoesNotExist"],
    ["the header over __type", { __type: "Other" }, { "X-Amzn-ErrorType": "InvocationDoesNotExist" }, "InvocationDoesNotExist"],
    ["a body code", { code: "InvocationDoesNotExist" }, {}, "InvocationDoesNotExist"],
    ["nothing at all", {}, {}, "UnknownError"],
  ])("error code from %s", (_, body, headers, code) => {
    const parsed = parseAwsJsonResponse(response(400, JSON.stringify(body), headers));
    expect(parsed).toMatchObject({ error: { code, $status: 400 } });
  });

  it.each([
    ["message", { __type: "X", message: "lower" }, "lower"],
    ["Message", { __type: "X", Message: "upper" }, "upper"],
    ["neither (the code stands in)", { __type: "X" }, "X"],
  ])("message from %s", (_, body, message) => {
    expect(parseAwsJsonResponse(response(400, JSON.stringify(body)))).toMatchObject({ error: { message } });
  });

  it("request id from x-amzn-RequestId; the body is kept as details", () => {
    const parsed = parseAwsJsonResponse(response(500, '{"__type":"InternalServerError","Message":"m"}', { "x-amzn-RequestId": "abc-123" }));
    expect(parsed).toEqual({
      error: { code: "InternalServerError", message: "m", $status: 500, requestId: "abc-123", details: { __type: "InternalServerError", Message: "m" } },
    });
  });

  it("a 5xx without a body still gives an error", () => {
    expect(parseAwsJsonResponse(response(502, "Bad Gateway"))).toMatchObject({ error: { code: "UnknownError", message: "status 502", $status: 502 } });
  });
});

describe("buildAwsJsonRequest", () => {
  const service = { targetPrefix: "AmazonSSM", signingName: "ssm", endpointPrefix: "ssm" };
  const base = { operation: "ListCommands", credentials: { accessKeyId: "A", secretAccessKey: "S" }, now: new Date("2026-01-02T03:04:05Z") };
  it("drops null members, keeps the caller's order, sends {} for no input", async () => {
    const r = await buildAwsJsonRequest(service, { ...base, input: { B: 1, A: null, C: { D: null, E: [1, null] } }, config: { region: "us-east-1" } });
    expect(r.body).toBe('{"B":1,"C":{"E":[1,null]}}');
    expect((await buildAwsJsonRequest(service, { ...base, input: undefined, config: { region: "us-east-1" } })).body).toBe("{}");
  });
  it("sends neither host nor content-length itself: fetch derives both, and both are signed", async () => {
    const r = await buildAwsJsonRequest(service, { ...base, input: {}, config: { region: "us-east-1", endpoint: "localhost:4566" } });
    expect(r.url).toBe("https://localhost:4566/");
    expect(Object.keys(r.headers).sort()).toEqual(["authorization", "content-type", "x-amz-content-sha256", "x-amz-date", "x-amz-target"]);
    expect(r.headers.authorization).toContain("SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-target,");
  });
  it("awsHost follows the partition", () => {
    expect(awsHost("ssm", "us-gov-west-1")).toBe("ssm.us-gov-west-1.amazonaws.com");
    expect(awsHost("ssm", "cn-northwest-1")).toBe("ssm.cn-northwest-1.amazonaws.com.cn");
  });
});
