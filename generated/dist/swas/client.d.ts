import type * as $t from "./types.js";
import { BaseClient as $BaseClient, type CallOptions as $CallOptions } from "../runtime/client.js";
import {
  type ErrorClass as $ErrorClass,
  ServiceError as $ServiceError,
} from "../runtime/errors.js";
import { type AlibabaRpcConfig as $AlibabaRpcConfig } from "../runtime/alibaba-rpc.js";
import {
  type WaiterOptions as $WaiterOptions,
  type WaiterResult as $WaiterResult,
} from "../runtime/waiter.js";
/** Settings for Alibaba Cloud Simple Application Server clients. */
export type SwasClientConfig = $AlibabaRpcConfig;
/** Configuration and credentials for Alibaba Cloud Simple Application Server, without operation methods: pass it to the standalone operation functions (such as `describeInvocationResult(client, input)`) so a bundler keeps only the operations a program calls. */
export declare class SwasBaseClient extends $BaseClient<SwasClientConfig> {}
/** Base class of every Alibaba Cloud Simple Application Server error. Codes the spec does not list for the operation are raised as this class, with `name` and `code` set to the code on the wire. */
export declare class SwasServiceError extends $ServiceError {}
/**
 * The service failed to process the request because of an internal error; try again later.
 *
 * HTTP 500, server fault, retryable; code `InternalError`.
 */
export interface InternalError extends SwasServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InternalErrorBody & Readonly<Record<string, unknown>>;
}
/**
 * The service failed to process the request because of an internal error; try again later.
 *
 * HTTP 500, server fault, retryable; code `InternalError`.
 */
export declare const InternalError: $ErrorClass<InternalError>;
/**
 * The AccessKey ID is unknown. The OpenAPI gateway's common error table gives HTTP 404; some product pages list 400.
 *
 * HTTP 404, client fault; code `InvalidAccessKeyId.NotFound`.
 */
export interface InvalidAccessKeyIdNotFound extends SwasServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidAccessKeyIdNotFoundBody & Readonly<Record<string, unknown>>;
}
/**
 * The AccessKey ID is unknown. The OpenAPI gateway's common error table gives HTTP 404; some product pages list 400.
 *
 * HTTP 404, client fault; code `InvalidAccessKeyId.NotFound`.
 */
export declare const InvalidAccessKeyIdNotFound: $ErrorClass<InvalidAccessKeyIdNotFound>;
/**
 * No server with the given InstanceId exists in the region. SWAS documents this code (HTTP 404) for many instance operations; the API reference lists no error codes for RunCommand, DescribeInvocations or DescribeInvocationResult, so its use here is inferred, not verified.
 *
 * HTTP 404, client fault; code `InvalidInstanceId.NotFound`.
 */
export interface InvalidInstanceIdNotFound extends SwasServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidInstanceIdNotFoundBody & Readonly<Record<string, unknown>>;
}
/**
 * No server with the given InstanceId exists in the region. SWAS documents this code (HTTP 404) for many instance operations; the API reference lists no error codes for RunCommand, DescribeInvocations or DescribeInvocationResult, so its use here is inferred, not verified.
 *
 * HTTP 404, client fault; code `InvalidInstanceId.NotFound`.
 */
export declare const InvalidInstanceIdNotFound: $ErrorClass<InvalidInstanceIdNotFound>;
/**
 * No execution with the given InvokeId exists for the server. Unverified: neither the SDK nor the API reference documents an error code for an unknown InvokeId; this code and status follow the pattern of InvalidInstanceId.NotFound.
 *
 * HTTP 404, client fault; code `InvalidInvokeId.NotFound`.
 */
export interface InvalidInvokeIdNotFound extends SwasServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidInvokeIdNotFoundBody & Readonly<Record<string, unknown>>;
}
/**
 * No execution with the given InvokeId exists for the server. Unverified: neither the SDK nor the API reference documents an error code for an unknown InvokeId; this code and status follow the pattern of InvalidInstanceId.NotFound.
 *
 * HTTP 404, client fault; code `InvalidInvokeId.NotFound`.
 */
export declare const InvalidInvokeIdNotFound: $ErrorClass<InvalidInvokeIdNotFound>;
/**
 * A parameter value is not valid.
 *
 * HTTP 400, client fault; code `InvalidParameter`.
 */
export interface InvalidParameter extends SwasServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidParameterBody & Readonly<Record<string, unknown>>;
}
/**
 * A parameter value is not valid.
 *
 * HTTP 400, client fault; code `InvalidParameter`.
 */
export declare const InvalidParameter: $ErrorClass<InvalidParameter>;
/**
 * A required parameter is missing. The gateway may also answer with a code naming the parameter, such as MissingInstanceId.
 *
 * HTTP 400, client fault; code `MissingParameter`.
 */
export interface MissingParameter extends SwasServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.MissingParameterBody & Readonly<Record<string, unknown>>;
}
/**
 * A required parameter is missing. The gateway may also answer with a code naming the parameter, such as MissingInstanceId.
 *
 * HTTP 400, client fault; code `MissingParameter`.
 */
export declare const MissingParameter: $ErrorClass<MissingParameter>;
/**
 * RegionId does not match the region of the endpoint the request was sent to. SWAS documents this code (HTTP 400) for many instance operations; its use for these three actions is inferred, not verified.
 *
 * HTTP 400, client fault; code `RegionIdNotMatchHost`.
 */
export interface RegionIdNotMatchHost extends SwasServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.RegionIdNotMatchHostBody & Readonly<Record<string, unknown>>;
}
/**
 * RegionId does not match the region of the endpoint the request was sent to. SWAS documents this code (HTTP 400) for many instance operations; its use for these three actions is inferred, not verified.
 *
 * HTTP 400, client fault; code `RegionIdNotMatchHost`.
 */
export declare const RegionIdNotMatchHost: $ErrorClass<RegionIdNotMatchHost>;
/**
 * The service is temporarily unavailable; try again later.
 *
 * HTTP 503, server fault, retryable; code `ServiceUnavailable`.
 */
export interface ServiceUnavailable extends SwasServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.ServiceUnavailableBody & Readonly<Record<string, unknown>>;
}
/**
 * The service is temporarily unavailable; try again later.
 *
 * HTTP 503, server fault, retryable; code `ServiceUnavailable`.
 */
export declare const ServiceUnavailable: $ErrorClass<ServiceUnavailable>;
/**
 * The request signature does not match the one the service computed. The OpenAPI gateway's common error table gives HTTP 400; some product pages list 403.
 *
 * HTTP 400, client fault; code `SignatureDoesNotMatch`.
 */
export interface SignatureDoesNotMatch extends SwasServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.SignatureDoesNotMatchBody & Readonly<Record<string, unknown>>;
}
/**
 * The request signature does not match the one the service computed. The OpenAPI gateway's common error table gives HTTP 400; some product pages list 403.
 *
 * HTTP 400, client fault; code `SignatureDoesNotMatch`.
 */
export declare const SignatureDoesNotMatch: $ErrorClass<SignatureDoesNotMatch>;
/**
 * The request was rejected by flow control. Alibaba's common error tables give HTTP 400. The official SDK raises a ThrottlingError for any code containing "Throttling" and reads the x-acs-retry-after header when present.
 *
 * HTTP 400, client fault, throttling, retryable; code `Throttling`.
 */
export interface Throttling extends SwasServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.ThrottlingBody & Readonly<Record<string, unknown>>;
}
/**
 * The request was rejected by flow control. Alibaba's common error tables give HTTP 400. The official SDK raises a ThrottlingError for any code containing "Throttling" and reads the x-acs-retry-after header when present.
 *
 * HTTP 400, client fault, throttling, retryable; code `Throttling`.
 */
export declare const Throttling: $ErrorClass<Throttling>;
/**
 * The caller exceeded its own request-rate limit for this API (HTTP 400 in the OpenAPI gateway's common error table).
 *
 * HTTP 400, client fault, throttling, retryable; code `Throttling.User`.
 */
export interface ThrottlingUser extends SwasServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.ThrottlingUserBody & Readonly<Record<string, unknown>>;
}
/**
 * The caller exceeded its own request-rate limit for this API (HTTP 400 in the OpenAPI gateway's common error table).
 *
 * HTTP 400, client fault, throttling, retryable; code `Throttling.User`.
 */
export declare const ThrottlingUser: $ErrorClass<ThrottlingUser>;
/** Returns the status, exit code and output of one command execution on a simple application server. Results from the last two weeks can be queried, up to 100,000 records. A command that ran is not necessarily a command that did what was expected: check InvocationStatus, ExitCode and Output. */
export declare function describeInvocationResult(
  client: SwasBaseClient,
  input: $t.DescribeInvocationResultRequest,
  options?: $CallOptions,
): Promise<$t.DescribeInvocationResultResponse>;
/** Lists the command executions of one simple application server, one page at a time. Executions from the last two weeks can be queried, up to 100,000 records. A Finished execution may still have failed: check InvocationStatus, or read the output with DescribeInvocationResult. */
export declare function describeInvocations(
  client: SwasBaseClient,
  input: $t.DescribeInvocationsRequest,
  options?: $CallOptions,
): Promise<$t.DescribeInvocationsResponse>;
/** Runs a shell, PowerShell or batch script on one simple application server through Cloud Assistant and returns the execution ID. The call only starts the execution: poll DescribeInvocationResult (or DescribeInvocations) for its status and output. The server must be Running and have the Cloud Assistant agent installed. */
export declare function runCommand(
  client: SwasBaseClient,
  input: $t.RunCommandRequest,
  options?: $CallOptions,
): Promise<$t.RunCommandResponse>;
/**
 * Waits until the execution has ended: succeeds when the command exited with code 0 and fails on any other final state.
 *
 * Resolves when a success acceptor matches; rejects with a WaiterFailureError when a failure acceptor matches, a WaiterTimeoutError after `maxWaitTime` seconds (default 120), or the error itself when no acceptor expects it. Delays start at 2 s and grow to at most 30 s.
 */
export declare function waitUntilInvocationFinished(
  client: SwasBaseClient,
  input: $t.DescribeInvocationResultRequest,
  options?: $WaiterOptions,
): Promise<$WaiterResult<$t.DescribeInvocationResultResponse>>;
/** Every page of DescribeInvocations, by PageNumber until TotalCount is covered or a page is empty; the items are in each page's Invocations. */
export declare function paginateDescribeInvocations(
  client: SwasBaseClient,
  input: $t.DescribeInvocationsRequest,
  options?: $CallOptions,
): AsyncGenerator<$t.DescribeInvocationsResponse, void, undefined>;
/**
 * Alibaba Cloud Simple Application Server client: one method per operation. Each method is also a standalone function taking the client first, which keeps bundles small; this class also carries the output validators `validateOutput` uses.
 *
 * Simple Application Server (SWAS, OpenAPI product code swas-open) manages lightweight cloud servers. This spec covers the Command Assistant calls that run a script on one server through the Cloud Assistant agent and read back its status and output. The server must be in the Running state and the Cloud Assistant agent must be installed on it (it is by default).
 */
export declare class SwasClient extends SwasBaseClient {
  constructor(config: SwasClientConfig);
  /** Returns the status, exit code and output of one command execution on a simple application server. Results from the last two weeks can be queried, up to 100,000 records. A command that ran is not necessarily a command that did what was expected: check InvocationStatus, ExitCode and Output. */
  describeInvocationResult(
    input: $t.DescribeInvocationResultRequest,
    options?: $CallOptions,
  ): Promise<$t.DescribeInvocationResultResponse>;
  /** Lists the command executions of one simple application server, one page at a time. Executions from the last two weeks can be queried, up to 100,000 records. A Finished execution may still have failed: check InvocationStatus, or read the output with DescribeInvocationResult. */
  describeInvocations(
    input: $t.DescribeInvocationsRequest,
    options?: $CallOptions,
  ): Promise<$t.DescribeInvocationsResponse>;
  /** Runs a shell, PowerShell or batch script on one simple application server through Cloud Assistant and returns the execution ID. The call only starts the execution: poll DescribeInvocationResult (or DescribeInvocations) for its status and output. The server must be Running and have the Cloud Assistant agent installed. */
  runCommand(input: $t.RunCommandRequest, options?: $CallOptions): Promise<$t.RunCommandResponse>;
}
