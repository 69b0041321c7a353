// The boolean path: one expression per scalar check, one function per structure, list and map.
// Cheapest tests first (`typeof`, then lengths, then regexes), early return, no allocation.
import type { Length, Shape } from "../../model/types.ts";
import { propertyAccess, stringLiteral } from "../escape.ts";
import type { Composite, ModulePlan } from "./plan.ts";

/** Names every generated function shares: the value, the nesting depth and the unknown-members switch. */
export const V = { value: "v", depth: "depth", accept: "accept" } as const;

/**
 * A boolean expression that is true when `x` (a plain identifier) satisfies `shape`.
 * `knownString` drops the `typeof` test for map keys, which are always strings.
 */
export function isExpr(plan: ModulePlan, shape: Shape, x: string, knownString = false): string {
  const s = plan.resolve(shape);
  const str = (rest: string[]) => [...(knownString ? [] : [`typeof ${x} === "string"`]), ...rest].join(" && ") || "true";
  switch (s.kind) {
    case "string":
      return str([...lengthOk(plan, x, s.length), ...(s.pattern ? [`${plan.regex(s.pattern)}.test(${x})`] : [])]);
    case "enum":
      return str([`${plan.enumOf(s).is}(${x})`]);
    case "integer":
    case "long":
      return [`typeof ${x} === "number"`, `Number.isInteger(${x})`, ...rangeOk(x, s.range)].join(" && ");
    case "double":
      return [`typeof ${x} === "number"`, `Number.isFinite(${x})`, ...rangeOk(x, s.range)].join(" && ");
    case "boolean":
      return `typeof ${x} === "boolean"`;
    case "timestamp":
      return s.format === "epoch-seconds"
        ? `typeof ${x} === "number" && Number.isFinite(${x})`
        : str([`${plan.rt("isDateTime")}(${x})`]);
    case "blob":
      return str([`${plan.rt("isBase64")}(${x})`]);
    case "structure":
    case "list":
    case "map":
      return `${isFunction(plan.composite(s))}(${x}, ${V.depth} + 1, ${V.accept})`;
  }
}

export function isFunction(c: Composite): string {
  return `$is_${c.id}`;
}

/** Length bounds in code points, decided from `.length` whenever it settles the answer:
 * a string has at most `.length` and at least `.length / 2` code points. */
function lengthOk(plan: ModulePlan, x: string, length: Length | undefined): string[] {
  const out: string[] = [];
  const min = length?.min;
  const max = length?.max;
  const cpl = plan.rt("codePointLength");
  if (min !== undefined && min > 0) {
    out.push(min === 1 ? `${x}.length >= 1` : `(${x}.length >= ${2 * min} || (${x}.length >= ${min} && ${cpl}(${x}) >= ${min}))`);
  }
  if (max !== undefined) {
    out.push(max === 0 ? `${x}.length === 0` : `(${x}.length <= ${max} || (${x}.length <= ${2 * max} && ${cpl}(${x}) <= ${max}))`);
  }
  return out;
}

function rangeOk(x: string, range: { min?: number; max?: number } | undefined): string[] {
  const out: string[] = [];
  if (range?.min !== undefined) out.push(`${x} >= ${num(range.min)}`);
  if (range?.max !== undefined) out.push(`${x} <= ${num(range.max)}`);
  return out;
}

/** A number from the spec as a JavaScript literal (parenthesised when negative). */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`internal error: non-finite bound ${n}`);
  return n < 0 || Object.is(n, -0) ? `(${n === 0 ? "-0" : String(n)})` : String(n);
}

/** Reads a member: names Object.prototype also has (constructor, __proto__, toString…) must be own. */
export function memberRead(plan: ModulePlan, object: string, name: string): string {
  return name in Object.prototype ? `${plan.rt("ownValue")}(${object}, ${stringLiteral(name)})` : `${object}${propertyAccess(name)}`;
}

/** The boolean function of a structure, list or map. */
export function isFunctionDecl(plan: ModulePlan, c: Composite): string {
  const { value: v, depth, accept } = V;
  const head = `function ${isFunction(c)}(${v}: unknown, ${depth}: number, ${accept}: boolean): boolean {\n`;
  const depthGuard = c.cyclic ? `  if (${depth} > ${plan.rt("maxDepth")}) return false;\n` : "";
  const objectGuard = `  if (typeof ${v} !== "object" || ${v} === null || !${plan.rt("isPlainObject")}(${v})) return false;\n${depthGuard}  const o = ${v} as Record<string, unknown>;\n`;
  const s = c.shape;
  if (s.kind === "structure") {
    const lines: string[] = [];
    s.members.forEach((m, i) => {
      const x = `m${i}`;
      lines.push(`  const ${x} = ${memberRead(plan, "o", m.name)};`);
      const check = `if (!(${isExpr(plan, m.shape, x)})) return false;`;
      // No check accepts `undefined`, so a missing required member fails its own check.
      if (m.required) lines.push(`  ${check}`, "  n++;");
      else lines.push(`  if (${x} !== undefined) {`, `    ${check}`, "    n++;", "  }");
    });
    const known = knownSet(c);
    // Counting the keys settles the common case without looking at them; only a mismatch (an unknown key,
    // or a member present as `undefined`) needs the exact check.
    const strict = `${accept} || n === ${plan.rt("keyCount")}(o) || ${plan.rt("onlyKnownKeys")}(o, ${known})`;
    return `${head}${objectGuard}  let n = 0;\n${lines.join("\n")}\n  return ${strict};\n}\n`;
  }
  if (s.kind === "list") {
    const bounds: string[] = [];
    if (s.length?.min !== undefined && s.length.min > 0) bounds.push(`n < ${s.length.min}`);
    if (s.length?.max !== undefined) bounds.push(`n > ${s.length.max}`);
    return (
      `${head}  if (!Array.isArray(${v})) return false;\n${depthGuard}  const n = ${v}.length;\n` +
      (bounds.length ? `  if (${bounds.join(" || ")}) return false;\n` : "") +
      `  for (let i = 0; i < n; i++) {\n    const x: unknown = ${v}[i];\n    if (!(${isExpr(plan, s.items, "x")})) return false;\n  }\n  return true;\n}\n`
    );
  }
  const count: string[] = [];
  if (s.length?.min !== undefined && s.length.min > 0) count.push(`n >= ${s.length.min}`);
  if (s.length?.max !== undefined) count.push(`n <= ${s.length.max}`);
  return (
    `${head}${objectGuard}  let n = 0;\n  for (const k in o) {\n` +
    `    if (!(${isExpr(plan, s.keys, "k", true)})) return false;\n` +
    `    const x = o[k];\n    if (!(${isExpr(plan, s.values, "x")})) return false;\n    n++;\n  }\n` +
    `  return ${count.length ? count.join(" && ") : "true"};\n}\n`
  );
}

export function knownSet(c: Composite): string {
  return `$members_${c.id}`;
}
