import type { MockService } from "./mock-operation.js";
export interface MswPredicateArgs {
  request: Request;
}
/** The part of MSW's `http` namespace the adapter uses (MSW 2.11 or later, which accepts predicate functions). */
export interface MswHttp<H> {
  post(
    predicate: (args: MswPredicateArgs) => boolean | Promise<boolean>,
    resolver: (args: MswPredicateArgs) => Promise<Response>,
  ): H;
}
export interface MswOptions {
  /** Only intercept requests to this origin (e.g. `https://ssm.us-east-1.amazonaws.com`); default: any. */
  origin?: string;
}
/**
 * `server.use(...mswHandlers(http, [createSsmMock(), createSwasMock()]))`: requests the services claim
 * are answered by them; anything else falls through to the next handler.
 */
export declare function mswHandlers<H>(
  http: MswHttp<H>,
  services: readonly MockService[],
  options?: MswOptions,
): H[];
