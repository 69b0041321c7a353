import type * as $t from "./types.js";
import {
  BaseClient as $BaseClient,
  type CallOptions as $CallOptions,
  type ClientConfig as $ClientConfig,
} from "../runtime/client.js";
import {
  type ErrorClass as $ErrorClass,
  ServiceError as $ServiceError,
} from "../runtime/errors.js";
import {
  type WaiterOptions as $WaiterOptions,
  type WaiterResult as $WaiterResult,
} from "../runtime/waiter.js";
/** Settings for Amazon Simple Systems Manager (SSM) clients. */
export type SsmClientConfig = $ClientConfig;
/** Configuration and credentials for Amazon Simple Systems Manager (SSM), without operation methods: pass it to the standalone operation functions (such as `getCommandInvocation(client, input)`) so a bundler keeps only the operations a program calls. */
export declare class SsmBaseClient extends $BaseClient<SsmClientConfig> {}
/** Base class of every Amazon Simple Systems Manager (SSM) error. Codes the spec does not list for the operation are raised as this class, with `name` and `code` set to the code on the wire. */
export declare class SsmServiceError extends $ServiceError {}
/**
 * Error returned when the ID specified for a resource, such as a maintenance window or patch baseline, doesn't exist.
 *
 * For information about resource quotas in Amazon Web Services Systems Manager, see Systems Manager service quotas (https://docs.aws.amazon.com/general/latest/gr/ssm.html#limits_ssm) in the Amazon Web Services General Reference.
 *
 * HTTP 400, client fault; code `DoesNotExistException`.
 */
export interface DoesNotExistException extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.DoesNotExistExceptionBody & Readonly<Record<string, unknown>>;
}
/**
 * Error returned when the ID specified for a resource, such as a maintenance window or patch baseline, doesn't exist.
 *
 * For information about resource quotas in Amazon Web Services Systems Manager, see Systems Manager service quotas (https://docs.aws.amazon.com/general/latest/gr/ssm.html#limits_ssm) in the Amazon Web Services General Reference.
 *
 * HTTP 400, client fault; code `DoesNotExistException`.
 */
export declare const DoesNotExistException: $ErrorClass<DoesNotExistException>;
/**
 * You can't specify a managed node ID in more than one association.
 *
 * HTTP 400, client fault; code `DuplicateInstanceId`.
 */
export interface DuplicateInstanceId extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.DuplicateInstanceIdBody & Readonly<Record<string, unknown>>;
}
/**
 * You can't specify a managed node ID in more than one association.
 *
 * HTTP 400, client fault; code `DuplicateInstanceId`.
 */
export declare const DuplicateInstanceId: $ErrorClass<DuplicateInstanceId>;
/**
 * An error occurred on the server side.
 *
 * HTTP 500, server fault; code `InternalServerError`.
 */
export interface InternalServerError extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InternalServerErrorBody & Readonly<Record<string, unknown>>;
}
/**
 * An error occurred on the server side.
 *
 * HTTP 500, server fault; code `InternalServerError`.
 */
export declare const InternalServerError: $ErrorClass<InternalServerError>;
/**
 * The specified command ID isn't valid. Verify the ID and try again.
 *
 * HTTP 400, client fault; code `InvalidCommandId`.
 */
export interface InvalidCommandId extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidCommandIdBody & Readonly<Record<string, unknown>>;
}
/**
 * The specified command ID isn't valid. Verify the ID and try again.
 *
 * HTTP 400, client fault; code `InvalidCommandId`.
 */
export declare const InvalidCommandId: $ErrorClass<InvalidCommandId>;
/**
 * The specified SSM document doesn't exist.
 *
 * HTTP 400, client fault; code `InvalidDocument`.
 */
export interface InvalidDocument extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidDocumentBody & Readonly<Record<string, unknown>>;
}
/**
 * The specified SSM document doesn't exist.
 *
 * HTTP 400, client fault; code `InvalidDocument`.
 */
export declare const InvalidDocument: $ErrorClass<InvalidDocument>;
/**
 * The document version isn't valid or doesn't exist.
 *
 * HTTP 400, client fault; code `InvalidDocumentVersion`.
 */
export interface InvalidDocumentVersion extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidDocumentVersionBody & Readonly<Record<string, unknown>>;
}
/**
 * The document version isn't valid or doesn't exist.
 *
 * HTTP 400, client fault; code `InvalidDocumentVersion`.
 */
export declare const InvalidDocumentVersion: $ErrorClass<InvalidDocumentVersion>;
/**
 * The specified key isn't valid.
 *
 * HTTP 400, client fault; code `InvalidFilterKey`.
 */
export interface InvalidFilterKey extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidFilterKeyBody & Readonly<Record<string, unknown>>;
}
/**
 * The specified key isn't valid.
 *
 * HTTP 400, client fault; code `InvalidFilterKey`.
 */
export declare const InvalidFilterKey: $ErrorClass<InvalidFilterKey>;
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
export interface InvalidInstanceId extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidInstanceIdBody & Readonly<Record<string, unknown>>;
}
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
export declare const InvalidInstanceId: $ErrorClass<InvalidInstanceId>;
/**
 * The specified token isn't valid.
 *
 * HTTP 400, client fault; code `InvalidNextToken`.
 */
export interface InvalidNextToken extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidNextTokenBody & Readonly<Record<string, unknown>>;
}
/**
 * The specified token isn't valid.
 *
 * HTTP 400, client fault; code `InvalidNextToken`.
 */
export declare const InvalidNextToken: $ErrorClass<InvalidNextToken>;
/**
 * One or more configuration items isn't valid. Verify that a valid Amazon Resource Name (ARN) was provided for an Amazon Simple Notification Service topic.
 *
 * HTTP 400, client fault; code `InvalidNotificationConfig`.
 */
export interface InvalidNotificationConfig extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidNotificationConfigBody & Readonly<Record<string, unknown>>;
}
/**
 * One or more configuration items isn't valid. Verify that a valid Amazon Resource Name (ARN) was provided for an Amazon Simple Notification Service topic.
 *
 * HTTP 400, client fault; code `InvalidNotificationConfig`.
 */
export declare const InvalidNotificationConfig: $ErrorClass<InvalidNotificationConfig>;
/**
 * The S3 bucket doesn't exist.
 *
 * HTTP 400, client fault; code `InvalidOutputFolder`.
 */
export interface InvalidOutputFolder extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidOutputFolderBody & Readonly<Record<string, unknown>>;
}
/**
 * The S3 bucket doesn't exist.
 *
 * HTTP 400, client fault; code `InvalidOutputFolder`.
 */
export declare const InvalidOutputFolder: $ErrorClass<InvalidOutputFolder>;
/**
 * You must specify values for all required parameters in the Amazon Web Services Systems Manager document (SSM document). You can only supply values to parameters defined in the SSM document.
 *
 * HTTP 400, client fault; code `InvalidParameters`.
 */
export interface InvalidParameters extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidParametersBody & Readonly<Record<string, unknown>>;
}
/**
 * You must specify values for all required parameters in the Amazon Web Services Systems Manager document (SSM document). You can only supply values to parameters defined in the SSM document.
 *
 * HTTP 400, client fault; code `InvalidParameters`.
 */
export declare const InvalidParameters: $ErrorClass<InvalidParameters>;
/**
 * The plugin name isn't valid.
 *
 * HTTP 400, client fault; code `InvalidPluginName`.
 */
export interface InvalidPluginName extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidPluginNameBody & Readonly<Record<string, unknown>>;
}
/**
 * The plugin name isn't valid.
 *
 * HTTP 400, client fault; code `InvalidPluginName`.
 */
export declare const InvalidPluginName: $ErrorClass<InvalidPluginName>;
/**
 * The role name can't contain invalid characters. Also verify that you specified an IAM role for notifications that includes the required trust policy. For information about configuring the IAM role for Run Command notifications, see Configuring Amazon SNS Notifications for Run Command (https://docs.aws.amazon.com/systems-manager/latest/userguide/rc-sns-notifications.html) in the Amazon Web Services Systems Manager User Guide.
 *
 * HTTP 400, client fault; code `InvalidRole`.
 */
export interface InvalidRole extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvalidRoleBody & Readonly<Record<string, unknown>>;
}
/**
 * The role name can't contain invalid characters. Also verify that you specified an IAM role for notifications that includes the required trust policy. For information about configuring the IAM role for Run Command notifications, see Configuring Amazon SNS Notifications for Run Command (https://docs.aws.amazon.com/systems-manager/latest/userguide/rc-sns-notifications.html) in the Amazon Web Services Systems Manager User Guide.
 *
 * HTTP 400, client fault; code `InvalidRole`.
 */
export declare const InvalidRole: $ErrorClass<InvalidRole>;
/**
 * The command ID and managed node ID you specified didn't match any invocations. Verify the command ID and the managed node ID and try again.
 *
 * HTTP 400, client fault; code `InvocationDoesNotExist`.
 */
export interface InvocationDoesNotExist extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.InvocationDoesNotExistBody & Readonly<Record<string, unknown>>;
}
/**
 * The command ID and managed node ID you specified didn't match any invocations. Verify the command ID and the managed node ID and try again.
 *
 * HTTP 400, client fault; code `InvocationDoesNotExist`.
 */
export declare const InvocationDoesNotExist: $ErrorClass<InvocationDoesNotExist>;
/**
 * The size limit of a document is 64 KB.
 *
 * HTTP 400, client fault; code `MaxDocumentSizeExceeded`.
 */
export interface MaxDocumentSizeExceeded extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.MaxDocumentSizeExceededBody & Readonly<Record<string, unknown>>;
}
/**
 * The size limit of a document is 64 KB.
 *
 * HTTP 400, client fault; code `MaxDocumentSizeExceeded`.
 */
export declare const MaxDocumentSizeExceeded: $ErrorClass<MaxDocumentSizeExceeded>;
/**
 * The document doesn't support the platform type of the given managed node ID(s). For example, you sent an document for a Windows managed node to a Linux node.
 *
 * HTTP 400, client fault; code `UnsupportedPlatformType`.
 */
export interface UnsupportedPlatformType extends SsmServiceError {
  /** The error body's members, as the service sent them. */
  readonly details: $t.UnsupportedPlatformTypeBody & Readonly<Record<string, unknown>>;
}
/**
 * The document doesn't support the platform type of the given managed node ID(s). For example, you sent an document for a Windows managed node to a Linux node.
 *
 * HTTP 400, client fault; code `UnsupportedPlatformType`.
 */
export declare const UnsupportedPlatformType: $ErrorClass<UnsupportedPlatformType>;
/**
 * Returns detailed information about command execution for an invocation or plugin.
 *
 * GetCommandInvocation only gives the execution status of a plugin in a document. To get the command execution status on a specific managed node, use ListCommandInvocations. To get the command execution status across managed nodes, use ListCommands.
 */
export declare function getCommandInvocation(
  client: SsmBaseClient,
  input: $t.GetCommandInvocationRequest,
  options?: $CallOptions,
): Promise<$t.GetCommandInvocationResponse>;
/** Retrieves information about a specific task running on a specific target. */
export declare function getMaintenanceWindowExecutionTaskInvocation(
  client: SsmBaseClient,
  input: $t.GetMaintenanceWindowExecutionTaskInvocationRequest,
  options?: $CallOptions,
): Promise<$t.GetMaintenanceWindowExecutionTaskInvocationResponse>;
/** An invocation is copy of a command sent to a specific managed node. A command can apply to one or more managed nodes. A command invocation applies to one managed node. For example, if a user runs SendCommand against three managed nodes, then a command invocation is created for each requested managed node ID. ListCommandInvocations provide status about command execution. */
export declare function listCommandInvocations(
  client: SsmBaseClient,
  input: $t.ListCommandInvocationsRequest,
  options?: $CallOptions,
): Promise<$t.ListCommandInvocationsResponse>;
/** Lists the commands requested by users of the Amazon Web Services account. */
export declare function listCommands(
  client: SsmBaseClient,
  input: $t.ListCommandsRequest,
  options?: $CallOptions,
): Promise<$t.ListCommandsResponse>;
/** Runs commands on one or more managed nodes. */
export declare function sendCommand(
  client: SsmBaseClient,
  input: $t.SendCommandRequest,
  options?: $CallOptions,
): Promise<$t.SendCommandResponse>;
/**
 * Calls GetCommandInvocation until the spec's CommandExecuted acceptors report success or failure.
 *
 * Resolves when a success acceptor matches; rejects with a WaiterFailureError when a failure acceptor matches, a WaiterTimeoutError after `maxWaitTime` seconds (default 100), or the error itself when no acceptor expects it. Delays start at 5 s and grow to at most 120 s.
 */
export declare function waitUntilCommandExecuted(
  client: SsmBaseClient,
  input: $t.GetCommandInvocationRequest,
  options?: $WaiterOptions,
): Promise<$WaiterResult<$t.GetCommandInvocationResponse>>;
/** Every page of ListCommandInvocations, following NextToken until the service returns none; the items are in each page's CommandInvocations. */
export declare function paginateListCommandInvocations(
  client: SsmBaseClient,
  input: $t.ListCommandInvocationsRequest,
  options?: $CallOptions,
): AsyncGenerator<$t.ListCommandInvocationsResponse, void, undefined>;
/** Every page of ListCommands, following NextToken until the service returns none; the items are in each page's Commands. */
export declare function paginateListCommands(
  client: SsmBaseClient,
  input: $t.ListCommandsRequest,
  options?: $CallOptions,
): AsyncGenerator<$t.ListCommandsResponse, void, undefined>;
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
export declare class SsmClient extends SsmBaseClient {
  constructor(config: SsmClientConfig);
  /**
   * Returns detailed information about command execution for an invocation or plugin.
   *
   * GetCommandInvocation only gives the execution status of a plugin in a document. To get the command execution status on a specific managed node, use ListCommandInvocations. To get the command execution status across managed nodes, use ListCommands.
   */
  getCommandInvocation(
    input: $t.GetCommandInvocationRequest,
    options?: $CallOptions,
  ): Promise<$t.GetCommandInvocationResponse>;
  /** Retrieves information about a specific task running on a specific target. */
  getMaintenanceWindowExecutionTaskInvocation(
    input: $t.GetMaintenanceWindowExecutionTaskInvocationRequest,
    options?: $CallOptions,
  ): Promise<$t.GetMaintenanceWindowExecutionTaskInvocationResponse>;
  /** An invocation is copy of a command sent to a specific managed node. A command can apply to one or more managed nodes. A command invocation applies to one managed node. For example, if a user runs SendCommand against three managed nodes, then a command invocation is created for each requested managed node ID. ListCommandInvocations provide status about command execution. */
  listCommandInvocations(
    input: $t.ListCommandInvocationsRequest,
    options?: $CallOptions,
  ): Promise<$t.ListCommandInvocationsResponse>;
  /** Lists the commands requested by users of the Amazon Web Services account. */
  listCommands(
    input: $t.ListCommandsRequest,
    options?: $CallOptions,
  ): Promise<$t.ListCommandsResponse>;
  /** Runs commands on one or more managed nodes. */
  sendCommand(
    input: $t.SendCommandRequest,
    options?: $CallOptions,
  ): Promise<$t.SendCommandResponse>;
}
