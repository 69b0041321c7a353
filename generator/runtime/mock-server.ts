// Node-only: every mocked service on one port, for clients outside this process (the AWS CLI, boto3,
// other languages). Loopback by default; one log line per request; close() drains open connections.
import { isUtf8 } from "node:buffer";
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
  /**
   * Milliseconds a client may take to send its request headers (default 10 000). Slower senders (a
   * slowloris trickling headers, a connection that never speaks) get Node's 408 and are disconnected.
   */
  headersTimeoutMs?: number;
  /** Milliseconds a client may take to send a whole request, body included (default 30 000; at least headersTimeoutMs). */
  requestTimeoutMs?: number;
}

export interface RunningMockServer {
  host: string;
  port: number;
  /** Base URL for clients, e.g. http://127.0.0.1:4566 */
  url: string;
  close(): Promise<void>;
}

/** What the server serves: a router's protocol-neutral `reply` (fast path), or any web-standard handler. */
export type MockServerTarget = { reply(request: MockRequest): MockReply | Promise<MockReply> } | Handler;

export async function startMockServer(target: MockServerTarget, options: MockServerOptions = {}): Promise<RunningMockServer> {
  const host = options.host ?? "127.0.0.1";
  const limit = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const log = options.log === false ? undefined : (options.log ?? ((line: string) => process.stdout.write(`${line}\n`)));

  // Functions made once, not per request: per-request closures cost allocations (and, under tsx, a name each).
  const respond = (res: http.ServerResponse, reply: MockReply, request: MockRequest, started: number): void => {
    res.writeHead(reply.status, reply.headers);
    res.end(reply.body);
    log?.(logLine(request, reply.status, performance.now() - started));
  };
  const failed = (res: http.ServerResponse, request: MockRequest, started: number, e: unknown): void => {
    // Handlers answer their own errors; reaching here is a bug, and still must not take the server down.
    console.error(e);
    respond(res, { status: 500, headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "mock server error" }) }, request, started);
  };
  const onBody = (req: http.IncomingMessage, res: http.ServerResponse, started: number, bytes: Buffer, tooLarge: boolean): void => {
    const request: MockRequest = {
      method: req.method ?? "GET",
      url: req.url ?? "/",
      headers: nodeHeaders(req.headers),
      body: tooLarge ? "" : bytes.toString("utf8"),
      tooLarge,
    };
    // toString replaces bad sequences with U+FFFD; the protocols must refuse them, not see repaired text.
    if (!tooLarge && !isUtf8(bytes)) request.badUtf8 = true;
    let answer: MockReply | Promise<MockReply>;
    try {
      answer = typeof target === "function" ? viaWebHandler(target, req, bytes, host) : target.reply(request);
    } catch (e) {
      failed(res, request, started, e);
      return;
    }
    // Most answers are synchronous; writing them at once saves a promise and a microtask per request.
    if (isPromise(answer)) answer.then((reply) => respond(res, reply, request, started), (e: unknown) => failed(res, request, started, e));
    else respond(res, answer, request, started);
  };

  // Node's defaults (60 s for headers, 300 s per request, checked every 30 s) let a few slow clients hold
  // connections for minutes; a local mock answers in milliseconds, so it can afford to be strict.
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? 30_000, headersTimeout);
  const serverOptions = { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.min(1000, headersTimeout) };
  const server = http.createServer(serverOptions, (req, res) => {
    readBody(req, res, limit, log ? performance.now() : 0, onBody);
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

type BodyDone = (req: http.IncomingMessage, res: http.ServerResponse, started: number, bytes: Buffer, tooLarge: boolean) => void;

interface BodyState {
  chunks: Buffer[];
  size: number;
  limit: number;
  res: http.ServerResponse;
  started: number;
  done: BodyDone;
}

const bodyState = Symbol("opspec mock body");
type ReadingRequest = http.IncomingMessage & { [bodyState]: BodyState };

// Shared listeners (`this` is the request) instead of three new closures per request.
function onData(this: ReadingRequest, chunk: Buffer): void {
  const st = this[bodyState];
  if (st.size > st.limit) return;
  st.chunks.push(st.size + chunk.length > st.limit + 1 ? chunk.subarray(0, st.limit + 1 - st.size) : chunk);
  st.size += chunk.length;
}

function onEnd(this: ReadingRequest): void {
  const st = this[bodyState];
  st.done(this, st.res, st.started, st.chunks.length === 1 ? st.chunks[0] : Buffer.concat(st.chunks), st.size > st.limit);
}

function onError(this: ReadingRequest, e: Error): void {
  const { res } = this[bodyState];
  if (res.headersSent) return;
  res.writeHead(400, { "content-type": "application/json" });
  res.end(JSON.stringify({ message: `could not read the request: ${e.message}` }));
}

/**
 * Reads the body, buffering at most `limit` + 1 bytes: enough for any handler to see that a longer body
 * is over the limit, while the rest is drained without being kept.
 */
function readBody(req: http.IncomingMessage, res: http.ServerResponse, limit: number, started: number, done: BodyDone): void {
  (req as ReadingRequest)[bodyState] = { chunks: [], size: 0, limit, res, started, done };
  req.on("data", onData);
  req.on("end", onEnd);
  req.on("error", onError);
}

function isPromise(v: MockReply | Promise<MockReply>): v is Promise<MockReply> {
  return typeof (v as { then?: unknown }).then === "function";
}

/** Node lower-cases header names; the mocks ask in lower case too, so no case folding per lookup. */
function nodeHeaders(headers: http.IncomingHttpHeaders): HeaderReader {
  return {
    get(name: string): string | null {
      const v = headers[name];
      return v === undefined ? (name === name.toLowerCase() ? null : this.get(name.toLowerCase())) : typeof v === "string" ? v : v.join(", ");
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
