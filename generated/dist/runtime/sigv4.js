import { hmacHex, hmacSha256, hmacSha256Key, platformKey, sha256Async, sha256Hex } from "./crypto.js";
/** `2015-08-30T12:36:00.000Z` → `20150830T123600Z`. */
export function amzDate(date) {
	return date.toISOString().replace(/[-:]|\.\d+/g, "");
}
/** RFC 3986 encoding: everything but unreserved characters, as SigV4 and ACS3 require. */
export function encodeRfc3986(value) {
	return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** Query parameters, encoded and sorted by key then value, joined with `&`. */
export function canonicalQuery(params) {
	return params.map(([k, v]) => [encodeRfc3986(k), encodeRfc3986(v)]).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0).map(([k, v]) => `${k}=${v}`).join("&");
}
// The derived key changes once a day per region and service; deriving it costs four HMACs, so it is
// kept per credentials object (and dropped with it) for the scope it was last used with.
const signingKeys = new WeakMap();
function signingKey(credentials, day, scope) {
	const id = `${day}/${scope.region}/${scope.service}`;
	const cached = signingKeys.get(credentials);
	if (cached && cached.scope === id) return cached.key;
	const kDate = hmacSha256(`AWS4${credentials.secretAccessKey}`, day);
	const kRegion = hmacSha256(kDate, scope.region);
	const kService = hmacSha256(kRegion, scope.service);
	const key = hmacSha256Key(hmacSha256(kService, "aws4_request"));
	signingKeys.set(credentials, {
		scope: id,
		key
	});
	return key;
}
/** The canonical request, and the Authorization header around a signature (the parts both signers share). */
function canonical(request, credentials, scope, date) {
	const names = Object.keys(request.headers).sort();
	let canonicalHeaders = "";
	for (const name of names) canonicalHeaders += `${name}:${request.headers[name].trim().replace(/\s+/g, " ")}\n`;
	const signedHeaders = names.join(";");
	const credentialScope = `${date.slice(0, 8)}/${scope.region}/${scope.service}/aws4_request`;
	return [
		`${request.method}\n${request.path}\n${request.query}\n${canonicalHeaders}\n${signedHeaders}\n${request.payloadHash}`,
		(signature) => `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
		credentialScope
	];
}
/** The Authorization header value for a request signed at `date` (an `amzDate` string). */
export function signV4(request, credentials, scope, date) {
	const [canonicalRequest, header, credentialScope] = canonical(request, credentials, scope, date);
	const stringToSign = `AWS4-HMAC-SHA256\n${date}\n${credentialScope}\n${sha256Hex(canonicalRequest)}`;
	return header(hmacHex(signingKey(credentials, date.slice(0, 8), scope), stringToSign));
}
// The same derived key for the platform's HMAC, kept the same way (a promise, so concurrent first calls derive it once).
const platformKeys = new WeakMap();
async function deriveKey(secret, parts) {
	let key = `AWS4${secret}`;
	for (const p of parts) key = await sha256Async(p, key);
	return platformKey(key);
}
/** `signV4` with the platform's SHA-256 (see crypto.ts): what the clients sign with. */
export async function signV4Async(request, credentials, scope, date) {
	const [canonicalRequest, header, credentialScope] = canonical(request, credentials, scope, date);
	let cached = platformKeys.get(credentials);
	if (!cached || cached[0] !== credentialScope) {
		platformKeys.set(credentials, cached = [credentialScope, deriveKey(credentials.secretAccessKey, credentialScope.split("/"))]);
	}
	const stringToSign = `AWS4-HMAC-SHA256\n${date}\n${credentialScope}\n${await sha256Async(canonicalRequest, undefined, "hex")}`;
	return header(await sha256Async(stringToSign, await cached[1], "hex"));
}
