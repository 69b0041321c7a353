import { OperationError } from "./mock-operation.js";
import { numberedPage } from "./mock-paging.js";
import { base64Utf8, fromBase64Utf8, isoSeconds, isoTimes, parseTime } from "./mock-store.js";
/** CommandContent plus parameters, Base64-encoded, may not exceed 16 KB (API reference). */
export const maxEncodedCommandBytes = 16 * 1024;
const notFoundInstance = "The specified InstanceId does not exist.";
function space(ctx) {
	return ctx.definition.moduleName;
}
/** The region in an Alibaba endpoint host (`swas.cn-hangzhou.aliyuncs.com`), if the host is one. */
function hostRegion(host) {
	return /^[a-z0-9-]+\.([a-z]{2}-[a-z0-9-]+)\.aliyuncs\.com(?::\d+)?$/.exec(host)?.[1];
}
function checkInstance(input, ctx) {
	const region = hostRegion(ctx.host);
	if (region !== undefined && region !== input.RegionId) {
		throw new OperationError("RegionIdNotMatchHost", `The RegionId ${input.RegionId} does not match the endpoint's region ${region}.`);
	}
	const managed = ctx.store.instance(space(ctx), input.InstanceId);
	if (!ctx.store.isManaged(space(ctx), input.InstanceId) || managed?.region !== undefined && managed.region !== input.RegionId) {
		throw new OperationError("InvalidInstanceId.NotFound", notFoundInstance);
	}
}
const placeholderRe = /\{\{\s*([A-Za-z0-9_-]+)\s*\}\}/g;
/** Fills `{{name}}` placeholders (names match case-insensitively, as documented). */
function substitute(content, parameters) {
	const byLower = new Map(Object.entries(parameters).map(([k, v]) => [k.toLowerCase(), v]));
	return content.replace(placeholderRe, (_, name) => byLower.get(name.toLowerCase()) ?? "");
}
function runCommand(input, ctx) {
	checkInstance(input, ctx);
	const parameters = input.Parameters ?? {};
	let script = input.CommandContent;
	if (input.EnableParameter === true) {
		const names = new Set([...script.matchAll(placeholderRe)].map((m) => m[1].toLowerCase()));
		for (const key of Object.keys(parameters)) {
			if (!names.has(key.toLowerCase())) throw new OperationError("InvalidParameter", `The parameter ${key} is not a placeholder of CommandContent.`);
		}
		for (const name of names) {
			if (!Object.keys(parameters).some((k) => k.toLowerCase() === name)) {
				throw new OperationError("MissingParameter", `The placeholder {{${name}}} of CommandContent has no value in Parameters.`);
			}
		}
		script = substitute(script, parameters);
	}
	const encoded = base64Utf8(input.CommandContent + JSON.stringify(parameters));
	if (encoded.length > maxEncodedCommandBytes) {
		throw new OperationError("InvalidParameter", "The CommandContent and Parameters exceed 16 KB after Base64 encoding.");
	}
	const invokeId = newInvokeId(input.RegionId);
	ctx.store.createCommand(space(ctx), {
		id: invokeId,
		script,
		instanceIds: [input.InstanceId],
		timeoutMs: (input.Timeout ?? 60) * 1e3,
		meta: {
			CommandName: input.Name,
			CommandType: input.Type,
			CommandContent: input.CommandContent,
			Parameters: input.EnableParameter === true ? parameters : {},
			InvokeUser: input.WorkingUser ?? (input.Type === "RunShellScript" ? "root" : "system"),
			RegionId: input.RegionId
		}
	});
	return {
		RequestId: ctx.requestId,
		InvokeId: invokeId
	};
}
/** `t-` + a short region code + random characters, the shape of documented invoke ids (t-hz02p9545t6…). */
function newInvokeId(region) {
	const city = region.split("-").pop() ?? "xx";
	const codes = {
		hangzhou: "hz",
		shanghai: "sh",
		beijing: "bj",
		shenzhen: "sz",
		qingdao: "qd",
		zhangjiakou: "zjk"
	};
	const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
	const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
	let rand = "";
	for (const b of bytes) rand += alphabet[b % alphabet.length];
	return `t-${codes[city] ?? city.slice(0, 2)}0${rand}`;
}
const recordStatusOf = {
	Pending: "Running",
	Running: "Running",
	Stopping: "Running",
	Success: "Finished",
	Failed: "Finished",
	Timeout: "Failed",
	Error: "Failed",
	Invalid: "Failed",
	Aborted: "Failed",
	Cancelled: "Stopped",
	Terminated: "Stopped"
};
function executionState(store, e) {
	if (e.pinned) {
		const ended = Number.isFinite(e.endAt) && recordStatusOf[e.pinned] !== "Running" ? e.endAt : undefined;
		const failedExit = e.pinned === "Failed";
		return {
			InvocationStatus: e.pinned,
			InvokeStatus: recordStatusOf[e.pinned] ?? "Finished",
			ErrorCode: e.meta.ErrorCode ?? (failedExit ? "ExitCodeNonzero" : ""),
			ErrorInfo: e.meta.ErrorInfo ?? (failedExit ? "the command execution exit code is not zero" : ""),
			started: e.pinned === "Pending" ? undefined : e.startAt,
			ended
		};
	}
	switch (store.phase(e)) {
		case "pending": return {
			InvocationStatus: "Pending",
			InvokeStatus: "Running",
			ErrorCode: "",
			ErrorInfo: ""
		};
		case "running": return {
			InvocationStatus: "Running",
			InvokeStatus: "Running",
			ErrorCode: "",
			ErrorInfo: "",
			started: e.startAt
		};
		case "finished":
			if (e.timedOut) {
				return {
					InvocationStatus: "Timeout",
					InvokeStatus: "Failed",
					ErrorCode: "ExecutionTimeout",
					ErrorInfo: "the command execution has timed out",
					started: e.startAt,
					ended: e.endAt
				};
			}
			return e.exitCode === 0 ? {
				InvocationStatus: "Success",
				InvokeStatus: "Finished",
				ErrorCode: "",
				ErrorInfo: "",
				started: e.startAt,
				ended: e.endAt
			} : {
				InvocationStatus: "Failed",
				InvokeStatus: "Finished",
				ErrorCode: "ExitCodeNonzero",
				ErrorInfo: "the command execution exit code is not zero",
				started: e.startAt,
				ended: e.endAt
			};
	}
}
function describeInvocationResult(input, ctx) {
	checkInstance(input, ctx);
	const e = ctx.store.visibleExecution(space(ctx), input.InvokeId, input.InstanceId);
	if (!e) throw new OperationError("InvalidInvokeId.NotFound", "The specified InvokeId does not exist.");
	const record = ctx.store.command(space(ctx), input.InvokeId);
	const s = executionState(ctx.store, e);
	const result = {
		InvokeId: record.id,
		InstanceId: e.instanceId,
		InvocationStatus: s.InvocationStatus,
		InvokeRecordStatus: s.InvokeStatus,
		InvokeUser: record.meta.InvokeUser ?? "root",
		ErrorCode: s.ErrorCode,
		ErrorInfo: s.ErrorInfo,
		// Cloud Assistant reports stdout and stderr together, Base64-encoded; seeds may show partial output while running.
		Output: s.ended !== undefined || e.pinned ? base64Utf8(e.stdout + e.stderr) : ""
	};
	if (s.started !== undefined) result.StartTime = isoTimes(e).start;
	if (s.ended !== undefined) {
		result.FinishedTime = isoTimes(e).end;
		result.ExitCode = e.timedOut ? -1 : e.exitCode;
	}
	return {
		RequestId: ctx.requestId,
		InvocationResult: result
	};
}
function describeInvocations(input, ctx) {
	checkInstance(input, ctx);
	const { store } = ctx;
	const matching = store.visibleExecutions(space(ctx)).filter((e) => {
		if (e.instanceId !== input.InstanceId) return false;
		return input.InvokeStatus === undefined || executionState(store, e).InvokeStatus === input.InvokeStatus;
	});
	const pageNumber = input.PageNumber ?? 1;
	const pageSize = input.PageSize ?? 10;
	const items = numberedPage(matching, pageNumber, pageSize).map((e) => invocationView(store, store.command(space(ctx), e.commandId), e));
	return {
		RequestId: ctx.requestId,
		Invocations: items,
		PageNumber: pageNumber,
		PageSize: pageSize,
		TotalCount: matching.length
	};
}
function invocationView(store, record, e) {
	const s = executionState(store, e);
	return {
		InvokeId: record.id,
		InvokeStatus: s.InvokeStatus,
		InvocationStatus: s.InvocationStatus,
		CommandName: record.meta.CommandName ?? "",
		CommandType: record.meta.CommandType ?? "RunShellScript",
		CommandContent: base64Utf8(record.meta.CommandContent ?? record.script),
		CreationTime: isoSeconds(record.createdAt),
		Parameters: record.meta.Parameters ?? {}
	};
}
// --- Seeds -------------------------------------------------------------------------------------
/**
* One execution as the API shows it: the fields of an `Invocation` (DescribeInvocations) and of an
* `InvocationResult` (DescribeInvocationResult), with `InstanceId`. CommandContent and Output are Base64.
*/
export function seedInvocation(store, space, inv) {
	const createdAt = parseTime(inv.CreationTime) ?? parseTime(inv.StartTime) ?? store.now();
	const content = typeof inv.CommandContent === "string" ? fromBase64Utf8(inv.CommandContent) ?? inv.CommandContent : undefined;
	const record = store.seedCommand(space, inv.InvokeId, {
		createdAt,
		script: content,
		meta: clean({
			CommandName: inv.CommandName,
			CommandType: inv.CommandType,
			CommandContent: content,
			Parameters: inv.Parameters,
			InvokeUser: inv.InvokeUser,
			RegionId: inv.RegionId
		})
	});
	const status = inv.InvocationStatus ?? "Success";
	const startAt = parseTime(inv.StartTime) ?? createdAt;
	const endAt = parseTime(inv.FinishedTime);
	const output = typeof inv.Output === "string" ? fromBase64Utf8(inv.Output) ?? "" : "";
	store.seedExecution(record, {
		instanceId: inv.InstanceId,
		createdAt,
		startAt,
		endAt: recordStatusOf[status] === "Running" ? Infinity : endAt ?? startAt,
		exitCode: typeof inv.ExitCode === "number" ? inv.ExitCode : status === "Failed" ? 1 : 0,
		stdout: output,
		pinned: status,
		meta: clean({
			ErrorCode: inv.ErrorCode,
			ErrorInfo: inv.ErrorInfo
		})
	});
}
function seedState(store, space, s) {
	for (const inv of s.invocations ?? []) seedInvocation(store, space, inv);
}
/** Drops absent members, so validators see exactly the members that will be sent. */
function clean(o) {
	for (const k in o) if (o[k] === undefined) delete o[k];
	return o;
}
export const swasBehaviours = {
	operations: {
		RunCommand: runCommand,
		DescribeInvocations: describeInvocations,
		DescribeInvocationResult: describeInvocationResult
	},
	seedExample: {
		DescribeInvocationResult: (store, space, ex) => {
			const r = ex.output.InvocationResult;
			if (r) seedInvocation(store, space, {
				...r,
				InstanceId: r.InstanceId ?? ex.input.InstanceId
			});
		},
		DescribeInvocations: (store, space, ex) => {
			const instanceId = ex.input.InstanceId;
			for (const inv of ex.output.Invocations ?? []) seedInvocation(store, space, {
				...inv,
				InstanceId: instanceId
			});
		}
	},
	seedState
};
