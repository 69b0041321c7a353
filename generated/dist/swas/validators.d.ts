import { type ValidateOptions, type Violation } from "../runtime/validate.js";
import { type StandardSchemaV1 } from "../runtime/standard-schema.js";
import type {
  CommandParameters,
  CommandType,
  DescribeInvocationResultRequest,
  DescribeInvocationResultResponse,
  DescribeInvocationsRequest,
  DescribeInvocationsResponse,
  InstanceId,
  InternalErrorBody,
  InvalidAccessKeyIdNotFoundBody,
  InvalidInstanceIdNotFoundBody,
  InvalidInvokeIdNotFoundBody,
  InvalidParameterBody,
  Invocation,
  InvocationResult,
  InvocationStatus,
  InvokeId,
  InvokeStatus,
  InvokeStatusFilter,
  MissingParameterBody,
  RegionId,
  RegionIdNotMatchHostBody,
  RequestId,
  RunCommandRequest,
  RunCommandResponse,
  ServiceUnavailableBody,
  SignatureDoesNotMatchBody,
  ThrottlingBody,
  ThrottlingUserBody,
} from "./types.js";
export type { ValidateOptions, Violation } from "../runtime/validate.js";
export type { StandardSchemaV1 } from "../runtime/standard-schema.js";
/** Whether `value` is a valid CommandParameters; members it does not declare make it invalid. */
export declare function isCommandParameters(value: unknown): value is CommandParameters;
/** Every way `value` breaks CommandParameters, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandParameters(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** CommandParameters as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandParametersSchema: StandardSchemaV1<CommandParameters>;
/** Whether `value` is a valid CommandType; members it does not declare make it invalid. */
export declare function isCommandType(value: unknown): value is CommandType;
/** Every way `value` breaks CommandType, each with its JSON Pointer; empty when it is valid. */
export declare function validateCommandType(value: unknown, options?: ValidateOptions): Violation[];
/** CommandType as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const CommandTypeSchema: StandardSchemaV1<CommandType>;
/** Whether `value` is a valid DescribeInvocationResultRequest; members it does not declare make it invalid. */
export declare function isDescribeInvocationResultRequest(
  value: unknown,
): value is DescribeInvocationResultRequest;
/** Every way `value` breaks DescribeInvocationResultRequest, each with its JSON Pointer; empty when it is valid. */
export declare function validateDescribeInvocationResultRequest(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** DescribeInvocationResultRequest as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const DescribeInvocationResultRequestSchema: StandardSchemaV1<DescribeInvocationResultRequest>;
/** Whether `value` is a valid DescribeInvocationResultResponse; members it does not declare make it invalid. */
export declare function isDescribeInvocationResultResponse(
  value: unknown,
): value is DescribeInvocationResultResponse;
/** Every way `value` breaks DescribeInvocationResultResponse, each with its JSON Pointer; empty when it is valid. */
export declare function validateDescribeInvocationResultResponse(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** DescribeInvocationResultResponse as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const DescribeInvocationResultResponseSchema: StandardSchemaV1<DescribeInvocationResultResponse>;
/** Whether `value` is a valid DescribeInvocationsRequest; members it does not declare make it invalid. */
export declare function isDescribeInvocationsRequest(
  value: unknown,
): value is DescribeInvocationsRequest;
/** Every way `value` breaks DescribeInvocationsRequest, each with its JSON Pointer; empty when it is valid. */
export declare function validateDescribeInvocationsRequest(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** DescribeInvocationsRequest as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const DescribeInvocationsRequestSchema: StandardSchemaV1<DescribeInvocationsRequest>;
/** Whether `value` is a valid DescribeInvocationsResponse; members it does not declare make it invalid. */
export declare function isDescribeInvocationsResponse(
  value: unknown,
): value is DescribeInvocationsResponse;
/** Every way `value` breaks DescribeInvocationsResponse, each with its JSON Pointer; empty when it is valid. */
export declare function validateDescribeInvocationsResponse(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** DescribeInvocationsResponse as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const DescribeInvocationsResponseSchema: StandardSchemaV1<DescribeInvocationsResponse>;
/** Whether `value` is a valid InstanceId; members it does not declare make it invalid. */
export declare function isInstanceId(value: unknown): value is InstanceId;
/** Every way `value` breaks InstanceId, each with its JSON Pointer; empty when it is valid. */
export declare function validateInstanceId(value: unknown, options?: ValidateOptions): Violation[];
/** InstanceId as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InstanceIdSchema: StandardSchemaV1<InstanceId>;
/** Whether `value` is a valid InternalErrorBody; members it does not declare make it invalid. */
export declare function isInternalErrorBody(value: unknown): value is InternalErrorBody;
/** Every way `value` breaks InternalErrorBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInternalErrorBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InternalErrorBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InternalErrorBodySchema: StandardSchemaV1<InternalErrorBody>;
/** Whether `value` is a valid InvalidAccessKeyIdNotFoundBody; members it does not declare make it invalid. */
export declare function isInvalidAccessKeyIdNotFoundBody(
  value: unknown,
): value is InvalidAccessKeyIdNotFoundBody;
/** Every way `value` breaks InvalidAccessKeyIdNotFoundBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidAccessKeyIdNotFoundBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidAccessKeyIdNotFoundBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidAccessKeyIdNotFoundBodySchema: StandardSchemaV1<InvalidAccessKeyIdNotFoundBody>;
/** Whether `value` is a valid InvalidInstanceIdNotFoundBody; members it does not declare make it invalid. */
export declare function isInvalidInstanceIdNotFoundBody(
  value: unknown,
): value is InvalidInstanceIdNotFoundBody;
/** Every way `value` breaks InvalidInstanceIdNotFoundBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidInstanceIdNotFoundBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidInstanceIdNotFoundBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidInstanceIdNotFoundBodySchema: StandardSchemaV1<InvalidInstanceIdNotFoundBody>;
/** Whether `value` is a valid InvalidInvokeIdNotFoundBody; members it does not declare make it invalid. */
export declare function isInvalidInvokeIdNotFoundBody(
  value: unknown,
): value is InvalidInvokeIdNotFoundBody;
/** Every way `value` breaks InvalidInvokeIdNotFoundBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidInvokeIdNotFoundBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidInvokeIdNotFoundBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidInvokeIdNotFoundBodySchema: StandardSchemaV1<InvalidInvokeIdNotFoundBody>;
/** Whether `value` is a valid InvalidParameterBody; members it does not declare make it invalid. */
export declare function isInvalidParameterBody(value: unknown): value is InvalidParameterBody;
/** Every way `value` breaks InvalidParameterBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvalidParameterBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvalidParameterBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvalidParameterBodySchema: StandardSchemaV1<InvalidParameterBody>;
/** Whether `value` is a valid Invocation; members it does not declare make it invalid. */
export declare function isInvocation(value: unknown): value is Invocation;
/** Every way `value` breaks Invocation, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvocation(value: unknown, options?: ValidateOptions): Violation[];
/** Invocation as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvocationSchema: StandardSchemaV1<Invocation>;
/** Whether `value` is a valid InvocationResult; members it does not declare make it invalid. */
export declare function isInvocationResult(value: unknown): value is InvocationResult;
/** Every way `value` breaks InvocationResult, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvocationResult(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvocationResult as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvocationResultSchema: StandardSchemaV1<InvocationResult>;
/** Whether `value` is a valid InvocationStatus; members it does not declare make it invalid. */
export declare function isInvocationStatus(value: unknown): value is InvocationStatus;
/** Every way `value` breaks InvocationStatus, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvocationStatus(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvocationStatus as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvocationStatusSchema: StandardSchemaV1<InvocationStatus>;
/** Whether `value` is a valid InvokeId; members it does not declare make it invalid. */
export declare function isInvokeId(value: unknown): value is InvokeId;
/** Every way `value` breaks InvokeId, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvokeId(value: unknown, options?: ValidateOptions): Violation[];
/** InvokeId as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvokeIdSchema: StandardSchemaV1<InvokeId>;
/** Whether `value` is a valid InvokeStatus; members it does not declare make it invalid. */
export declare function isInvokeStatus(value: unknown): value is InvokeStatus;
/** Every way `value` breaks InvokeStatus, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvokeStatus(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvokeStatus as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvokeStatusSchema: StandardSchemaV1<InvokeStatus>;
/** Whether `value` is a valid InvokeStatusFilter; members it does not declare make it invalid. */
export declare function isInvokeStatusFilter(value: unknown): value is InvokeStatusFilter;
/** Every way `value` breaks InvokeStatusFilter, each with its JSON Pointer; empty when it is valid. */
export declare function validateInvokeStatusFilter(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** InvokeStatusFilter as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const InvokeStatusFilterSchema: StandardSchemaV1<InvokeStatusFilter>;
/** Whether `value` is a valid MissingParameterBody; members it does not declare make it invalid. */
export declare function isMissingParameterBody(value: unknown): value is MissingParameterBody;
/** Every way `value` breaks MissingParameterBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateMissingParameterBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** MissingParameterBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const MissingParameterBodySchema: StandardSchemaV1<MissingParameterBody>;
/** Whether `value` is a valid RegionId; members it does not declare make it invalid. */
export declare function isRegionId(value: unknown): value is RegionId;
/** Every way `value` breaks RegionId, each with its JSON Pointer; empty when it is valid. */
export declare function validateRegionId(value: unknown, options?: ValidateOptions): Violation[];
/** RegionId as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const RegionIdSchema: StandardSchemaV1<RegionId>;
/** Whether `value` is a valid RegionIdNotMatchHostBody; members it does not declare make it invalid. */
export declare function isRegionIdNotMatchHostBody(
  value: unknown,
): value is RegionIdNotMatchHostBody;
/** Every way `value` breaks RegionIdNotMatchHostBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateRegionIdNotMatchHostBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** RegionIdNotMatchHostBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const RegionIdNotMatchHostBodySchema: StandardSchemaV1<RegionIdNotMatchHostBody>;
/** Whether `value` is a valid RequestId; members it does not declare make it invalid. */
export declare function isRequestId(value: unknown): value is RequestId;
/** Every way `value` breaks RequestId, each with its JSON Pointer; empty when it is valid. */
export declare function validateRequestId(value: unknown, options?: ValidateOptions): Violation[];
/** RequestId as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const RequestIdSchema: StandardSchemaV1<RequestId>;
/** Whether `value` is a valid RunCommandRequest; members it does not declare make it invalid. */
export declare function isRunCommandRequest(value: unknown): value is RunCommandRequest;
/** Every way `value` breaks RunCommandRequest, each with its JSON Pointer; empty when it is valid. */
export declare function validateRunCommandRequest(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** RunCommandRequest as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const RunCommandRequestSchema: StandardSchemaV1<RunCommandRequest>;
/** Whether `value` is a valid RunCommandResponse; members it does not declare make it invalid. */
export declare function isRunCommandResponse(value: unknown): value is RunCommandResponse;
/** Every way `value` breaks RunCommandResponse, each with its JSON Pointer; empty when it is valid. */
export declare function validateRunCommandResponse(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** RunCommandResponse as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const RunCommandResponseSchema: StandardSchemaV1<RunCommandResponse>;
/** Whether `value` is a valid ServiceUnavailableBody; members it does not declare make it invalid. */
export declare function isServiceUnavailableBody(value: unknown): value is ServiceUnavailableBody;
/** Every way `value` breaks ServiceUnavailableBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateServiceUnavailableBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** ServiceUnavailableBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const ServiceUnavailableBodySchema: StandardSchemaV1<ServiceUnavailableBody>;
/** Whether `value` is a valid SignatureDoesNotMatchBody; members it does not declare make it invalid. */
export declare function isSignatureDoesNotMatchBody(
  value: unknown,
): value is SignatureDoesNotMatchBody;
/** Every way `value` breaks SignatureDoesNotMatchBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateSignatureDoesNotMatchBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** SignatureDoesNotMatchBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const SignatureDoesNotMatchBodySchema: StandardSchemaV1<SignatureDoesNotMatchBody>;
/** Whether `value` is a valid ThrottlingBody; members it does not declare make it invalid. */
export declare function isThrottlingBody(value: unknown): value is ThrottlingBody;
/** Every way `value` breaks ThrottlingBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateThrottlingBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** ThrottlingBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const ThrottlingBodySchema: StandardSchemaV1<ThrottlingBody>;
/** Whether `value` is a valid ThrottlingUserBody; members it does not declare make it invalid. */
export declare function isThrottlingUserBody(value: unknown): value is ThrottlingUserBody;
/** Every way `value` breaks ThrottlingUserBody, each with its JSON Pointer; empty when it is valid. */
export declare function validateThrottlingUserBody(
  value: unknown,
  options?: ValidateOptions,
): Violation[];
/** ThrottlingUserBody as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one. */
export declare const ThrottlingUserBodySchema: StandardSchemaV1<ThrottlingUserBody>;
/** Every way `value` breaks DescribeInvocationResultRequest, as validateDescribeInvocationResultRequest finds them, without its fast path: what the generated clients check inputs with. */
export declare function $validate_DescribeInvocationResultRequest(value: unknown): Violation[];
/** Every way `value` breaks DescribeInvocationsRequest, as validateDescribeInvocationsRequest finds them, without its fast path: what the generated clients check inputs with. */
export declare function $validate_DescribeInvocationsRequest(value: unknown): Violation[];
/** Every way `value` breaks RunCommandRequest, as validateRunCommandRequest finds them, without its fast path: what the generated clients check inputs with. */
export declare function $validate_RunCommandRequest(value: unknown): Violation[];
/**
 * DescribeInvocationResultRequest from RPC parameters, which arrive as strings (query string or form body).
 *
 * Every member is a string: nothing to convert.
 *
 * Absent members get their spec defaults (none here). Text that does not parse stays a string, for validateDescribeInvocationResultRequest to report; other parameters are copied unchanged.
 */
export declare function coerceDescribeInvocationResultRequest(
  params: Record<string, string>,
): unknown;
/**
 * DescribeInvocationsRequest from RPC parameters, which arrive as strings (query string or form body).
 *
 * Integers: PageNumber, PageSize.
 *
 * Absent members get their spec defaults (PageNumber = 1, PageSize = 10). Text that does not parse stays a string, for validateDescribeInvocationsRequest to report; other parameters are copied unchanged.
 */
export declare function coerceDescribeInvocationsRequest(params: Record<string, string>): unknown;
/**
 * RunCommandRequest from RPC parameters, which arrive as strings (query string or form body).
 *
 * Integers: Timeout. Booleans (true/false): EnableParameter. JSON text: Parameters.
 *
 * Absent members get their spec defaults (EnableParameter = false, Timeout = 60). Text that does not parse stays a string, for validateRunCommandRequest to report; other parameters are copied unchanged.
 */
export declare function coerceRunCommandRequest(params: Record<string, string>): unknown;
