// The AWS JSON 1.1 side of the mock: routing by X-Amz-Target, the protocol's own errors
// (`__type` + message, 400 unless the error says otherwise) and `x-amzn-RequestId` on every answer.
import {
  checkOutput,
  invoke,
  OperationError,
  pathSegments,
  valueAt,
  type BehaviourContext,
  type MockOperation,
  type MockOptions,
  type MockReply,
  type MockRequest,
  type MockService,
  type MockServiceDefinition,
} from "./mock-operation.js";
import { prepareService, serviceFromReply } from "./mock-service.js";
import { verifySigV4 } from "./mock-signature.js";
import { maxDepth, type Violation } from "./validate.js";

const contentType = "application/x-amz-json-1.1";
const faultCodes = { throttling: "ThrottlingException", internal: "InternalServerError" };
const acceptUnknown = { unknownMembers: "accept" } as const;

/** A stateful mock of an awsJson1_1 service, from its generated definition. */
export function awsJsonMock<Op extends string>(
  definition: MockServiceDefinition,
  options: MockOptions = {},
): MockService<Op> {
  const protocol = definition.protocol;
  if (protocol.kind !== "awsJson1_1")
    throw new Error(`${definition.name} is not an awsJson1_1 service`);
  const rt = prepareService(definition, options);
  const prefix = `${protocol.targetPrefix}.`;

  const claims = (request: MockRequest): boolean =>
    request.headers.get("x-amz-target")?.startsWith(prefix) === true;

  // Everything but fault latency is synchronous: requests without a fault rule are answered without a promise.
  const reply = (request: MockRequest, forced?: string): MockReply | Promise<MockReply> => {
    const requestId = rt.requestId();
    try {
      if (request.tooLarge) {
        throw new OperationError(
          "RequestEntityTooLargeException",
          `Request body is larger than ${rt.maxBodyBytes} bytes.`,
          { status: 413 },
        );
      }
      if (request.method !== "POST")
        throw new OperationError(
          "UnknownOperationException",
          `${request.method} is not supported: send POST /.`,
        );
      const type = request.headers.get("content-type");
      if (!isJsonContentType(type)) {
        // The real endpoint picks the protocol from the content type; an unknown one names no operation. (Wording unverified.)
        throw new OperationError(
          "UnknownOperationException",
          `Content-Type must be ${contentType}, not ${type ?? "absent"}.`,
        );
      }
      const target = request.headers.get("x-amz-target") ?? "";
      const name = forced ?? (target.startsWith(prefix) ? target.slice(prefix.length) : "");
      const op = rt.operations.get(name);
      if (!op)
        throw new OperationError(
          "UnknownOperationException",
          target ? `Operation ${target} is not supported.` : "The X-Amz-Target header is missing.",
        );
      if (options.signatures) {
        const failure = verifySigV4(request, options.signatures, protocol.signingName);
        if (failure) throw failure;
      }
      const input = parseBody(request);
      if (rt.faults.rule(definition.moduleName, op.name)) {
        return rt.faults
          .apply(definition.moduleName, op.name, faultCodes)
          .then((injected) =>
            injected
              ? errorReply(definition, injected, requestId)
              : complete(op, input, request, requestId),
          );
      }
      return complete(op, input, request, requestId);
    } catch (e) {
      return errorReply(definition, e, requestId);
    }
  };

  const complete = (
    op: MockOperation,
    input: Record<string, unknown>,
    request: MockRequest,
    requestId: string,
  ): MockReply => {
    try {
      // Newer SDKs may send members the spec does not know yet; the service ignores them too.
      const violations = op.validateInput(input, acceptUnknown);
      if (violations.length > 0) throw validationError(violations, input);
      const ctx: BehaviourContext = {
        store: rt.store,
        definition,
        requestId,
        region: credentialRegion(request.headers.get("authorization")) ?? "us-east-1",
        host: request.headers.get("host") ?? "",
      };
      const output = invoke(op, input, ctx);
      if (rt.checkResponses) {
        const broken = checkOutput(op, output, "InternalServerError");
        if (broken) throw broken;
      }
      return {
        status: 200,
        headers: { "content-type": contentType, "x-amzn-requestid": requestId },
        body: JSON.stringify(output),
      };
    } catch (e) {
      return errorReply(definition, e, requestId);
    }
  };

  return serviceFromReply<Op>(rt, claims, reply);
}

function parseBody(request: MockRequest): Record<string, unknown> {
  const body = request.body;
  // JSON text is UTF-8 (RFC 8259); a body repaired with U+FFFD would pass off as what the client meant.
  if (request.badUtf8)
    throw new OperationError("SerializationException", "The request body is not valid UTF-8.");
  if (body === "") return {};
  // Members the spec does not know are ignored, not validated, so their depth is checked here: a nesting
  // of depth d takes at least 2d characters, so short bodies, all the usual ones, skip the scan.
  if (body.length > 2 * maxDepth && nestedDeeperThan(body, maxDepth)) {
    throw new OperationError(
      "SerializationException",
      `The request body is nested more than ${maxDepth} levels deep.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // Whitespace alone is an empty body too, as the protocol treats it; checked only when parsing failed.
    if (body.trim() === "") return {};
    throw new OperationError("SerializationException", "The request body is not valid JSON.");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new OperationError("SerializationException", "The request body must be a JSON object.");
  }
  return value as Record<string, unknown>;
}

/** Whether brackets outside strings nest deeper than `limit` (the text need not be valid JSON). */
function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** `application/x-amz-json-1.1`, in any case, optionally followed by parameters (`; charset=utf-8`). */
function isJsonContentType(type: string | null): boolean {
  if (type === null) return false;
  if (type === contentType) return true; // what the SDKs send: skip the allocations below
  const semicolon = type.indexOf(";");
  return (semicolon < 0 ? type : type.slice(0, semicolon)).trim().toLowerCase() === contentType;
}

/** `Credential=AKID/20240101/eu-west-1/ssm/aws4_request` → `eu-west-1` (index scanning: this runs on every request). */
export function credentialRegion(authorization: string | null): string | undefined {
  if (!authorization) return undefined;
  const start = authorization.indexOf("Credential=");
  if (start < 0) return undefined;
  const day = authorization.indexOf("/", start);
  const region = day < 0 ? -1 : authorization.indexOf("/", day + 1);
  const end = region < 0 ? -1 : authorization.indexOf("/", region + 1);
  const comma = authorization.indexOf(",", start);
  if (end < 0 || (comma >= 0 && end > comma) || end === region + 1) return undefined;
  return authorization.slice(region + 1, end);
}

export function errorReply(
  definition: MockServiceDefinition | undefined,
  e: unknown,
  requestId: string,
): MockReply {
  const error =
    e instanceof OperationError
      ? e
      : new OperationError("InternalServerError", "The mock failed while answering.", {
          status: 500,
        });
  if (!(e instanceof OperationError)) console.error(e);
  const info = definition?.errors[error.code];
  const status = error.status ?? info?.status ?? 400;
  const body: Record<string, unknown> = { __type: error.code, ...error.fields };
  const member = info?.messageMember ?? "message";
  if (body[member] === undefined) body[member] = error.message;
  return {
    status,
    headers: { "content-type": contentType, "x-amzn-requestid": requestId },
    body: JSON.stringify(body),
  };
}

/**
 * Violations as the service reports them. Wrong JSON types fail deserialization before any constraint
 * is checked (SerializationException); constraint failures are listed in one ValidationException, in the
 * service's words: `1 validation error detected: Value 'x' at 'commandId' failed to satisfy constraint: …`.
 */
export function validationError(violations: readonly Violation[], input: unknown): OperationError {
  const type = violations.find(
    (v) => v.keyword === "type" || v.keyword === "integer" || v.keyword === "maxDepth",
  );
  if (type)
    return new OperationError(
      "SerializationException",
      `Cannot deserialize '${memberPath(pathSegments(type.path))}': ${type.message}.`,
    );
  const parts = violations.map((v) => {
    const segments = pathSegments(v.path);
    const value = v.keyword === "required" ? undefined : valueAt(input, segments);
    return `Value ${showValue(value)} at '${memberPath(segments)}' failed to satisfy constraint: ${constraintText(v)}`;
  });
  const n = parts.length;
  return new OperationError(
    "ValidationException",
    `${n} validation error${n === 1 ? "" : "s"} detected: ${parts.join("; ")}`,
  );
}

/** `["Filters", "0", "key"]` → `filters.1.member.key`: members in lowerCamel, list items counted from 1. */
export function memberPath(segments: readonly string[]): string {
  return segments
    .map((s) =>
      /^\d+$/.test(s) ? `${Number(s) + 1}.member` : s.charAt(0).toLowerCase() + s.slice(1),
    )
    .join(".");
}

function showValue(v: unknown): string {
  if (v === undefined || v === null) return "null";
  if (Array.isArray(v))
    return `'[${v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ")}]'`;
  return `'${typeof v === "object" ? JSON.stringify(v) : String(v)}'`;
}

function constraintText(v: Violation): string {
  const limit = v.params.limit;
  switch (v.keyword) {
    case "required":
      return "Member must not be null";
    case "minLength":
    case "minItems":
    case "minProperties":
      return `Member must have length greater than or equal to ${limit}`;
    case "maxLength":
    case "maxItems":
    case "maxProperties":
      return `Member must have length less than or equal to ${limit}`;
    case "minimum":
      return `Member must have value greater than or equal to ${limit}`;
    case "maximum":
      return `Member must have value less than or equal to ${limit}`;
    case "pattern":
      return `Member must satisfy regular expression pattern: ${v.params.pattern}`;
    case "enum":
      return `Member must satisfy enum value set: [${(v.params.allowedValues as string[]).join(", ")}]`;
    default:
      return `Member ${v.message}`;
  }
}
