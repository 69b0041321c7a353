import type {
  ClientConfig,
  Operation,
  ParsedResponse,
  Protocol,
  RequestContext,
} from "./client.js";
import type { HttpRequest, HttpResponse } from "./transport.js";
import { type XmlHint } from "./xml.js";
export interface AlibabaRpcService {
  /** The API version, e.g. 2020-06-01. */
  version: string;
  /** The endpoint host with a {region} placeholder, e.g. swas.{region}.aliyuncs.com. */
  endpoint: string;
  method: "GET" | "POST";
  /** Where the parameters go: the query string, or a form-encoded body. */
  parameters: "query" | "form";
  responseFormat: "json" | "xml";
}
export interface AlibabaRpcConfig extends ClientConfig {
  /** ACS3-HMAC-SHA256 (the default, as in the official SDK) or the older HMAC-SHA1 RPC signature. */
  signatureAlgorithm?: "ACS3-HMAC-SHA256" | "HMAC-SHA1" | undefined;
}
/** An operation of an RPC service; XML responses also need the output's shape hints. */
export interface AlibabaRpcOperation extends Operation {
  xmlOutput?: XmlHint;
}
/** `2026-11-21T23:08:15.123Z` → `2026-11-21T23:08:15Z`, the SDK's timestamp format. */
export declare function acsTimestamp(date: Date): string;
/**
 * Top-level input members as parameters: scalars as text, structures, lists and maps as JSON
 * (the "json" style the SWAS SDK uses for its Parameters map). Absent and null members are left out.
 */
export declare function rpcParameters(input: unknown): Array<[string, string]>;
export declare function buildRpcRequest(
  service: AlibabaRpcService,
  context: RequestContext,
): HttpRequest;
export declare function parseRpcResponse(
  response: HttpResponse,
  op: AlibabaRpcOperation,
): ParsedResponse;
export declare function alibabaRpc(service: AlibabaRpcService): Protocol;
