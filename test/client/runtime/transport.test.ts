// send(), abortable() and callScope(): how a call's deadline and abort reach the transport.
import { describe, expect, it } from "vitest";
import { NetworkError, TimeoutError } from "../../../generator/runtime/errors.ts";
import { abortable, callScope, send } from "../../../generator/runtime/transport.ts";

const request = { method: "POST", url: "https://svc.example/?Signature=secret-sig&AccessKeyId=AK", headers: { a: "b" }, body: "{}" };

describe("send", () => {
  it("passes method, headers and body to fetch, and reads status, headers and text", async () => {
    const seen: unknown[] = [];
    const response = await send(
      async (url, init) => {
        seen.push(url, init);
        return new Response("hello", { status: 201, headers: { "x-amzn-requestid": "r" } });
      },
      request,
      undefined,
    );
    expect(seen).toEqual([request.url, { method: "POST", headers: { a: "b" }, body: "{}" }]);
    expect(response.status).toBe(201);
    expect(response.body).toBe("hello");
    expect(response.headers.get("x-amzn-requestid")).toBe("r");
  });

  it("a failing fetch becomes a retryable NetworkError whose message leaves the query (and its signature) out", async () => {
    const error = await send(() => Promise.reject(new TypeError("fetch failed")), request, undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe("POST https://svc.example/ failed: fetch failed");
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it("a body that fails mid-read is a NetworkError too", async () => {
    const broken = { status: 200, headers: new Headers(), text: () => Promise.reject(new Error("socket hang up")) };
    await expect(send(async () => broken, request, undefined)).rejects.toBeInstanceOf(NetworkError);
  });

  it("an abort wins over a fetch that ignores its signal", async () => {
    const controller = new AbortController();
    const pending = send(() => new Promise(() => {}), request, controller.signal);
    controller.abort(new Error("gone"));
    await expect(pending).rejects.toThrow("gone");
  });
});

describe("abortable", () => {
  it("passes values and errors through when nothing aborts", async () => {
    const controller = new AbortController();
    await expect(abortable(Promise.resolve(1), controller.signal)).resolves.toBe(1);
    await expect(abortable(Promise.reject(new Error("e")), controller.signal)).rejects.toThrow("e");
  });
});

describe("callScope", () => {
  it("without a signal or timeout there is nothing to watch", () => {
    const scope = callScope(undefined, undefined);
    expect(scope.signal).toBeUndefined();
    scope.end();
  });

  it("the timeout aborts with a TimeoutError", async () => {
    const scope = callScope(undefined, 5);
    await new Promise<void>((resolve) => scope.signal!.addEventListener("abort", () => resolve()));
    expect(scope.signal!.reason).toBeInstanceOf(TimeoutError);
    scope.end();
  });

  it("the caller's abort comes through with its reason, and end() stops the timer", () => {
    const controller = new AbortController();
    const scope = callScope(controller.signal, 60_000);
    controller.abort(new Error("mine"));
    expect(scope.signal!.aborted).toBe(true);
    expect((scope.signal!.reason as Error).message).toBe("mine");
    scope.end();
  });

  it("an already aborted signal gives an aborted scope", () => {
    const scope = callScope(AbortSignal.abort(new Error("early")), 1000);
    expect(scope.signal!.aborted).toBe(true);
    scope.end();
  });
});
