// Alibaba RPC: parameters, XML and JSON responses, and the error body.
import { describe, expect, it, vi } from "vitest";
import { acsTimestamp, buildRpcRequest, parseRpcResponse, rpcParameters } from "../../../generator/runtime/alibaba-rpc.ts";
import { type ErrorInit, ServiceError } from "../../../generator/runtime/errors.ts";
import { rpcV1Signature } from "../../../generator/runtime/rpc-v1-signature.ts";

const response = (status: number, body: string, headers: Record<string, string> = {}) => ({ status, body, headers: new Headers(headers) });
const op = (xmlOutput?: any) => ({ name: "X", protocol: {} as any, serviceError: Error as any, errors: [], xmlOutput });
const service = { version: "2020-06-01", endpoint: "swas.{region}.aliyuncs.com", method: "POST" as const, parameters: "query" as const, responseFormat: "json" as const };
const context = (input: unknown, config: Record<string, unknown> = {}) => ({
  operation: "RunCommand",
  input,
  config: { region: "cn-hangzhou", ...config },
  credentials: { accessKeyId: "LTAI", secretAccessKey: "secret" },
  now: new Date("2026-03-01T12:34:56.789Z"),
});

describe("rpcParameters", () => {
  it("scalars as text, maps/lists/structures as JSON, absent and null left out", () => {
    expect(rpcParameters({ A: "x", B: 60, C: false, D: { name: "Jack" }, E: [1, 2], F: null, G: undefined })).toEqual([
      ["A", "x"],
      ["B", "60"],
      ["C", "false"],
      ["D", '{"name":"Jack"}'],
      ["E", "[1,2]"],
    ]);
  });
});

describe("buildRpcRequest", () => {
  it("ACS3: parameters in a sorted, RFC 3986-encoded query; headers as the SDK sends them", () => {
    const r = buildRpcRequest(service, context({ Name: "a b*", RegionId: "cn-hangzhou" }));
    expect(r.url).toBe("https://swas.cn-hangzhou.aliyuncs.com/?Name=a%20b%2A&RegionId=cn-hangzhou");
    expect(r.body).toBeUndefined();
    expect(r.headers).toMatchObject({ "x-acs-action": "RunCommand", "x-acs-version": "2020-06-01", "x-acs-date": "2026-03-01T12:34:56Z", accept: "application/json" });
    expect(r.headers["x-acs-signature-nonce"]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("legacy HMAC-SHA1: everything in the query, signed over every parameter", () => {
    const r = buildRpcRequest(service, context({ Name: "n" }, { signatureAlgorithm: "HMAC-SHA1" }));
    const params = [...new URL(r.url).searchParams];
    const signature = params.find(([k]) => k === "Signature")![1];
    const rest = params.filter(([k]) => k !== "Signature");
    expect(Object.fromEntries(rest)).toMatchObject({ Action: "RunCommand", Format: "json", Version: "2020-06-01", SignatureMethod: "HMAC-SHA1", SignatureVersion: "1.0", AccessKeyId: "LTAI", Name: "n" });
    expect(signature).toBe(rpcV1Signature("POST", rest, "secret"));
    expect(r.headers.authorization).toBeUndefined();
  });

  it("form parameters go in the body, which is then hashed and signed", () => {
    const r = buildRpcRequest({ ...service, parameters: "form" }, context({ Name: "a b" }));
    expect(r.body).toBe("Name=a%20b");
    expect(r.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(r.headers.authorization).toContain("SignedHeaders=content-type;host;");
    expect(new URL(r.url).search).toBe("");
  });

  it("XML services ask for XML", () => {
    expect(buildRpcRequest({ ...service, responseFormat: "xml" }, context({})).headers.accept).toBe("application/xml");
    expect(new URL(buildRpcRequest({ ...service, responseFormat: "xml" }, context({}, { signatureAlgorithm: "HMAC-SHA1" })).url).searchParams.get("Format")).toBe("XML");
  });

  it("every request gets a fresh nonce", () => {
    const a = buildRpcRequest(service, context({}));
    const b = buildRpcRequest(service, context({}));
    expect(a.headers["x-acs-signature-nonce"]).not.toBe(b.headers["x-acs-signature-nonce"]);
  });

  it("acsTimestamp drops the milliseconds", () => {
    expect(acsTimestamp(new Date("2026-11-21T23:08:15.999Z"))).toBe("2026-11-21T23:08:15Z");
  });
});

describe("parseRpcResponse", () => {
  it("x-acs-retry-after (milliseconds) makes the error throttling, retried after that wait; absent, zero or garbage changes nothing", () => {
    const body = JSON.stringify({ RequestId: "r", Code: "Some.Limit", Message: "slow down" });
    const parsed = parseRpcResponse(response(400, body, { "x-acs-retry-after": "1200" }), op());
    expect(parsed).toMatchObject({ error: { code: "Some.Limit", retryAfterMs: 1200 } });
    const error = new ServiceError((parsed as { error: ErrorInit }).error);
    expect(error).toMatchObject({ throttling: true, retryable: true, retryAfterMs: 1200 });
    for (const headers of [{}, { "x-acs-retry-after": "0" }, { "x-acs-retry-after": "soon" }] as Record<string, string>[]) {
      const plain = parseRpcResponse(response(400, body, headers), op()) as { error: ErrorInit };
      expect(plain.error.retryAfterMs).toBeUndefined();
      expect(new ServiceError(plain.error)).toMatchObject({ throttling: false, retryable: false });
    }
  });

  it("JSON success", () => {
    expect(parseRpcResponse(response(200, '{"RequestId":"r","InvokeId":"t"}'), op())).toEqual({ output: { RequestId: "r", InvokeId: "t" } });
  });

  it("the error body's RequestId, Code, Message, HostId and Recommend", () => {
    const body = { RequestId: "r-1", HostId: "swas.cn-hangzhou.aliyuncs.com", Code: "InvalidInstanceId.NotFound", Message: "gone", Recommend: "https://x" };
    expect(parseRpcResponse(response(404, JSON.stringify(body)), op())).toEqual({
      error: { code: "InvalidInstanceId.NotFound", message: "gone", $status: 404, requestId: "r-1", details: body },
    });
  });

  it("an XML error body", () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?><Error><RequestId>r-2</RequestId><HostId>h</HostId><Code>Throttling.User</Code><Message>Request was denied &amp; throttled</Message><Recommend><![CDATA[https://a?b=1&c=2]]></Recommend></Error>';
    expect(parseRpcResponse(response(400, xml, { "content-type": "text/xml;charset=utf-8" }), op())).toMatchObject({
      error: { code: "Throttling.User", message: "Request was denied & throttled", requestId: "r-2", details: { HostId: "h", Recommend: "https://a?b=1&c=2" } },
    });
  });

  it("an XML success body, typed by the spec's hints", () => {
    const xml =
      "<DescribeInvocationsResponse><RequestId>r</RequestId><TotalCount>2</TotalCount><Invocations><InvokeId>t-1</InvokeId><Parameters><name>Jack</name></Parameters></Invocations><Invocations><InvokeId>t-2</InvokeId></Invocations></DescribeInvocationsResponse>";
    const hints = { members: { TotalCount: "number", Invocations: { list: { members: { Parameters: { members: {} } } } } } };
    expect(parseRpcResponse(response(200, xml, { "content-type": "application/xml" }), op(hints))).toEqual({
      output: { RequestId: "r", TotalCount: 2, Invocations: [{ InvokeId: "t-1", Parameters: { name: "Jack" } }, { InvokeId: "t-2" }] },
    });
  });

  it("a success that is not JSON is an InvalidResponseBody error", () => {
    expect(parseRpcResponse(response(200, "not json"), op())).toMatchObject({ error: { code: "InvalidResponseBody" } });
  });

  it("a gateway error page without a code still gives an error", () => {
    expect(parseRpcResponse(response(502, "<html>bad gateway</html>"), op())).toMatchObject({ error: { code: "UnknownError", $status: 502 } });
  });
});
