import { type Clock } from "./mock-clock.js";
import type { FaultRules } from "./mock-faults.js";
/** What a command prints and how long it takes, chosen by the first rule whose conditions hold. */
export interface OutputRule {
  /** A substring of the script, or a regular expression written between slashes (`/^df /m`). */
  match?: string;
  instanceId?: string;
  stdout?: string;
  stderr?: string;
  exitCode?: number;
  pendingMs?: number;
  runMs?: number;
}
export interface ManagedInstance {
  id: string;
  name?: string;
  tags?: Record<string, string>;
  region?: string;
}
/** One service's section of a state file; keys other than `instances` are read by that service's behaviours. */
export interface ServiceState {
  /** When given, only these instances exist; commands to others get the service's own error. */
  instances?: ManagedInstance[];
  [key: string]: unknown;
}
/** A state file (YAML or JSON): timing, outputs, faults, and per-service seeds keyed by module name. */
export interface MockState {
  timing?: {
    pendingMs?: number;
    runMs?: number;
    lagMs?: number;
  };
  outputs?: OutputRule[];
  faults?: FaultRules;
  services?: Record<string, ServiceState>;
}
export interface StoreOptions {
  clock?: Clock;
  /** Time an execution stays pending before it starts (default 500 ms). */
  pendingMs?: number;
  /** Time an execution runs (default 1000 ms): with the default pending time a command ends within 1.5 s. */
  runMs?: number;
  /** Time a fresh execution is invisible to reads, as the real services' eventual consistency (default 0). */
  lagMs?: number;
  outputs?: OutputRule[];
  /**
   * Executions that requests may create per service before the oldest commands are forgotten, so a
   * long session or a load test holds bounded memory (default 10 000). Seeds are not counted and stay.
   */
  maxExecutions?: number;
}
export declare const defaultMaxExecutions: number;
export type Phase = "pending" | "running" | "finished";
export interface Execution {
  seq: number;
  commandId: string;
  instanceId: string;
  createdAt: number;
  visibleAt: number;
  startAt: number;
  /** `Infinity` keeps a seeded execution in its phase for good. */
  endAt: number;
  exitCode: number;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** The status a seed fixes, in the service's own words (`Success`, `Cancelled`); it wins over the computed one. */
  pinned?: string;
  /** Seeded from a command's instance list alone: the first detailed seed of this execution replaces it. */
  placeholder?: boolean;
  /** `startAt` and `endAt` as ISO text, filled in by `isoTimes`. */
  iso?: {
    start: string;
    end: string;
  };
  meta: Record<string, unknown>;
}
export interface CommandRecord {
  seq: number;
  id: string;
  createdAt: number;
  script: string;
  meta: Record<string, unknown>;
  executions: Execution[];
}
export interface Plan {
  stdout: string;
  stderr: string;
  exitCode: number;
  pendingMs: number;
  runMs: number;
}
export declare class MockStore {
  readonly clock: Clock;
  pendingMs: number;
  runMs: number;
  lagMs: number;
  outputs: OutputRule[];
  maxExecutions: number;
  private seq;
  private readonly spaces;
  constructor(options?: StoreOptions);
  now(): number;
  /** Applies the state-wide parts of a state file; service sections are read by each service's behaviours. */
  applyState(state: MockState): void;
  /** Restricts a service to these instances; without a call any well-formed instance id exists. */
  setManagedInstances(space: string, instances: readonly ManagedInstance[]): void;
  managedInstances(space: string): ManagedInstance[] | undefined;
  /** Whether an instance exists: always, unless the state lists the managed instances. */
  isManaged(space: string, instanceId: string): boolean;
  instance(space: string, instanceId: string): ManagedInstance | undefined;
  /** What running `script` on `instanceId` will print, its exit code and durations. */
  plan(script: string, instanceId: string): Plan;
  /** Creates a command with one execution per instance, each on its own planned timeline. */
  createCommand(
    space: string,
    c: {
      id: string;
      script: string;
      instanceIds: readonly string[];
      meta?: Record<string, unknown>;
      timeoutMs?: number;
    },
  ): CommandRecord;
  /** How many commands a service holds, and how many of their executions requests created (bounded by `maxExecutions`). */
  size(space: string): {
    commands: number;
    createdExecutions: number;
  };
  /** Adds a command as a seed describes it (timestamps given, nothing planned); merges into an existing one. */
  seedCommand(
    space: string,
    id: string,
    fields: {
      createdAt: number;
      script?: string;
      meta?: Record<string, unknown>;
    },
  ): CommandRecord;
  /** Adds a seeded execution to a command, or fills in the fields an earlier seed left out. */
  seedExecution(
    command: CommandRecord,
    e: Partial<Omit<Execution, "seq" | "commandId" | "meta">> & {
      instanceId: string;
      meta?: Record<string, unknown>;
    },
  ): Execution;
  command(space: string, id: string): CommandRecord | undefined;
  /** Every command, newest first. */
  commands(space: string): CommandRecord[];
  /** Every execution that reads can see now, newest first. */
  visibleExecutions(space: string): Execution[];
  /** The execution of a command on an instance, if reads can see it yet. */
  visibleExecution(space: string, commandId: string, instanceId: string): Execution | undefined;
  phase(e: Execution): Phase;
  /** A keyed collection of seeded records (maintenance-window invocations and the like). */
  records<T>(space: string, kind: string): Map<string, T>;
  private space;
}
/** The default output: `echo` lines print their text, anything else prints nothing and exits 0. */
export declare function echoed(script: string): string;
/** The first `max` characters (Unicode code points, as the specs count length) of a text. */
export declare function truncate(text: string, max: number): string;
/**
 * ISO 8601 to the second, the form both services write (`2024-05-14T09:21:03Z`). Computed with integer
 * arithmetic (days to a civil date, after Howard Hinnant's algorithm): read paths format two dates per
 * response, and a Date object and its toISOString cost more than the rest of the answer.
 */
export declare function isoSeconds(ms: number): string;
/** An execution's start and end as ISO text, formatted once: they never change, and polling reads repeat them. */
export declare function isoTimes(e: Execution): {
  start: string;
  end: string;
};
/** Epoch seconds with millisecond precision, the awsJson1_1 timestamp form. */
export declare function epochSeconds(ms: number): number;
/** Milliseconds from a seed's timestamp: epoch seconds (number) or an ISO 8601 string. */
export declare function parseTime(value: unknown): number | undefined;
/** Base64 of the UTF-8 bytes of a text, without Node's Buffer. */
export declare function base64Utf8(text: string): string;
/** The text of base64-encoded UTF-8, or undefined when it is not base64. */
export declare function fromBase64Utf8(b64: string): string | undefined;
