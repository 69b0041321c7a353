// Alibaba Cloud's ACS3-HMAC-SHA256 request signature, the default of the current official SDKs
// (https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature).
import type { Credentials } from "./credentials.js";
import { hmacHex, hmacSha256Key, type HmacKey, sha256Hex } from "./crypto.js";

export interface Acs3Request {
  method: string;
  /** The path as sent ("/" for RPC calls). */
  path: string;
  /** The canonical query string: encoded, sorted pairs joined with `&` (sigv4's `canonicalQuery`). */
  query: string;
  /** The request's headers, names in lower case, `host` included; `host`, `content-type` and `x-acs-*` are signed. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body (of "" when there is none), as sent in x-acs-content-sha256. */
  payloadHash: string;
}

// Preparing the HMAC key costs two hash blocks; it is kept with the credentials object it came from.
const keys = new WeakMap<Credentials, HmacKey>();

function secretKey(credentials: Credentials): HmacKey {
  let key = keys.get(credentials);
  if (!key) {
    key = hmacSha256Key(credentials.secretAccessKey);
    keys.set(credentials, key);
  }
  return key;
}

function signable(name: string): boolean {
  return name === "host" || name === "content-type" || name.startsWith("x-acs-");
}

/** The Authorization header value. */
export function acs3Authorization(request: Acs3Request, credentials: Credentials): string {
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
