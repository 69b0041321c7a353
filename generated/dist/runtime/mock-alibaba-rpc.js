// The Alibaba Cloud RPC side of the mock. The current SDK names the action in `x-acs-action` /
// `x-acs-version` headers and puts parameters in the query string (ACS3 signing); the older style
// sends `Action` and `Version` as parameters, in the query string or a form body. Errors carry
// RequestId, HostId, Code, Message and Recommend.
import { checkOutput, invoke, OperationError, pathSegments } from "./mock-operation.js";
import { prepareService, serviceFromReply } from "./mock-service.js";
import { verifyAlibaba } from "./mock-signature.js";
const jsonType = "application/json;charset=utf-8";
const faultCodes = {
	throttling: "Throttling.User",
	internal: "InternalError"
};
const acceptUnknown = { unknownMembers: "accept" };
/** Signature and protocol parameters of the older style; never passed to an operation. */
const commonParameters = new Set([
	"Action",
	"Version",
	"Format",
	"Timestamp",
	"SignatureNonce",
	"SignatureMethod",
	"SignatureVersion",
	"SignatureType",
	"AccessKeyId",
	"Signature",
	"SecurityToken",
	"BearerToken"
]);
/** The action, version and parameters of a request, in either style. */
export function readRpcCall(request) {
	const params = Object.create(null);
	const query = queryText(request.url);
	let malformed = query === undefined ? undefined : readParams(query, params);
	if (request.body !== "" && isForm(request.headers.get("content-type"))) {
		const problem = request.badUtf8 ? "The request body is not valid UTF-8." : readParams(request.body, params);
		malformed ??= problem;
	}
	return {
		action: request.headers.get("x-acs-action") ?? params.Action,
		version: request.headers.get("x-acs-version") ?? params.Version,
		params,
		malformed
	};
}
/** The query string of a path or absolute URL, without `?` and fragment. */
function queryText(url) {
	const hash = url.indexOf("#");
	const end = hash < 0 ? url.length : hash;
	const q = url.indexOf("?");
	return q < 0 || q > end ? undefined : url.slice(q + 1, end);
}
/**
* Reads `a=1&b=2` into `into`. Unlike URLSearchParams, which passes a stray `%` through and turns bytes
* that are not UTF-8 into U+FFFD, a bad escape is reported, and so is a repeated name: which of two
* RegionIds a service would take is a guess, and a mock must not hide it. Returns the first problem.
*/
function readParams(text, into) {
	let problem;
	for (const pair of text.split("&")) {
		if (pair === "") continue;
		const eq = pair.indexOf("=");
		const name = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
		const value = decodeComponent(eq < 0 ? "" : pair.slice(eq + 1));
		if (name === undefined) problem ??= "A parameter name is not valid percent-encoded UTF-8.";
		else if (value === undefined) problem ??= `The value of parameter "${name}" is not valid percent-encoded UTF-8.`;
		else {
			if (into[name] !== undefined) problem ??= `The parameter "${name}" is given more than once.`;
			into[name] = value;
		}
	}
	return problem;
}
function decodeComponent(text) {
	const spaced = text.includes("+") ? text.replace(/\+/g, " ") : text;
	if (!spaced.includes("%")) return spaced;
	try {
		return decodeURIComponent(spaced);
	} catch {
		return undefined;
	}
}
function isForm(type) {
	return type !== null && type.split(";")[0].trim().toLowerCase() === "application/x-www-form-urlencoded";
}
/** A stateful mock of an Alibaba Cloud RPC service, from its generated definition. */
export function alibabaRpcMock(definition, options = {}) {
	const protocol = definition.protocol;
	if (protocol.kind !== "rpc") throw new Error(`${definition.name} is not an RPC service`);
	const rt = prepareService(definition, options);
	const claims = (request) => readRpcCall(request).version === protocol.version;
	const fail = (e, requestId, host) => rpcErrorReply(definition, e, requestId, host || protocol.endpoint.replace("{region}", "cn-hangzhou"));
	// Everything but fault latency is synchronous: requests without a fault rule are answered without a promise.
	const reply = (request, forced) => {
		const requestId = rt.requestId();
		// The Host header (absent from a web Request built in code: then the URL's host) decides the endpoint region.
		const host = request.headers.get("host") ?? /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(request.url)?.[1] ?? "";
		try {
			if (request.tooLarge) throw new OperationError("RequestEntityTooLarge", `Request body is larger than ${rt.maxBodyBytes} bytes.`, { status: 413 });
			if (request.method !== "POST" && request.method !== "GET") {
				throw new OperationError("InvalidAction.NotFound", "Specified api is not found, please check your url and method.", { status: 404 });
			}
			if (request.body !== "" && !isForm(request.headers.get("content-type"))) {
				throw new OperationError("InvalidParameter", "RPC parameters go in the query string or an application/x-www-form-urlencoded body.");
			}
			const call = readRpcCall(request);
			if (call.malformed) throw new OperationError("InvalidParameter", call.malformed);
			const name = forced ?? call.action;
			if (name === undefined) throw missingParameter("Action");
			if (forced === undefined && call.version === undefined) throw missingParameter("Version");
			if (forced === undefined && call.version !== protocol.version) {
				throw new OperationError("InvalidVersion", `Specified parameter Version is not valid: ${definition.name} answers ${protocol.version}.`);
			}
			const op = rt.operations.get(name);
			if (!op) throw new OperationError("InvalidAction.NotFound", "Specified api is not found, please check your url and method.", { status: 404 });
			if (options.signatures) {
				const failure = verifyAlibaba(request, call.params, options.signatures);
				if (failure) throw failure;
			}
			if (rt.faults.rule(definition.moduleName, op.name)) {
				return rt.faults.apply(definition.moduleName, op.name, faultCodes).then((injected) => injected ? fail(injected, requestId, host) : complete(op, call.params, requestId, host));
			}
			return complete(op, call.params, requestId, host);
		} catch (e) {
			return fail(e, requestId, host);
		}
	};
	const complete = (op, all, requestId, host) => {
		try {
			const params = {};
			for (const k of Object.keys(all)) if (!commonParameters.has(k)) params[k] = all[k];
			const input = op.coerceInput ? op.coerceInput(params) : params;
			const violations = op.validateInput(input, acceptUnknown);
			if (violations.length > 0) throw rpcValidationError(violations);
			const regionId = input.RegionId;
			const ctx = {
				store: rt.store,
				definition,
				requestId,
				region: typeof regionId === "string" ? regionId : "cn-hangzhou",
				host
			};
			const output = invoke(op, input, ctx);
			if (rt.checkResponses) {
				const broken = checkOutput(op, output, "InternalError");
				if (broken) throw broken;
			}
			return {
				status: 200,
				headers: {
					"content-type": jsonType,
					"x-acs-request-id": requestId
				},
				body: JSON.stringify(output)
			};
		} catch (e) {
			return fail(e, requestId, host);
		}
	};
	return serviceFromReply(rt, claims, reply);
}
export function missingParameter(parameter) {
	return new OperationError("MissingParameter", `The input parameter "${parameter}" that is mandatory for processing this request is not supplied.`);
}
/** The first violation in Alibaba's words: a required parameter is missing, or a value is not valid. */
export function rpcValidationError(violations) {
	const required = violations.find((v) => v.keyword === "required");
	if (required) return missingParameter(pathSegments(required.path).join("."));
	const v = violations[0];
	const segments = pathSegments(v.path);
	// A map such as Parameters travels as one JSON parameter: name the parameter, and the entry in the detail.
	const parameter = segments[0] ?? "(request)";
	const where = segments.length > 1 ? ` (${segments.slice(1).join(".")})` : "";
	return new OperationError("InvalidParameter", `The specified parameter "${parameter}" is not valid: ${v.message}${where}.`);
}
export function rpcErrorReply(definition, e, requestId, host) {
	const error = e instanceof OperationError ? e : new OperationError("InternalError", "The request processing has failed due to some unknown error.", { status: 500 });
	if (!(e instanceof OperationError)) console.error(e);
	const info = definition?.errors[error.code];
	const status = error.status ?? info?.status ?? 400;
	const product = definition?.name ?? "";
	const body = {
		RequestId: requestId,
		HostId: host,
		Code: error.code,
		Message: error.message,
		Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=${encodeURIComponent(product)}`,
		...error.fields
	};
	const headers = {
		"content-type": jsonType,
		"x-acs-request-id": requestId
	};
	if (error.retryAfterMs !== undefined) headers["x-acs-retry-after"] = String(error.retryAfterMs);
	return {
		status,
		headers,
		body: JSON.stringify(body)
	};
}
