// Waiters: call an operation until an acceptor of the spec says success or failure, backing off
// between attempts as Smithy's waiter specification describes (exponential from minDelay up to
// maxDelay, jittered, and never sleeping past maxWaitTime).
import { sleep as defaultSleep } from "./retry.js";

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
export class WaiterFailureError extends Error {
  override readonly name: string = "WaiterFailureError";
  readonly waiter: string;
  readonly attempts: number;
  readonly output: unknown;
  constructor(waiter: string, reason: string, attempts: number, output: unknown, error: unknown) {
    super(
      `waiter ${waiter} failed after ${attempts} attempt(s): ${reason}`,
      error === undefined ? undefined : { cause: error },
    );
    this.waiter = waiter;
    this.attempts = attempts;
    this.output = output;
  }
}

/** maxWaitTime passed without a success or failure acceptor matching. */
export class WaiterTimeoutError extends Error {
  override readonly name: string = "WaiterTimeoutError";
  readonly waiter: string;
  readonly attempts: number;
  /** The last output seen, if the last attempt answered. */
  readonly output: unknown;
  constructor(waiter: string, seconds: number, attempts: number, output: unknown) {
    super(`waiter ${waiter} gave up after ${seconds} s and ${attempts} attempt(s)`);
    this.waiter = waiter;
    this.attempts = attempts;
    this.output = output;
  }
}

export interface WaiterClock {
  now(): number;
  random(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const systemClock: WaiterClock = {
  now: () => Date.now(),
  random: Math.random,
  sleep: defaultSleep,
};

/** The value at a dotted path, or undefined when any step is missing. */
export function valueAt(value: unknown, path: string): unknown {
  let v = value;
  for (const step of path.split(".")) {
    if (v === null || typeof v !== "object" || !Object.prototype.hasOwnProperty.call(v, step))
      return undefined;
    v = (v as Record<string, unknown>)[step];
  }
  return v;
}

function errorMatches(error: unknown, expected: Acceptor["expected"]): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as { code?: unknown; name?: unknown };
  return e.code === expected || e.name === expected;
}

/** The first acceptor that matches this attempt's outcome. */
export function matchAcceptor(
  acceptors: readonly Acceptor[],
  outcome: { output?: unknown; error?: unknown; failed: boolean },
): Acceptor | undefined {
  return acceptors.find((a) =>
    a.matcher === "error"
      ? outcome.failed && errorMatches(outcome.error, a.expected)
      : !outcome.failed && valueAt(outcome.output, a.argument ?? "") === a.expected,
  );
}

/**
 * Seconds to sleep before attempt `attempt + 1`: exponential from minDelay, capped at maxDelay,
 * drawn uniformly from [minDelay, cap], and shortened so that the next attempt starts at least
 * minDelay before the deadline.
 */
export function waiterDelay(
  attempt: number,
  minDelay: number,
  maxDelay: number,
  remaining: number,
  random: () => number,
): number {
  const ceiling = Math.log(maxDelay / minDelay) / Math.log(2) + 1;
  const cap = attempt > ceiling ? maxDelay : minDelay * 2 ** (attempt - 1);
  let delay = minDelay + random() * (Math.max(cap, minDelay) - minDelay);
  if (remaining - delay <= minDelay) delay = remaining - minDelay;
  return delay;
}

export async function waitFor<O>(
  spec: WaiterSpec,
  call: (signal: AbortSignal | undefined) => Promise<O>,
  options: WaiterOptions = {},
  clock: WaiterClock = systemClock,
): Promise<WaiterResult<O>> {
  // A zero delay would spin; a millisecond is the floor.
  const minDelay = Math.max(options.minDelay ?? spec.minDelay, 0.001);
  const maxDelay = Math.max(options.maxDelay ?? spec.maxDelay, minDelay);
  const maxWaitTime = options.maxWaitTime ?? spec.minDelay * spec.maxAttempts;
  const signal = options.signal;
  const start = clock.now();
  let lastOutput: unknown;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw signal.reason;
    let outcome: { output?: O; error?: unknown; failed: boolean };
    try {
      outcome = { output: await call(signal), failed: false };
      lastOutput = outcome.output;
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      outcome = { error, failed: true };
    }
    const acceptor = matchAcceptor(spec.acceptors, outcome);
    if (acceptor?.state === "success")
      return { output: outcome.output, error: outcome.error, attempts: attempt };
    if (acceptor?.state === "failure") {
      const reason =
        acceptor.matcher === "error"
          ? `error ${String(acceptor.expected)}`
          : `${acceptor.argument} is ${String(acceptor.expected)}`;
      throw new WaiterFailureError(spec.name, reason, attempt, outcome.output, outcome.error);
    }
    // An error no acceptor expects will not go away by waiting.
    if (!acceptor && outcome.failed) throw outcome.error;
    // Another attempt needs at least minDelay of the time that is left.
    const remaining = maxWaitTime - (clock.now() - start) / 1000;
    if (remaining <= minDelay)
      throw new WaiterTimeoutError(spec.name, maxWaitTime, attempt, lastOutput);
    const delay = waiterDelay(attempt, minDelay, maxDelay, remaining, clock.random);
    await clock.sleep(Math.max(0, delay * 1000), signal);
  }
}
