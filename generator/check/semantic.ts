// Check, second half: what the meta-schema cannot see, on the built model.
// Every check appends to one list so a single run reports every problem.
import { createAjv } from "../model/ajv.ts";
import { jsonSchemaFor, jsonSchemaOfShape } from "../model/json-schema.ts";
import { resolve } from "../model/resolve.ts";
import type { Model, OperationModel, ServiceModel, Shape, SourceRef, StructureShape } from "../model/types.ts";
import { diag, type Diagnostic } from "./diagnostics.ts";

export function checkModel(model: Model): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const service of model.services) {
    const refsOk = checkRefs(service, out);
    checkBounds(service, out);
    if (!refsOk) continue; // the remaining checks follow references
    checkCycles(service, out);
    checkValues(service, out);
    for (const op of service.operations) {
      checkPagination(service, op, out);
      checkWaiters(service, op, out);
    }
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

/** A structure that must contain itself through required members has no finite value. */
function checkCycles(service: ServiceModel, out: Diagnostic[]): void {
  for (const shape of service.shapes.values()) {
    if (shape.kind !== "structure") continue;
    const path = requiredPathTo(service, shape, shape, new Set());
    if (path) {
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
): { name: string; source: SourceRef }[] | undefined {
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
  const ajv = createAjv();
  const validatorFor = memo((name: string) => ajv.compile(jsonSchemaFor(service, name)));
  // Each default gets its own anonymous schema: ajv keeps schemas with an $id for the whole run.
  const inline = (shape: Shape) => {
    const { $id: _id, ...schema } = jsonSchemaOfShape(service, { ...shape, default: undefined }, "default");
    return ajv.compile(schema);
  };
  const problems = (validate: ReturnType<typeof ajv.compile>, value: unknown): string | undefined => {
    if (validate(value)) return undefined;
    return (validate.errors ?? [])
      .slice(0, 3)
      .map((e) => `${e.instancePath || "value"} ${e.message}`)
      .join("; ");
  };
  const checkDefault = (shape: Shape, value: unknown, at: SourceRef) => {
    try {
      const p = problems(inline(shape), value);
      if (p) out.push(diag(at, "bad-default", `default ${JSON.stringify(value)} breaks its own shape: ${p}`));
    } catch (e) {
      out.push(diag(at, "bad-default", `default cannot be checked: ${(e as Error).message}`));
    }
  };
  eachShape(service, (s) => {
    if (s.default !== undefined) checkDefault(s, s.default, s.at?.default ?? s.source);
    if (s.kind === "structure") {
      for (const m of s.members) if (m.default !== undefined && m.shape.kind === "ref") checkDefault(m.shape, m.default, m.source);
    }
  });
  for (const op of service.operations) {
    for (const ex of op.examples) {
      const p = problems(validatorFor(op.input.name), ex.input);
      if (p) out.push(diag(ex.source, "bad-example", `example '${ex.title}': input does not match ${op.input.name}: ${p}`));
      if (ex.output !== undefined) {
        const q = problems(validatorFor(op.output.name), ex.output);
        if (q) out.push(diag(ex.source, "bad-example", `example '${ex.title}': output does not match ${op.output.name}: ${q}`));
      }
      if (ex.error && !op.errors.some((e) => e.code === ex.error!.code || e.name === ex.error!.code)) {
        out.push(diag(ex.source, "bad-example", `example '${ex.title}': error '${ex.error.code}' is not one of ${op.name}'s errors`));
      }
    }
  }
}

function checkPagination(service: ServiceModel, op: OperationModel, out: Diagnostic[]): void {
  const p = op.pagination;
  if (!p) return;
  const inputs = p.style === "token" ? [p.inputToken, p.pageSize] : [p.pageNumber, p.pageSize];
  const outputs = p.style === "token" ? [p.outputToken, p.items] : [p.totalCount, p.items];
  for (const name of inputs) {
    if (name !== undefined && !memberAt(service, op.input, name)) {
      out.push(diag(op.source, "bad-pagination", `pagination names '${name}', which is not a member of ${op.input.name}`));
    }
  }
  for (const name of outputs) {
    if (!memberAt(service, op.output, name)) {
      out.push(diag(op.source, "bad-pagination", `pagination names '${name}', which is not a member of ${op.output.name}`));
    }
  }
}

function checkWaiters(service: ServiceModel, op: OperationModel, out: Diagnostic[]): void {
  for (const w of op.waiters) {
    for (const a of w.acceptors) {
      if (a.matcher === "path" && (!a.argument || !memberAt(service, op.output, a.argument))) {
        out.push(diag(op.source, "bad-waiter", `waiter ${w.name}: path '${a.argument ?? ""}' is not a member of ${op.output.name}`));
      }
      if (a.matcher === "error" && !op.errors.some((e) => e.code === a.expected || e.name === a.expected)) {
        out.push(diag(op.source, "bad-waiter", `waiter ${w.name}: error '${a.expected}' is not one of ${op.name}'s errors`));
      }
    }
  }
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

function nearest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
