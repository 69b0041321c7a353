// JSON Schema (2020-12) for a named shape: the exported contract for other languages,
// and what ajv checks spec defaults and examples (and, in tests, generated validators) against.
import { reachable } from "./resolve.ts";
import type { ServiceModel, Shape } from "./types.ts";

export type JsonSchema = Record<string, unknown>;

/** Base64 as RFC 4648 writes it, padded, which is what both protocols send. */
export const base64Pattern = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$";

export function jsonSchemaFor(service: ServiceModel, rootName: string): JsonSchema {
  const root = service.shapes.get(rootName);
  if (!root) throw new Error(`no shape named ${rootName} in ${service.name}`);
  return jsonSchemaOfShape(service, root, rootName);
}

/** The schema of any shape (named or inline), with every named shape it reaches under `$defs`. */
export function jsonSchemaOfShape(service: ServiceModel, root: Shape, title: string): JsonSchema {
  const names = new Set(reachable(service, [root]));
  if (root.name) names.add(root.name);
  const defs: Record<string, JsonSchema> = {};
  for (const name of [...names].sort()) {
    const shape = service.shapes.get(name);
    if (shape) defs[name] = shapeSchema(shape, true);
  }
  const head = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${service.moduleName}/${title}.json`,
    title,
  };
  if (root.name && service.shapes.get(root.name) === root) return { ...head, $ref: `#/$defs/${root.name}`, $defs: defs };
  return { ...head, ...shapeSchema(root, true), $defs: defs };
}

function shapeSchema(shape: Shape, top = false): JsonSchema {
  // Named structures and enums are referenced wherever they appear, except at their own definition.
  if (!top && shape.name && (shape.kind === "structure" || shape.kind === "enum")) return { $ref: `#/$defs/${shape.name}` };
  const s: JsonSchema = { ...body(shape) };
  if (shape.documentation) s.description = shape.documentation;
  if (shape.deprecated) s.deprecated = true;
  if (shape.default !== undefined) s.default = shape.default;
  return s;
}

function body(shape: Shape): JsonSchema {
  switch (shape.kind) {
    case "ref":
      return { $ref: `#/$defs/${shape.ref}` };
    case "string":
      return clean({
        type: "string",
        minLength: shape.length?.min,
        maxLength: shape.length?.max,
        pattern: shape.pattern?.source,
      });
    case "integer":
    case "long":
      return clean({ type: "integer", minimum: shape.range?.min, maximum: shape.range?.max });
    case "double":
      return clean({ type: "number", minimum: shape.range?.min, maximum: shape.range?.max });
    case "boolean":
      return { type: "boolean" };
    case "timestamp":
      return shape.format === "epoch-seconds" ? { type: "number" } : { type: "string", format: "date-time" };
    case "blob":
      return { type: "string", contentEncoding: "base64", pattern: base64Pattern };
    case "enum":
      return { type: "string", enum: shape.values.map((v) => v.value) };
    case "list":
      return clean({ type: "array", items: shapeSchema(shape.items), minItems: shape.length?.min, maxItems: shape.length?.max });
    case "map":
      return clean({
        type: "object",
        propertyNames: shapeSchema(shape.keys),
        additionalProperties: shapeSchema(shape.values),
        minProperties: shape.length?.min,
        maxProperties: shape.length?.max,
      });
    case "structure": {
      const properties: Record<string, JsonSchema> = {};
      for (const m of shape.members) {
        const p = shapeSchema(m.shape);
        if (m.documentation && !p.description) p.description = m.documentation;
        if (m.default !== undefined) p.default = m.default;
        if (m.deprecated) p.deprecated = true;
        // defineProperty: a member named "__proto__" must become a key, not the object's prototype.
        Object.defineProperty(properties, m.name, { value: p, enumerable: true, writable: true, configurable: true });
      }
      const required = shape.members.filter((m) => m.required).map((m) => m.name);
      return clean({
        type: "object",
        properties,
        required: required.length ? required : undefined,
        additionalProperties: false,
      });
    }
  }
}

function clean(o: JsonSchema): JsonSchema {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
