// Node-only: every mocked service on one port, for clients outside this process (the AWS CLI, boto3,
// other languages). Loopback by default; one log line per request; close() drains open connections.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { defaultMaxBodyBytes, type Handler, type HeaderReader, type MockReply, type MockRequest } from "./mock-operation.js";

export interface MockServerOptions {
  /** Interface to listen on (default 127.0.0.1: the mock accepts any credentials, so keep it off the network). */
  host?: string;
  /** Port (default 4566); 0 picks a free one. */
  port?: number;
  maxBodyBytes?: number;
  /** Receives one line per request; `false` turns logging off. Default: standard output. */
  log?: ((line: string) => void) | false;
  /** Milliseconds close() waits for requests in flight before cutting connections (default 2000). */
  shutdownGraceMs?: number;
}

export interface RunningMockServer {
  host: string;
  port: number;
  /** Base URL for clients, e.g. http://127.0.0.1:4566 */
  url: string;
  close(): Promise<void>;
}

/** What the server serves: a router's protocol-neutral `reply` (fast path), or any web-standard handler. */
export type MockServerTarget = { reply(request: MockRequest): Promise<MockReply> } | Handler;

export async function startMockServer(target: MockServerTarget, options: MockServerOptions = {}): Promise<RunningMockServer> {
  const host = options.host ?? "127.0.0.1";
  const limit = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const log = options.log === false ? undefined : (options.log ?? ((line: string) => process.stdout.write(`${line}\n`)));

  const server = http.createServer((req, res) => {
    const started = performance.now();
    readBody(req, limit).then(
      async ({ bytes, tooLarge }) => {
        const request: MockRequest = {
          method: req.method ?? "GET",
          url: req.url ?? "/",
          headers: nodeHeaders(req.headers),
          body: tooLarge ? "" : bytes.toString("utf8"),
          tooLarge,
        };
        let reply: MockReply;
        try {
          reply = typeof target === "function" ? await viaWebHandler(target, req, bytes, host) : await target.reply(request);
        } catch (e) {
          // Handlers answer their own errors; reaching here is a bug, and still must not take the server down.
          console.error(e);
          reply = { status: 500, headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "mock server error" }) };
        }
        res.writeHead(reply.status, reply.headers);
        res.end(reply.body);
        log?.(logLine(request, reply.status, performance.now() - started));
      },
      (e: Error) => {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: `could not read the request: ${e.message}` }));
      },
    );
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4566, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    host,
    port,
    url: `http://${shownHost}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs ?? 2000);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // Idle keep-alive sockets would hold close() open until they time out.
        server.closeIdleConnections();
      }),
  };
}

/**
 * Reads the body, buffering at most `limit` + 1 bytes: enough for any handler to see that a longer body
 * is over the limit, while the rest is drained without being kept.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<{ bytes: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      if (size > limit) return;
      chunks.push(size + chunk.length > limit + 1 ? chunk.subarray(0, limit + 1 - size) : chunk);
      size += chunk.length;
    });
    req.on("end", () => {
      const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      resolve({ bytes, tooLarge: size > limit });
    });
    req.on("error", reject);
  });
}

function nodeHeaders(headers: http.IncomingHttpHeaders): HeaderReader {
  return {
    get(name: string): string | null {
      const v = headers[name.toLowerCase()];
      return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
    },
  };
}

/** For handlers written against web `Request`/`Response`: convert the Node request there and the answer back. */
async function viaWebHandler(handler: Handler, req: http.IncomingMessage, body: Buffer, host: string): Promise<MockReply> {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i].toLowerCase();
    // The body may have been cut at the limit; its length travels with it.
    if (name !== "content-length" && name !== "transfer-encoding" && name !== "connection") headers.append(name, req.rawHeaders[i + 1]);
  }
  const method = req.method ?? "GET";
  const request = new Request(new URL(req.url ?? "/", `http://${req.headers.host ?? host}`), {
    method,
    headers,
    body: method === "GET" || method === "HEAD" ? undefined : new Uint8Array(body),
  });
  const response = await handler(request);
  const out: Record<string, string> = {};
  response.headers.forEach((v, k) => (out[k] = v));
  return { status: response.status, headers: out, body: await response.text() };
}

function logLine(r: MockRequest, status: number, ms: number): string {
  const target = r.headers.get("x-amz-target") ?? r.headers.get("x-acs-action") ?? /[?&]Action=([^&]*)/.exec(r.url)?.[1] ?? "-";
  return `${new Date().toISOString()} ${r.method} ${target} ${status} ${ms.toFixed(1)}ms`;
}
