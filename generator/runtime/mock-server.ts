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
  /**
   * Where the one line per request goes. A function gets each line as the request ends; a sink (anything
   * with `write`, such as a stream) gets them newline-terminated in batches, one write per turn of the
   * event loop, so a busy server does not pay a system call per request. `false` turns logging off.
   * Default: standard output, batched.
   */
  log?: ((line: string) => void) | LogSink | false;
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

/** A destination for batches of log lines, such as `process.stdout` or a file stream. */
export interface LogSink {
  write(text: string): unknown;
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
  const logTo: ((line: string) => void) | LogSink | false = options.log ?? process.stdout;
  const batch = typeof logTo === "object" ? new LineBatch(logTo) : undefined;
  const log = typeof logTo === "function" ? logTo : batch ? (line: string) => batch.add(line) : undefined;

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
      headers: new NodeHeaders(req.headers),
      body: tooLarge ? "" : bytes.toString("utf8"),
      tooLarge,
      // toString replaces bad sequences with U+FFFD; the protocols must refuse them, not see repaired text.
      badUtf8: !tooLarge && !isUtf8(bytes),
    };
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
          batch?.stop();
          resolve();
        });
        // Idle keep-alive sockets would hold close() open until they time out.
        server.closeIdleConnections();
      }),
  };
}

type BodyDone = (req: http.IncomingMessage, res: http.ServerResponse, started: number, bytes: Buffer, tooLarge: boolean) => void;

interface BodyState {
  /** The first chunk: small bodies arrive in one, so the list below is rarely made. */
  first: Buffer | undefined;
  more: Buffer[] | undefined;
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
  const kept = st.size + chunk.length > st.limit + 1 ? chunk.subarray(0, st.limit + 1 - st.size) : chunk;
  if (st.first === undefined) st.first = kept;
  else (st.more ??= [st.first]).push(kept);
  st.size += chunk.length;
}

function onEnd(this: ReadingRequest): void {
  const st = this[bodyState];
  const bytes = st.more ? Buffer.concat(st.more) : (st.first ?? emptyBody);
  st.done(this, st.res, st.started, bytes, st.size > st.limit);
}

const emptyBody = Buffer.alloc(0);

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
  (req as ReadingRequest)[bodyState] = { first: undefined, more: undefined, size: 0, limit, res, started, done };
  req.on("data", onData);
  req.on("end", onEnd);
  req.on("error", onError);
}

function isPromise(v: MockReply | Promise<MockReply>): v is Promise<MockReply> {
  return typeof (v as { then?: unknown }).then === "function";
}

/**
 * Header lookup in the `headers` object Node builds for every request anyway (names in lower case, as the
 * mocks ask): a class, so that no lookup function is made per request.
 */
class NodeHeaders implements HeaderReader {
  constructor(private readonly headers: http.IncomingHttpHeaders) {}

  get(name: string): string | null {
    let v = this.headers[name];
    if (v === undefined) {
      const lower = name.toLowerCase();
      if (lower === name) return null;
      v = this.headers[lower];
      if (v === undefined) return null;
    }
    return typeof v === "string" ? v : v.join(", ");
  }
}

/**
 * Log lines gathered during one turn of the event loop and written together: one system call per
 * batch instead of one per request. A full batch is written at once; `stop` writes what is left.
 */
class LineBatch {
  private text = "";
  private scheduled = false;
  private readonly flush = (): void => {
    this.scheduled = false;
    if (this.text === "") return;
    const text = this.text;
    this.text = "";
    this.sink.write(text);
  };

  constructor(private readonly sink: LogSink) {
    // Lines of the last turn still reach the sink when the process exits without close().
    process.on("exit", this.flush);
  }

  add(line: string): void {
    this.text += `${line}\n`;
    if (this.text.length >= 65536) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  }

  stop(): void {
    process.off("exit", this.flush);
    this.flush();
  }
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
  // Tenths of a millisecond by integer arithmetic: toFixed costs more than the rest of the line.
  const tenths = Math.round(ms * 10);
  return `${isoNow()} ${r.method} ${target} ${status} ${(tenths - (tenths % 10)) / 10}.${tenths % 10}ms`;
}

// A busy server answers many requests within one millisecond: format the time once for all of them.
let isoMs = 0;
let isoText = "";

function isoNow(): string {
  const now = Date.now();
  if (now !== isoMs) {
    isoMs = now;
    isoText = new Date(now).toISOString();
  }
  return isoText;
}
