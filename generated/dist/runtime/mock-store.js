// The mock's state: commands, one execution per target instance, and keyed records that seeds provide.
// Nothing runs: an execution's phase is computed from its timestamps against the clock, so a
// virtual clock makes Pending → InProgress → Success/Failed reproducible and the real clock makes it live.
import { realClock } from "./mock-clock.js";
export const defaultMaxExecutions = 1e4;
export class MockStore {
	clock;
	pendingMs;
	runMs;
	lagMs;
	outputs;
	maxExecutions;
	seq = 0;
	spaces = new Map();
	constructor(options = {}) {
		this.clock = options.clock ?? realClock;
		this.pendingMs = options.pendingMs ?? 500;
		this.runMs = options.runMs ?? 1e3;
		this.lagMs = options.lagMs ?? 0;
		this.outputs = [...options.outputs ?? []];
		this.maxExecutions = options.maxExecutions ?? defaultMaxExecutions;
	}
	now() {
		return this.clock.now();
	}
	/** Applies the state-wide parts of a state file; service sections are read by each service's behaviours. */
	applyState(state) {
		if (state.timing?.pendingMs !== undefined) this.pendingMs = state.timing.pendingMs;
		if (state.timing?.runMs !== undefined) this.runMs = state.timing.runMs;
		if (state.timing?.lagMs !== undefined) this.lagMs = state.timing.lagMs;
		if (state.outputs) this.outputs.unshift(...state.outputs);
	}
	/** Restricts a service to these instances; without a call any well-formed instance id exists. */
	setManagedInstances(space, instances) {
		this.space(space).managed = new Map(instances.map((i) => [i.id, i]));
	}
	managedInstances(space) {
		const m = this.space(space).managed;
		return m ? [...m.values()] : undefined;
	}
	/** Whether an instance exists: always, unless the state lists the managed instances. */
	isManaged(space, instanceId) {
		const m = this.space(space).managed;
		return m === undefined || m.has(instanceId);
	}
	instance(space, instanceId) {
		return this.space(space).managed?.get(instanceId);
	}
	/** What running `script` on `instanceId` will print, its exit code and durations. */
	plan(script, instanceId) {
		const rule = this.outputs.find((r) => ruleMatches(r, script, instanceId));
		return {
			stdout: rule?.stdout ?? (rule?.exitCode ? "" : echoed(script)),
			stderr: rule?.stderr ?? "",
			exitCode: rule?.exitCode ?? 0,
			pendingMs: rule?.pendingMs ?? this.pendingMs,
			runMs: rule?.runMs ?? this.runMs
		};
	}
	/** Creates a command with one execution per instance, each on its own planned timeline. */
	createCommand(space, c) {
		const now = this.now();
		const record = {
			seq: ++this.seq,
			id: c.id,
			createdAt: now,
			script: c.script,
			meta: c.meta ?? {},
			executions: []
		};
		for (const instanceId of c.instanceIds) {
			const p = this.plan(c.script, instanceId);
			const startAt = now + p.pendingMs;
			const timedOut = c.timeoutMs !== undefined && p.runMs > c.timeoutMs;
			record.executions.push({
				seq: ++this.seq,
				commandId: c.id,
				instanceId,
				createdAt: now,
				visibleAt: now + this.lagMs,
				startAt,
				endAt: startAt + (timedOut ? c.timeoutMs : p.runMs),
				exitCode: timedOut ? -1 : p.exitCode,
				timedOut,
				stdout: p.stdout,
				stderr: p.stderr,
				meta: {}
			});
		}
		const s = this.space(space);
		// An id used again replaces its command (ids are random, so only a caller's choice does this).
		const previous = s.commands.get(c.id);
		if (previous && s.created.delete(previous)) s.createdExecutions -= previous.executions.length;
		s.commands.set(c.id, record);
		s.created.add(record);
		s.createdExecutions += record.executions.length;
		// Forget the oldest created commands, whole, until under the cap; never the one just made.
		for (const old of s.created) {
			if (s.createdExecutions <= this.maxExecutions || old === record) break;
			s.created.delete(old);
			s.commands.delete(old.id);
			s.createdExecutions -= old.executions.length;
		}
		return record;
	}
	/** How many commands a service holds, and how many of their executions requests created (bounded by `maxExecutions`). */
	size(space) {
		const s = this.space(space);
		return {
			commands: s.commands.size,
			createdExecutions: s.createdExecutions
		};
	}
	/** Adds a command as a seed describes it (timestamps given, nothing planned); merges into an existing one. */
	seedCommand(space, id, fields) {
		const commands = this.space(space).commands;
		const existing = commands.get(id);
		if (existing) {
			fillMissing(existing.meta, fields.meta ?? {});
			if (!existing.script && fields.script) existing.script = fields.script;
			return existing;
		}
		const record = {
			seq: ++this.seq,
			id,
			createdAt: fields.createdAt,
			script: fields.script ?? "",
			meta: { ...fields.meta },
			executions: []
		};
		commands.set(id, record);
		return record;
	}
	/** Adds a seeded execution to a command, or fills in the fields an earlier seed left out. */
	seedExecution(command, e) {
		const index = command.executions.findIndex((x) => x.instanceId === e.instanceId);
		const existing = command.executions[index];
		if (existing?.placeholder && !e.placeholder) command.executions.splice(index, 1);
		else if (existing) {
			fillMissing(existing.meta, e.meta ?? {});
			if (!existing.stdout && e.stdout) existing.stdout = e.stdout;
			if (!existing.stderr && e.stderr) existing.stderr = e.stderr;
			return existing;
		}
		const createdAt = e.createdAt ?? command.createdAt;
		const startAt = e.startAt ?? createdAt;
		const execution = {
			seq: ++this.seq,
			commandId: command.id,
			instanceId: e.instanceId,
			createdAt,
			visibleAt: -Infinity,
			startAt,
			endAt: e.endAt ?? startAt,
			exitCode: e.exitCode ?? 0,
			timedOut: e.timedOut ?? false,
			stdout: e.stdout ?? "",
			stderr: e.stderr ?? "",
			pinned: e.pinned,
			placeholder: e.placeholder,
			meta: {
				...existing?.meta,
				...e.meta
			}
		};
		command.executions.push(execution);
		return execution;
	}
	command(space, id) {
		return this.space(space).commands.get(id);
	}
	/** Every command, newest first. */
	commands(space) {
		return [...this.space(space).commands.values()].sort(newestFirst);
	}
	/** Every execution that reads can see now, newest first. */
	visibleExecutions(space) {
		const now = this.now();
		const out = [];
		for (const c of this.space(space).commands.values()) for (const e of c.executions) if (e.visibleAt <= now) out.push(e);
		return out.sort(newestFirst);
	}
	/** The execution of a command on an instance, if reads can see it yet. */
	visibleExecution(space, commandId, instanceId) {
		const e = this.space(space).commands.get(commandId)?.executions.find((x) => x.instanceId === instanceId);
		return e && e.visibleAt <= this.now() ? e : undefined;
	}
	phase(e) {
		const now = this.now();
		return now < e.startAt ? "pending" : now < e.endAt ? "running" : "finished";
	}
	/** A keyed collection of seeded records (maintenance-window invocations and the like). */
	records(space, kind) {
		const all = this.space(space).records;
		let m = all.get(kind);
		if (!m) all.set(kind, m = new Map());
		return m;
	}
	space(name) {
		let s = this.spaces.get(name);
		if (!s) this.spaces.set(name, s = {
			commands: new Map(),
			created: new Set(),
			createdExecutions: 0,
			records: new Map()
		});
		return s;
	}
}
function newestFirst(a, b) {
	return b.createdAt - a.createdAt || b.seq - a.seq;
}
function fillMissing(target, source) {
	for (const [k, v] of Object.entries(source)) if (target[k] === undefined && v !== undefined) target[k] = v;
}
function ruleMatches(rule, script, instanceId) {
	if (rule.instanceId !== undefined && rule.instanceId !== instanceId) return false;
	if (rule.match === undefined) return true;
	const re = /^\/(.*)\/([a-z]*)$/s.exec(rule.match);
	return re ? new RegExp(re[1], re[2]).test(script) : script.includes(rule.match);
}
/** The default output: `echo` lines print their text, anything else prints nothing and exits 0. */
export function echoed(script) {
	let out = "";
	for (const line of script.split(/\r?\n/)) {
		const m = /^\s*echo\s+(.*?)\s*$/.exec(line);
		if (m) out += `${unquote(m[1])}\n`;
	}
	return out;
}
function unquote(s) {
	const q = /^(['"])(.*)\1$/s.exec(s);
	return q ? q[2] : s;
}
/** The first `max` characters (Unicode code points, as the specs count length) of a text. */
export function truncate(text, max) {
	if (text.length <= max) return text;
	let out = "";
	let n = 0;
	for (const ch of text) {
		if (n++ === max) break;
		out += ch;
	}
	return out;
}
/**
* ISO 8601 to the second, the form both services write (`2024-05-14T09:21:03Z`). Computed with integer
* arithmetic (days to a civil date, after Howard Hinnant's algorithm): read paths format two dates per
* response, and a Date object and its toISOString cost more than the rest of the answer.
*/
export function isoSeconds(ms) {
	const secs = Math.floor(ms / 1e3);
	const days = Math.floor(secs / 86400);
	const rem = secs - days * 86400;
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
	if (year < 0 || year > 9999) return new Date(secs * 1e3).toISOString().replace(".000Z", "Z");
	const h = Math.floor(rem / 3600);
	const m = Math.floor(rem % 3600 / 60);
	return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(h, 2)}:${pad(m, 2)}:${pad(rem % 60, 2)}Z`;
}
function pad(n, width) {
	const s = String(n);
	return s.length >= width ? s : "0000".slice(0, width - s.length) + s;
}
/** An execution's start and end as ISO text, formatted once: they never change, and polling reads repeat them. */
export function isoTimes(e) {
	return e.iso ??= {
		start: isoSeconds(e.startAt),
		end: Number.isFinite(e.endAt) ? isoSeconds(e.endAt) : ""
	};
}
/** Epoch seconds with millisecond precision, the awsJson1_1 timestamp form. */
export function epochSeconds(ms) {
	return Math.round(ms) / 1e3;
}
/** Milliseconds from a seed's timestamp: epoch seconds (number) or an ISO 8601 string. */
export function parseTime(value) {
	if (typeof value === "number" && Number.isFinite(value)) return value * 1e3;
	if (typeof value === "string" && value !== "") {
		const t = Date.parse(value);
		return Number.isNaN(t) ? undefined : t;
	}
	return undefined;
}
/** Base64 of the UTF-8 bytes of a text, without Node's Buffer. */
export function base64Utf8(text) {
	const bytes = new TextEncoder().encode(text);
	let bin = "";
	for (let i = 0; i < bytes.length; i += 32768) bin += String.fromCharCode(...bytes.subarray(i, i + 32768));
	return btoa(bin);
}
/** The text of base64-encoded UTF-8, or undefined when it is not base64. */
export function fromBase64Utf8(b64) {
	try {
		const bin = atob(b64);
		const bytes = new Uint8Array(bin.length);
		for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
		return new TextDecoder().decode(bytes);
	} catch {
		return undefined;
	}
}
