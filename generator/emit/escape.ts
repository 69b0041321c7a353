// The one escaping module at the emit boundary: spec text reaches generated code only through these.

const reserved = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if " +
    "import in instanceof new null return super switch this throw true try typeof var void while with yield let static " +
    "implements interface package private protected public await any boolean number string symbol object never unknown " +
    "undefined type declare namespace module abstract as async from get set of readonly keyof infer is asserts require " +
    "constructor arguments eval Object Array String Number Boolean Promise Record Error Date Map Set bigint BigInt Symbol " +
    "Function RegExp Partial Readonly Required Pick Omit Exclude Extract NonNullable ReturnType Uint8Array globalThis"
  ).split(" "),
);

const identifierRe = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A spec name as a TypeScript identifier for a declaration. Reserved and built-in names gain a
 * trailing `$`, which spec names cannot contain, so `class` and `class_` never collide.
 */
export function identifier(name: string): string {
  if (!identifierRe.test(name)) throw new Error(`not an identifier: ${JSON.stringify(name)}`);
  return reserved.has(name) ? `${name}$` : name;
}

/** A JavaScript string literal that is safe anywhere, including inside an HTML <script> element. */
export function stringLiteral(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
    .replace(/<\//g, "<\\/")
    .replace(/<!--/g, "<\\!--");
}

/** An object or interface property key: bare when it is a plain identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return identifierRe.test(name) && name !== "__proto__" ? name : stringLiteral(name);
}

/** A key in an object literal: `__proto__` must be computed, or it would set the prototype. */
export function objectKey(name: string): string {
  return name === "__proto__" ? `[${stringLiteral(name)}]` : propertyKey(name);
}

/** Property access for a key: `.name` or `["weird-name"]`. */
export function propertyAccess(name: string): string {
  return identifierRe.test(name) ? `.${name}` : `[${stringLiteral(name)}]`;
}

/** A JSDoc block; `*\/` in spec text can never close it early. Returns "" when there is nothing to say. */
export function docComment(lines: readonly (string | undefined)[], indent = ""): string {
  const present = lines.filter((l): l is string => l !== undefined && l.trim() !== "");
  if (present.length === 0) return "";
  const body = present
    .join("\n\n")
    .replace(/\r\n?/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(/[\u2028\u2029]/g, " ")
    .split("\n")
    .map((l) => l.trimEnd());
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((l) => `${indent} *${l ? ` ${l}` : ""}`).join("\n")}\n${indent} */\n`;
}

/** A line comment; newlines in the text would end it, so they become spaces. */
export function lineComment(text: string): string {
  return `// ${text.replace(/[\r\n\u2028\u2029]+/g, " ")}`;
}
