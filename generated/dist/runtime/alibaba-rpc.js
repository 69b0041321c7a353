import { endpointOf } from "./client.js";
import { alibabaCredentialVariables } from "./credentials.js";
import { acs3Authorization } from "./acs3.js";
import { randomHex, sha256Hex } from "./crypto.js";
import { rpcV1Signature } from "./rpc-v1-signature.js";
import { canonicalQuery } from "./sigv4.js";
import { parseXml, xmlValue } from "./xml.js";
/** `2026-11-21T23:08:15.123Z` → `2026-11-21T23:08:15Z`, the SDK's timestamp format. */
export function acsTimestamp(date) {
	return `${date.toISOString().slice(0, 19)}Z`;
}
/**
* Top-level input members as parameters: scalars as text, structures, lists and maps as JSON
* (the "json" style the SWAS SDK uses for its Parameters map). Absent and null members are left out.
*/
export function rpcParameters(input) {
	const out = [];
	if (!input || typeof input !== "object") return out;
	for (const [key, value] of Object.entries(input)) {
		if (value === undefined || value === null) continue;
		out.push([key, typeof value === "object" ? JSON.stringify(value) : String(value)]);
	}
	return out;
}
/** `application/x-www-form-urlencoded` as Node's querystring writes it (what the SDK sends). */
function formBody(params) {
	return params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
}
export function buildRpcRequest(service, context) {
	const config = context.config;
	const { credentials } = context;
	const endpoint = endpointOf(config, service.endpoint.replace("{region}", config.region));
	const base = endpoint.origin + endpoint.path;
	const params = rpcParameters(context.input);
	const inBody = service.parameters === "form";
	const body = inBody && params.length > 0 ? formBody(params) : undefined;
	const headers = {
		"x-acs-action": context.operation,
		"x-acs-version": service.version
	};
	if (body !== undefined) headers["content-type"] = "application/x-www-form-urlencoded";
	const timestamp = acsTimestamp(context.now);
	const nonce = randomHex(32);
	if (config.signatureAlgorithm === "HMAC-SHA1") {
		const query = [
			["Action", context.operation],
			["Format", service.responseFormat === "xml" ? "XML" : "json"],
			["Version", service.version],
			["Timestamp", timestamp],
			["SignatureNonce", nonce],
			["SignatureMethod", "HMAC-SHA1"],
			["SignatureVersion", "1.0"],
			["AccessKeyId", credentials.accessKeyId]
		];
		if (credentials.sessionToken) query.push(["SecurityToken", credentials.sessionToken]);
		if (!inBody) query.push(...params);
		const signature = rpcV1Signature(service.method, inBody ? [...query, ...params] : query, credentials.secretAccessKey);
		query.push(["Signature", signature]);
		return {
			method: service.method,
			url: `${base}?${canonicalQuery(query)}`,
			headers,
			body
		};
	}
	headers["x-acs-date"] = timestamp;
	headers["x-acs-signature-nonce"] = nonce;
	headers["x-acs-content-sha256"] = sha256Hex(body ?? "");
	headers.accept = service.responseFormat === "xml" ? "application/xml" : "application/json";
	if (credentials.sessionToken) {
		headers["x-acs-accesskey-id"] = credentials.accessKeyId;
		headers["x-acs-security-token"] = credentials.sessionToken;
	}
	const query = inBody ? "" : canonicalQuery(params);
	headers.authorization = acs3Authorization({
		method: service.method,
		path: endpoint.path,
		query,
		headers: {
			...headers,
			host: endpoint.host
		},
		payloadHash: headers["x-acs-content-sha256"]
	}, credentials);
	return {
		method: service.method,
		url: query ? `${base}?${query}` : base,
		headers,
		body
	};
}
function text(value) {
	return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}
function isXml(response) {
	return /[/+]xml\b/i.test(response.headers.get("content-type") ?? "");
}
function readBody(response, hint) {
	if (isXml(response) || response.body.trimStart().startsWith("<")) {
		const root = parseXml(response.body);
		return xmlValue(root, hint);
	}
	return JSON.parse(response.body);
}
export function parseRpcResponse(response, op) {
	let body;
	try {
		body = readBody(response, response.status < 300 ? op.xmlOutput : undefined);
	} catch {
		body = undefined;
	}
	const fields = body !== null && typeof body === "object" && !Array.isArray(body) ? body : undefined;
	if (response.status >= 200 && response.status < 300) {
		if (fields) return { output: fields };
		return { error: {
			code: "InvalidResponseBody",
			message: "the body is not a JSON object",
			$status: response.status
		} };
	}
	const f = fields ?? {};
	const code = text(f.Code) ?? text(f.code) ?? "";
	const requestId = text(f.RequestId) ?? text(f.requestId);
	const error = {
		code: code || "UnknownError",
		message: text(f.Message) ?? text(f.message) ?? (code || `status ${response.status}`),
		$status: response.status,
		requestId,
		details: f
	};
	// The official SDKs raise a throttling error when this header is present, and wait that long (milliseconds) before retrying.
	const retryAfter = Number(response.headers.get("x-acs-retry-after"));
	if (retryAfter > 0) error.retryAfterMs = retryAfter;
	return { error };
}
export function alibabaRpc(service) {
	return {
		credentialVariables: alibabaCredentialVariables,
		request: (context) => buildRpcRequest(service, context),
		parse: (response, op) => parseRpcResponse(response, op)
	};
}
