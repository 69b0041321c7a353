// The call pipeline every generated operation goes through: validate, resolve credentials, then
// build, sign, send and parse under the retry policy and the call's deadline.
import { resolveCredentials } from "./credentials.js";
import { InputValidationError, OutputValidationError, redact, redactDetails } from "./errors.js";
import { withRetries } from "./retry.js";
import { abortable, callScope, send } from "./transport.js";
/**
* The output check of a generated client class. It lives apart from `invoke`, so that programs using
* only base clients bundle neither the output validators nor this code.
*/
export function outputCheck(validators) {
	return (operation, output, secrets) => {
		const validate = Object.hasOwn(validators, operation) ? validators[operation] : undefined;
		const violations = validate ? validate(output, { unknownMembers: "accept" }) : [];
		if (violations.length > 0) throw new OutputValidationError(operation, violations, output, secrets);
	};
}
// Kept beside the client rather than on it, so no member name can clash with an operation method;
// set only for clients with validateOutput on.
const outputChecks = new WeakMap();
/**
* Holds a client's configuration and credentials, and no operation code: with the standalone
* operation functions a bundler keeps only the operations a program calls.
*/
export class BaseClient {
	#credentials;
	#resolved;
	constructor(config, check) {
		const { credentials, ...rest } = config;
		this.config = rest;
		this.#credentials = credentials;
		if (config.validateOutput === true) {
			if (!check) throw new TypeError("validateOutput needs the output validators of the <Service>Client class");
			outputChecks.set(this, check);
		}
	}
	/** The credentials for the next call: fixed and environment credentials are looked up once. */
	credentialsFor(variables) {
		const option = this.#credentials;
		if (typeof option === "function") return resolveCredentials(option, variables);
		this.#resolved ??= resolveCredentials(option, variables).catch((error) => {
			this.#resolved = undefined;
			throw error;
		});
		return this.#resolved;
	}
}
/** Strings found under the sensitive paths of an input, to be masked in any error text. */
export function sensitiveValues(input, paths) {
	const found = [];
	const collect = (v) => {
		if (typeof v === "string") found.push(v);
		else if (v && typeof v === "object") for (const x of Object.values(v)) collect(x);
	};
	const walk = (v, path, i) => {
		if (v === null || typeof v !== "object") {
			if (i === path.length) collect(v);
			return;
		}
		if (i === path.length) return collect(v);
		const step = path[i];
		if (step === 0) for (const x of Object.values(v)) walk(x, path, i + 1);
		else if (Object.prototype.hasOwnProperty.call(v, step)) walk(v[step], path, i + 1);
	};
	for (const p of paths) walk(input, p, 0);
	return found;
}
function toError(op, init, secrets) {
	const clean = {
		...init,
		message: redact(init.message, secrets)
	};
	if (init.details) clean.details = redactDetails(init.details, secrets);
	const Known = op.errors.find((E) => E.code === init.code);
	return Known ? new Known(clean) : new op.serviceError(clean);
}
/** Runs one operation; generated functions call this with their operation's table entry. */
export async function invoke(client, op, input, options) {
	const config = client.config;
	const secrets = op.secrets?.(input) ?? [];
	if (config.validateInput !== false && op.validateInput) {
		const violations = op.validateInput(input);
		if (violations.length > 0) throw new InputValidationError(op.name, violations, secrets);
	}
	const scope = callScope(options?.signal, config.timeoutMs);
	try {
		const credentials = await abortable(client.credentialsFor(op.protocol.credentialVariables), scope.signal);
		secrets.push(credentials.secretAccessKey);
		if (credentials.sessionToken) secrets.push(credentials.sessionToken);
		// A plain function reference: calling fetch as a method of the config object throws in browsers.
		const fetchFn = config.fetch ?? globalThis.fetch;
		const output = await withRetries(async () => {
			const request = await op.protocol.request({
				operation: op.name,
				input,
				config,
				credentials,
				now: new Date()
			});
			const parsed = op.protocol.parse(await send(fetchFn, request, scope.signal), op);
			if ("error" in parsed) throw toError(op, parsed.error, secrets);
			return parsed.output;
		}, config.retry, scope.signal);
		outputChecks.get(client)?.(op.name, output, secrets);
		return output;
	} finally {
		scope.end();
	}
}
// Parsing the endpoint is the same work on every call; it is kept per configuration object (a client's
// own copy, so one service and one default host).
const endpoints = new WeakMap();
/** The configured endpoint (a bare host gets https://) or the protocol's default host. */
export function endpointOf(config, defaultHost) {
	let hit = endpoints.get(config);
	if (!hit) {
		const e = config.endpoint || defaultHost;
		const url = new URL(e.includes("://") ? e : `https://${e}`);
		endpoints.set(config, hit = {
			origin: `${url.protocol}//${url.host}`,
			host: url.host,
			path: url.pathname || "/"
		});
	}
	return hit;
}
