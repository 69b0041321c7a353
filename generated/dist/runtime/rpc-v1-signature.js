// Alibaba Cloud's older RPC signature (SignatureMethod HMAC-SHA1, SignatureVersion 1.0): every
// parameter in the query, signed as a whole with the AccessKey secret followed by "&"
// (https://www.alibabacloud.com/help/en/sdk/product-overview/rpc-mechanism).
import { base64, hmac, hmacSha1Key } from "./crypto.js";
import { canonicalQuery, encodeRfc3986 } from "./sigv4.js";
/** Base64 HMAC-SHA1 of `METHOD&%2F&<encoded canonical query>`; `params` excludes Signature itself. */
export function rpcV1Signature(method, params, secret) {
	const stringToSign = `${method}&${encodeRfc3986("/")}&${encodeRfc3986(canonicalQuery(params))}`;
	return base64(hmac(hmacSha1Key(`${secret}&`), stringToSign));
}
