// Optional signature checking: the mock recomputes the signature with the signing code the clients
// use and rejects requests the way the real endpoints do. Only verification lives here.
import { acs3Authorization } from "./acs3.js";
import { sha256Hex } from "./crypto.js";
import { OperationError } from "./mock-operation.js";
import { rpcV1Signature } from "./rpc-v1-signature.js";
import { canonicalQuery, signV4 } from "./sigv4.js";
// One credentials object per key, so the signing-key cache in sigv4.ts keeps working across requests.
const credentialCache = new WeakMap();
function credentialsFor(options, accessKeyId) {
	const secret = options.keys[accessKeyId];
	if (secret === undefined || !Object.prototype.hasOwnProperty.call(options.keys, accessKeyId)) return undefined;
	let byId = credentialCache.get(options);
	if (!byId) credentialCache.set(options, byId = new Map());
	let c = byId.get(accessKeyId);
	if (!c) byId.set(accessKeyId, c = {
		accessKeyId,
		secretAccessKey: secret
	});
	return c;
}
/** Splits `url` (path + query, or absolute) into the path as sent and its decoded query parameters. */
export function splitUrl(url) {
	let rest = url;
	const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(rest);
	if (scheme) rest = rest.slice(scheme[0].length) || "/";
	const hash = rest.indexOf("#");
	if (hash >= 0) rest = rest.slice(0, hash);
	const q = rest.indexOf("?");
	const path = q >= 0 ? rest.slice(0, q) : rest;
	const params = [];
	if (q >= 0) for (const [k, v] of new URLSearchParams(rest.slice(q + 1))) params.push([k, v]);
	return {
		path: path || "/",
		params
	};
}
const awsInvalidSignature = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
/** Checks an AWS SigV4 `Authorization` header; returns the error the endpoint would answer, if any. */
export function verifySigV4(request, options, signingName) {
	const authorization = request.headers.get("authorization");
	if (!authorization) return new OperationError("MissingAuthenticationTokenException", "Missing Authentication Token");
	const m = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request,\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(authorization.trim());
	if (!m) return new OperationError("IncompleteSignatureException", "Authorization header requires Credential, SignedHeaders and Signature.");
	const [, accessKeyId, day, region, service, signedHeaders, signature] = m;
	const credentials = credentialsFor(options, accessKeyId);
	if (!credentials) return new OperationError("UnrecognizedClientException", "The security token included in the request is invalid.");
	if (service !== signingName) return new OperationError("InvalidSignatureException", `Credential should be scoped to correct service: '${signingName}'.`);
	const date = request.headers.get("x-amz-date");
	if (!date || !/^\d{8}T\d{6}Z$/.test(date) || date.slice(0, 8) !== day) {
		return new OperationError("IncompleteSignatureException", "The X-Amz-Date header is missing or does not match the credential scope.");
	}
	const signedAt = Date.UTC(+date.slice(0, 4), +date.slice(4, 6) - 1, +date.slice(6, 8), +date.slice(9, 11), +date.slice(11, 13), +date.slice(13, 15));
	const now = (options.now ?? Date.now)();
	const skew = (options.maxSkewSeconds ?? 900) * 1e3;
	if (Math.abs(now - signedAt) > skew) {
		return new OperationError("InvalidSignatureException", `Signature expired: ${date} is outside the accepted ${skew / 6e4} minutes around the server's time.`);
	}
	const headers = {};
	for (const name of signedHeaders.split(";")) {
		const value = request.headers.get(name);
		if (value === null) return new OperationError("InvalidSignatureException", `Signed header ${name} is missing from the request.`);
		headers[name] = value;
	}
	const { path, params } = splitUrl(request.url);
	// The body as received, never a hash header the client claims: a changed body must fail.
	const payloadHash = sha256Hex(request.body);
	const expected = signV4({
		method: request.method,
		path,
		query: canonicalQuery(params),
		headers,
		payloadHash
	}, credentials, {
		region,
		service
	}, date);
	return expected.endsWith(`Signature=${signature}`) ? undefined : new OperationError("InvalidSignatureException", awsInvalidSignature);
}
const alibabaUnknownKey = "The Access Key ID provided does not exist in our records.";
const alibabaMismatch = "The request signature does not conform to Aliyun standards.";
function alibabaMissing(parameter) {
	return new OperationError("MissingParameter", `The input parameter "${parameter}" that is mandatory for processing this request is not supplied.`);
}
function outsideSkew(options, iso) {
	const t = iso === undefined ? NaN : Date.parse(iso);
	return Number.isNaN(t) || Math.abs((options.now ?? Date.now)() - t) > (options.maxSkewSeconds ?? 900) * 1e3;
}
/**
* Checks an Alibaba Cloud request: ACS3-HMAC-SHA256 in the Authorization header, or the older HMAC-SHA1
* `Signature` parameter. `params` are the request's parameters from the query and a form body.
*/
export function verifyAlibaba(request, params, options) {
	const authorization = request.headers.get("authorization");
	if (authorization) return verifyAcs3(request, authorization, options);
	if (params.Signature === undefined) return alibabaMissing(params.AccessKeyId === undefined ? "AccessKeyId" : "Signature");
	if (params.AccessKeyId === undefined) return alibabaMissing("AccessKeyId");
	const credentials = credentialsFor(options, params.AccessKeyId);
	if (!credentials) return new OperationError("InvalidAccessKeyId.NotFound", alibabaUnknownKey, { status: 404 });
	if (outsideSkew(options, params.Timestamp)) {
		return new OperationError("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
	}
	const signed = Object.entries(params).filter(([k]) => k !== "Signature");
	const expected = rpcV1Signature(request.method, signed, credentials.secretAccessKey);
	return expected === params.Signature ? undefined : new OperationError("SignatureDoesNotMatch", `Specified signature is not matched with our calculation. ${alibabaMismatch}`);
}
function verifyAcs3(request, authorization, options) {
	const m = /^ACS3-HMAC-SHA256 Credential=([^,\s]+),SignedHeaders=([^,\s]*),Signature=([0-9a-f]{64})$/.exec(authorization.trim());
	if (!m) return new OperationError("IncompleteSignature", "The Authorization header must be ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=….");
	const [, accessKeyId, signedHeaders, signature] = m;
	const credentials = credentialsFor(options, accessKeyId);
	if (!credentials) return new OperationError("InvalidAccessKeyId.NotFound", alibabaUnknownKey, { status: 404 });
	if (outsideSkew(options, request.headers.get("x-acs-date") ?? undefined)) {
		return new OperationError("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
	}
	const headers = {};
	for (const name of signedHeaders.split(";").filter((n) => n !== "")) {
		const value = request.headers.get(name);
		if (value === null) return new OperationError("SignatureDoesNotMatch", `Signed header ${name} is missing from the request. ${alibabaMismatch}`);
		headers[name] = value;
	}
	const { path, params } = splitUrl(request.url);
	// The body as received: a body changed after signing must fail, whatever x-acs-content-sha256 claims.
	const expected = acs3Authorization({
		method: request.method,
		path,
		query: canonicalQuery(params),
		headers,
		payloadHash: sha256Hex(request.body)
	}, credentials);
	return expected.endsWith(`Signature=${signature}`) ? undefined : new OperationError("SignatureDoesNotMatch", `Specified signature is not matched with our calculation. ${alibabaMismatch}`);
}
