import * as $v from "./validators.js";
import { BaseClient as $BaseClient, invoke as $invoke, outputCheck as $outputCheck } from "../runtime/client.js";
import { errorClass as $errorClass, ServiceError as $ServiceError } from "../runtime/errors.js";
import { alibabaRpc as $alibabaRpc } from "../runtime/alibaba-rpc.js";
import { waitFor as $waitFor } from "../runtime/waiter.js";
import { paginateByPage as $paginateByPage } from "../runtime/paginate.js";
const $protocol = $alibabaRpc({
	version: "2020-06-01",
	endpoint: "swas.{region}.aliyuncs.com",
	method: "POST",
	parameters: "query",
	responseFormat: "json"
});
/** Configuration and credentials for Alibaba Cloud Simple Application Server, without operation methods: pass it to the standalone operation functions (such as `describeInvocationResult(client, input)`) so a bundler keeps only the operations a program calls. */
export class SwasBaseClient extends $BaseClient {}
/** Base class of every Alibaba Cloud Simple Application Server error. Codes the spec does not list for the operation are raised as this class, with `name` and `code` set to the code on the wire. */
export class SwasServiceError extends $ServiceError {}
/**
* The service failed to process the request because of an internal error; try again later.
*
* HTTP 500, server fault, retryable; code `InternalError`.
*/
export const InternalError = /* @__PURE__ */ $errorClass(SwasServiceError, "InternalError", 500, { retryable: true });
/**
* The AccessKey ID is unknown. The OpenAPI gateway's common error table gives HTTP 404; some product pages list 400.
*
* HTTP 404, client fault; code `InvalidAccessKeyId.NotFound`.
*/
export const InvalidAccessKeyIdNotFound = /* @__PURE__ */ $errorClass(SwasServiceError, "InvalidAccessKeyIdNotFound", 404, { code: "InvalidAccessKeyId.NotFound" });
/**
* No server with the given InstanceId exists in the region. SWAS documents this code (HTTP 404) for many instance operations; the API reference lists no error codes for RunCommand, DescribeInvocations or DescribeInvocationResult, so its use here is inferred, not verified.
*
* HTTP 404, client fault; code `InvalidInstanceId.NotFound`.
*/
export const InvalidInstanceIdNotFound = /* @__PURE__ */ $errorClass(SwasServiceError, "InvalidInstanceIdNotFound", 404, { code: "InvalidInstanceId.NotFound" });
/**
* No execution with the given InvokeId exists for the server. Unverified: neither the SDK nor the API reference documents an error code for an unknown InvokeId; this code and status follow the pattern of InvalidInstanceId.NotFound.
*
* HTTP 404, client fault; code `InvalidInvokeId.NotFound`.
*/
export const InvalidInvokeIdNotFound = /* @__PURE__ */ $errorClass(SwasServiceError, "InvalidInvokeIdNotFound", 404, { code: "InvalidInvokeId.NotFound" });
/**
* A parameter value is not valid.
*
* HTTP 400, client fault; code `InvalidParameter`.
*/
export const InvalidParameter = /* @__PURE__ */ $errorClass(SwasServiceError, "InvalidParameter", 400);
/**
* A required parameter is missing. The gateway may also answer with a code naming the parameter, such as MissingInstanceId.
*
* HTTP 400, client fault; code `MissingParameter`.
*/
export const MissingParameter = /* @__PURE__ */ $errorClass(SwasServiceError, "MissingParameter", 400);
/**
* RegionId does not match the region of the endpoint the request was sent to. SWAS documents this code (HTTP 400) for many instance operations; its use for these three actions is inferred, not verified.
*
* HTTP 400, client fault; code `RegionIdNotMatchHost`.
*/
export const RegionIdNotMatchHost = /* @__PURE__ */ $errorClass(SwasServiceError, "RegionIdNotMatchHost", 400);
/**
* The service is temporarily unavailable; try again later.
*
* HTTP 503, server fault, retryable; code `ServiceUnavailable`.
*/
export const ServiceUnavailable = /* @__PURE__ */ $errorClass(SwasServiceError, "ServiceUnavailable", 503, { retryable: true });
/**
* The request signature does not match the one the service computed. The OpenAPI gateway's common error table gives HTTP 400; some product pages list 403.
*
* HTTP 400, client fault; code `SignatureDoesNotMatch`.
*/
export const SignatureDoesNotMatch = /* @__PURE__ */ $errorClass(SwasServiceError, "SignatureDoesNotMatch", 400);
/**
* The request was rejected by flow control. Alibaba's common error tables give HTTP 400. The official SDK raises a ThrottlingError for any code containing "Throttling" and reads the x-acs-retry-after header when present.
*
* HTTP 400, client fault, throttling, retryable; code `Throttling`.
*/
export const Throttling = /* @__PURE__ */ $errorClass(SwasServiceError, "Throttling", 400, {
	retryable: true,
	throttling: true
});
/**
* The caller exceeded its own request-rate limit for this API (HTTP 400 in the OpenAPI gateway's common error table).
*
* HTTP 400, client fault, throttling, retryable; code `Throttling.User`.
*/
export const ThrottlingUser = /* @__PURE__ */ $errorClass(SwasServiceError, "ThrottlingUser", 400, {
	code: "Throttling.User",
	retryable: true,
	throttling: true
});
const $operation_DescribeInvocationResult = {
	name: "DescribeInvocationResult",
	protocol: $protocol,
	serviceError: SwasServiceError,
	errors: [
		InternalError,
		InvalidAccessKeyIdNotFound,
		InvalidInstanceIdNotFound,
		InvalidInvokeIdNotFound,
		InvalidParameter,
		MissingParameter,
		RegionIdNotMatchHost,
		ServiceUnavailable,
		SignatureDoesNotMatch,
		Throttling,
		ThrottlingUser
	],
	validateInput: $v.$validate_DescribeInvocationResultRequest
};
/** Returns the status, exit code and output of one command execution on a simple application server. Results from the last two weeks can be queried, up to 100,000 records. A command that ran is not necessarily a command that did what was expected: check InvocationStatus, ExitCode and Output. */
export function describeInvocationResult(client, input, options) {
	return $invoke(client, $operation_DescribeInvocationResult, input, options);
}
const $operation_DescribeInvocations = {
	name: "DescribeInvocations",
	protocol: $protocol,
	serviceError: SwasServiceError,
	errors: [
		InternalError,
		InvalidAccessKeyIdNotFound,
		InvalidInstanceIdNotFound,
		InvalidParameter,
		MissingParameter,
		RegionIdNotMatchHost,
		ServiceUnavailable,
		SignatureDoesNotMatch,
		Throttling,
		ThrottlingUser
	],
	validateInput: $v.$validate_DescribeInvocationsRequest
};
/** Lists the command executions of one simple application server, one page at a time. Executions from the last two weeks can be queried, up to 100,000 records. A Finished execution may still have failed: check InvocationStatus, or read the output with DescribeInvocationResult. */
export function describeInvocations(client, input, options) {
	return $invoke(client, $operation_DescribeInvocations, input, options);
}
const $operation_RunCommand = {
	name: "RunCommand",
	protocol: $protocol,
	serviceError: SwasServiceError,
	errors: [
		InternalError,
		InvalidAccessKeyIdNotFound,
		InvalidInstanceIdNotFound,
		InvalidParameter,
		MissingParameter,
		RegionIdNotMatchHost,
		ServiceUnavailable,
		SignatureDoesNotMatch,
		Throttling,
		ThrottlingUser
	],
	validateInput: $v.$validate_RunCommandRequest
};
/** Runs a shell, PowerShell or batch script on one simple application server through Cloud Assistant and returns the execution ID. The call only starts the execution: poll DescribeInvocationResult (or DescribeInvocations) for its status and output. The server must be Running and have the Cloud Assistant agent installed. */
export function runCommand(client, input, options) {
	return $invoke(client, $operation_RunCommand, input, options);
}
const $waiter_InvocationFinished = {
	name: "InvocationFinished",
	minDelay: 2,
	maxDelay: 30,
	maxAttempts: 60,
	acceptors: [
		{
			state: "success",
			matcher: "path",
			argument: "InvocationResult.InvocationStatus",
			expected: "Success"
		},
		{
			state: "retry",
			matcher: "path",
			argument: "InvocationResult.InvocationStatus",
			expected: "Pending"
		},
		{
			state: "retry",
			matcher: "path",
			argument: "InvocationResult.InvocationStatus",
			expected: "Running"
		},
		{
			state: "retry",
			matcher: "path",
			argument: "InvocationResult.InvocationStatus",
			expected: "Stopping"
		},
		{
			state: "failure",
			matcher: "path",
			argument: "InvocationResult.InvocationStatus",
			expected: "Failed"
		},
		{
			state: "failure",
			matcher: "path",
			argument: "InvocationResult.InvocationStatus",
			expected: "Error"
		},
		{
			state: "failure",
			matcher: "path",
			argument: "InvocationResult.InvocationStatus",
			expected: "Timeout"
		},
		{
			state: "failure",
			matcher: "path",
			argument: "InvocationResult.InvocationStatus",
			expected: "Cancelled"
		},
		{
			state: "failure",
			matcher: "path",
			argument: "InvocationResult.InvocationStatus",
			expected: "Terminated"
		},
		{
			state: "failure",
			matcher: "path",
			argument: "InvocationResult.InvocationStatus",
			expected: "Invalid"
		},
		{
			state: "failure",
			matcher: "path",
			argument: "InvocationResult.InvocationStatus",
			expected: "Aborted"
		}
	]
};
/**
* Waits until the execution has ended: succeeds when the command exited with code 0 and fails on any other final state.
*
* Resolves when a success acceptor matches; rejects with a WaiterFailureError when a failure acceptor matches, a WaiterTimeoutError after `maxWaitTime` seconds (default 120), or the error itself when no acceptor expects it. Delays start at 2 s and grow to at most 30 s.
*/
export function waitUntilInvocationFinished(client, input, options) {
	return $waitFor($waiter_InvocationFinished, (signal) => describeInvocationResult(client, input, { signal }), options);
}
/** Every page of DescribeInvocations, by PageNumber until TotalCount is covered or a page is empty; the items are in each page's Invocations. */
export function paginateDescribeInvocations(client, input, options) {
	return $paginateByPage((i, o) => describeInvocations(client, i, o), input, {
		pageNumber: "PageNumber",
		pageSize: "PageSize",
		totalCount: "TotalCount",
		items: "Invocations"
	}, options);
}
// Output validators are referenced from this class only, so programs using SwasBaseClient do not bundle them.
const $outputs = /* @__PURE__ */ $outputCheck({
	DescribeInvocationResult: $v.validateDescribeInvocationResultResponse,
	DescribeInvocations: $v.validateDescribeInvocationsResponse,
	RunCommand: $v.validateRunCommandResponse
});
/**
* Alibaba Cloud Simple Application Server client: one method per operation. Each method is also a standalone function taking the client first, which keeps bundles small; this class also carries the output validators `validateOutput` uses.
*
* Simple Application Server (SWAS, OpenAPI product code swas-open) manages lightweight cloud servers. This spec covers the Command Assistant calls that run a script on one server through the Cloud Assistant agent and read back its status and output. The server must be in the Running state and the Cloud Assistant agent must be installed on it (it is by default).
*/
export class SwasClient extends SwasBaseClient {
	constructor(config) {
		super(config, $outputs);
	}
	/** Returns the status, exit code and output of one command execution on a simple application server. Results from the last two weeks can be queried, up to 100,000 records. A command that ran is not necessarily a command that did what was expected: check InvocationStatus, ExitCode and Output. */
	describeInvocationResult(input, options) {
		return describeInvocationResult(this, input, options);
	}
	/** Lists the command executions of one simple application server, one page at a time. Executions from the last two weeks can be queried, up to 100,000 records. A Finished execution may still have failed: check InvocationStatus, or read the output with DescribeInvocationResult. */
	describeInvocations(input, options) {
		return describeInvocations(this, input, options);
	}
	/** Runs a shell, PowerShell or batch script on one simple application server through Cloud Assistant and returns the execution ID. The call only starts the execution: poll DescribeInvocationResult (or DescribeInvocations) for its status and output. The server must be Running and have the Cloud Assistant agent installed. */
	runCommand(input, options) {
		return runCommand(this, input, options);
	}
}
