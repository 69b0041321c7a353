import type { BehaviourSet } from "./mock-operation.js";
import { type MockStore } from "./mock-store.js";
type Json = Record<string, any>;
/** CommandContent plus parameters, Base64-encoded, may not exceed 16 KB (API reference). */
export declare const maxEncodedCommandBytes: number;
/**
 * One execution as the API shows it: the fields of an `Invocation` (DescribeInvocations) and of an
 * `InvocationResult` (DescribeInvocationResult), with `InstanceId`. CommandContent and Output are Base64.
 */
export declare function seedInvocation(store: MockStore, space: string, inv: Json): void;
export declare const swasBehaviours: BehaviourSet;
export {};
