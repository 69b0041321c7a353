export interface Acceptor {
  state: "success" | "failure" | "retry";
  matcher: "path" | "error";
  /** Dotted path into the output, for path matchers. */
  argument?: string;
  /** The value at the path, or the error's code or name. */
  expected: string | number | boolean;
}
export interface WaiterSpec {
  name: string;
  /** Seconds. */
  minDelay: number;
  maxDelay: number;
  /** The spec's attempt count; with the default minDelay it sets the default maxWaitTime. */
  maxAttempts: number;
  acceptors: readonly Acceptor[];
}
export interface WaiterOptions {
  /** Seconds to keep trying in total (default: the spec's delay × maxAttempts). */
  maxWaitTime?: number | undefined;
  /** Seconds before the second attempt (default: the spec's delay). */
  minDelay?: number | undefined;
  /** Upper bound of the delay between attempts, in seconds (default: the spec's maxDelay). */
  maxDelay?: number | undefined;
  /** Aborting ends the wait at once with the signal's reason. */
  signal?: AbortSignal | undefined;
}
export interface WaiterResult<O> {
  /** The output that satisfied a success acceptor (undefined when an error matcher did). */
  output: O | undefined;
  /** The error that satisfied a success acceptor, if that is how it succeeded. */
  error: unknown;
  attempts: number;
}
/** A failure acceptor matched: waiting longer would not help. */
export declare class WaiterFailureError extends Error {
  override readonly name: string;
  readonly waiter: string;
  readonly attempts: number;
  readonly output: unknown;
  constructor(waiter: string, reason: string, attempts: number, output: unknown, error: unknown);
}
/** maxWaitTime passed without a success or failure acceptor matching. */
export declare class WaiterTimeoutError extends Error {
  override readonly name: string;
  readonly waiter: string;
  readonly attempts: number;
  /** The last output seen, if the last attempt answered. */
  readonly output: unknown;
  constructor(waiter: string, seconds: number, attempts: number, output: unknown);
}
export interface WaiterClock {
  now(): number;
  random(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
/** The value at a dotted path, or undefined when any step is missing. */
export declare function valueAt(value: unknown, path: string): unknown;
/** The first acceptor that matches this attempt's outcome. */
export declare function matchAcceptor(
  acceptors: readonly Acceptor[],
  outcome: {
    output?: unknown;
    error?: unknown;
    failed: boolean;
  },
): Acceptor | undefined;
/**
 * Seconds to sleep before attempt `attempt + 1`: exponential from minDelay, capped at maxDelay,
 * drawn uniformly from [minDelay, cap], and shortened so that the next attempt starts at least
 * minDelay before the deadline.
 */
export declare function waiterDelay(
  attempt: number,
  minDelay: number,
  maxDelay: number,
  remaining: number,
  random: () => number,
): number;
export declare function waitFor<O>(
  spec: WaiterSpec,
  call: (signal: AbortSignal | undefined) => Promise<O>,
  options?: WaiterOptions,
  clock?: WaiterClock,
): Promise<WaiterResult<O>>;
