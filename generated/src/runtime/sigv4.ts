// AWS Signature Version 4 for header-signed requests
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html).
import type { Credentials } from "./credentials.js";
import {
  hmacHex,
  hmacSha256,
  hmacSha256Key,
  type HmacKey,
  platformKey,
  sha256Async,
  sha256Hex,
} from "./crypto.js";

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
export function amzDate(date: Date): string {
  return date.toISOString().replace(/[-:]|\.\d+/g, "");
}

/** RFC 3986 encoding: everything but unreserved characters, as SigV4 and ACS3 require. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Query parameters, encoded and sorted by key then value, joined with `&`. */
export function canonicalQuery(params: ReadonlyArray<readonly [string, string]>): string {
  return params
    .map(([k, v]) => [encodeRfc3986(k), encodeRfc3986(v)])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

// The derived key changes once a day per region and service; deriving it costs four HMACs, so it is
// kept per credentials object (and dropped with it) for the scope it was last used with.
const signingKeys = new WeakMap<Credentials, { scope: string; key: HmacKey }>();

function signingKey(credentials: Credentials, day: string, scope: SigV4Scope): HmacKey {
  const id = `${day}/${scope.region}/${scope.service}`;
  const cached = signingKeys.get(credentials);
  if (cached && cached.scope === id) return cached.key;
  const kDate = hmacSha256(`AWS4${credentials.secretAccessKey}`, day);
  const kRegion = hmacSha256(kDate, scope.region);
  const kService = hmacSha256(kRegion, scope.service);
  const key = hmacSha256Key(hmacSha256(kService, "aws4_request"));
  signingKeys.set(credentials, { scope: id, key });
  return key;
}

/** The canonical request, and the Authorization header around a signature (the parts both signers share). */
function canonical(
  request: SigV4Request,
  credentials: Credentials,
  scope: SigV4Scope,
  date: string,
): [canonicalRequest: string, header: (signature: string) => string, credentialScope: string] {
  const names = Object.keys(request.headers).sort();
  let canonicalHeaders = "";
  for (const name of names)
    canonicalHeaders += `${name}:${request.headers[name].trim().replace(/\s+/g, " ")}\n`;
  const signedHeaders = names.join(";");
  const credentialScope = `${date.slice(0, 8)}/${scope.region}/${scope.service}/aws4_request`;
  return [
    `${request.method}\n${request.path}\n${request.query}\n${canonicalHeaders}\n${signedHeaders}\n${request.payloadHash}`,
    (signature) =>
      `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    credentialScope,
  ];
}

/** The Authorization header value for a request signed at `date` (an `amzDate` string). */
export function signV4(
  request: SigV4Request,
  credentials: Credentials,
  scope: SigV4Scope,
  date: string,
): string {
  const [canonicalRequest, header, credentialScope] = canonical(request, credentials, scope, date);
  const stringToSign = `AWS4-HMAC-SHA256\n${date}\n${credentialScope}\n${sha256Hex(canonicalRequest)}`;
  return header(hmacHex(signingKey(credentials, date.slice(0, 8), scope), stringToSign));
}

// The same derived key for the platform's HMAC, kept the same way (a promise, so concurrent first calls derive it once).
const platformKeys = new WeakMap<Credentials, [scope: string, key: Promise<Uint8Array>]>();

async function deriveKey(secret: string, parts: readonly string[]): Promise<Uint8Array> {
  let key: Uint8Array | string = `AWS4${secret}`;
  for (const p of parts) key = await sha256Async(p, key);
  return platformKey(key as Uint8Array);
}

/** `signV4` with the platform's SHA-256 (see crypto.ts): what the clients sign with. */
export async function signV4Async(
  request: SigV4Request,
  credentials: Credentials,
  scope: SigV4Scope,
  date: string,
): Promise<string> {
  const [canonicalRequest, header, credentialScope] = canonical(request, credentials, scope, date);
  let cached = platformKeys.get(credentials);
  if (!cached || cached[0] !== credentialScope) {
    platformKeys.set(
      credentials,
      (cached = [
        credentialScope,
        deriveKey(credentials.secretAccessKey, credentialScope.split("/")),
      ]),
    );
  }
  const stringToSign = `AWS4-HMAC-SHA256\n${date}\n${credentialScope}\n${await sha256Async(canonicalRequest, undefined, "hex")}`;
  return header(await sha256Async(stringToSign, await cached[1], "hex"));
}
