// Check, second half: what the meta-schema cannot see, on the built model.
// Every check appends to one list so a single run reports every problem.
import { createAjv } from "../model/ajv.ts";
import { jsonSchemaFor, jsonSchemaOfShape } from "../model/json-schema.ts";
import { resolve } from "../model/resolve.ts";
import type { ErrorObject, ValidateFunction } from "ajv";
import { locateInOperation } from "../model/build.ts";
import type { Member, Model, OperationModel, ServiceModel, Shape, SourceRef, StructureShape } from "../model/types.ts";
import { diag, type Diagnostic } from "./diagnostics.ts";
import { checkSync as checkRegExp } from "recheck";
import { nearest } from "./suggest.ts";

export function checkModel(model: Model): Diagnostic[] {
  return model.services.flatMap((service) => {
    let found = checkedServices.get(service);
    if (!found) {
      found = checkService(service);
      checkedServices.set(service, found);
    }
    return found;
  });
}

/** A model the builder reused (an unchanged service) keeps its findings: checks are pure. */
const checkedServices = new WeakMap<ServiceModel, Diagnostic[]>();

function checkService(service: ServiceModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  const refsOk = checkRefs(service, out);
  checkBounds(service, out);
  checkPatterns(service, out);
  if (!refsOk) return out; // the remaining checks follow references
  checkCycles(service, out);
  checkMapKeys(service, out);
  checkValues(service, out);
  for (const op of service.operations) {
    checkPagination(service, op, out);
    checkWaiters(service, op, out);
  }
  return out;
}

/** Visits every shape of a service once: named shapes and the inline shapes below them. */
function eachShape(service: ServiceModel, fn: (shape: Shape) => void): void {
  const visited = new Set<Shape>();
  const visit = (s: Shape): void => {
    // Inline named shapes are both in `shapes` and under their parent: the set keeps one report each.
    if (visited.has(s)) return;
    visited.add(s);
    fn(s);
    if (s.kind === "structure") s.members.forEach((m) => visit(m.shape));
    else if (s.kind === "list") visit(s.items);
    else if (s.kind === "map") {
      visit(s.keys);
      visit(s.values);
    }
  };
  for (const shape of service.shapes.values()) visit(shape);
}

function checkRefs(service: ServiceModel, out: Diagnostic[]): boolean {
  let ok = true;
  eachShape(service, (s) => {
    if (s.kind !== "ref") return;
    if (!service.shapes.has(s.ref)) {
      ok = false;
      const near = nearest(s.ref, [...service.shapes.keys()]);
      out.push(diag(s.source, "dangling-ref", `'${s.ref}' is not a shape of service ${service.name}${near ? ` (did you mean '${near}'?)` : ""}`));
    }
  });
  return ok;
}

function checkBounds(service: ServiceModel, out: Diagnostic[]): void {
  eachShape(service, (s) => {
    const length = "length" in s ? s.length : undefined;
    if (length && length.min !== undefined && length.max !== undefined && length.min > length.max) {
      out.push(diag(s.at?.length ?? s.source, "min-above-max", `length min ${length.min} is above max ${length.max}`));
    }
    const range = "range" in s ? s.range : undefined;
    if (range && range.min !== undefined && range.max !== undefined && range.min > range.max) {
      out.push(diag(s.at?.range ?? s.source, "min-above-max", `range min ${range.min} is above max ${range.max}`));
    }
  });
}

/** Map keys are strings on the wire; a ref can only be checked once it resolves. */
function checkMapKeys(service: ServiceModel, out: Diagnostic[]): void {
  eachShape(service, (s) => {
    if (s.kind !== "map" || s.keys.kind !== "ref") return;
    const target = resolve(service, s.keys);
    if (target.kind !== "string" && target.kind !== "enum") {
      out.push(diag(s.keys.source, "bad-map-key", `map keys must be a string or enum shape, not '${s.keys.ref}' (${target.kind})`));
    }
  });
}

/** Generated validators run every pattern on untrusted input, so one that can backtrack catastrophically
 * (as recheck, a dedicated ReDoS checker, finds) is a warning at the pattern's line. Polynomial cases are
 * only reported when the shape's maximum length (checked before the pattern) does not keep them cheap. */
function checkPatterns(service: ServiceModel, out: Diagnostic[]): void {
  eachShape(service, (s) => {
    if (s.kind !== "string" || !s.pattern) return;
    const key = `${s.pattern.flags}/${s.pattern.source}`;
    // The verdict depends on the pattern alone and costs up to seconds: computed once per process.
    let v = redosVerdicts.get(key);
    if (v === undefined && linearByConstruction(s.pattern.source)) v = null;
    if (v === undefined) {
      // A small NFA limit sends Unicode property classes to the fuzzer, which takes milliseconds where the
      // automaton takes seconds; the timeout bounds the rest.
      const r = checkRegExp(s.pattern.source, s.pattern.flags, { maxNFASize: 3000, timeout: 10_000 });
      v =
        r.status === "vulnerable"
          ? { degree: r.complexity.type === "exponential" ? Infinity : r.complexity.degree, text: `${r.complexity.summary}; e.g. ${r.attack.pattern}` }
          : r.status === "unknown"
            ? { degree: 0, text: `${r.error.kind}${"message" in r.error ? `: ${r.error.message}` : ""}` }
            : null;
      redosVerdicts.set(key, v);
    }
    if (v === null) return;
    const at = s.at?.pattern ?? s.source;
    if (v.degree === 0) out.push(diag(at, "redos", `pattern could not be checked for catastrophic backtracking (${v.text})`, "warning"));
    // Beyond ~10^7 backtracking steps (a quadratic pattern on 3,000 characters) a request costs real time.
    else if (s.length?.max === undefined || s.length.max ** v.degree > 1e7) {
      const bound = s.length?.max === undefined ? "and the shape sets no maximum length" : `even within the maximum length of ${s.length.max}`;
      out.push(diag(at, "redos", `pattern can backtrack catastrophically (${v.text}) ${bound}: validators run it on untrusted input, so rewrite it without nested or overlapping repetition`, "warning"));
    }
  });
}

type RedosVerdict = { degree: number; text: string } | null;

const redosVerdicts = new Map<string, RedosVerdict>();

/** Every ReDoS verdict this process knows, by `flags/source`, for a cache that outlives the process. */
export function knownRedosVerdicts(): [string, RedosVerdict][] {
  return [...redosVerdicts];
}

/** Verdicts computed by earlier runs (same checker and settings); they spare recheck's seconds. */
export function rememberRedosVerdicts(entries: Iterable<[string, RedosVerdict]>): void {
  for (const [key, verdict] of entries) if (!redosVerdicts.has(key)) redosVerdicts.set(key, verdict);
}

const atom = /\\(?:[dDwWsS]|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[^1-9bBdDwWsSux])|\[(?:\\.|[^\]\\])*\]|[^()|\\[?*+{^$]/y;
const quantifier = /(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/y;

/**
 * Patterns recheck need not see, since a backtracking engine matches them in linear time: anchored
 * at the start, no groups, alternation, assertions or backreferences, and at most one atom whose
 * repetition count varies (so there is never a second choice to backtrack over). Most official AWS
 * patterns, such as `^[a-zA-Z0-9_\\-.]{3,128}$`, have this shape; checking them with recheck would
 * cost milliseconds each on large models.
 */
export function linearByConstruction(source: string): boolean {
  if (!source.startsWith("^")) return false;
  let variable = 0;
  let i = 1;
  while (i < source.length) {
    if (source[i] === "$" && i === source.length - 1) return variable <= 1;
    atom.lastIndex = i;
    if (!atom.exec(source)) return false;
    i = atom.lastIndex;
    quantifier.lastIndex = i;
    const q = quantifier.exec(source);
    if (q) {
      i = quantifier.lastIndex;
      const fixed = q[1] === undefined && (q[3] === undefined || q[4] === q[2]);
      if (!fixed) variable++;
    }
  }
  return variable <= 1;
}

/** A structure that must contain itself through required members has no finite value. */
function checkCycles(service: ServiceModel, out: Diagnostic[]): void {
  // One report per cycle: A → B → A and B → A → B are the same mistake.
  const reported = new Set<StructureShape>();
  for (const shape of service.shapes.values()) {
    if (shape.kind !== "structure" || reported.has(shape)) continue;
    const path = requiredPathTo(service, shape, shape, new Set());
    if (path) {
      for (const m of path) {
        const t = resolve(service, m.shape);
        if (t.kind === "structure") reported.add(t);
      }
      out.push(
        diag(path[0].source, "cyclic-by-value", `structure '${shape.name}' contains itself through required members (${[shape.name, ...path.map((m) => m.name)].join(" → ")}); make one of them optional or a list`),
      );
    }
  }
}

function requiredPathTo(
  service: ServiceModel,
  from: StructureShape,
  target: StructureShape,
  seen: Set<StructureShape>,
): Member[] | undefined {
  for (const m of from.members) {
    if (!m.required) continue;
    const t = resolve(service, m.shape);
    if (t.kind !== "structure") continue;
    if (t === target) return [m];
    if (seen.has(t)) continue;
    seen.add(t);
    const rest = requiredPathTo(service, t, target, seen);
    if (rest) return [m, ...rest];
  }
  return undefined;
}

/** Defaults and examples must satisfy their own shapes. */
function checkValues(service: ServiceModel, out: Diagnostic[]): void {
  const validatorFor = memo((name: string) => compileValueSchema(jsonSchemaFor(service, name)));
  const inline = (shape: Shape) => compileValueSchema(jsonSchemaOfShape(service, { ...shape, default: undefined }, "default"));
  const checkDefault = (shape: Shape, value: unknown, at: SourceRef) => {
    try {
      const validate = inline(shape);
      if (validate(value)) return;
      for (const p of valueProblems(validate.errors ?? [], value).slice(0, 3)) {
        const where = p.path.length > 0 ? `default ${JSON.stringify(value)}: ${p.path.join(".")}` : `default ${JSON.stringify(value)}`;
        out.push(diag(at, "bad-default", `${where} ${p.text}`));
      }
    } catch (e) {
      out.push(diag(at, "bad-default", `default cannot be checked: ${(e as Error).message}`));
    }
  };
  // A ref member's default sits on its ref shape too, so shapes alone cover every default once.
  eachShape(service, (s) => {
    if (s.default !== undefined) checkDefault(s, s.default, s.at?.default ?? s.source);
  });
  for (const op of service.operations) {
    op.examples.forEach((ex, i) => {
      const subject = `example '${ex.title}'`;
      for (const part of ["input", "output"] as const) {
        const value = ex[part];
        if (value === undefined) continue;
        const shapeName = part === "input" ? op.input.name : op.output.name;
        const validate = validatorFor(shapeName);
        if (validate(value)) continue;
        const root = part === "input" ? op.input : op.output;
        for (const p of valueProblems(validate.errors ?? [], value, (path) => structureAt(service, root, path)).slice(0, 10)) {
          const at = locateInOperation(op, ["examples", i, part, ...p.path], { key: p.atKey });
          out.push(diag(at, "bad-example", `${subject}: ${[part, ...p.path].join(".")} ${p.text}`));
        }
      }
      if (ex.error && !op.errors.some((e) => e.code === ex.error!.code || e.name === ex.error!.code)) {
        out.push(
          diag(
            locateInOperation(op, ["examples", i, "error", "code"]),
            "bad-example",
            `${subject}: error '${ex.error.code}' is not one of ${op.name}'s errors${errorList(op)}`,
          ),
        );
      }
    });
  }
}

/**
 * Compiling a schema costs about a millisecond, and the watcher re-checks every example on each
 * edit: compiled validators are kept per schema text for the whole process, so an edit recompiles
 * only the shapes it changed. Schemas go in without `$id` (ajv refuses a second schema with the
 * same id); their `$ref`s are local. The cache starts over, with a fresh ajv, when it grows large.
 */
function compileValueSchema(schema: Record<string, unknown>): ValidateFunction {
  const { $id: _id, ...anonymous } = schema;
  const key = JSON.stringify(anonymous);
  let validate = compiledSchemas.get(key);
  if (!validate) {
    if (compiledSchemas.size >= 5_000) {
      compiledSchemas.clear();
      valueAjv = undefined;
    }
    valueAjv ??= createAjv();
    validate = valueAjv.compile(anonymous);
    compiledSchemas.set(key, validate);
  }
  return validate;
}

const compiledSchemas = new Map<string, ValidateFunction>();
let valueAjv: ReturnType<typeof createAjv> | undefined;

interface ValueProblem {
  /** Key path from the checked value to the offending value. */
  path: (string | number)[];
  /** Point at the key rather than the value (unknown members). */
  atKey: boolean;
  /** What is wrong, without repeating the value (the code frame shows it). */
  text: string;
}

/** ajv's errors for one value, worded for a person and carrying the path to what is wrong. */
function valueProblems(
  errors: readonly ErrorObject[],
  root: unknown,
  structureAtPath: (path: (string | number)[]) => StructureShape | undefined = () => undefined,
): ValueProblem[] {
  const problems: ValueProblem[] = [];
  for (const e of errors) {
    // "must match a schema in anyOf" and friends only repeat what the errors below them say.
    if (e.keyword === "anyOf" || e.keyword === "oneOf" || e.keyword === "if") continue;
    const path = e.instancePath === "" ? [] : e.instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const data = path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), root);
    const p = e.params as Record<string, any>;
    const at = (text: string): void => void problems.push({ path, atKey: false, text });
    switch (e.keyword) {
      case "additionalProperties": {
        const key = String(p.additionalProperty);
        const struct = structureAtPath(path);
        const hint = struct ? didYouMeanOf(key, struct.members.map((m) => m.name)) : "";
        problems.push({ path: [...path, key], atKey: true, text: `is not a member of ${struct?.name ?? "this structure"}${hint}` });
        break;
      }
      case "required":
        at(`is missing the required member '${p.missingProperty}'`);
        break;
      case "enum":
        at(`must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`);
        break;
      case "minLength":
      case "maxLength": {
        const has = typeof data === "string" ? ` (it has ${[...data].length})` : "";
        at(`must be ${e.keyword === "minLength" ? "at least" : "at most"} ${p.limit} character${p.limit === 1 ? "" : "s"} long${has}`);
        break;
      }
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum": {
        const words = { minimum: "at least", maximum: "at most", exclusiveMinimum: "greater than", exclusiveMaximum: "less than" }[e.keyword];
        at(`must be ${words} ${p.limit}`);
        break;
      }
      case "minItems":
      case "maxItems":
      case "minProperties":
      case "maxProperties": {
        const count = Array.isArray(data) ? data.length : data && typeof data === "object" ? Object.keys(data).length : 0;
        const what = e.keyword.endsWith("Items") ? "items" : "entries";
        at(`must have ${e.keyword.startsWith("min") ? "at least" : "at most"} ${p.limit} ${what} (it has ${count})`);
        break;
      }
      case "pattern":
        at(`does not match the pattern ${p.pattern}`);
        break;
      case "format":
        at(`is not a valid ${p.format}`);
        break;
      case "type": {
        const want = p.type === "integer" ? "an integer" : p.type === "object" ? "a structure or map" : p.type === "array" ? "a list" : `a ${p.type}`;
        at(`must be ${want}, not ${JSON.stringify(data)}`);
        break;
      }
      default:
        at(e.message ?? "is not valid");
    }
  }
  return problems.length > 0 ? problems : [{ path: [], atKey: false, text: "is not valid" }];
}

function didYouMeanOf(word: string, candidates: string[]): string {
  const near = nearest(word, candidates);
  return near ? ` (did you mean '${near}'?)` : "";
}

/** " (it lists: A, B)" for messages about an operation's errors. */
function errorList(op: OperationModel): string {
  return op.errors.length === 0 ? " (it lists none)" : ` (it lists: ${op.errors.map((e) => e.name).join(", ")})`;
}

function checkPagination(service: ServiceModel, op: OperationModel, out: Diagnostic[]): void {
  const p = op.pagination;
  if (!p) return;
  const inputs: [string, string | undefined][] = p.style === "token" ? [["inputToken", p.inputToken], ["pageSize", p.pageSize]] : [["pageNumber", p.pageNumber], ["pageSize", p.pageSize]];
  const outputs: [string, string][] = p.style === "token" ? [["outputToken", p.outputToken], ["items", p.items]] : [["totalCount", p.totalCount], ["items", p.items]];
  const check = (key: string, name: string | undefined, shape: StructureShape) => {
    if (name === undefined || memberAt(service, shape, name)) return;
    out.push(
      diag(
        locateInOperation(op, ["pagination", key]),
        "bad-pagination",
        `pagination.${key} names '${name}', which is not a member of ${shape.name}${memberHint(service, shape, name)}`,
      ),
    );
  };
  for (const [key, name] of inputs) check(key, name, op.input);
  for (const [key, name] of outputs) check(key, name, op.output);
}

function checkWaiters(service: ServiceModel, op: OperationModel, out: Diagnostic[]): void {
  for (const w of op.waiters) {
    w.acceptors.forEach((a, i) => {
      const at = ["waiters", w.name, "acceptors", i];
      if (a.matcher === "path" && (!a.argument || !memberAt(service, op.output, a.argument))) {
        out.push(
          diag(
            locateInOperation(op, a.argument ? [...at, "argument"] : at),
            "bad-waiter",
            a.argument
              ? `waiter ${w.name}: path '${a.argument}' is not a member of ${op.output.name}${memberHint(service, op.output, a.argument)}`
              : `waiter ${w.name}: a path acceptor needs 'argument', the member of ${op.output.name} to test`,
          ),
        );
      }
      if (a.matcher === "error" && !op.errors.some((e) => e.code === a.expected || e.name === a.expected)) {
        out.push(
          diag(
            locateInOperation(op, [...at, "expected"]),
            "bad-waiter",
            `waiter ${w.name}: error '${a.expected}' is not one of ${op.name}'s errors${errorList(op)}`,
          ),
        );
      }
    });
  }
}

/** The structure a value path leads to (through members, list items and map values). */
function structureAt(service: ServiceModel, root: Shape, path: readonly (string | number)[]): StructureShape | undefined {
  let s = resolve(service, root);
  for (const k of path) {
    if (s.kind === "structure") {
      const m = s.members.find((x) => x.name === k);
      if (!m) return undefined;
      s = resolve(service, m.shape);
    } else if (s.kind === "list") s = resolve(service, s.items);
    else if (s.kind === "map") s = resolve(service, s.values);
    else return undefined;
  }
  return s.kind === "structure" ? s : undefined;
}

/** A did-you-mean among the members at the point where a dotted path stops matching. */
function memberHint(service: ServiceModel, root: StructureShape, dotted: string): string {
  let current: Shape = root;
  for (const part of dotted.split(".")) {
    const s = resolve(service, current);
    if (s.kind !== "structure") return "";
    const m = s.members.find((x) => x.name === part);
    if (!m) return didYouMeanOf(part, s.members.map((x) => x.name));
    current = m.shape;
  }
  return "";
}

/** Follows a dotted member path through structures. */
export function memberAt(service: ServiceModel, root: StructureShape, dotted: string): Shape | undefined {
  let current: Shape = root;
  for (const part of dotted.split(".")) {
    const s = resolve(service, current);
    if (s.kind !== "structure") return undefined;
    const m = s.members.find((x) => x.name === part);
    if (!m) return undefined;
    current = m.shape;
  }
  return current;
}

function memo<T>(fn: (k: string) => T): (k: string) => T {
  const cache = new Map<string, T>();
  return (k) => {
    if (!cache.has(k)) cache.set(k, fn(k));
    return cache.get(k)!;
  };
}
