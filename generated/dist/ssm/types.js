export const CommandFilterKey = {
	InvokedAfter: "InvokedAfter",
	InvokedBefore: "InvokedBefore",
	Status: "Status",
	ExecutionStage: "ExecutionStage",
	DocumentName: "DocumentName"
};
export const CommandInvocationStatus = {
	Pending: "Pending",
	InProgress: "InProgress",
	Delayed: "Delayed",
	Success: "Success",
	Cancelled: "Cancelled",
	TimedOut: "TimedOut",
	Failed: "Failed",
	Cancelling: "Cancelling"
};
export const CommandPluginStatus = {
	Pending: "Pending",
	InProgress: "InProgress",
	Success: "Success",
	TimedOut: "TimedOut",
	Cancelled: "Cancelled",
	Failed: "Failed"
};
export const CommandStatus = {
	Pending: "Pending",
	InProgress: "InProgress",
	Success: "Success",
	Cancelled: "Cancelled",
	Failed: "Failed",
	TimedOut: "TimedOut",
	Cancelling: "Cancelling"
};
export const DocumentHashType = {
	Sha256: "Sha256",
	Sha1: "Sha1"
};
export const ExternalAlarmState = {
	UNKNOWN: "UNKNOWN",
	ALARM: "ALARM"
};
export const MaintenanceWindowExecutionStatus = {
	PENDING: "PENDING",
	IN_PROGRESS: "IN_PROGRESS",
	SUCCESS: "SUCCESS",
	FAILED: "FAILED",
	TIMED_OUT: "TIMED_OUT",
	CANCELLING: "CANCELLING",
	CANCELLED: "CANCELLED",
	SKIPPED_OVERLAPPING: "SKIPPED_OVERLAPPING"
};
export const MaintenanceWindowTaskType = {
	RUN_COMMAND: "RUN_COMMAND",
	AUTOMATION: "AUTOMATION",
	STEP_FUNCTIONS: "STEP_FUNCTIONS",
	LAMBDA: "LAMBDA"
};
export const NotificationEvent = {
	All: "All",
	InProgress: "InProgress",
	Success: "Success",
	TimedOut: "TimedOut",
	Cancelled: "Cancelled",
	Failed: "Failed"
};
export const NotificationType = {
	Command: "Command",
	Invocation: "Invocation"
};
