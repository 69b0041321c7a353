/** Base64 HMAC-SHA1 of `METHOD&%2F&<encoded canonical query>`; `params` excludes Signature itself. */
export declare function rpcV1Signature(
  method: string,
  params: ReadonlyArray<readonly [string, string]>,
  secret: string,
): string;
