/** Language of the command. */
export const CommandType = {
	/** Batch script, for Windows servers. */
	RunBatScript: "RunBatScript",
	/** PowerShell script, for Windows servers. */
	RunPowerShellScript: "RunPowerShellScript",
	/** Shell script, for Linux servers. */
	RunShellScript: "RunShellScript"
};
/** Detailed progress of an execution on the server. */
export const InvocationStatus = {
	/** The service is still checking the command or delivering it to the server. */
	Pending: "Pending",
	/** The command type or a parameter is not valid. */
	Invalid: "Invalid",
	/** The command could not be delivered; the server must be Running and reachable within about one minute. */
	Aborted: "Aborted",
	/** The command is running on the server. */
	Running: "Running",
	/** The command finished with exit code 0. */
	Success: "Success",
	/** The command finished with a non-zero exit code. */
	Failed: "Failed",
	/** An exception stopped the execution. */
	Error: "Error",
	/** The command exceeded its timeout and was killed. */
	Timeout: "Timeout",
	/** The execution was cancelled before the command started. */
	Cancelled: "Cancelled",
	/** A running command is being stopped. */
	Stopping: "Stopping",
	/** The command was stopped while it was running. */
	Terminated: "Terminated"
};
/** Overall state of an execution record. */
export const InvokeStatus = {
	/** The command is still running. */
	Running: "Running",
	/** The command has run to completion (whatever its exit code). */
	Finished: "Finished",
	/** The command could not be run, timed out or hit an exception. */
	Failed: "Failed",
	/** The command was stopped. */
	Stopped: "Stopped"
};
/** Execution-record states accepted by DescribeInvocations as a filter. The API reference lists only these three values for the request parameter; responses can also report Stopped. */
export const InvokeStatusFilter = {
	/** Only executions that are still running. */
	Running: "Running",
	/** Only executions that have run to completion. */
	Finished: "Finished",
	/** Only executions that failed. */
	Failed: "Failed"
};
