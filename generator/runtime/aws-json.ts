// The awsJson1_1 protocol: POST / with the input as JSON, X-Amz-Target naming the operation, SigV4.
// The headers and their order of signing match what @aws-sdk/client-ssm sends, minus its telemetry
// headers (user agents, invocation id), so a request here and one from the official SDK carry the
// same signature for the same input, credentials and clock.
import type { ParsedResponse, Protocol, RequestContext } from "./client.js";
import { endpointOf } from "./client.js";
import { awsCredentialVariables } from "./credentials.js";
import { sha256HexAsync, utf8Length } from "./crypto.js";
import type { ErrorInit } from "./errors.js";
import { amzDate, signV4Async } from "./sigv4.js";
import type { HttpRequest, HttpResponse } from "./transport.js";

export interface AwsJsonService {
  /** X-Amz-Target is `<targetPrefix>.<Operation>`. */
  targetPrefix: string;
  /** The SigV4 service name. */
  signingName: string;
  /** The default endpoint is https://<endpointPrefix>.<region>.amazonaws.com. */
  endpointPrefix: string;
}

const contentType = "application/x-amz-json-1.1";

/** Null members are dropped, as the official SDKs drop them. */
function dropNulls(_key: string, value: unknown): unknown {
  return value === null ? undefined : value;
}

/** The default endpoint: China regions live under amazonaws.com.cn. */
export function awsHost(prefix: string, region: string): string {
  return `${prefix}.${region}.amazonaws.com${region.startsWith("cn-") ? ".cn" : ""}`;
}

export async function buildAwsJsonRequest(service: AwsJsonService, context: RequestContext): Promise<HttpRequest> {
  const { config, credentials } = context;
  const endpoint = endpointOf(config, awsHost(service.endpointPrefix, config.region));
  const body = JSON.stringify(context.input ?? {}, dropNulls);
  const payloadHash = await sha256HexAsync(body);
  const date = amzDate(context.now);
  const target = `${service.targetPrefix}.${context.operation}`;
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-amz-target": target,
    "x-amz-date": date,
    "x-amz-content-sha256": payloadHash,
  };
  // fetch derives host and content-length itself (browsers forbid setting them); both are signed, as the SDK signs them.
  // (A literal, not a spread of `headers`: spreading costs more than the rest of the request building.)
  const signed: Record<string, string> = {
    "content-length": String(utf8Length(body)),
    "content-type": contentType,
    host: endpoint.host,
    "x-amz-content-sha256": payloadHash,
    "x-amz-date": date,
    "x-amz-target": target,
  };
  if (credentials.sessionToken) headers["x-amz-security-token"] = signed["x-amz-security-token"] = credentials.sessionToken;
  headers.authorization = await signV4Async(
    { method: "POST", path: endpoint.path, query: "", headers: signed, payloadHash },
    credentials,
    { region: config.region, service: service.signingName },
    date,
  );
  return { method: "POST", url: endpoint.origin + endpoint.path, headers, body };
}

/** `aws.ssm#InvalidCommandId:http://internal/` → `InvalidCommandId`. */
export function sanitizeErrorCode(raw: string): string {
  return raw.split(":")[0].split("#").pop()!.trim();
}

function parseBody(text: string): unknown {
  if (text.trim() === "") return {};
  return JSON.parse(text);
}

function stringMember(body: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = body[n];
    if (typeof v === "string") return v;
  }
  return undefined;
}

export function parseAwsJsonResponse(response: HttpResponse): ParsedResponse {
  const requestId = response.headers.get("x-amzn-requestid") ?? undefined;
  let body: unknown;
  try {
    body = parseBody(response.body);
  } catch {
    body = undefined;
  }
  const isObject = body !== null && typeof body === "object" && !Array.isArray(body);
  if (response.status >= 200 && response.status < 300) {
    if (isObject) return { output: body };
    return {
      error: { code: "InvalidResponseBody", message: "the body is not a JSON object", $status: response.status, requestId },
    };
  }
  const fields = isObject ? (body as Record<string, unknown>) : {};
  // The header first, then the body's `code`, then `__type`: the order aws-sdk-js-v3 reads them in.
  const raw = response.headers.get("x-amzn-errortype") ?? stringMember(fields, "code", "Code", "__type");
  const code = raw ? sanitizeErrorCode(raw) : "";
  const error: ErrorInit = {
    code: code || "UnknownError",
    message: stringMember(fields, "message", "Message") ?? (code || `status ${response.status}`),
    $status: response.status,
    requestId,
    details: fields,
  };
  return { error };
}

export function awsJson1_1(service: AwsJsonService): Protocol {
  return {
    credentialVariables: awsCredentialVariables,
    request: (context) => buildAwsJsonRequest(service, context),
    parse: parseAwsJsonResponse,
  };
}
