import { endpointOf } from "./client.js";
import { awsCredentialVariables } from "./credentials.js";
import { sha256Hex, utf8Length } from "./crypto.js";
import { amzDate, signV4 } from "./sigv4.js";
const contentType = "application/x-amz-json-1.1";
function dropNulls(_key, value) {
  return value === null ? void 0 : value;
}
function awsHost(prefix, region) {
  return `${prefix}.${region}.amazonaws.com${region.startsWith("cn-") ? ".cn" : ""}`;
}
function buildAwsJsonRequest(service, context) {
  const { config, credentials } = context;
  const endpoint = endpointOf(config, awsHost(service.endpointPrefix, config.region));
  const body = JSON.stringify(context.input ?? {}, dropNulls);
  const payloadHash = sha256Hex(body);
  const date = amzDate(context.now);
  const target = `${service.targetPrefix}.${context.operation}`;
  const headers = {
    "content-type": contentType,
    "x-amz-target": target,
    "x-amz-date": date,
    "x-amz-content-sha256": payloadHash
  };
  const signed = {
    "content-length": String(utf8Length(body)),
    "content-type": contentType,
    host: endpoint.host,
    "x-amz-content-sha256": payloadHash,
    "x-amz-date": date,
    "x-amz-target": target
  };
  if (credentials.sessionToken)
    headers["x-amz-security-token"] = signed["x-amz-security-token"] = credentials.sessionToken;
  headers.authorization = signV4(
    { method: "POST", path: endpoint.path, query: "", headers: signed, payloadHash },
    credentials,
    { region: config.region, service: service.signingName },
    date
  );
  return { method: "POST", url: endpoint.origin + endpoint.path, headers, body };
}
function sanitizeErrorCode(raw) {
  return raw.split(":")[0].split("#").pop().trim();
}
function parseBody(text) {
  if (text.trim() === "") return {};
  return JSON.parse(text);
}
function stringMember(body, ...names) {
  for (const n of names) {
    const v = body[n];
    if (typeof v === "string") return v;
  }
  return void 0;
}
function parseAwsJsonResponse(response) {
  const requestId = response.headers.get("x-amzn-requestid") ?? void 0;
  let body;
  try {
    body = parseBody(response.body);
  } catch {
    body = void 0;
  }
  const isObject = body !== null && typeof body === "object" && !Array.isArray(body);
  if (response.status >= 200 && response.status < 300) {
    if (isObject) return { output: body };
    return {
      error: {
        code: "InvalidResponseBody",
        message: "the body is not a JSON object",
        $status: response.status,
        requestId
      }
    };
  }
  const fields = isObject ? body : {};
  const raw = response.headers.get("x-amzn-errortype") ?? stringMember(fields, "code", "Code", "__type");
  const code = raw ? sanitizeErrorCode(raw) : "";
  const error = {
    code: code || "UnknownError",
    message: stringMember(fields, "message", "Message") ?? (code || `status ${response.status}`),
    $status: response.status,
    requestId,
    details: fields
  };
  return { error };
}
function awsJson1_1(service) {
  return {
    credentialVariables: awsCredentialVariables,
    request: (context) => buildAwsJsonRequest(service, context),
    parse: parseAwsJsonResponse
  };
}
export {
  awsHost,
  awsJson1_1,
  buildAwsJsonRequest,
  parseAwsJsonResponse,
  sanitizeErrorCode
};
