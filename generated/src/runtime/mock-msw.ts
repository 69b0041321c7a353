// An MSW adapter: one `http.post` handler per mocked service, matched by a predicate on the request
// (X-Amz-Target prefix, or the Alibaba action and version) rather than by URL, since every operation
// of these protocols shares `POST /`. The caller passes MSW's `http`, so msw stays out of this package.
import type { MockRequest, MockService } from "./mock-operation.js";

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
export function mswHandlers<H>(
  http: MswHttp<H>,
  services: readonly MockService[],
  options: MswOptions = {},
): H[] {
  return services.map((service) =>
    http.post(
      async ({ request }) => {
        if (options.origin !== undefined && new URL(request.url).origin !== options.origin)
          return false;
        return service.claims(await peek(request));
      },
      ({ request }) => service.handle(request),
    ),
  );
}

/** Enough of a request to route it, leaving the original body unread for the handler. */
async function peek(request: Request): Promise<MockRequest> {
  const form =
    request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded") === true;
  // Only the older Alibaba style names the action in the body; everything else routes on headers or query.
  const body = form ? await request.clone().text() : "";
  return { method: request.method, url: request.url, headers: request.headers, body };
}
