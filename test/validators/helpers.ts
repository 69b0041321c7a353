// Shared set-up for the validator tests: the model of a spec folder, its generated validators module
// (rendered and imported as the CLI does), and ajv's errors translated into our violation keys.
import path from "node:path";
import type { ErrorObject } from "ajv";
import { expect } from "vitest";
import { importValidators, type ValidatorsModule } from "../../generator/commands/validate.ts";
import { formatDiagnostic } from "../../generator/check/diagnostics.ts";
import { base64Pattern } from "../../generator/model/json-schema.ts";
import type { ServiceModel } from "../../generator/model/types.ts";
import { compileSpecs } from "../../generator/pipeline.ts";
import type { ValidateOptions, Violation } from "../../generator/runtime/validate.ts";
import type { StandardSchemaV1 } from "../../generator/runtime/standard-schema.ts";
import { validatorNames } from "../../generator/emit/names.ts";

export const specRoots = {
  specs: path.resolve("specs"),
  fixtures: path.resolve("test/fixtures/validators/specs"),
  edge: path.resolve("test/fixtures/golden-specs/edge/specs"),
};

export function serviceOf(root: string, moduleName: string): ServiceModel {
  const compiled = compileSpecs(root);
  const errors = compiled.diagnostics.filter((d) => d.severity === "error");
  expect(errors.map((d) => formatDiagnostic(d, compiled.sources)).join("\n")).toBe("");
  const service = compiled.model!.services.find((s) => s.moduleName === moduleName);
  if (!service) throw new Error(`no service ${moduleName} in ${root}`);
  return service;
}

export interface Loaded {
  service: ServiceModel;
  mod: ValidatorsModule;
}

export async function load(root: string, moduleName: string): Promise<Loaded> {
  const service = serviceOf(root, moduleName);
  return { service, mod: await importValidators(service) };
}

export interface ShapeValidators {
  is: (v: unknown) => boolean;
  validate: (v: unknown, o?: ValidateOptions) => Violation[];
  schema: StandardSchemaV1<unknown>;
}

export function validatorsOf(mod: ValidatorsModule, shape: string, service?: ServiceModel): ShapeValidators {
  const n = validatorNames(shape, service);
  const is = mod[n.is] as ShapeValidators["is"];
  const validate = mod[n.validate] as ShapeValidators["validate"];
  const schema = mod[n.schema] as ShapeValidators["schema"];
  if (typeof is !== "function" || typeof validate !== "function" || !schema) throw new Error(`validators for ${shape} are missing`);
  return { is, validate, schema };
}

const token = (k: string) => k.replace(/~/g, "~0").replace(/\//g, "~1");

/** The value a JSON Pointer names (own members only), or undefined. */
export function at(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * ajv's errors as "pointer keyword" keys (map-key errors as "pointer key:keyword") in our conventions: required and unknown members point at the
 * member, map-key errors at the key, a non-integer number is `integer`, the base64 pattern is
 * `contentEncoding`, a pattern is not reported for a string that is already too long, nor an enum for a
 * value of the wrong type.
 */
export function ajvKeys(errors: readonly ErrorObject[], payload: unknown): string[] {
  const keys = new Set<string>();
  for (const e of errors) {
    if (e.keyword === "propertyNames" || e.keyword === "$ref") continue;
    let p = e.instancePath;
    let kw = e.keyword;
    const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
    if (propertyName !== undefined) p += `/${token(propertyName)}`;
    else if (kw === "required") p += `/${token(String(e.params.missingProperty))}`;
    else if (kw === "additionalProperties") p += `/${token(String(e.params.additionalProperty))}`;
    if (kw === "type" && e.params.type === "integer" && propertyName === undefined) {
      const v = at(payload, p);
      if (typeof v === "number" && Number.isFinite(v)) kw = "integer";
    }
    if (kw === "pattern" && e.params.pattern === base64Pattern) kw = "contentEncoding";
    keys.add(`${p} ${propertyName === undefined ? "" : "key:"}${kw}`);
  }
  for (const k of [...keys]) {
    const [p, kw] = k.split(" ");
    if (kw === "maxLength") keys.delete(`${p} pattern`);
    if (kw === "key:maxLength") keys.delete(`${p} key:pattern`);
    // ajv checks `enum` whatever the type; a value of the wrong type gets only the type violation here.
    if (kw === "type") keys.delete(`${p} enum`);
  }
  return [...keys].sort();
}

export function ourKeys(violations: readonly Violation[]): string[] {
  return [...new Set(violations.map((v) => `${v.path} ${v.params.propertyName === undefined ? "" : "key:"}${v.keyword}`))].sort();
}

/** A JSON Schema with structures opened up: what `unknownMembers: "accept"` means. */
export function acceptingUnknown(schema: Record<string, unknown>): Record<string, unknown> {
  const { $id: _id, ...rest } = schema;
  return open(rest) as Record<string, unknown>;
}

function open(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(open);
  if (schema === null || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === "additionalProperties" && v === false) continue;
    Object.defineProperty(out, k, { value: open(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
