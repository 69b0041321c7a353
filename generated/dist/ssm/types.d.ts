/** A CloudWatch alarm you apply to an automation or command. */
export interface Alarm {
  /** The name of your CloudWatch alarm. */
  Name: AlarmName;
}
/** The details for the CloudWatch alarm you want to apply to an automation or command. */
export interface AlarmConfiguration {
  /** If you specify true for this value, your automation or command continue to run even if we can't gather information about the state of your CloudWatch alarm. The default value is false. */
  IgnorePollAlarmFailure?: boolean;
  /** The name of the CloudWatch alarm specified in the configuration. */
  Alarms: AlarmList;
}
export type AlarmList = Alarm[];
export type AlarmName = string;
/** The details about the state of your CloudWatch alarm. */
export interface AlarmStateInformation {
  /** The name of your CloudWatch alarm. */
  Name: AlarmName;
  /** The state of your CloudWatch alarm. */
  State: ExternalAlarmState;
}
export type AlarmStateInformationList = AlarmStateInformation[];
export type CloudWatchLogGroupName = string;
/** Configuration options for sending command output to Amazon CloudWatch Logs. */
export interface CloudWatchOutputConfig {
  /**
   * The name of the CloudWatch Logs log group where you want to send command output. If you don't specify a group name, Amazon Web Services Systems Manager automatically creates a log group for you. The log group uses the following naming format:
   *
   * aws/ssm/SystemsManagerDocumentName
   */
  CloudWatchLogGroupName?: CloudWatchLogGroupName;
  /** Enables Systems Manager to send command output to CloudWatch Logs. */
  CloudWatchOutputEnabled?: boolean;
}
/** Describes a command request. */
export interface Command {
  /** A unique identifier for this command. */
  CommandId?: CommandId;
  /** The name of the document requested for execution. */
  DocumentName?: DocumentName;
  /** The Systems Manager document (SSM document) version. */
  DocumentVersion?: DocumentVersion;
  /** User-specified information about the command, such as a brief description of what the command should do. */
  Comment?: Comment;
  /** If a command expires, it changes status to DeliveryTimedOut for all invocations that have the status InProgress, Pending, or Delayed. ExpiresAfter is calculated based on the total timeout for the overall command. For more information, see Understanding command timeout values (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html?icmpid=docs_ec2_console#monitor-about-status-timeouts) in the Amazon Web Services Systems Manager User Guide. */
  ExpiresAfter?: DateTime;
  /**
   * The parameter values to be inserted in the document when running the command.
   *
   * @sensitive This value is secret: it is redacted from logs and error messages.
   */
  Parameters?: Parameters;
  /** The managed node IDs against which this command was requested. */
  InstanceIds?: InstanceIdList;
  /** An array of search criteria that targets managed nodes using a Key,Value combination that you specify. Targets is required if you don't provide one or more managed node IDs in the call. */
  Targets?: Targets;
  /** The date and time the command was requested. */
  RequestedDateTime?: DateTime;
  /** The status of the command. */
  Status?: CommandStatus;
  /**
   * A detailed status of the command execution. StatusDetails includes more information than Status because it includes states resulting from error and concurrency control parameters. StatusDetails can show different results than Status. For more information about these statuses, see Understanding command statuses (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html) in the Amazon Web Services Systems Manager User Guide. StatusDetails can be one of the following values:
   *
   * - Pending: The command hasn't been sent to any managed nodes.
   * - In Progress: The command has been sent to at least one managed node but hasn't reached a final state on all managed nodes.
   * - Success: The command successfully ran on all invocations. This is a terminal state.
   * - Delivery Timed Out: The value of MaxErrors or more command invocations shows a status of Delivery Timed Out. This is a terminal state.
   * - Execution Timed Out: The value of MaxErrors or more command invocations shows a status of Execution Timed Out. This is a terminal state.
   * - Failed: The value of MaxErrors or more command invocations shows a status of Failed. This is a terminal state.
   * - Incomplete: The command was attempted on all managed nodes and one or more invocations doesn't have a value of Success but not enough invocations failed for the status to be Failed. This is a terminal state.
   * - Cancelled: The command was terminated before it was completed. This is a terminal state.
   * - Rate Exceeded: The number of managed nodes targeted by the command exceeded the account limit for pending invocations. The system has canceled the command before running it on any managed node. This is a terminal state.
   * - Delayed: The system attempted to send the command to the managed node but wasn't successful. The system retries again.
   */
  StatusDetails?: StatusDetails;
  /** (Deprecated) You can no longer specify this parameter. The system ignores it. Instead, Systems Manager automatically determines the Amazon Web Services Region of the S3 bucket. */
  OutputS3Region?: S3Region;
  /** The S3 bucket where the responses to the command executions should be stored. This was requested when issuing the command. */
  OutputS3BucketName?: S3BucketName;
  /** The S3 directory path inside the bucket where the responses to the command executions should be stored. This was requested when issuing the command. */
  OutputS3KeyPrefix?: S3KeyPrefix;
  /** The maximum number of managed nodes that are allowed to run the command at the same time. You can specify a number of managed nodes, such as 10, or a percentage of nodes, such as 10%. The default value is 50. For more information about how to use MaxConcurrency, see Running commands using Systems Manager Run Command (https://docs.aws.amazon.com/systems-manager/latest/userguide/run-command.html) in the Amazon Web Services Systems Manager User Guide. */
  MaxConcurrency?: MaxConcurrency;
  /** The maximum number of errors allowed before the system stops sending the command to additional targets. You can specify a number of errors, such as 10, or a percentage or errors, such as 10%. The default value is 0. For more information about how to use MaxErrors, see Running commands using Systems Manager Run Command (https://docs.aws.amazon.com/systems-manager/latest/userguide/run-command.html) in the Amazon Web Services Systems Manager User Guide. */
  MaxErrors?: MaxErrors;
  /** The number of targets for the command. */
  TargetCount?: number;
  /** The number of targets for which the command invocation reached a terminal state. Terminal states include the following: Success, Failed, Execution Timed Out, Delivery Timed Out, Cancelled, Terminated, or Undeliverable. */
  CompletedCount?: number;
  /** The number of targets for which the status is Failed or Execution Timed Out. */
  ErrorCount?: number;
  /** The number of targets for which the status is Delivery Timed Out. */
  DeliveryTimedOutCount?: number;
  /** The Identity and Access Management (IAM) service role that Run Command, a capability of Amazon Web Services Systems Manager, uses to act on your behalf when sending notifications about command status changes. */
  ServiceRole?: string;
  /** Configurations for sending notifications about command status changes. */
  NotificationConfig?: NotificationConfig;
  /** Amazon CloudWatch Logs information where you want Amazon Web Services Systems Manager to send the command output. */
  CloudWatchOutputConfig?: CloudWatchOutputConfig;
  /** The TimeoutSeconds value specified for a command. */
  TimeoutSeconds?: TimeoutSeconds;
  /** The details for the CloudWatch alarm applied to your command. */
  AlarmConfiguration?: AlarmConfiguration;
  /** The CloudWatch alarm that was invoked by the command. */
  TriggeredAlarms?: AlarmStateInformationList;
}
/**
 * Describes a command filter.
 *
 * A managed node ID can't be specified when a command status is Pending because the command hasn't run on the node yet.
 */
export interface CommandFilter {
  /**
   * The name of the filter.
   *
   * The ExecutionStage filter can't be used with the ListCommandInvocations operation, only with ListCommands.
   */
  key: CommandFilterKey;
  /**
   * The filter value. Valid values for each filter key are as follows:
   *
   * - InvokedAfter: Specify a timestamp to limit your results. For example, specify 2021-07-07T00:00:00Z to see a list of command executions occurring July 7, 2021, and later.
   * - InvokedBefore: Specify a timestamp to limit your results. For example, specify 2021-07-07T00:00:00Z to see a list of command executions from before July 7, 2021.
   * - Status: Specify a valid command status to see a list of all command executions with that status. The status choices depend on the API you call.
   *   The status values you can specify for ListCommands are:
   *   - Pending
   *   - InProgress
   *   - Success
   *   - Cancelled
   *   - Failed
   *   - TimedOut (this includes both Delivery and Execution time outs)
   *   - AccessDenied
   *   - DeliveryTimedOut
   *   - ExecutionTimedOut
   *   - Incomplete
   *   - NoInstancesInTag
   *   - LimitExceeded
   *   The status values you can specify for ListCommandInvocations are:
   *   - Pending
   *   - InProgress
   *   - Delayed
   *   - Success
   *   - Cancelled
   *   - Failed
   *   - TimedOut (this includes both Delivery and Execution time outs)
   *   - AccessDenied
   *   - DeliveryTimedOut
   *   - ExecutionTimedOut
   *   - Undeliverable
   *   - InvalidPlatform
   *   - Terminated
   * - DocumentName: Specify name of the Amazon Web Services Systems Manager document (SSM document) for which you want to see command execution results. For example, specify AWS-RunPatchBaseline to see command executions that used this SSM document to perform security patching operations on managed nodes.
   * - ExecutionStage: Specify one of the following values (ListCommands operations only):
   *   - Executing: Returns a list of command executions that are currently still running.
   *   - Complete: Returns a list of command executions that have already completed.
   */
  value: CommandFilterValue;
}
export type CommandFilterKey =
  | "InvokedAfter"
  | "InvokedBefore"
  | "Status"
  | "ExecutionStage"
  | "DocumentName";
export declare const CommandFilterKey: {
  readonly InvokedAfter: "InvokedAfter";
  readonly InvokedBefore: "InvokedBefore";
  readonly Status: "Status";
  readonly ExecutionStage: "ExecutionStage";
  readonly DocumentName: "DocumentName";
};
export type CommandFilterList = CommandFilter[];
export type CommandFilterValue = string;
export type CommandId = string;
/** An invocation is a copy of a command sent to a specific managed node. A command can apply to one or more managed nodes. A command invocation applies to one managed node. For example, if a user runs SendCommand against three managed nodes, then a command invocation is created for each requested managed node ID. A command invocation returns status and detail information about a command you ran. */
export interface CommandInvocation {
  /** The command against which this invocation was requested. */
  CommandId?: CommandId;
  /** The managed node ID in which this invocation was requested. */
  InstanceId?: InstanceId;
  /** The fully qualified host name of the managed node. */
  InstanceName?: InstanceTagName;
  /** User-specified information about the command, such as a brief description of what the command should do. */
  Comment?: Comment;
  /** The document name that was requested for execution. */
  DocumentName?: DocumentName;
  /** The Systems Manager document (SSM document) version. */
  DocumentVersion?: DocumentVersion;
  /** The time and date the request was sent to this managed node. */
  RequestedDateTime?: DateTime;
  /** Whether or not the invocation succeeded, failed, or is pending. */
  Status?: CommandInvocationStatus;
  /**
   * A detailed status of the command execution for each invocation (each managed node targeted by the command). StatusDetails includes more information than Status because it includes states resulting from error and concurrency control parameters. StatusDetails can show different results than Status. For more information about these statuses, see Understanding command statuses (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html) in the Amazon Web Services Systems Manager User Guide. StatusDetails can be one of the following values:
   *
   * - Pending: The command hasn't been sent to the managed node.
   * - In Progress: The command has been sent to the managed node but hasn't reached a terminal state.
   * - Success: The execution of the command or plugin was successfully completed. This is a terminal state.
   * - Delivery Timed Out: The command wasn't delivered to the managed node before the delivery timeout expired. Delivery timeouts don't count against the parent command's MaxErrors limit, but they do contribute to whether the parent command status is Success or Incomplete. This is a terminal state.
   * - Execution Timed Out: Command execution started on the managed node, but the execution wasn't complete before the execution timeout expired. Execution timeouts count against the MaxErrors limit of the parent command. This is a terminal state.
   * - Failed: The command wasn't successful on the managed node. For a plugin, this indicates that the result code wasn't zero. For a command invocation, this indicates that the result code for one or more plugins wasn't zero. Invocation failures count against the MaxErrors limit of the parent command. This is a terminal state.
   * - Cancelled: The command was terminated before it was completed. This is a terminal state.
   * - Undeliverable: The command can't be delivered to the managed node. The managed node might not exist or might not be responding. Undeliverable invocations don't count against the parent command's MaxErrors limit and don't contribute to whether the parent command status is Success or Incomplete. This is a terminal state.
   * - Terminated: The parent command exceeded its MaxErrors limit and subsequent command invocations were canceled by the system. This is a terminal state.
   * - Delayed: The system attempted to send the command to the managed node but wasn't successful. The system retries again.
   */
  StatusDetails?: StatusDetails;
  /** Gets the trace output sent by the agent. */
  TraceOutput?: InvocationTraceOutput;
  /** The URL to the plugin's StdOut file in Amazon Simple Storage Service (Amazon S3), if the S3 bucket was defined for the parent command. For an invocation, StandardOutputUrl is populated if there is just one plugin defined for the command, and the S3 bucket was defined for the command. */
  StandardOutputUrl?: string;
  /** The URL to the plugin's StdErr file in Amazon Simple Storage Service (Amazon S3), if the S3 bucket was defined for the parent command. For an invocation, StandardErrorUrl is populated if there is just one plugin defined for the command, and the S3 bucket was defined for the command. */
  StandardErrorUrl?: string;
  /** Plugins processed by the command. */
  CommandPlugins?: CommandPluginList;
  /** The Identity and Access Management (IAM) service role that Run Command, a capability of Amazon Web Services Systems Manager, uses to act on your behalf when sending notifications about command status changes on a per managed node basis. */
  ServiceRole?: string;
  /** Configurations for sending notifications about command status changes on a per managed node basis. */
  NotificationConfig?: NotificationConfig;
  /** Amazon CloudWatch Logs information where you want Amazon Web Services Systems Manager to send the command output. */
  CloudWatchOutputConfig?: CloudWatchOutputConfig;
}
export type CommandInvocationList = CommandInvocation[];
export type CommandInvocationStatus =
  | "Pending"
  | "InProgress"
  | "Delayed"
  | "Success"
  | "Cancelled"
  | "TimedOut"
  | "Failed"
  | "Cancelling";
export declare const CommandInvocationStatus: {
  readonly Pending: "Pending";
  readonly InProgress: "InProgress";
  readonly Delayed: "Delayed";
  readonly Success: "Success";
  readonly Cancelled: "Cancelled";
  readonly TimedOut: "TimedOut";
  readonly Failed: "Failed";
  readonly Cancelling: "Cancelling";
};
export type CommandList = Command[];
export type CommandMaxResults = number;
/** Describes plugin details. */
export interface CommandPlugin {
  /** The name of the plugin. Must be one of the following: aws:updateAgent, aws:domainjoin, aws:applications, aws:runPowerShellScript, aws:psmodule, aws:cloudWatch, aws:runShellScript, or aws:updateSSMAgent. */
  Name?: CommandPluginName;
  /** The status of this plugin. You can run a document with multiple plugins. */
  Status?: CommandPluginStatus;
  /**
   * A detailed status of the plugin execution. StatusDetails includes more information than Status because it includes states resulting from error and concurrency control parameters. StatusDetails can show different results than Status. For more information about these statuses, see Understanding command statuses (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html) in the Amazon Web Services Systems Manager User Guide. StatusDetails can be one of the following values:
   *
   * - Pending: The command hasn't been sent to the managed node.
   * - In Progress: The command has been sent to the managed node but hasn't reached a terminal state.
   * - Success: The execution of the command or plugin was successfully completed. This is a terminal state.
   * - Delivery Timed Out: The command wasn't delivered to the managed node before the delivery timeout expired. Delivery timeouts don't count against the parent command's MaxErrors limit, but they do contribute to whether the parent command status is Success or Incomplete. This is a terminal state.
   * - Execution Timed Out: Command execution started on the managed node, but the execution wasn't complete before the execution timeout expired. Execution timeouts count against the MaxErrors limit of the parent command. This is a terminal state.
   * - Failed: The command wasn't successful on the managed node. For a plugin, this indicates that the result code wasn't zero. For a command invocation, this indicates that the result code for one or more plugins wasn't zero. Invocation failures count against the MaxErrors limit of the parent command. This is a terminal state.
   * - Cancelled: The command was terminated before it was completed. This is a terminal state.
   * - Undeliverable: The command can't be delivered to the managed node. The managed node might not exist, or it might not be responding. Undeliverable invocations don't count against the parent command's MaxErrors limit, and they don't contribute to whether the parent command status is Success or Incomplete. This is a terminal state.
   * - Terminated: The parent command exceeded its MaxErrors limit and subsequent command invocations were canceled by the system. This is a terminal state.
   */
  StatusDetails?: StatusDetails;
  /** A numeric response code generated after running the plugin. */
  ResponseCode?: number;
  /** The time the plugin started running. */
  ResponseStartDateTime?: DateTime;
  /** The time the plugin stopped running. Could stop prematurely if, for example, a cancel command was sent. */
  ResponseFinishDateTime?: DateTime;
  /** Output of the plugin execution. */
  Output?: CommandPluginOutput;
  /** The URL for the complete text written by the plugin to stdout in Amazon S3. If the S3 bucket for the command wasn't specified, then this string is empty. */
  StandardOutputUrl?: string;
  /** The URL for the complete text written by the plugin to stderr. If execution isn't yet complete, then this string is empty. */
  StandardErrorUrl?: string;
  /** (Deprecated) You can no longer specify this parameter. The system ignores it. Instead, Amazon Web Services Systems Manager automatically determines the S3 bucket region. */
  OutputS3Region?: S3Region;
  /**
   * The S3 bucket where the responses to the command executions should be stored. This was requested when issuing the command. For example, in the following response:
   *
   * doc-example-bucket/ab19cb99-a030-46dd-9dfc-8eSAMPLEPre-Fix/i-02573cafcfEXAMPLE/awsrunShellScript
   *
   * doc-example-bucket is the name of the S3 bucket;
   *
   * ab19cb99-a030-46dd-9dfc-8eSAMPLEPre-Fix is the name of the S3 prefix;
   *
   * i-02573cafcfEXAMPLE is the managed node ID;
   *
   * awsrunShellScript is the name of the plugin.
   */
  OutputS3BucketName?: S3BucketName;
  /**
   * The S3 directory path inside the bucket where the responses to the command executions should be stored. This was requested when issuing the command. For example, in the following response:
   *
   * doc-example-bucket/ab19cb99-a030-46dd-9dfc-8eSAMPLEPre-Fix/i-02573cafcfEXAMPLE/awsrunShellScript
   *
   * doc-example-bucket is the name of the S3 bucket;
   *
   * ab19cb99-a030-46dd-9dfc-8eSAMPLEPre-Fix is the name of the S3 prefix;
   *
   * i-02573cafcfEXAMPLE is the managed node ID;
   *
   * awsrunShellScript is the name of the plugin.
   */
  OutputS3KeyPrefix?: S3KeyPrefix;
}
export type CommandPluginList = CommandPlugin[];
export type CommandPluginName = string;
export type CommandPluginOutput = string;
export type CommandPluginStatus =
  | "Pending"
  | "InProgress"
  | "Success"
  | "TimedOut"
  | "Cancelled"
  | "Failed";
export declare const CommandPluginStatus: {
  readonly Pending: "Pending";
  readonly InProgress: "InProgress";
  readonly Success: "Success";
  readonly TimedOut: "TimedOut";
  readonly Cancelled: "Cancelled";
  readonly Failed: "Failed";
};
export type CommandStatus =
  | "Pending"
  | "InProgress"
  | "Success"
  | "Cancelled"
  | "Failed"
  | "TimedOut"
  | "Cancelling";
export declare const CommandStatus: {
  readonly Pending: "Pending";
  readonly InProgress: "InProgress";
  readonly Success: "Success";
  readonly Cancelled: "Cancelled";
  readonly Failed: "Failed";
  readonly TimedOut: "TimedOut";
  readonly Cancelling: "Cancelling";
};
export type Comment = string;
export type DateTime = number;
export type DocumentARN = string;
export type DocumentHash = string;
export type DocumentHashType = "Sha256" | "Sha1";
export declare const DocumentHashType: {
  readonly Sha256: "Sha256";
  readonly Sha1: "Sha1";
};
export type DocumentName = string;
export type DocumentVersion = string;
/**
 * Error returned when the ID specified for a resource, such as a maintenance window or patch baseline, doesn't exist.
 *
 * For information about resource quotas in Amazon Web Services Systems Manager, see Systems Manager service quotas (https://docs.aws.amazon.com/general/latest/gr/ssm.html#limits_ssm) in the Amazon Web Services General Reference.
 */
export interface DoesNotExistExceptionBody {
  Message?: string;
}
/** You can't specify a managed node ID in more than one association. */
export interface DuplicateInstanceIdBody {}
export type ExternalAlarmState = "UNKNOWN" | "ALARM";
export declare const ExternalAlarmState: {
  readonly UNKNOWN: "UNKNOWN";
  readonly ALARM: "ALARM";
};
/**
 * Returns detailed information about command execution for an invocation or plugin.
 *
 * GetCommandInvocation only gives the execution status of a plugin in a document. To get the command execution status on a specific managed node, use ListCommandInvocations. To get the command execution status across managed nodes, use ListCommands.
 */
export interface GetCommandInvocationRequest {
  /** (Required) The parent command ID of the invocation plugin. */
  CommandId: CommandId;
  /** (Required) The ID of the managed node targeted by the command. A managed node can be an Amazon Elastic Compute Cloud (Amazon EC2) instance, edge device, and on-premises server or VM in your hybrid environment that is configured for Amazon Web Services Systems Manager. */
  InstanceId: InstanceId;
  /**
   * The name of the step for which you want detailed results. If the document contains only one step, you can omit the name and details for that step. If the document contains more than one step, you must specify the name of the step for which you want to view details. Be sure to specify the name of the step, not the name of a plugin like aws:RunShellScript.
   *
   * To find the PluginName, check the document content and find the name of the step you want details for. Alternatively, use ListCommandInvocations with the CommandId and Details parameters. The PluginName is the Name attribute of the CommandPlugin object in the CommandPlugins list.
   */
  PluginName?: CommandPluginName;
}
export interface GetCommandInvocationResponse {
  /** The parent command ID of the invocation plugin. */
  CommandId?: CommandId;
  /** The ID of the managed node targeted by the command. A managed node can be an Amazon Elastic Compute Cloud (Amazon EC2) instance, edge device, or on-premises server or VM in your hybrid environment that is configured for Amazon Web Services Systems Manager. */
  InstanceId?: InstanceId;
  /** The comment text for the command. */
  Comment?: Comment;
  /** The name of the document that was run. For example, AWS-RunShellScript. */
  DocumentName?: DocumentName;
  /** The Systems Manager document (SSM document) version used in the request. */
  DocumentVersion?: DocumentVersion;
  /** The name of the plugin, or step name, for which details are reported. For example, aws:RunShellScript is a plugin. */
  PluginName?: CommandPluginName;
  /** The error level response code for the plugin script. If the response code is -1, then the command hasn't started running on the managed node, or it wasn't received by the node. */
  ResponseCode?: number;
  /**
   * The date and time the plugin started running. Date and time are written in ISO 8601 format. For example, June 7, 2017 is represented as 2017-06-7. The following sample Amazon Web Services CLI command uses the InvokedBefore filter.
   *
   * aws ssm list-commands --filters key=InvokedBefore,value=2017-06-07T00:00:00Z
   *
   * If the plugin hasn't started to run, the string is empty.
   */
  ExecutionStartDateTime?: StringDateTime;
  /** Duration since ExecutionStartDateTime. */
  ExecutionElapsedTime?: StringDateTime;
  /**
   * The date and time the plugin finished running. Date and time are written in ISO 8601 format. For example, June 7, 2017 is represented as 2017-06-7. The following sample Amazon Web Services CLI command uses the InvokedAfter filter.
   *
   * aws ssm list-commands --filters key=InvokedAfter,value=2017-06-07T00:00:00Z
   *
   * If the plugin hasn't started to run, the string is empty.
   */
  ExecutionEndDateTime?: StringDateTime;
  /** The status of this invocation plugin. This status can be different than StatusDetails. */
  Status?: CommandInvocationStatus;
  /**
   * A detailed status of the command execution for an invocation. StatusDetails includes more information than Status because it includes states resulting from error and concurrency control parameters. StatusDetails can show different results than Status. For more information about these statuses, see Understanding command statuses (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html) in the Amazon Web Services Systems Manager User Guide. StatusDetails can be one of the following values:
   *
   * - Pending: The command hasn't been sent to the managed node.
   * - In Progress: The command has been sent to the managed node but hasn't reached a terminal state.
   * - Delayed: The system attempted to send the command to the target, but the target wasn't available. The managed node might not be available because of network issues, because the node was stopped, or for similar reasons. The system will try to send the command again.
   * - Success: The command or plugin ran successfully. This is a terminal state.
   * - Delivery Timed Out: The command wasn't delivered to the managed node before the delivery timeout expired. Delivery timeouts don't count against the parent command's MaxErrors limit, but they do contribute to whether the parent command status is Success or Incomplete. This is a terminal state.
   * - Execution Timed Out: The command started to run on the managed node, but the execution wasn't complete before the timeout expired. Execution timeouts count against the MaxErrors limit of the parent command. This is a terminal state.
   * - Failed: The command wasn't run successfully on the managed node. For a plugin, this indicates that the result code wasn't zero. For a command invocation, this indicates that the result code for one or more plugins wasn't zero. Invocation failures count against the MaxErrors limit of the parent command. This is a terminal state.
   * - Cancelled: The command was terminated before it was completed. This is a terminal state.
   * - Undeliverable: The command can't be delivered to the managed node. The node might not exist or might not be responding. Undeliverable invocations don't count against the parent command's MaxErrors limit and don't contribute to whether the parent command status is Success or Incomplete. This is a terminal state.
   * - Terminated: The parent command exceeded its MaxErrors limit and subsequent command invocations were canceled by the system. This is a terminal state.
   */
  StatusDetails?: StatusDetails;
  /** The first 24,000 characters written by the plugin to stdout. If the command hasn't finished running, if ExecutionStatus is neither Succeeded nor Failed, then this string is empty. */
  StandardOutputContent?: StandardOutputContent;
  /** The URL for the complete text written by the plugin to stdout in Amazon Simple Storage Service (Amazon S3). If an S3 bucket wasn't specified, then this string is empty. */
  StandardOutputUrl?: string;
  /** The first 8,000 characters written by the plugin to stderr. If the command hasn't finished running, then this string is empty. */
  StandardErrorContent?: StandardErrorContent;
  /** The URL for the complete text written by the plugin to stderr. If the command hasn't finished running, then this string is empty. */
  StandardErrorUrl?: string;
  /** Amazon CloudWatch Logs information where Systems Manager sent the command output. */
  CloudWatchOutputConfig?: CloudWatchOutputConfig;
}
/** Retrieves information about a specific task running on a specific target. */
export interface GetMaintenanceWindowExecutionTaskInvocationRequest {
  /** The ID of the maintenance window execution for which the task is a part. */
  WindowExecutionId: MaintenanceWindowExecutionId;
  /** The ID of the specific task in the maintenance window task that should be retrieved. */
  TaskId: MaintenanceWindowExecutionTaskId;
  /** The invocation ID to retrieve. */
  InvocationId: MaintenanceWindowExecutionTaskInvocationId;
}
export interface GetMaintenanceWindowExecutionTaskInvocationResponse {
  /** The maintenance window execution ID. */
  WindowExecutionId?: MaintenanceWindowExecutionId;
  /** The task execution ID. */
  TaskExecutionId?: MaintenanceWindowExecutionTaskId;
  /** The invocation ID. */
  InvocationId?: MaintenanceWindowExecutionTaskInvocationId;
  /** The execution ID. */
  ExecutionId?: string;
  /** Retrieves the task type for a maintenance window. */
  TaskType?: MaintenanceWindowTaskType;
  /**
   * The parameters used at the time that the task ran.
   *
   * @sensitive This value is secret: it is redacted from logs and error messages.
   */
  Parameters?: MaintenanceWindowExecutionTaskInvocationParameters;
  /** The task status for an invocation. */
  Status?: MaintenanceWindowExecutionStatus;
  /** The details explaining the status. Details are only available for certain status values. */
  StatusDetails?: MaintenanceWindowExecutionStatusDetails;
  /** The time that the task started running on the target. */
  StartTime?: DateTime;
  /** The time that the task finished running on the target. */
  EndTime?: DateTime;
  /**
   * User-provided value to be included in any Amazon CloudWatch Events or Amazon EventBridge events raised while running tasks for these targets in this maintenance window.
   *
   * @sensitive This value is secret: it is redacted from logs and error messages.
   */
  OwnerInformation?: OwnerInformation;
  /** The maintenance window target ID. */
  WindowTargetId?: MaintenanceWindowTaskTargetId;
}
export type InstanceId = string;
export type InstanceIdList = InstanceId[];
export type InstanceTagName = string;
/** An error occurred on the server side. */
export interface InternalServerErrorBody {
  Message?: string;
}
/** The specified command ID isn't valid. Verify the ID and try again. */
export interface InvalidCommandIdBody {}
/** The specified SSM document doesn't exist. */
export interface InvalidDocumentBody {
  /** The SSM document doesn't exist or the document isn't available to the user. This exception can be issued by various API operations. */
  Message?: string;
}
/** The document version isn't valid or doesn't exist. */
export interface InvalidDocumentVersionBody {
  Message?: string;
}
/** The specified key isn't valid. */
export interface InvalidFilterKeyBody {}
/**
 * The following problems can cause this exception:
 *
 * - You don't have permission to access the managed node.
 * - Amazon Web Services Systems Manager Agent(SSM Agent) isn't running. Verify that SSM Agent is running.
 * - SSM Agent isn't registered with the SSM endpoint. Try reinstalling SSM Agent.
 * - The managed node isn't in valid state. Valid states are: Running, Pending, Stopped, and Stopping. Invalid states are: Shutting-down and Terminated.
 */
export interface InvalidInstanceIdBody {
  Message?: string;
}
/** The specified token isn't valid. */
export interface InvalidNextTokenBody {
  Message?: string;
}
/** One or more configuration items isn't valid. Verify that a valid Amazon Resource Name (ARN) was provided for an Amazon Simple Notification Service topic. */
export interface InvalidNotificationConfigBody {
  Message?: string;
}
/** The S3 bucket doesn't exist. */
export interface InvalidOutputFolderBody {}
/** You must specify values for all required parameters in the Amazon Web Services Systems Manager document (SSM document). You can only supply values to parameters defined in the SSM document. */
export interface InvalidParametersBody {
  Message?: string;
}
/** The plugin name isn't valid. */
export interface InvalidPluginNameBody {}
/** The role name can't contain invalid characters. Also verify that you specified an IAM role for notifications that includes the required trust policy. For information about configuring the IAM role for Run Command notifications, see Configuring Amazon SNS Notifications for Run Command (https://docs.aws.amazon.com/systems-manager/latest/userguide/rc-sns-notifications.html) in the Amazon Web Services Systems Manager User Guide. */
export interface InvalidRoleBody {
  Message?: string;
}
/** The command ID and managed node ID you specified didn't match any invocations. Verify the command ID and the managed node ID and try again. */
export interface InvocationDoesNotExistBody {}
export type InvocationTraceOutput = string;
/** An invocation is copy of a command sent to a specific managed node. A command can apply to one or more managed nodes. A command invocation applies to one managed node. For example, if a user runs SendCommand against three managed nodes, then a command invocation is created for each requested managed node ID. ListCommandInvocations provide status about command execution. */
export interface ListCommandInvocationsRequest {
  /** (Optional) The invocations for a specific command ID. */
  CommandId?: CommandId;
  /** (Optional) The command execution details for a specific managed node ID. */
  InstanceId?: InstanceId;
  /** (Optional) The maximum number of items to return for this call. The call also returns a token that you can specify in a subsequent call to get the next set of results. */
  MaxResults?: CommandMaxResults;
  /** (Optional) The token for the next set of items to return. (You received this token from a previous call.) */
  NextToken?: string;
  /** (Optional) One or more filters. Use a filter to return a more specific list of results. */
  Filters?: CommandFilterList;
  /** (Optional) If set this returns the response of the command executions and any command output. The default value is false. */
  Details?: boolean;
}
export interface ListCommandInvocationsResponse {
  /** (Optional) A list of all invocations. */
  CommandInvocations?: CommandInvocationList;
  /** (Optional) The token for the next set of items to return. (You received this token from a previous call.) */
  NextToken?: string;
}
/** Lists the commands requested by users of the Amazon Web Services account. */
export interface ListCommandsRequest {
  /** (Optional) If provided, lists only the specified command. */
  CommandId?: CommandId;
  /**
   * (Optional) Lists commands issued against this managed node ID.
   *
   * You can't specify a managed node ID in the same command that you specify Status = Pending. This is because the command hasn't reached the managed node yet.
   */
  InstanceId?: InstanceId;
  /** (Optional) The maximum number of items to return for this call. The call also returns a token that you can specify in a subsequent call to get the next set of results. */
  MaxResults?: CommandMaxResults;
  /** (Optional) The token for the next set of items to return. (You received this token from a previous call.) */
  NextToken?: string;
  /** (Optional) One or more filters. Use a filter to return a more specific list of results. */
  Filters?: CommandFilterList;
}
export interface ListCommandsResponse {
  /** (Optional) The list of commands requested by the user. */
  Commands?: CommandList;
  /** (Optional) The token for the next set of items to return. (You received this token from a previous call.) */
  NextToken?: string;
}
export type MaintenanceWindowExecutionId = string;
export type MaintenanceWindowExecutionStatus =
  | "PENDING"
  | "IN_PROGRESS"
  | "SUCCESS"
  | "FAILED"
  | "TIMED_OUT"
  | "CANCELLING"
  | "CANCELLED"
  | "SKIPPED_OVERLAPPING";
export declare const MaintenanceWindowExecutionStatus: {
  readonly PENDING: "PENDING";
  readonly IN_PROGRESS: "IN_PROGRESS";
  readonly SUCCESS: "SUCCESS";
  readonly FAILED: "FAILED";
  readonly TIMED_OUT: "TIMED_OUT";
  readonly CANCELLING: "CANCELLING";
  readonly CANCELLED: "CANCELLED";
  readonly SKIPPED_OVERLAPPING: "SKIPPED_OVERLAPPING";
};
export type MaintenanceWindowExecutionStatusDetails = string;
export type MaintenanceWindowExecutionTaskId = string;
export type MaintenanceWindowExecutionTaskInvocationId = string;
/** @sensitive This value is secret: it is redacted from logs and error messages. */
export type MaintenanceWindowExecutionTaskInvocationParameters = string;
export type MaintenanceWindowTaskTargetId = string;
export type MaintenanceWindowTaskType = "RUN_COMMAND" | "AUTOMATION" | "STEP_FUNCTIONS" | "LAMBDA";
export declare const MaintenanceWindowTaskType: {
  readonly RUN_COMMAND: "RUN_COMMAND";
  readonly AUTOMATION: "AUTOMATION";
  readonly STEP_FUNCTIONS: "STEP_FUNCTIONS";
  readonly LAMBDA: "LAMBDA";
};
export type MaxConcurrency = string;
/** The size limit of a document is 64 KB. */
export interface MaxDocumentSizeExceededBody {
  Message?: string;
}
export type MaxErrors = string;
/** Configurations for sending notifications. */
export interface NotificationConfig {
  /** An Amazon Resource Name (ARN) for an Amazon Simple Notification Service (Amazon SNS) topic. Run Command pushes notifications about command status changes to this topic. */
  NotificationArn?: string;
  /** The different events for which you can receive notifications. To learn more about these events, see Monitoring Systems Manager status changes using Amazon SNS notifications (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-sns-notifications.html) in the Amazon Web Services Systems Manager User Guide. */
  NotificationEvents?: NotificationEventList;
  /**
   * The type of notification.
   *
   * - Command: Receive notification when the status of a command changes.
   * - Invocation: For commands sent to multiple managed nodes, receive notification on a per-node basis when the status of a command changes.
   */
  NotificationType?: NotificationType;
}
export type NotificationEvent =
  | "All"
  | "InProgress"
  | "Success"
  | "TimedOut"
  | "Cancelled"
  | "Failed";
export declare const NotificationEvent: {
  readonly All: "All";
  readonly InProgress: "InProgress";
  readonly Success: "Success";
  readonly TimedOut: "TimedOut";
  readonly Cancelled: "Cancelled";
  readonly Failed: "Failed";
};
export type NotificationEventList = NotificationEvent[];
export type NotificationType = "Command" | "Invocation";
export declare const NotificationType: {
  readonly Command: "Command";
  readonly Invocation: "Invocation";
};
/** @sensitive This value is secret: it is redacted from logs and error messages. */
export type OwnerInformation = string;
export type ParameterValueList = string[];
/** @sensitive This value is secret: it is redacted from logs and error messages. */
export type Parameters = Record<string, ParameterValueList>;
export type S3BucketName = string;
export type S3KeyPrefix = string;
export type S3Region = string;
/** Runs commands on one or more managed nodes. */
export interface SendCommandRequest {
  /**
   * The IDs of the managed nodes where the command should run. Specifying managed node IDs is most useful when you are targeting a limited number of managed nodes, though you can specify up to 50 IDs.
   *
   * To target a larger number of managed nodes, or if you prefer not to list individual node IDs, we recommend using the Targets option instead. Using Targets, which accepts tag key-value pairs to identify the managed nodes to send commands to, you can a send command to tens, hundreds, or thousands of nodes at once.
   *
   * For more information about how to use targets, see Using targets and rate controls to send commands to a fleet (https://docs.aws.amazon.com/systems-manager/latest/userguide/send-commands-multiple.html) in the Amazon Web Services Systems Manager User Guide.
   */
  InstanceIds?: InstanceIdList;
  /**
   * An array of search criteria that targets managed nodes using a Key,Value combination that you specify. Specifying targets is most useful when you want to send a command to a large number of managed nodes at once. Using Targets, which accepts tag key-value pairs to identify managed nodes, you can send a command to tens, hundreds, or thousands of nodes at once.
   *
   * To send a command to a smaller number of managed nodes, you can use the InstanceIds option instead.
   *
   * For more information about how to use targets, see Sending commands to a fleet (https://docs.aws.amazon.com/systems-manager/latest/userguide/send-commands-multiple.html) in the Amazon Web Services Systems Manager User Guide.
   */
  Targets?: Targets;
  /**
   * The name of the Amazon Web Services Systems Manager document (SSM document) to run. This can be a public document or a custom document. To run a shared document belonging to another account, specify the document Amazon Resource Name (ARN). For more information about how to use shared documents, see Using shared SSM documents (https://docs.aws.amazon.com/systems-manager/latest/userguide/ssm-using-shared.html) in the Amazon Web Services Systems Manager User Guide.
   *
   * If you specify a document name or ARN that hasn't been shared with your account, you receive an InvalidDocument error.
   */
  DocumentName: DocumentARN;
  /**
   * The SSM document version to use in the request. You can specify $DEFAULT, $LATEST, or a specific version number. If you run commands by using the Command Line Interface (Amazon Web Services CLI), then you must escape the first two options by using a backslash. If you specify a version number, then you don't need to use the backslash. For example:
   *
   * --document-version "\$DEFAULT"
   *
   * --document-version "\$LATEST"
   *
   * --document-version "3"
   */
  DocumentVersion?: DocumentVersion;
  /**
   * The Sha256 or Sha1 hash created by the system when the document was created.
   *
   * Sha1 hashes have been deprecated.
   */
  DocumentHash?: DocumentHash;
  /**
   * Sha256 or Sha1.
   *
   * Sha1 hashes have been deprecated.
   */
  DocumentHashType?: DocumentHashType;
  /** If this time is reached and the command hasn't already started running, it won't run. */
  TimeoutSeconds?: TimeoutSeconds;
  /** User-specified information about the command, such as a brief description of what the command should do. */
  Comment?: Comment;
  /**
   * The required and optional parameters specified in the document being run.
   *
   * @sensitive This value is secret: it is redacted from logs and error messages.
   */
  Parameters?: Parameters;
  /** (Deprecated) You can no longer specify this parameter. The system ignores it. Instead, Systems Manager automatically determines the Amazon Web Services Region of the S3 bucket. */
  OutputS3Region?: S3Region;
  /** The name of the S3 bucket where command execution responses should be stored. */
  OutputS3BucketName?: S3BucketName;
  /** The directory structure within the S3 bucket where the responses should be stored. */
  OutputS3KeyPrefix?: S3KeyPrefix;
  /** (Optional) The maximum number of managed nodes that are allowed to run the command at the same time. You can specify a number such as 10 or a percentage such as 10%. The default value is 50. For more information about how to use MaxConcurrency, see Using concurrency controls (https://docs.aws.amazon.com/systems-manager/latest/userguide/send-commands-multiple.html#send-commands-velocity) in the Amazon Web Services Systems Manager User Guide. */
  MaxConcurrency?: MaxConcurrency;
  /** The maximum number of errors allowed without the command failing. When the command fails one more time beyond the value of MaxErrors, the systems stops sending the command to additional targets. You can specify a number like 10 or a percentage like 10%. The default value is 0. For more information about how to use MaxErrors, see Using error controls (https://docs.aws.amazon.com/systems-manager/latest/userguide/send-commands-multiple.html#send-commands-maxerrors) in the Amazon Web Services Systems Manager User Guide. */
  MaxErrors?: MaxErrors;
  /**
   * The ARN of the Identity and Access Management (IAM) service role to use to publish Amazon Simple Notification Service (Amazon SNS) notifications for Run Command commands.
   *
   * This role must provide the sns:Publish permission for your notification topic. For information about creating and using this service role, see Monitoring Systems Manager status changes using Amazon SNS notifications (https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-sns-notifications.html) in the Amazon Web Services Systems Manager User Guide.
   */
  ServiceRoleArn?: string;
  /** Configurations for sending notifications. */
  NotificationConfig?: NotificationConfig;
  /** Enables Amazon Web Services Systems Manager to send Run Command output to Amazon CloudWatch Logs. Run Command is a capability of Amazon Web Services Systems Manager. */
  CloudWatchOutputConfig?: CloudWatchOutputConfig;
  /** The CloudWatch alarm you want to apply to your command. */
  AlarmConfiguration?: AlarmConfiguration;
}
export interface SendCommandResponse {
  /** The request as it was received by Systems Manager. Also provides the command ID which can be used future references to this request. */
  Command?: Command;
}
export type StandardErrorContent = string;
export type StandardOutputContent = string;
export type StatusDetails = string;
export type StringDateTime = string;
/**
 * An array of search criteria that targets managed nodes using a key-value pair that you specify.
 *
 * One or more targets must be specified for maintenance window Run Command-type tasks. Depending on the task, targets are optional for other maintenance window task types (Automation, Lambda, and Step Functions). For more information about running tasks that don't specify targets, see Registering maintenance window tasks without targets (https://docs.aws.amazon.com/systems-manager/latest/userguide/maintenance-windows-targetless-tasks.html) in the Amazon Web Services Systems Manager User Guide.
 *
 * Supported formats include the following.
 *
 * - Key=InstanceIds,Values=<instance-id-1>,<instance-id-2>,<instance-id-3>
 * - Key=tag:<my-tag-key>,Values=<my-tag-value-1>,<my-tag-value-2>
 * - Key=tag-key,Values=<my-tag-key-1>,<my-tag-key-2>
 * - Run Command and Maintenance window targets only: Key=resource-groups:Name,Values=<resource-group-name>
 * - Maintenance window targets only: Key=resource-groups:ResourceTypeFilters,Values=<resource-type-1>,<resource-type-2>
 * - Automation targets only: Key=ResourceGroup;Values=<resource-group-name>
 *
 * For example:
 *
 * - Key=InstanceIds,Values=i-02573cafcfEXAMPLE,i-0471e04240EXAMPLE,i-07782c72faEXAMPLE
 * - Key=tag:CostCenter,Values=CostCenter1,CostCenter2,CostCenter3
 * - Key=tag-key,Values=Name,Instance-Type,CostCenter
 * - Run Command and Maintenance window targets only: Key=resource-groups:Name,Values=ProductionResourceGroup
 *   This example demonstrates how to target all resources in the resource group ProductionResourceGroup in your maintenance window.
 * - Maintenance window targets only: Key=resource-groups:ResourceTypeFilters,Values=AWS::EC2::INSTANCE,AWS::EC2::VPC
 *   This example demonstrates how to target only Amazon Elastic Compute Cloud (Amazon EC2) instances and VPCs in your maintenance window.
 * - Automation targets only: Key=ResourceGroup,Values=MyResourceGroup
 * - State Manager association targets only: Key=InstanceIds,Values=*
 *   This example demonstrates how to target all managed instances in the Amazon Web Services Region where the association was created.
 *
 * For more information about how to send commands that target managed nodes using Key,Value parameters, see Targeting multiple instances (https://docs.aws.amazon.com/systems-manager/latest/userguide/send-commands-multiple.html#send-commands-targeting) in the Amazon Web Services Systems Manager User Guide.
 */
export interface Target {
  /** User-defined criteria for sending commands that target managed nodes that meet the criteria. */
  Key?: TargetKey;
  /**
   * User-defined criteria that maps to Key. For example, if you specified tag:ServerRole, you could specify value:WebServer to run a command on instances that include EC2 tags of ServerRole,WebServer.
   *
   * Depending on the type of target, the maximum number of values for a key might be lower than the global maximum of 50.
   */
  Values?: TargetValues;
}
export type TargetKey = string;
export type TargetValues = string[];
export type Targets = Target[];
export type TimeoutSeconds = number;
/** The document doesn't support the platform type of the given managed node ID(s). For example, you sent an document for a Windows managed node to a Linux node. */
export interface UnsupportedPlatformTypeBody {
  Message?: string;
}
