import type { Clock } from "./mock-clock.js";
import { OperationError } from "./mock-operation.js";
export interface FaultRule {
  /** Probability from 0 to 1 that a request answers `error` instead of running. */
  errorRate?: number;
  /** Wire code of the injected error (default: the service's internal error). Alone, every request fails. */
  error?: string;
  message?: string;
  /** Milliseconds to wait before answering. */
  latencyMs?: number;
  /** Requests per second allowed (a token bucket on the store's clock); beyond it the protocol's throttling error. */
  maxRequestsPerSecond?: number;
}
/** Keyed by operation name, or by `<module>.<Operation>` (e.g. `ssm.GetCommandInvocation`) when names clash. */
export type FaultRules = Readonly<Record<string, FaultRule>>;
/** The protocol's own codes for the two faults that have no name in the rule. */
export interface FaultCodes {
  throttling: string;
  internal: string;
}
export declare class FaultInjector {
  private readonly rules;
  private readonly clock;
  private readonly random;
  private readonly buckets;
  /** Usually there are no rules at all: then `rule` answers without building a key per request. */
  private readonly none;
  constructor(rules: FaultRules, clock: Clock, random?: () => number);
  rule(moduleName: string, operation: string): FaultRule | undefined;
  /** Waits out any added latency, then returns the error the request should get, if any. */
  apply(
    moduleName: string,
    operation: string,
    codes: FaultCodes,
  ): Promise<OperationError | undefined>;
  /** Takes a token from the operation's bucket; returns 0, or the milliseconds until a token is free. */
  private take;
}
