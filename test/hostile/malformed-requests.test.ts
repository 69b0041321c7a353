// The mock server under hostile traffic: a corpus of malformed requests, each written byte by byte to a
// raw TCP socket on loopback. Each one gets the protocol's own error (AWS JSON: `__type` + message and
// x-amzn-RequestId; Alibaba RPC: RequestId, HostId, Code, Message, Recommend) or, when the request never
// reaches the application, Node's HTTP-level answer (400, 408, 417, 431) and a closed connection. After
// every case the server still answers a normal request, Object.prototype is untouched and nothing was
// logged as an internal error.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadMocks } from "../mock/helpers/calls.ts";
import { sendRaw, type RawOutcome, type SendOptions } from "./helpers/raw-http.ts";
import { startHostileServer, type HostileServer } from "./helpers/server.ts";

type Expect =
  /** The AWS JSON 1.1 error: status, `__type`, message (matching `message` when given). */
  | { aws: number; type: string; message?: RegExp }
  /** The Alibaba RPC error: status, Code, Message (matching `message` when given). */
  | { alibaba: number; code: string; message?: RegExp }
  /** Node's own answer before the application sees the request; the connection is then closed, unless `keepsConnection`. */
  | { node: 400 | 408 | 417 | 431; keepsConnection?: true }
  /** No answer at all: the server closes the connection. */
  | { closed: true }
  /** Not an error: the request is well-formed after all, and `check` looks at the answer. */
  | { ok: "aws" | "alibaba"; check: (body: any) => void };

interface Case {
  bytes: Buffer;
  expect: Expect;
  send?: SendOptions;
}

// --- Request builders: every byte is ours ---------------------------------------------------------

type Headers = Array<[string, string]>;

/** An HTTP/1.1 request; Content-Length is added for a body unless a header names the framing already. */
function request(method: string, target: string, headers: Headers, body: Buffer | string = ""): Buffer {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const names = new Set(headers.map(([n]) => n.toLowerCase()));
  const all: Headers = [...headers];
  if (!names.has("host")) all.unshift(["Host", "127.0.0.1"]);
  if (!names.has("content-length") && !names.has("transfer-encoding") && (bytes.length > 0 || method === "POST")) {
    all.push(["Content-Length", String(bytes.length)]);
  }
  const head = `${method} ${target} HTTP/1.1\r\n${all.map(([n, v]) => `${n}: ${v}\r\n`).join("")}\r\n`;
  return Buffer.concat([Buffer.from(head, "latin1"), bytes]);
}

const awsType: [string, string] = ["Content-Type", "application/x-amz-json-1.1"];

/** An SSM call as the SDKs frame it, with extra headers and any body. */
function aws(operation: string, body: Buffer | string, extra: Headers = [], method = "POST", target = "/"): Buffer {
  return request(method, target, [awsType, ["X-Amz-Target", `AmazonSSM.${operation}`], ...extra], body);
}

const rpcHost: [string, string] = ["Host", "swas.cn-hangzhou.aliyuncs.com"];

/** An ACS3-style SWAS call: action and version in headers, parameters in the query string. */
function acs(action: string, query: string, extra: Headers = [], body: Buffer | string = "", method = "POST"): Buffer {
  return request(method, `/?${query}`, [rpcHost, ["x-acs-action", action], ["x-acs-version", "2020-06-01"], ...extra], body);
}

/** A request whose head is written by hand (line endings, spacing and all). */
function rawHead(text: string, body: Buffer | string = ""): Buffer {
  return Buffer.concat([Buffer.from(text, "latin1"), typeof body === "string" ? Buffer.from(body, "latin1") : body]);
}

function chunked(operation: string, chunks: string): Buffer {
  return request("POST", "/", [awsType, ["X-Amz-Target", `AmazonSSM.${operation}`], ["Transfer-Encoding", "chunked"]], chunks);
}

const bytes = (...parts: Array<string | number[]>): Buffer => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

const commandId = "0b0e4a3c-1f2d-4e5f-8a9b-0c1d2e3f4a5b"; // well-formed, never issued
const instanceId = "i-0123456789abcdef0";
const rpcBase = "RegionId=cn-hangzhou&InstanceId=0123456789abcdef0123456789abcdef";
const form: [string, string] = ["Content-Type", "application/x-www-form-urlencoded"];
const mib = 1024 * 1024;
const deep = 100_000;
const notUtf8 = /not valid UTF-8/;
const notObject = /must be a JSON object/;
const tooDeep = /nested more than 1000 levels/;
const badEscape = /not valid percent-encoded UTF-8/;

const slowBody = aws("ListCommands", `{"x":"${" ".repeat(600)}"}`);

const cases: Array<[string, Case]> = [
  // --- Truncated and oversized bodies
  ["AWS: truncated body (Content-Length 100, 4 bytes, then FIN)", { bytes: aws("ListCommands", '{"a"', [["Content-Length", "100"]]), expect: { node: 400 }, send: { end: true } }],
  ["AWS: truncated body over the limit (Content-Length 2 MiB, 64 KiB, then FIN)", { bytes: Buffer.concat([aws("ListCommands", "", [["Content-Length", String(2 * mib)]]), Buffer.alloc(64 * 1024, 32)]), expect: { node: 400 }, send: { end: true } }],
  ["AWS: body over the 1 MiB limit", { bytes: aws("ListCommands", Buffer.alloc(2 * mib, 32)), expect: { aws: 413, type: "RequestEntityTooLargeException" } }],
  ["AWS: chunked body over the limit", { bytes: chunked("ListCommands", `${(64 * 1024).toString(16)}\r\n${" ".repeat(64 * 1024)}\r\n`.repeat(20) + "0\r\n\r\n"), expect: { aws: 413, type: "RequestEntityTooLargeException" } }],
  ["AWS: body cut mid-JSON with a matching Content-Length", { bytes: aws("GetCommandInvocation", '{"CommandId":'), expect: { aws: 400, type: "SerializationException", message: /not valid JSON/ } }],
  // --- Invalid UTF-8
  ["AWS: invalid UTF-8 (FF FE) in a JSON string", { bytes: aws("ListCommands", bytes('{"InstanceId":"', [0xff, 0xfe], '"}')), expect: { aws: 400, type: "SerializationException", message: notUtf8 } }],
  ["AWS: overlong UTF-8 (C0 AF) in a JSON string", { bytes: aws("SendCommand", bytes('{"DocumentName":"AWS-RunShellScript","InstanceIds":["i-0123456789abcdef0"],"Comment":"', [0xc0, 0xaf], '"}')), expect: { aws: 400, type: "SerializationException", message: notUtf8 } }],
  ["AWS: UTF-8-encoded lone surrogate (ED A0 80)", { bytes: aws("ListCommands", bytes('{"CommandId":"', [0xed, 0xa0, 0x80], '"}')), expect: { aws: 400, type: "SerializationException", message: notUtf8 } }],
  ["AWS: bytes that are not UTF-8 in X-Amz-Target", { bytes: Buffer.concat([Buffer.from("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\nX-Amz-Target: AmazonSSM."), Buffer.from([0xff, 0xfe]), Buffer.from("\r\n\r\n{}")]), expect: { aws: 400, type: "UnknownOperationException" } }],
  // --- Giant headers and URLs: Node's header limit (16 KiB) answers 431
  ["AWS: a 100 KB header value", { bytes: aws("ListCommands", "{}", [["X-Padding", "a".repeat(100_000)]]), expect: { node: 431 } }],
  ["AWS: 3000 headers", { bytes: aws("ListCommands", "{}", Array.from({ length: 3000 }, (_, i): [string, string] => [`X-H${i}`, "v"])), expect: { node: 431 } }],
  ["AWS: a 100 KB URL", { bytes: aws("ListCommands", "{}", [], "POST", `/?${"a".repeat(100_000)}`), expect: { node: 431 } }],
  // --- Wrong methods and paths
  ["AWS: GET / for a JSON operation", { bytes: aws("ListCommands", "", [], "GET"), expect: { aws: 400, type: "UnknownOperationException", message: /GET is not supported/ } }],
  ["AWS: PUT /", { bytes: aws("ListCommands", "{}", [], "PUT"), expect: { aws: 400, type: "UnknownOperationException", message: /PUT is not supported/ } }],
  ["AWS: DELETE /", { bytes: aws("ListCommands", "", [], "DELETE"), expect: { aws: 400, type: "UnknownOperationException", message: /DELETE is not supported/ } }],
  ["AWS: PATCH /", { bytes: aws("ListCommands", "{}", [], "PATCH"), expect: { aws: 400, type: "UnknownOperationException", message: /PATCH is not supported/ } }],
  ["OPTIONS / with no protocol headers", { bytes: request("OPTIONS", "/", []), expect: { aws: 400, type: "UnknownOperationException", message: /X-Amz-Target header is missing/ } }],
  ["GET /favicon.ico", { bytes: request("GET", "/favicon.ico", []), expect: { aws: 400, type: "UnknownOperationException" } }],
  ["POST /../../etc/passwd (no file is ever served)", { bytes: request("POST", "/../../etc/passwd", [], "{}"), expect: { aws: 400, type: "UnknownOperationException" } }],
  ["absolute-form request target naming another host", { bytes: request("GET", "http://evil.example/admin", []), expect: { aws: 400, type: "UnknownOperationException" } }],
  ["HTTP/1.0 request without Host", { bytes: rawHead("GET / HTTP/1.0\r\n\r\n"), expect: { aws: 400, type: "UnknownOperationException" } }],
  // --- Unknown services and operations
  ["AWS: X-Amz-Target of another service", { bytes: request("POST", "/", [awsType, ["X-Amz-Target", "DynamoDB_20120810.ListTables"]], "{}"), expect: { aws: 400, type: "UnknownOperationException", message: /DynamoDB_20120810\.ListTables/ } }],
  ["AWS: unknown operation", { bytes: aws("DeleteEverything", "{}"), expect: { aws: 400, type: "UnknownOperationException", message: /AmazonSSM\.DeleteEverything/ } }],
  ["AWS: operation named __proto__", { bytes: aws("__proto__", "{}"), expect: { aws: 400, type: "UnknownOperationException" } }],
  ["AWS: operation named constructor", { bytes: aws("constructor", "{}"), expect: { aws: 400, type: "UnknownOperationException" } }],
  ["AWS: X-Amz-Target with the prefix only", { bytes: aws("", "{}"), expect: { aws: 400, type: "UnknownOperationException" } }],
  ["AWS: two X-Amz-Target headers", { bytes: aws("ListCommands", "{}", [["X-Amz-Target", "AmazonSSM.SendCommand"]]), expect: { aws: 400, type: "UnknownOperationException" } }],
  // --- Duplicate keys: JSON's last value wins, and it is the one validated
  ["AWS: duplicate JSON key, the last value is invalid", { bytes: aws("GetCommandInvocation", `{"CommandId":"${commandId}","InstanceId":"${instanceId}","CommandId":"short"}`), expect: { aws: 400, type: "ValidationException", message: /Value 'short' at 'commandId'/ } }],
  ["AWS: duplicate JSON key, an invalid first value is overridden", { bytes: aws("GetCommandInvocation", `{"CommandId":"short","InstanceId":"${instanceId}","CommandId":"${commandId}"}`), expect: { aws: 400, type: "InvalidCommandId" } }],
  // --- Prototype pollution
  ["AWS: __proto__ in the body supplies no members", { bytes: aws("GetCommandInvocation", `{"__proto__":{"CommandId":"${commandId}","InstanceId":"${instanceId}","polluted":"yes"}}`), expect: { aws: 400, type: "ValidationException", message: /Member must not be null/ } }],
  ["AWS: constructor.prototype in the body is an unknown member", { bytes: aws("GetCommandInvocation", `{"constructor":{"prototype":{"polluted":"yes"}},"CommandId":"${commandId}","InstanceId":"${instanceId}"}`), expect: { aws: 400, type: "InvalidCommandId" } }],
  ["AWS: __proto__, constructor, prototype as keys of the Parameters map stay data", {
    bytes: aws("SendCommand", `{"DocumentName":"AWS-RunShellScript","InstanceIds":["${instanceId}"],"Parameters":{"__proto__":["polluted"],"constructor":["c"],"prototype":["p"],"commands":["echo hi"]}}`),
    expect: {
      ok: "aws",
      check: (b) => {
        const p = b.Command.Parameters;
        expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
        expect(Object.keys(p).sort()).toEqual(["__proto__", "commands", "constructor", "prototype"]);
        expect([p.constructor, p.prototype, p.commands, Object.getOwnPropertyDescriptor(p, "__proto__")?.value]).toEqual([["c"], ["p"], ["echo hi"], ["polluted"]]);
      },
    },
  }],
  // --- Depth and shape
  [`AWS: JSON nested ${deep} levels in an unknown member`, { bytes: aws("ListCommands", `{"x":${'{"a":'.repeat(deep)}1${"}".repeat(deep)}}`), expect: { aws: 400, type: "SerializationException", message: tooDeep } }],
  [`AWS: a JSON array nested ${deep} levels`, { bytes: aws("ListCommands", "[".repeat(deep) + "]".repeat(deep)), expect: { aws: 400, type: "SerializationException", message: tooDeep } }],
  [`AWS: a known member nested ${deep} levels`, { bytes: aws("ListCommands", `{"Filters":${"[".repeat(deep)}${"]".repeat(deep)}}`), expect: { aws: 400, type: "SerializationException", message: tooDeep } }],
  ["AWS: brackets inside strings do not count as nesting", { bytes: aws("ListCommands", `{"x":"${"[{".repeat(5000)}"}`), expect: { ok: "aws", check: (b) => expect(Array.isArray(b.Commands)).toBe(true) } }],
  ["AWS: body []", { bytes: aws("ListCommands", "[]"), expect: { aws: 400, type: "SerializationException", message: notObject } }],
  ['AWS: body "x"', { bytes: aws("ListCommands", '"x"'), expect: { aws: 400, type: "SerializationException", message: notObject } }],
  ["AWS: body null", { bytes: aws("ListCommands", "null"), expect: { aws: 400, type: "SerializationException", message: notObject } }],
  ["AWS: body 1", { bytes: aws("ListCommands", "1"), expect: { aws: 400, type: "SerializationException", message: notObject } }],
  ["AWS: body true", { bytes: aws("ListCommands", "true"), expect: { aws: 400, type: "SerializationException", message: notObject } }],
  ["AWS: empty body where members are required", { bytes: aws("GetCommandInvocation", ""), expect: { aws: 400, type: "ValidationException", message: /2 validation errors/ } }],
  ["AWS: whitespace-only body where members are required", { bytes: aws("GetCommandInvocation", " \r\n\t "), expect: { aws: 400, type: "ValidationException" } }],
  // --- Content types
  ["AWS: no Content-Type", { bytes: request("POST", "/", [["X-Amz-Target", "AmazonSSM.ListCommands"]], "{}"), expect: { aws: 400, type: "UnknownOperationException", message: /not absent/ } }],
  ["AWS: Content-Type application/json", { bytes: request("POST", "/", [["Content-Type", "application/json"], ["X-Amz-Target", "AmazonSSM.ListCommands"]], "{}"), expect: { aws: 400, type: "UnknownOperationException" } }],
  ["AWS: Content-Type application/x-amz-json-1.0", { bytes: request("POST", "/", [["Content-Type", "application/x-amz-json-1.0"], ["X-Amz-Target", "AmazonSSM.ListCommands"]], "{}"), expect: { aws: 400, type: "UnknownOperationException" } }],
  ["AWS: Content-Type in upper case with a charset is accepted", { bytes: request("POST", "/", [["Content-Type", "APPLICATION/X-AMZ-JSON-1.1 ; charset=UTF-8"], ["X-Amz-Target", "AmazonSSM.ListCommands"]], "{}"), expect: { ok: "aws", check: (b) => expect(Array.isArray(b.Commands)).toBe(true) } }],
  // --- Framing that Node's parser refuses
  ["AWS: chunk size that is not hex", { bytes: chunked("ListCommands", "zz\r\n{}\r\n0\r\n\r\n"), expect: { node: 400 } }],
  ["AWS: chunk size that overflows 64 bits", { bytes: chunked("ListCommands", "ffffffffffffffffffff\r\n{}\r\n0\r\n\r\n"), expect: { node: 400 } }],
  ["AWS: negative chunk size", { bytes: chunked("ListCommands", "-2\r\n{}\r\n0\r\n\r\n"), expect: { node: 400 } }],
  ["AWS: chunk longer than its size", { bytes: chunked("ListCommands", "1\r\n{}\r\n0\r\n\r\n"), expect: { node: 400 } }],
  ["AWS: chunked body cut short, then FIN", { bytes: chunked("ListCommands", "10\r\n{}"), expect: { node: 400 }, send: { end: true } }],
  ["AWS: Content-Length and Transfer-Encoding together (smuggling)", { bytes: aws("ListCommands", "0\r\n\r\n", [["Content-Length", "5"], ["Transfer-Encoding", "chunked"]]), expect: { node: 400 } }],
  ["AWS: two different Content-Length headers", { bytes: aws("ListCommands", "{}  ", [["Content-Length", "2"], ["Content-Length", "4"]]), expect: { node: 400 } }],
  ["AWS: non-numeric Content-Length", { bytes: aws("ListCommands", "{}", [["Content-Length", "two"]]), expect: { node: 400 } }],
  ["AWS: Transfer-Encoding gzip without chunked", { bytes: aws("ListCommands", "{}", [["Transfer-Encoding", "gzip"]]), expect: { node: 400 } }],
  // --- NUL and control bytes
  ["AWS: raw NUL inside a JSON string", { bytes: aws("ListCommands", '{"CommandId":"\u0000"}'), expect: { aws: 400, type: "SerializationException", message: /not valid JSON/ } }],
  ["AWS: escaped NUL as a member value", { bytes: aws("GetCommandInvocation", `{"CommandId":"\\u0000","InstanceId":"${instanceId}"}`), expect: { aws: 400, type: "ValidationException", message: /at 'commandId'/ } }],
  ["NUL in the request target", { bytes: rawHead("GET /\0 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), expect: { node: 400 } }],
  ["NUL in a header value", { bytes: rawHead("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: AmazonSSM.List\0Commands\r\nContent-Length: 2\r\n\r\n{}"), expect: { node: 400 } }],
  ["NUL in a header name", { bytes: rawHead("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-\0A: b\r\n\r\n"), expect: { node: 400 } }],
  ["control character in a header value", { bytes: rawHead("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\u0001b\r\n\r\n"), expect: { node: 400 } }],
  // --- Broken HTTP
  ["lower-case method", { bytes: rawHead("post / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n"), expect: { node: 400 } }],
  ["HTTP/9.9", { bytes: rawHead("GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n"), expect: { node: 400 } }],
  ["bare LF line endings", { bytes: rawHead("GET / HTTP/1.1\nHost: 127.0.0.1\n\n"), expect: { node: 400 } }],
  ["space before a header's colon", { bytes: rawHead("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target : AmazonSSM.ListCommands\r\n\r\n"), expect: { node: 400 } }],
  ["obsolete header line folding", { bytes: rawHead("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: b\r\n c\r\n\r\n"), expect: { node: 400 } }],
  ["HTTP/1.1 without Host", { bytes: rawHead("GET / HTTP/1.1\r\n\r\n"), expect: { node: 400 } }],
  ["a TLS ClientHello on the plain port", { bytes: Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03, 0, 0, 0, 13, 10, 13, 10]), expect: { node: 400 } }],
  ["CONNECT to another host", { bytes: rawHead("CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n"), expect: { closed: true } }],
  ["an Expect header Node does not know", { bytes: aws("ListCommands", "{}", [["Expect", "999-nope"]]), expect: { node: 417, keepsConnection: true } }],
  ["Expect: 100-continue is answered, then the request", { bytes: aws("ListCommands", "{}", [["Expect", "100-continue"]]), expect: { ok: "aws", check: (b) => expect(Array.isArray(b.Commands)).toBe(true) } }],
  // --- Slow senders: bounded by the server's headers and request timeouts
  ["slowloris: headers trickled a few bytes at a time", { bytes: aws("ListCommands", "{}", [["X-Padding", "p".repeat(400)]]), expect: { node: 408 }, send: { pieces: 200, gapMs: 100 } }],
  ["a connection that never sends a byte", { bytes: Buffer.alloc(0), expect: { node: 408 } }],
  ["a body trickled slower than the request timeout", { bytes: slowBody, expect: { node: 408 }, send: { immediate: slowBody.indexOf("\r\n\r\n") + 4, pieces: 300, gapMs: 100 } }],

  // --- Alibaba RPC
  ["Alibaba: x-acs-action with no version", { bytes: request("POST", `/?${rpcBase}`, [rpcHost, ["x-acs-action", "DescribeInvocations"]]), expect: { alibaba: 400, code: "MissingParameter", message: /"Version"/ } }],
  ["Alibaba: Action parameter with no Version", { bytes: request("POST", `/?Action=DescribeInvocations&${rpcBase}`, [rpcHost]), expect: { alibaba: 400, code: "MissingParameter", message: /"Version"/ } }],
  ["Alibaba: Version parameter with no Action", { bytes: request("POST", `/?Version=2020-06-01&${rpcBase}`, [rpcHost]), expect: { alibaba: 400, code: "MissingParameter", message: /"Action"/ } }],
  ["Alibaba: unknown action", { bytes: acs("DeleteEverything", rpcBase), expect: { alibaba: 404, code: "InvalidAction.NotFound" } }],
  ["Alibaba: action named __proto__", { bytes: acs("__proto__", rpcBase), expect: { alibaba: 404, code: "InvalidAction.NotFound" } }],
  ["Alibaba: action named constructor", { bytes: acs("constructor", rpcBase), expect: { alibaba: 404, code: "InvalidAction.NotFound" } }],
  ["Alibaba: an action asked at another version", { bytes: request("POST", `/?${rpcBase}`, [rpcHost, ["x-acs-action", "DescribeInvocations"], ["x-acs-version", "2017-01-01"]]), expect: { alibaba: 400, code: "InvalidVersion" } }],
  ["Alibaba: PUT", { bytes: acs("DescribeInvocations", rpcBase, [], "", "PUT"), expect: { alibaba: 404, code: "InvalidAction.NotFound" } }],
  ["Alibaba: DELETE", { bytes: acs("DescribeInvocations", rpcBase, [], "", "DELETE"), expect: { alibaba: 404, code: "InvalidAction.NotFound" } }],
  ["Alibaba: ?Action=A&Action=B", { bytes: request("POST", `/?Action=DescribeInvocations&Action=RunCommand&Version=2020-06-01&${rpcBase}`, [rpcHost]), expect: { alibaba: 400, code: "InvalidParameter", message: /"Action" is given more than once/ } }],
  ["Alibaba: ?RegionId=a&RegionId=b", { bytes: acs("DescribeInvocations", `${rpcBase}&RegionId=cn-shanghai`), expect: { alibaba: 400, code: "InvalidParameter", message: /"RegionId" is given more than once/ } }],
  ["Alibaba: one parameter in both the query and the form body", { bytes: acs("DescribeInvocations", rpcBase, [form], "RegionId=cn-shanghai"), expect: { alibaba: 400, code: "InvalidParameter", message: /"RegionId" is given more than once/ } }],
  ["Alibaba: %FF in a query value", { bytes: acs("DescribeInvocations", `${rpcBase}&InvokeStatus=%FF%FE`), expect: { alibaba: 400, code: "InvalidParameter", message: badEscape } }],
  ["Alibaba: overlong %C0%AF in a query name", { bytes: acs("DescribeInvocations", `${rpcBase}&%C0%AF=1`), expect: { alibaba: 400, code: "InvalidParameter", message: badEscape } }],
  ["Alibaba: encoded lone surrogate %ED%A0%80", { bytes: acs("DescribeInvocations", `${rpcBase}&InvokeStatus=%ED%A0%80`), expect: { alibaba: 400, code: "InvalidParameter", message: badEscape } }],
  ["Alibaba: stray % in the query", { bytes: acs("DescribeInvocations", `${rpcBase}&PageSize=%%%`), expect: { alibaba: 400, code: "InvalidParameter", message: badEscape } }],
  ["Alibaba: raw bytes above 0x7F in the query", { bytes: Buffer.concat([Buffer.from(`POST /?${rpcBase}&InvokeStatus=`), Buffer.from([0xc3, 0xa9, 0xff]), Buffer.from(" HTTP/1.1\r\nHost: swas.cn-hangzhou.aliyuncs.com\r\nx-acs-action: DescribeInvocations\r\nx-acs-version: 2020-06-01\r\nContent-Length: 0\r\n\r\n")]), expect: { node: 400 } }],
  ["Alibaba: form body that is not UTF-8", { bytes: acs("DescribeInvocations", "", [form], bytes(`${rpcBase}&InvokeStatus=`, [0xff])), expect: { alibaba: 400, code: "InvalidParameter", message: /body is not valid UTF-8/ } }],
  ["Alibaba: form body with a bad escape", { bytes: acs("DescribeInvocations", "", [form], `${rpcBase}&InvokeStatus=%G1`), expect: { alibaba: 400, code: "InvalidParameter", message: badEscape } }],
  ["Alibaba: __proto__, constructor, prototype as query parameters", {
    bytes: acs("DescribeInvocations", `${rpcBase}&__proto__=polluted&constructor=c&prototype=p&__proto__%5Bpolluted%5D=yes`),
    expect: { ok: "alibaba", check: (b) => expect([b.TotalCount, b.Invocations]).toEqual([0, []]) },
  }],
  ["Alibaba: __proto__ as a key of the JSON Parameters map stays data", {
    bytes: acs("RunCommand", `${rpcBase}&Name=n&Type=RunShellScript&EnableParameter=true&CommandContent=${encodeURIComponent("echo {{__proto__}}")}&Parameters=${encodeURIComponent('{"__proto__":"polluted"}')}`),
    expect: { ok: "alibaba", check: (b) => expect(typeof b.InvokeId).toBe("string") },
  }],
  [`Alibaba: Parameters JSON nested ${deep} levels (form body)`, { bytes: acs("RunCommand", "", [form], `${rpcBase}&Name=n&Type=RunShellScript&CommandContent=ls&Parameters=${"%5B".repeat(deep)}${"%5D".repeat(deep)}`), expect: { alibaba: 400, code: "InvalidParameter", message: /"Parameters"/ } }],
  ["Alibaba: Timeout that is not a number", { bytes: acs("RunCommand", `${rpcBase}&Name=n&Type=RunShellScript&CommandContent=ls&Timeout=1e999`), expect: { alibaba: 400, code: "InvalidParameter", message: /"Timeout"/ } }],
  ["Alibaba: a JSON body instead of a form", { bytes: acs("DescribeInvocations", "", [["Content-Type", "application/json"]], '{"RegionId":"cn-hangzhou"}'), expect: { alibaba: 400, code: "InvalidParameter" } }],
  ["Alibaba: a form body without a Content-Type", { bytes: acs("DescribeInvocations", "", [], rpcBase), expect: { alibaba: 400, code: "InvalidParameter" } }],
  ["Alibaba: form body over the limit", { bytes: acs("DescribeInvocations", "", [form], `${rpcBase}&x=${"y".repeat(2 * mib)}`), expect: { alibaba: 413, code: "RequestEntityTooLarge" } }],
  ["Alibaba: truncated form body, then FIN", { bytes: acs("DescribeInvocations", "", [form, ["Content-Length", "500"]], rpcBase), expect: { node: 400 }, send: { end: true } }],
];

// --- The server and the checks ----------------------------------------------------------------

let t: HostileServer;
let consoleErrors: ReturnType<typeof vi.spyOn>;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  const m = await loadMocks();
  // Short timeouts so the slow senders are cut within a second or two; normal requests arrive in one write.
  t = await startHostileServer(m, { headersTimeoutMs: 1000, requestTimeoutMs: 3000 });
  consoleErrors = vi.spyOn(console, "error");
});

afterAll(async () => {
  consoleErrors?.mockRestore();
  await t?.close();
});

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function check(outcome: RawOutcome, e: Expect): void {
  const r = outcome.response;
  if ("closed" in e) {
    expect(r).toBeUndefined();
    expect(outcome.closed).toBe(true);
    return;
  }
  expect(r, "the server gave no answer").toBeDefined();
  if (!r) return;
  if ("node" in e) {
    // Node's parser answered: nothing of the application's, and the connection is closed.
    expect(r.status).toBe(e.node);
    expect(r.headers["x-amzn-requestid"] ?? r.headers["x-acs-request-id"]).toBeUndefined();
    expect(r.headers.connection).toBe(e.keepsConnection ? "keep-alive" : "close");
    if (!e.keepsConnection) expect(outcome.closed).toBe(true);
    return;
  }
  const protocol = "ok" in e ? e.ok : "aws" in e ? "aws" : "alibaba";
  if (protocol === "aws") {
    expect(r.headers["content-type"]).toBe("application/x-amz-json-1.1");
    expect(r.headers["x-amzn-requestid"]).toMatch(uuid);
  } else {
    expect(r.headers["content-type"]).toBe("application/json;charset=utf-8");
    expect(r.headers["x-acs-request-id"]).toMatch(uuid);
  }
  expect(r.json, `not a JSON body: ${r.body.toString("utf8").slice(0, 200)}`).toBeTypeOf("object");
  if ("ok" in e) {
    expect(r.status).toBe(200);
    e.check(r.json);
  } else if ("aws" in e) {
    expect([r.status, r.json.__type]).toEqual([e.aws, e.type]);
    const message = r.json.message ?? r.json.Message;
    expect(message).toBeTypeOf("string");
    if (e.message) expect(message).toMatch(e.message);
  } else {
    expect([r.status, r.json.Code]).toEqual([e.alibaba, e.code]);
    expect(Object.keys(r.json)).toEqual(["RequestId", "HostId", "Code", "Message", "Recommend"]);
    expect(r.json.RequestId).toBe(r.headers["x-acs-request-id"]);
    expect(r.json.HostId).toBe("swas.cn-hangzhou.aliyuncs.com");
    expect(r.json.Recommend).toMatch(/^https:\/\/api\.aliyun\.com\/troubleshoot\?q=/);
    if (e.message) expect(r.json.Message).toMatch(e.message);
  }
}

/** A normal request of each protocol on a fresh connection: the server is still there and unharmed. */
async function expectStillServing(): Promise<void> {
  const ssm = await sendRaw(t.server.host, t.server.port, aws("ListCommands", "{}"));
  expect(ssm.response?.status).toBe(200);
  expect(Array.isArray(ssm.response?.json?.Commands)).toBe(true);
  const swas = await sendRaw(t.server.host, t.server.port, acs("DescribeInvocations", rpcBase));
  expect(swas.response?.status).toBe(200);
  expect(swas.response?.json?.TotalCount).toBeTypeOf("number");
}

describe("malformed requests over raw TCP get the protocol's error or Node's, and the server survives", () => {
  it("the corpus has at least 40 cases, each named once", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map(([name]) => name)).size).toBe(cases.length);
  });

  for (const [name, c] of cases) {
    it(name, async () => {
      // Node-level answers close the connection: wait for that too. Bounded: a hang fails the test.
      const waitForClose = ("node" in c.expect && !c.expect.keepsConnection) || "closed" in c.expect;
      const outcome = await sendRaw(t.server.host, t.server.port, c.bytes, { giveUpMs: 20_000, waitForClose, ...c.send });
      check(outcome, c.expect);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
      await expectStillServing();
    });
  }

  it("no request reached the mock's internal-error path", () => {
    expect(consoleErrors).not.toHaveBeenCalled();
  });
});
