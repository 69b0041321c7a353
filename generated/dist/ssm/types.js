const CommandFilterKey = {
  InvokedAfter: "InvokedAfter",
  InvokedBefore: "InvokedBefore",
  Status: "Status",
  ExecutionStage: "ExecutionStage",
  DocumentName: "DocumentName"
};
const CommandInvocationStatus = {
  Pending: "Pending",
  InProgress: "InProgress",
  Delayed: "Delayed",
  Success: "Success",
  Cancelled: "Cancelled",
  TimedOut: "TimedOut",
  Failed: "Failed",
  Cancelling: "Cancelling"
};
const CommandPluginStatus = {
  Pending: "Pending",
  InProgress: "InProgress",
  Success: "Success",
  TimedOut: "TimedOut",
  Cancelled: "Cancelled",
  Failed: "Failed"
};
const CommandStatus = {
  Pending: "Pending",
  InProgress: "InProgress",
  Success: "Success",
  Cancelled: "Cancelled",
  Failed: "Failed",
  TimedOut: "TimedOut",
  Cancelling: "Cancelling"
};
const DocumentHashType = {
  Sha256: "Sha256",
  Sha1: "Sha1"
};
const ExternalAlarmState = {
  UNKNOWN: "UNKNOWN",
  ALARM: "ALARM"
};
const MaintenanceWindowExecutionStatus = {
  PENDING: "PENDING",
  IN_PROGRESS: "IN_PROGRESS",
  SUCCESS: "SUCCESS",
  FAILED: "FAILED",
  TIMED_OUT: "TIMED_OUT",
  CANCELLING: "CANCELLING",
  CANCELLED: "CANCELLED",
  SKIPPED_OVERLAPPING: "SKIPPED_OVERLAPPING"
};
const MaintenanceWindowTaskType = {
  RUN_COMMAND: "RUN_COMMAND",
  AUTOMATION: "AUTOMATION",
  STEP_FUNCTIONS: "STEP_FUNCTIONS",
  LAMBDA: "LAMBDA"
};
const NotificationEvent = {
  All: "All",
  InProgress: "InProgress",
  Success: "Success",
  TimedOut: "TimedOut",
  Cancelled: "Cancelled",
  Failed: "Failed"
};
const NotificationType = {
  Command: "Command",
  Invocation: "Invocation"
};
export {
  CommandFilterKey,
  CommandInvocationStatus,
  CommandPluginStatus,
  CommandStatus,
  DocumentHashType,
  ExternalAlarmState,
  MaintenanceWindowExecutionStatus,
  MaintenanceWindowTaskType,
  NotificationEvent,
  NotificationType
};
