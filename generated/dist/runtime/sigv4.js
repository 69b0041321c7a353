import { hmacHex, hmacSha256, hmacSha256Key, sha256Hex } from "./crypto.js";
/** `2015-08-30T12:36:00.000Z` → `20150830T123600Z`. */
export function amzDate(date) {
    const iso = date.toISOString();
    return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}
/** RFC 3986 encoding: everything but unreserved characters, as SigV4 and ACS3 require. */
export function encodeRfc3986(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** Query parameters, encoded and sorted by key then value, joined with `&`. */
export function canonicalQuery(params) {
    return params
        .map(([k, v]) => [encodeRfc3986(k), encodeRfc3986(v)])
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
        .map(([k, v]) => `${k}=${v}`)
        .join("&");
}
// The derived key changes once a day per region and service; deriving it costs four HMACs, so it is
// kept per credentials object (and dropped with it) for the scope it was last used with.
const signingKeys = new WeakMap();
function signingKey(credentials, day, scope) {
    const id = `${day}/${scope.region}/${scope.service}`;
    const cached = signingKeys.get(credentials);
    if (cached && cached.scope === id)
        return cached.key;
    const kDate = hmacSha256(`AWS4${credentials.secretAccessKey}`, day);
    const kRegion = hmacSha256(kDate, scope.region);
    const kService = hmacSha256(kRegion, scope.service);
    const key = hmacSha256Key(hmacSha256(kService, "aws4_request"));
    signingKeys.set(credentials, { scope: id, key });
    return key;
}
/** The Authorization header value for a request signed at `date` (an `amzDate` string). */
export function signV4(request, credentials, scope, date) {
    const names = Object.keys(request.headers).sort();
    let canonicalHeaders = "";
    for (const name of names)
        canonicalHeaders += `${name}:${request.headers[name].trim().replace(/\s+/g, " ")}\n`;
    const signedHeaders = names.join(";");
    const canonicalRequest = `${request.method}\n${request.path}\n${request.query}\n${canonicalHeaders}\n${signedHeaders}\n${request.payloadHash}`;
    const day = date.slice(0, 8);
    const credentialScope = `${day}/${scope.region}/${scope.service}/aws4_request`;
    const stringToSign = `AWS4-HMAC-SHA256\n${date}\n${credentialScope}\n${sha256Hex(canonicalRequest)}`;
    const signature = hmacHex(signingKey(credentials, day, scope), stringToSign);
    return `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
