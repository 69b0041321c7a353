import type { Credentials } from "./credentials.js";
export interface SigV4Request {
  method: string;
  /** The path as sent, already percent-encoded ("/" for JSON protocols). */
  path: string;
  /** The canonical query string (see `canonicalQuery`), "" when there is none. */
  query: string;
  /** Every header to sign, names in lower case, `host` included. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body. */
  payloadHash: string;
}
export interface SigV4Scope {
  region: string;
  service: string;
}
/** `2015-08-30T12:36:00.000Z` → `20150830T123600Z`. */
export declare function amzDate(date: Date): string;
/** RFC 3986 encoding: everything but unreserved characters, as SigV4 and ACS3 require. */
export declare function encodeRfc3986(value: string): string;
/** Query parameters, encoded and sorted by key then value, joined with `&`. */
export declare function canonicalQuery(params: ReadonlyArray<readonly [string, string]>): string;
/** The Authorization header value for a request signed at `date` (an `amzDate` string). */
export declare function signV4(
  request: SigV4Request,
  credentials: Credentials,
  scope: SigV4Scope,
  date: string,
): string;
/** `signV4` with the platform's SHA-256 (see crypto.ts): what the clients sign with. */
export declare function signV4Async(
  request: SigV4Request,
  credentials: Credentials,
  scope: SigV4Scope,
  date: string,
): Promise<string>;
