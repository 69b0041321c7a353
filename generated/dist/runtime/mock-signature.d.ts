import { OperationError, type MockRequest } from "./mock-operation.js";
export interface SignatureOptions {
  /** Access key id → secret (the AWS secret access key, or the Alibaba AccessKey secret). */
  keys: Readonly<Record<string, string>>;
  /** Largest accepted difference between the request's date and now, in seconds (default 900, as AWS). */
  maxSkewSeconds?: number;
  /** Wall time for the skew check (signatures are made with real time even when the store's clock is virtual). */
  now?: () => number;
}
/** Splits `url` (path + query, or absolute) into the path as sent and its decoded query parameters. */
export declare function splitUrl(url: string): {
  path: string;
  params: Array<[string, string]>;
};
/** Checks an AWS SigV4 `Authorization` header; returns the error the endpoint would answer, if any. */
export declare function verifySigV4(
  request: MockRequest,
  options: SignatureOptions,
  signingName: string,
): OperationError | undefined;
/**
 * Checks an Alibaba Cloud request: ACS3-HMAC-SHA256 in the Authorization header, or the older HMAC-SHA1
 * `Signature` parameter. `params` are the request's parameters from the query and a form body.
 */
export declare function verifyAlibaba(
  request: MockRequest,
  params: Readonly<Record<string, string>>,
  options: SignatureOptions,
): OperationError | undefined;
