import { hmacHex, hmacSha256Key, sha256Hex } from "./crypto.js";
// Preparing the HMAC key costs two hash blocks; it is kept with the credentials object it came from.
const keys = new WeakMap();
function secretKey(credentials) {
	let key = keys.get(credentials);
	if (!key) {
		key = hmacSha256Key(credentials.secretAccessKey);
		keys.set(credentials, key);
	}
	return key;
}
function signable(name) {
	return name === "host" || name === "content-type" || name.startsWith("x-acs-");
}
/** The Authorization header value. */
export function acs3Authorization(request, credentials) {
	const names = Object.keys(request.headers).filter(signable).sort();
	let canonicalHeaders = "";
	for (const name of names) canonicalHeaders += `${name}:${request.headers[name].trim()}\n`;
	const signedHeaders = names.join(";");
	const path = request.path.replace(/\+/g, "%20").replace(/\*/g, "%2A").replace(/%7E/g, "~");
	const canonicalRequest = `${request.method}\n${path}\n${request.query}\n${canonicalHeaders}\n${signedHeaders}\n${request.payloadHash}`;
	const stringToSign = `ACS3-HMAC-SHA256\n${sha256Hex(canonicalRequest)}`;
	const signature = hmacHex(secretKey(credentials), stringToSign);
	return `ACS3-HMAC-SHA256 Credential=${credentials.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
}
