import { OperationError } from "./mock-operation.js";
export class FaultInjector {
	rules;
	clock;
	random;
	buckets = new Map();
	/** Usually there are no rules at all: then `rule` answers without building a key per request. */
	none;
	constructor(rules, clock, random = Math.random) {
		this.rules = rules;
		this.clock = clock;
		this.random = random;
		this.none = Object.keys(rules).length === 0;
	}
	rule(moduleName, operation) {
		if (this.none) return undefined;
		return own(this.rules, `${moduleName}.${operation}`) ?? own(this.rules, operation);
	}
	/** Waits out any added latency, then returns the error the request should get, if any. */
	async apply(moduleName, operation, codes) {
		const rule = this.rule(moduleName, operation);
		if (!rule) return undefined;
		if (rule.latencyMs) await new Promise((r) => setTimeout(r, rule.latencyMs));
		if (rule.maxRequestsPerSecond !== undefined) {
			const waitMs = this.take(`${moduleName}.${operation}`, rule.maxRequestsPerSecond);
			if (waitMs > 0) {
				return new OperationError(codes.throttling, "Rate exceeded", { retryAfterMs: Math.ceil(waitMs) });
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
	take(key, perSecond) {
		const now = this.clock.now();
		const capacity = Math.max(1, perSecond);
		const b = this.buckets.get(key) ?? {
			tokens: capacity,
			at: now
		};
		b.tokens = Math.min(capacity, b.tokens + (now - b.at) * perSecond / 1e3);
		b.at = now;
		this.buckets.set(key, b);
		if (b.tokens >= 1) {
			b.tokens -= 1;
			return 0;
		}
		return perSecond > 0 ? (1 - b.tokens) * 1e3 / perSecond : Infinity;
	}
}
function own(rules, key) {
	return Object.prototype.hasOwnProperty.call(rules, key) ? rules[key] : undefined;
}
