import * as $v from "./validators.js";
import { BaseClient as $BaseClient, invoke as $invoke, outputCheck as $outputCheck, sensitiveValues as $sensitiveValues } from "../runtime/client.js";
import { errorClass as $errorClass, ServiceError as $ServiceError } from "../runtime/errors.js";
import { awsJson1_1 as $awsJson1_1 } from "../runtime/aws-json.js";
import { waitFor as $waitFor } from "../runtime/waiter.js";
import { paginateByToken as $paginateByToken } from "../runtime/paginate.js";
const $protocol = $awsJson1_1({
	targetPrefix: "AmazonSSM",
	signingName: "ssm",
	endpointPrefix: "ssm"
});
/** Configuration and credentials for Amazon Simple Systems Manager (SSM), without operation methods: pass it to the standalone operation functions (such as `getCommandInvocation(client, input)`) so a bundler keeps only the operations a program calls. */
export class SsmBaseClient extends $BaseClient {}
/** Base class of every Amazon Simple Systems Manager (SSM) error. Codes the spec does not list for the operation are raised as this class, with `name` and `code` set to the code on the wire. */
export class SsmServiceError extends $ServiceError {}
/**
* Error returned when the ID specified for a resource, such as a maintenance window or patch baseline, doesn't exist.
*
* For information about resource quotas in Amazon Web Services Systems Manager, see Systems Manager service quotas (https://docs.aws.amazon.com/general/latest/gr/ssm.html#limits_ssm) in the Amazon Web Services General Reference.
*
* HTTP 400, client fault; code `DoesNotExistException`.
*/
export const DoesNotExistException = /* @__PURE__ */ $errorClass(SsmServiceError, "DoesNotExistException", 400);
/**
* You can't specify a managed node ID in more than one association.
*
* HTTP 400, client fault; code `DuplicateInstanceId`.
*/
export const DuplicateInstanceId = /* @__PURE__ */ $errorClass(SsmServiceError, "DuplicateInstanceId", 400);
/**
* An error occurred on the server side.
*
* HTTP 500, server fault; code `InternalServerError`.
*/
export const InternalServerError = /* @__PURE__ */ $errorClass(SsmServiceError, "InternalServerError", 500);
/**
* The specified command ID isn't valid. Verify the ID and try again.
*
* HTTP 400, client fault; code `InvalidCommandId`.
*/
export const InvalidCommandId = /* @__PURE__ */ $errorClass(SsmServiceError, "InvalidCommandId", 400);
/**
* The specified SSM document doesn't exist.
*
* HTTP 400, client fault; code `InvalidDocument`.
*/
export const InvalidDocument = /* @__PURE__ */ $errorClass(SsmServiceError, "InvalidDocument", 400);
/**
* The document version isn't valid or doesn't exist.
*
* HTTP 400, client fault; code `InvalidDocumentVersion`.
*/
export const InvalidDocumentVersion = /* @__PURE__ */ $errorClass(SsmServiceError, "InvalidDocumentVersion", 400);
/**
* The specified key isn't valid.
*
* HTTP 400, client fault; code `InvalidFilterKey`.
*/
export const InvalidFilterKey = /* @__PURE__ */ $errorClass(SsmServiceError, "InvalidFilterKey", 400);
/**
* The following problems can cause this exception:
*
* - You don't have permission to access the managed node.
* - Amazon Web Services Systems Manager Agent(SSM Agent) isn't running. Verify that SSM Agent is running.
* - SSM Agent isn't registered with the SSM endpoint. Try reinstalling SSM Agent.
* - The managed node isn't in valid state. Valid states are: Running, Pending, Stopped, and Stopping. Invalid states are: Shutting-down and Terminated.
*
* HTTP 400, client fault; code `InvalidInstanceId`.
*/
export const InvalidInstanceId = /* @__PURE__ */ $errorClass(SsmServiceError, "InvalidInstanceId", 400);
/**
* The specified token isn't valid.
*
* HTTP 400, client fault; code `InvalidNextToken`.
*/
export const InvalidNextToken = /* @__PURE__ */ $errorClass(SsmServiceError, "InvalidNextToken", 400);
/**
* One or more configuration items isn't valid. Verify that a valid Amazon Resource Name (ARN) was provided for an Amazon Simple Notification Service topic.
*
* HTTP 400, client fault; code `InvalidNotificationConfig`.
*/
export const InvalidNotificationConfig = /* @__PURE__ */ $errorClass(SsmServiceError, "InvalidNotificationConfig", 400);
/**
* The S3 bucket doesn't exist.
*
* HTTP 400, client fault; code `InvalidOutputFolder`.
*/
export const InvalidOutputFolder = /* @__PURE__ */ $errorClass(SsmServiceError, "InvalidOutputFolder", 400);
/**
* You must specify values for all required parameters in the Amazon Web Services Systems Manager document (SSM document). You can only supply values to parameters defined in the SSM document.
*
* HTTP 400, client fault; code `InvalidParameters`.
*/
export const InvalidParameters = /* @__PURE__ */ $errorClass(SsmServiceError, "InvalidParameters", 400);
/**
* The plugin name isn't valid.
*
* HTTP 400, client fault; code `InvalidPluginName`.
*/
export const InvalidPluginName = /* @__PURE__ */ $errorClass(SsmServiceError, "InvalidPluginName", 400);
/**
* The role name can't contain invalid characters. Also verify that you specified an IAM role for notifications that includes the required trust policy. For information about configuring the IAM role for Run Command notifications, see Configuring Amazon SNS Notifications for Run Command (https://docs.aws.amazon.com/systems-manager/latest/userguide/rc-sns-notifications.html) in the Amazon Web Services Systems Manager User Guide.
*
* HTTP 400, client fault; code `InvalidRole`.
*/
export const InvalidRole = /* @__PURE__ */ $errorClass(SsmServiceError, "InvalidRole", 400);
/**
* The command ID and managed node ID you specified didn't match any invocations. Verify the command ID and the managed node ID and try again.
*
* HTTP 400, client fault; code `InvocationDoesNotExist`.
*/
export const InvocationDoesNotExist = /* @__PURE__ */ $errorClass(SsmServiceError, "InvocationDoesNotExist", 400);
/**
* The size limit of a document is 64 KB.
*
* HTTP 400, client fault; code `MaxDocumentSizeExceeded`.
*/
export const MaxDocumentSizeExceeded = /* @__PURE__ */ $errorClass(SsmServiceError, "MaxDocumentSizeExceeded", 400);
/**
* The document doesn't support the platform type of the given managed node ID(s). For example, you sent an document for a Windows managed node to a Linux node.
*
* HTTP 400, client fault; code `UnsupportedPlatformType`.
*/
export const UnsupportedPlatformType = /* @__PURE__ */ $errorClass(SsmServiceError, "UnsupportedPlatformType", 400);
const $operation_GetCommandInvocation = {
	name: "GetCommandInvocation",
	protocol: $protocol,
	serviceError: SsmServiceError,
	errors: [
		InternalServerError,
		InvalidCommandId,
		InvalidInstanceId,
		InvalidPluginName,
		InvocationDoesNotExist
	],
	validateInput: $v.$validate_GetCommandInvocationRequest
};
/**
* Returns detailed information about command execution for an invocation or plugin.
*
* GetCommandInvocation only gives the execution status of a plugin in a document. To get the command execution status on a specific managed node, use ListCommandInvocations. To get the command execution status across managed nodes, use ListCommands.
*/
export function getCommandInvocation(client, input, options) {
	return $invoke(client, $operation_GetCommandInvocation, input, options);
}
const $operation_GetMaintenanceWindowExecutionTaskInvocation = {
	name: "GetMaintenanceWindowExecutionTaskInvocation",
	protocol: $protocol,
	serviceError: SsmServiceError,
	errors: [DoesNotExistException, InternalServerError],
	validateInput: $v.$validate_GetMaintenanceWindowExecutionTaskInvocationRequest
};
/** Retrieves information about a specific task running on a specific target. */
export function getMaintenanceWindowExecutionTaskInvocation(client, input, options) {
	return $invoke(client, $operation_GetMaintenanceWindowExecutionTaskInvocation, input, options);
}
const $operation_ListCommandInvocations = {
	name: "ListCommandInvocations",
	protocol: $protocol,
	serviceError: SsmServiceError,
	errors: [
		InternalServerError,
		InvalidCommandId,
		InvalidFilterKey,
		InvalidInstanceId,
		InvalidNextToken
	],
	validateInput: $v.$validate_ListCommandInvocationsRequest
};
/** An invocation is copy of a command sent to a specific managed node. A command can apply to one or more managed nodes. A command invocation applies to one managed node. For example, if a user runs SendCommand against three managed nodes, then a command invocation is created for each requested managed node ID. ListCommandInvocations provide status about command execution. */
export function listCommandInvocations(client, input, options) {
	return $invoke(client, $operation_ListCommandInvocations, input, options);
}
const $operation_ListCommands = {
	name: "ListCommands",
	protocol: $protocol,
	serviceError: SsmServiceError,
	errors: [
		InternalServerError,
		InvalidCommandId,
		InvalidFilterKey,
		InvalidInstanceId,
		InvalidNextToken
	],
	validateInput: $v.$validate_ListCommandsRequest
};
/** Lists the commands requested by users of the Amazon Web Services account. */
export function listCommands(client, input, options) {
	return $invoke(client, $operation_ListCommands, input, options);
}
const $operation_SendCommand = {
	name: "SendCommand",
	protocol: $protocol,
	serviceError: SsmServiceError,
	errors: [
		DuplicateInstanceId,
		InternalServerError,
		InvalidDocument,
		InvalidDocumentVersion,
		InvalidInstanceId,
		InvalidNotificationConfig,
		InvalidOutputFolder,
		InvalidParameters,
		InvalidRole,
		MaxDocumentSizeExceeded,
		UnsupportedPlatformType
	],
	validateInput: $v.$validate_SendCommandRequest,
	secrets: (input) => $sensitiveValues(input, [["Parameters"]])
};
/** Runs commands on one or more managed nodes. */
export function sendCommand(client, input, options) {
	return $invoke(client, $operation_SendCommand, input, options);
}
const $waiter_CommandExecuted = {
	name: "CommandExecuted",
	minDelay: 5,
	maxDelay: 120,
	maxAttempts: 20,
	acceptors: [
		{
			state: "retry",
			matcher: "path",
			argument: "Status",
			expected: "Pending"
		},
		{
			state: "retry",
			matcher: "path",
			argument: "Status",
			expected: "InProgress"
		},
		{
			state: "retry",
			matcher: "path",
			argument: "Status",
			expected: "Delayed"
		},
		{
			state: "success",
			matcher: "path",
			argument: "Status",
			expected: "Success"
		},
		{
			state: "failure",
			matcher: "path",
			argument: "Status",
			expected: "Cancelled"
		},
		{
			state: "failure",
			matcher: "path",
			argument: "Status",
			expected: "TimedOut"
		},
		{
			state: "failure",
			matcher: "path",
			argument: "Status",
			expected: "Failed"
		},
		{
			state: "failure",
			matcher: "path",
			argument: "Status",
			expected: "Cancelling"
		},
		{
			state: "retry",
			matcher: "error",
			expected: "InvocationDoesNotExist"
		}
	]
};
/**
* Calls GetCommandInvocation until the spec's CommandExecuted acceptors report success or failure.
*
* Resolves when a success acceptor matches; rejects with a WaiterFailureError when a failure acceptor matches, a WaiterTimeoutError after `maxWaitTime` seconds (default 100), or the error itself when no acceptor expects it. Delays start at 5 s and grow to at most 120 s.
*/
export function waitUntilCommandExecuted(client, input, options) {
	return $waitFor($waiter_CommandExecuted, (signal) => getCommandInvocation(client, input, { signal }), options);
}
/** Every page of ListCommandInvocations, following NextToken until the service returns none; the items are in each page's CommandInvocations. */
export function paginateListCommandInvocations(client, input, options) {
	return $paginateByToken((i, o) => listCommandInvocations(client, i, o), input, {
		inputToken: "NextToken",
		outputToken: "NextToken"
	}, options);
}
/** Every page of ListCommands, following NextToken until the service returns none; the items are in each page's Commands. */
export function paginateListCommands(client, input, options) {
	return $paginateByToken((i, o) => listCommands(client, i, o), input, {
		inputToken: "NextToken",
		outputToken: "NextToken"
	}, options);
}
// Output validators are referenced from this class only, so programs using SsmBaseClient do not bundle them.
const $outputs = /* @__PURE__ */ $outputCheck({
	GetCommandInvocation: $v.validateGetCommandInvocationResponse,
	GetMaintenanceWindowExecutionTaskInvocation: $v.validateGetMaintenanceWindowExecutionTaskInvocationResponse,
	ListCommandInvocations: $v.validateListCommandInvocationsResponse,
	ListCommands: $v.validateListCommandsResponse,
	SendCommand: $v.validateSendCommandResponse
});
/**
* Amazon Simple Systems Manager (SSM) client: one method per operation. Each method is also a standalone function taking the client first, which keeps bundles small; this class also carries the output validators `validateOutput` uses.
*
* Amazon Web Services Systems Manager is a collection of capabilities to help you manage your applications and infrastructure running in the Amazon Web Services Cloud;. Systems Manager simplifies application and resource management, shortens the time to detect and resolve operational problems, and helps you manage your Amazon Web Services resources securely at scale.
*
* This reference is intended to be used with the Amazon Web Services Systems Manager User Guide (https://docs.aws.amazon.com/systems-manager/latest/userguide/).
*
* To get started, verify prerequisites. For more information, see Setting up Amazon Web Services Systems Manager (https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up.html).
*
* Related resources
*
* - For information about how to use a Query API, see Making API requests (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/making-api-requests.html).
* - For information about other API operations you can perform on EC2 instances, see the Amazon EC2 API Reference (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/).
* - For information about AppConfig, a capability of Systems Manager, see the AppConfig User Guide (https://docs.aws.amazon.com/appconfig/latest/userguide/) and the AppConfig API Reference (https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/).
* - For information about Incident Manager, a capability of Systems Manager, see the Incident Manager User Guide (https://docs.aws.amazon.com/incident-manager/latest/userguide/) and the Incident Manager API Reference (https://docs.aws.amazon.com/incident-manager/latest/APIReference/).
*/
export class SsmClient extends SsmBaseClient {
	constructor(config) {
		super(config, $outputs);
	}
	/**
	* Returns detailed information about command execution for an invocation or plugin.
	*
	* GetCommandInvocation only gives the execution status of a plugin in a document. To get the command execution status on a specific managed node, use ListCommandInvocations. To get the command execution status across managed nodes, use ListCommands.
	*/
	getCommandInvocation(input, options) {
		return getCommandInvocation(this, input, options);
	}
	/** Retrieves information about a specific task running on a specific target. */
	getMaintenanceWindowExecutionTaskInvocation(input, options) {
		return getMaintenanceWindowExecutionTaskInvocation(this, input, options);
	}
	/** An invocation is copy of a command sent to a specific managed node. A command can apply to one or more managed nodes. A command invocation applies to one managed node. For example, if a user runs SendCommand against three managed nodes, then a command invocation is created for each requested managed node ID. ListCommandInvocations provide status about command execution. */
	listCommandInvocations(input, options) {
		return listCommandInvocations(this, input, options);
	}
	/** Lists the commands requested by users of the Amazon Web Services account. */
	listCommands(input, options) {
		return listCommands(this, input, options);
	}
	/** Runs commands on one or more managed nodes. */
	sendCommand(input, options) {
		return sendCommand(this, input, options);
	}
}
