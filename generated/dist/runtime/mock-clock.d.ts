export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}
/** Wall-clock time, for the standalone server. */
export declare const realClock: Clock;
/** Time that moves only when told to: tests advance it past a command's pending and running phases. */
export declare class VirtualClock implements Clock {
  private t;
  constructor(start?: number);
  now(): number;
  /** Moves time forward by `ms` and returns the new time. */
  advance(ms: number): number;
}
