import { base64, hmac, hmacSha1Key } from "./crypto.js";
import { canonicalQuery, encodeRfc3986 } from "./sigv4.js";
function rpcV1Signature(method, params, secret) {
  const stringToSign = `${method}&${encodeRfc3986("/")}&${encodeRfc3986(canonicalQuery(params))}`;
  return base64(hmac(hmacSha1Key(`${secret}&`), stringToSign));
}
export {
  rpcV1Signature
};
