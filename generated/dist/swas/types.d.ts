/** Values for the {{name}} placeholders of a command that has EnableParameter set. At most 20 entries; a key is 1 to 64 characters of letters, digits, underscores and hyphens (matched case-insensitively); a value may be empty. The SDK types the values as any JSON value; this spec models them as strings, which is what the placeholders are replaced with. On the wire the whole map is sent as one JSON-encoded query parameter named Parameters. */
export type CommandParameters = Record<string, string>;
/** Language of the command. */
export type CommandType = "RunBatScript" | "RunPowerShellScript" | "RunShellScript";
/** Language of the command. */
export declare const CommandType: {
  /** Batch script, for Windows servers. */
  readonly RunBatScript: "RunBatScript";
  /** PowerShell script, for Windows servers. */
  readonly RunPowerShellScript: "RunPowerShellScript";
  /** Shell script, for Linux servers. */
  readonly RunShellScript: "RunShellScript";
};
/** Returns the status, exit code and output of one command execution on a simple application server. Results from the last two weeks can be queried, up to 100,000 records. A command that ran is not necessarily a command that did what was expected: check InvocationStatus, ExitCode and Output. */
export interface DescribeInvocationResultRequest {
  /** The server the command ran on. */
  InstanceId: InstanceId;
  /** The execution to look up, as returned by RunCommand or DescribeInvocations. */
  InvokeId: InvokeId;
  RegionId: RegionId;
}
export interface DescribeInvocationResultResponse {
  InvocationResult?: InvocationResult;
  RequestId?: RequestId;
}
/** Lists the command executions of one simple application server, one page at a time. Executions from the last two weeks can be queried, up to 100,000 records. A Finished execution may still have failed: check InvocationStatus, or read the output with DescribeInvocationResult. */
export interface DescribeInvocationsRequest {
  /** The server whose executions to list. */
  InstanceId: InstanceId;
  /** Only list executions in this state. */
  InvokeStatus?: InvokeStatusFilter;
  /**
   * Page to return, starting at 1.
   *
   * @defaultValue 1
   */
  PageNumber?: number;
  /**
   * Executions per page, at most 50.
   *
   * @defaultValue 10
   */
  PageSize?: number;
  RegionId: RegionId;
}
export interface DescribeInvocationsResponse {
  /** The executions on this page. */
  Invocations?: Invocation[];
  /** Page number of this page. */
  PageNumber?: number;
  /** Page size used for this page. */
  PageSize?: number;
  RequestId?: RequestId;
  /** Number of executions that match, over all pages. */
  TotalCount?: number;
}
/** ID of a simple application server (a 32-character hexadecimal string in the documented examples). Neither the SDK nor the API reference gives a length or pattern. */
export type InstanceId = string;
/** The service failed to process the request because of an internal error; try again later. */
export interface InternalErrorBody {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
}
/** The AccessKey ID is unknown. The OpenAPI gateway's common error table gives HTTP 404; some product pages list 400. */
export interface InvalidAccessKeyIdNotFoundBody {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
}
/** No server with the given InstanceId exists in the region. SWAS documents this code (HTTP 404) for many instance operations; the API reference lists no error codes for RunCommand, DescribeInvocations or DescribeInvocationResult, so its use here is inferred, not verified. */
export interface InvalidInstanceIdNotFoundBody {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
}
/** No execution with the given InvokeId exists for the server. Unverified: neither the SDK nor the API reference documents an error code for an unknown InvokeId; this code and status follow the pattern of InvalidInstanceId.NotFound. */
export interface InvalidInvokeIdNotFoundBody {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
}
/** A parameter value is not valid. */
export interface InvalidParameterBody {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
}
/** One command execution as listed by DescribeInvocations. */
export interface Invocation {
  /** The command text, Base64-encoded (for example bHM= is ls). */
  CommandContent?: string;
  /** Name given to the command when it was run. */
  CommandName?: string;
  CommandType?: CommandType;
  /** When the execution was created, in UTC (ISO 8601, for example 2022-07-11T06:37:16Z). */
  CreationTime?: string;
  InvocationStatus?: InvocationStatus;
  InvokeId?: InvokeId;
  InvokeStatus?: InvokeStatus;
  /**
   * Custom parameter values the command ran with; an empty object when there are none.
   *
   * @defaultValue {}
   */
  Parameters?: CommandParameters;
}
/** Outcome of one command execution on one server. */
export interface InvocationResult {
  /** Why delivery or execution failed; empty when the command ran normally. Documented values: InstanceNotExists, InstanceReleased, InstanceNotRunning, CommandNotApplicable, AccountNotExists, DirectoryNotExists, BadCronExpression, ClientNotRunning, ClientNotResponse, ClientIsUpgrading, ClientNeedUpgrade, DeliveryTimeout, ExecutionTimeout, ExecutionException, ExecutionInterrupted, ExitCodeNonzero. */
  ErrorCode?: string;
  /** Human-readable form of ErrorCode, for example "the command execution exit code is not zero"; empty when the command ran normally. */
  ErrorInfo?: string;
  /** Exit code of the shell script (Linux) or of the batch or PowerShell script (Windows). */
  ExitCode?: number;
  /** When the command stopped running, in UTC (ISO 8601). */
  FinishedTime?: string;
  InstanceId?: InstanceId;
  InvocationStatus?: InvocationStatus;
  InvokeId?: InvokeId;
  /** Overall state of the execution record (same values as InvokeStatus). */
  InvokeRecordStatus?: InvokeStatus;
  /** Operating-system user that ran the command, for example root. */
  InvokeUser?: string;
  /** The command's output, Base64-encoded (for example YWRtaW4K is "admin" and a newline). */
  Output?: string;
  /** When the command started running, in UTC (ISO 8601). */
  StartTime?: string;
}
/** Detailed progress of an execution on the server. */
export type InvocationStatus =
  | "Pending"
  | "Invalid"
  | "Aborted"
  | "Running"
  | "Success"
  | "Failed"
  | "Error"
  | "Timeout"
  | "Cancelled"
  | "Stopping"
  | "Terminated";
/** Detailed progress of an execution on the server. */
export declare const InvocationStatus: {
  /** The service is still checking the command or delivering it to the server. */
  readonly Pending: "Pending";
  /** The command type or a parameter is not valid. */
  readonly Invalid: "Invalid";
  /** The command could not be delivered; the server must be Running and reachable within about one minute. */
  readonly Aborted: "Aborted";
  /** The command is running on the server. */
  readonly Running: "Running";
  /** The command finished with exit code 0. */
  readonly Success: "Success";
  /** The command finished with a non-zero exit code. */
  readonly Failed: "Failed";
  /** An exception stopped the execution. */
  readonly Error: "Error";
  /** The command exceeded its timeout and was killed. */
  readonly Timeout: "Timeout";
  /** The execution was cancelled before the command started. */
  readonly Cancelled: "Cancelled";
  /** A running command is being stopped. */
  readonly Stopping: "Stopping";
  /** The command was stopped while it was running. */
  readonly Terminated: "Terminated";
};
/** ID of one command execution, returned by RunCommand (documented examples look like t-hz02p9545t6****). Neither the SDK nor the API reference gives a length or pattern. */
export type InvokeId = string;
/** Overall state of an execution record. */
export type InvokeStatus = "Running" | "Finished" | "Failed" | "Stopped";
/** Overall state of an execution record. */
export declare const InvokeStatus: {
  /** The command is still running. */
  readonly Running: "Running";
  /** The command has run to completion (whatever its exit code). */
  readonly Finished: "Finished";
  /** The command could not be run, timed out or hit an exception. */
  readonly Failed: "Failed";
  /** The command was stopped. */
  readonly Stopped: "Stopped";
};
/** Execution-record states accepted by DescribeInvocations as a filter. The API reference lists only these three values for the request parameter; responses can also report Stopped. */
export type InvokeStatusFilter = "Running" | "Finished" | "Failed";
/** Execution-record states accepted by DescribeInvocations as a filter. The API reference lists only these three values for the request parameter; responses can also report Stopped. */
export declare const InvokeStatusFilter: {
  /** Only executions that are still running. */
  readonly Running: "Running";
  /** Only executions that have run to completion. */
  readonly Finished: "Finished";
  /** Only executions that failed. */
  readonly Failed: "Failed";
};
/** A required parameter is missing. The gateway may also answer with a code naming the parameter, such as MissingInstanceId. */
export interface MissingParameterBody {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
}
/** Region of the server, for example cn-hangzhou. Must match the region of the endpoint the request is sent to. Neither the SDK nor the API reference gives a length or pattern. */
export type RegionId = string;
/** RegionId does not match the region of the endpoint the request was sent to. SWAS documents this code (HTTP 400) for many instance operations; its use for these three actions is inferred, not verified. */
export interface RegionIdNotMatchHostBody {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
}
/** ID that Alibaba Cloud assigns to the request; quote it when asking for support. */
export type RequestId = string;
/** Runs a shell, PowerShell or batch script on one simple application server through Cloud Assistant and returns the execution ID. The call only starts the execution: poll DescribeInvocationResult (or DescribeInvocations) for its status and output. The server must be Running and have the Cloud Assistant agent installed. */
export interface RunCommandRequest {
  /** The script to run, as plain text (the SDK and API reference example is `ifconfig -s`; there is no encoding parameter). With EnableParameter set, {{name}} placeholders (at most 20; names of letters, digits, _ and -, up to 64 bytes, case-insensitive; spaces and line breaks inside the braces are ignored) are filled from Parameters. The content plus parameters, Base64-encoded, must not exceed 16 KB. */
  CommandContent: string;
  /**
   * Whether CommandContent contains {{name}} placeholders to fill from Parameters.
   *
   * @defaultValue false
   */
  EnableParameter?: boolean;
  /** The server to run the command on. */
  InstanceId: InstanceId;
  /** A name for this command execution. */
  Name: string;
  /** Values for the placeholders in CommandContent, for example {"name": "Jack"} turns `echo {{name}}` into `echo Jack`. Every key must be a placeholder of the command; pass an empty string for placeholders you leave unset. Omit to run without custom parameters. Sent as one JSON-encoded query parameter. */
  Parameters?: CommandParameters;
  RegionId: RegionId;
  /**
   * Seconds the command may run before Cloud Assistant kills it (10 to 86400, that is up to 24 hours).
   *
   * @defaultValue 60
   */
  Timeout?: number;
  Type: CommandType;
  /** Windows only: name of the CloudOps Orchestration Service (OOS) parameter that holds the password of WorkingUser. Needed, together with WorkingUser, to run as a user other than System; only the parameter's name is sent, never the password. */
  WindowsPasswordName?: string;
  /** Directory to run the command in. Defaults to /root on Linux and C:\Windows\system32 on Windows. */
  WorkingDir?: string;
  /** Existing operating-system user to run the command as; a regular user is safer. Defaults to root on Linux and system on Windows. */
  WorkingUser?: string;
}
export interface RunCommandResponse {
  /** ID of the execution started by this call. */
  InvokeId?: InvokeId;
  RequestId?: RequestId;
}
/** The service is temporarily unavailable; try again later. */
export interface ServiceUnavailableBody {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
}
/** The request signature does not match the one the service computed. The OpenAPI gateway's common error table gives HTTP 400; some product pages list 403. */
export interface SignatureDoesNotMatchBody {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
}
/** The request was rejected by flow control. Alibaba's common error tables give HTTP 400. The official SDK raises a ThrottlingError for any code containing "Throttling" and reads the x-acs-retry-after header when present. */
export interface ThrottlingBody {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
}
/** The caller exceeded its own request-rate limit for this API (HTTP 400 in the OpenAPI gateway's common error table). */
export interface ThrottlingUserBody {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
}
