/** Wall-clock time, for the standalone server. */
export const realClock = { now: () => Date.now() };
/** Time that moves only when told to: tests advance it past a command's pending and running phases. */
export class VirtualClock {
	t;
	constructor(start = Date.UTC(2025, 0, 1)) {
		this.t = start;
	}
	now() {
		return this.t;
	}
	/** Moves time forward by `ms` and returns the new time. */
	advance(ms) {
		if (!(ms >= 0)) throw new RangeError(`a clock only moves forward (got ${ms} ms)`);
		this.t += ms;
		return this.t;
	}
}
