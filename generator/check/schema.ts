// Check, first half: every spec file against the meta-schema, every violation reported with its position.
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { locate, type SpecDocument } from "../load/load.ts";
import type { SourceRef } from "../model/types.ts";
import { diag, type Diagnostic } from "./diagnostics.ts";
import { didYouMean } from "./suggest.ts";

const schemaPath = new URL("./spec.schema.json", import.meta.url);

export const specSchema: Record<string, unknown> = JSON.parse(readFileSync(schemaPath, "utf8"));

let validators: { service: ValidateFunction; operation: ValidateFunction } | undefined;

function compiled(): { service: ValidateFunction; operation: ValidateFunction } {
  if (!validators) {
    const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    ajv.addSchema(specSchema);
    const id = specSchema.$id as string;
    validators = {
      service: ajv.getSchema(`${id}#/$defs/serviceFile`)!,
      operation: ajv.getSchema(`${id}#/$defs/operationFile`)!,
    };
  }
  return validators;
}

export function checkSchema(doc: SpecDocument): Diagnostic[] {
  let found = checkedDocuments.get(doc);
  if (!found) {
    const validate = compiled()[doc.kind];
    found = validate(doc.value) ? [] : explain(doc, validate.errors ?? []);
    checkedDocuments.set(doc, found);
  }
  return found;
}

/** The loader reuses the document of an unchanged file, and with it this check's findings. */
const checkedDocuments = new WeakMap<SpecDocument, Diagnostic[]>();

/** Turns ajv's error list into one readable diagnostic per problem, dropping the combinator noise. */
function explain(doc: SpecDocument, errors: ErrorObject[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const byPath = new Map<string, ErrorObject[]>();
  // Paths where alternatives (oneOf/anyOf) were tried: a type error there is noise when another
  // alternative matched the type and failed deeper down.
  const alternatives = new Set(errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf").map((e) => e.instancePath));
  const failedBelow = (p: string): boolean =>
    errors.some((e) => e.instancePath.startsWith(`${p}/`) && e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  for (const e of errors) {
    if (e.keyword === "if" || e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "allOf") continue;
    if (e.keyword === "type" && alternatives.has(e.instancePath) && failedBelow(e.instancePath)) continue;
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  for (const [instancePath, list] of byPath) {
    const segments = pointerSegments(instancePath);
    // Alternatives that failed on type at one path read better as one "must be X or Y".
    const typeErrors = list.filter((e) => e.keyword === "type" || e.keyword === "const");
    const others = list.filter((e) => e.keyword !== "type" && e.keyword !== "const");
    const rest = typeErrors.length > 0 && others.length > 0 && typeErrors.length < list.length ? others.filter((e) => !isAlternativeNoise(e)) : list;
    if (typeErrors.length > 1 && rest === list) {
      const types = [...new Set(typeErrors.map((e) => (e.params.type !== undefined ? typeName(e.params.type) : JSON.stringify(e.params.allowedValue))))];
      push(diag(locate(doc, segments), "wrong-type", `${label(doc, segments)} must be ${types.join(" or ")}, not ${describe(typeErrors[0].data)}`));
      continue;
    }
    for (const e of rest) {
      const d = one(doc, segments, e);
      if (d) push(d);
    }
  }
  return out;

  function push(d: Diagnostic): void {
    const key = `${d.line}:${d.col}:${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
}

// Inside a oneOf, a branch that failed on type makes its other errors irrelevant.
function isAlternativeNoise(e: ErrorObject): boolean {
  return e.keyword === "minProperties" || e.keyword === "additionalProperties";
}

function one(doc: SpecDocument, segments: string[], e: ErrorObject): Diagnostic | undefined {
  const where = label(doc, segments);
  if (e.propertyName !== undefined) {
    return diag(
      locate(doc, [...segments, e.propertyName], { key: true }),
      "not-identifier",
      `name '${e.propertyName}' in ${where} must be an identifier (a letter, then letters, digits or _)`,
    );
  }
  switch (e.keyword) {
    case "unevaluatedProperties":
    case "additionalProperties": {
      const key = String(e.params.unevaluatedProperty ?? e.params.additionalProperty);
      const at = locate(doc, [...segments, key], { key: true });
      if (e.keyword === "additionalProperties") {
        const known = Object.keys(((e.parentSchema as Record<string, unknown>)?.properties ?? {}) as object);
        return diag(at, "unknown-key", `unknown key '${key}' in ${where}${didYouMean(key, known)}`);
      }
      return shapeKeyProblem(doc, segments, e, key, at);
    }
    case "required":
      // At the key that owns the incomplete map: its first line may be far from what is missing.
      return diag(locate(doc, segments, { key: true }), "missing-key", `${where} is missing the required key '${e.params.missingProperty}'`);
    case "type":
      return diag(locate(doc, segments), "wrong-type", `${where} must be ${typeName(e.params.type)}, not ${describe(e.data)}`);
    case "enum":
      return diag(
        locate(doc, segments),
        "not-allowed",
        `${where} must be one of: ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}${typeof e.data === "string" ? didYouMean(e.data, (e.params.allowedValues as unknown[]).map(String)) : ""}`,
      );
    case "const":
      return diag(locate(doc, segments), "not-allowed", `${where} must be ${JSON.stringify(e.params.allowedValue)}`);
    case "pattern":
      if (String(e.schemaPath).includes("identifier") || e.params.pattern === "^[A-Za-z][A-Za-z0-9_]*$")
        return diag(locate(doc, segments), "not-identifier", `${where} must be an identifier (a letter, then letters, digits or _), not ${describe(e.data)}`);
      return diag(locate(doc, segments), "bad-format", `${where} must match ${e.params.pattern}, not ${describe(e.data)}`);
    case "propertyNames":
      return undefined; // reported by the nested error that names the property
    case "minProperties":
      return diag(locate(doc, segments), "empty", `${where} must not be empty`);
    case "maxProperties":
      return diag(locate(doc, segments), "too-many", `${where} must have exactly one key`);
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum":
      return diag(locate(doc, segments), "out-of-range", `${where} is ${JSON.stringify(e.data)}; it must be ${bounds(e.parentSchema as Record<string, number>)}`);
    default:
      return diag(locate(doc, segments), e.keyword, `${where} ${e.message ?? "is invalid"}`);
  }
}

/**
 * Shapes and members close over keys from several subschemas (`unevaluatedProperties`), so ajv
 * reports every key as unevaluated when a sibling subschema failed. Keys that belong to the
 * shape's type are that noise; keys of another type, or of no type, are the real problem.
 */
function shapeKeyProblem(doc: SpecDocument, segments: string[], e: ErrorObject, key: string, at: SourceRef): Diagnostic | undefined {
  const where = label(doc, segments);
  const raw = e.data as Record<string, unknown>;
  const vocabulary = shapeVocabulary();
  // A member's own keys (`required`) sit beside the shared shape keys in the schema that failed.
  const own = Object.keys(((e.parentSchema as Record<string, unknown> | undefined)?.properties ?? {}) as object);
  const common = [...vocabulary.common, ...own];
  // An unknown type has its own diagnostic; judging its other keys would only add noise.
  const type = typeof raw.type === "string" && vocabulary.byType.has(raw.type) ? raw.type : undefined;
  const everything = new Set([...common, ...[...vocabulary.byType.values()].flat()]);
  if (raw.type !== undefined && type === undefined && everything.has(key)) return undefined;
  const allowed = new Set([...common, ...(type ? vocabulary.byType.get(type) ?? [] : [])]);
  if (raw.ref === undefined && allowed.has(key)) return undefined;
  if (raw.ref !== undefined && common.includes(key)) return undefined; // 'ref' with 'type' is reported by the model stage
  const owners = [...vocabulary.byType].filter(([, keys]) => keys.includes(key)).map(([t]) => t);
  if (raw.ref !== undefined && owners.length > 0) {
    return diag(at, "not-applicable", `'${key}' cannot be set on a reference (${where} refers to '${String(raw.ref)}'); constraints belong to the shared shape`);
  }
  if (owners.length > 0 && type !== undefined) {
    return diag(at, "not-applicable", `'${key}' does not apply to type '${type}' in ${where} (it is for ${owners.join(", ")})`);
  }
  if (owners.length > 0) {
    return diag(at, "missing-key", `${where} has '${key}' but no 'type' ('${key}' is for ${owners.join(", ")})`);
  }
  const memberKeys = Object.keys(((specSchema.$defs as Record<string, any>).member.properties ?? {}) as object);
  if (memberKeys.includes(key)) {
    return diag(at, "not-applicable", `'${key}' can only be set on a structure member, not on ${where}`);
  }
  return diag(at, "unknown-key", `unknown key '${key}' in ${where}${didYouMean(key, everything)}`);
}

interface Vocabulary {
  common: string[];
  byType: Map<string, string[]>;
}

let vocabularyCache: Vocabulary | undefined;

/** The keys a shape may carry, read from the meta-schema so the two cannot drift apart. */
function shapeVocabulary(): Vocabulary {
  if (vocabularyCache) return vocabularyCache;
  const defs = specSchema.$defs as Record<string, any>;
  const shapeKeys = defs.shapeKeys;
  const byType = new Map<string, string[]>();
  for (const type of shapeKeys.properties.type.enum as string[]) byType.set(type, []);
  for (const branch of shapeKeys.allOf as any[]) {
    const cond = branch.if?.properties?.type;
    const types: string[] = cond?.const !== undefined ? [cond.const] : (cond?.enum ?? []);
    for (const t of types) byType.get(t)?.push(...Object.keys(branch.then?.properties ?? {}));
  }
  vocabularyCache = { common: Object.keys(shapeKeys.properties), byType };
  return vocabularyCache;
}

function bounds(schema: Record<string, number> | undefined): string {
  const s = schema ?? {};
  const low = s.minimum !== undefined ? s.minimum : s.exclusiveMinimum;
  const high = s.maximum !== undefined ? s.maximum : s.exclusiveMaximum;
  if (s.minimum !== undefined && s.maximum !== undefined) return `from ${s.minimum} to ${s.maximum}`;
  const parts: string[] = [];
  if (low !== undefined) parts.push(s.minimum !== undefined ? `at least ${low}` : `greater than ${low}`);
  if (high !== undefined) parts.push(s.maximum !== undefined ? `at most ${high}` : `less than ${high}`);
  return parts.join(" and ");
}

/** A JSON Schema type (or list of them) in words. */
function typeName(type: unknown): string {
  const one = (t: string): string =>
    ({ integer: "an integer", number: "a number", boolean: "true or false", object: "a map", array: "a list", string: "a string", null: "empty" })[t] ?? t;
  return Array.isArray(type) ? type.map(String).map(one).join(" or ") : one(String(type));
}

/** A value as a person would name it in an error message. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `the ${typeof value} ${String(value)}`;
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function label(doc: SpecDocument, segments: string[]): string {
  return segments.length === 0 ? `the ${doc.kind} file` : `'${segments.join(".")}'`;
}
