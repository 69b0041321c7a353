// Raw HTTP/1.1 over a TCP socket: the test decides every byte sent (no client library tidies a request
// up), and reads back exactly one response, or learns that the server closed without one.
import net from "node:net";

export interface RawResponse {
  status: number;
  /** Header names in lower case; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  json: any;
}

export interface RawOutcome {
  /** The first response on the connection; undefined when the server closed without answering. */
  response?: RawResponse;
  /** The server closed the connection (after answering or not) before the read gave up. */
  closed: boolean;
}

export interface SendOptions {
  /** Bytes are written in this many pieces with `gapMs` between them (slow senders). */
  pieces?: number;
  /** Writes this many bytes at once before the pieces begin (a whole head, then a trickled body). */
  immediate?: number;
  gapMs?: number;
  /** Half-close the socket after writing (`FIN`): a truncated body ends here. Default false. */
  end?: boolean;
  /** Give up reading after this long; the outcome then has neither a response nor `closed`. Default 15 s. */
  giveUpMs?: number;
  /** Keep reading after the response until the server closes the connection. */
  waitForClose?: boolean;
}

/** Sends `bytes` to host:port and reads one response (or the server's close). */
export function sendRaw(host: string, port: number, bytes: Buffer | string, options: SendOptions = {}): Promise<RawOutcome> {
  const data = typeof bytes === "string" ? Buffer.from(bytes, "latin1") : bytes;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    let received = Buffer.alloc(0);
    let response: RawResponse | undefined;
    let settled = false;
    const finish = (closed: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ response, closed });
    };
    const giveUp = setTimeout(() => finish(false), options.giveUpMs ?? 15_000);
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (!response) response = parseResponse(received);
      if (response && !options.waitForClose) finish(false);
    });
    // A reset after the server answered (it closed while we were still writing) still counts as closed.
    socket.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "ECONNRESET" || e.code === "EPIPE") finish(true);
      else if (!settled) {
        settled = true;
        clearTimeout(giveUp);
        reject(e);
      }
    });
    socket.on("close", () => {
      // A body delimited by the end of the connection (HTTP/1.0, or no length given) is complete now.
      if (!response) response = parseResponse(received, true);
      finish(true);
    });
    socket.on("connect", () => void write());

    const write = async (): Promise<void> => {
      const first = Math.min(options.immediate ?? 0, data.length);
      if (first > 0) socket.write(data.subarray(0, first));
      const pieces = Math.max(1, options.pieces ?? 1);
      const size = Math.max(1, Math.ceil((data.length - first) / pieces));
      for (let i = first; i < data.length && !settled && !socket.destroyed; i += size) {
        socket.write(data.subarray(i, i + size));
        if (options.gapMs && i + size < data.length) await new Promise((r) => setTimeout(r, options.gapMs));
      }
      if (options.end && !socket.destroyed) socket.end();
    };
  });
}

/**
 * The first complete final response in `buf` (Content-Length, chunked, or a body up to the end of the
 * connection once `closed`), or undefined. Interim 1xx responses (`100 Continue`) are skipped.
 */
export function parseResponse(buf: Buffer, closed = false): RawResponse | undefined {
  const headEnd = buf.indexOf("\r\n\r\n");
  if (headEnd < 0) return undefined;
  const lines = buf.subarray(0, headEnd).toString("latin1").split("\r\n");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0])?.[1] ?? NaN);
  if (!Number.isInteger(status)) throw new Error(`not an HTTP response: ${JSON.stringify(lines[0])}`);
  if (status >= 100 && status < 200) return parseResponse(buf.subarray(headEnd + 4), closed);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  const rest = buf.subarray(headEnd + 4);
  let body: Buffer;
  if (headers["transfer-encoding"]?.toLowerCase() === "chunked") {
    const chunks: Buffer[] = [];
    let at = 0;
    for (;;) {
      const lineEnd = rest.indexOf("\r\n", at);
      if (lineEnd < 0) return undefined;
      const size = parseInt(rest.subarray(at, lineEnd).toString("latin1"), 16);
      if (rest.length < lineEnd + 2 + size + 2) return undefined;
      if (size === 0) break;
      chunks.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(chunks);
  } else if (headers["content-length"] !== undefined) {
    const length = Number(headers["content-length"]);
    if (rest.length < length) return undefined;
    body = rest.subarray(0, length);
  } else {
    if (!closed) return undefined;
    body = rest;
  }
  let json: unknown;
  try {
    json = body.length ? JSON.parse(body.toString("utf8")) : undefined;
  } catch {
    json = undefined;
  }
  return { status, headers, body, json };
}
