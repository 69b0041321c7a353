import {
  codePointLength,
  isPlainObject,
  keyCount,
  maxViolations,
  onlyKnownKeys,
  pointerToken,
  reportCount,
  reportEnum,
  reportInteger,
  reportPattern,
  reportRange,
  reportRequired,
  reportType,
  reportUnknownMembers
} from "../runtime/validate.js";
import { standardSchema } from "../runtime/standard-schema.js";
const $re0 = /* @__PURE__ */ new RegExp("^(?!\\s*$).+", "u");
const $re1 = /* @__PURE__ */ new RegExp("^[a-zA-Z0-9_\\-.]{3,128}$", "u");
const $re2 = /* @__PURE__ */ new RegExp("(?:[$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)", "u");
const $re3 = /* @__PURE__ */ new RegExp("^(?:[1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$", "u");
const $re4 = /* @__PURE__ */ new RegExp(
  "^(?:[1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$",
  "u"
);
const $re5 = /* @__PURE__ */ new RegExp("(?:^i-(?:\\w{8}|\\w{17})$)|(?:^mi-\\w{17}$)", "u");
const $re6 = /* @__PURE__ */ new RegExp(
  "^(?:[\\-]?\\d{4}(?!\\d{2}\\b))(?:(-?)(?:(?:0[1-9]|1[0-2])(?:\\1(?:[12]\\d|0[1-9]|3[01]))?|W(?:[0-4]\\d|5[0-2])(?:-?[1-7])?|(?:00[1-9]|0[1-9]\\d|[12]\\d{2}|3(?:[0-5]\\d|6[1-6])))(?:[T\\s](?:(?:(?:[01]\\d|2[0-3])(?:(:?)[0-5]\\d)?|24\\:?00)(?:[\\.,]\\d(?!:))?)?(?:\\2[0-5]\\d(?:[\\.,]\\d)?)?(?:[zZ]|(?:[\\-])(?:[01]\\d|2[0-3]):?(?:[0-5]\\d)?)?)?)?$",
  ""
);
const $re7 = /* @__PURE__ */ new RegExp(
  "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$",
  ""
);
const $re8 = /* @__PURE__ */ new RegExp("^[a-zA-Z0-9_\\-.:/]{3,128}$", "u");
const $re9 = /* @__PURE__ */ new RegExp(
  "^[\\p{L}\\p{Z}\\p{N}_.:/=\\-@]*$|resource-groups:ResourceTypeFilters|resource-groups:Name",
  "u"
);
const $values_ExternalAlarmState = /* @__PURE__ */ Object.freeze([
  "UNKNOWN",
  "ALARM"
]);
function $isEnum_ExternalAlarmState(x) {
  switch (x) {
    case "UNKNOWN":
    case "ALARM":
      return true;
  }
  return false;
}
const $values_CommandStatus = /* @__PURE__ */ Object.freeze([
  "Pending",
  "InProgress",
  "Success",
  "Cancelled",
  "Failed",
  "TimedOut",
  "Cancelling"
]);
function $isEnum_CommandStatus(x) {
  switch (x) {
    case "Pending":
    case "InProgress":
    case "Success":
    case "Cancelled":
    case "Failed":
    case "TimedOut":
    case "Cancelling":
      return true;
  }
  return false;
}
const $values_CommandFilterKey = /* @__PURE__ */ Object.freeze([
  "InvokedAfter",
  "InvokedBefore",
  "Status",
  "ExecutionStage",
  "DocumentName"
]);
function $isEnum_CommandFilterKey(x) {
  switch (x) {
    case "InvokedAfter":
    case "InvokedBefore":
    case "Status":
    case "ExecutionStage":
    case "DocumentName":
      return true;
  }
  return false;
}
const $values_CommandInvocationStatus = /* @__PURE__ */ Object.freeze([
  "Pending",
  "InProgress",
  "Delayed",
  "Success",
  "Cancelled",
  "TimedOut",
  "Failed",
  "Cancelling"
]);
function $isEnum_CommandInvocationStatus(x) {
  switch (x) {
    case "Pending":
    case "InProgress":
    case "Delayed":
    case "Success":
    case "Cancelled":
    case "TimedOut":
    case "Failed":
    case "Cancelling":
      return true;
  }
  return false;
}
const $values_CommandPluginStatus = /* @__PURE__ */ Object.freeze([
  "Pending",
  "InProgress",
  "Success",
  "TimedOut",
  "Cancelled",
  "Failed"
]);
function $isEnum_CommandPluginStatus(x) {
  switch (x) {
    case "Pending":
    case "InProgress":
    case "Success":
    case "TimedOut":
    case "Cancelled":
    case "Failed":
      return true;
  }
  return false;
}
const $values_MaintenanceWindowTaskType = /* @__PURE__ */ Object.freeze([
  "RUN_COMMAND",
  "AUTOMATION",
  "STEP_FUNCTIONS",
  "LAMBDA"
]);
function $isEnum_MaintenanceWindowTaskType(x) {
  switch (x) {
    case "RUN_COMMAND":
    case "AUTOMATION":
    case "STEP_FUNCTIONS":
    case "LAMBDA":
      return true;
  }
  return false;
}
const $values_MaintenanceWindowExecutionStatus = /* @__PURE__ */ Object.freeze([
  "PENDING",
  "IN_PROGRESS",
  "SUCCESS",
  "FAILED",
  "TIMED_OUT",
  "CANCELLING",
  "CANCELLED",
  "SKIPPED_OVERLAPPING"
]);
function $isEnum_MaintenanceWindowExecutionStatus(x) {
  switch (x) {
    case "PENDING":
    case "IN_PROGRESS":
    case "SUCCESS":
    case "FAILED":
    case "TIMED_OUT":
    case "CANCELLING":
    case "CANCELLED":
    case "SKIPPED_OVERLAPPING":
      return true;
  }
  return false;
}
const $values_NotificationType = /* @__PURE__ */ Object.freeze([
  "Command",
  "Invocation"
]);
function $isEnum_NotificationType(x) {
  switch (x) {
    case "Command":
    case "Invocation":
      return true;
  }
  return false;
}
const $values_NotificationEvent = /* @__PURE__ */ Object.freeze([
  "All",
  "InProgress",
  "Success",
  "TimedOut",
  "Cancelled",
  "Failed"
]);
function $isEnum_NotificationEvent(x) {
  switch (x) {
    case "All":
    case "InProgress":
    case "Success":
    case "TimedOut":
    case "Cancelled":
    case "Failed":
      return true;
  }
  return false;
}
const $values_DocumentHashType = /* @__PURE__ */ Object.freeze([
  "Sha256",
  "Sha1"
]);
function $isEnum_DocumentHashType(x) {
  switch (x) {
    case "Sha256":
    case "Sha1":
      return true;
  }
  return false;
}
const $members_Alarm = /* @__PURE__ */ new Set(["Name"]);
const $members_AlarmConfiguration = /* @__PURE__ */ new Set([
  "IgnorePollAlarmFailure",
  "Alarms"
]);
const $members_AlarmStateInformation = /* @__PURE__ */ new Set([
  "Name",
  "State"
]);
const $members_CloudWatchOutputConfig = /* @__PURE__ */ new Set([
  "CloudWatchLogGroupName",
  "CloudWatchOutputEnabled"
]);
const $members_Command = /* @__PURE__ */ new Set([
  "CommandId",
  "DocumentName",
  "DocumentVersion",
  "Comment",
  "ExpiresAfter",
  "Parameters",
  "InstanceIds",
  "Targets",
  "RequestedDateTime",
  "Status",
  "StatusDetails",
  "OutputS3Region",
  "OutputS3BucketName",
  "OutputS3KeyPrefix",
  "MaxConcurrency",
  "MaxErrors",
  "TargetCount",
  "CompletedCount",
  "ErrorCount",
  "DeliveryTimedOutCount",
  "ServiceRole",
  "NotificationConfig",
  "CloudWatchOutputConfig",
  "TimeoutSeconds",
  "AlarmConfiguration",
  "TriggeredAlarms"
]);
const $members_CommandFilter = /* @__PURE__ */ new Set(["key", "value"]);
const $members_CommandInvocation = /* @__PURE__ */ new Set([
  "CommandId",
  "InstanceId",
  "InstanceName",
  "Comment",
  "DocumentName",
  "DocumentVersion",
  "RequestedDateTime",
  "Status",
  "StatusDetails",
  "TraceOutput",
  "StandardOutputUrl",
  "StandardErrorUrl",
  "CommandPlugins",
  "ServiceRole",
  "NotificationConfig",
  "CloudWatchOutputConfig"
]);
const $members_CommandPlugin = /* @__PURE__ */ new Set([
  "Name",
  "Status",
  "StatusDetails",
  "ResponseCode",
  "ResponseStartDateTime",
  "ResponseFinishDateTime",
  "Output",
  "StandardOutputUrl",
  "StandardErrorUrl",
  "OutputS3Region",
  "OutputS3BucketName",
  "OutputS3KeyPrefix"
]);
const $members_DoesNotExistExceptionBody = /* @__PURE__ */ new Set([
  "Message"
]);
const $members_DuplicateInstanceIdBody = /* @__PURE__ */ new Set([]);
const $members_GetCommandInvocationRequest = /* @__PURE__ */ new Set([
  "CommandId",
  "InstanceId",
  "PluginName"
]);
const $members_GetCommandInvocationResponse = /* @__PURE__ */ new Set([
  "CommandId",
  "InstanceId",
  "Comment",
  "DocumentName",
  "DocumentVersion",
  "PluginName",
  "ResponseCode",
  "ExecutionStartDateTime",
  "ExecutionElapsedTime",
  "ExecutionEndDateTime",
  "Status",
  "StatusDetails",
  "StandardOutputContent",
  "StandardOutputUrl",
  "StandardErrorContent",
  "StandardErrorUrl",
  "CloudWatchOutputConfig"
]);
const $members_GetMaintenanceWindowExecutionTaskInvocationRequest = /* @__PURE__ */ new Set(["WindowExecutionId", "TaskId", "InvocationId"]);
const $members_GetMaintenanceWindowExecutionTaskInvocationResponse = /* @__PURE__ */ new Set([
  "WindowExecutionId",
  "TaskExecutionId",
  "InvocationId",
  "ExecutionId",
  "TaskType",
  "Parameters",
  "Status",
  "StatusDetails",
  "StartTime",
  "EndTime",
  "OwnerInformation",
  "WindowTargetId"
]);
const $members_InternalServerErrorBody = /* @__PURE__ */ new Set(["Message"]);
const $members_InvalidCommandIdBody = /* @__PURE__ */ new Set([]);
const $members_InvalidDocumentBody = /* @__PURE__ */ new Set(["Message"]);
const $members_InvalidDocumentVersionBody = /* @__PURE__ */ new Set([
  "Message"
]);
const $members_InvalidFilterKeyBody = /* @__PURE__ */ new Set([]);
const $members_InvalidInstanceIdBody = /* @__PURE__ */ new Set(["Message"]);
const $members_InvalidNextTokenBody = /* @__PURE__ */ new Set(["Message"]);
const $members_InvalidNotificationConfigBody = /* @__PURE__ */ new Set([
  "Message"
]);
const $members_InvalidOutputFolderBody = /* @__PURE__ */ new Set([]);
const $members_InvalidParametersBody = /* @__PURE__ */ new Set(["Message"]);
const $members_InvalidPluginNameBody = /* @__PURE__ */ new Set([]);
const $members_InvalidRoleBody = /* @__PURE__ */ new Set(["Message"]);
const $members_InvocationDoesNotExistBody = /* @__PURE__ */ new Set([]);
const $members_ListCommandInvocationsRequest = /* @__PURE__ */ new Set([
  "CommandId",
  "InstanceId",
  "MaxResults",
  "NextToken",
  "Filters",
  "Details"
]);
const $members_ListCommandInvocationsResponse = /* @__PURE__ */ new Set([
  "CommandInvocations",
  "NextToken"
]);
const $members_ListCommandsRequest = /* @__PURE__ */ new Set([
  "CommandId",
  "InstanceId",
  "MaxResults",
  "NextToken",
  "Filters"
]);
const $members_ListCommandsResponse = /* @__PURE__ */ new Set([
  "Commands",
  "NextToken"
]);
const $members_MaxDocumentSizeExceededBody = /* @__PURE__ */ new Set([
  "Message"
]);
const $members_NotificationConfig = /* @__PURE__ */ new Set([
  "NotificationArn",
  "NotificationEvents",
  "NotificationType"
]);
const $members_SendCommandRequest = /* @__PURE__ */ new Set([
  "InstanceIds",
  "Targets",
  "DocumentName",
  "DocumentVersion",
  "DocumentHash",
  "DocumentHashType",
  "TimeoutSeconds",
  "Comment",
  "Parameters",
  "OutputS3Region",
  "OutputS3BucketName",
  "OutputS3KeyPrefix",
  "MaxConcurrency",
  "MaxErrors",
  "ServiceRoleArn",
  "NotificationConfig",
  "CloudWatchOutputConfig",
  "AlarmConfiguration"
]);
const $members_SendCommandResponse = /* @__PURE__ */ new Set(["Command"]);
const $members_Target = /* @__PURE__ */ new Set(["Key", "Values"]);
const $members_UnsupportedPlatformTypeBody = /* @__PURE__ */ new Set([
  "Message"
]);
function $is_Alarm(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Name;
  if (!(typeof m0 === "string" && m0.length >= 1 && (m0.length <= 255 || m0.length <= 510 && codePointLength(m0) <= 255) && $re0.test(m0)))
    return false;
  n++;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_Alarm);
}
function $check_Alarm(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Name;
  if (m0 === void 0) reportRequired(out, path + "/Name", "Name");
  else {
    const at = path + "/Name";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 1) reportCount(out, at, "minLength", 1);
      if (m0.length > 255 && (m0.length > 510 || codePointLength(m0) > 255))
        reportCount(out, at, "maxLength", 255);
      else if (!$re0.test(m0)) reportPattern(out, at, "^(?!\\s*$).+");
    }
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_Alarm);
}
function $is_AlarmConfiguration(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.IgnorePollAlarmFailure;
  if (m0 !== void 0) {
    if (!(typeof m0 === "boolean")) return false;
    n++;
  }
  const m1 = o.Alarms;
  if (!$is_AlarmList(m1, depth + 1, accept)) return false;
  n++;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_AlarmConfiguration);
}
function $check_AlarmConfiguration(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.IgnorePollAlarmFailure;
  if (m0 !== void 0) {
    const at = path + "/IgnorePollAlarmFailure";
    if (typeof m0 !== "boolean") reportType(out, at, "boolean", m0);
  }
  const m1 = o.Alarms;
  if (m1 === void 0) reportRequired(out, path + "/Alarms", "Alarms");
  else if (!$is_AlarmList(m1, depth + 1, accept)) {
    const at = path + "/Alarms";
    $check_AlarmList(m1, at, depth + 1, accept, out);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_AlarmConfiguration);
}
function $is_AlarmList(v, depth, accept) {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  if (n < 1 || n > 1) return false;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!$is_Alarm(x, depth + 1, accept)) return false;
  }
  return true;
}
function $check_AlarmList(v, path, depth, accept, out) {
  if (!Array.isArray(v)) {
    reportType(out, path, "array", v);
    return;
  }
  const n = v.length;
  if (n < 1) reportCount(out, path, "minItems", 1);
  if (n > 1) reportCount(out, path, "maxItems", 1);
  for (let i = 0; i < n && out.length < maxViolations; i++) {
    const x = v[i];
    if (!$is_Alarm(x, depth + 1, accept)) {
      const at = path + "/" + i;
      $check_Alarm(x, at, depth + 1, accept, out);
    }
  }
}
function $is_AlarmStateInformation(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Name;
  if (!(typeof m0 === "string" && m0.length >= 1 && (m0.length <= 255 || m0.length <= 510 && codePointLength(m0) <= 255) && $re0.test(m0)))
    return false;
  n++;
  const m1 = o.State;
  if (!(typeof m1 === "string" && $isEnum_ExternalAlarmState(m1))) return false;
  n++;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_AlarmStateInformation);
}
function $check_AlarmStateInformation(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Name;
  if (m0 === void 0) reportRequired(out, path + "/Name", "Name");
  else {
    const at = path + "/Name";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 1) reportCount(out, at, "minLength", 1);
      if (m0.length > 255 && (m0.length > 510 || codePointLength(m0) > 255))
        reportCount(out, at, "maxLength", 255);
      else if (!$re0.test(m0)) reportPattern(out, at, "^(?!\\s*$).+");
    }
  }
  const m1 = o.State;
  if (m1 === void 0) reportRequired(out, path + "/State", "State");
  else {
    const at = path + "/State";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
    else {
      if (!$isEnum_ExternalAlarmState(m1)) reportEnum(out, at, $values_ExternalAlarmState);
    }
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_AlarmStateInformation);
}
function $is_AlarmStateInformationList(v, depth, accept) {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  if (n < 1 || n > 1) return false;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!$is_AlarmStateInformation(x, depth + 1, accept)) return false;
  }
  return true;
}
function $check_AlarmStateInformationList(v, path, depth, accept, out) {
  if (!Array.isArray(v)) {
    reportType(out, path, "array", v);
    return;
  }
  const n = v.length;
  if (n < 1) reportCount(out, path, "minItems", 1);
  if (n > 1) reportCount(out, path, "maxItems", 1);
  for (let i = 0; i < n && out.length < maxViolations; i++) {
    const x = v[i];
    if (!$is_AlarmStateInformation(x, depth + 1, accept)) {
      const at = path + "/" + i;
      $check_AlarmStateInformation(x, at, depth + 1, accept, out);
    }
  }
}
function $is_CloudWatchOutputConfig(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.CloudWatchLogGroupName;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string" && m0.length >= 1 && (m0.length <= 512 || m0.length <= 1024 && codePointLength(m0) <= 512)))
      return false;
    n++;
  }
  const m1 = o.CloudWatchOutputEnabled;
  if (m1 !== void 0) {
    if (!(typeof m1 === "boolean")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_CloudWatchOutputConfig);
}
function $check_CloudWatchOutputConfig(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.CloudWatchLogGroupName;
  if (m0 !== void 0) {
    const at = path + "/CloudWatchLogGroupName";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 1) reportCount(out, at, "minLength", 1);
      if (m0.length > 512 && (m0.length > 1024 || codePointLength(m0) > 512))
        reportCount(out, at, "maxLength", 512);
    }
  }
  const m1 = o.CloudWatchOutputEnabled;
  if (m1 !== void 0) {
    const at = path + "/CloudWatchOutputEnabled";
    if (typeof m1 !== "boolean") reportType(out, at, "boolean", m1);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_CloudWatchOutputConfig);
}
function $is_Command(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.CommandId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string" && (m0.length >= 72 || m0.length >= 36 && codePointLength(m0) >= 36) && (m0.length <= 36 || m0.length <= 72 && codePointLength(m0) <= 36)))
      return false;
    n++;
  }
  const m1 = o.DocumentName;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string" && $re1.test(m1))) return false;
    n++;
  }
  const m2 = o.DocumentVersion;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string" && $re2.test(m2))) return false;
    n++;
  }
  const m3 = o.Comment;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string" && (m3.length <= 100 || m3.length <= 200 && codePointLength(m3) <= 100)))
      return false;
    n++;
  }
  const m4 = o.ExpiresAfter;
  if (m4 !== void 0) {
    if (!(typeof m4 === "number" && Number.isFinite(m4))) return false;
    n++;
  }
  const m5 = o.Parameters;
  if (m5 !== void 0) {
    if (!$is_Parameters(m5, depth + 1, accept)) return false;
    n++;
  }
  const m6 = o.InstanceIds;
  if (m6 !== void 0) {
    if (!$is_InstanceIdList(m6, depth + 1, accept)) return false;
    n++;
  }
  const m7 = o.Targets;
  if (m7 !== void 0) {
    if (!$is_Targets(m7, depth + 1, accept)) return false;
    n++;
  }
  const m8 = o.RequestedDateTime;
  if (m8 !== void 0) {
    if (!(typeof m8 === "number" && Number.isFinite(m8))) return false;
    n++;
  }
  const m9 = o.Status;
  if (m9 !== void 0) {
    if (!(typeof m9 === "string" && $isEnum_CommandStatus(m9))) return false;
    n++;
  }
  const m10 = o.StatusDetails;
  if (m10 !== void 0) {
    if (!(typeof m10 === "string" && (m10.length <= 100 || m10.length <= 200 && codePointLength(m10) <= 100)))
      return false;
    n++;
  }
  const m11 = o.OutputS3Region;
  if (m11 !== void 0) {
    if (!(typeof m11 === "string" && (m11.length >= 6 || m11.length >= 3 && codePointLength(m11) >= 3) && (m11.length <= 20 || m11.length <= 40 && codePointLength(m11) <= 20)))
      return false;
    n++;
  }
  const m12 = o.OutputS3BucketName;
  if (m12 !== void 0) {
    if (!(typeof m12 === "string" && (m12.length >= 6 || m12.length >= 3 && codePointLength(m12) >= 3) && (m12.length <= 63 || m12.length <= 126 && codePointLength(m12) <= 63)))
      return false;
    n++;
  }
  const m13 = o.OutputS3KeyPrefix;
  if (m13 !== void 0) {
    if (!(typeof m13 === "string" && (m13.length <= 500 || m13.length <= 1e3 && codePointLength(m13) <= 500)))
      return false;
    n++;
  }
  const m14 = o.MaxConcurrency;
  if (m14 !== void 0) {
    if (!(typeof m14 === "string" && m14.length >= 1 && (m14.length <= 7 || m14.length <= 14 && codePointLength(m14) <= 7) && $re3.test(m14)))
      return false;
    n++;
  }
  const m15 = o.MaxErrors;
  if (m15 !== void 0) {
    if (!(typeof m15 === "string" && m15.length >= 1 && (m15.length <= 7 || m15.length <= 14 && codePointLength(m15) <= 7) && $re4.test(m15)))
      return false;
    n++;
  }
  const m16 = o.TargetCount;
  if (m16 !== void 0) {
    if (!(typeof m16 === "number" && Number.isInteger(m16))) return false;
    n++;
  }
  const m17 = o.CompletedCount;
  if (m17 !== void 0) {
    if (!(typeof m17 === "number" && Number.isInteger(m17))) return false;
    n++;
  }
  const m18 = o.ErrorCount;
  if (m18 !== void 0) {
    if (!(typeof m18 === "number" && Number.isInteger(m18))) return false;
    n++;
  }
  const m19 = o.DeliveryTimedOutCount;
  if (m19 !== void 0) {
    if (!(typeof m19 === "number" && Number.isInteger(m19))) return false;
    n++;
  }
  const m20 = o.ServiceRole;
  if (m20 !== void 0) {
    if (!(typeof m20 === "string")) return false;
    n++;
  }
  const m21 = o.NotificationConfig;
  if (m21 !== void 0) {
    if (!$is_NotificationConfig(m21, depth + 1, accept)) return false;
    n++;
  }
  const m22 = o.CloudWatchOutputConfig;
  if (m22 !== void 0) {
    if (!$is_CloudWatchOutputConfig(m22, depth + 1, accept)) return false;
    n++;
  }
  const m23 = o.TimeoutSeconds;
  if (m23 !== void 0) {
    if (!(typeof m23 === "number" && Number.isInteger(m23) && m23 >= 30 && m23 <= 2592e3))
      return false;
    n++;
  }
  const m24 = o.AlarmConfiguration;
  if (m24 !== void 0) {
    if (!$is_AlarmConfiguration(m24, depth + 1, accept)) return false;
    n++;
  }
  const m25 = o.TriggeredAlarms;
  if (m25 !== void 0) {
    if (!$is_AlarmStateInformationList(m25, depth + 1, accept)) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_Command);
}
function $check_Command(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.CommandId;
  if (m0 !== void 0) {
    const at = path + "/CommandId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 36 || m0.length < 72 && codePointLength(m0) < 36)
        reportCount(out, at, "minLength", 36);
      if (m0.length > 36 && (m0.length > 72 || codePointLength(m0) > 36))
        reportCount(out, at, "maxLength", 36);
    }
  }
  const m1 = o.DocumentName;
  if (m1 !== void 0) {
    const at = path + "/DocumentName";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
    else {
      if (!$re1.test(m1)) reportPattern(out, at, "^[a-zA-Z0-9_\\-.]{3,128}$");
    }
  }
  const m2 = o.DocumentVersion;
  if (m2 !== void 0) {
    const at = path + "/DocumentVersion";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
    else {
      if (!$re2.test(m2)) reportPattern(out, at, "([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)");
    }
  }
  const m3 = o.Comment;
  if (m3 !== void 0) {
    const at = path + "/Comment";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
    else {
      if (m3.length > 100 && (m3.length > 200 || codePointLength(m3) > 100))
        reportCount(out, at, "maxLength", 100);
    }
  }
  const m4 = o.ExpiresAfter;
  if (m4 !== void 0) {
    const at = path + "/ExpiresAfter";
    if (typeof m4 !== "number" || !Number.isFinite(m4)) reportType(out, at, "number", m4);
  }
  const m5 = o.Parameters;
  if (m5 !== void 0 && !$is_Parameters(m5, depth + 1, accept)) {
    const at = path + "/Parameters";
    $check_Parameters(m5, at, depth + 1, accept, out);
  }
  const m6 = o.InstanceIds;
  if (m6 !== void 0 && !$is_InstanceIdList(m6, depth + 1, accept)) {
    const at = path + "/InstanceIds";
    $check_InstanceIdList(m6, at, depth + 1, accept, out);
  }
  const m7 = o.Targets;
  if (m7 !== void 0 && !$is_Targets(m7, depth + 1, accept)) {
    const at = path + "/Targets";
    $check_Targets(m7, at, depth + 1, accept, out);
  }
  const m8 = o.RequestedDateTime;
  if (m8 !== void 0) {
    const at = path + "/RequestedDateTime";
    if (typeof m8 !== "number" || !Number.isFinite(m8)) reportType(out, at, "number", m8);
  }
  const m9 = o.Status;
  if (m9 !== void 0) {
    const at = path + "/Status";
    if (typeof m9 !== "string") reportType(out, at, "string", m9);
    else {
      if (!$isEnum_CommandStatus(m9)) reportEnum(out, at, $values_CommandStatus);
    }
  }
  const m10 = o.StatusDetails;
  if (m10 !== void 0) {
    const at = path + "/StatusDetails";
    if (typeof m10 !== "string") reportType(out, at, "string", m10);
    else {
      if (m10.length > 100 && (m10.length > 200 || codePointLength(m10) > 100))
        reportCount(out, at, "maxLength", 100);
    }
  }
  const m11 = o.OutputS3Region;
  if (m11 !== void 0) {
    const at = path + "/OutputS3Region";
    if (typeof m11 !== "string") reportType(out, at, "string", m11);
    else {
      if (m11.length < 3 || m11.length < 6 && codePointLength(m11) < 3)
        reportCount(out, at, "minLength", 3);
      if (m11.length > 20 && (m11.length > 40 || codePointLength(m11) > 20))
        reportCount(out, at, "maxLength", 20);
    }
  }
  const m12 = o.OutputS3BucketName;
  if (m12 !== void 0) {
    const at = path + "/OutputS3BucketName";
    if (typeof m12 !== "string") reportType(out, at, "string", m12);
    else {
      if (m12.length < 3 || m12.length < 6 && codePointLength(m12) < 3)
        reportCount(out, at, "minLength", 3);
      if (m12.length > 63 && (m12.length > 126 || codePointLength(m12) > 63))
        reportCount(out, at, "maxLength", 63);
    }
  }
  const m13 = o.OutputS3KeyPrefix;
  if (m13 !== void 0) {
    const at = path + "/OutputS3KeyPrefix";
    if (typeof m13 !== "string") reportType(out, at, "string", m13);
    else {
      if (m13.length > 500 && (m13.length > 1e3 || codePointLength(m13) > 500))
        reportCount(out, at, "maxLength", 500);
    }
  }
  const m14 = o.MaxConcurrency;
  if (m14 !== void 0) {
    const at = path + "/MaxConcurrency";
    if (typeof m14 !== "string") reportType(out, at, "string", m14);
    else {
      if (m14.length < 1) reportCount(out, at, "minLength", 1);
      if (m14.length > 7 && (m14.length > 14 || codePointLength(m14) > 7))
        reportCount(out, at, "maxLength", 7);
      else if (!$re3.test(m14)) reportPattern(out, at, "^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$");
    }
  }
  const m15 = o.MaxErrors;
  if (m15 !== void 0) {
    const at = path + "/MaxErrors";
    if (typeof m15 !== "string") reportType(out, at, "string", m15);
    else {
      if (m15.length < 1) reportCount(out, at, "minLength", 1);
      if (m15.length > 7 && (m15.length > 14 || codePointLength(m15) > 7))
        reportCount(out, at, "maxLength", 7);
      else if (!$re4.test(m15))
        reportPattern(out, at, "^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$");
    }
  }
  const m16 = o.TargetCount;
  if (m16 !== void 0) {
    const at = path + "/TargetCount";
    if (typeof m16 !== "number" || !Number.isFinite(m16)) reportType(out, at, "integer", m16);
    else {
      if (!Number.isInteger(m16)) reportInteger(out, at);
    }
  }
  const m17 = o.CompletedCount;
  if (m17 !== void 0) {
    const at = path + "/CompletedCount";
    if (typeof m17 !== "number" || !Number.isFinite(m17)) reportType(out, at, "integer", m17);
    else {
      if (!Number.isInteger(m17)) reportInteger(out, at);
    }
  }
  const m18 = o.ErrorCount;
  if (m18 !== void 0) {
    const at = path + "/ErrorCount";
    if (typeof m18 !== "number" || !Number.isFinite(m18)) reportType(out, at, "integer", m18);
    else {
      if (!Number.isInteger(m18)) reportInteger(out, at);
    }
  }
  const m19 = o.DeliveryTimedOutCount;
  if (m19 !== void 0) {
    const at = path + "/DeliveryTimedOutCount";
    if (typeof m19 !== "number" || !Number.isFinite(m19)) reportType(out, at, "integer", m19);
    else {
      if (!Number.isInteger(m19)) reportInteger(out, at);
    }
  }
  const m20 = o.ServiceRole;
  if (m20 !== void 0) {
    const at = path + "/ServiceRole";
    if (typeof m20 !== "string") reportType(out, at, "string", m20);
  }
  const m21 = o.NotificationConfig;
  if (m21 !== void 0 && !$is_NotificationConfig(m21, depth + 1, accept)) {
    const at = path + "/NotificationConfig";
    $check_NotificationConfig(m21, at, depth + 1, accept, out);
  }
  const m22 = o.CloudWatchOutputConfig;
  if (m22 !== void 0 && !$is_CloudWatchOutputConfig(m22, depth + 1, accept)) {
    const at = path + "/CloudWatchOutputConfig";
    $check_CloudWatchOutputConfig(m22, at, depth + 1, accept, out);
  }
  const m23 = o.TimeoutSeconds;
  if (m23 !== void 0) {
    const at = path + "/TimeoutSeconds";
    if (typeof m23 !== "number" || !Number.isFinite(m23)) reportType(out, at, "integer", m23);
    else {
      if (!Number.isInteger(m23)) reportInteger(out, at);
      if (m23 < 30) reportRange(out, at, "minimum", 30);
      if (m23 > 2592e3) reportRange(out, at, "maximum", 2592e3);
    }
  }
  const m24 = o.AlarmConfiguration;
  if (m24 !== void 0 && !$is_AlarmConfiguration(m24, depth + 1, accept)) {
    const at = path + "/AlarmConfiguration";
    $check_AlarmConfiguration(m24, at, depth + 1, accept, out);
  }
  const m25 = o.TriggeredAlarms;
  if (m25 !== void 0 && !$is_AlarmStateInformationList(m25, depth + 1, accept)) {
    const at = path + "/TriggeredAlarms";
    $check_AlarmStateInformationList(m25, at, depth + 1, accept, out);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_Command);
}
function $is_CommandFilter(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.key;
  if (!(typeof m0 === "string" && $isEnum_CommandFilterKey(m0))) return false;
  n++;
  const m1 = o.value;
  if (!(typeof m1 === "string" && m1.length >= 1 && (m1.length <= 128 || m1.length <= 256 && codePointLength(m1) <= 128)))
    return false;
  n++;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_CommandFilter);
}
function $check_CommandFilter(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.key;
  if (m0 === void 0) reportRequired(out, path + "/key", "key");
  else {
    const at = path + "/key";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (!$isEnum_CommandFilterKey(m0)) reportEnum(out, at, $values_CommandFilterKey);
    }
  }
  const m1 = o.value;
  if (m1 === void 0) reportRequired(out, path + "/value", "value");
  else {
    const at = path + "/value";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
    else {
      if (m1.length < 1) reportCount(out, at, "minLength", 1);
      if (m1.length > 128 && (m1.length > 256 || codePointLength(m1) > 128))
        reportCount(out, at, "maxLength", 128);
    }
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_CommandFilter);
}
function $is_CommandFilterList(v, depth, accept) {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  if (n < 1 || n > 5) return false;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!$is_CommandFilter(x, depth + 1, accept)) return false;
  }
  return true;
}
function $check_CommandFilterList(v, path, depth, accept, out) {
  if (!Array.isArray(v)) {
    reportType(out, path, "array", v);
    return;
  }
  const n = v.length;
  if (n < 1) reportCount(out, path, "minItems", 1);
  if (n > 5) reportCount(out, path, "maxItems", 5);
  for (let i = 0; i < n && out.length < maxViolations; i++) {
    const x = v[i];
    if (!$is_CommandFilter(x, depth + 1, accept)) {
      const at = path + "/" + i;
      $check_CommandFilter(x, at, depth + 1, accept, out);
    }
  }
}
function $is_CommandInvocation(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.CommandId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string" && (m0.length >= 72 || m0.length >= 36 && codePointLength(m0) >= 36) && (m0.length <= 36 || m0.length <= 72 && codePointLength(m0) <= 36)))
      return false;
    n++;
  }
  const m1 = o.InstanceId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string" && $re5.test(m1))) return false;
    n++;
  }
  const m2 = o.InstanceName;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string" && (m2.length <= 255 || m2.length <= 510 && codePointLength(m2) <= 255)))
      return false;
    n++;
  }
  const m3 = o.Comment;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string" && (m3.length <= 100 || m3.length <= 200 && codePointLength(m3) <= 100)))
      return false;
    n++;
  }
  const m4 = o.DocumentName;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string" && $re1.test(m4))) return false;
    n++;
  }
  const m5 = o.DocumentVersion;
  if (m5 !== void 0) {
    if (!(typeof m5 === "string" && $re2.test(m5))) return false;
    n++;
  }
  const m6 = o.RequestedDateTime;
  if (m6 !== void 0) {
    if (!(typeof m6 === "number" && Number.isFinite(m6))) return false;
    n++;
  }
  const m7 = o.Status;
  if (m7 !== void 0) {
    if (!(typeof m7 === "string" && $isEnum_CommandInvocationStatus(m7))) return false;
    n++;
  }
  const m8 = o.StatusDetails;
  if (m8 !== void 0) {
    if (!(typeof m8 === "string" && (m8.length <= 100 || m8.length <= 200 && codePointLength(m8) <= 100)))
      return false;
    n++;
  }
  const m9 = o.TraceOutput;
  if (m9 !== void 0) {
    if (!(typeof m9 === "string" && (m9.length <= 2500 || m9.length <= 5e3 && codePointLength(m9) <= 2500)))
      return false;
    n++;
  }
  const m10 = o.StandardOutputUrl;
  if (m10 !== void 0) {
    if (!(typeof m10 === "string")) return false;
    n++;
  }
  const m11 = o.StandardErrorUrl;
  if (m11 !== void 0) {
    if (!(typeof m11 === "string")) return false;
    n++;
  }
  const m12 = o.CommandPlugins;
  if (m12 !== void 0) {
    if (!$is_CommandPluginList(m12, depth + 1, accept)) return false;
    n++;
  }
  const m13 = o.ServiceRole;
  if (m13 !== void 0) {
    if (!(typeof m13 === "string")) return false;
    n++;
  }
  const m14 = o.NotificationConfig;
  if (m14 !== void 0) {
    if (!$is_NotificationConfig(m14, depth + 1, accept)) return false;
    n++;
  }
  const m15 = o.CloudWatchOutputConfig;
  if (m15 !== void 0) {
    if (!$is_CloudWatchOutputConfig(m15, depth + 1, accept)) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_CommandInvocation);
}
function $check_CommandInvocation(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.CommandId;
  if (m0 !== void 0) {
    const at = path + "/CommandId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 36 || m0.length < 72 && codePointLength(m0) < 36)
        reportCount(out, at, "minLength", 36);
      if (m0.length > 36 && (m0.length > 72 || codePointLength(m0) > 36))
        reportCount(out, at, "maxLength", 36);
    }
  }
  const m1 = o.InstanceId;
  if (m1 !== void 0) {
    const at = path + "/InstanceId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
    else {
      if (!$re5.test(m1)) reportPattern(out, at, "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)");
    }
  }
  const m2 = o.InstanceName;
  if (m2 !== void 0) {
    const at = path + "/InstanceName";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
    else {
      if (m2.length > 255 && (m2.length > 510 || codePointLength(m2) > 255))
        reportCount(out, at, "maxLength", 255);
    }
  }
  const m3 = o.Comment;
  if (m3 !== void 0) {
    const at = path + "/Comment";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
    else {
      if (m3.length > 100 && (m3.length > 200 || codePointLength(m3) > 100))
        reportCount(out, at, "maxLength", 100);
    }
  }
  const m4 = o.DocumentName;
  if (m4 !== void 0) {
    const at = path + "/DocumentName";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
    else {
      if (!$re1.test(m4)) reportPattern(out, at, "^[a-zA-Z0-9_\\-.]{3,128}$");
    }
  }
  const m5 = o.DocumentVersion;
  if (m5 !== void 0) {
    const at = path + "/DocumentVersion";
    if (typeof m5 !== "string") reportType(out, at, "string", m5);
    else {
      if (!$re2.test(m5)) reportPattern(out, at, "([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)");
    }
  }
  const m6 = o.RequestedDateTime;
  if (m6 !== void 0) {
    const at = path + "/RequestedDateTime";
    if (typeof m6 !== "number" || !Number.isFinite(m6)) reportType(out, at, "number", m6);
  }
  const m7 = o.Status;
  if (m7 !== void 0) {
    const at = path + "/Status";
    if (typeof m7 !== "string") reportType(out, at, "string", m7);
    else {
      if (!$isEnum_CommandInvocationStatus(m7))
        reportEnum(out, at, $values_CommandInvocationStatus);
    }
  }
  const m8 = o.StatusDetails;
  if (m8 !== void 0) {
    const at = path + "/StatusDetails";
    if (typeof m8 !== "string") reportType(out, at, "string", m8);
    else {
      if (m8.length > 100 && (m8.length > 200 || codePointLength(m8) > 100))
        reportCount(out, at, "maxLength", 100);
    }
  }
  const m9 = o.TraceOutput;
  if (m9 !== void 0) {
    const at = path + "/TraceOutput";
    if (typeof m9 !== "string") reportType(out, at, "string", m9);
    else {
      if (m9.length > 2500 && (m9.length > 5e3 || codePointLength(m9) > 2500))
        reportCount(out, at, "maxLength", 2500);
    }
  }
  const m10 = o.StandardOutputUrl;
  if (m10 !== void 0) {
    const at = path + "/StandardOutputUrl";
    if (typeof m10 !== "string") reportType(out, at, "string", m10);
  }
  const m11 = o.StandardErrorUrl;
  if (m11 !== void 0) {
    const at = path + "/StandardErrorUrl";
    if (typeof m11 !== "string") reportType(out, at, "string", m11);
  }
  const m12 = o.CommandPlugins;
  if (m12 !== void 0 && !$is_CommandPluginList(m12, depth + 1, accept)) {
    const at = path + "/CommandPlugins";
    $check_CommandPluginList(m12, at, depth + 1, accept, out);
  }
  const m13 = o.ServiceRole;
  if (m13 !== void 0) {
    const at = path + "/ServiceRole";
    if (typeof m13 !== "string") reportType(out, at, "string", m13);
  }
  const m14 = o.NotificationConfig;
  if (m14 !== void 0 && !$is_NotificationConfig(m14, depth + 1, accept)) {
    const at = path + "/NotificationConfig";
    $check_NotificationConfig(m14, at, depth + 1, accept, out);
  }
  const m15 = o.CloudWatchOutputConfig;
  if (m15 !== void 0 && !$is_CloudWatchOutputConfig(m15, depth + 1, accept)) {
    const at = path + "/CloudWatchOutputConfig";
    $check_CloudWatchOutputConfig(m15, at, depth + 1, accept, out);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_CommandInvocation);
}
function $is_CommandInvocationList(v, depth, accept) {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!$is_CommandInvocation(x, depth + 1, accept)) return false;
  }
  return true;
}
function $check_CommandInvocationList(v, path, depth, accept, out) {
  if (!Array.isArray(v)) {
    reportType(out, path, "array", v);
    return;
  }
  const n = v.length;
  for (let i = 0; i < n && out.length < maxViolations; i++) {
    const x = v[i];
    if (!$is_CommandInvocation(x, depth + 1, accept)) {
      const at = path + "/" + i;
      $check_CommandInvocation(x, at, depth + 1, accept, out);
    }
  }
}
function $is_CommandList(v, depth, accept) {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!$is_Command(x, depth + 1, accept)) return false;
  }
  return true;
}
function $check_CommandList(v, path, depth, accept, out) {
  if (!Array.isArray(v)) {
    reportType(out, path, "array", v);
    return;
  }
  const n = v.length;
  for (let i = 0; i < n && out.length < maxViolations; i++) {
    const x = v[i];
    if (!$is_Command(x, depth + 1, accept)) {
      const at = path + "/" + i;
      $check_Command(x, at, depth + 1, accept, out);
    }
  }
}
function $is_CommandPlugin(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Name;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string" && (m0.length >= 8 || m0.length >= 4 && codePointLength(m0) >= 4)))
      return false;
    n++;
  }
  const m1 = o.Status;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string" && $isEnum_CommandPluginStatus(m1))) return false;
    n++;
  }
  const m2 = o.StatusDetails;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string" && (m2.length <= 100 || m2.length <= 200 && codePointLength(m2) <= 100)))
      return false;
    n++;
  }
  const m3 = o.ResponseCode;
  if (m3 !== void 0) {
    if (!(typeof m3 === "number" && Number.isInteger(m3))) return false;
    n++;
  }
  const m4 = o.ResponseStartDateTime;
  if (m4 !== void 0) {
    if (!(typeof m4 === "number" && Number.isFinite(m4))) return false;
    n++;
  }
  const m5 = o.ResponseFinishDateTime;
  if (m5 !== void 0) {
    if (!(typeof m5 === "number" && Number.isFinite(m5))) return false;
    n++;
  }
  const m6 = o.Output;
  if (m6 !== void 0) {
    if (!(typeof m6 === "string" && (m6.length <= 2500 || m6.length <= 5e3 && codePointLength(m6) <= 2500)))
      return false;
    n++;
  }
  const m7 = o.StandardOutputUrl;
  if (m7 !== void 0) {
    if (!(typeof m7 === "string")) return false;
    n++;
  }
  const m8 = o.StandardErrorUrl;
  if (m8 !== void 0) {
    if (!(typeof m8 === "string")) return false;
    n++;
  }
  const m9 = o.OutputS3Region;
  if (m9 !== void 0) {
    if (!(typeof m9 === "string" && (m9.length >= 6 || m9.length >= 3 && codePointLength(m9) >= 3) && (m9.length <= 20 || m9.length <= 40 && codePointLength(m9) <= 20)))
      return false;
    n++;
  }
  const m10 = o.OutputS3BucketName;
  if (m10 !== void 0) {
    if (!(typeof m10 === "string" && (m10.length >= 6 || m10.length >= 3 && codePointLength(m10) >= 3) && (m10.length <= 63 || m10.length <= 126 && codePointLength(m10) <= 63)))
      return false;
    n++;
  }
  const m11 = o.OutputS3KeyPrefix;
  if (m11 !== void 0) {
    if (!(typeof m11 === "string" && (m11.length <= 500 || m11.length <= 1e3 && codePointLength(m11) <= 500)))
      return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_CommandPlugin);
}
function $check_CommandPlugin(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Name;
  if (m0 !== void 0) {
    const at = path + "/Name";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 4 || m0.length < 8 && codePointLength(m0) < 4)
        reportCount(out, at, "minLength", 4);
    }
  }
  const m1 = o.Status;
  if (m1 !== void 0) {
    const at = path + "/Status";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
    else {
      if (!$isEnum_CommandPluginStatus(m1)) reportEnum(out, at, $values_CommandPluginStatus);
    }
  }
  const m2 = o.StatusDetails;
  if (m2 !== void 0) {
    const at = path + "/StatusDetails";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
    else {
      if (m2.length > 100 && (m2.length > 200 || codePointLength(m2) > 100))
        reportCount(out, at, "maxLength", 100);
    }
  }
  const m3 = o.ResponseCode;
  if (m3 !== void 0) {
    const at = path + "/ResponseCode";
    if (typeof m3 !== "number" || !Number.isFinite(m3)) reportType(out, at, "integer", m3);
    else {
      if (!Number.isInteger(m3)) reportInteger(out, at);
    }
  }
  const m4 = o.ResponseStartDateTime;
  if (m4 !== void 0) {
    const at = path + "/ResponseStartDateTime";
    if (typeof m4 !== "number" || !Number.isFinite(m4)) reportType(out, at, "number", m4);
  }
  const m5 = o.ResponseFinishDateTime;
  if (m5 !== void 0) {
    const at = path + "/ResponseFinishDateTime";
    if (typeof m5 !== "number" || !Number.isFinite(m5)) reportType(out, at, "number", m5);
  }
  const m6 = o.Output;
  if (m6 !== void 0) {
    const at = path + "/Output";
    if (typeof m6 !== "string") reportType(out, at, "string", m6);
    else {
      if (m6.length > 2500 && (m6.length > 5e3 || codePointLength(m6) > 2500))
        reportCount(out, at, "maxLength", 2500);
    }
  }
  const m7 = o.StandardOutputUrl;
  if (m7 !== void 0) {
    const at = path + "/StandardOutputUrl";
    if (typeof m7 !== "string") reportType(out, at, "string", m7);
  }
  const m8 = o.StandardErrorUrl;
  if (m8 !== void 0) {
    const at = path + "/StandardErrorUrl";
    if (typeof m8 !== "string") reportType(out, at, "string", m8);
  }
  const m9 = o.OutputS3Region;
  if (m9 !== void 0) {
    const at = path + "/OutputS3Region";
    if (typeof m9 !== "string") reportType(out, at, "string", m9);
    else {
      if (m9.length < 3 || m9.length < 6 && codePointLength(m9) < 3)
        reportCount(out, at, "minLength", 3);
      if (m9.length > 20 && (m9.length > 40 || codePointLength(m9) > 20))
        reportCount(out, at, "maxLength", 20);
    }
  }
  const m10 = o.OutputS3BucketName;
  if (m10 !== void 0) {
    const at = path + "/OutputS3BucketName";
    if (typeof m10 !== "string") reportType(out, at, "string", m10);
    else {
      if (m10.length < 3 || m10.length < 6 && codePointLength(m10) < 3)
        reportCount(out, at, "minLength", 3);
      if (m10.length > 63 && (m10.length > 126 || codePointLength(m10) > 63))
        reportCount(out, at, "maxLength", 63);
    }
  }
  const m11 = o.OutputS3KeyPrefix;
  if (m11 !== void 0) {
    const at = path + "/OutputS3KeyPrefix";
    if (typeof m11 !== "string") reportType(out, at, "string", m11);
    else {
      if (m11.length > 500 && (m11.length > 1e3 || codePointLength(m11) > 500))
        reportCount(out, at, "maxLength", 500);
    }
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_CommandPlugin);
}
function $is_CommandPluginList(v, depth, accept) {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!$is_CommandPlugin(x, depth + 1, accept)) return false;
  }
  return true;
}
function $check_CommandPluginList(v, path, depth, accept, out) {
  if (!Array.isArray(v)) {
    reportType(out, path, "array", v);
    return;
  }
  const n = v.length;
  for (let i = 0; i < n && out.length < maxViolations; i++) {
    const x = v[i];
    if (!$is_CommandPlugin(x, depth + 1, accept)) {
      const at = path + "/" + i;
      $check_CommandPlugin(x, at, depth + 1, accept, out);
    }
  }
}
function $is_DoesNotExistExceptionBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Message;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_DoesNotExistExceptionBody);
}
function $check_DoesNotExistExceptionBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Message;
  if (m0 !== void 0) {
    const at = path + "/Message";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_DoesNotExistExceptionBody);
}
function $is_DuplicateInstanceIdBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_DuplicateInstanceIdBody);
}
function $check_DuplicateInstanceIdBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  if (!accept) reportUnknownMembers(out, path, o, $members_DuplicateInstanceIdBody);
}
function $is_GetCommandInvocationRequest(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.CommandId;
  if (!(typeof m0 === "string" && (m0.length >= 72 || m0.length >= 36 && codePointLength(m0) >= 36) && (m0.length <= 36 || m0.length <= 72 && codePointLength(m0) <= 36)))
    return false;
  n++;
  const m1 = o.InstanceId;
  if (!(typeof m1 === "string" && $re5.test(m1))) return false;
  n++;
  const m2 = o.PluginName;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string" && (m2.length >= 8 || m2.length >= 4 && codePointLength(m2) >= 4)))
      return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_GetCommandInvocationRequest);
}
function $check_GetCommandInvocationRequest(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.CommandId;
  if (m0 === void 0) reportRequired(out, path + "/CommandId", "CommandId");
  else {
    const at = path + "/CommandId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 36 || m0.length < 72 && codePointLength(m0) < 36)
        reportCount(out, at, "minLength", 36);
      if (m0.length > 36 && (m0.length > 72 || codePointLength(m0) > 36))
        reportCount(out, at, "maxLength", 36);
    }
  }
  const m1 = o.InstanceId;
  if (m1 === void 0) reportRequired(out, path + "/InstanceId", "InstanceId");
  else {
    const at = path + "/InstanceId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
    else {
      if (!$re5.test(m1)) reportPattern(out, at, "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)");
    }
  }
  const m2 = o.PluginName;
  if (m2 !== void 0) {
    const at = path + "/PluginName";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
    else {
      if (m2.length < 4 || m2.length < 8 && codePointLength(m2) < 4)
        reportCount(out, at, "minLength", 4);
    }
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_GetCommandInvocationRequest);
}
function $is_GetCommandInvocationResponse(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.CommandId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string" && (m0.length >= 72 || m0.length >= 36 && codePointLength(m0) >= 36) && (m0.length <= 36 || m0.length <= 72 && codePointLength(m0) <= 36)))
      return false;
    n++;
  }
  const m1 = o.InstanceId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string" && $re5.test(m1))) return false;
    n++;
  }
  const m2 = o.Comment;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string" && (m2.length <= 100 || m2.length <= 200 && codePointLength(m2) <= 100)))
      return false;
    n++;
  }
  const m3 = o.DocumentName;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string" && $re1.test(m3))) return false;
    n++;
  }
  const m4 = o.DocumentVersion;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string" && $re2.test(m4))) return false;
    n++;
  }
  const m5 = o.PluginName;
  if (m5 !== void 0) {
    if (!(typeof m5 === "string" && (m5.length >= 8 || m5.length >= 4 && codePointLength(m5) >= 4)))
      return false;
    n++;
  }
  const m6 = o.ResponseCode;
  if (m6 !== void 0) {
    if (!(typeof m6 === "number" && Number.isInteger(m6))) return false;
    n++;
  }
  const m7 = o.ExecutionStartDateTime;
  if (m7 !== void 0) {
    if (!(typeof m7 === "string" && $re6.test(m7))) return false;
    n++;
  }
  const m8 = o.ExecutionElapsedTime;
  if (m8 !== void 0) {
    if (!(typeof m8 === "string" && $re6.test(m8))) return false;
    n++;
  }
  const m9 = o.ExecutionEndDateTime;
  if (m9 !== void 0) {
    if (!(typeof m9 === "string" && $re6.test(m9))) return false;
    n++;
  }
  const m10 = o.Status;
  if (m10 !== void 0) {
    if (!(typeof m10 === "string" && $isEnum_CommandInvocationStatus(m10))) return false;
    n++;
  }
  const m11 = o.StatusDetails;
  if (m11 !== void 0) {
    if (!(typeof m11 === "string" && (m11.length <= 100 || m11.length <= 200 && codePointLength(m11) <= 100)))
      return false;
    n++;
  }
  const m12 = o.StandardOutputContent;
  if (m12 !== void 0) {
    if (!(typeof m12 === "string" && (m12.length <= 24e3 || m12.length <= 48e3 && codePointLength(m12) <= 24e3)))
      return false;
    n++;
  }
  const m13 = o.StandardOutputUrl;
  if (m13 !== void 0) {
    if (!(typeof m13 === "string")) return false;
    n++;
  }
  const m14 = o.StandardErrorContent;
  if (m14 !== void 0) {
    if (!(typeof m14 === "string" && (m14.length <= 8e3 || m14.length <= 16e3 && codePointLength(m14) <= 8e3)))
      return false;
    n++;
  }
  const m15 = o.StandardErrorUrl;
  if (m15 !== void 0) {
    if (!(typeof m15 === "string")) return false;
    n++;
  }
  const m16 = o.CloudWatchOutputConfig;
  if (m16 !== void 0) {
    if (!$is_CloudWatchOutputConfig(m16, depth + 1, accept)) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_GetCommandInvocationResponse);
}
function $check_GetCommandInvocationResponse(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.CommandId;
  if (m0 !== void 0) {
    const at = path + "/CommandId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 36 || m0.length < 72 && codePointLength(m0) < 36)
        reportCount(out, at, "minLength", 36);
      if (m0.length > 36 && (m0.length > 72 || codePointLength(m0) > 36))
        reportCount(out, at, "maxLength", 36);
    }
  }
  const m1 = o.InstanceId;
  if (m1 !== void 0) {
    const at = path + "/InstanceId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
    else {
      if (!$re5.test(m1)) reportPattern(out, at, "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)");
    }
  }
  const m2 = o.Comment;
  if (m2 !== void 0) {
    const at = path + "/Comment";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
    else {
      if (m2.length > 100 && (m2.length > 200 || codePointLength(m2) > 100))
        reportCount(out, at, "maxLength", 100);
    }
  }
  const m3 = o.DocumentName;
  if (m3 !== void 0) {
    const at = path + "/DocumentName";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
    else {
      if (!$re1.test(m3)) reportPattern(out, at, "^[a-zA-Z0-9_\\-.]{3,128}$");
    }
  }
  const m4 = o.DocumentVersion;
  if (m4 !== void 0) {
    const at = path + "/DocumentVersion";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
    else {
      if (!$re2.test(m4)) reportPattern(out, at, "([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)");
    }
  }
  const m5 = o.PluginName;
  if (m5 !== void 0) {
    const at = path + "/PluginName";
    if (typeof m5 !== "string") reportType(out, at, "string", m5);
    else {
      if (m5.length < 4 || m5.length < 8 && codePointLength(m5) < 4)
        reportCount(out, at, "minLength", 4);
    }
  }
  const m6 = o.ResponseCode;
  if (m6 !== void 0) {
    const at = path + "/ResponseCode";
    if (typeof m6 !== "number" || !Number.isFinite(m6)) reportType(out, at, "integer", m6);
    else {
      if (!Number.isInteger(m6)) reportInteger(out, at);
    }
  }
  const m7 = o.ExecutionStartDateTime;
  if (m7 !== void 0) {
    const at = path + "/ExecutionStartDateTime";
    if (typeof m7 !== "string") reportType(out, at, "string", m7);
    else {
      if (!$re6.test(m7))
        reportPattern(
          out,
          at,
          "^([\\-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([T\\s]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d(?!:))?)?(\\17[0-5]\\d([\\.,]\\d)?)?([zZ]|([\\-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$"
        );
    }
  }
  const m8 = o.ExecutionElapsedTime;
  if (m8 !== void 0) {
    const at = path + "/ExecutionElapsedTime";
    if (typeof m8 !== "string") reportType(out, at, "string", m8);
    else {
      if (!$re6.test(m8))
        reportPattern(
          out,
          at,
          "^([\\-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([T\\s]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d(?!:))?)?(\\17[0-5]\\d([\\.,]\\d)?)?([zZ]|([\\-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$"
        );
    }
  }
  const m9 = o.ExecutionEndDateTime;
  if (m9 !== void 0) {
    const at = path + "/ExecutionEndDateTime";
    if (typeof m9 !== "string") reportType(out, at, "string", m9);
    else {
      if (!$re6.test(m9))
        reportPattern(
          out,
          at,
          "^([\\-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([T\\s]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d(?!:))?)?(\\17[0-5]\\d([\\.,]\\d)?)?([zZ]|([\\-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$"
        );
    }
  }
  const m10 = o.Status;
  if (m10 !== void 0) {
    const at = path + "/Status";
    if (typeof m10 !== "string") reportType(out, at, "string", m10);
    else {
      if (!$isEnum_CommandInvocationStatus(m10))
        reportEnum(out, at, $values_CommandInvocationStatus);
    }
  }
  const m11 = o.StatusDetails;
  if (m11 !== void 0) {
    const at = path + "/StatusDetails";
    if (typeof m11 !== "string") reportType(out, at, "string", m11);
    else {
      if (m11.length > 100 && (m11.length > 200 || codePointLength(m11) > 100))
        reportCount(out, at, "maxLength", 100);
    }
  }
  const m12 = o.StandardOutputContent;
  if (m12 !== void 0) {
    const at = path + "/StandardOutputContent";
    if (typeof m12 !== "string") reportType(out, at, "string", m12);
    else {
      if (m12.length > 24e3 && (m12.length > 48e3 || codePointLength(m12) > 24e3))
        reportCount(out, at, "maxLength", 24e3);
    }
  }
  const m13 = o.StandardOutputUrl;
  if (m13 !== void 0) {
    const at = path + "/StandardOutputUrl";
    if (typeof m13 !== "string") reportType(out, at, "string", m13);
  }
  const m14 = o.StandardErrorContent;
  if (m14 !== void 0) {
    const at = path + "/StandardErrorContent";
    if (typeof m14 !== "string") reportType(out, at, "string", m14);
    else {
      if (m14.length > 8e3 && (m14.length > 16e3 || codePointLength(m14) > 8e3))
        reportCount(out, at, "maxLength", 8e3);
    }
  }
  const m15 = o.StandardErrorUrl;
  if (m15 !== void 0) {
    const at = path + "/StandardErrorUrl";
    if (typeof m15 !== "string") reportType(out, at, "string", m15);
  }
  const m16 = o.CloudWatchOutputConfig;
  if (m16 !== void 0 && !$is_CloudWatchOutputConfig(m16, depth + 1, accept)) {
    const at = path + "/CloudWatchOutputConfig";
    $check_CloudWatchOutputConfig(m16, at, depth + 1, accept, out);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_GetCommandInvocationResponse);
}
function $is_GetMaintenanceWindowExecutionTaskInvocationRequest(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.WindowExecutionId;
  if (!(typeof m0 === "string" && (m0.length >= 72 || m0.length >= 36 && codePointLength(m0) >= 36) && (m0.length <= 36 || m0.length <= 72 && codePointLength(m0) <= 36) && $re7.test(m0)))
    return false;
  n++;
  const m1 = o.TaskId;
  if (!(typeof m1 === "string" && (m1.length >= 72 || m1.length >= 36 && codePointLength(m1) >= 36) && (m1.length <= 36 || m1.length <= 72 && codePointLength(m1) <= 36) && $re7.test(m1)))
    return false;
  n++;
  const m2 = o.InvocationId;
  if (!(typeof m2 === "string" && (m2.length >= 72 || m2.length >= 36 && codePointLength(m2) >= 36) && (m2.length <= 36 || m2.length <= 72 && codePointLength(m2) <= 36) && $re7.test(m2)))
    return false;
  n++;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_GetMaintenanceWindowExecutionTaskInvocationRequest);
}
function $check_GetMaintenanceWindowExecutionTaskInvocationRequest(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.WindowExecutionId;
  if (m0 === void 0) reportRequired(out, path + "/WindowExecutionId", "WindowExecutionId");
  else {
    const at = path + "/WindowExecutionId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 36 || m0.length < 72 && codePointLength(m0) < 36)
        reportCount(out, at, "minLength", 36);
      if (m0.length > 36 && (m0.length > 72 || codePointLength(m0) > 36))
        reportCount(out, at, "maxLength", 36);
      else if (!$re7.test(m0))
        reportPattern(
          out,
          at,
          "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$"
        );
    }
  }
  const m1 = o.TaskId;
  if (m1 === void 0) reportRequired(out, path + "/TaskId", "TaskId");
  else {
    const at = path + "/TaskId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
    else {
      if (m1.length < 36 || m1.length < 72 && codePointLength(m1) < 36)
        reportCount(out, at, "minLength", 36);
      if (m1.length > 36 && (m1.length > 72 || codePointLength(m1) > 36))
        reportCount(out, at, "maxLength", 36);
      else if (!$re7.test(m1))
        reportPattern(
          out,
          at,
          "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$"
        );
    }
  }
  const m2 = o.InvocationId;
  if (m2 === void 0) reportRequired(out, path + "/InvocationId", "InvocationId");
  else {
    const at = path + "/InvocationId";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
    else {
      if (m2.length < 36 || m2.length < 72 && codePointLength(m2) < 36)
        reportCount(out, at, "minLength", 36);
      if (m2.length > 36 && (m2.length > 72 || codePointLength(m2) > 36))
        reportCount(out, at, "maxLength", 36);
      else if (!$re7.test(m2))
        reportPattern(
          out,
          at,
          "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$"
        );
    }
  }
  if (!accept)
    reportUnknownMembers(out, path, o, $members_GetMaintenanceWindowExecutionTaskInvocationRequest);
}
function $is_GetMaintenanceWindowExecutionTaskInvocationResponse(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.WindowExecutionId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string" && (m0.length >= 72 || m0.length >= 36 && codePointLength(m0) >= 36) && (m0.length <= 36 || m0.length <= 72 && codePointLength(m0) <= 36) && $re7.test(m0)))
      return false;
    n++;
  }
  const m1 = o.TaskExecutionId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string" && (m1.length >= 72 || m1.length >= 36 && codePointLength(m1) >= 36) && (m1.length <= 36 || m1.length <= 72 && codePointLength(m1) <= 36) && $re7.test(m1)))
      return false;
    n++;
  }
  const m2 = o.InvocationId;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string" && (m2.length >= 72 || m2.length >= 36 && codePointLength(m2) >= 36) && (m2.length <= 36 || m2.length <= 72 && codePointLength(m2) <= 36) && $re7.test(m2)))
      return false;
    n++;
  }
  const m3 = o.ExecutionId;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.TaskType;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string" && $isEnum_MaintenanceWindowTaskType(m4))) return false;
    n++;
  }
  const m5 = o.Parameters;
  if (m5 !== void 0) {
    if (!(typeof m5 === "string")) return false;
    n++;
  }
  const m6 = o.Status;
  if (m6 !== void 0) {
    if (!(typeof m6 === "string" && $isEnum_MaintenanceWindowExecutionStatus(m6))) return false;
    n++;
  }
  const m7 = o.StatusDetails;
  if (m7 !== void 0) {
    if (!(typeof m7 === "string" && (m7.length <= 250 || m7.length <= 500 && codePointLength(m7) <= 250)))
      return false;
    n++;
  }
  const m8 = o.StartTime;
  if (m8 !== void 0) {
    if (!(typeof m8 === "number" && Number.isFinite(m8))) return false;
    n++;
  }
  const m9 = o.EndTime;
  if (m9 !== void 0) {
    if (!(typeof m9 === "number" && Number.isFinite(m9))) return false;
    n++;
  }
  const m10 = o.OwnerInformation;
  if (m10 !== void 0) {
    if (!(typeof m10 === "string" && m10.length >= 1 && (m10.length <= 128 || m10.length <= 256 && codePointLength(m10) <= 128)))
      return false;
    n++;
  }
  const m11 = o.WindowTargetId;
  if (m11 !== void 0) {
    if (!(typeof m11 === "string" && (m11.length <= 36 || m11.length <= 72 && codePointLength(m11) <= 36)))
      return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_GetMaintenanceWindowExecutionTaskInvocationResponse);
}
function $check_GetMaintenanceWindowExecutionTaskInvocationResponse(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.WindowExecutionId;
  if (m0 !== void 0) {
    const at = path + "/WindowExecutionId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 36 || m0.length < 72 && codePointLength(m0) < 36)
        reportCount(out, at, "minLength", 36);
      if (m0.length > 36 && (m0.length > 72 || codePointLength(m0) > 36))
        reportCount(out, at, "maxLength", 36);
      else if (!$re7.test(m0))
        reportPattern(
          out,
          at,
          "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$"
        );
    }
  }
  const m1 = o.TaskExecutionId;
  if (m1 !== void 0) {
    const at = path + "/TaskExecutionId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
    else {
      if (m1.length < 36 || m1.length < 72 && codePointLength(m1) < 36)
        reportCount(out, at, "minLength", 36);
      if (m1.length > 36 && (m1.length > 72 || codePointLength(m1) > 36))
        reportCount(out, at, "maxLength", 36);
      else if (!$re7.test(m1))
        reportPattern(
          out,
          at,
          "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$"
        );
    }
  }
  const m2 = o.InvocationId;
  if (m2 !== void 0) {
    const at = path + "/InvocationId";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
    else {
      if (m2.length < 36 || m2.length < 72 && codePointLength(m2) < 36)
        reportCount(out, at, "minLength", 36);
      if (m2.length > 36 && (m2.length > 72 || codePointLength(m2) > 36))
        reportCount(out, at, "maxLength", 36);
      else if (!$re7.test(m2))
        reportPattern(
          out,
          at,
          "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$"
        );
    }
  }
  const m3 = o.ExecutionId;
  if (m3 !== void 0) {
    const at = path + "/ExecutionId";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.TaskType;
  if (m4 !== void 0) {
    const at = path + "/TaskType";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
    else {
      if (!$isEnum_MaintenanceWindowTaskType(m4))
        reportEnum(out, at, $values_MaintenanceWindowTaskType);
    }
  }
  const m5 = o.Parameters;
  if (m5 !== void 0) {
    const at = path + "/Parameters";
    if (typeof m5 !== "string") reportType(out, at, "string", m5);
  }
  const m6 = o.Status;
  if (m6 !== void 0) {
    const at = path + "/Status";
    if (typeof m6 !== "string") reportType(out, at, "string", m6);
    else {
      if (!$isEnum_MaintenanceWindowExecutionStatus(m6))
        reportEnum(out, at, $values_MaintenanceWindowExecutionStatus);
    }
  }
  const m7 = o.StatusDetails;
  if (m7 !== void 0) {
    const at = path + "/StatusDetails";
    if (typeof m7 !== "string") reportType(out, at, "string", m7);
    else {
      if (m7.length > 250 && (m7.length > 500 || codePointLength(m7) > 250))
        reportCount(out, at, "maxLength", 250);
    }
  }
  const m8 = o.StartTime;
  if (m8 !== void 0) {
    const at = path + "/StartTime";
    if (typeof m8 !== "number" || !Number.isFinite(m8)) reportType(out, at, "number", m8);
  }
  const m9 = o.EndTime;
  if (m9 !== void 0) {
    const at = path + "/EndTime";
    if (typeof m9 !== "number" || !Number.isFinite(m9)) reportType(out, at, "number", m9);
  }
  const m10 = o.OwnerInformation;
  if (m10 !== void 0) {
    const at = path + "/OwnerInformation";
    if (typeof m10 !== "string") reportType(out, at, "string", m10);
    else {
      if (m10.length < 1) reportCount(out, at, "minLength", 1);
      if (m10.length > 128 && (m10.length > 256 || codePointLength(m10) > 128))
        reportCount(out, at, "maxLength", 128);
    }
  }
  const m11 = o.WindowTargetId;
  if (m11 !== void 0) {
    const at = path + "/WindowTargetId";
    if (typeof m11 !== "string") reportType(out, at, "string", m11);
    else {
      if (m11.length > 36 && (m11.length > 72 || codePointLength(m11) > 36))
        reportCount(out, at, "maxLength", 36);
    }
  }
  if (!accept)
    reportUnknownMembers(
      out,
      path,
      o,
      $members_GetMaintenanceWindowExecutionTaskInvocationResponse
    );
}
function $is_InstanceIdList(v, depth, accept) {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  if (n > 50) return false;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!(typeof x === "string" && $re5.test(x))) return false;
  }
  return true;
}
function $check_InstanceIdList(v, path, depth, accept, out) {
  if (!Array.isArray(v)) {
    reportType(out, path, "array", v);
    return;
  }
  const n = v.length;
  if (n > 50) reportCount(out, path, "maxItems", 50);
  for (let i = 0; i < n && out.length < maxViolations; i++) {
    const x = v[i];
    if (!(typeof x === "string" && $re5.test(x))) {
      const at = path + "/" + i;
      if (typeof x !== "string") reportType(out, at, "string", x);
      else {
        if (!$re5.test(x)) reportPattern(out, at, "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)");
      }
    }
  }
}
function $is_InternalServerErrorBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Message;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InternalServerErrorBody);
}
function $check_InternalServerErrorBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Message;
  if (m0 !== void 0) {
    const at = path + "/Message";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InternalServerErrorBody);
}
function $is_InvalidCommandIdBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidCommandIdBody);
}
function $check_InvalidCommandIdBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidCommandIdBody);
}
function $is_InvalidDocumentBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Message;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidDocumentBody);
}
function $check_InvalidDocumentBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Message;
  if (m0 !== void 0) {
    const at = path + "/Message";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidDocumentBody);
}
function $is_InvalidDocumentVersionBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Message;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidDocumentVersionBody);
}
function $check_InvalidDocumentVersionBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Message;
  if (m0 !== void 0) {
    const at = path + "/Message";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidDocumentVersionBody);
}
function $is_InvalidFilterKeyBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidFilterKeyBody);
}
function $check_InvalidFilterKeyBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidFilterKeyBody);
}
function $is_InvalidInstanceIdBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Message;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidInstanceIdBody);
}
function $check_InvalidInstanceIdBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Message;
  if (m0 !== void 0) {
    const at = path + "/Message";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidInstanceIdBody);
}
function $is_InvalidNextTokenBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Message;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidNextTokenBody);
}
function $check_InvalidNextTokenBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Message;
  if (m0 !== void 0) {
    const at = path + "/Message";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidNextTokenBody);
}
function $is_InvalidNotificationConfigBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Message;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidNotificationConfigBody);
}
function $check_InvalidNotificationConfigBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Message;
  if (m0 !== void 0) {
    const at = path + "/Message";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidNotificationConfigBody);
}
function $is_InvalidOutputFolderBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidOutputFolderBody);
}
function $check_InvalidOutputFolderBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidOutputFolderBody);
}
function $is_InvalidParametersBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Message;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidParametersBody);
}
function $check_InvalidParametersBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Message;
  if (m0 !== void 0) {
    const at = path + "/Message";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidParametersBody);
}
function $is_InvalidPluginNameBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidPluginNameBody);
}
function $check_InvalidPluginNameBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidPluginNameBody);
}
function $is_InvalidRoleBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Message;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidRoleBody);
}
function $check_InvalidRoleBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Message;
  if (m0 !== void 0) {
    const at = path + "/Message";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidRoleBody);
}
function $is_InvocationDoesNotExistBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvocationDoesNotExistBody);
}
function $check_InvocationDoesNotExistBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  if (!accept) reportUnknownMembers(out, path, o, $members_InvocationDoesNotExistBody);
}
function $is_ListCommandInvocationsRequest(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.CommandId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string" && (m0.length >= 72 || m0.length >= 36 && codePointLength(m0) >= 36) && (m0.length <= 36 || m0.length <= 72 && codePointLength(m0) <= 36)))
      return false;
    n++;
  }
  const m1 = o.InstanceId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string" && $re5.test(m1))) return false;
    n++;
  }
  const m2 = o.MaxResults;
  if (m2 !== void 0) {
    if (!(typeof m2 === "number" && Number.isInteger(m2) && m2 >= 1 && m2 <= 50)) return false;
    n++;
  }
  const m3 = o.NextToken;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Filters;
  if (m4 !== void 0) {
    if (!$is_CommandFilterList(m4, depth + 1, accept)) return false;
    n++;
  }
  const m5 = o.Details;
  if (m5 !== void 0) {
    if (!(typeof m5 === "boolean")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_ListCommandInvocationsRequest);
}
function $check_ListCommandInvocationsRequest(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.CommandId;
  if (m0 !== void 0) {
    const at = path + "/CommandId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 36 || m0.length < 72 && codePointLength(m0) < 36)
        reportCount(out, at, "minLength", 36);
      if (m0.length > 36 && (m0.length > 72 || codePointLength(m0) > 36))
        reportCount(out, at, "maxLength", 36);
    }
  }
  const m1 = o.InstanceId;
  if (m1 !== void 0) {
    const at = path + "/InstanceId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
    else {
      if (!$re5.test(m1)) reportPattern(out, at, "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)");
    }
  }
  const m2 = o.MaxResults;
  if (m2 !== void 0) {
    const at = path + "/MaxResults";
    if (typeof m2 !== "number" || !Number.isFinite(m2)) reportType(out, at, "integer", m2);
    else {
      if (!Number.isInteger(m2)) reportInteger(out, at);
      if (m2 < 1) reportRange(out, at, "minimum", 1);
      if (m2 > 50) reportRange(out, at, "maximum", 50);
    }
  }
  const m3 = o.NextToken;
  if (m3 !== void 0) {
    const at = path + "/NextToken";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Filters;
  if (m4 !== void 0 && !$is_CommandFilterList(m4, depth + 1, accept)) {
    const at = path + "/Filters";
    $check_CommandFilterList(m4, at, depth + 1, accept, out);
  }
  const m5 = o.Details;
  if (m5 !== void 0) {
    const at = path + "/Details";
    if (typeof m5 !== "boolean") reportType(out, at, "boolean", m5);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_ListCommandInvocationsRequest);
}
function $is_ListCommandInvocationsResponse(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.CommandInvocations;
  if (m0 !== void 0) {
    if (!$is_CommandInvocationList(m0, depth + 1, accept)) return false;
    n++;
  }
  const m1 = o.NextToken;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_ListCommandInvocationsResponse);
}
function $check_ListCommandInvocationsResponse(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.CommandInvocations;
  if (m0 !== void 0 && !$is_CommandInvocationList(m0, depth + 1, accept)) {
    const at = path + "/CommandInvocations";
    $check_CommandInvocationList(m0, at, depth + 1, accept, out);
  }
  const m1 = o.NextToken;
  if (m1 !== void 0) {
    const at = path + "/NextToken";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_ListCommandInvocationsResponse);
}
function $is_ListCommandsRequest(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.CommandId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string" && (m0.length >= 72 || m0.length >= 36 && codePointLength(m0) >= 36) && (m0.length <= 36 || m0.length <= 72 && codePointLength(m0) <= 36)))
      return false;
    n++;
  }
  const m1 = o.InstanceId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string" && $re5.test(m1))) return false;
    n++;
  }
  const m2 = o.MaxResults;
  if (m2 !== void 0) {
    if (!(typeof m2 === "number" && Number.isInteger(m2) && m2 >= 1 && m2 <= 50)) return false;
    n++;
  }
  const m3 = o.NextToken;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Filters;
  if (m4 !== void 0) {
    if (!$is_CommandFilterList(m4, depth + 1, accept)) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_ListCommandsRequest);
}
function $check_ListCommandsRequest(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.CommandId;
  if (m0 !== void 0) {
    const at = path + "/CommandId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 36 || m0.length < 72 && codePointLength(m0) < 36)
        reportCount(out, at, "minLength", 36);
      if (m0.length > 36 && (m0.length > 72 || codePointLength(m0) > 36))
        reportCount(out, at, "maxLength", 36);
    }
  }
  const m1 = o.InstanceId;
  if (m1 !== void 0) {
    const at = path + "/InstanceId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
    else {
      if (!$re5.test(m1)) reportPattern(out, at, "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)");
    }
  }
  const m2 = o.MaxResults;
  if (m2 !== void 0) {
    const at = path + "/MaxResults";
    if (typeof m2 !== "number" || !Number.isFinite(m2)) reportType(out, at, "integer", m2);
    else {
      if (!Number.isInteger(m2)) reportInteger(out, at);
      if (m2 < 1) reportRange(out, at, "minimum", 1);
      if (m2 > 50) reportRange(out, at, "maximum", 50);
    }
  }
  const m3 = o.NextToken;
  if (m3 !== void 0) {
    const at = path + "/NextToken";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Filters;
  if (m4 !== void 0 && !$is_CommandFilterList(m4, depth + 1, accept)) {
    const at = path + "/Filters";
    $check_CommandFilterList(m4, at, depth + 1, accept, out);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_ListCommandsRequest);
}
function $is_ListCommandsResponse(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Commands;
  if (m0 !== void 0) {
    if (!$is_CommandList(m0, depth + 1, accept)) return false;
    n++;
  }
  const m1 = o.NextToken;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_ListCommandsResponse);
}
function $check_ListCommandsResponse(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Commands;
  if (m0 !== void 0 && !$is_CommandList(m0, depth + 1, accept)) {
    const at = path + "/Commands";
    $check_CommandList(m0, at, depth + 1, accept, out);
  }
  const m1 = o.NextToken;
  if (m1 !== void 0) {
    const at = path + "/NextToken";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_ListCommandsResponse);
}
function $is_MaxDocumentSizeExceededBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Message;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_MaxDocumentSizeExceededBody);
}
function $check_MaxDocumentSizeExceededBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Message;
  if (m0 !== void 0) {
    const at = path + "/Message";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_MaxDocumentSizeExceededBody);
}
function $is_NotificationConfig(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.NotificationArn;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.NotificationEvents;
  if (m1 !== void 0) {
    if (!$is_NotificationEventList(m1, depth + 1, accept)) return false;
    n++;
  }
  const m2 = o.NotificationType;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string" && $isEnum_NotificationType(m2))) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_NotificationConfig);
}
function $check_NotificationConfig(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.NotificationArn;
  if (m0 !== void 0) {
    const at = path + "/NotificationArn";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.NotificationEvents;
  if (m1 !== void 0 && !$is_NotificationEventList(m1, depth + 1, accept)) {
    const at = path + "/NotificationEvents";
    $check_NotificationEventList(m1, at, depth + 1, accept, out);
  }
  const m2 = o.NotificationType;
  if (m2 !== void 0) {
    const at = path + "/NotificationType";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
    else {
      if (!$isEnum_NotificationType(m2)) reportEnum(out, at, $values_NotificationType);
    }
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_NotificationConfig);
}
function $is_NotificationEventList(v, depth, accept) {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!(typeof x === "string" && $isEnum_NotificationEvent(x))) return false;
  }
  return true;
}
function $check_NotificationEventList(v, path, depth, accept, out) {
  if (!Array.isArray(v)) {
    reportType(out, path, "array", v);
    return;
  }
  const n = v.length;
  for (let i = 0; i < n && out.length < maxViolations; i++) {
    const x = v[i];
    if (!(typeof x === "string" && $isEnum_NotificationEvent(x))) {
      const at = path + "/" + i;
      if (typeof x !== "string") reportType(out, at, "string", x);
      else {
        if (!$isEnum_NotificationEvent(x)) reportEnum(out, at, $values_NotificationEvent);
      }
    }
  }
}
function $is_ParameterValueList(v, depth, accept) {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!(typeof x === "string")) return false;
  }
  return true;
}
function $check_ParameterValueList(v, path, depth, accept, out) {
  if (!Array.isArray(v)) {
    reportType(out, path, "array", v);
    return;
  }
  const n = v.length;
  for (let i = 0; i < n && out.length < maxViolations; i++) {
    const x = v[i];
    if (!(typeof x === "string")) {
      const at = path + "/" + i;
      if (typeof x !== "string") reportType(out, at, "string", x);
    }
  }
}
function $is_Parameters(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  for (const k in o) {
    if (false) return false;
    const x = o[k];
    if (!$is_ParameterValueList(x, depth + 1, accept)) return false;
    n++;
  }
  return true;
}
function $check_Parameters(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  let n = 0;
  for (const k in o) {
    n++;
    if (!(out.length < maxViolations)) continue;
    if (false) {
      const found = [];
      const at = path + "/" + pointerToken(k);
      reportKey(out, k, found);
    }
    const x = o[k];
    if (!$is_ParameterValueList(x, depth + 1, accept)) {
      const at = path + "/" + pointerToken(k);
      $check_ParameterValueList(x, at, depth + 1, accept, out);
    }
  }
}
function $is_SendCommandRequest(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.InstanceIds;
  if (m0 !== void 0) {
    if (!$is_InstanceIdList(m0, depth + 1, accept)) return false;
    n++;
  }
  const m1 = o.Targets;
  if (m1 !== void 0) {
    if (!$is_Targets(m1, depth + 1, accept)) return false;
    n++;
  }
  const m2 = o.DocumentName;
  if (!(typeof m2 === "string" && $re8.test(m2))) return false;
  n++;
  const m3 = o.DocumentVersion;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string" && $re2.test(m3))) return false;
    n++;
  }
  const m4 = o.DocumentHash;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string" && (m4.length <= 256 || m4.length <= 512 && codePointLength(m4) <= 256)))
      return false;
    n++;
  }
  const m5 = o.DocumentHashType;
  if (m5 !== void 0) {
    if (!(typeof m5 === "string" && $isEnum_DocumentHashType(m5))) return false;
    n++;
  }
  const m6 = o.TimeoutSeconds;
  if (m6 !== void 0) {
    if (!(typeof m6 === "number" && Number.isInteger(m6) && m6 >= 30 && m6 <= 2592e3))
      return false;
    n++;
  }
  const m7 = o.Comment;
  if (m7 !== void 0) {
    if (!(typeof m7 === "string" && (m7.length <= 100 || m7.length <= 200 && codePointLength(m7) <= 100)))
      return false;
    n++;
  }
  const m8 = o.Parameters;
  if (m8 !== void 0) {
    if (!$is_Parameters(m8, depth + 1, accept)) return false;
    n++;
  }
  const m9 = o.OutputS3Region;
  if (m9 !== void 0) {
    if (!(typeof m9 === "string" && (m9.length >= 6 || m9.length >= 3 && codePointLength(m9) >= 3) && (m9.length <= 20 || m9.length <= 40 && codePointLength(m9) <= 20)))
      return false;
    n++;
  }
  const m10 = o.OutputS3BucketName;
  if (m10 !== void 0) {
    if (!(typeof m10 === "string" && (m10.length >= 6 || m10.length >= 3 && codePointLength(m10) >= 3) && (m10.length <= 63 || m10.length <= 126 && codePointLength(m10) <= 63)))
      return false;
    n++;
  }
  const m11 = o.OutputS3KeyPrefix;
  if (m11 !== void 0) {
    if (!(typeof m11 === "string" && (m11.length <= 500 || m11.length <= 1e3 && codePointLength(m11) <= 500)))
      return false;
    n++;
  }
  const m12 = o.MaxConcurrency;
  if (m12 !== void 0) {
    if (!(typeof m12 === "string" && m12.length >= 1 && (m12.length <= 7 || m12.length <= 14 && codePointLength(m12) <= 7) && $re3.test(m12)))
      return false;
    n++;
  }
  const m13 = o.MaxErrors;
  if (m13 !== void 0) {
    if (!(typeof m13 === "string" && m13.length >= 1 && (m13.length <= 7 || m13.length <= 14 && codePointLength(m13) <= 7) && $re4.test(m13)))
      return false;
    n++;
  }
  const m14 = o.ServiceRoleArn;
  if (m14 !== void 0) {
    if (!(typeof m14 === "string")) return false;
    n++;
  }
  const m15 = o.NotificationConfig;
  if (m15 !== void 0) {
    if (!$is_NotificationConfig(m15, depth + 1, accept)) return false;
    n++;
  }
  const m16 = o.CloudWatchOutputConfig;
  if (m16 !== void 0) {
    if (!$is_CloudWatchOutputConfig(m16, depth + 1, accept)) return false;
    n++;
  }
  const m17 = o.AlarmConfiguration;
  if (m17 !== void 0) {
    if (!$is_AlarmConfiguration(m17, depth + 1, accept)) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_SendCommandRequest);
}
function $check_SendCommandRequest(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.InstanceIds;
  if (m0 !== void 0 && !$is_InstanceIdList(m0, depth + 1, accept)) {
    const at = path + "/InstanceIds";
    $check_InstanceIdList(m0, at, depth + 1, accept, out);
  }
  const m1 = o.Targets;
  if (m1 !== void 0 && !$is_Targets(m1, depth + 1, accept)) {
    const at = path + "/Targets";
    $check_Targets(m1, at, depth + 1, accept, out);
  }
  const m2 = o.DocumentName;
  if (m2 === void 0) reportRequired(out, path + "/DocumentName", "DocumentName");
  else {
    const at = path + "/DocumentName";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
    else {
      if (!$re8.test(m2)) reportPattern(out, at, "^[a-zA-Z0-9_\\-.:/]{3,128}$");
    }
  }
  const m3 = o.DocumentVersion;
  if (m3 !== void 0) {
    const at = path + "/DocumentVersion";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
    else {
      if (!$re2.test(m3)) reportPattern(out, at, "([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)");
    }
  }
  const m4 = o.DocumentHash;
  if (m4 !== void 0) {
    const at = path + "/DocumentHash";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
    else {
      if (m4.length > 256 && (m4.length > 512 || codePointLength(m4) > 256))
        reportCount(out, at, "maxLength", 256);
    }
  }
  const m5 = o.DocumentHashType;
  if (m5 !== void 0) {
    const at = path + "/DocumentHashType";
    if (typeof m5 !== "string") reportType(out, at, "string", m5);
    else {
      if (!$isEnum_DocumentHashType(m5)) reportEnum(out, at, $values_DocumentHashType);
    }
  }
  const m6 = o.TimeoutSeconds;
  if (m6 !== void 0) {
    const at = path + "/TimeoutSeconds";
    if (typeof m6 !== "number" || !Number.isFinite(m6)) reportType(out, at, "integer", m6);
    else {
      if (!Number.isInteger(m6)) reportInteger(out, at);
      if (m6 < 30) reportRange(out, at, "minimum", 30);
      if (m6 > 2592e3) reportRange(out, at, "maximum", 2592e3);
    }
  }
  const m7 = o.Comment;
  if (m7 !== void 0) {
    const at = path + "/Comment";
    if (typeof m7 !== "string") reportType(out, at, "string", m7);
    else {
      if (m7.length > 100 && (m7.length > 200 || codePointLength(m7) > 100))
        reportCount(out, at, "maxLength", 100);
    }
  }
  const m8 = o.Parameters;
  if (m8 !== void 0 && !$is_Parameters(m8, depth + 1, accept)) {
    const at = path + "/Parameters";
    $check_Parameters(m8, at, depth + 1, accept, out);
  }
  const m9 = o.OutputS3Region;
  if (m9 !== void 0) {
    const at = path + "/OutputS3Region";
    if (typeof m9 !== "string") reportType(out, at, "string", m9);
    else {
      if (m9.length < 3 || m9.length < 6 && codePointLength(m9) < 3)
        reportCount(out, at, "minLength", 3);
      if (m9.length > 20 && (m9.length > 40 || codePointLength(m9) > 20))
        reportCount(out, at, "maxLength", 20);
    }
  }
  const m10 = o.OutputS3BucketName;
  if (m10 !== void 0) {
    const at = path + "/OutputS3BucketName";
    if (typeof m10 !== "string") reportType(out, at, "string", m10);
    else {
      if (m10.length < 3 || m10.length < 6 && codePointLength(m10) < 3)
        reportCount(out, at, "minLength", 3);
      if (m10.length > 63 && (m10.length > 126 || codePointLength(m10) > 63))
        reportCount(out, at, "maxLength", 63);
    }
  }
  const m11 = o.OutputS3KeyPrefix;
  if (m11 !== void 0) {
    const at = path + "/OutputS3KeyPrefix";
    if (typeof m11 !== "string") reportType(out, at, "string", m11);
    else {
      if (m11.length > 500 && (m11.length > 1e3 || codePointLength(m11) > 500))
        reportCount(out, at, "maxLength", 500);
    }
  }
  const m12 = o.MaxConcurrency;
  if (m12 !== void 0) {
    const at = path + "/MaxConcurrency";
    if (typeof m12 !== "string") reportType(out, at, "string", m12);
    else {
      if (m12.length < 1) reportCount(out, at, "minLength", 1);
      if (m12.length > 7 && (m12.length > 14 || codePointLength(m12) > 7))
        reportCount(out, at, "maxLength", 7);
      else if (!$re3.test(m12)) reportPattern(out, at, "^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$");
    }
  }
  const m13 = o.MaxErrors;
  if (m13 !== void 0) {
    const at = path + "/MaxErrors";
    if (typeof m13 !== "string") reportType(out, at, "string", m13);
    else {
      if (m13.length < 1) reportCount(out, at, "minLength", 1);
      if (m13.length > 7 && (m13.length > 14 || codePointLength(m13) > 7))
        reportCount(out, at, "maxLength", 7);
      else if (!$re4.test(m13))
        reportPattern(out, at, "^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$");
    }
  }
  const m14 = o.ServiceRoleArn;
  if (m14 !== void 0) {
    const at = path + "/ServiceRoleArn";
    if (typeof m14 !== "string") reportType(out, at, "string", m14);
  }
  const m15 = o.NotificationConfig;
  if (m15 !== void 0 && !$is_NotificationConfig(m15, depth + 1, accept)) {
    const at = path + "/NotificationConfig";
    $check_NotificationConfig(m15, at, depth + 1, accept, out);
  }
  const m16 = o.CloudWatchOutputConfig;
  if (m16 !== void 0 && !$is_CloudWatchOutputConfig(m16, depth + 1, accept)) {
    const at = path + "/CloudWatchOutputConfig";
    $check_CloudWatchOutputConfig(m16, at, depth + 1, accept, out);
  }
  const m17 = o.AlarmConfiguration;
  if (m17 !== void 0 && !$is_AlarmConfiguration(m17, depth + 1, accept)) {
    const at = path + "/AlarmConfiguration";
    $check_AlarmConfiguration(m17, at, depth + 1, accept, out);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_SendCommandRequest);
}
function $is_SendCommandResponse(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Command;
  if (m0 !== void 0) {
    if (!$is_Command(m0, depth + 1, accept)) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_SendCommandResponse);
}
function $check_SendCommandResponse(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Command;
  if (m0 !== void 0 && !$is_Command(m0, depth + 1, accept)) {
    const at = path + "/Command";
    $check_Command(m0, at, depth + 1, accept, out);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_SendCommandResponse);
}
function $is_Target(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Key;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string" && m0.length >= 1 && (m0.length <= 163 || m0.length <= 326 && codePointLength(m0) <= 163) && $re9.test(m0)))
      return false;
    n++;
  }
  const m1 = o.Values;
  if (m1 !== void 0) {
    if (!$is_TargetValues(m1, depth + 1, accept)) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_Target);
}
function $check_Target(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Key;
  if (m0 !== void 0) {
    const at = path + "/Key";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
    else {
      if (m0.length < 1) reportCount(out, at, "minLength", 1);
      if (m0.length > 163 && (m0.length > 326 || codePointLength(m0) > 163))
        reportCount(out, at, "maxLength", 163);
      else if (!$re9.test(m0))
        reportPattern(
          out,
          at,
          "^[\\p{L}\\p{Z}\\p{N}_.:/=\\-@]*$|resource-groups:ResourceTypeFilters|resource-groups:Name"
        );
    }
  }
  const m1 = o.Values;
  if (m1 !== void 0 && !$is_TargetValues(m1, depth + 1, accept)) {
    const at = path + "/Values";
    $check_TargetValues(m1, at, depth + 1, accept, out);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_Target);
}
function $is_TargetValues(v, depth, accept) {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  if (n > 50) return false;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!(typeof x === "string")) return false;
  }
  return true;
}
function $check_TargetValues(v, path, depth, accept, out) {
  if (!Array.isArray(v)) {
    reportType(out, path, "array", v);
    return;
  }
  const n = v.length;
  if (n > 50) reportCount(out, path, "maxItems", 50);
  for (let i = 0; i < n && out.length < maxViolations; i++) {
    const x = v[i];
    if (!(typeof x === "string")) {
      const at = path + "/" + i;
      if (typeof x !== "string") reportType(out, at, "string", x);
    }
  }
}
function $is_Targets(v, depth, accept) {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  if (n > 5) return false;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!$is_Target(x, depth + 1, accept)) return false;
  }
  return true;
}
function $check_Targets(v, path, depth, accept, out) {
  if (!Array.isArray(v)) {
    reportType(out, path, "array", v);
    return;
  }
  const n = v.length;
  if (n > 5) reportCount(out, path, "maxItems", 5);
  for (let i = 0; i < n && out.length < maxViolations; i++) {
    const x = v[i];
    if (!$is_Target(x, depth + 1, accept)) {
      const at = path + "/" + i;
      $check_Target(x, at, depth + 1, accept, out);
    }
  }
}
function $is_UnsupportedPlatformTypeBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Message;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_UnsupportedPlatformTypeBody);
}
function $check_UnsupportedPlatformTypeBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Message;
  if (m0 !== void 0) {
    const at = path + "/Message";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_UnsupportedPlatformTypeBody);
}
function isAlarm(value) {
  return $is_Alarm(value, 0, false);
}
function validateAlarm(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_Alarm(value, 0, accept)) return [];
  const out = [];
  $check_Alarm(value, "", 0, accept, out);
  return out;
}
const AlarmSchema = /* @__PURE__ */ standardSchema(validateAlarm);
function isAlarmConfiguration(value) {
  return $is_AlarmConfiguration(value, 0, false);
}
function validateAlarmConfiguration(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_AlarmConfiguration(value, 0, accept)) return [];
  const out = [];
  $check_AlarmConfiguration(value, "", 0, accept, out);
  return out;
}
const AlarmConfigurationSchema = /* @__PURE__ */ standardSchema(validateAlarmConfiguration);
function isAlarmList(value) {
  return $is_AlarmList(value, 0, false);
}
function validateAlarmList(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_AlarmList(value, 0, accept)) return [];
  const out = [];
  $check_AlarmList(value, "", 0, accept, out);
  return out;
}
const AlarmListSchema = /* @__PURE__ */ standardSchema(validateAlarmList);
function isAlarmName(value) {
  return typeof value === "string" && value.length >= 1 && (value.length <= 255 || value.length <= 510 && codePointLength(value) <= 255) && $re0.test(value);
}
function validateAlarmName(value, options) {
  if (typeof value === "string" && value.length >= 1 && (value.length <= 255 || value.length <= 510 && codePointLength(value) <= 255) && $re0.test(value))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 1) reportCount(out, "", "minLength", 1);
    if (value.length > 255 && (value.length > 510 || codePointLength(value) > 255))
      reportCount(out, "", "maxLength", 255);
    else if (!$re0.test(value)) reportPattern(out, "", "^(?!\\s*$).+");
  }
  return out;
}
const AlarmNameSchema = /* @__PURE__ */ standardSchema(validateAlarmName);
function isAlarmStateInformation(value) {
  return $is_AlarmStateInformation(value, 0, false);
}
function validateAlarmStateInformation(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_AlarmStateInformation(value, 0, accept)) return [];
  const out = [];
  $check_AlarmStateInformation(value, "", 0, accept, out);
  return out;
}
const AlarmStateInformationSchema = /* @__PURE__ */ standardSchema(validateAlarmStateInformation);
function isAlarmStateInformationList(value) {
  return $is_AlarmStateInformationList(value, 0, false);
}
function validateAlarmStateInformationList(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_AlarmStateInformationList(value, 0, accept)) return [];
  const out = [];
  $check_AlarmStateInformationList(value, "", 0, accept, out);
  return out;
}
const AlarmStateInformationListSchema = /* @__PURE__ */ standardSchema(validateAlarmStateInformationList);
function isCloudWatchLogGroupName(value) {
  return typeof value === "string" && value.length >= 1 && (value.length <= 512 || value.length <= 1024 && codePointLength(value) <= 512);
}
function validateCloudWatchLogGroupName(value, options) {
  if (typeof value === "string" && value.length >= 1 && (value.length <= 512 || value.length <= 1024 && codePointLength(value) <= 512))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 1) reportCount(out, "", "minLength", 1);
    if (value.length > 512 && (value.length > 1024 || codePointLength(value) > 512))
      reportCount(out, "", "maxLength", 512);
  }
  return out;
}
const CloudWatchLogGroupNameSchema = /* @__PURE__ */ standardSchema(validateCloudWatchLogGroupName);
function isCloudWatchOutputConfig(value) {
  return $is_CloudWatchOutputConfig(value, 0, false);
}
function validateCloudWatchOutputConfig(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_CloudWatchOutputConfig(value, 0, accept)) return [];
  const out = [];
  $check_CloudWatchOutputConfig(value, "", 0, accept, out);
  return out;
}
const CloudWatchOutputConfigSchema = /* @__PURE__ */ standardSchema(validateCloudWatchOutputConfig);
function isCommand(value) {
  return $is_Command(value, 0, false);
}
function validateCommand(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_Command(value, 0, accept)) return [];
  const out = [];
  $check_Command(value, "", 0, accept, out);
  return out;
}
const CommandSchema = /* @__PURE__ */ standardSchema(validateCommand);
function isCommandFilter(value) {
  return $is_CommandFilter(value, 0, false);
}
function validateCommandFilter(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_CommandFilter(value, 0, accept)) return [];
  const out = [];
  $check_CommandFilter(value, "", 0, accept, out);
  return out;
}
const CommandFilterSchema = /* @__PURE__ */ standardSchema(validateCommandFilter);
function isCommandFilterKey(value) {
  return typeof value === "string" && $isEnum_CommandFilterKey(value);
}
function validateCommandFilterKey(value, options) {
  if (typeof value === "string" && $isEnum_CommandFilterKey(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_CommandFilterKey(value)) reportEnum(out, "", $values_CommandFilterKey);
  }
  return out;
}
const CommandFilterKeySchema = /* @__PURE__ */ standardSchema(validateCommandFilterKey);
function isCommandFilterList(value) {
  return $is_CommandFilterList(value, 0, false);
}
function validateCommandFilterList(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_CommandFilterList(value, 0, accept)) return [];
  const out = [];
  $check_CommandFilterList(value, "", 0, accept, out);
  return out;
}
const CommandFilterListSchema = /* @__PURE__ */ standardSchema(validateCommandFilterList);
function isCommandFilterValue(value) {
  return typeof value === "string" && value.length >= 1 && (value.length <= 128 || value.length <= 256 && codePointLength(value) <= 128);
}
function validateCommandFilterValue(value, options) {
  if (typeof value === "string" && value.length >= 1 && (value.length <= 128 || value.length <= 256 && codePointLength(value) <= 128))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 1) reportCount(out, "", "minLength", 1);
    if (value.length > 128 && (value.length > 256 || codePointLength(value) > 128))
      reportCount(out, "", "maxLength", 128);
  }
  return out;
}
const CommandFilterValueSchema = /* @__PURE__ */ standardSchema(validateCommandFilterValue);
function isCommandId(value) {
  return typeof value === "string" && (value.length >= 72 || value.length >= 36 && codePointLength(value) >= 36) && (value.length <= 36 || value.length <= 72 && codePointLength(value) <= 36);
}
function validateCommandId(value, options) {
  if (typeof value === "string" && (value.length >= 72 || value.length >= 36 && codePointLength(value) >= 36) && (value.length <= 36 || value.length <= 72 && codePointLength(value) <= 36))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 36 || value.length < 72 && codePointLength(value) < 36)
      reportCount(out, "", "minLength", 36);
    if (value.length > 36 && (value.length > 72 || codePointLength(value) > 36))
      reportCount(out, "", "maxLength", 36);
  }
  return out;
}
const CommandIdSchema = /* @__PURE__ */ standardSchema(validateCommandId);
function isCommandInvocation(value) {
  return $is_CommandInvocation(value, 0, false);
}
function validateCommandInvocation(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_CommandInvocation(value, 0, accept)) return [];
  const out = [];
  $check_CommandInvocation(value, "", 0, accept, out);
  return out;
}
const CommandInvocationSchema = /* @__PURE__ */ standardSchema(validateCommandInvocation);
function isCommandInvocationList(value) {
  return $is_CommandInvocationList(value, 0, false);
}
function validateCommandInvocationList(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_CommandInvocationList(value, 0, accept)) return [];
  const out = [];
  $check_CommandInvocationList(value, "", 0, accept, out);
  return out;
}
const CommandInvocationListSchema = /* @__PURE__ */ standardSchema(validateCommandInvocationList);
function isCommandInvocationStatus(value) {
  return typeof value === "string" && $isEnum_CommandInvocationStatus(value);
}
function validateCommandInvocationStatus(value, options) {
  if (typeof value === "string" && $isEnum_CommandInvocationStatus(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_CommandInvocationStatus(value))
      reportEnum(out, "", $values_CommandInvocationStatus);
  }
  return out;
}
const CommandInvocationStatusSchema = /* @__PURE__ */ standardSchema(validateCommandInvocationStatus);
function isCommandList(value) {
  return $is_CommandList(value, 0, false);
}
function validateCommandList(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_CommandList(value, 0, accept)) return [];
  const out = [];
  $check_CommandList(value, "", 0, accept, out);
  return out;
}
const CommandListSchema = /* @__PURE__ */ standardSchema(validateCommandList);
function isCommandMaxResults(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 50;
}
function validateCommandMaxResults(value, options) {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 50) return [];
  const out = [];
  if (typeof value !== "number" || !Number.isFinite(value)) reportType(out, "", "integer", value);
  else {
    if (!Number.isInteger(value)) reportInteger(out, "");
    if (value < 1) reportRange(out, "", "minimum", 1);
    if (value > 50) reportRange(out, "", "maximum", 50);
  }
  return out;
}
const CommandMaxResultsSchema = /* @__PURE__ */ standardSchema(validateCommandMaxResults);
function isCommandPlugin(value) {
  return $is_CommandPlugin(value, 0, false);
}
function validateCommandPlugin(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_CommandPlugin(value, 0, accept)) return [];
  const out = [];
  $check_CommandPlugin(value, "", 0, accept, out);
  return out;
}
const CommandPluginSchema = /* @__PURE__ */ standardSchema(validateCommandPlugin);
function isCommandPluginList(value) {
  return $is_CommandPluginList(value, 0, false);
}
function validateCommandPluginList(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_CommandPluginList(value, 0, accept)) return [];
  const out = [];
  $check_CommandPluginList(value, "", 0, accept, out);
  return out;
}
const CommandPluginListSchema = /* @__PURE__ */ standardSchema(validateCommandPluginList);
function isCommandPluginName(value) {
  return typeof value === "string" && (value.length >= 8 || value.length >= 4 && codePointLength(value) >= 4);
}
function validateCommandPluginName(value, options) {
  if (typeof value === "string" && (value.length >= 8 || value.length >= 4 && codePointLength(value) >= 4))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 4 || value.length < 8 && codePointLength(value) < 4)
      reportCount(out, "", "minLength", 4);
  }
  return out;
}
const CommandPluginNameSchema = /* @__PURE__ */ standardSchema(validateCommandPluginName);
function isCommandPluginOutput(value) {
  return typeof value === "string" && (value.length <= 2500 || value.length <= 5e3 && codePointLength(value) <= 2500);
}
function validateCommandPluginOutput(value, options) {
  if (typeof value === "string" && (value.length <= 2500 || value.length <= 5e3 && codePointLength(value) <= 2500))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length > 2500 && (value.length > 5e3 || codePointLength(value) > 2500))
      reportCount(out, "", "maxLength", 2500);
  }
  return out;
}
const CommandPluginOutputSchema = /* @__PURE__ */ standardSchema(validateCommandPluginOutput);
function isCommandPluginStatus(value) {
  return typeof value === "string" && $isEnum_CommandPluginStatus(value);
}
function validateCommandPluginStatus(value, options) {
  if (typeof value === "string" && $isEnum_CommandPluginStatus(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_CommandPluginStatus(value)) reportEnum(out, "", $values_CommandPluginStatus);
  }
  return out;
}
const CommandPluginStatusSchema = /* @__PURE__ */ standardSchema(validateCommandPluginStatus);
function isCommandStatus(value) {
  return typeof value === "string" && $isEnum_CommandStatus(value);
}
function validateCommandStatus(value, options) {
  if (typeof value === "string" && $isEnum_CommandStatus(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_CommandStatus(value)) reportEnum(out, "", $values_CommandStatus);
  }
  return out;
}
const CommandStatusSchema = /* @__PURE__ */ standardSchema(validateCommandStatus);
function isComment(value) {
  return typeof value === "string" && (value.length <= 100 || value.length <= 200 && codePointLength(value) <= 100);
}
function validateComment(value, options) {
  if (typeof value === "string" && (value.length <= 100 || value.length <= 200 && codePointLength(value) <= 100))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length > 100 && (value.length > 200 || codePointLength(value) > 100))
      reportCount(out, "", "maxLength", 100);
  }
  return out;
}
const CommentSchema = /* @__PURE__ */ standardSchema(validateComment);
function isDateTime(value) {
  return typeof value === "number" && Number.isFinite(value);
}
function validateDateTime(value, options) {
  if (typeof value === "number" && Number.isFinite(value)) return [];
  const out = [];
  if (typeof value !== "number" || !Number.isFinite(value)) reportType(out, "", "number", value);
  return out;
}
const DateTimeSchema = /* @__PURE__ */ standardSchema(validateDateTime);
function isDocumentARN(value) {
  return typeof value === "string" && $re8.test(value);
}
function validateDocumentARN(value, options) {
  if (typeof value === "string" && $re8.test(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$re8.test(value)) reportPattern(out, "", "^[a-zA-Z0-9_\\-.:/]{3,128}$");
  }
  return out;
}
const DocumentARNSchema = /* @__PURE__ */ standardSchema(validateDocumentARN);
function isDocumentHash(value) {
  return typeof value === "string" && (value.length <= 256 || value.length <= 512 && codePointLength(value) <= 256);
}
function validateDocumentHash(value, options) {
  if (typeof value === "string" && (value.length <= 256 || value.length <= 512 && codePointLength(value) <= 256))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length > 256 && (value.length > 512 || codePointLength(value) > 256))
      reportCount(out, "", "maxLength", 256);
  }
  return out;
}
const DocumentHashSchema = /* @__PURE__ */ standardSchema(validateDocumentHash);
function isDocumentHashType(value) {
  return typeof value === "string" && $isEnum_DocumentHashType(value);
}
function validateDocumentHashType(value, options) {
  if (typeof value === "string" && $isEnum_DocumentHashType(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_DocumentHashType(value)) reportEnum(out, "", $values_DocumentHashType);
  }
  return out;
}
const DocumentHashTypeSchema = /* @__PURE__ */ standardSchema(validateDocumentHashType);
function isDocumentName(value) {
  return typeof value === "string" && $re1.test(value);
}
function validateDocumentName(value, options) {
  if (typeof value === "string" && $re1.test(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$re1.test(value)) reportPattern(out, "", "^[a-zA-Z0-9_\\-.]{3,128}$");
  }
  return out;
}
const DocumentNameSchema = /* @__PURE__ */ standardSchema(validateDocumentName);
function isDocumentVersion(value) {
  return typeof value === "string" && $re2.test(value);
}
function validateDocumentVersion(value, options) {
  if (typeof value === "string" && $re2.test(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$re2.test(value)) reportPattern(out, "", "([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)");
  }
  return out;
}
const DocumentVersionSchema = /* @__PURE__ */ standardSchema(validateDocumentVersion);
function isDoesNotExistExceptionBody(value) {
  return $is_DoesNotExistExceptionBody(value, 0, false);
}
function validateDoesNotExistExceptionBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_DoesNotExistExceptionBody(value, 0, accept)) return [];
  const out = [];
  $check_DoesNotExistExceptionBody(value, "", 0, accept, out);
  return out;
}
const DoesNotExistExceptionBodySchema = /* @__PURE__ */ standardSchema(validateDoesNotExistExceptionBody);
function isDuplicateInstanceIdBody(value) {
  return $is_DuplicateInstanceIdBody(value, 0, false);
}
function validateDuplicateInstanceIdBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_DuplicateInstanceIdBody(value, 0, accept)) return [];
  const out = [];
  $check_DuplicateInstanceIdBody(value, "", 0, accept, out);
  return out;
}
const DuplicateInstanceIdBodySchema = /* @__PURE__ */ standardSchema(validateDuplicateInstanceIdBody);
function isExternalAlarmState(value) {
  return typeof value === "string" && $isEnum_ExternalAlarmState(value);
}
function validateExternalAlarmState(value, options) {
  if (typeof value === "string" && $isEnum_ExternalAlarmState(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_ExternalAlarmState(value)) reportEnum(out, "", $values_ExternalAlarmState);
  }
  return out;
}
const ExternalAlarmStateSchema = /* @__PURE__ */ standardSchema(validateExternalAlarmState);
function isGetCommandInvocationRequest(value) {
  return $is_GetCommandInvocationRequest(value, 0, false);
}
function validateGetCommandInvocationRequest(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_GetCommandInvocationRequest(value, 0, accept)) return [];
  const out = [];
  $check_GetCommandInvocationRequest(value, "", 0, accept, out);
  return out;
}
const GetCommandInvocationRequestSchema = /* @__PURE__ */ standardSchema(validateGetCommandInvocationRequest);
function isGetCommandInvocationResponse(value) {
  return $is_GetCommandInvocationResponse(value, 0, false);
}
function validateGetCommandInvocationResponse(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_GetCommandInvocationResponse(value, 0, accept)) return [];
  const out = [];
  $check_GetCommandInvocationResponse(value, "", 0, accept, out);
  return out;
}
const GetCommandInvocationResponseSchema = /* @__PURE__ */ standardSchema(
  validateGetCommandInvocationResponse
);
function isGetMaintenanceWindowExecutionTaskInvocationRequest(value) {
  return $is_GetMaintenanceWindowExecutionTaskInvocationRequest(value, 0, false);
}
function validateGetMaintenanceWindowExecutionTaskInvocationRequest(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_GetMaintenanceWindowExecutionTaskInvocationRequest(value, 0, accept)) return [];
  const out = [];
  $check_GetMaintenanceWindowExecutionTaskInvocationRequest(value, "", 0, accept, out);
  return out;
}
const GetMaintenanceWindowExecutionTaskInvocationRequestSchema = /* @__PURE__ */ standardSchema(
  validateGetMaintenanceWindowExecutionTaskInvocationRequest
);
function isGetMaintenanceWindowExecutionTaskInvocationResponse(value) {
  return $is_GetMaintenanceWindowExecutionTaskInvocationResponse(value, 0, false);
}
function validateGetMaintenanceWindowExecutionTaskInvocationResponse(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_GetMaintenanceWindowExecutionTaskInvocationResponse(value, 0, accept)) return [];
  const out = [];
  $check_GetMaintenanceWindowExecutionTaskInvocationResponse(value, "", 0, accept, out);
  return out;
}
const GetMaintenanceWindowExecutionTaskInvocationResponseSchema = /* @__PURE__ */ standardSchema(
  validateGetMaintenanceWindowExecutionTaskInvocationResponse
);
function isInstanceId(value) {
  return typeof value === "string" && $re5.test(value);
}
function validateInstanceId(value, options) {
  if (typeof value === "string" && $re5.test(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$re5.test(value)) reportPattern(out, "", "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)");
  }
  return out;
}
const InstanceIdSchema = /* @__PURE__ */ standardSchema(validateInstanceId);
function isInstanceIdList(value) {
  return $is_InstanceIdList(value, 0, false);
}
function validateInstanceIdList(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InstanceIdList(value, 0, accept)) return [];
  const out = [];
  $check_InstanceIdList(value, "", 0, accept, out);
  return out;
}
const InstanceIdListSchema = /* @__PURE__ */ standardSchema(validateInstanceIdList);
function isInstanceTagName(value) {
  return typeof value === "string" && (value.length <= 255 || value.length <= 510 && codePointLength(value) <= 255);
}
function validateInstanceTagName(value, options) {
  if (typeof value === "string" && (value.length <= 255 || value.length <= 510 && codePointLength(value) <= 255))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length > 255 && (value.length > 510 || codePointLength(value) > 255))
      reportCount(out, "", "maxLength", 255);
  }
  return out;
}
const InstanceTagNameSchema = /* @__PURE__ */ standardSchema(validateInstanceTagName);
function isInternalServerErrorBody(value) {
  return $is_InternalServerErrorBody(value, 0, false);
}
function validateInternalServerErrorBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InternalServerErrorBody(value, 0, accept)) return [];
  const out = [];
  $check_InternalServerErrorBody(value, "", 0, accept, out);
  return out;
}
const InternalServerErrorBodySchema = /* @__PURE__ */ standardSchema(validateInternalServerErrorBody);
function isInvalidCommandIdBody(value) {
  return $is_InvalidCommandIdBody(value, 0, false);
}
function validateInvalidCommandIdBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidCommandIdBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidCommandIdBody(value, "", 0, accept, out);
  return out;
}
const InvalidCommandIdBodySchema = /* @__PURE__ */ standardSchema(validateInvalidCommandIdBody);
function isInvalidDocumentBody(value) {
  return $is_InvalidDocumentBody(value, 0, false);
}
function validateInvalidDocumentBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidDocumentBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidDocumentBody(value, "", 0, accept, out);
  return out;
}
const InvalidDocumentBodySchema = /* @__PURE__ */ standardSchema(validateInvalidDocumentBody);
function isInvalidDocumentVersionBody(value) {
  return $is_InvalidDocumentVersionBody(value, 0, false);
}
function validateInvalidDocumentVersionBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidDocumentVersionBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidDocumentVersionBody(value, "", 0, accept, out);
  return out;
}
const InvalidDocumentVersionBodySchema = /* @__PURE__ */ standardSchema(validateInvalidDocumentVersionBody);
function isInvalidFilterKeyBody(value) {
  return $is_InvalidFilterKeyBody(value, 0, false);
}
function validateInvalidFilterKeyBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidFilterKeyBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidFilterKeyBody(value, "", 0, accept, out);
  return out;
}
const InvalidFilterKeyBodySchema = /* @__PURE__ */ standardSchema(validateInvalidFilterKeyBody);
function isInvalidInstanceIdBody(value) {
  return $is_InvalidInstanceIdBody(value, 0, false);
}
function validateInvalidInstanceIdBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidInstanceIdBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidInstanceIdBody(value, "", 0, accept, out);
  return out;
}
const InvalidInstanceIdBodySchema = /* @__PURE__ */ standardSchema(validateInvalidInstanceIdBody);
function isInvalidNextTokenBody(value) {
  return $is_InvalidNextTokenBody(value, 0, false);
}
function validateInvalidNextTokenBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidNextTokenBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidNextTokenBody(value, "", 0, accept, out);
  return out;
}
const InvalidNextTokenBodySchema = /* @__PURE__ */ standardSchema(validateInvalidNextTokenBody);
function isInvalidNotificationConfigBody(value) {
  return $is_InvalidNotificationConfigBody(value, 0, false);
}
function validateInvalidNotificationConfigBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidNotificationConfigBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidNotificationConfigBody(value, "", 0, accept, out);
  return out;
}
const InvalidNotificationConfigBodySchema = /* @__PURE__ */ standardSchema(
  validateInvalidNotificationConfigBody
);
function isInvalidOutputFolderBody(value) {
  return $is_InvalidOutputFolderBody(value, 0, false);
}
function validateInvalidOutputFolderBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidOutputFolderBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidOutputFolderBody(value, "", 0, accept, out);
  return out;
}
const InvalidOutputFolderBodySchema = /* @__PURE__ */ standardSchema(validateInvalidOutputFolderBody);
function isInvalidParametersBody(value) {
  return $is_InvalidParametersBody(value, 0, false);
}
function validateInvalidParametersBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidParametersBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidParametersBody(value, "", 0, accept, out);
  return out;
}
const InvalidParametersBodySchema = /* @__PURE__ */ standardSchema(validateInvalidParametersBody);
function isInvalidPluginNameBody(value) {
  return $is_InvalidPluginNameBody(value, 0, false);
}
function validateInvalidPluginNameBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidPluginNameBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidPluginNameBody(value, "", 0, accept, out);
  return out;
}
const InvalidPluginNameBodySchema = /* @__PURE__ */ standardSchema(validateInvalidPluginNameBody);
function isInvalidRoleBody(value) {
  return $is_InvalidRoleBody(value, 0, false);
}
function validateInvalidRoleBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidRoleBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidRoleBody(value, "", 0, accept, out);
  return out;
}
const InvalidRoleBodySchema = /* @__PURE__ */ standardSchema(validateInvalidRoleBody);
function isInvocationDoesNotExistBody(value) {
  return $is_InvocationDoesNotExistBody(value, 0, false);
}
function validateInvocationDoesNotExistBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvocationDoesNotExistBody(value, 0, accept)) return [];
  const out = [];
  $check_InvocationDoesNotExistBody(value, "", 0, accept, out);
  return out;
}
const InvocationDoesNotExistBodySchema = /* @__PURE__ */ standardSchema(validateInvocationDoesNotExistBody);
function isInvocationTraceOutput(value) {
  return typeof value === "string" && (value.length <= 2500 || value.length <= 5e3 && codePointLength(value) <= 2500);
}
function validateInvocationTraceOutput(value, options) {
  if (typeof value === "string" && (value.length <= 2500 || value.length <= 5e3 && codePointLength(value) <= 2500))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length > 2500 && (value.length > 5e3 || codePointLength(value) > 2500))
      reportCount(out, "", "maxLength", 2500);
  }
  return out;
}
const InvocationTraceOutputSchema = /* @__PURE__ */ standardSchema(validateInvocationTraceOutput);
function isListCommandInvocationsRequest(value) {
  return $is_ListCommandInvocationsRequest(value, 0, false);
}
function validateListCommandInvocationsRequest(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_ListCommandInvocationsRequest(value, 0, accept)) return [];
  const out = [];
  $check_ListCommandInvocationsRequest(value, "", 0, accept, out);
  return out;
}
const ListCommandInvocationsRequestSchema = /* @__PURE__ */ standardSchema(
  validateListCommandInvocationsRequest
);
function isListCommandInvocationsResponse(value) {
  return $is_ListCommandInvocationsResponse(value, 0, false);
}
function validateListCommandInvocationsResponse(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_ListCommandInvocationsResponse(value, 0, accept)) return [];
  const out = [];
  $check_ListCommandInvocationsResponse(value, "", 0, accept, out);
  return out;
}
const ListCommandInvocationsResponseSchema = /* @__PURE__ */ standardSchema(
  validateListCommandInvocationsResponse
);
function isListCommandsRequest(value) {
  return $is_ListCommandsRequest(value, 0, false);
}
function validateListCommandsRequest(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_ListCommandsRequest(value, 0, accept)) return [];
  const out = [];
  $check_ListCommandsRequest(value, "", 0, accept, out);
  return out;
}
const ListCommandsRequestSchema = /* @__PURE__ */ standardSchema(validateListCommandsRequest);
function isListCommandsResponse(value) {
  return $is_ListCommandsResponse(value, 0, false);
}
function validateListCommandsResponse(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_ListCommandsResponse(value, 0, accept)) return [];
  const out = [];
  $check_ListCommandsResponse(value, "", 0, accept, out);
  return out;
}
const ListCommandsResponseSchema = /* @__PURE__ */ standardSchema(validateListCommandsResponse);
function isMaintenanceWindowExecutionId(value) {
  return typeof value === "string" && (value.length >= 72 || value.length >= 36 && codePointLength(value) >= 36) && (value.length <= 36 || value.length <= 72 && codePointLength(value) <= 36) && $re7.test(value);
}
function validateMaintenanceWindowExecutionId(value, options) {
  if (typeof value === "string" && (value.length >= 72 || value.length >= 36 && codePointLength(value) >= 36) && (value.length <= 36 || value.length <= 72 && codePointLength(value) <= 36) && $re7.test(value))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 36 || value.length < 72 && codePointLength(value) < 36)
      reportCount(out, "", "minLength", 36);
    if (value.length > 36 && (value.length > 72 || codePointLength(value) > 36))
      reportCount(out, "", "maxLength", 36);
    else if (!$re7.test(value))
      reportPattern(
        out,
        "",
        "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$"
      );
  }
  return out;
}
const MaintenanceWindowExecutionIdSchema = /* @__PURE__ */ standardSchema(
  validateMaintenanceWindowExecutionId
);
function isMaintenanceWindowExecutionStatus(value) {
  return typeof value === "string" && $isEnum_MaintenanceWindowExecutionStatus(value);
}
function validateMaintenanceWindowExecutionStatus(value, options) {
  if (typeof value === "string" && $isEnum_MaintenanceWindowExecutionStatus(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_MaintenanceWindowExecutionStatus(value))
      reportEnum(out, "", $values_MaintenanceWindowExecutionStatus);
  }
  return out;
}
const MaintenanceWindowExecutionStatusSchema = /* @__PURE__ */ standardSchema(
  validateMaintenanceWindowExecutionStatus
);
function isMaintenanceWindowExecutionStatusDetails(value) {
  return typeof value === "string" && (value.length <= 250 || value.length <= 500 && codePointLength(value) <= 250);
}
function validateMaintenanceWindowExecutionStatusDetails(value, options) {
  if (typeof value === "string" && (value.length <= 250 || value.length <= 500 && codePointLength(value) <= 250))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length > 250 && (value.length > 500 || codePointLength(value) > 250))
      reportCount(out, "", "maxLength", 250);
  }
  return out;
}
const MaintenanceWindowExecutionStatusDetailsSchema = /* @__PURE__ */ standardSchema(
  validateMaintenanceWindowExecutionStatusDetails
);
function isMaintenanceWindowExecutionTaskId(value) {
  return typeof value === "string" && (value.length >= 72 || value.length >= 36 && codePointLength(value) >= 36) && (value.length <= 36 || value.length <= 72 && codePointLength(value) <= 36) && $re7.test(value);
}
function validateMaintenanceWindowExecutionTaskId(value, options) {
  if (typeof value === "string" && (value.length >= 72 || value.length >= 36 && codePointLength(value) >= 36) && (value.length <= 36 || value.length <= 72 && codePointLength(value) <= 36) && $re7.test(value))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 36 || value.length < 72 && codePointLength(value) < 36)
      reportCount(out, "", "minLength", 36);
    if (value.length > 36 && (value.length > 72 || codePointLength(value) > 36))
      reportCount(out, "", "maxLength", 36);
    else if (!$re7.test(value))
      reportPattern(
        out,
        "",
        "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$"
      );
  }
  return out;
}
const MaintenanceWindowExecutionTaskIdSchema = /* @__PURE__ */ standardSchema(
  validateMaintenanceWindowExecutionTaskId
);
function isMaintenanceWindowExecutionTaskInvocationId(value) {
  return typeof value === "string" && (value.length >= 72 || value.length >= 36 && codePointLength(value) >= 36) && (value.length <= 36 || value.length <= 72 && codePointLength(value) <= 36) && $re7.test(value);
}
function validateMaintenanceWindowExecutionTaskInvocationId(value, options) {
  if (typeof value === "string" && (value.length >= 72 || value.length >= 36 && codePointLength(value) >= 36) && (value.length <= 36 || value.length <= 72 && codePointLength(value) <= 36) && $re7.test(value))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 36 || value.length < 72 && codePointLength(value) < 36)
      reportCount(out, "", "minLength", 36);
    if (value.length > 36 && (value.length > 72 || codePointLength(value) > 36))
      reportCount(out, "", "maxLength", 36);
    else if (!$re7.test(value))
      reportPattern(
        out,
        "",
        "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}$"
      );
  }
  return out;
}
const MaintenanceWindowExecutionTaskInvocationIdSchema = /* @__PURE__ */ standardSchema(
  validateMaintenanceWindowExecutionTaskInvocationId
);
function isMaintenanceWindowExecutionTaskInvocationParameters(value) {
  return typeof value === "string";
}
function validateMaintenanceWindowExecutionTaskInvocationParameters(value, options) {
  if (typeof value === "string") return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  return out;
}
const MaintenanceWindowExecutionTaskInvocationParametersSchema = /* @__PURE__ */ standardSchema(
  validateMaintenanceWindowExecutionTaskInvocationParameters
);
function isMaintenanceWindowTaskTargetId(value) {
  return typeof value === "string" && (value.length <= 36 || value.length <= 72 && codePointLength(value) <= 36);
}
function validateMaintenanceWindowTaskTargetId(value, options) {
  if (typeof value === "string" && (value.length <= 36 || value.length <= 72 && codePointLength(value) <= 36))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length > 36 && (value.length > 72 || codePointLength(value) > 36))
      reportCount(out, "", "maxLength", 36);
  }
  return out;
}
const MaintenanceWindowTaskTargetIdSchema = /* @__PURE__ */ standardSchema(
  validateMaintenanceWindowTaskTargetId
);
function isMaintenanceWindowTaskType(value) {
  return typeof value === "string" && $isEnum_MaintenanceWindowTaskType(value);
}
function validateMaintenanceWindowTaskType(value, options) {
  if (typeof value === "string" && $isEnum_MaintenanceWindowTaskType(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_MaintenanceWindowTaskType(value))
      reportEnum(out, "", $values_MaintenanceWindowTaskType);
  }
  return out;
}
const MaintenanceWindowTaskTypeSchema = /* @__PURE__ */ standardSchema(validateMaintenanceWindowTaskType);
function isMaxConcurrency(value) {
  return typeof value === "string" && value.length >= 1 && (value.length <= 7 || value.length <= 14 && codePointLength(value) <= 7) && $re3.test(value);
}
function validateMaxConcurrency(value, options) {
  if (typeof value === "string" && value.length >= 1 && (value.length <= 7 || value.length <= 14 && codePointLength(value) <= 7) && $re3.test(value))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 1) reportCount(out, "", "minLength", 1);
    if (value.length > 7 && (value.length > 14 || codePointLength(value) > 7))
      reportCount(out, "", "maxLength", 7);
    else if (!$re3.test(value)) reportPattern(out, "", "^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$");
  }
  return out;
}
const MaxConcurrencySchema = /* @__PURE__ */ standardSchema(validateMaxConcurrency);
function isMaxDocumentSizeExceededBody(value) {
  return $is_MaxDocumentSizeExceededBody(value, 0, false);
}
function validateMaxDocumentSizeExceededBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_MaxDocumentSizeExceededBody(value, 0, accept)) return [];
  const out = [];
  $check_MaxDocumentSizeExceededBody(value, "", 0, accept, out);
  return out;
}
const MaxDocumentSizeExceededBodySchema = /* @__PURE__ */ standardSchema(validateMaxDocumentSizeExceededBody);
function isMaxErrors(value) {
  return typeof value === "string" && value.length >= 1 && (value.length <= 7 || value.length <= 14 && codePointLength(value) <= 7) && $re4.test(value);
}
function validateMaxErrors(value, options) {
  if (typeof value === "string" && value.length >= 1 && (value.length <= 7 || value.length <= 14 && codePointLength(value) <= 7) && $re4.test(value))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 1) reportCount(out, "", "minLength", 1);
    if (value.length > 7 && (value.length > 14 || codePointLength(value) > 7))
      reportCount(out, "", "maxLength", 7);
    else if (!$re4.test(value))
      reportPattern(out, "", "^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$");
  }
  return out;
}
const MaxErrorsSchema = /* @__PURE__ */ standardSchema(validateMaxErrors);
function isNotificationConfig(value) {
  return $is_NotificationConfig(value, 0, false);
}
function validateNotificationConfig(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_NotificationConfig(value, 0, accept)) return [];
  const out = [];
  $check_NotificationConfig(value, "", 0, accept, out);
  return out;
}
const NotificationConfigSchema = /* @__PURE__ */ standardSchema(validateNotificationConfig);
function isNotificationEvent(value) {
  return typeof value === "string" && $isEnum_NotificationEvent(value);
}
function validateNotificationEvent(value, options) {
  if (typeof value === "string" && $isEnum_NotificationEvent(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_NotificationEvent(value)) reportEnum(out, "", $values_NotificationEvent);
  }
  return out;
}
const NotificationEventSchema = /* @__PURE__ */ standardSchema(validateNotificationEvent);
function isNotificationEventList(value) {
  return $is_NotificationEventList(value, 0, false);
}
function validateNotificationEventList(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_NotificationEventList(value, 0, accept)) return [];
  const out = [];
  $check_NotificationEventList(value, "", 0, accept, out);
  return out;
}
const NotificationEventListSchema = /* @__PURE__ */ standardSchema(validateNotificationEventList);
function isNotificationType(value) {
  return typeof value === "string" && $isEnum_NotificationType(value);
}
function validateNotificationType(value, options) {
  if (typeof value === "string" && $isEnum_NotificationType(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_NotificationType(value)) reportEnum(out, "", $values_NotificationType);
  }
  return out;
}
const NotificationTypeSchema = /* @__PURE__ */ standardSchema(validateNotificationType);
function isOwnerInformation(value) {
  return typeof value === "string" && value.length >= 1 && (value.length <= 128 || value.length <= 256 && codePointLength(value) <= 128);
}
function validateOwnerInformation(value, options) {
  if (typeof value === "string" && value.length >= 1 && (value.length <= 128 || value.length <= 256 && codePointLength(value) <= 128))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 1) reportCount(out, "", "minLength", 1);
    if (value.length > 128 && (value.length > 256 || codePointLength(value) > 128))
      reportCount(out, "", "maxLength", 128);
  }
  return out;
}
const OwnerInformationSchema = /* @__PURE__ */ standardSchema(validateOwnerInformation);
function isParameterValueList(value) {
  return $is_ParameterValueList(value, 0, false);
}
function validateParameterValueList(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_ParameterValueList(value, 0, accept)) return [];
  const out = [];
  $check_ParameterValueList(value, "", 0, accept, out);
  return out;
}
const ParameterValueListSchema = /* @__PURE__ */ standardSchema(validateParameterValueList);
function isParameters(value) {
  return $is_Parameters(value, 0, false);
}
function validateParameters(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_Parameters(value, 0, accept)) return [];
  const out = [];
  $check_Parameters(value, "", 0, accept, out);
  return out;
}
const ParametersSchema = /* @__PURE__ */ standardSchema(validateParameters);
function isS3BucketName(value) {
  return typeof value === "string" && (value.length >= 6 || value.length >= 3 && codePointLength(value) >= 3) && (value.length <= 63 || value.length <= 126 && codePointLength(value) <= 63);
}
function validateS3BucketName(value, options) {
  if (typeof value === "string" && (value.length >= 6 || value.length >= 3 && codePointLength(value) >= 3) && (value.length <= 63 || value.length <= 126 && codePointLength(value) <= 63))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 3 || value.length < 6 && codePointLength(value) < 3)
      reportCount(out, "", "minLength", 3);
    if (value.length > 63 && (value.length > 126 || codePointLength(value) > 63))
      reportCount(out, "", "maxLength", 63);
  }
  return out;
}
const S3BucketNameSchema = /* @__PURE__ */ standardSchema(validateS3BucketName);
function isS3KeyPrefix(value) {
  return typeof value === "string" && (value.length <= 500 || value.length <= 1e3 && codePointLength(value) <= 500);
}
function validateS3KeyPrefix(value, options) {
  if (typeof value === "string" && (value.length <= 500 || value.length <= 1e3 && codePointLength(value) <= 500))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length > 500 && (value.length > 1e3 || codePointLength(value) > 500))
      reportCount(out, "", "maxLength", 500);
  }
  return out;
}
const S3KeyPrefixSchema = /* @__PURE__ */ standardSchema(validateS3KeyPrefix);
function isS3Region(value) {
  return typeof value === "string" && (value.length >= 6 || value.length >= 3 && codePointLength(value) >= 3) && (value.length <= 20 || value.length <= 40 && codePointLength(value) <= 20);
}
function validateS3Region(value, options) {
  if (typeof value === "string" && (value.length >= 6 || value.length >= 3 && codePointLength(value) >= 3) && (value.length <= 20 || value.length <= 40 && codePointLength(value) <= 20))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 3 || value.length < 6 && codePointLength(value) < 3)
      reportCount(out, "", "minLength", 3);
    if (value.length > 20 && (value.length > 40 || codePointLength(value) > 20))
      reportCount(out, "", "maxLength", 20);
  }
  return out;
}
const S3RegionSchema = /* @__PURE__ */ standardSchema(validateS3Region);
function isSendCommandRequest(value) {
  return $is_SendCommandRequest(value, 0, false);
}
function validateSendCommandRequest(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_SendCommandRequest(value, 0, accept)) return [];
  const out = [];
  $check_SendCommandRequest(value, "", 0, accept, out);
  return out;
}
const SendCommandRequestSchema = /* @__PURE__ */ standardSchema(validateSendCommandRequest);
function isSendCommandResponse(value) {
  return $is_SendCommandResponse(value, 0, false);
}
function validateSendCommandResponse(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_SendCommandResponse(value, 0, accept)) return [];
  const out = [];
  $check_SendCommandResponse(value, "", 0, accept, out);
  return out;
}
const SendCommandResponseSchema = /* @__PURE__ */ standardSchema(validateSendCommandResponse);
function isStandardErrorContent(value) {
  return typeof value === "string" && (value.length <= 8e3 || value.length <= 16e3 && codePointLength(value) <= 8e3);
}
function validateStandardErrorContent(value, options) {
  if (typeof value === "string" && (value.length <= 8e3 || value.length <= 16e3 && codePointLength(value) <= 8e3))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length > 8e3 && (value.length > 16e3 || codePointLength(value) > 8e3))
      reportCount(out, "", "maxLength", 8e3);
  }
  return out;
}
const StandardErrorContentSchema = /* @__PURE__ */ standardSchema(validateStandardErrorContent);
function isStandardOutputContent(value) {
  return typeof value === "string" && (value.length <= 24e3 || value.length <= 48e3 && codePointLength(value) <= 24e3);
}
function validateStandardOutputContent(value, options) {
  if (typeof value === "string" && (value.length <= 24e3 || value.length <= 48e3 && codePointLength(value) <= 24e3))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length > 24e3 && (value.length > 48e3 || codePointLength(value) > 24e3))
      reportCount(out, "", "maxLength", 24e3);
  }
  return out;
}
const StandardOutputContentSchema = /* @__PURE__ */ standardSchema(validateStandardOutputContent);
function isStatusDetails(value) {
  return typeof value === "string" && (value.length <= 100 || value.length <= 200 && codePointLength(value) <= 100);
}
function validateStatusDetails(value, options) {
  if (typeof value === "string" && (value.length <= 100 || value.length <= 200 && codePointLength(value) <= 100))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length > 100 && (value.length > 200 || codePointLength(value) > 100))
      reportCount(out, "", "maxLength", 100);
  }
  return out;
}
const StatusDetailsSchema = /* @__PURE__ */ standardSchema(validateStatusDetails);
function isStringDateTime(value) {
  return typeof value === "string" && $re6.test(value);
}
function validateStringDateTime(value, options) {
  if (typeof value === "string" && $re6.test(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$re6.test(value))
      reportPattern(
        out,
        "",
        "^([\\-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([T\\s]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d(?!:))?)?(\\17[0-5]\\d([\\.,]\\d)?)?([zZ]|([\\-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$"
      );
  }
  return out;
}
const StringDateTimeSchema = /* @__PURE__ */ standardSchema(validateStringDateTime);
function isTarget(value) {
  return $is_Target(value, 0, false);
}
function validateTarget(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_Target(value, 0, accept)) return [];
  const out = [];
  $check_Target(value, "", 0, accept, out);
  return out;
}
const TargetSchema = /* @__PURE__ */ standardSchema(validateTarget);
function isTargetKey(value) {
  return typeof value === "string" && value.length >= 1 && (value.length <= 163 || value.length <= 326 && codePointLength(value) <= 163) && $re9.test(value);
}
function validateTargetKey(value, options) {
  if (typeof value === "string" && value.length >= 1 && (value.length <= 163 || value.length <= 326 && codePointLength(value) <= 163) && $re9.test(value))
    return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (value.length < 1) reportCount(out, "", "minLength", 1);
    if (value.length > 163 && (value.length > 326 || codePointLength(value) > 163))
      reportCount(out, "", "maxLength", 163);
    else if (!$re9.test(value))
      reportPattern(
        out,
        "",
        "^[\\p{L}\\p{Z}\\p{N}_.:/=\\-@]*$|resource-groups:ResourceTypeFilters|resource-groups:Name"
      );
  }
  return out;
}
const TargetKeySchema = /* @__PURE__ */ standardSchema(validateTargetKey);
function isTargetValues(value) {
  return $is_TargetValues(value, 0, false);
}
function validateTargetValues(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_TargetValues(value, 0, accept)) return [];
  const out = [];
  $check_TargetValues(value, "", 0, accept, out);
  return out;
}
const TargetValuesSchema = /* @__PURE__ */ standardSchema(validateTargetValues);
function isTargets(value) {
  return $is_Targets(value, 0, false);
}
function validateTargets(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_Targets(value, 0, accept)) return [];
  const out = [];
  $check_Targets(value, "", 0, accept, out);
  return out;
}
const TargetsSchema = /* @__PURE__ */ standardSchema(validateTargets);
function isTimeoutSeconds(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 30 && value <= 2592e3;
}
function validateTimeoutSeconds(value, options) {
  if (typeof value === "number" && Number.isInteger(value) && value >= 30 && value <= 2592e3)
    return [];
  const out = [];
  if (typeof value !== "number" || !Number.isFinite(value)) reportType(out, "", "integer", value);
  else {
    if (!Number.isInteger(value)) reportInteger(out, "");
    if (value < 30) reportRange(out, "", "minimum", 30);
    if (value > 2592e3) reportRange(out, "", "maximum", 2592e3);
  }
  return out;
}
const TimeoutSecondsSchema = /* @__PURE__ */ standardSchema(validateTimeoutSeconds);
function isUnsupportedPlatformTypeBody(value) {
  return $is_UnsupportedPlatformTypeBody(value, 0, false);
}
function validateUnsupportedPlatformTypeBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_UnsupportedPlatformTypeBody(value, 0, accept)) return [];
  const out = [];
  $check_UnsupportedPlatformTypeBody(value, "", 0, accept, out);
  return out;
}
const UnsupportedPlatformTypeBodySchema = /* @__PURE__ */ standardSchema(validateUnsupportedPlatformTypeBody);
export {
  AlarmConfigurationSchema,
  AlarmListSchema,
  AlarmNameSchema,
  AlarmSchema,
  AlarmStateInformationListSchema,
  AlarmStateInformationSchema,
  CloudWatchLogGroupNameSchema,
  CloudWatchOutputConfigSchema,
  CommandFilterKeySchema,
  CommandFilterListSchema,
  CommandFilterSchema,
  CommandFilterValueSchema,
  CommandIdSchema,
  CommandInvocationListSchema,
  CommandInvocationSchema,
  CommandInvocationStatusSchema,
  CommandListSchema,
  CommandMaxResultsSchema,
  CommandPluginListSchema,
  CommandPluginNameSchema,
  CommandPluginOutputSchema,
  CommandPluginSchema,
  CommandPluginStatusSchema,
  CommandSchema,
  CommandStatusSchema,
  CommentSchema,
  DateTimeSchema,
  DocumentARNSchema,
  DocumentHashSchema,
  DocumentHashTypeSchema,
  DocumentNameSchema,
  DocumentVersionSchema,
  DoesNotExistExceptionBodySchema,
  DuplicateInstanceIdBodySchema,
  ExternalAlarmStateSchema,
  GetCommandInvocationRequestSchema,
  GetCommandInvocationResponseSchema,
  GetMaintenanceWindowExecutionTaskInvocationRequestSchema,
  GetMaintenanceWindowExecutionTaskInvocationResponseSchema,
  InstanceIdListSchema,
  InstanceIdSchema,
  InstanceTagNameSchema,
  InternalServerErrorBodySchema,
  InvalidCommandIdBodySchema,
  InvalidDocumentBodySchema,
  InvalidDocumentVersionBodySchema,
  InvalidFilterKeyBodySchema,
  InvalidInstanceIdBodySchema,
  InvalidNextTokenBodySchema,
  InvalidNotificationConfigBodySchema,
  InvalidOutputFolderBodySchema,
  InvalidParametersBodySchema,
  InvalidPluginNameBodySchema,
  InvalidRoleBodySchema,
  InvocationDoesNotExistBodySchema,
  InvocationTraceOutputSchema,
  ListCommandInvocationsRequestSchema,
  ListCommandInvocationsResponseSchema,
  ListCommandsRequestSchema,
  ListCommandsResponseSchema,
  MaintenanceWindowExecutionIdSchema,
  MaintenanceWindowExecutionStatusDetailsSchema,
  MaintenanceWindowExecutionStatusSchema,
  MaintenanceWindowExecutionTaskIdSchema,
  MaintenanceWindowExecutionTaskInvocationIdSchema,
  MaintenanceWindowExecutionTaskInvocationParametersSchema,
  MaintenanceWindowTaskTargetIdSchema,
  MaintenanceWindowTaskTypeSchema,
  MaxConcurrencySchema,
  MaxDocumentSizeExceededBodySchema,
  MaxErrorsSchema,
  NotificationConfigSchema,
  NotificationEventListSchema,
  NotificationEventSchema,
  NotificationTypeSchema,
  OwnerInformationSchema,
  ParameterValueListSchema,
  ParametersSchema,
  S3BucketNameSchema,
  S3KeyPrefixSchema,
  S3RegionSchema,
  SendCommandRequestSchema,
  SendCommandResponseSchema,
  StandardErrorContentSchema,
  StandardOutputContentSchema,
  StatusDetailsSchema,
  StringDateTimeSchema,
  TargetKeySchema,
  TargetSchema,
  TargetValuesSchema,
  TargetsSchema,
  TimeoutSecondsSchema,
  UnsupportedPlatformTypeBodySchema,
  isAlarm,
  isAlarmConfiguration,
  isAlarmList,
  isAlarmName,
  isAlarmStateInformation,
  isAlarmStateInformationList,
  isCloudWatchLogGroupName,
  isCloudWatchOutputConfig,
  isCommand,
  isCommandFilter,
  isCommandFilterKey,
  isCommandFilterList,
  isCommandFilterValue,
  isCommandId,
  isCommandInvocation,
  isCommandInvocationList,
  isCommandInvocationStatus,
  isCommandList,
  isCommandMaxResults,
  isCommandPlugin,
  isCommandPluginList,
  isCommandPluginName,
  isCommandPluginOutput,
  isCommandPluginStatus,
  isCommandStatus,
  isComment,
  isDateTime,
  isDocumentARN,
  isDocumentHash,
  isDocumentHashType,
  isDocumentName,
  isDocumentVersion,
  isDoesNotExistExceptionBody,
  isDuplicateInstanceIdBody,
  isExternalAlarmState,
  isGetCommandInvocationRequest,
  isGetCommandInvocationResponse,
  isGetMaintenanceWindowExecutionTaskInvocationRequest,
  isGetMaintenanceWindowExecutionTaskInvocationResponse,
  isInstanceId,
  isInstanceIdList,
  isInstanceTagName,
  isInternalServerErrorBody,
  isInvalidCommandIdBody,
  isInvalidDocumentBody,
  isInvalidDocumentVersionBody,
  isInvalidFilterKeyBody,
  isInvalidInstanceIdBody,
  isInvalidNextTokenBody,
  isInvalidNotificationConfigBody,
  isInvalidOutputFolderBody,
  isInvalidParametersBody,
  isInvalidPluginNameBody,
  isInvalidRoleBody,
  isInvocationDoesNotExistBody,
  isInvocationTraceOutput,
  isListCommandInvocationsRequest,
  isListCommandInvocationsResponse,
  isListCommandsRequest,
  isListCommandsResponse,
  isMaintenanceWindowExecutionId,
  isMaintenanceWindowExecutionStatus,
  isMaintenanceWindowExecutionStatusDetails,
  isMaintenanceWindowExecutionTaskId,
  isMaintenanceWindowExecutionTaskInvocationId,
  isMaintenanceWindowExecutionTaskInvocationParameters,
  isMaintenanceWindowTaskTargetId,
  isMaintenanceWindowTaskType,
  isMaxConcurrency,
  isMaxDocumentSizeExceededBody,
  isMaxErrors,
  isNotificationConfig,
  isNotificationEvent,
  isNotificationEventList,
  isNotificationType,
  isOwnerInformation,
  isParameterValueList,
  isParameters,
  isS3BucketName,
  isS3KeyPrefix,
  isS3Region,
  isSendCommandRequest,
  isSendCommandResponse,
  isStandardErrorContent,
  isStandardOutputContent,
  isStatusDetails,
  isStringDateTime,
  isTarget,
  isTargetKey,
  isTargetValues,
  isTargets,
  isTimeoutSeconds,
  isUnsupportedPlatformTypeBody,
  validateAlarm,
  validateAlarmConfiguration,
  validateAlarmList,
  validateAlarmName,
  validateAlarmStateInformation,
  validateAlarmStateInformationList,
  validateCloudWatchLogGroupName,
  validateCloudWatchOutputConfig,
  validateCommand,
  validateCommandFilter,
  validateCommandFilterKey,
  validateCommandFilterList,
  validateCommandFilterValue,
  validateCommandId,
  validateCommandInvocation,
  validateCommandInvocationList,
  validateCommandInvocationStatus,
  validateCommandList,
  validateCommandMaxResults,
  validateCommandPlugin,
  validateCommandPluginList,
  validateCommandPluginName,
  validateCommandPluginOutput,
  validateCommandPluginStatus,
  validateCommandStatus,
  validateComment,
  validateDateTime,
  validateDocumentARN,
  validateDocumentHash,
  validateDocumentHashType,
  validateDocumentName,
  validateDocumentVersion,
  validateDoesNotExistExceptionBody,
  validateDuplicateInstanceIdBody,
  validateExternalAlarmState,
  validateGetCommandInvocationRequest,
  validateGetCommandInvocationResponse,
  validateGetMaintenanceWindowExecutionTaskInvocationRequest,
  validateGetMaintenanceWindowExecutionTaskInvocationResponse,
  validateInstanceId,
  validateInstanceIdList,
  validateInstanceTagName,
  validateInternalServerErrorBody,
  validateInvalidCommandIdBody,
  validateInvalidDocumentBody,
  validateInvalidDocumentVersionBody,
  validateInvalidFilterKeyBody,
  validateInvalidInstanceIdBody,
  validateInvalidNextTokenBody,
  validateInvalidNotificationConfigBody,
  validateInvalidOutputFolderBody,
  validateInvalidParametersBody,
  validateInvalidPluginNameBody,
  validateInvalidRoleBody,
  validateInvocationDoesNotExistBody,
  validateInvocationTraceOutput,
  validateListCommandInvocationsRequest,
  validateListCommandInvocationsResponse,
  validateListCommandsRequest,
  validateListCommandsResponse,
  validateMaintenanceWindowExecutionId,
  validateMaintenanceWindowExecutionStatus,
  validateMaintenanceWindowExecutionStatusDetails,
  validateMaintenanceWindowExecutionTaskId,
  validateMaintenanceWindowExecutionTaskInvocationId,
  validateMaintenanceWindowExecutionTaskInvocationParameters,
  validateMaintenanceWindowTaskTargetId,
  validateMaintenanceWindowTaskType,
  validateMaxConcurrency,
  validateMaxDocumentSizeExceededBody,
  validateMaxErrors,
  validateNotificationConfig,
  validateNotificationEvent,
  validateNotificationEventList,
  validateNotificationType,
  validateOwnerInformation,
  validateParameterValueList,
  validateParameters,
  validateS3BucketName,
  validateS3KeyPrefix,
  validateS3Region,
  validateSendCommandRequest,
  validateSendCommandResponse,
  validateStandardErrorContent,
  validateStandardOutputContent,
  validateStatusDetails,
  validateStringDateTime,
  validateTarget,
  validateTargetKey,
  validateTargetValues,
  validateTargets,
  validateTimeoutSeconds,
  validateUnsupportedPlatformTypeBody
};
