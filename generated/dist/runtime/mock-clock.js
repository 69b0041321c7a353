const realClock = { now: () => Date.now() };
class VirtualClock {
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
export {
  VirtualClock,
  realClock
};
