// Types emitter: a TypeScript declaration for every named shape of a service, as the wire carries it.
import { resolve } from "../../model/resolve.ts";
import type { Docs, EnumShape, ServiceModel, Shape, StructureShape } from "../../model/types.ts";
import { docComment, identifier, objectKey, propertyKey, stringLiteral } from "../escape.ts";
import { header, type ServiceEmitter } from "../emitter.ts";

export const typesEmitter: ServiceEmitter = {
  name: "types",
  emit(service) {
    return [{ path: `src/${service.moduleName}/types.ts`, contents: emitTypes(service), sources: service.files }];
  },
};

export function emitTypes(service: ServiceModel): string {
  const parts: string[] = [header(service)];
  for (const shape of service.shapes.values()) parts.push(declaration(service, shape));
  return parts.join("\n");
}

function declaration(service: ServiceModel, shape: Shape & { name: string }): string {
  const name = identifier(shape.name);
  const doc = docComment(docLines(shape, shape));
  switch (shape.kind) {
    case "structure":
      return `${doc}export interface ${name} {\n${members(service, shape)}}\n`;
    case "enum":
      return `${doc}export type ${name} =\n${enumUnion(shape)};\n\n${doc}export const ${name} = {\n${enumConst(shape)}} as const;\n`;
    default:
      return `${doc}export type ${name} = ${typeOf(service, shape)};\n`;
  }
}

function members(service: ServiceModel, s: StructureShape): string {
  return s.members
    .map((m) => {
      const target = m.shape.kind === "ref" ? service.shapes.get(m.shape.ref) : undefined;
      const doc = docComment(
        docLines(m, { sensitive: m.sensitive ?? target?.sensitive ?? m.shape.sensitive }, m.default ?? m.shape.default),
        "  ",
      );
      return `${doc}  ${propertyKey(m.name)}${m.required ? "" : "?"}: ${typeOf(service, m.shape)};\n`;
    })
    .join("");
}

function docLines(d: Docs, flags: { sensitive?: boolean }, defaultValue?: unknown): string[] {
  const lines: string[] = [];
  if (d.documentation) lines.push(d.documentation);
  const tags: string[] = [];
  if (defaultValue !== undefined) tags.push(`@defaultValue ${JSON.stringify(defaultValue)}`);
  if (flags.sensitive) tags.push("@sensitive This value is secret: it is redacted from logs and error messages.");
  if (d.deprecated) tags.push(`@deprecated${typeof d.deprecated === "string" ? ` ${d.deprecated}` : ""}`);
  if (tags.length) lines.push(tags.join("\n"));
  return lines;
}

function enumUnion(shape: EnumShape): string {
  return shape.values.map((v) => `${docComment([v.documentation], "  ")}  | ${stringLiteral(v.value)}`).join("\n");
}

function enumConst(shape: EnumShape): string {
  return shape.values.map((v) => `${docComment([v.documentation], "  ")}  ${objectKey(v.value)}: ${stringLiteral(v.value)},\n`).join("");
}

/** The type expression for a shape; named structures and enums are referenced by name. */
export function typeOf(service: ServiceModel, shape: Shape, top = true): string {
  if (!top && shape.name && (shape.kind === "structure" || shape.kind === "enum")) return identifier(shape.name);
  switch (shape.kind) {
    case "ref":
      return identifier(shape.ref);
    case "string":
    case "blob":
      return "string";
    case "integer":
    case "long":
    case "double":
      return "number";
    case "boolean":
      return "boolean";
    case "timestamp":
      return shape.format === "epoch-seconds" ? "number" : "string";
    case "enum":
    case "structure":
      return identifier(shape.name);
    case "list": {
      const item = typeOf(service, shape.items, false);
      return /^[A-Za-z0-9_]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
    }
    case "map": {
      const key = resolve(service, shape.keys);
      const value = typeOf(service, shape.values, false);
      return key.kind === "enum" ? `Partial<Record<${typeOf(service, shape.keys, false)}, ${value}>>` : `Record<string, ${value}>`;
    }
  }
}
