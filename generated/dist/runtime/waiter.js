// Waiters: call an operation until an acceptor of the spec says success or failure, backing off
// between attempts as Smithy's waiter specification describes (exponential from minDelay up to
// maxDelay, jittered, and never sleeping past maxWaitTime).
import { sleep as defaultSleep } from "./retry.js";
/** A failure acceptor matched: waiting longer would not help. */
export class WaiterFailureError extends Error {
	name = "WaiterFailureError";
	waiter;
	attempts;
	output;
	constructor(waiter, reason, attempts, output, error) {
		super(`waiter ${waiter} failed after ${attempts} attempt(s): ${reason}`, error === undefined ? undefined : { cause: error });
		this.waiter = waiter;
		this.attempts = attempts;
		this.output = output;
	}
}
/** maxWaitTime passed without a success or failure acceptor matching. */
export class WaiterTimeoutError extends Error {
	name = "WaiterTimeoutError";
	waiter;
	attempts;
	/** The last output seen, if the last attempt answered. */
	output;
	constructor(waiter, seconds, attempts, output) {
		super(`waiter ${waiter} gave up after ${seconds} s and ${attempts} attempt(s)`);
		this.waiter = waiter;
		this.attempts = attempts;
		this.output = output;
	}
}
const systemClock = {
	now: () => Date.now(),
	random: Math.random,
	sleep: defaultSleep
};
/** The value at a dotted path, or undefined when any step is missing. */
export function valueAt(value, path) {
	let v = value;
	for (const step of path.split(".")) {
		if (v === null || typeof v !== "object" || !Object.prototype.hasOwnProperty.call(v, step)) return undefined;
		v = v[step];
	}
	return v;
}
function errorMatches(error, expected) {
	if (!error || typeof error !== "object") return false;
	const e = error;
	return e.code === expected || e.name === expected;
}
/** The first acceptor that matches this attempt's outcome. */
export function matchAcceptor(acceptors, outcome) {
	return acceptors.find((a) => a.matcher === "error" ? outcome.failed && errorMatches(outcome.error, a.expected) : !outcome.failed && valueAt(outcome.output, a.argument ?? "") === a.expected);
}
/**
* Seconds to sleep before attempt `attempt + 1`: exponential from minDelay, capped at maxDelay,
* drawn uniformly from [minDelay, cap], and shortened so that the next attempt starts at least
* minDelay before the deadline.
*/
export function waiterDelay(attempt, minDelay, maxDelay, remaining, random) {
	const ceiling = Math.log(maxDelay / minDelay) / Math.log(2) + 1;
	const cap = attempt > ceiling ? maxDelay : minDelay * 2 ** (attempt - 1);
	let delay = minDelay + random() * (Math.max(cap, minDelay) - minDelay);
	if (remaining - delay <= minDelay) delay = remaining - minDelay;
	return delay;
}
export async function waitFor(spec, call, options = {}, clock = systemClock) {
	// A zero delay would spin; a millisecond is the floor.
	const minDelay = Math.max(options.minDelay ?? spec.minDelay, .001);
	const maxDelay = Math.max(options.maxDelay ?? spec.maxDelay, minDelay);
	const maxWaitTime = options.maxWaitTime ?? spec.minDelay * spec.maxAttempts;
	const signal = options.signal;
	const start = clock.now();
	let lastOutput;
	for (let attempt = 1;; attempt++) {
		if (signal?.aborted) throw signal.reason;
		let outcome;
		try {
			outcome = {
				output: await call(signal),
				failed: false
			};
			lastOutput = outcome.output;
		} catch (error) {
			if (signal?.aborted) throw signal.reason;
			outcome = {
				error,
				failed: true
			};
		}
		const acceptor = matchAcceptor(spec.acceptors, outcome);
		if (acceptor?.state === "success") return {
			output: outcome.output,
			error: outcome.error,
			attempts: attempt
		};
		if (acceptor?.state === "failure") {
			const reason = acceptor.matcher === "error" ? `error ${String(acceptor.expected)}` : `${acceptor.argument} is ${String(acceptor.expected)}`;
			throw new WaiterFailureError(spec.name, reason, attempt, outcome.output, outcome.error);
		}
		// An error no acceptor expects will not go away by waiting.
		if (!acceptor && outcome.failed) throw outcome.error;
		// Another attempt needs at least minDelay of the time that is left.
		const remaining = maxWaitTime - (clock.now() - start) / 1e3;
		if (remaining <= minDelay) throw new WaiterTimeoutError(spec.name, maxWaitTime, attempt, lastOutput);
		const delay = waiterDelay(attempt, minDelay, maxDelay, remaining, clock.random);
		await clock.sleep(Math.max(0, delay * 1e3), signal);
	}
}
