// Model: turn schema-valid spec documents into the resolved intermediate model.
// Problems that need more than one file to see (duplicates, name collisions) are reported here;
// the remaining semantic checks run on the finished model (check/semantic.ts).
import { diag, type Diagnostic } from "../check/diagnostics.ts";
import { didYouMean } from "../check/suggest.ts";
import { locate, type SpecDocument } from "../load/load.ts";
import { compilePattern } from "./pattern.ts";
import type {
  Acceptor,
  EnumShape,
  ErrorModel,
  Example,
  Length,
  Member,
  Model,
  OperationModel,
  Protocol,
  ServiceModel,
  Shape,
  ShapeBase,
  SourceRef,
  StructureShape,
  Waiter,
} from "./types.ts";

type Raw = Record<string, any>;
type Path = (string | number)[];

export interface BuildResult {
  model: Model;
  diagnostics: Diagnostic[];
}

export function buildModel(documents: readonly SpecDocument[]): BuildResult {
  const diagnostics: Diagnostic[] = [];
  const byFolder = new Map<string, SpecDocument[]>();
  for (const d of documents) {
    const list = byFolder.get(d.folder) ?? [];
    list.push(d);
    byFolder.set(d.folder, list);
  }
  const services: ServiceModel[] = [];
  const serviceNames = new Map<string, SourceRef>();
  for (const [folder, docs] of [...byFolder].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const service = buildServiceOnce(folder, docs, diagnostics);
    if (!service) continue;
    const clash = serviceNames.get(service.moduleName);
    if (clash) {
      diagnostics.push(
        diag(service.source, "duplicate-name", `service '${service.name}' is also defined at ${clash.file}:${clash.line}`),
      );
      continue;
    }
    serviceNames.set(service.moduleName, service.source);
    services.push(service);
  }
  services.sort((a, b) => (a.name < b.name ? -1 : 1));
  return { model: { services }, diagnostics };
}

/**
 * The last build of each service folder. The loader hands back the same document objects for files
 * whose text did not change, so a folder whose documents are all the same objects as last time has
 * the same model: the watcher rebuilds only the service that was edited, and everything keyed by
 * the model object downstream (semantic checks, emitted files) is reused with it. Nothing mutates
 * a built model (test/incremental.test.ts freezes one and runs every check and emitter on it).
 */
const lastBuild = new Map<string, { docs: readonly SpecDocument[]; service: ServiceModel | undefined; diagnostics: Diagnostic[] }>();

function buildServiceOnce(folder: string, docs: SpecDocument[], diagnostics: Diagnostic[]): ServiceModel | undefined {
  const hit = lastBuild.get(folder);
  if (hit && hit.docs.length === docs.length && hit.docs.every((d, i) => d === docs[i])) {
    diagnostics.push(...hit.diagnostics);
    return hit.service;
  }
  const own: Diagnostic[] = [];
  const service = buildService(folder, docs, own);
  lastBuild.set(folder, { docs: [...docs], service, diagnostics: own });
  diagnostics.push(...own);
  return service;
}

function buildService(folder: string, docs: SpecDocument[], diagnostics: Diagnostic[]): ServiceModel | undefined {
  const serviceDocs = docs.filter((d) => d.kind === "service");
  // No service document: the loader has already reported it, as missing from the folder or as unloadable.
  if (serviceDocs.length === 0) return undefined;
  for (const extra of serviceDocs.slice(1)) {
    diagnostics.push(diag(locate(extra, []), "duplicate-name", `folder '${folder}' has more than one service file (also ${serviceDocs[0].file})`));
  }
  const sdoc = serviceDocs[0];
  const raw = sdoc.value as Raw;
  const b = new Builder(sdoc, diagnostics);
  const service: ServiceModel = {
    name: raw.service,
    moduleName: folder.toLowerCase(),
    title: raw.title ?? raw.service,
    apiVersion: raw.apiVersion ?? "",
    documentation: raw.documentation,
    protocol: protocolOf(raw.protocol),
    shapes: b.shapes,
    operations: [],
    errors: [],
    source: locate(sdoc, []),
    files: docs.map((d) => d.file).sort(),
  };
  if (!/^[a-z][a-z0-9_-]*$/.test(service.moduleName)) {
    diagnostics.push(diag(service.source, "bad-folder", `service folder '${folder}' must be a lower-case name (letters, digits, - or _)`));
  }
  for (const [name, shapeRaw] of Object.entries((raw.shapes ?? {}) as Raw)) {
    b.named(sdoc, name, shapeRaw, ["shapes", name]);
  }
  const errorsByName = new Map<string, ErrorModel>();
  for (const [name, e] of Object.entries((raw.errors ?? {}) as Raw)) {
    const at: Path = ["errors", name];
    // The body type is `<Error>Body`, leaving the bare name to the client's error class.
    const shape = b.structure(sdoc, `${name}Body`, { members: e.members ?? {} }, at, e.documentation);
    const error: ErrorModel = {
      name,
      code: e.code ?? name,
      status: e.status ?? (e.fault === "server" ? 500 : 400),
      fault: e.fault ?? ((e.status ?? 400) >= 500 ? "server" : "client"),
      retryable: e.retryable === true || (typeof e.retryable === "object" && e.retryable !== null),
      throttling: typeof e.retryable === "object" && e.retryable?.throttling === true,
      documentation: e.documentation,
      deprecated: e.deprecated || undefined,
      shape,
      source: locate(sdoc, at, { key: true }),
    };
    errorsByName.set(name, error);
    service.errors.push(error);
  }
  service.errors.sort((a, b2) => (a.name < b2.name ? -1 : 1));

  const opNames = new Map<string, string>();
  for (const odoc of docs.filter((d) => d.kind === "operation")) {
    const o = odoc.value as Raw;
    const name: string = o.operation;
    const fileName = odoc.file.split("/").pop()!;
    const ext = /\.(ya?ml|json)$/.exec(fileName)![0];
    if (fileName.slice(0, -ext.length) !== name) {
      diagnostics.push(diag(locate(odoc, ["operation"]), "name-mismatch", `operation '${name}' must be in a file named ${name}${ext}, not ${fileName}`));
    }
    const prior = opNames.get(name);
    if (prior) {
      diagnostics.push(diag(locate(odoc, ["operation"]), "duplicate-name", `operation '${name}' is already defined in ${prior}`));
      continue;
    }
    opNames.set(name, odoc.file);
    service.operations.push(buildOperation(b, odoc, o, errorsByName, diagnostics));
  }
  service.operations.sort((a, c) => (a.name < c.name ? -1 : 1));
  // Named shapes in name order, so every emitter iterates them the same way.
  const sorted = new Map([...b.shapes].sort(([x], [y]) => (x < y ? -1 : 1)));
  service.shapes = sorted;
  return service;
}

function buildOperation(
  b: Builder,
  odoc: SpecDocument,
  o: Raw,
  errorsByName: Map<string, ErrorModel>,
  diagnostics: Diagnostic[],
): OperationModel {
  const name: string = o.operation;
  const io = (key: "input" | "output", suffix: string): StructureShape => {
    const body = (o[key] ?? { members: {} }) as Raw;
    if (body.ref !== undefined) {
      const target = b.shapes.get(body.ref);
      if (!target || target.kind !== "structure") {
        diagnostics.push(diag(locate(odoc, [key, "ref"]), "dangling-ref", `'${key}.ref' names '${body.ref}', which is not a structure in service.yaml`));
        return b.structure(odoc, `${name}${suffix}`, { members: {} }, [key]);
      }
      // A copy under the operation's own name keeps `<Op>Request` stable for users.
      const copy: StructureShape = { ...target, name: `${name}${suffix}`, source: locate(odoc, [key]) };
      b.register(copy, odoc, [key]);
      return copy;
    }
    const fallback = key === "input" ? o.documentation : undefined;
    return b.structure(odoc, `${name}${suffix}`, body, [key], body.documentation ?? fallback);
  };
  const errors: ErrorModel[] = [];
  (o.errors ?? []).forEach((e: string, i: number) => {
    const found = errorsByName.get(e);
    if (!found) diagnostics.push(diag(locate(odoc, ["errors", i]), "dangling-ref", `error '${e}' is not defined under 'errors' in service.yaml${didYouMean(e, errorsByName.keys())}`));
    else if (errors.includes(found)) diagnostics.push(diag(locate(odoc, ["errors", i]), "duplicate-name", `error '${e}' is listed twice`));
    else errors.push(found);
  });
  const waiters: Waiter[] = Object.entries((o.waiters ?? {}) as Raw).map(([wname, w]) => ({
    name: wname,
    delay: w.delay ?? 5,
    maxDelay: w.maxDelay ?? 120,
    maxAttempts: w.maxAttempts ?? 20,
    documentation: w.documentation,
    acceptors: (w.acceptors as Raw[]).map((a) => ({ state: a.state, matcher: a.matcher, argument: a.argument, expected: a.expected }) as Acceptor),
  }));
  const examples: Example[] = (o.examples ?? []).map((e: Raw, i: number) => ({
    title: e.title,
    documentation: e.documentation,
    input: e.input,
    output: e.output,
    error: e.error,
    source: locate(odoc, ["examples", i]),
  }));
  const operation: OperationModel = {
    name,
    documentation: o.documentation,
    deprecated: o.deprecated || undefined,
    input: io("input", "Request"),
    output: io("output", "Response"),
    errors: errors.sort((x, y) => (x.name < y.name ? -1 : 1)),
    pagination: o.pagination,
    waiters,
    examples,
    source: locate(odoc, ["operation"]),
  };
  operationDocs.set(operation, odoc);
  return operation;
}

// The file each operation came from, so the semantic checks can point at the exact key of a
// pagination, waiter or example problem without the model carrying documents to the emitters.
const operationDocs = new WeakMap<OperationModel, SpecDocument>();

/** Where a key path of an operation's file sits; the operation's name when the file is unknown. */
export function locateInOperation(op: OperationModel, at: readonly (string | number)[], opts: { key?: boolean } = {}): SourceRef {
  const doc = operationDocs.get(op);
  return doc ? locate(doc, at, opts) : op.source;
}

function protocolOf(raw: Raw): Protocol {
  if (raw.awsJson1_1) {
    const p = raw.awsJson1_1;
    return { kind: "awsJson1_1", targetPrefix: p.targetPrefix, signingName: p.signingName, endpointPrefix: p.endpointPrefix ?? p.signingName };
  }
  const p = raw.rpc;
  return {
    kind: "rpc",
    method: p.method ?? "POST",
    parameters: p.parameters ?? "query",
    responseFormat: p.responseFormat ?? "json",
    endpoint: p.endpoint,
  };
}

/** Converts raw shapes of one service, naming inline structures and enums by their position. */
class Builder {
  readonly shapes = new Map<string, Shape & { name: string }>();
  private readonly origin = new Map<string, SourceRef>();
  private readonly defaultTimestamp: "epoch-seconds" | "date-time";

  constructor(
    serviceDoc: SpecDocument,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.defaultTimestamp = (serviceDoc.value as Raw).protocol?.rpc ? "date-time" : "epoch-seconds";
  }

  register(shape: Shape & { name: string }, doc: SpecDocument, at: Path): void {
    const where = locate(doc, at, { key: true });
    const prior = this.origin.get(shape.name);
    if (prior) {
      this.diagnostics.push(
        diag(
          where,
          "name-collision",
          // Only shared shapes are named by hand; every other name comes from the shape's position.
          at[0] === "shapes" && at.length === 2
            ? `the name '${shape.name}' is already used by the shape at ${prior.file}:${prior.line}:${prior.col}; rename one of them`
            : `this shape is named '${shape.name}' after its position, but the shape at ${prior.file}:${prior.line}:${prior.col} already has that name; rename one of them`,
        ),
      );
      return;
    }
    this.origin.set(shape.name, where);
    this.shapes.set(shape.name, shape);
  }

  /** A shared shape under `shapes:`; every kind gets the name, so scalars become named aliases. */
  named(doc: SpecDocument, name: string, raw: Raw, at: Path): void {
    if (raw.ref !== undefined) {
      this.diagnostics.push(diag(locate(doc, [...at, "ref"]), "ref-alias", `shared shape '${name}' cannot be only a reference; use '${raw.ref}' directly`));
      return;
    }
    const shape = this.shape(doc, raw, at, name, true);
    if (shape.kind !== "ref") this.register({ ...shape, name } as Shape & { name: string }, doc, at);
  }

  structure(doc: SpecDocument, name: string, raw: Raw, at: Path, documentation?: string): StructureShape {
    const shape = this.structureUnregistered(doc, name, raw, at);
    if (documentation !== undefined) shape.documentation = documentation;
    this.register(shape, doc, at);
    return shape;
  }

  private member(doc: SpecDocument, parent: string, name: string, raw: Raw, at: Path): Member {
    const shape = this.shape(doc, raw, at, `${parent}${upperFirst(name)}`, false);
    return {
      name,
      shape,
      required: raw.required === true,
      default: raw.default,
      documentation: raw.documentation,
      deprecated: raw.deprecated || undefined,
      sensitive: raw.sensitive || undefined,
      source: locate(doc, at, { key: true }),
    };
  }

  /** `nameHint` names inline structures and enums; `isNamed` means the caller registers this shape itself. */
  private shape(doc: SpecDocument, raw: Raw, at: Path, nameHint: string, isNamed: boolean): Shape {
    const source = locate(doc, at, isNamed ? { key: true } : {});
    const docs = {
      at: keyPositions(doc, raw, at),
      documentation: raw.documentation,
      deprecated: raw.deprecated || undefined,
      sensitive: raw.sensitive || undefined,
      default: raw.default,
    };
    if (raw.ref !== undefined) {
      if (raw.type !== undefined) {
        this.diagnostics.push(diag(locate(doc, [...at, "type"], { key: true }), "ref-and-type", "a shape has either 'ref' or 'type', not both"));
      }
      return { kind: "ref", ref: raw.ref, source: locate(doc, [...at, "ref"]), ...docs };
    }
    if (raw.type === undefined) {
      this.diagnostics.push(diag(source, "missing-key", "a shape needs 'type' (or 'ref' to a shared shape)"));
      return { kind: "string", source, ...docs };
    }
    switch (raw.type as string) {
      case "string": {
        const pattern = raw.pattern === undefined ? undefined : compilePattern(raw.pattern);
        if (pattern && "error" in pattern) {
          this.diagnostics.push(diag(locate(doc, [...at, "pattern"]), "bad-pattern", `invalid regular expression: ${pattern.error}`));
        }
        return {
          kind: "string",
          source,
          ...docs,
          length: lengthOf(raw.length),
          pattern: pattern && !("error" in pattern) ? pattern : undefined,
        };
      }
      case "integer":
      case "long":
      case "double":
        return { kind: raw.type, source, ...docs, range: raw.range };
      case "boolean":
        return { kind: "boolean", source, ...docs };
      case "timestamp":
        return { kind: "timestamp", source, ...docs, format: raw.format ?? this.defaultTimestamp };
      case "blob":
        return { kind: "blob", source, ...docs };
      case "enum": {
        const shape: EnumShape = {
          kind: "enum",
          name: nameHint,
          source,
          ...docs,
          values: Object.entries(raw.values as Record<string, string | null>).map(([value, d]) => ({
            value,
            documentation: d || undefined,
          })),
        };
        if (!isNamed) this.register(shape, doc, at);
        return shape;
      }
      case "list":
        return {
          kind: "list",
          source,
          ...docs,
          length: lengthOf(raw.length),
          items: this.shape(doc, raw.items, [...at, "items"], `${nameHint}Item`, false),
        };
      case "map": {
        const keys = raw.keys === undefined ? ({ kind: "string", source } as const) : this.shape(doc, raw.keys, [...at, "keys"], `${nameHint}Key`, false);
        if (keys.kind !== "string" && keys.kind !== "enum" && keys.kind !== "ref") {
          this.diagnostics.push(diag(locate(doc, [...at, "keys"]), "bad-map-key", `map keys must be a string or enum shape, not ${keys.kind}`));
        }
        return {
          kind: "map",
          source,
          ...docs,
          length: lengthOf(raw.length),
          keys: keys as any,
          values: this.shape(doc, raw.values, [...at, "values"], `${nameHint}Value`, false),
        };
      }
      case "structure":
        // A shared structure is registered by its caller under the shared name.
        return isNamed ? this.structureUnregistered(doc, nameHint, raw, at) : this.structure(doc, nameHint, raw, at);
      default:
        this.diagnostics.push(diag(source, "not-allowed", `unknown type '${raw.type}'`));
        return { kind: "string", source, ...docs };
    }
  }

  private structureUnregistered(doc: SpecDocument, name: string, raw: Raw, at: Path): StructureShape {
    const members: Member[] = Object.entries((raw.members ?? {}) as Raw).map(([mname, m]) =>
      this.member(doc, name, mname, m, [...at, "members", mname]),
    );
    return {
      kind: "structure",
      name,
      members,
      documentation: raw.documentation,
      deprecated: raw.deprecated || undefined,
      sensitive: raw.sensitive || undefined,
      default: raw.default,
      source: locate(doc, at, { key: true }),
    };
  }
}

const positionedKeys = ["length", "range", "pattern", "default"] as const;

function keyPositions(doc: SpecDocument, raw: Raw, at: Path): ShapeBase["at"] {
  const out: NonNullable<ShapeBase["at"]> = {};
  for (const k of positionedKeys) if (raw[k] !== undefined) out[k] = locate(doc, [...at, k]);
  return out;
}

function lengthOf(raw: unknown): Length | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === "number") return { min: raw, max: raw };
  return raw as Length;
}

/** A member name as part of a derived type name: "weird-name" → "WeirdName", "2x" → "M2x". */
function upperFirst(s: string): string {
  const parts = s.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("");
  return /^[A-Za-z]/.test(joined) ? joined : `M${joined}`;
}
