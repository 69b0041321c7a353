import {
  codePointLength,
  coerceRpcParams,
  isDateTime,
  isPlainObject,
  keyCount,
  maxViolations,
  onlyKnownKeys,
  pointerToken,
  reportCount,
  reportDateTime,
  reportEnum,
  reportInteger,
  reportKey,
  reportPattern,
  reportRange,
  reportRequired,
  reportType,
  reportUnknownMembers
} from "../runtime/validate.js";
import { standardSchema } from "../runtime/standard-schema.js";
const $re0 = /* @__PURE__ */ new RegExp("^[A-Za-z0-9_-]+$", "u");
const $values_InvokeStatusFilter = /* @__PURE__ */ Object.freeze([
  "Running",
  "Finished",
  "Failed"
]);
function $isEnum_InvokeStatusFilter(x) {
  switch (x) {
    case "Running":
    case "Finished":
    case "Failed":
      return true;
  }
  return false;
}
const $values_CommandType = /* @__PURE__ */ Object.freeze([
  "RunBatScript",
  "RunPowerShellScript",
  "RunShellScript"
]);
function $isEnum_CommandType(x) {
  switch (x) {
    case "RunBatScript":
    case "RunPowerShellScript":
    case "RunShellScript":
      return true;
  }
  return false;
}
const $values_InvocationStatus = /* @__PURE__ */ Object.freeze([
  "Pending",
  "Invalid",
  "Aborted",
  "Running",
  "Success",
  "Failed",
  "Error",
  "Timeout",
  "Cancelled",
  "Stopping",
  "Terminated"
]);
function $isEnum_InvocationStatus(x) {
  switch (x) {
    case "Pending":
    case "Invalid":
    case "Aborted":
    case "Running":
    case "Success":
    case "Failed":
    case "Error":
    case "Timeout":
    case "Cancelled":
    case "Stopping":
    case "Terminated":
      return true;
  }
  return false;
}
const $values_InvokeStatus = /* @__PURE__ */ Object.freeze([
  "Running",
  "Finished",
  "Failed",
  "Stopped"
]);
function $isEnum_InvokeStatus(x) {
  switch (x) {
    case "Running":
    case "Finished":
    case "Failed":
    case "Stopped":
      return true;
  }
  return false;
}
const $members_DescribeInvocationResultRequest = /* @__PURE__ */ new Set([
  "InstanceId",
  "InvokeId",
  "RegionId"
]);
const $members_DescribeInvocationResultResponse = /* @__PURE__ */ new Set([
  "InvocationResult",
  "RequestId"
]);
const $members_DescribeInvocationsRequest = /* @__PURE__ */ new Set([
  "InstanceId",
  "InvokeStatus",
  "PageNumber",
  "PageSize",
  "RegionId"
]);
const $members_DescribeInvocationsResponse = /* @__PURE__ */ new Set([
  "Invocations",
  "PageNumber",
  "PageSize",
  "RequestId",
  "TotalCount"
]);
const $members_InternalErrorBody = /* @__PURE__ */ new Set([
  "RequestId",
  "HostId",
  "Code",
  "Message",
  "Recommend"
]);
const $members_InvalidAccessKeyIdNotFoundBody = /* @__PURE__ */ new Set([
  "RequestId",
  "HostId",
  "Code",
  "Message",
  "Recommend"
]);
const $members_InvalidInstanceIdNotFoundBody = /* @__PURE__ */ new Set([
  "RequestId",
  "HostId",
  "Code",
  "Message",
  "Recommend"
]);
const $members_InvalidInvokeIdNotFoundBody = /* @__PURE__ */ new Set([
  "RequestId",
  "HostId",
  "Code",
  "Message",
  "Recommend"
]);
const $members_InvalidParameterBody = /* @__PURE__ */ new Set([
  "RequestId",
  "HostId",
  "Code",
  "Message",
  "Recommend"
]);
const $members_Invocation = /* @__PURE__ */ new Set([
  "CommandContent",
  "CommandName",
  "CommandType",
  "CreationTime",
  "InvocationStatus",
  "InvokeId",
  "InvokeStatus",
  "Parameters"
]);
const $members_InvocationResult = /* @__PURE__ */ new Set([
  "ErrorCode",
  "ErrorInfo",
  "ExitCode",
  "FinishedTime",
  "InstanceId",
  "InvocationStatus",
  "InvokeId",
  "InvokeRecordStatus",
  "InvokeUser",
  "Output",
  "StartTime"
]);
const $members_MissingParameterBody = /* @__PURE__ */ new Set([
  "RequestId",
  "HostId",
  "Code",
  "Message",
  "Recommend"
]);
const $members_RegionIdNotMatchHostBody = /* @__PURE__ */ new Set([
  "RequestId",
  "HostId",
  "Code",
  "Message",
  "Recommend"
]);
const $members_RunCommandRequest = /* @__PURE__ */ new Set([
  "CommandContent",
  "EnableParameter",
  "InstanceId",
  "Name",
  "Parameters",
  "RegionId",
  "Timeout",
  "Type",
  "WindowsPasswordName",
  "WorkingDir",
  "WorkingUser"
]);
const $members_RunCommandResponse = /* @__PURE__ */ new Set([
  "InvokeId",
  "RequestId"
]);
const $members_ServiceUnavailableBody = /* @__PURE__ */ new Set([
  "RequestId",
  "HostId",
  "Code",
  "Message",
  "Recommend"
]);
const $members_SignatureDoesNotMatchBody = /* @__PURE__ */ new Set([
  "RequestId",
  "HostId",
  "Code",
  "Message",
  "Recommend"
]);
const $members_ThrottlingBody = /* @__PURE__ */ new Set([
  "RequestId",
  "HostId",
  "Code",
  "Message",
  "Recommend"
]);
const $members_ThrottlingUserBody = /* @__PURE__ */ new Set([
  "RequestId",
  "HostId",
  "Code",
  "Message",
  "Recommend"
]);
function $is_CommandParameters(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  for (const k in o) {
    if (!(k.length >= 1 && (k.length <= 64 || k.length <= 128 && codePointLength(k) <= 64) && $re0.test(k)))
      return false;
    const x = o[k];
    if (!(typeof x === "string")) return false;
    n++;
  }
  return n <= 20;
}
function $check_CommandParameters(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  let n = 0;
  for (const k in o) {
    n++;
    if (!(out.length < maxViolations)) continue;
    if (!(k.length >= 1 && (k.length <= 64 || k.length <= 128 && codePointLength(k) <= 64) && $re0.test(k))) {
      const found = [];
      const at = path + "/" + pointerToken(k);
      if (k.length < 1) reportCount(found, at, "minLength", 1);
      if (k.length > 64 && (k.length > 128 || codePointLength(k) > 64))
        reportCount(found, at, "maxLength", 64);
      else if (!$re0.test(k)) reportPattern(found, at, "^[A-Za-z0-9_-]+$");
      reportKey(out, k, found);
    }
    const x = o[k];
    if (!(typeof x === "string")) {
      const at = path + "/" + pointerToken(k);
      if (typeof x !== "string") reportType(out, at, "string", x);
    }
  }
  if (n > 20) reportCount(out, path, "maxProperties", 20);
}
function $is_DescribeInvocationResultRequest(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.InstanceId;
  if (!(typeof m0 === "string")) return false;
  n++;
  const m1 = o.InvokeId;
  if (!(typeof m1 === "string")) return false;
  n++;
  const m2 = o.RegionId;
  if (!(typeof m2 === "string")) return false;
  n++;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_DescribeInvocationResultRequest);
}
function $check_DescribeInvocationResultRequest(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.InstanceId;
  if (m0 === void 0) reportRequired(out, path + "/InstanceId", "InstanceId");
  else {
    const at = path + "/InstanceId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.InvokeId;
  if (m1 === void 0) reportRequired(out, path + "/InvokeId", "InvokeId");
  else {
    const at = path + "/InvokeId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.RegionId;
  if (m2 === void 0) reportRequired(out, path + "/RegionId", "RegionId");
  else {
    const at = path + "/RegionId";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_DescribeInvocationResultRequest);
}
function $is_DescribeInvocationResultResponse(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.InvocationResult;
  if (m0 !== void 0) {
    if (!$is_InvocationResult(m0, depth + 1, accept)) return false;
    n++;
  }
  const m1 = o.RequestId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_DescribeInvocationResultResponse);
}
function $check_DescribeInvocationResultResponse(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.InvocationResult;
  if (m0 !== void 0 && !$is_InvocationResult(m0, depth + 1, accept)) {
    const at = path + "/InvocationResult";
    $check_InvocationResult(m0, at, depth + 1, accept, out);
  }
  const m1 = o.RequestId;
  if (m1 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_DescribeInvocationResultResponse);
}
function $is_DescribeInvocationsRequest(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.InstanceId;
  if (!(typeof m0 === "string")) return false;
  n++;
  const m1 = o.InvokeStatus;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string" && $isEnum_InvokeStatusFilter(m1))) return false;
    n++;
  }
  const m2 = o.PageNumber;
  if (m2 !== void 0) {
    if (!(typeof m2 === "number" && Number.isInteger(m2) && m2 >= 1)) return false;
    n++;
  }
  const m3 = o.PageSize;
  if (m3 !== void 0) {
    if (!(typeof m3 === "number" && Number.isInteger(m3) && m3 >= 1 && m3 <= 50)) return false;
    n++;
  }
  const m4 = o.RegionId;
  if (!(typeof m4 === "string")) return false;
  n++;
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_DescribeInvocationsRequest);
}
function $check_DescribeInvocationsRequest(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.InstanceId;
  if (m0 === void 0) reportRequired(out, path + "/InstanceId", "InstanceId");
  else {
    const at = path + "/InstanceId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.InvokeStatus;
  if (m1 !== void 0) {
    const at = path + "/InvokeStatus";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
    else {
      if (!$isEnum_InvokeStatusFilter(m1)) reportEnum(out, at, $values_InvokeStatusFilter);
    }
  }
  const m2 = o.PageNumber;
  if (m2 !== void 0) {
    const at = path + "/PageNumber";
    if (typeof m2 !== "number" || !Number.isFinite(m2)) reportType(out, at, "integer", m2);
    else {
      if (!Number.isInteger(m2)) reportInteger(out, at);
      if (m2 < 1) reportRange(out, at, "minimum", 1);
    }
  }
  const m3 = o.PageSize;
  if (m3 !== void 0) {
    const at = path + "/PageSize";
    if (typeof m3 !== "number" || !Number.isFinite(m3)) reportType(out, at, "integer", m3);
    else {
      if (!Number.isInteger(m3)) reportInteger(out, at);
      if (m3 < 1) reportRange(out, at, "minimum", 1);
      if (m3 > 50) reportRange(out, at, "maximum", 50);
    }
  }
  const m4 = o.RegionId;
  if (m4 === void 0) reportRequired(out, path + "/RegionId", "RegionId");
  else {
    const at = path + "/RegionId";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_DescribeInvocationsRequest);
}
function $is_DescribeInvocationsResponse(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.Invocations;
  if (m0 !== void 0) {
    if (!$is_DescribeInvocationsResponse$1(m0, depth + 1, accept)) return false;
    n++;
  }
  const m1 = o.PageNumber;
  if (m1 !== void 0) {
    if (!(typeof m1 === "number" && Number.isInteger(m1))) return false;
    n++;
  }
  const m2 = o.PageSize;
  if (m2 !== void 0) {
    if (!(typeof m2 === "number" && Number.isInteger(m2))) return false;
    n++;
  }
  const m3 = o.RequestId;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.TotalCount;
  if (m4 !== void 0) {
    if (!(typeof m4 === "number" && Number.isInteger(m4) && m4 >= 0)) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_DescribeInvocationsResponse);
}
function $check_DescribeInvocationsResponse(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.Invocations;
  if (m0 !== void 0 && !$is_DescribeInvocationsResponse$1(m0, depth + 1, accept)) {
    const at = path + "/Invocations";
    $check_DescribeInvocationsResponse$1(m0, at, depth + 1, accept, out);
  }
  const m1 = o.PageNumber;
  if (m1 !== void 0) {
    const at = path + "/PageNumber";
    if (typeof m1 !== "number" || !Number.isFinite(m1)) reportType(out, at, "integer", m1);
    else {
      if (!Number.isInteger(m1)) reportInteger(out, at);
    }
  }
  const m2 = o.PageSize;
  if (m2 !== void 0) {
    const at = path + "/PageSize";
    if (typeof m2 !== "number" || !Number.isFinite(m2)) reportType(out, at, "integer", m2);
    else {
      if (!Number.isInteger(m2)) reportInteger(out, at);
    }
  }
  const m3 = o.RequestId;
  if (m3 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.TotalCount;
  if (m4 !== void 0) {
    const at = path + "/TotalCount";
    if (typeof m4 !== "number" || !Number.isFinite(m4)) reportType(out, at, "integer", m4);
    else {
      if (!Number.isInteger(m4)) reportInteger(out, at);
      if (m4 < 0) reportRange(out, at, "minimum", 0);
    }
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_DescribeInvocationsResponse);
}
function $is_DescribeInvocationsResponse$1(v, depth, accept) {
  if (!Array.isArray(v)) return false;
  const n = v.length;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (!$is_Invocation(x, depth + 1, accept)) return false;
  }
  return true;
}
function $check_DescribeInvocationsResponse$1(v, path, depth, accept, out) {
  if (!Array.isArray(v)) {
    reportType(out, path, "array", v);
    return;
  }
  const n = v.length;
  for (let i = 0; i < n && out.length < maxViolations; i++) {
    const x = v[i];
    if (!$is_Invocation(x, depth + 1, accept)) {
      const at = path + "/" + i;
      $check_Invocation(x, at, depth + 1, accept, out);
    }
  }
}
function $is_InternalErrorBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string")) return false;
    n++;
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InternalErrorBody);
}
function $check_InternalErrorBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    const at = path + "/HostId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    const at = path + "/Code";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    const at = path + "/Message";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    const at = path + "/Recommend";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InternalErrorBody);
}
function $is_InvalidAccessKeyIdNotFoundBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string")) return false;
    n++;
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidAccessKeyIdNotFoundBody);
}
function $check_InvalidAccessKeyIdNotFoundBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    const at = path + "/HostId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    const at = path + "/Code";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    const at = path + "/Message";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    const at = path + "/Recommend";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidAccessKeyIdNotFoundBody);
}
function $is_InvalidInstanceIdNotFoundBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string")) return false;
    n++;
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidInstanceIdNotFoundBody);
}
function $check_InvalidInstanceIdNotFoundBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    const at = path + "/HostId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    const at = path + "/Code";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    const at = path + "/Message";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    const at = path + "/Recommend";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidInstanceIdNotFoundBody);
}
function $is_InvalidInvokeIdNotFoundBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string")) return false;
    n++;
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidInvokeIdNotFoundBody);
}
function $check_InvalidInvokeIdNotFoundBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    const at = path + "/HostId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    const at = path + "/Code";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    const at = path + "/Message";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    const at = path + "/Recommend";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidInvokeIdNotFoundBody);
}
function $is_InvalidParameterBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string")) return false;
    n++;
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvalidParameterBody);
}
function $check_InvalidParameterBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    const at = path + "/HostId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    const at = path + "/Code";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    const at = path + "/Message";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    const at = path + "/Recommend";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InvalidParameterBody);
}
function $is_Invocation(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.CommandContent;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.CommandName;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.CommandType;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string" && $isEnum_CommandType(m2))) return false;
    n++;
  }
  const m3 = o.CreationTime;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string" && isDateTime(m3))) return false;
    n++;
  }
  const m4 = o.InvocationStatus;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string" && $isEnum_InvocationStatus(m4))) return false;
    n++;
  }
  const m5 = o.InvokeId;
  if (m5 !== void 0) {
    if (!(typeof m5 === "string")) return false;
    n++;
  }
  const m6 = o.InvokeStatus;
  if (m6 !== void 0) {
    if (!(typeof m6 === "string" && $isEnum_InvokeStatus(m6))) return false;
    n++;
  }
  const m7 = o.Parameters;
  if (m7 !== void 0) {
    if (!$is_CommandParameters(m7, depth + 1, accept)) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_Invocation);
}
function $check_Invocation(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.CommandContent;
  if (m0 !== void 0) {
    const at = path + "/CommandContent";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.CommandName;
  if (m1 !== void 0) {
    const at = path + "/CommandName";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.CommandType;
  if (m2 !== void 0) {
    const at = path + "/CommandType";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
    else {
      if (!$isEnum_CommandType(m2)) reportEnum(out, at, $values_CommandType);
    }
  }
  const m3 = o.CreationTime;
  if (m3 !== void 0) {
    const at = path + "/CreationTime";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
    else {
      if (!isDateTime(m3)) reportDateTime(out, at);
    }
  }
  const m4 = o.InvocationStatus;
  if (m4 !== void 0) {
    const at = path + "/InvocationStatus";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
    else {
      if (!$isEnum_InvocationStatus(m4)) reportEnum(out, at, $values_InvocationStatus);
    }
  }
  const m5 = o.InvokeId;
  if (m5 !== void 0) {
    const at = path + "/InvokeId";
    if (typeof m5 !== "string") reportType(out, at, "string", m5);
  }
  const m6 = o.InvokeStatus;
  if (m6 !== void 0) {
    const at = path + "/InvokeStatus";
    if (typeof m6 !== "string") reportType(out, at, "string", m6);
    else {
      if (!$isEnum_InvokeStatus(m6)) reportEnum(out, at, $values_InvokeStatus);
    }
  }
  const m7 = o.Parameters;
  if (m7 !== void 0 && !$is_CommandParameters(m7, depth + 1, accept)) {
    const at = path + "/Parameters";
    $check_CommandParameters(m7, at, depth + 1, accept, out);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_Invocation);
}
function $is_InvocationResult(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.ErrorCode;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.ErrorInfo;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.ExitCode;
  if (m2 !== void 0) {
    if (!(typeof m2 === "number" && Number.isInteger(m2))) return false;
    n++;
  }
  const m3 = o.FinishedTime;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string" && isDateTime(m3))) return false;
    n++;
  }
  const m4 = o.InstanceId;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string")) return false;
    n++;
  }
  const m5 = o.InvocationStatus;
  if (m5 !== void 0) {
    if (!(typeof m5 === "string" && $isEnum_InvocationStatus(m5))) return false;
    n++;
  }
  const m6 = o.InvokeId;
  if (m6 !== void 0) {
    if (!(typeof m6 === "string")) return false;
    n++;
  }
  const m7 = o.InvokeRecordStatus;
  if (m7 !== void 0) {
    if (!(typeof m7 === "string" && $isEnum_InvokeStatus(m7))) return false;
    n++;
  }
  const m8 = o.InvokeUser;
  if (m8 !== void 0) {
    if (!(typeof m8 === "string")) return false;
    n++;
  }
  const m9 = o.Output;
  if (m9 !== void 0) {
    if (!(typeof m9 === "string")) return false;
    n++;
  }
  const m10 = o.StartTime;
  if (m10 !== void 0) {
    if (!(typeof m10 === "string" && isDateTime(m10))) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_InvocationResult);
}
function $check_InvocationResult(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.ErrorCode;
  if (m0 !== void 0) {
    const at = path + "/ErrorCode";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.ErrorInfo;
  if (m1 !== void 0) {
    const at = path + "/ErrorInfo";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.ExitCode;
  if (m2 !== void 0) {
    const at = path + "/ExitCode";
    if (typeof m2 !== "number" || !Number.isFinite(m2)) reportType(out, at, "integer", m2);
    else {
      if (!Number.isInteger(m2)) reportInteger(out, at);
    }
  }
  const m3 = o.FinishedTime;
  if (m3 !== void 0) {
    const at = path + "/FinishedTime";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
    else {
      if (!isDateTime(m3)) reportDateTime(out, at);
    }
  }
  const m4 = o.InstanceId;
  if (m4 !== void 0) {
    const at = path + "/InstanceId";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  const m5 = o.InvocationStatus;
  if (m5 !== void 0) {
    const at = path + "/InvocationStatus";
    if (typeof m5 !== "string") reportType(out, at, "string", m5);
    else {
      if (!$isEnum_InvocationStatus(m5)) reportEnum(out, at, $values_InvocationStatus);
    }
  }
  const m6 = o.InvokeId;
  if (m6 !== void 0) {
    const at = path + "/InvokeId";
    if (typeof m6 !== "string") reportType(out, at, "string", m6);
  }
  const m7 = o.InvokeRecordStatus;
  if (m7 !== void 0) {
    const at = path + "/InvokeRecordStatus";
    if (typeof m7 !== "string") reportType(out, at, "string", m7);
    else {
      if (!$isEnum_InvokeStatus(m7)) reportEnum(out, at, $values_InvokeStatus);
    }
  }
  const m8 = o.InvokeUser;
  if (m8 !== void 0) {
    const at = path + "/InvokeUser";
    if (typeof m8 !== "string") reportType(out, at, "string", m8);
  }
  const m9 = o.Output;
  if (m9 !== void 0) {
    const at = path + "/Output";
    if (typeof m9 !== "string") reportType(out, at, "string", m9);
  }
  const m10 = o.StartTime;
  if (m10 !== void 0) {
    const at = path + "/StartTime";
    if (typeof m10 !== "string") reportType(out, at, "string", m10);
    else {
      if (!isDateTime(m10)) reportDateTime(out, at);
    }
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_InvocationResult);
}
function $is_MissingParameterBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string")) return false;
    n++;
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_MissingParameterBody);
}
function $check_MissingParameterBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    const at = path + "/HostId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    const at = path + "/Code";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    const at = path + "/Message";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    const at = path + "/Recommend";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_MissingParameterBody);
}
function $is_RegionIdNotMatchHostBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string")) return false;
    n++;
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_RegionIdNotMatchHostBody);
}
function $check_RegionIdNotMatchHostBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    const at = path + "/HostId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    const at = path + "/Code";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    const at = path + "/Message";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    const at = path + "/Recommend";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_RegionIdNotMatchHostBody);
}
function $is_RunCommandRequest(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.CommandContent;
  if (!(typeof m0 === "string")) return false;
  n++;
  const m1 = o.EnableParameter;
  if (m1 !== void 0) {
    if (!(typeof m1 === "boolean")) return false;
    n++;
  }
  const m2 = o.InstanceId;
  if (!(typeof m2 === "string")) return false;
  n++;
  const m3 = o.Name;
  if (!(typeof m3 === "string")) return false;
  n++;
  const m4 = o.Parameters;
  if (m4 !== void 0) {
    if (!$is_CommandParameters(m4, depth + 1, accept)) return false;
    n++;
  }
  const m5 = o.RegionId;
  if (!(typeof m5 === "string")) return false;
  n++;
  const m6 = o.Timeout;
  if (m6 !== void 0) {
    if (!(typeof m6 === "number" && Number.isInteger(m6) && m6 >= 10 && m6 <= 86400)) return false;
    n++;
  }
  const m7 = o.Type;
  if (!(typeof m7 === "string" && $isEnum_CommandType(m7))) return false;
  n++;
  const m8 = o.WindowsPasswordName;
  if (m8 !== void 0) {
    if (!(typeof m8 === "string")) return false;
    n++;
  }
  const m9 = o.WorkingDir;
  if (m9 !== void 0) {
    if (!(typeof m9 === "string")) return false;
    n++;
  }
  const m10 = o.WorkingUser;
  if (m10 !== void 0) {
    if (!(typeof m10 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_RunCommandRequest);
}
function $check_RunCommandRequest(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.CommandContent;
  if (m0 === void 0) reportRequired(out, path + "/CommandContent", "CommandContent");
  else {
    const at = path + "/CommandContent";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.EnableParameter;
  if (m1 !== void 0) {
    const at = path + "/EnableParameter";
    if (typeof m1 !== "boolean") reportType(out, at, "boolean", m1);
  }
  const m2 = o.InstanceId;
  if (m2 === void 0) reportRequired(out, path + "/InstanceId", "InstanceId");
  else {
    const at = path + "/InstanceId";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  const m3 = o.Name;
  if (m3 === void 0) reportRequired(out, path + "/Name", "Name");
  else {
    const at = path + "/Name";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Parameters;
  if (m4 !== void 0 && !$is_CommandParameters(m4, depth + 1, accept)) {
    const at = path + "/Parameters";
    $check_CommandParameters(m4, at, depth + 1, accept, out);
  }
  const m5 = o.RegionId;
  if (m5 === void 0) reportRequired(out, path + "/RegionId", "RegionId");
  else {
    const at = path + "/RegionId";
    if (typeof m5 !== "string") reportType(out, at, "string", m5);
  }
  const m6 = o.Timeout;
  if (m6 !== void 0) {
    const at = path + "/Timeout";
    if (typeof m6 !== "number" || !Number.isFinite(m6)) reportType(out, at, "integer", m6);
    else {
      if (!Number.isInteger(m6)) reportInteger(out, at);
      if (m6 < 10) reportRange(out, at, "minimum", 10);
      if (m6 > 86400) reportRange(out, at, "maximum", 86400);
    }
  }
  const m7 = o.Type;
  if (m7 === void 0) reportRequired(out, path + "/Type", "Type");
  else {
    const at = path + "/Type";
    if (typeof m7 !== "string") reportType(out, at, "string", m7);
    else {
      if (!$isEnum_CommandType(m7)) reportEnum(out, at, $values_CommandType);
    }
  }
  const m8 = o.WindowsPasswordName;
  if (m8 !== void 0) {
    const at = path + "/WindowsPasswordName";
    if (typeof m8 !== "string") reportType(out, at, "string", m8);
  }
  const m9 = o.WorkingDir;
  if (m9 !== void 0) {
    const at = path + "/WorkingDir";
    if (typeof m9 !== "string") reportType(out, at, "string", m9);
  }
  const m10 = o.WorkingUser;
  if (m10 !== void 0) {
    const at = path + "/WorkingUser";
    if (typeof m10 !== "string") reportType(out, at, "string", m10);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_RunCommandRequest);
}
function $is_RunCommandResponse(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.InvokeId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.RequestId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_RunCommandResponse);
}
function $check_RunCommandResponse(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.InvokeId;
  if (m0 !== void 0) {
    const at = path + "/InvokeId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.RequestId;
  if (m1 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_RunCommandResponse);
}
function $is_ServiceUnavailableBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string")) return false;
    n++;
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_ServiceUnavailableBody);
}
function $check_ServiceUnavailableBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    const at = path + "/HostId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    const at = path + "/Code";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    const at = path + "/Message";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    const at = path + "/Recommend";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_ServiceUnavailableBody);
}
function $is_SignatureDoesNotMatchBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string")) return false;
    n++;
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_SignatureDoesNotMatchBody);
}
function $check_SignatureDoesNotMatchBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    const at = path + "/HostId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    const at = path + "/Code";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    const at = path + "/Message";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    const at = path + "/Recommend";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_SignatureDoesNotMatchBody);
}
function $is_ThrottlingBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string")) return false;
    n++;
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_ThrottlingBody);
}
function $check_ThrottlingBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    const at = path + "/HostId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    const at = path + "/Code";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    const at = path + "/Message";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    const at = path + "/Recommend";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_ThrottlingBody);
}
function $is_ThrottlingUserBody(v, depth, accept) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) return false;
  const o = v;
  let n = 0;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    if (!(typeof m0 === "string")) return false;
    n++;
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    if (!(typeof m1 === "string")) return false;
    n++;
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    if (!(typeof m2 === "string")) return false;
    n++;
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    if (!(typeof m3 === "string")) return false;
    n++;
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    if (!(typeof m4 === "string")) return false;
    n++;
  }
  return accept || n === keyCount(o) || onlyKnownKeys(o, $members_ThrottlingUserBody);
}
function $check_ThrottlingUserBody(v, path, depth, accept, out) {
  if (typeof v !== "object" || v === null || !isPlainObject(v)) {
    reportType(out, path, "object", v);
    return;
  }
  const o = v;
  const m0 = o.RequestId;
  if (m0 !== void 0) {
    const at = path + "/RequestId";
    if (typeof m0 !== "string") reportType(out, at, "string", m0);
  }
  const m1 = o.HostId;
  if (m1 !== void 0) {
    const at = path + "/HostId";
    if (typeof m1 !== "string") reportType(out, at, "string", m1);
  }
  const m2 = o.Code;
  if (m2 !== void 0) {
    const at = path + "/Code";
    if (typeof m2 !== "string") reportType(out, at, "string", m2);
  }
  const m3 = o.Message;
  if (m3 !== void 0) {
    const at = path + "/Message";
    if (typeof m3 !== "string") reportType(out, at, "string", m3);
  }
  const m4 = o.Recommend;
  if (m4 !== void 0) {
    const at = path + "/Recommend";
    if (typeof m4 !== "string") reportType(out, at, "string", m4);
  }
  if (!accept) reportUnknownMembers(out, path, o, $members_ThrottlingUserBody);
}
function isCommandParameters(value) {
  return $is_CommandParameters(value, 0, false);
}
function validateCommandParameters(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_CommandParameters(value, 0, accept)) return [];
  const out = [];
  $check_CommandParameters(value, "", 0, accept, out);
  return out;
}
const CommandParametersSchema = /* @__PURE__ */ standardSchema(validateCommandParameters);
function isCommandType(value) {
  return typeof value === "string" && $isEnum_CommandType(value);
}
function validateCommandType(value, options) {
  if (typeof value === "string" && $isEnum_CommandType(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_CommandType(value)) reportEnum(out, "", $values_CommandType);
  }
  return out;
}
const CommandTypeSchema = /* @__PURE__ */ standardSchema(validateCommandType);
function isDescribeInvocationResultRequest(value) {
  return $is_DescribeInvocationResultRequest(value, 0, false);
}
function validateDescribeInvocationResultRequest(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_DescribeInvocationResultRequest(value, 0, accept)) return [];
  const out = [];
  $check_DescribeInvocationResultRequest(value, "", 0, accept, out);
  return out;
}
const DescribeInvocationResultRequestSchema = /* @__PURE__ */ standardSchema(
  validateDescribeInvocationResultRequest
);
function isDescribeInvocationResultResponse(value) {
  return $is_DescribeInvocationResultResponse(value, 0, false);
}
function validateDescribeInvocationResultResponse(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_DescribeInvocationResultResponse(value, 0, accept)) return [];
  const out = [];
  $check_DescribeInvocationResultResponse(value, "", 0, accept, out);
  return out;
}
const DescribeInvocationResultResponseSchema = /* @__PURE__ */ standardSchema(
  validateDescribeInvocationResultResponse
);
function isDescribeInvocationsRequest(value) {
  return $is_DescribeInvocationsRequest(value, 0, false);
}
function validateDescribeInvocationsRequest(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_DescribeInvocationsRequest(value, 0, accept)) return [];
  const out = [];
  $check_DescribeInvocationsRequest(value, "", 0, accept, out);
  return out;
}
const DescribeInvocationsRequestSchema = /* @__PURE__ */ standardSchema(validateDescribeInvocationsRequest);
function isDescribeInvocationsResponse(value) {
  return $is_DescribeInvocationsResponse(value, 0, false);
}
function validateDescribeInvocationsResponse(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_DescribeInvocationsResponse(value, 0, accept)) return [];
  const out = [];
  $check_DescribeInvocationsResponse(value, "", 0, accept, out);
  return out;
}
const DescribeInvocationsResponseSchema = /* @__PURE__ */ standardSchema(validateDescribeInvocationsResponse);
function isInstanceId(value) {
  return typeof value === "string";
}
function validateInstanceId(value, options) {
  if (typeof value === "string") return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  return out;
}
const InstanceIdSchema = /* @__PURE__ */ standardSchema(validateInstanceId);
function isInternalErrorBody(value) {
  return $is_InternalErrorBody(value, 0, false);
}
function validateInternalErrorBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InternalErrorBody(value, 0, accept)) return [];
  const out = [];
  $check_InternalErrorBody(value, "", 0, accept, out);
  return out;
}
const InternalErrorBodySchema = /* @__PURE__ */ standardSchema(validateInternalErrorBody);
function isInvalidAccessKeyIdNotFoundBody(value) {
  return $is_InvalidAccessKeyIdNotFoundBody(value, 0, false);
}
function validateInvalidAccessKeyIdNotFoundBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidAccessKeyIdNotFoundBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidAccessKeyIdNotFoundBody(value, "", 0, accept, out);
  return out;
}
const InvalidAccessKeyIdNotFoundBodySchema = /* @__PURE__ */ standardSchema(
  validateInvalidAccessKeyIdNotFoundBody
);
function isInvalidInstanceIdNotFoundBody(value) {
  return $is_InvalidInstanceIdNotFoundBody(value, 0, false);
}
function validateInvalidInstanceIdNotFoundBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidInstanceIdNotFoundBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidInstanceIdNotFoundBody(value, "", 0, accept, out);
  return out;
}
const InvalidInstanceIdNotFoundBodySchema = /* @__PURE__ */ standardSchema(
  validateInvalidInstanceIdNotFoundBody
);
function isInvalidInvokeIdNotFoundBody(value) {
  return $is_InvalidInvokeIdNotFoundBody(value, 0, false);
}
function validateInvalidInvokeIdNotFoundBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidInvokeIdNotFoundBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidInvokeIdNotFoundBody(value, "", 0, accept, out);
  return out;
}
const InvalidInvokeIdNotFoundBodySchema = /* @__PURE__ */ standardSchema(validateInvalidInvokeIdNotFoundBody);
function isInvalidParameterBody(value) {
  return $is_InvalidParameterBody(value, 0, false);
}
function validateInvalidParameterBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvalidParameterBody(value, 0, accept)) return [];
  const out = [];
  $check_InvalidParameterBody(value, "", 0, accept, out);
  return out;
}
const InvalidParameterBodySchema = /* @__PURE__ */ standardSchema(validateInvalidParameterBody);
function isInvocation(value) {
  return $is_Invocation(value, 0, false);
}
function validateInvocation(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_Invocation(value, 0, accept)) return [];
  const out = [];
  $check_Invocation(value, "", 0, accept, out);
  return out;
}
const InvocationSchema = /* @__PURE__ */ standardSchema(validateInvocation);
function isInvocationResult(value) {
  return $is_InvocationResult(value, 0, false);
}
function validateInvocationResult(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_InvocationResult(value, 0, accept)) return [];
  const out = [];
  $check_InvocationResult(value, "", 0, accept, out);
  return out;
}
const InvocationResultSchema = /* @__PURE__ */ standardSchema(validateInvocationResult);
function isInvocationStatus(value) {
  return typeof value === "string" && $isEnum_InvocationStatus(value);
}
function validateInvocationStatus(value, options) {
  if (typeof value === "string" && $isEnum_InvocationStatus(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_InvocationStatus(value)) reportEnum(out, "", $values_InvocationStatus);
  }
  return out;
}
const InvocationStatusSchema = /* @__PURE__ */ standardSchema(validateInvocationStatus);
function isInvokeId(value) {
  return typeof value === "string";
}
function validateInvokeId(value, options) {
  if (typeof value === "string") return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  return out;
}
const InvokeIdSchema = /* @__PURE__ */ standardSchema(validateInvokeId);
function isInvokeStatus(value) {
  return typeof value === "string" && $isEnum_InvokeStatus(value);
}
function validateInvokeStatus(value, options) {
  if (typeof value === "string" && $isEnum_InvokeStatus(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_InvokeStatus(value)) reportEnum(out, "", $values_InvokeStatus);
  }
  return out;
}
const InvokeStatusSchema = /* @__PURE__ */ standardSchema(validateInvokeStatus);
function isInvokeStatusFilter(value) {
  return typeof value === "string" && $isEnum_InvokeStatusFilter(value);
}
function validateInvokeStatusFilter(value, options) {
  if (typeof value === "string" && $isEnum_InvokeStatusFilter(value)) return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  else {
    if (!$isEnum_InvokeStatusFilter(value)) reportEnum(out, "", $values_InvokeStatusFilter);
  }
  return out;
}
const InvokeStatusFilterSchema = /* @__PURE__ */ standardSchema(validateInvokeStatusFilter);
function isMissingParameterBody(value) {
  return $is_MissingParameterBody(value, 0, false);
}
function validateMissingParameterBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_MissingParameterBody(value, 0, accept)) return [];
  const out = [];
  $check_MissingParameterBody(value, "", 0, accept, out);
  return out;
}
const MissingParameterBodySchema = /* @__PURE__ */ standardSchema(validateMissingParameterBody);
function isRegionId(value) {
  return typeof value === "string";
}
function validateRegionId(value, options) {
  if (typeof value === "string") return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  return out;
}
const RegionIdSchema = /* @__PURE__ */ standardSchema(validateRegionId);
function isRegionIdNotMatchHostBody(value) {
  return $is_RegionIdNotMatchHostBody(value, 0, false);
}
function validateRegionIdNotMatchHostBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_RegionIdNotMatchHostBody(value, 0, accept)) return [];
  const out = [];
  $check_RegionIdNotMatchHostBody(value, "", 0, accept, out);
  return out;
}
const RegionIdNotMatchHostBodySchema = /* @__PURE__ */ standardSchema(validateRegionIdNotMatchHostBody);
function isRequestId(value) {
  return typeof value === "string";
}
function validateRequestId(value, options) {
  if (typeof value === "string") return [];
  const out = [];
  if (typeof value !== "string") reportType(out, "", "string", value);
  return out;
}
const RequestIdSchema = /* @__PURE__ */ standardSchema(validateRequestId);
function isRunCommandRequest(value) {
  return $is_RunCommandRequest(value, 0, false);
}
function validateRunCommandRequest(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_RunCommandRequest(value, 0, accept)) return [];
  const out = [];
  $check_RunCommandRequest(value, "", 0, accept, out);
  return out;
}
const RunCommandRequestSchema = /* @__PURE__ */ standardSchema(validateRunCommandRequest);
function isRunCommandResponse(value) {
  return $is_RunCommandResponse(value, 0, false);
}
function validateRunCommandResponse(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_RunCommandResponse(value, 0, accept)) return [];
  const out = [];
  $check_RunCommandResponse(value, "", 0, accept, out);
  return out;
}
const RunCommandResponseSchema = /* @__PURE__ */ standardSchema(validateRunCommandResponse);
function isServiceUnavailableBody(value) {
  return $is_ServiceUnavailableBody(value, 0, false);
}
function validateServiceUnavailableBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_ServiceUnavailableBody(value, 0, accept)) return [];
  const out = [];
  $check_ServiceUnavailableBody(value, "", 0, accept, out);
  return out;
}
const ServiceUnavailableBodySchema = /* @__PURE__ */ standardSchema(validateServiceUnavailableBody);
function isSignatureDoesNotMatchBody(value) {
  return $is_SignatureDoesNotMatchBody(value, 0, false);
}
function validateSignatureDoesNotMatchBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_SignatureDoesNotMatchBody(value, 0, accept)) return [];
  const out = [];
  $check_SignatureDoesNotMatchBody(value, "", 0, accept, out);
  return out;
}
const SignatureDoesNotMatchBodySchema = /* @__PURE__ */ standardSchema(validateSignatureDoesNotMatchBody);
function isThrottlingBody(value) {
  return $is_ThrottlingBody(value, 0, false);
}
function validateThrottlingBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_ThrottlingBody(value, 0, accept)) return [];
  const out = [];
  $check_ThrottlingBody(value, "", 0, accept, out);
  return out;
}
const ThrottlingBodySchema = /* @__PURE__ */ standardSchema(validateThrottlingBody);
function isThrottlingUserBody(value) {
  return $is_ThrottlingUserBody(value, 0, false);
}
function validateThrottlingUserBody(value, options) {
  const accept = options !== void 0 && options.unknownMembers === "accept";
  if ($is_ThrottlingUserBody(value, 0, accept)) return [];
  const out = [];
  $check_ThrottlingUserBody(value, "", 0, accept, out);
  return out;
}
const ThrottlingUserBodySchema = /* @__PURE__ */ standardSchema(validateThrottlingUserBody);
const $coercion_DescribeInvocationResult = { kinds: {}, defaults: {} };
function coerceDescribeInvocationResultRequest(params) {
  return coerceRpcParams(params, $coercion_DescribeInvocationResult);
}
const $coercion_DescribeInvocations = {
  kinds: { PageNumber: "integer", PageSize: "integer" },
  defaults: { PageNumber: "1", PageSize: "10" }
};
function coerceDescribeInvocationsRequest(params) {
  return coerceRpcParams(params, $coercion_DescribeInvocations);
}
const $coercion_RunCommand = {
  kinds: { EnableParameter: "boolean", Parameters: "json", Timeout: "integer" },
  defaults: { EnableParameter: "false", Timeout: "60" }
};
function coerceRunCommandRequest(params) {
  return coerceRpcParams(params, $coercion_RunCommand);
}
export {
  CommandParametersSchema,
  CommandTypeSchema,
  DescribeInvocationResultRequestSchema,
  DescribeInvocationResultResponseSchema,
  DescribeInvocationsRequestSchema,
  DescribeInvocationsResponseSchema,
  InstanceIdSchema,
  InternalErrorBodySchema,
  InvalidAccessKeyIdNotFoundBodySchema,
  InvalidInstanceIdNotFoundBodySchema,
  InvalidInvokeIdNotFoundBodySchema,
  InvalidParameterBodySchema,
  InvocationResultSchema,
  InvocationSchema,
  InvocationStatusSchema,
  InvokeIdSchema,
  InvokeStatusFilterSchema,
  InvokeStatusSchema,
  MissingParameterBodySchema,
  RegionIdNotMatchHostBodySchema,
  RegionIdSchema,
  RequestIdSchema,
  RunCommandRequestSchema,
  RunCommandResponseSchema,
  ServiceUnavailableBodySchema,
  SignatureDoesNotMatchBodySchema,
  ThrottlingBodySchema,
  ThrottlingUserBodySchema,
  coerceDescribeInvocationResultRequest,
  coerceDescribeInvocationsRequest,
  coerceRunCommandRequest,
  isCommandParameters,
  isCommandType,
  isDescribeInvocationResultRequest,
  isDescribeInvocationResultResponse,
  isDescribeInvocationsRequest,
  isDescribeInvocationsResponse,
  isInstanceId,
  isInternalErrorBody,
  isInvalidAccessKeyIdNotFoundBody,
  isInvalidInstanceIdNotFoundBody,
  isInvalidInvokeIdNotFoundBody,
  isInvalidParameterBody,
  isInvocation,
  isInvocationResult,
  isInvocationStatus,
  isInvokeId,
  isInvokeStatus,
  isInvokeStatusFilter,
  isMissingParameterBody,
  isRegionId,
  isRegionIdNotMatchHostBody,
  isRequestId,
  isRunCommandRequest,
  isRunCommandResponse,
  isServiceUnavailableBody,
  isSignatureDoesNotMatchBody,
  isThrottlingBody,
  isThrottlingUserBody,
  validateCommandParameters,
  validateCommandType,
  validateDescribeInvocationResultRequest,
  validateDescribeInvocationResultResponse,
  validateDescribeInvocationsRequest,
  validateDescribeInvocationsResponse,
  validateInstanceId,
  validateInternalErrorBody,
  validateInvalidAccessKeyIdNotFoundBody,
  validateInvalidInstanceIdNotFoundBody,
  validateInvalidInvokeIdNotFoundBody,
  validateInvalidParameterBody,
  validateInvocation,
  validateInvocationResult,
  validateInvocationStatus,
  validateInvokeId,
  validateInvokeStatus,
  validateInvokeStatusFilter,
  validateMissingParameterBody,
  validateRegionId,
  validateRegionIdNotMatchHostBody,
  validateRequestId,
  validateRunCommandRequest,
  validateRunCommandResponse,
  validateServiceUnavailableBody,
  validateSignatureDoesNotMatchBody,
  validateThrottlingBody,
  validateThrottlingUserBody
};
