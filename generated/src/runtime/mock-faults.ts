// Fault injection per operation: added latency, a rate of errors, and throttling above a request rate.
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

interface Bucket {
  tokens: number;
  at: number;
}

export class FaultInjector {
  private readonly buckets = new Map<string, Bucket>();
  /** Usually there are no rules at all: then `rule` answers without building a key per request. */
  private readonly none: boolean;

  constructor(
    private readonly rules: FaultRules,
    private readonly clock: Clock,
    private readonly random: () => number = Math.random,
  ) {
    this.none = Object.keys(rules).length === 0;
  }

  rule(moduleName: string, operation: string): FaultRule | undefined {
    if (this.none) return undefined;
    return own(this.rules, `${moduleName}.${operation}`) ?? own(this.rules, operation);
  }

  /** Waits out any added latency, then returns the error the request should get, if any. */
  async apply(
    moduleName: string,
    operation: string,
    codes: FaultCodes,
  ): Promise<OperationError | undefined> {
    const rule = this.rule(moduleName, operation);
    if (!rule) return undefined;
    if (rule.latencyMs) await new Promise((r) => setTimeout(r, rule.latencyMs));
    if (rule.maxRequestsPerSecond !== undefined) {
      const waitMs = this.take(`${moduleName}.${operation}`, rule.maxRequestsPerSecond);
      if (waitMs > 0) {
        return new OperationError(codes.throttling, "Rate exceeded", {
          retryAfterMs: Math.ceil(waitMs),
        });
      }
    }
    const rate = rule.errorRate ?? (rule.error !== undefined ? 1 : 0);
    if (rate > 0 && this.random() < rate) {
      const code = rule.error ?? codes.internal;
      return new OperationError(code, rule.message ?? `Injected fault: ${code}`);
    }
    return undefined;
  }

  /** Takes a token from the operation's bucket; returns 0, or the milliseconds until a token is free. */
  private take(key: string, perSecond: number): number {
    const now = this.clock.now();
    const capacity = Math.max(1, perSecond);
    const b = this.buckets.get(key) ?? { tokens: capacity, at: now };
    b.tokens = Math.min(capacity, b.tokens + ((now - b.at) * perSecond) / 1000);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return perSecond > 0 ? ((1 - b.tokens) * 1000) / perSecond : Infinity;
  }
}

function own(rules: FaultRules, key: string): FaultRule | undefined {
  return Object.prototype.hasOwnProperty.call(rules, key) ? rules[key] : undefined;
}
