// The detailed path: runs only after the boolean path said "invalid", and reports every violation with
// its JSON Pointer. Subtrees the boolean path accepts are skipped, so a payload with one bad member costs
// little more than the boolean check.
import type { Shape } from "../../model/types.ts";
import { stringLiteral } from "../escape.ts";
import { isExpr, isFunction, knownSet, memberRead, num, V } from "./fast.ts";
import type { Composite, ModulePlan } from "./plan.ts";

export const D = { path: "path", out: "out" } as const;

export function checkFunction(c: Composite): string {
  return `$check_${c.id}`;
}

/**
 * Statements that report every way `x` breaks `shape`, and nothing when it does not break it (scalars
 * cost a few tests; structures, lists and maps are walked, so callers skip the ones `isExpr` accepts).
 * `path` is a JavaScript expression for its JSON Pointer; violations go to the array named `out`.
 */
export function checkStmts(plan: ModulePlan, shape: Shape, x: string, path: string, out: string, knownString = false): string {
  const s = plan.resolve(shape);
  const type = (t: string) => `${plan.rt("reportType")}(${out}, ${path}, ${stringLiteral(t)}, ${x})`;
  const stringThen = (body: string) =>
    knownString ? body : body === "" ? `if (typeof ${x} !== "string") ${type("string")};` : `if (typeof ${x} !== "string") ${type("string")};\nelse {\n${body}\n}`;
  switch (s.kind) {
    case "string": {
      const lines: string[] = [];
      const cpl = plan.rt("codePointLength");
      const count = (kw: string, limit: number) => `${plan.rt("reportCount")}(${out}, ${path}, "${kw}", ${limit});`;
      const min = s.length?.min;
      const max = s.length?.max;
      if (min !== undefined && min > 0) {
        const short = min === 1 ? `${x}.length < 1` : `${x}.length < ${min} || (${x}.length < ${2 * min} && ${cpl}(${x}) < ${min})`;
        lines.push(`if (${short}) ${count("minLength", min)}`);
      }
      const long = max === undefined ? undefined : max === 0 ? `${x}.length > 0` : `${x}.length > ${max} && (${x}.length > ${2 * max} || ${cpl}(${x}) > ${max})`;
      if (long) lines.push(`if (${long}) ${count("maxLength", max!)}`);
      if (s.pattern) {
        // A string over its maximum length is not also run through the pattern: that bounds regex work on hostile input.
        const re = plan.regex(s.pattern);
        const report = `${plan.rt("reportPattern")}(${out}, ${path}, ${stringLiteral(s.pattern.source)});`;
        lines.push(long ? `else if (!${re}.test(${x})) ${report}` : `if (!${re}.test(${x})) ${report}`);
      }
      return stringThen(lines.join("\n"));
    }
    case "enum":
      return stringThen(`if (!${plan.enumOf(s).is}(${x})) ${plan.rt("reportEnum")}(${out}, ${path}, ${plan.enumOf(s).values});`);
    case "integer":
    case "long":
    case "double": {
      const lines: string[] = [];
      if (s.kind !== "double") lines.push(`if (!Number.isInteger(${x})) ${plan.rt("reportInteger")}(${out}, ${path});`);
      const range = (kw: string, op: string, limit: number) =>
        `if (${x} ${op} ${num(limit)}) ${plan.rt("reportRange")}(${out}, ${path}, "${kw}", ${num(limit)});`;
      if (s.range?.min !== undefined) lines.push(range("minimum", "<", s.range.min));
      if (s.range?.max !== undefined) lines.push(range("maximum", ">", s.range.max));
      const notNumber = `if (typeof ${x} !== "number" || !Number.isFinite(${x})) ${type(s.kind === "double" ? "number" : "integer")};`;
      return lines.length ? `${notNumber}\nelse {\n${lines.join("\n")}\n}` : notNumber;
    }
    case "boolean":
      return `if (typeof ${x} !== "boolean") ${type("boolean")};`;
    case "timestamp":
      return s.format === "epoch-seconds"
        ? `if (typeof ${x} !== "number" || !Number.isFinite(${x})) ${type("number")};`
        : stringThen(`if (!${plan.rt("isDateTime")}(${x})) ${plan.rt("reportDateTime")}(${out}, ${path});`);
    case "blob":
      return stringThen(`if (!${plan.rt("isBase64")}(${x})) ${plan.rt("reportBase64")}(${out}, ${path});`);
    case "structure":
    case "list":
    case "map":
      return `${checkFunction(plan.composite(s))}(${x}, ${path}, ${V.depth} + 1, ${V.accept}, ${out});`;
  }
}

/** The violation-reporting function of a structure, list or map. */
export function checkFunctionDecl(plan: ModulePlan, c: Composite): string {
  const { value: v, depth, accept } = V;
  const { path, out } = D;
  const head = `function ${checkFunction(c)}(${v}: unknown, ${path}: string, ${depth}: number, ${accept}: boolean, ${out}: Violation[]): void {\n`;
  const depthGuard = c.cyclic ? `  if (${depth} > ${plan.rt("maxDepth")}) {\n    ${plan.rt("reportDepth")}(${out}, ${path});\n    return;\n  }\n` : "";
  const full = `${out}.length < ${plan.rt("maxViolations")}`;
  const s = c.shape;
  const objectGuard =
    `  if (typeof ${v} !== "object" || ${v} === null || !${plan.rt("isPlainObject")}(${v})) {\n` +
    `    ${plan.rt("reportType")}(${out}, ${path}, "object", ${v});\n    return;\n  }\n${depthGuard}  const o = ${v} as Record<string, unknown>;\n`;
  if (s.kind === "structure") {
    const lines: string[] = [];
    s.members.forEach((m, i) => {
      const x = `m${i}`;
      const at = `${path} + ${stringLiteral(`/${pointerToken(m.name)}`)}`;
      lines.push(`  const ${x} = ${memberRead(plan, "o", m.name)};`);
      // A structure, list or map the boolean path accepts is not walked; a scalar's checks are as cheap as that test.
      const r = plan.resolve(m.shape);
      const fails = r.kind === "structure" || r.kind === "list" || r.kind === "map" ? `!(${isExpr(plan, m.shape, x)})` : undefined;
      const report = `{\n    const at = ${at};\n    ${indent(checkStmts(plan, m.shape, x, "at", out), "    ")}\n  }`;
      if (m.required) {
        // The path is built once, before the test: a missing member is reported at it too.
        const checks = indent(checkStmts(plan, m.shape, x, "at", out), "    ");
        lines.push(
          `  {\n    const at = ${at};\n    if (${x} === undefined) ${plan.rt("reportRequired")}(${out}, at, ${stringLiteral(m.name)});\n    else ${fails ? `if (${fails}) ` : ""}{\n    ${checks}\n    }\n  }`,
        );
      } else lines.push(`  if (${x} !== undefined${fails ? ` && ${fails}` : ""}) ${report}`);
    });
    const unknown = `  if (!${accept}) ${plan.rt("reportUnknownMembers")}(${out}, ${path}, o, ${knownSet(c)});\n`;
    return `${head}${objectGuard}${lines.join("\n")}\n${unknown}}\n`;
  }
  if (s.kind === "list") {
    const bounds: string[] = [];
    if (s.length?.min !== undefined && s.length.min > 0) bounds.push(`  if (n < ${s.length.min}) ${plan.rt("reportCount")}(${out}, ${path}, "minItems", ${s.length.min});`);
    if (s.length?.max !== undefined) bounds.push(`  if (n > ${s.length.max}) ${plan.rt("reportCount")}(${out}, ${path}, "maxItems", ${s.length.max});`);
    return (
      `${head}  if (!Array.isArray(${v})) {\n    ${plan.rt("reportType")}(${out}, ${path}, "array", ${v});\n    return;\n  }\n${depthGuard}` +
      `  const n = ${v}.length;\n${bounds.map((b) => `${b}\n`).join("")}` +
      // Bounded by the violation cap: a sparse array of length 2**32 - 1 is a hole at every index.
      `  for (let i = 0; i < n && ${full}; i++) {\n    const x: unknown = ${v}[i];\n` +
      `    if (!(${isExpr(plan, s.items, "x")})) {\n      const at = ${path} + "/" + i;\n      ${indent(checkStmts(plan, s.items, "x", "at", out), "      ")}\n    }\n  }\n}\n`
    );
  }
  const count: string[] = [];
  if (s.length?.min !== undefined && s.length.min > 0) count.push(`  if (n < ${s.length.min}) ${plan.rt("reportCount")}(${out}, ${path}, "minProperties", ${s.length.min});`);
  if (s.length?.max !== undefined) count.push(`  if (n > ${s.length.max}) ${plan.rt("reportCount")}(${out}, ${path}, "maxProperties", ${s.length.max});`);
  const token = plan.rt("pointerToken");
  return (
    `${head}${objectGuard}  let n = 0;\n  for (const k in o) {\n    n++;\n    if (!(${full})) continue;\n` +
    `    if (!(${isExpr(plan, s.keys, "k", true)})) {\n      const found: Violation[] = [];\n      const at = ${path} + "/" + ${token}(k);\n` +
    `      ${indent(checkStmts(plan, s.keys, "k", "at", "found", true), "      ")}\n      ${plan.rt("reportKey")}(${out}, k, found);\n    }\n` +
    `    const x = o[k];\n    if (!(${isExpr(plan, s.values, "x")})) {\n      const at = ${path} + "/" + ${token}(k);\n      ${indent(checkStmts(plan, s.values, "x", "at", out), "      ")}\n    }\n  }\n` +
    `${count.map((l) => `${l}\n`).join("")}}\n`
  );
}

/** A member name as a JSON Pointer segment, decided at generation time. */
export function pointerToken(name: string): string {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}

function indent(text: string, pad: string): string {
  return text.split("\n").join(`\n${pad}`);
}
