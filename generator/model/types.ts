// The intermediate model: every emitter reads this and nothing else.
// References are resolved, names decided, defaults and protocol facts filled in once.

/** Where something was written in a spec, for diagnostics and for the "generated from" header. */
export interface SourceRef {
  file: string; // relative to the specs root, POSIX separators
  line: number; // 1-based
  col: number; // 1-based
}

export interface Docs {
  documentation?: string;
  deprecated?: string | true;
  sensitive?: boolean;
}

export type Shape =
  | StringShape
  | NumberShape
  | BooleanShape
  | TimestampShape
  | BlobShape
  | EnumShape
  | ListShape
  | MapShape
  | StructureShape
  | RefShape;

export interface ShapeBase extends Docs {
  /** Set on named shapes (shared, or named from their position); inline scalars have none. */
  name?: string;
  source: SourceRef;
  default?: unknown;
  /** Positions of constraint keys, for diagnostics that point at the exact key. */
  at?: Partial<Record<"length" | "range" | "pattern" | "default", SourceRef>>;
}

export interface Length {
  min?: number;
  max?: number;
}

export interface StringShape extends ShapeBase {
  kind: "string";
  length?: Length;
  pattern?: Pattern;
}

export interface Pattern {
  source: string;
  /** "u" when the pattern compiles with the u flag, "" for legacy patterns that only compile without it. */
  flags: "u" | "";
}

export interface NumberShape extends ShapeBase {
  kind: "integer" | "long" | "double";
  range?: { min?: number; max?: number };
}

export interface BooleanShape extends ShapeBase {
  kind: "boolean";
}

export interface TimestampShape extends ShapeBase {
  kind: "timestamp";
  format: "epoch-seconds" | "date-time";
}

export interface BlobShape extends ShapeBase {
  kind: "blob";
  length?: Length;
}

export interface EnumValue {
  value: string;
  documentation?: string;
}

export interface EnumShape extends ShapeBase {
  kind: "enum";
  name: string;
  values: EnumValue[];
}

export interface ListShape extends ShapeBase {
  kind: "list";
  items: Shape;
  length?: Length;
}

export interface MapShape extends ShapeBase {
  kind: "map";
  keys: StringShape | EnumShape | RefShape;
  values: Shape;
  length?: Length;
}

export interface Member extends Docs {
  name: string; // the wire name, also the TypeScript property name
  shape: Shape;
  required: boolean;
  default?: unknown;
  source: SourceRef;
}

export interface StructureShape extends ShapeBase {
  kind: "structure";
  name: string;
  members: Member[];
}

/** A reference to a named shape of the same service; `target` is filled in by the model stage. */
export interface RefShape extends ShapeBase {
  kind: "ref";
  ref: string;
}

export interface ErrorModel extends Docs {
  name: string; // identifier for the class
  code: string; // as on the wire
  status: number;
  fault: "client" | "server";
  retryable: boolean;
  throttling: boolean;
  shape: StructureShape; // named `${name}` members of the error body
  source: SourceRef;
}

export type Pagination =
  | { style: "token"; inputToken: string; outputToken: string; pageSize?: string; items: string }
  | { style: "page"; pageNumber: string; pageSize: string; totalCount: string; items: string };

export interface Acceptor {
  state: "success" | "failure" | "retry";
  matcher: "path" | "error";
  /** Dotted path into the output for `path` matchers. */
  argument?: string;
  expected: string | number | boolean;
}

export interface Waiter {
  name: string;
  delay: number; // seconds
  maxDelay: number; // seconds
  maxAttempts: number;
  acceptors: Acceptor[];
  documentation?: string;
}

export interface Example {
  title: string;
  documentation?: string;
  input: unknown;
  output?: unknown;
  error?: { code: string; message?: string; [k: string]: unknown };
  source: SourceRef;
}

export interface OperationModel extends Docs {
  name: string;
  input: StructureShape; // named `${name}Request`
  output: StructureShape; // named `${name}Response`
  errors: ErrorModel[];
  pagination?: Pagination;
  waiters: Waiter[];
  examples: Example[];
  source: SourceRef;
}

export type Protocol =
  | {
      kind: "awsJson1_1";
      targetPrefix: string;
      signingName: string;
      endpointPrefix: string;
    }
  | {
      kind: "rpc";
      method: "GET" | "POST";
      parameters: "query" | "form";
      responseFormat: "json" | "xml";
      endpoint: string; // with {region}
    };

export interface ServiceModel extends Docs {
  name: string; // identifier, e.g. SSM
  /** Lower-case folder/module name, e.g. ssm. */
  moduleName: string;
  title: string;
  apiVersion: string;
  protocol: Protocol;
  /** Every named shape: shared shapes, operation inputs/outputs, inline named shapes, error bodies; sorted by name. */
  shapes: Map<string, Shape & { name: string }>;
  operations: OperationModel[]; // sorted by name
  errors: ErrorModel[]; // sorted by name
  source: SourceRef;
  /** Spec files this service was built from, relative to the specs root, sorted. */
  files: string[];
}

export interface Model {
  services: ServiceModel[]; // sorted by name
}
