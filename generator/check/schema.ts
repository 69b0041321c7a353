// Check, first half: every spec file against the meta-schema, every violation reported with its position.
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { locate, type SpecDocument } from "../load/load.ts";
import { diag, type Diagnostic } from "./diagnostics.ts";

const schemaPath = new URL("./spec.schema.json", import.meta.url);

export const specSchema: Record<string, unknown> = JSON.parse(readFileSync(schemaPath, "utf8"));

let validators: { service: ValidateFunction; operation: ValidateFunction } | undefined;

function compiled(): { service: ValidateFunction; operation: ValidateFunction } {
  if (!validators) {
    const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
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
  const validate = compiled()[doc.kind];
  if (validate(doc.value)) return [];
  return explain(doc, validate.errors ?? []);
}

/** Turns ajv's error list into one readable diagnostic per problem, dropping the combinator noise. */
function explain(doc: SpecDocument, errors: ErrorObject[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword === "if" || e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "allOf") continue;
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
      const types = [...new Set(typeErrors.map((e) => String(e.params.type ?? JSON.stringify(e.params.allowedValue))))];
      push(diag(locate(doc, segments), "wrong-type", `${label(segments)} must be ${types.join(" or ")}`));
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
  const where = label(segments);
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
      return diag(locate(doc, [...segments, key], { key: true }), "unknown-key", `unknown key '${key}' in ${where}`);
    }
    case "required":
      return diag(locate(doc, segments), "missing-key", `${where} is missing the required key '${e.params.missingProperty}'`);
    case "type":
      return diag(locate(doc, segments), "wrong-type", `${where} must be ${e.params.type}`);
    case "enum":
      return diag(
        locate(doc, segments),
        "not-allowed",
        `${where} must be one of: ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
      );
    case "const":
      return diag(locate(doc, segments), "not-allowed", `${where} must be ${JSON.stringify(e.params.allowedValue)}`);
    case "pattern":
      if (String(e.schemaPath).includes("identifier") || e.params.pattern === "^[A-Za-z][A-Za-z0-9_]*$")
        return diag(locate(doc, segments), "not-identifier", `${where} must be an identifier (a letter, then letters, digits or _)`);
      return diag(locate(doc, segments), "bad-format", `${where} must match ${e.params.pattern}`);
    case "propertyNames":
      return undefined; // reported by the nested error that names the property
    case "minProperties":
      return diag(locate(doc, segments), "empty", `${where} must not be empty`);
    case "maxProperties":
      return diag(locate(doc, segments), "too-many", `${where} must have exactly one key`);
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
      return diag(locate(doc, segments), "out-of-range", `${where} ${e.message}`);
    default:
      return diag(locate(doc, segments), e.keyword, `${where} ${e.message ?? "is invalid"}`);
  }
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function label(segments: string[]): string {
  return segments.length === 0 ? "the document" : `'${segments.join(".")}'`;
}
