// Imports a botocore model (service-2.json, with optional paginators-1.json and waiters-2.json)
// into opspec spec files. Pure: it takes parsed JSON and returns file texts; reading and writing
// files is import-botocore-cli.ts's job, so the conversion can be tested on in-memory models.
import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit, type Node, type YAMLMap } from "yaml";
import { htmlToText } from "./html-text.ts";

// ---- botocore model types (only what the importer reads) ----

export interface BotoRef {
  shape: string;
  documentation?: string;
  deprecated?: boolean;
  deprecatedMessage?: string;
  timestampFormat?: string;
  locationName?: string;
  default?: unknown;
  [trait: string]: unknown;
}

export interface BotoShape {
  type: string;
  members?: Record<string, BotoRef>;
  required?: string[];
  member?: BotoRef;
  key?: BotoRef;
  value?: BotoRef;
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  sensitive?: boolean;
  deprecated?: boolean;
  deprecatedMessage?: string;
  timestampFormat?: string;
  documentation?: string;
  default?: unknown;
  exception?: boolean;
  fault?: boolean;
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
  retryable?: { throttling?: boolean };
  [trait: string]: unknown;
}

export interface BotoOperation {
  name: string;
  input?: { shape: string };
  output?: { shape: string };
  errors?: Array<{ shape: string }>;
  documentation?: string;
  deprecated?: boolean;
  deprecatedMessage?: string;
}

export interface BotoModel {
  metadata: Record<string, string | string[] | undefined>;
  documentation?: string;
  operations: Record<string, BotoOperation>;
  shapes: Record<string, BotoShape>;
}

interface BotoPaginator {
  input_token?: string | string[];
  output_token?: string | string[];
  limit_key?: string;
  result_key?: string | string[];
}

interface BotoWaiter {
  operation: string;
  delay: number;
  maxAttempts: number;
  acceptors: Array<{ state: string; matcher: string; argument?: string; expected: unknown }>;
}

export interface ImportOptions {
  /** Operations to import; all of the model's operations when omitted. */
  operations?: string[];
  /** Parsed paginators-1.json. */
  paginators?: object;
  /** Parsed waiters-2.json. */
  waiters?: object;
  /** When set, every path is placed under this folder (for an output root such as `specs/`). */
  serviceFolderName?: string;
  /** Hand-written examples per operation name, appended to the operation files as `examples:`. */
  examples?: Record<string, unknown[]>;
}

export interface ImportResult {
  files: Array<{ path: string; text: string }>;
  /** Model features the spec language cannot express, and how they were handled. */
  warnings: string[];
}

type Spec = Record<string, unknown>;

/** Our language has no awsJson1_0 or REST bindings yet, so only JSON 1.1 models are accepted. */
function protocolOf(metadata: BotoModel["metadata"]): Spec {
  const protocol = metadata.protocol;
  if (protocol !== "json" || metadata.jsonVersion !== "1.1") {
    throw new Error(`unsupported botocore protocol ${protocol} ${metadata.jsonVersion ?? ""}: only json 1.1 is supported`);
  }
  return {
    awsJson1_1: {
      targetPrefix: metadata.targetPrefix,
      // botocore signs with the endpoint prefix when the model names no signing name.
      signingName: metadata.signingName ?? metadata.endpointPrefix,
      endpointPrefix: metadata.endpointPrefix,
    },
  };
}

/** "Application Auto Scaling" → "ApplicationAutoScaling": type and client names derive from it. */
export function serviceIdentifier(serviceId: string): string {
  const id = serviceId.replace(/[^A-Za-z0-9_]/g, "");
  return /^[0-9]/.test(id) ? `_${id}` : id;
}

// ---- reachability ----

function refsOf(shape: BotoShape): BotoRef[] {
  const refs = Object.values(shape.members ?? {});
  for (const ref of [shape.member, shape.key, shape.value]) if (ref) refs.push(ref);
  return refs;
}

function operationRoots(operation: BotoOperation): string[] {
  const roots = [operation.input?.shape, operation.output?.shape, ...(operation.errors ?? []).map((e) => e.shape)];
  return roots.filter((name): name is string => name !== undefined);
}

function lookupOperation(model: BotoModel, name: string): BotoOperation {
  const operation = model.operations[name];
  if (!operation) throw new Error(`operation ${name} is not in the model`);
  return operation;
}

function lookupShape(model: BotoModel, name: string): BotoShape {
  const shape = model.shapes[name];
  if (!shape) throw new Error(`shape ${name} is referenced but not defined in the model`);
  return shape;
}

/** Names of every shape the operations reach (inputs, outputs, errors, transitively), in model order. */
export function reachableShapes(model: BotoModel, operationNames: string[]): string[] {
  const seen = new Set<string>();
  const pending = operationNames.flatMap((name) => operationRoots(lookupOperation(model, name)));
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    pending.push(...refsOf(lookupShape(model, name)).map((ref) => ref.shape));
  }
  return Object.keys(model.shapes).filter((name) => seen.has(name));
}

// ---- shape conversion ----

const NUMBER_TYPES: Record<string, string> = { integer: "integer", long: "long", double: "double", float: "double" };
const SCALAR_TYPES = new Set(["string", "boolean", ...Object.keys(NUMBER_TYPES)]);
/**
 * Member traits the importer reads, plus two it drops on purpose because they carry no constraint
 * and no wire meaning for awsJson1_1: `box` only makes Java use nullable types (every optional
 * member already is), `idempotencyToken` only tells SDKs to fill in a UUID.
 */
const KNOWN_MEMBER_TRAITS = new Set(["shape", "documentation", "deprecated", "deprecatedMessage", "timestampFormat", "default", "box", "idempotencyToken"]);
const TIMESTAMP_FORMATS: Record<string, string> = { unixTimestamp: "epoch-seconds", iso8601: "date-time" };

/**
 * A scalar without any constraint or documentation says nothing its type does not, so members
 * inline it as `{ type: string }` instead of referencing a shared shape.
 */
export function isPlainScalar(shape: BotoShape): boolean {
  if (!SCALAR_TYPES.has(shape.type)) return false;
  const traits = ["enum", "min", "max", "pattern", "sensitive", "deprecated", "documentation", "default", "timestampFormat"];
  return traits.every((trait) => shape[trait] === undefined || shape[trait] === false);
}

/** Collects refs and warnings while one import runs. */
interface Context {
  model: BotoModel;
  refs: Set<string>;
  warnings: Set<string>;
}

function bounds(shape: BotoShape): Spec | undefined {
  if (shape.min === undefined && shape.max === undefined) return undefined;
  return withDefined({}, { min: shape.min, max: shape.max });
}

function deprecation(source: { deprecated?: boolean; deprecatedMessage?: string }): unknown {
  if (!source.deprecated) return undefined;
  return source.deprecatedMessage ? source.deprecatedMessage : true;
}

/** Assigns only defined values, so absent traits leave no `key: undefined` in the output. */
function withDefined(target: Spec, entries: Spec): Spec {
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) target[key] = value;
  return target;
}

/** Documentation text, or undefined when the model has none, so no empty key is written. */
function doc(html: string | undefined): string | undefined {
  return htmlToText(html) || undefined;
}

/** JavaScript has no inline `(?i)` flag; spell each ASCII letter outside classes as `[xX]` instead. */
function portablePattern(pattern: string, where: string, ctx: Pick<Context, "warnings">): string {
  if (!pattern.startsWith("(?i)")) return pattern;
  let out = "";
  let inClass = false;
  const body = pattern.slice(4);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === "\\") {
      out += ch + (body[i + 1] ?? "");
      i++;
    } else if (inClass || !/[a-z]/i.test(ch)) {
      if (ch === "[") inClass = true;
      if (ch === "]") inClass = false;
      if (inClass && /[a-z]/i.test(ch)) ctx.warnings.add(`${where}: (?i) pattern has letters inside a class; they stay case-sensitive`);
      out += ch;
    } else {
      out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    }
  }
  ctx.warnings.add(`${where}: pattern ${JSON.stringify(pattern)} uses the inline (?i) flag; rewritten as ${JSON.stringify(out)}`);
  return out;
}

function enumValues(values: string[]): Spec {
  // botocore enums carry no per-value documentation, so each value documents as "".
  return Object.fromEntries(values.map((value) => [value, ""]));
}

function timestampFormat(format: string | undefined, where: string, ctx: Context): string | undefined {
  if (format === undefined) return undefined;
  const mapped = TIMESTAMP_FORMATS[format];
  if (!mapped) ctx.warnings.add(`${where}: timestampFormat ${format} has no equivalent; left to the protocol default`);
  return mapped;
}

/** The type-specific part of a shape: `type` and its constraints. */
function shapeCore(shape: BotoShape, where: string, ctx: Context): Spec {
  const number = NUMBER_TYPES[shape.type];
  if (number) return withDefined({ type: number }, { range: bounds(shape) });
  switch (shape.type) {
    case "string":
      if (shape.enum) return { type: "enum", values: enumValues(shape.enum) };
      return withDefined(
        { type: "string" },
        { length: bounds(shape), pattern: shape.pattern === undefined ? undefined : portablePattern(shape.pattern, where, ctx) },
      );
    case "boolean":
      return { type: "boolean" };
    case "timestamp":
      return withDefined({ type: "timestamp" }, { format: timestampFormat(shape.timestampFormat, where, ctx) });
    case "blob":
      return withDefined({ type: "blob" }, { length: bounds(shape) });
    case "list":
      return withDefined({ type: "list", items: memberSpec(shape.member!, false, `${where}.member`, ctx) }, { length: bounds(shape) });
    case "map":
      return withDefined(
        {
          type: "map",
          keys: memberSpec(shape.key!, false, `${where}.key`, ctx),
          values: memberSpec(shape.value!, false, `${where}.value`, ctx),
        },
        { length: bounds(shape) },
      );
    case "structure":
      return { type: "structure", members: membersSpec(shape, where, ctx) };
    default:
      throw new Error(`${where}: unsupported botocore shape type ${shape.type}`);
  }
}

/** A full shape definition, as written under `shapes:` or inline. */
function shapeSpec(shape: BotoShape, where: string, ctx: Context): Spec {
  const core = shapeCore(shape, where, ctx);
  const { members, ...constraints } = core;
  const spec = withDefined(constraints, {
    sensitive: shape.sensitive ? true : undefined,
    deprecated: deprecation(shape),
    default: shape.default,
    documentation: doc(shape.documentation),
  });
  // Members come last so a structure's documentation stays next to its name.
  if (members !== undefined) spec.members = members;
  return spec;
}

function membersSpec(shape: BotoShape, where: string, ctx: Context): Spec {
  const required = new Set(shape.required ?? []);
  const members: Spec = {};
  for (const [name, ref] of Object.entries(shape.members ?? {})) {
    members[name] = memberSpec(ref, required.has(name), `${where}.${name}`, ctx);
  }
  return members;
}

function noteIgnoredTraits(ref: BotoRef, where: string, ctx: Context): void {
  for (const trait of Object.keys(ref)) {
    if (!KNOWN_MEMBER_TRAITS.has(trait)) ctx.warnings.add(`${where}: member trait ${trait} is not expressible and was dropped`);
  }
}

/** A member (or list item, map key/value): a `ref` to a shared shape, or the inlined plain scalar. */
function memberSpec(ref: BotoRef, required: boolean, where: string, ctx: Context): Spec {
  noteIgnoredTraits(ref, where, ctx);
  const target = lookupShape(ctx.model, ref.shape);
  const format = ref.timestampFormat ?? target.timestampFormat;
  let spec: Spec;
  if (isPlainScalar(target)) {
    spec = shapeCore(target, ref.shape, ctx);
  } else if (target.type === "timestamp" && format !== target.timestampFormat) {
    // A ref may not change its target's constraints, so a member-level format inlines the timestamp.
    spec = withDefined({ type: "timestamp" }, { format: timestampFormat(format, where, ctx) });
  } else {
    ctx.refs.add(ref.shape);
    spec = { ref: ref.shape };
  }
  return withDefined(spec, {
    required: required ? true : undefined,
    deprecated: deprecation(ref),
    default: ref.default,
    documentation: doc(ref.documentation),
  });
}

// ---- errors, pagination, waiters ----

/** Smithy's rule: an error without an explicit status answers 500 for server faults, 400 otherwise. */
function errorSpec(name: string, shape: BotoShape, ctx: Context): Spec {
  const fault = shape.fault ? "server" : "client";
  const retryable = !shape.retryable ? false : shape.retryable.throttling ? { throttling: true } : true;
  const code = shape.error?.code !== undefined && shape.error.code !== name ? shape.error.code : undefined;
  return withDefined(
    { status: shape.error?.httpStatusCode ?? (fault === "server" ? 500 : 400), fault, retryable },
    { code, documentation: doc(shape.documentation), members: shape.members && Object.keys(shape.members).length > 0 ? membersSpec(shape, name, ctx) : undefined },
  );
}

/** The spec language holds one token and one items key; botocore may list several. */
function single(value: string | string[] | undefined, what: string, ctx: Context): string | undefined {
  if (!Array.isArray(value)) return value;
  if (value.length > 1) ctx.warnings.add(`${what}: several keys ${JSON.stringify(value)}; kept the first`);
  return value[0];
}

function paginationSpec(operation: string, paginator: BotoPaginator, ctx: Context): Spec {
  const where = `paginator ${operation}`;
  return withDefined(
    { style: "token" },
    {
      inputToken: single(paginator.input_token, `${where} input_token`, ctx),
      outputToken: single(paginator.output_token, `${where} output_token`, ctx),
      pageSize: paginator.limit_key,
      items: single(paginator.result_key, `${where} result_key`, ctx),
    },
  );
}

/** The language has no maximum delay in botocore; 120 s is the AWS SDKs' default cap. */
function waiterSpec(name: string, waiter: BotoWaiter, ctx: Context): Spec {
  const acceptors = waiter.acceptors.map((acceptor) => {
    if (acceptor.matcher !== "path" && acceptor.matcher !== "error") {
      ctx.warnings.add(`waiter ${name}: matcher ${acceptor.matcher} kept as written; the spec language defines path and error`);
    }
    return withDefined({ state: acceptor.state, matcher: acceptor.matcher }, { argument: acceptor.argument, expected: acceptor.expected });
  });
  return { delay: waiter.delay, maxAttempts: waiter.maxAttempts, maxDelay: 120, acceptors };
}

// ---- files ----

const YAML_11_LOOKALIKE = /^(?:y|n|yes|no|on|off|true|false|null|~|[-+]?[0-9][0-9_:.eE+-]*|\d{4}-\d\d?-\d\d?.*)$/i;

/**
 * Serializes with the `yaml` package. Patterns are single-quoted so backslashes read as written;
 * strings a YAML 1.1 reader would take for dates, booleans or numbers are double-quoted; short
 * shape maps go on one line, as the spec language's own examples write them.
 */
export function toYaml(value: unknown, schemaPath: string): string {
  const document = new Document(value);
  const maps: YAMLMap[] = [];
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value === "string" && node.type === undefined && YAML_11_LOOKALIKE.test(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
    Pair(_, pair, path) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key === "pattern" && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_SINGLE;
      // An operation's error list is a list of names, written on one line as in the language docs.
      if (key === "errors" && isSeq(pair.value) && path.at(-1) === document.contents) pair.value.flow = true;
      if ((key === "length" || key === "range") && isMap(pair.value) && !inExamples(path)) pair.value.flow = true;
    },
    Map(_, node, path) {
      if (!inExamples(path) && (node.has("ref") || node.has("type") || node.has("state"))) maps.push(node);
    },
  });
  // Innermost maps first, so a parent can see that its children already went on one line.
  for (const node of maps.reverse()) if (fitsOnOneLine(node)) node.flow = true;
  return `# yaml-language-server: $schema=${schemaPath}\n${document.toString({ lineWidth: 0, blockQuote: "literal" })}`;
}

/** Example values keep the block layout their author chose; member names there are data. */
function inExamples(path: readonly unknown[]): boolean {
  return path.some((ancestor) => isPair(ancestor) && isScalar(ancestor.key) && ancestor.key.value === "examples");
}

function fitsOnOneLine(node: Node): boolean {
  const js = JSON.stringify(node.toJSON());
  return !js.includes('"documentation":') && !js.includes("\\n") && js.length <= 100 && !hasBlockChild(node);
}

function hasBlockChild(node: Node): boolean {
  if (!isMap(node) && !isSeq(node)) return false;
  return node.items.some((item) => {
    const child = (isMap(node) ? (item as { value: unknown }).value : item) as Node;
    return (isMap(child) || isSeq(child)) && !child.flow;
  });
}

function sortedEntries<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function operationFile(name: string, options: ImportOptions, ctx: Context): Spec {
  const operation = lookupOperation(ctx.model, name);
  const structure = (ref: { shape: string } | undefined, role: string): Spec =>
    ref ? shapeBodyOfTopLevel(lookupShape(ctx.model, ref.shape), `${name}.${role}`, ctx) : { members: {} };
  const paginator = (options.paginators as { pagination?: Record<string, BotoPaginator> } | undefined)?.pagination?.[name];
  const waiters = Object.entries((options.waiters as { waiters?: Record<string, BotoWaiter> } | undefined)?.waiters ?? {})
    .filter(([, waiter]) => waiter.operation === name)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return withDefined(
    { operation: name },
    {
      documentation: doc(operation.documentation),
      deprecated: deprecation(operation),
      input: structure(operation.input, "input"),
      output: structure(operation.output, "output"),
      errors: operation.errors?.length ? operation.errors.map((error) => error.shape) : undefined,
      pagination: paginator ? paginationSpec(name, paginator, ctx) : undefined,
      waiters: waiters.length > 0 ? Object.fromEntries(waiters.map(([n, w]) => [n, waiterSpec(n, w, ctx)])) : undefined,
      examples: options.examples?.[name],
    },
  );
}

/** Inline input/output: the structure without `type`, which the position already implies. */
function shapeBodyOfTopLevel(shape: BotoShape, where: string, ctx: Context): Spec {
  if (shape.type !== "structure") throw new Error(`${where}: an operation's input and output must be structures`);
  const { type: _type, ...rest } = shapeSpec(shape, where, ctx);
  return rest;
}

/** Converts shared shapes until no new refs appear: shared shapes may reference further shapes. */
function sharedShapes(ctx: Context): Spec {
  const shapes: Spec = {};
  let pending = [...ctx.refs];
  while (pending.length > 0) {
    for (const name of pending) shapes[name] = shapeSpec(lookupShape(ctx.model, name), name, ctx);
    pending = [...ctx.refs].filter((name) => !(name in shapes));
  }
  return sortedEntries(shapes);
}

function errorsOf(operationNames: string[], ctx: Context): Spec {
  const names = new Set(operationNames.flatMap((name) => (lookupOperation(ctx.model, name).errors ?? []).map((e) => e.shape)));
  const errors: Spec = {};
  for (const name of names) errors[name] = errorSpec(name, lookupShape(ctx.model, name), ctx);
  return sortedEntries(errors);
}

function serviceFile(operationNames: string[], ctx: Context): Spec {
  const metadata = ctx.model.metadata;
  const protocol = protocolOf(metadata);
  // Errors first: their members may add shared shapes.
  const errors = errorsOf(operationNames, ctx);
  const shapes = sharedShapes(ctx);
  return withDefined(
    {
      service: serviceIdentifier(String(metadata.serviceId ?? metadata.serviceAbbreviation ?? metadata.endpointPrefix)),
      title: metadata.serviceFullName,
      apiVersion: metadata.apiVersion,
    },
    { documentation: doc(ctx.model.documentation), protocol, shapes, errors },
  );
}

/** Converts a botocore model into `service.yaml` and `operations/<Op>.yaml` texts. */
export function importBotocore(model: object, options: ImportOptions = {}): ImportResult {
  const botoModel = model as BotoModel;
  const ctx: Context = { model: botoModel, refs: new Set(), warnings: new Set() };
  const operationNames = options.operations ?? Object.keys(botoModel.operations);
  const operations = [...operationNames].sort().map((name) => ({ name, spec: operationFile(name, options, ctx) }));
  const service = serviceFile(operationNames, ctx);
  for (const name of Object.keys(options.examples ?? {})) {
    if (!operationNames.includes(name)) ctx.warnings.add(`examples for ${name} ignored: the operation is not imported`);
  }
  const prefix = options.serviceFolderName ? `${options.serviceFolderName}/` : "";
  const files = [
    { path: `${prefix}service.yaml`, text: toYaml(service, "../../generator/check/spec.schema.json") },
    ...operations.map(({ name, spec }) => ({
      path: `${prefix}operations/${name}.yaml`,
      text: toYaml(spec, "../../../generator/check/spec.schema.json"),
    })),
  ];
  return { files, warnings: [...ctx.warnings].sort() };
}
