/** An error a behaviour (or the protocol layer) answers with; `code` is the wire code. */
export class OperationError extends Error {
	code;
	fields;
	/** Overrides the status from the service's error table (protocol-level errors have no entry there). */
	status;
	/** For throttling: when a retry may succeed (Alibaba sends it as `x-acs-retry-after`). */
	retryAfterMs;
	constructor(code, message, options = {}) {
		super(message);
		this.name = "OperationError";
		this.code = code;
		this.fields = options.fields ?? {};
		this.status = options.status;
		this.retryAfterMs = options.retryAfterMs;
	}
}
export const defaultMaxBodyBytes = 1024 * 1024;
/** Reads a web `Request` into a `MockRequest`, refusing to buffer more than `limit` bytes. */
export async function readRequest(request, limit = defaultMaxBodyBytes) {
	const base = {
		method: request.method,
		url: request.url,
		headers: request.headers
	};
	const declared = Number(request.headers.get("content-length") ?? "0");
	if (declared > limit) return {
		...base,
		body: "",
		tooLarge: true
	};
	const bytes = new Uint8Array(await request.arrayBuffer());
	if (bytes.byteLength > limit) return {
		...base,
		body: "",
		tooLarge: true
	};
	try {
		return {
			...base,
			body: strictUtf8.decode(bytes)
		};
	} catch {
		return {
			...base,
			body: new TextDecoder().decode(bytes),
			badUtf8: true
		};
	}
}
// Decoding without a stream keeps no state between calls, so one decoder serves every request.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
export function toResponse(reply) {
	return new Response(reply.body, {
		status: reply.status,
		headers: reply.headers
	});
}
/** The behaviour's answer, or the first example's output for operations the runtime does not simulate. */
export function invoke(op, input, ctx) {
	if (op.behaviour) return op.behaviour(input, ctx);
	const example = op.examples[0];
	return example ? structuredClone(example.output) : {};
}
const rejectUnknown = { unknownMembers: "reject" };
/** A response that fails its own output shape is a bug in the mock: say so instead of sending it. */
export function checkOutput(op, output, internalCode) {
	const violations = op.validateOutput(output, rejectUnknown);
	if (violations.length === 0) return undefined;
	const detail = violations.slice(0, 3).map((v) => `${v.path || "(root)"}: ${v.message}`).join("; ");
	return new OperationError(internalCode, `mock produced an invalid ${op.name} response: ${detail}`, { status: 500 });
}
/** A request id in the form both clouds use. */
export function newRequestId() {
	return globalThis.crypto.randomUUID();
}
/**
* Request ids for a busy service: UUID-shaped (version 4 layout), a random prefix per source and a
* counter, so they are unique without a random draw per request (which costs more than the lookup itself).
*/
export function requestIdSource() {
	const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
	let hex = "";
	for (const b of bytes) hex += (b < 16 ? "0" : "") + b.toString(16);
	const prefix = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${(8 | bytes[8] & 3).toString(16)}${hex.slice(17, 20)}-`;
	let counter = bytes[10] << 8 | bytes[11];
	return () => prefix + (counter++).toString(16).padStart(12, "0");
}
/** The member names and indexes of a violation's JSON Pointer path (`/Filters/0/key`). */
export function pathSegments(pointer) {
	if (pointer === "") return [];
	return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
/** The value at a path inside an input, or undefined. */
export function valueAt(root, segments) {
	let v = root;
	for (const s of segments) {
		if (v === null || typeof v !== "object") return undefined;
		v = v[s];
	}
	return v;
}
