import type { ParsedResponse, Protocol, RequestContext } from "./client.js";
import type { HttpRequest, HttpResponse } from "./transport.js";
export interface AwsJsonService {
  /** X-Amz-Target is `<targetPrefix>.<Operation>`. */
  targetPrefix: string;
  /** The SigV4 service name. */
  signingName: string;
  /** The default endpoint is https://<endpointPrefix>.<region>.amazonaws.com. */
  endpointPrefix: string;
}
/** The default endpoint: China regions live under amazonaws.com.cn. */
export declare function awsHost(prefix: string, region: string): string;
export declare function buildAwsJsonRequest(
  service: AwsJsonService,
  context: RequestContext,
): Promise<HttpRequest>;
/** `aws.ssm#InvalidCommandId:http://internal/` → `InvalidCommandId`. */
export declare function sanitizeErrorCode(raw: string): string;
export declare function parseAwsJsonResponse({
  status,
  headers,
  body: text,
}: HttpResponse): ParsedResponse;
export declare function awsJson1_1(service: AwsJsonService): Protocol;
