import { OperationError } from "./mock-operation.js";
import { tokenPage } from "./mock-paging.js";
import { epochSeconds, isoTimes, parseTime, truncate } from "./mock-store.js";
/** Documented limits: GetCommandInvocation returns the first 24,000 characters of stdout and 8,000 of stderr. */
export const stdoutLimit = 24e3;
export const stderrLimit = 8e3;
/** A plugin's `Output` in ListCommandInvocations holds at most 2,500 characters. */
export const pluginOutputLimit = 2500;
const defaultAccount = "123456789012";
const terminal = new Set([
	"Success",
	"Failed",
	"TimedOut",
	"Cancelled"
]);
const pluginOfDocument = {
	"AWS-RunShellScript": "aws:runShellScript",
	"AWS-RunPowerShellScript": "aws:runPowerShellScript"
};
function section(ctx) {
	const space = ctx.definition.moduleName;
	return ctx.store.records(space, "settings").get("ssm") ?? { account: defaultAccount };
}
function space(ctx) {
	return ctx.definition.moduleName;
}
// --- SendCommand -------------------------------------------------------------------------------
function sendCommand(input, ctx) {
	const { store } = ctx;
	const settings = section(ctx);
	const hasIds = (input.InstanceIds?.length ?? 0) > 0;
	const hasTargets = (input.Targets?.length ?? 0) > 0;
	if (hasIds === hasTargets) {
		throw new OperationError("InvalidParameters", hasIds ? "InstanceIds and Targets are mutually exclusive: specify one of them." : "Specify either InstanceIds or Targets.");
	}
	if ((input.Targets?.length ?? 0) > 1) {
		throw new OperationError("InvalidParameters", "Specifying multiple target filters is not supported yet.");
	}
	if (settings.documents && !settings.documents.has(input.DocumentName)) {
		throw new OperationError("InvalidDocument", `Document ${input.DocumentName} does not exist in your account.`, { fields: { Message: `Document ${input.DocumentName} does not exist in your account.` } });
	}
	const instanceIds = hasIds ? [...new Set(input.InstanceIds)] : targetInstances(store, space(ctx), input.Targets[0]);
	const unknown = instanceIds.filter((id) => !store.isManaged(space(ctx), id));
	if (unknown.length > 0) {
		const message = `Instances [[${unknown.join(", ")}]] not in a valid state for account ${settings.account}`;
		throw new OperationError("InvalidInstanceId", message, { fields: { Message: message } });
	}
	const commandId = globalThis.crypto.randomUUID();
	const meta = {
		DocumentName: input.DocumentName,
		DocumentVersion: input.DocumentVersion ?? "$DEFAULT",
		Comment: input.Comment ?? "",
		Parameters: input.Parameters ?? {},
		InstanceIds: hasIds ? instanceIds : [],
		Targets: input.Targets ?? [],
		OutputS3Region: input.OutputS3Region ?? ctx.region,
		OutputS3BucketName: input.OutputS3BucketName,
		OutputS3KeyPrefix: input.OutputS3KeyPrefix ?? "",
		MaxConcurrency: input.MaxConcurrency ?? "50",
		MaxErrors: input.MaxErrors ?? "0",
		ServiceRole: input.ServiceRoleArn ?? "",
		NotificationConfig: input.NotificationConfig ?? {
			NotificationArn: "",
			NotificationEvents: [],
			NotificationType: "Command"
		},
		CloudWatchOutputConfig: input.CloudWatchOutputConfig ?? { CloudWatchOutputEnabled: false },
		TimeoutSeconds: input.TimeoutSeconds ?? 3600,
		AlarmConfiguration: input.AlarmConfiguration
	};
	const record = store.createCommand(space(ctx), {
		id: commandId,
		script: scriptOf(input.Parameters),
		instanceIds,
		meta,
		timeoutMs: input.TimeoutSeconds === undefined ? undefined : input.TimeoutSeconds * 1e3
	});
	return { Command: commandView(store, record) };
}
/** Instances a target filter selects: listed ids, or managed instances whose tags match. */
function targetInstances(store, space, target) {
	const values = target.Values ?? [];
	if (target.Key === "InstanceIds") return [...new Set(values)];
	const managed = store.managedInstances(space) ?? [];
	if (target.Key?.startsWith("tag:")) {
		const tag = target.Key.slice(4);
		return managed.filter((i) => i.tags?.[tag] !== undefined && values.includes(i.tags[tag])).map((i) => i.id);
	}
	if (target.Key === "tag-key") return managed.filter((i) => values.some((k) => i.tags?.[k] !== undefined)).map((i) => i.id);
	return [];
}
/** The text the store plans output for: a shell document's `commands` lines. */
function scriptOf(parameters) {
	return (parameters?.commands ?? []).join("\n");
}
function invocationState(store, e) {
	if (e.pinned) {
		const ended = terminal.has(e.pinned) && Number.isFinite(e.endAt) ? e.endAt : undefined;
		const started = e.pinned === "Pending" ? undefined : e.startAt;
		return {
			Status: e.pinned,
			StatusDetails: e.pinned,
			ResponseCode: ended === undefined ? -1 : e.exitCode,
			started,
			ended
		};
	}
	switch (store.phase(e)) {
		case "pending": return {
			Status: "Pending",
			StatusDetails: "Pending",
			ResponseCode: -1
		};
		case "running": return {
			Status: "InProgress",
			StatusDetails: "InProgress",
			ResponseCode: -1,
			started: e.startAt
		};
		case "finished":
			if (e.timedOut) return {
				Status: "TimedOut",
				StatusDetails: "ExecutionTimedOut",
				ResponseCode: -1,
				started: e.startAt,
				ended: e.endAt
			};
			return {
				Status: e.exitCode === 0 ? "Success" : "Failed",
				StatusDetails: e.exitCode === 0 ? "Success" : "Failed",
				ResponseCode: e.exitCode,
				started: e.startAt,
				ended: e.endAt
			};
	}
}
function commandState(store, record) {
	const states = record.executions.map((e) => invocationState(store, e).Status);
	const completed = states.filter((s) => terminal.has(s)).length;
	const errors = states.filter((s) => s === "Failed" || s === "TimedOut").length;
	let Status;
	if (states.length === 0 || states.every((s) => s === "Pending")) Status = "Pending";
	else if (completed < states.length) Status = "InProgress";
	else if (states.includes("Cancelled")) Status = "Cancelled";
	else if (states.includes("TimedOut")) Status = "TimedOut";
	else Status = errors > 0 ? "Failed" : "Success";
	return {
		Status,
		completed,
		errors
	};
}
function commandView(store, record) {
	const m = record.meta;
	const s = commandState(store, record);
	return clean({
		CommandId: record.id,
		DocumentName: m.DocumentName,
		DocumentVersion: m.DocumentVersion ?? "$DEFAULT",
		Comment: m.Comment ?? "",
		ExpiresAfter: epochSeconds(record.createdAt + 36e5),
		Parameters: m.Parameters ?? {},
		InstanceIds: m.InstanceIds ?? [],
		Targets: m.Targets ?? [],
		RequestedDateTime: epochSeconds(record.createdAt),
		Status: s.Status,
		StatusDetails: s.Status,
		OutputS3Region: m.OutputS3Region,
		OutputS3BucketName: m.OutputS3BucketName,
		OutputS3KeyPrefix: m.OutputS3KeyPrefix,
		MaxConcurrency: m.MaxConcurrency ?? "50",
		MaxErrors: m.MaxErrors ?? "0",
		TargetCount: record.executions.length,
		CompletedCount: s.completed,
		ErrorCount: s.errors,
		DeliveryTimedOutCount: 0,
		ServiceRole: m.ServiceRole,
		NotificationConfig: m.NotificationConfig,
		CloudWatchOutputConfig: m.CloudWatchOutputConfig,
		TimeoutSeconds: m.TimeoutSeconds,
		AlarmConfiguration: m.AlarmConfiguration
	});
}
function pluginName(record, e) {
	return e.meta.PluginName ?? pluginOfDocument[record.meta.DocumentName] ?? "aws:runShellScript";
}
function invocationView(store, space, record, e, details) {
	const m = record.meta;
	const s = invocationState(store, e);
	const plugin = clean({
		Name: pluginName(record, e),
		Status: s.Status === "Delayed" || s.Status === "Cancelling" ? "InProgress" : s.Status,
		StatusDetails: s.StatusDetails,
		ResponseCode: s.ResponseCode,
		ResponseStartDateTime: s.started === undefined ? undefined : epochSeconds(s.started),
		ResponseFinishDateTime: s.ended === undefined ? undefined : epochSeconds(s.ended),
		Output: s.ended === undefined ? "" : pluginOutput(e),
		StandardOutputUrl: "",
		StandardErrorUrl: ""
	});
	return clean({
		CommandId: record.id,
		InstanceId: e.instanceId,
		InstanceName: e.meta.InstanceName ?? store.instance(space, e.instanceId)?.name ?? "",
		Comment: m.Comment ?? "",
		DocumentName: m.DocumentName,
		DocumentVersion: m.DocumentVersion ?? "$DEFAULT",
		RequestedDateTime: epochSeconds(e.createdAt),
		Status: s.Status,
		StatusDetails: s.StatusDetails,
		TraceOutput: "",
		StandardOutputUrl: "",
		StandardErrorUrl: "",
		CommandPlugins: details ? [plugin] : [],
		ServiceRole: m.ServiceRole ?? "",
		NotificationConfig: m.NotificationConfig ?? {
			NotificationArn: "",
			NotificationEvents: []
		},
		CloudWatchOutputConfig: m.CloudWatchOutputConfig ?? { CloudWatchOutputEnabled: false }
	});
}
/** A plugin's output as the console shows it: stdout, then stderr under a marker, cut to the documented size. */
function pluginOutput(e) {
	const text = e.stderr ? `${e.stdout}\n----------ERROR-------\n${e.stderr}` : e.stdout;
	return truncate(text, pluginOutputLimit);
}
// --- Reads -------------------------------------------------------------------------------------
function getCommandInvocation(input, ctx) {
	const { store } = ctx;
	const record = store.command(space(ctx), input.CommandId);
	if (!record) throw new OperationError("InvalidCommandId", "The specified command ID isn't valid. Verify the ID and try again.");
	if (!store.isManaged(space(ctx), input.InstanceId)) {
		const message = `Instance ${input.InstanceId} is not a managed node.`;
		throw new OperationError("InvalidInstanceId", message, { fields: { Message: message } });
	}
	// Missing, or not yet visible while the store's lag lasts: the real service's eventual consistency.
	const e = store.visibleExecution(space(ctx), input.CommandId, input.InstanceId);
	if (!e) throw new OperationError("InvocationDoesNotExist", "The command ID and managed node ID you specified didn't match any invocations.");
	const plugin = pluginName(record, e);
	if (input.PluginName !== undefined && input.PluginName !== plugin) {
		throw new OperationError("InvalidPluginName", `Plugin ${input.PluginName} is not part of command ${record.id}.`);
	}
	const s = invocationState(store, e);
	const done = s.ended !== undefined;
	// Not cleaned: JSON leaves the undefined members out, validators treat them as absent, and this is the
	// call waiters poll.
	return {
		CommandId: record.id,
		InstanceId: e.instanceId,
		Comment: record.meta.Comment ?? "",
		DocumentName: record.meta.DocumentName,
		DocumentVersion: record.meta.DocumentVersion ?? "$DEFAULT",
		PluginName: plugin,
		ResponseCode: s.ResponseCode,
		// Empty until the plugin starts on the real service; the spec's date pattern rejects "", so absent here.
		ExecutionStartDateTime: s.started === undefined ? undefined : isoTimes(e).start,
		ExecutionEndDateTime: s.ended === undefined ? undefined : isoTimes(e).end,
		Status: s.Status,
		StatusDetails: s.StatusDetails,
		StandardOutputContent: done ? truncate(e.stdout, stdoutLimit) : "",
		StandardOutputUrl: "",
		StandardErrorContent: done ? truncate(e.stderr, stderrLimit) : "",
		StandardErrorUrl: "",
		CloudWatchOutputConfig: record.meta.CloudWatchOutputConfig ?? { CloudWatchOutputEnabled: false }
	};
}
/** Applies documented filters; ExecutionStage belongs to ListCommands only. */
function filterPredicate(filters, allowExecutionStage) {
	const tests = [];
	for (const f of filters ?? []) {
		switch (f.key) {
			case "InvokedAfter":
			case "InvokedBefore": {
				const t = Date.parse(f.value);
				if (Number.isNaN(t)) throw new OperationError("InvalidFilterValue", `The filter value ${f.value} is not a valid timestamp.`);
				tests.push(f.key === "InvokedAfter" ? (c) => c >= t : (c) => c <= t);
				break;
			}
			case "Status":
				tests.push((_, s, d) => s === f.value || d === f.value);
				break;
			case "DocumentName":
				tests.push((_, __, ___, doc) => doc === f.value);
				break;
			case "ExecutionStage":
				if (!allowExecutionStage) throw new OperationError("InvalidFilterKey", "The ExecutionStage filter can't be used with ListCommandInvocations.");
				if (f.value !== "Executing" && f.value !== "Complete") throw new OperationError("InvalidFilterValue", `The filter value ${f.value} is not valid for ExecutionStage.`);
				tests.push((_, s) => f.value === "Complete" === terminal.has(s));
				break;
			default: throw new OperationError("InvalidFilterKey", `The filter key ${f.key} isn't valid.`);
		}
	}
	return (c, s, d, doc) => tests.every((t) => t(c, s, d, doc));
}
function listCommands(input, ctx) {
	const { store } = ctx;
	if (input.CommandId !== undefined && !store.command(space(ctx), input.CommandId)) {
		throw new OperationError("InvalidCommandId", "The specified command ID isn't valid. Verify the ID and try again.");
	}
	const keep = filterPredicate(input.Filters, true);
	const matching = store.commands(space(ctx)).filter((c) => {
		if (input.CommandId !== undefined && c.id !== input.CommandId) return false;
		if (input.InstanceId !== undefined && !c.executions.some((e) => e.instanceId === input.InstanceId)) return false;
		const status = commandState(store, c).Status;
		return keep(c.createdAt, status, status, c.meta.DocumentName);
	});
	const page = tokenPage(matching, input.MaxResults ?? 50, input.NextToken);
	if ("invalidToken" in page) throw new OperationError("InvalidNextToken", "The specified token isn't valid.", { fields: { Message: "The specified token isn't valid." } });
	return clean({
		Commands: page.items.map((c) => commandView(store, c)),
		NextToken: page.nextToken
	});
}
function listCommandInvocations(input, ctx) {
	const { store } = ctx;
	const keep = filterPredicate(input.Filters, false);
	const matching = store.visibleExecutions(space(ctx)).filter((e) => {
		if (input.CommandId !== undefined && e.commandId !== input.CommandId) return false;
		if (input.InstanceId !== undefined && e.instanceId !== input.InstanceId) return false;
		const s = invocationState(store, e);
		const record = store.command(space(ctx), e.commandId);
		return keep(e.createdAt, s.Status, s.StatusDetails, record.meta.DocumentName);
	});
	const page = tokenPage(matching, input.MaxResults ?? 50, input.NextToken);
	if ("invalidToken" in page) throw new OperationError("InvalidNextToken", "The specified token isn't valid.", { fields: { Message: "The specified token isn't valid." } });
	return clean({
		CommandInvocations: page.items.map((e) => invocationView(store, space(ctx), store.command(space(ctx), e.commandId), e, input.Details === true)),
		NextToken: page.nextToken
	});
}
function maintenanceWindowKey(w, t, i) {
	return `${w}/${t}/${i}`;
}
function getMaintenanceWindowExecutionTaskInvocation(input, ctx) {
	const records = ctx.store.records(space(ctx), "maintenanceWindowTaskInvocations");
	const found = records.get(maintenanceWindowKey(input.WindowExecutionId, input.TaskId, input.InvocationId));
	if (found) return structuredClone(found);
	const keys = [...records.keys()];
	let message = `Maintenance window execution ${input.WindowExecutionId} does not exist.`;
	if (keys.some((k) => k.startsWith(`${input.WindowExecutionId}/${input.TaskId}/`))) {
		message = `Maintenance window execution task invocation ${input.InvocationId} does not exist.`;
	} else if (keys.some((k) => k.startsWith(`${input.WindowExecutionId}/`))) {
		message = `Maintenance window execution task ${input.TaskId} does not exist.`;
	}
	throw new OperationError("DoesNotExistException", message, { fields: { Message: message } });
}
// --- Seeds -------------------------------------------------------------------------------------
const dynamicCommandFields = new Set([
	"CommandId",
	"RequestedDateTime",
	"ExpiresAfter",
	"Status",
	"StatusDetails",
	"TargetCount",
	"CompletedCount",
	"ErrorCount",
	"DeliveryTimedOutCount",
	"TriggeredAlarms",
	"Invocations"
]);
/** A command as ListCommands shows it (plus optional `Invocations` as GetCommandInvocation shows them). */
export function seedCommand(store, space, command) {
	const id = typeof command.CommandId === "string" ? command.CommandId : globalThis.crypto.randomUUID();
	const createdAt = parseTime(command.RequestedDateTime) ?? store.now();
	const meta = {};
	for (const [k, v] of Object.entries(command)) if (!dynamicCommandFields.has(k)) meta[k] = v;
	const record = store.seedCommand(space, id, {
		createdAt,
		script: scriptOf(command.Parameters),
		meta
	});
	for (const inv of command.Invocations ?? []) seedInvocation(store, space, {
		...inv,
		CommandId: id
	});
	// Instances the command lists without invocation details get one in the command's own status.
	for (const instanceId of command.InstanceIds ?? []) {
		if (record.executions.some((e) => e.instanceId === instanceId)) continue;
		const status = typeof command.Status === "string" ? command.Status : "Success";
		store.seedExecution(record, {
			instanceId,
			createdAt,
			startAt: createdAt,
			endAt: terminal.has(status) ? createdAt : Infinity,
			exitCode: status === "Failed" ? 1 : 0,
			pinned: status,
			placeholder: true
		});
	}
}
/** An invocation as GetCommandInvocation (or ListCommandInvocations) shows it. */
export function seedInvocation(store, space, inv) {
	const plugin = inv.CommandPlugins?.[0];
	const createdAt = parseTime(inv.RequestedDateTime) ?? parseTime(inv.ExecutionStartDateTime) ?? parseTime(plugin?.ResponseStartDateTime) ?? store.now();
	const record = store.seedCommand(space, inv.CommandId, {
		createdAt,
		meta: clean({
			DocumentName: inv.DocumentName,
			DocumentVersion: inv.DocumentVersion,
			Comment: inv.Comment,
			InstanceIds: [inv.InstanceId]
		})
	});
	const status = inv.Status ?? plugin?.Status ?? "Success";
	const startAt = parseTime(inv.ExecutionStartDateTime) ?? parseTime(plugin?.ResponseStartDateTime) ?? createdAt;
	const endAt = parseTime(inv.ExecutionEndDateTime) ?? parseTime(plugin?.ResponseFinishDateTime) ?? startAt;
	const exitCode = typeof inv.ResponseCode === "number" ? inv.ResponseCode : typeof plugin?.ResponseCode === "number" ? plugin.ResponseCode : status === "Failed" ? 1 : 0;
	store.seedExecution(record, {
		instanceId: inv.InstanceId,
		createdAt,
		startAt,
		endAt: terminal.has(status) ? endAt : Infinity,
		exitCode,
		stdout: inv.StandardOutputContent ?? plugin?.Output ?? "",
		stderr: inv.StandardErrorContent ?? "",
		pinned: status,
		meta: clean({
			InstanceName: inv.InstanceName,
			PluginName: inv.PluginName ?? plugin?.Name
		})
	});
}
/** A maintenance-window task invocation as GetMaintenanceWindowExecutionTaskInvocation returns it. */
export function seedMaintenanceWindowInvocation(store, space, inv) {
	const record = { ...inv };
	for (const k of ["StartTime", "EndTime"]) {
		const t = parseTime(inv[k]);
		if (t !== undefined) record[k] = epochSeconds(t);
	}
	store.records(space, "maintenanceWindowTaskInvocations").set(maintenanceWindowKey(inv.WindowExecutionId, inv.TaskExecutionId, inv.InvocationId), record);
}
function seedState(store, space, s) {
	const settings = { account: typeof s.account === "string" ? s.account : defaultAccount };
	if (Array.isArray(s.documents)) settings.documents = new Set(s.documents);
	store.records(space, "settings").set("ssm", settings);
	for (const c of s.commands ?? []) seedCommand(store, space, c);
	for (const m of s.maintenanceWindowTaskInvocations ?? []) seedMaintenanceWindowInvocation(store, space, m);
}
/** Drops absent members, so validators see exactly the members that will be sent. */
function clean(o) {
	for (const k in o) if (o[k] === undefined) delete o[k];
	return o;
}
export const ssmBehaviours = {
	operations: {
		SendCommand: sendCommand,
		GetCommandInvocation: getCommandInvocation,
		ListCommands: listCommands,
		ListCommandInvocations: listCommandInvocations,
		GetMaintenanceWindowExecutionTaskInvocation: getMaintenanceWindowExecutionTaskInvocation
	},
	// Order matters: the first seed of a field wins, so the fullest views of a command go first.
	seedExample: {
		ListCommands: (store, space, ex) => {
			for (const c of ex.output.Commands ?? []) seedCommand(store, space, c);
		},
		ListCommandInvocations: (store, space, ex) => {
			for (const inv of ex.output.CommandInvocations ?? []) seedInvocation(store, space, inv);
		},
		GetCommandInvocation: (store, space, ex) => seedInvocation(store, space, ex.output),
		GetMaintenanceWindowExecutionTaskInvocation: (store, space, ex) => seedMaintenanceWindowInvocation(store, space, ex.output)
	},
	seedState
};
