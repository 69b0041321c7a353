// The awsJson1_1 protocol: POST / with the input as JSON, X-Amz-Target naming the operation, SigV4.
// The headers and their order of signing match what @aws-sdk/client-ssm sends, minus its telemetry
// headers (user agents, invocation id), so a request here and one from the official SDK carry the
// same signature for the same input, credentials and clock.
import type { ParsedResponse, Protocol, RequestContext } from "./client.js";
import { endpointOf } from "./client.js";
import { awsCredentialVariables } from "./credentials.js";
import { sha256Async, utf8Length } from "./crypto.js";
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

export async function buildAwsJsonRequest(
  service: AwsJsonService,
  context: RequestContext,
): Promise<HttpRequest> {
  const { config, credentials } = context;
  const endpoint = endpointOf(config, awsHost(service.endpointPrefix, config.region));
  // A replacer slows JSON.stringify down several times; it only runs when there may be a null to drop.
  let body = JSON.stringify(context.input ?? {});
  if (body.includes("null")) body = JSON.stringify(context.input, dropNulls);
  const payloadHash = await sha256Async(body, undefined, "hex");
  const date = amzDate(context.now);
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-amz-target": `${service.targetPrefix}.${context.operation}`,
    "x-amz-date": date,
    "x-amz-content-sha256": payloadHash,
  };
  if (credentials.sessionToken) headers["x-amz-security-token"] = credentials.sessionToken;
  // fetch derives host and content-length itself (browsers forbid setting them); both are signed, as the SDK signs them.
  const signed = { ...headers, host: endpoint.host, "content-length": `${utf8Length(body)}` };
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

/** The first of `names` whose member is a string. */
function stringMember(body: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const n of names) if (typeof body[n] === "string") return body[n] as string;
  return undefined;
}

export function parseAwsJsonResponse({
  status,
  headers,
  body: text,
}: HttpResponse): ParsedResponse {
  let body: unknown;
  try {
    body = text.trim() ? JSON.parse(text) : {};
  } catch {}
  const isObject = !!body && typeof body === "object" && !Array.isArray(body);
  const fields = (isObject ? body : {}) as Record<string, unknown>;
  const ok = status >= 200 && status < 300;
  if (ok && isObject) return { output: body };
  // The header first, then the body's `code`, then `__type`: the order aws-sdk-js-v3 reads them in.
  const raw = ok
    ? "InvalidResponseBody"
    : (headers.get("x-amzn-errortype") ?? stringMember(fields, "code", "Code", "__type"));
  const code = raw ? sanitizeErrorCode(raw) : "";
  const error: ErrorInit = {
    code: code || "UnknownError",
    message: ok
      ? "the body is not a JSON object"
      : (stringMember(fields, "message", "Message") ?? (code || `status ${status}`)),
    $status: status,
    requestId: headers.get("x-amzn-requestid") ?? undefined,
  };
  if (!ok) error.details = fields;
  return { error };
}

export function awsJson1_1(service: AwsJsonService): Protocol {
  return {
    credentialVariables: awsCredentialVariables,
    request: (context) => buildAwsJsonRequest(service, context),
    parse: parseAwsJsonResponse,
  };
}
