import type { Clock } from "./mock-clock.js";
import type { FaultRules } from "./mock-faults.js";
import type { SignatureOptions } from "./mock-signature.js";
import type { MockState, MockStore } from "./mock-store.js";
import type { ValidateOptions, Violation } from "./validate.js";
/** A generated validator: `validate<Shape>(value, options?)`, an empty list when the value is valid. */
export type Validator = (value: unknown, options?: ValidateOptions) => Violation[];
/** Header lookup, case-insensitive (the mocks ask in lower case); a web `Headers` object satisfies it. */
export interface HeaderReader {
  get(name: string): string | null;
}
/** A request with its body already read: built from a web `Request` or straight from a Node request. */
export interface MockRequest {
  method: string;
  /** Path and query, e.g. `/?Action=RunCommand`; an absolute URL is accepted too. */
  url: string;
  headers: HeaderReader;
  body: string;
  /** Set when the body was longer than the limit; `body` is then empty. */
  tooLarge?: boolean;
  /** Set when the body's bytes are not valid UTF-8; `body` then holds them with U+FFFD replacements. */
  badUtf8?: boolean;
}
export interface MockReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}
/** How one of the service's errors looks on the wire, keyed by its code in the definition. */
export interface ErrorInfo {
  name: string;
  status: number;
  fault: "client" | "server";
  throttling: boolean;
  /** The member that carries the text: `Message` or `message`, as the error's shape names it. */
  messageMember: string;
}
/** An error a behaviour (or the protocol layer) answers with; `code` is the wire code. */
export declare class OperationError extends Error {
  readonly code: string;
  readonly fields: Record<string, unknown>;
  /** Overrides the status from the service's error table (protocol-level errors have no entry there). */
  readonly status?: number;
  /** For throttling: when a retry may succeed (Alibaba sends it as `x-acs-retry-after`). */
  readonly retryAfterMs?: number;
  constructor(
    code: string,
    message: string,
    options?: {
      fields?: Record<string, unknown>;
      status?: number;
      retryAfterMs?: number;
    },
  );
}
export interface BehaviourContext {
  store: MockStore;
  definition: MockServiceDefinition;
  requestId: string;
  /** AWS: from the SigV4 credential scope; Alibaba: from the RegionId parameter or the host. */
  region: string;
  /** The Host header as sent, e.g. `swas.cn-hangzhou.aliyuncs.com` or `127.0.0.1:4566`. */
  host: string;
}
/** A simulation of one operation: validated input in, output out, or an `OperationError` thrown. */
export type Behaviour = (input: any, ctx: BehaviourContext) => Record<string, unknown>;
export interface MockExample {
  title: string;
  input: unknown;
  output: unknown;
}
export interface MockOperation {
  name: string;
  validateInput: Validator;
  validateOutput: Validator;
  /** RPC only: query or form strings to typed input, defaults applied. */
  coerceInput?: (params: Record<string, string>) => unknown;
  /** Absent: the operation answers with its first example's output. */
  behaviour?: Behaviour;
  /** Wire codes of the errors the operation declares. */
  errors: readonly string[];
  /** Successful examples from the spec: seeds for the store, and the answer of behaviour-less operations. */
  examples: readonly MockExample[];
}
/** Hand-written simulation of a family of operations, wired to operation names by the generated table. */
export interface BehaviourSet {
  operations: Readonly<Record<string, Behaviour>>;
  /** Puts what a read operation's example shows into the store, so the example's input finds it. */
  seedExample?: Readonly<
    Record<string, (store: MockStore, space: string, example: MockExample) => void>
  >;
  /** Reads this service's section of a state file. */
  seedState?: (store: MockStore, space: string, section: Record<string, unknown>) => void;
}
export type MockProtocol =
  | {
      kind: "awsJson1_1";
      targetPrefix: string;
      signingName: string;
    }
  | {
      kind: "rpc";
      version: string;
      endpoint: string;
    };
export interface MockServiceDefinition {
  name: string;
  /** Lower-case module name; also the store namespace and the state-file section. */
  moduleName: string;
  protocol: MockProtocol;
  errors: Readonly<Record<string, ErrorInfo>>;
  operations: readonly MockOperation[];
  behaviours?: BehaviourSet;
}
export interface MockOptions {
  /** Share one store (and clock) between services; created from the other options when absent. */
  store?: MockStore;
  clock?: Clock;
  state?: MockState;
  /** Seed the store from the spec examples of read operations (default true). */
  seedExamples?: boolean;
  /** Milliseconds a fresh invocation is invisible to reads (default 0). */
  lagMs?: number;
  pendingMs?: number;
  runMs?: number;
  faults?: FaultRules;
  /** Source of randomness for fault rates; tests pass a seeded one. */
  random?: () => number;
  /** Requests with longer bodies get the protocol's error (default 1 MiB). */
  maxBodyBytes?: number;
  /** Validate every response against the output shape and answer an internal error if it fails (default true). */
  checkResponses?: boolean;
  signatures?: SignatureOptions;
}
export type Handler = (request: Request) => Promise<Response>;
export interface MockService<Op extends string = string> {
  definition: MockServiceDefinition;
  store: MockStore;
  /** Routes by the protocol's operation header or parameter to the operation handlers. */
  handle: Handler;
  /** One handler per operation, for frameworks that route themselves. */
  handlers: Readonly<Record<Op, Handler>>;
  /** Whether a request is addressed to this service (by target prefix or API version). */
  claims(request: MockRequest): boolean;
  /**
   * The protocol-neutral core that `handle` wraps; the Node server calls it without building web objects.
   * Synchronous unless a fault rule adds latency (`await` works on both).
   */
  reply(request: MockRequest, operation?: string): MockReply | Promise<MockReply>;
}
export declare const defaultMaxBodyBytes: number;
/** Reads a web `Request` into a `MockRequest`, refusing to buffer more than `limit` bytes. */
export declare function readRequest(request: Request, limit?: number): Promise<MockRequest>;
export declare function toResponse(reply: MockReply): Response;
/** The behaviour's answer, or the first example's output for operations the runtime does not simulate. */
export declare function invoke(
  op: MockOperation,
  input: unknown,
  ctx: BehaviourContext,
): Record<string, unknown>;
/** A response that fails its own output shape is a bug in the mock: say so instead of sending it. */
export declare function checkOutput(
  op: MockOperation,
  output: unknown,
  internalCode: string,
): OperationError | undefined;
/** A request id in the form both clouds use. */
export declare function newRequestId(): string;
/**
 * Request ids for a busy service: UUID-shaped (version 4 layout), a random prefix per source and a
 * counter, so they are unique without a random draw per request (which costs more than the lookup itself).
 */
export declare function requestIdSource(): () => string;
/** The member names and indexes of a violation's JSON Pointer path (`/Filters/0/key`). */
export declare function pathSegments(pointer: string): string[];
/** The value at a path inside an input, or undefined. */
export declare function valueAt(root: unknown, segments: readonly string[]): unknown;
