import {
  OperationError,
  type MockOptions,
  type MockReply,
  type MockService,
  type MockServiceDefinition,
} from "./mock-operation.js";
import { type Violation } from "./validate.js";
/** A stateful mock of an awsJson1_1 service, from its generated definition. */
export declare function awsJsonMock<Op extends string>(
  definition: MockServiceDefinition,
  options?: MockOptions,
): MockService<Op>;
/** `Credential=AKID/20240101/eu-west-1/ssm/aws4_request` → `eu-west-1` (index scanning: this runs on every request). */
export declare function credentialRegion(authorization: string | null): string | undefined;
export declare function errorReply(
  definition: MockServiceDefinition | undefined,
  e: unknown,
  requestId: string,
): MockReply;
/**
 * Violations as the service reports them. Wrong JSON types fail deserialization before any constraint
 * is checked (SerializationException); constraint failures are listed in one ValidationException, in the
 * service's words: `1 validation error detected: Value 'x' at 'commandId' failed to satisfy constraint: …`.
 */
export declare function validationError(
  violations: readonly Violation[],
  input: unknown,
): OperationError;
/** `["Filters", "0", "key"]` → `filters.1.member.key`: members in lowerCamel, list items counted from 1. */
export declare function memberPath(segments: readonly string[]): string;
