import type { BehaviourSet } from "./mock-operation.js";
import { type MockStore } from "./mock-store.js";
type Json = Record<string, any>;
/** Documented limits: GetCommandInvocation returns the first 24,000 characters of stdout and 8,000 of stderr. */
export declare const stdoutLimit = 24e3;
export declare const stderrLimit = 8e3;
/** A plugin's `Output` in ListCommandInvocations holds at most 2,500 characters. */
export declare const pluginOutputLimit = 2500;
/** A command as ListCommands shows it (plus optional `Invocations` as GetCommandInvocation shows them). */
export declare function seedCommand(store: MockStore, space: string, command: Json): void;
/** An invocation as GetCommandInvocation (or ListCommandInvocations) shows it. */
export declare function seedInvocation(store: MockStore, space: string, inv: Json): void;
/** A maintenance-window task invocation as GetMaintenanceWindowExecutionTaskInvocation returns it. */
export declare function seedMaintenanceWindowInvocation(
  store: MockStore,
  space: string,
  inv: Json,
): void;
export declare const ssmBehaviours: BehaviourSet;
export {};
