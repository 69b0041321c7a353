// Validators emitter: `src/<service>/validators.ts`, plain TypeScript with no dependency beyond the copied
// runtime. For every named shape N: `isN` (boolean, strict), `validateN` (every violation with its JSON
// Pointer) and `NSchema` (Standard Schema v1); for RPC services also `coerce<Op>Request`.
import type { OperationModel, ServiceModel, Shape } from "../../model/types.ts";
import { docComment, identifier, lineComment, propertyKey, stringLiteral } from "../escape.ts";
import { header, type ServiceEmitter } from "../emitter.ts";
import { artifactModule, inputCheckFunction, runtimeModule, validatorNames } from "../names.ts";
import { coercionPlan } from "./coerce.ts";
import { checkFunction, checkFunctionDecl, checkStmts } from "./detail.ts";
import { isExpr, isFunction, isFunctionDecl, knownSet } from "./fast.ts";
import { ModulePlan } from "./plan.ts";
import { testOnlySource } from "./regex.ts";

/**
 * Marks a module-level call or construction as free of side effects, so that bundlers drop the
 * constants (and through them the validators) a program never reaches.
 */
const pure = "/* @__PURE__ */ ";

export const validatorsEmitter: ServiceEmitter = {
  name: "validators",
  emit(service) {
    return [{ path: `src/${service.moduleName}/validators.ts`, contents: emitValidators(service), sources: service.files }];
  },
};

export function emitValidators(service: ServiceModel): string {
  const plan = new ModulePlan(service);
  // Bodies first: writing them registers the regexes, enums and runtime helpers the constants and imports list.
  const internals = plan.composites.map((c) => `${isFunctionDecl(plan, c)}\n${checkFunctionDecl(plan, c)}`);
  const exported = [...service.shapes.values()].map((shape) => exportsFor(plan, shape));
  for (const name of new Set(service.operations.map((op) => op.input.name))) exported.push(inputCheck(plan, service.shapes.get(name)!));
  const coercers = service.protocol.kind === "rpc" ? service.operations.map((op) => coercer(plan, op)) : [];
  const typeNames = [...service.shapes.keys()].map((n) => identifier(n));

  const imports = [
    `import { ${[...plan.runtime].sort().join(", ")}${plan.runtime.size ? ", " : ""}${coercers.length ? "type CoercionPlan, " : ""}type ValidateOptions, type Violation } from ${stringLiteral(runtimeModule("validate"))};`,
    `import { standardSchema, type StandardSchemaV1 } from ${stringLiteral(runtimeModule("standard-schema"))};`,
    typeNames.length ? `import type { ${typeNames.join(", ")} } from ${stringLiteral(artifactModule.types)};` : "",
  ].filter(Boolean);
  const reexport = `export type { ValidateOptions, Violation } from ${stringLiteral(runtimeModule("validate"))};\nexport type { StandardSchemaV1 } from ${stringLiteral(runtimeModule("standard-schema"))};`;

  const constants: string[] = [];
  for (const { name, pattern } of plan.regexes.values()) {
    const source = testOnlySource(pattern);
    if (source !== pattern.source) constants.push(`${lineComment(`${pattern.source} without the captures no backreference uses`)}`);
    constants.push(`const ${name}: RegExp = ${pure}new RegExp(${stringLiteral(source)}, ${stringLiteral(pattern.flags)});`);
  }
  for (const { is, values, shape } of plan.enums.values()) {
    const list = shape.values.map((v) => stringLiteral(v.value));
    constants.push(`const ${values}: readonly string[] = ${pure}Object.freeze([${list.join(", ")}]);`);
    constants.push(`function ${is}(x: string): boolean {\n  switch (x) {\n${list.map((l) => `    case ${l}:`).join("\n")}\n      return true;\n  }\n  return false;\n}`);
  }
  for (const c of plan.composites) {
    if (c.shape.kind !== "structure") continue;
    constants.push(`const ${knownSet(c)}: ReadonlySet<string> = ${pure}new Set([${c.shape.members.map((m) => stringLiteral(m.name)).join(", ")}]);`);
  }

  return [
    header(service),
    `// Checks are inline and allocation-free on valid data; lengths count Unicode code points; patterns match what
// the spec's patterns match (with the u flag when they compile with it). Unknown members are rejected unless a
// call to validate… passes { unknownMembers: "accept" }. Values nested deeper than maxDepth are refused.`,
    imports.join("\n"),
    reexport,
    constants.join("\n"),
    internals.join("\n"),
    exported.join("\n"),
    coercers.join("\n"),
  ]
    .filter((part) => part !== "")
    .join("\n\n")
    .concat("\n");
}

function exportsFor(plan: ModulePlan, shape: Shape & { name: string }): string {
  const names = validatorNames(shape.name, plan.service);
  const type = identifier(shape.name);
  const r = plan.resolve(shape);
  const composite = r.kind === "structure" || r.kind === "list" || r.kind === "map" ? plan.composite(r) : undefined;
  const isBody = composite ? `${isFunction(composite)}(value, 0, false)` : isExpr(plan, shape, "value");
  const validateBody = composite
    ? `  const accept = options !== undefined && options.unknownMembers === "accept";\n  if (${isFunction(composite)}(value, 0, accept)) return [];\n  const out: Violation[] = [];\n  ${checkFunction(composite)}(value, "", 0, accept, out);\n  return out;`
    : `  if (${isBody}) return [];\n  const out: Violation[] = [];\n  ${checkStmts(plan, shape, "value", '""', "out").split("\n").join("\n  ")}\n  return out;`;
  return [
    docComment([`Whether \`value\` is a valid ${shape.name}; members it does not declare make it invalid.`]),
    `export function ${names.is}(value: unknown): value is ${type} {\n  return ${isBody};\n}\n\n`,
    docComment([`Every way \`value\` breaks ${shape.name}, each with its JSON Pointer; empty when it is valid.`]),
    `export function ${names.validate}(value: unknown, options?: ValidateOptions): Violation[] {\n${validateBody}\n}\n\n`,
    docComment([`${shape.name} as a Standard Schema v1 (https://standardschema.dev), for libraries that accept one.`]),
    `export const ${names.schema}: StandardSchemaV1<${type}> = ${pure}standardSchema<${type}>(${names.validate});\n`,
  ].join("");
}

/** The clients' input check (see inputCheckFunction): the detailed path alone, unknown members rejected. */
function inputCheck(plan: ModulePlan, shape: Shape & { name: string }): string {
  const r = plan.resolve(shape);
  const composite = r.kind === "structure" || r.kind === "list" || r.kind === "map" ? plan.composite(r) : undefined;
  const body = composite
    ? `  const out: Violation[] = [];\n  ${checkFunction(composite)}(value, "", 0, false, out);\n  return out;`
    : `  return ${validatorNames(shape.name, plan.service).validate}(value);`;
  return `${docComment([`Every way \`value\` breaks ${shape.name}, as validate${shape.name} finds them, without its fast path: what the generated clients check inputs with.`])}export function ${inputCheckFunction(shape.name)}(value: unknown): Violation[] {\n${body}\n}\n`;
}

function coercer(plan: ModulePlan, op: OperationModel): string {
  const p = coercionPlan(plan, op.input);
  const constName = `$coercion_${identifier(op.name)}`;
  const entries = (o: Record<string, string>) =>
    Object.entries(o)
      .map(([k, v]) => `${objectKey(k)}: ${stringLiteral(v)}`)
      .join(", ");
  plan.runtime.add("coerceRpcParams");
  return [
    `const ${constName}: CoercionPlan = { kinds: { ${entries(p.kinds)} }, defaults: { ${entries(p.defaults)} } };\n\n`,
    docComment([
      `${op.input.name} from RPC parameters, which arrive as strings (query string or form body).`,
      conversions(p.kinds),
      `Absent members get their spec defaults${Object.keys(p.defaults).length ? ` (${Object.entries(p.defaults).map(([k, v]) => `${k} = ${v}`).join(", ")})` : " (none here)"}. Text that does not parse stays a string, for validate${op.input.name} to report; other parameters are copied unchanged.`,
    ]),
    `export function ${identifier(`coerce${op.input.name}`)}(params: Record<string, string>): unknown {\n  return coerceRpcParams(params, ${constName});\n}\n`,
  ].join("");
}

const kindWords: Record<string, string> = { integer: "Integers", number: "Numbers", boolean: "Booleans (true/false)", json: "JSON text" };

function conversions(kinds: Record<string, string>): string {
  const groups = Object.keys(kindWords)
    .map((kind) => [kindWords[kind], Object.keys(kinds).filter((m) => kinds[m] === kind)] as const)
    .filter(([, members]) => members.length > 0)
    .map(([words, members]) => `${words}: ${members.join(", ")}.`);
  return groups.length ? groups.join(" ") : "Every member is a string: nothing to convert.";
}

/** An object-literal key; a quoted "__proto__" would set the prototype instead of defining a key. */
function objectKey(name: string): string {
  return name === "__proto__" ? `[${stringLiteral(name)}]` : propertyKey(name);
}
