import type { Credentials } from "./credentials.js";
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
/** The Authorization header value. */
export declare function acs3Authorization(request: Acs3Request, credentials: Credentials): string;
