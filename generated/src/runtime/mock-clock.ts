// The mock's sense of time. Command lifecycles are computed from timestamps when asked, never
// driven by timers, so a virtual clock makes every state transition reproducible in tests.

export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** Wall-clock time, for the standalone server. */
export const realClock: Clock = { now: () => Date.now() };

/** Time that moves only when told to: tests advance it past a command's pending and running phases. */
export class VirtualClock implements Clock {
  private t: number;

  constructor(start: number = Date.UTC(2025, 0, 1)) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  /** Moves time forward by `ms` and returns the new time. */
  advance(ms: number): number {
    if (!(ms >= 0)) throw new RangeError(`a clock only moves forward (got ${ms} ms)`);
    this.t += ms;
    return this.t;
  }
}
