// The escaping module is the only way spec text reaches generated code. Each helper's output is
// parsed with the TypeScript compiler: it must be valid, must not end a comment or string early,
// and must carry the spec text back unchanged (the value a parser reads is the text we were given).
import ts from "typescript";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { docComment, identifier, lineComment, objectKey, propertyAccess, propertyKey, stringLiteral } from "../../generator/emit/escape.ts";

/** Syntax errors of a TypeScript module, as messages. */
function syntaxErrors(source: string): string[] {
  const r = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  return (r.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "));
}

function parse(source: string): ts.SourceFile {
  return ts.createSourceFile("probe.ts", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

function find<T extends ts.Node>(node: ts.Node, test: (n: ts.Node) => n is T): T | undefined {
  if (test(node)) return node;
  return ts.forEachChild(node, (child) => find(child, test));
}

/** Runs a module's JavaScript in a fresh context and returns its exports (tests only; generated code never evaluates text). */
function run(source: string, globals: Record<string, unknown> = {}): Record<string, unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS } }).outputText;
  const exports: Record<string, unknown> = {};
  vm.runInNewContext(js, { exports, ...globals });
  return exports;
}

const hostile: [string, string][] = [
  ["plain text", "Returns the command."],
  ["empty", ""],
  ["double quotes", 'say "hi"'],
  ["single quotes", "it's"],
  ["backticks", "run `ls`"],
  ["template placeholder", "${process.exit(1)}"],
  ["backslashes", "C:\\path\\n\\u0041"],
  ["newline", "one\ntwo"],
  ["CRLF", "one\r\ntwo"],
  ["tab and NUL", "a\tb\0c"],
  ["every C0 control", Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("")],
  ["DEL and NEL", "\u007f\u0085"],
  ["LINE SEPARATOR", "a\u2028b"],
  ["PARAGRAPH SEPARATOR", "a\u2029b"],
  ["closing script tag", "</script><script>alert(1)</script>"],
  ["closing script tag, mixed case", "</ScRiPt>"],
  ["HTML comment open", "<!-- hidden"],
  ["comment terminator", "*/ export const pwned = 1; /*"],
  ["line comment", "// not a comment"],
  ["non-ASCII", "Grüße, 日本語, עברית"],
  ["emoji (surrogate pair)", "ok 😀"],
  ["lone high surrogate", "\ud800"],
  ["lone low surrogate", "x\udfffy"],
  ["byte-order mark", "\ufeffBOM"],
  ["escaped quote already", '\\"'],
];

describe("stringLiteral", () => {
  it.each(hostile)("%s: parses, round-trips and is safe inside <script>", (_, value) => {
    const literal = stringLiteral(value);
    const source = `export const v: string = ${literal};\nexport const after: number = 1;\n`;
    expect(syntaxErrors(source)).toEqual([]);
    const file = parse(source);
    expect(file.statements).toHaveLength(2);
    const node = find(file, ts.isStringLiteral);
    expect(node?.text).toBe(value);
    expect(run(source).v).toBe(value);
    // Nothing in the literal can end an HTML script element or open an HTML comment in it.
    expect(literal).not.toMatch(/<\/script/i);
    expect(literal).not.toContain("<!--");
    expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
  });
});

/** The text a JSDoc block carries, read back the way a reader of the generated file sees it. */
function commentText(comment: string): string {
  const inner = comment.replace(/^\s*\/\*\*/, "").replace(/\*\/\s*$/, "");
  // A one-line block is `/** text */`; a longer one puts ` * ` before every line after the opening.
  const lines = inner.includes("\n") ? inner.split("\n").map((l) => l.replace(/^\s*\* ?/, "")) : [inner];
  return lines
    .join("\n")
    .trim()
    .replace(/\*\\\//g, "*/");
}

describe("docComment", () => {
  const texts: [string, string][] = [
    ...hostile.filter(([, v]) => v.trim() !== ""),
    ["bare terminator", "*/"],
    ["terminator at the end", "ends with */"],
    ["star before the closing", "ends with a star *"],
    ["nested block comment", "/* inner */ outer"],
    ["double star slash", "**/"],
    ["terminator across lines", "first *\n/ second"],
    ["JSDoc tag injection", "text */ /** @deprecated"],
    ["three paragraphs", "one\n\ntwo */\n\nthree"],
  ];

  it.each(texts)("%s: one comment that ends where it should, carrying the text", (_, text) => {
    for (const indent of ["", "  "]) {
      const comment = docComment([text], indent);
      const source = `${comment}${indent}export const x: number = 1;\n`;
      expect(syntaxErrors(source)).toEqual([]);
      expect(parse(source).statements).toHaveLength(1);
      const ranges = ts.getLeadingCommentRanges(source, 0) ?? [];
      expect(ranges).toHaveLength(1);
      expect(ranges[0].kind).toBe(ts.SyntaxKind.MultiLineCommentTrivia);
      expect(source.slice(ranges[0].end).trim()).toBe("export const x: number = 1;");
      // Line breaks may change form (CRLF and U+2028 are normalised); the words may not.
      const expected = text
        .replace(/\r\n?/g, "\n")
        .replace(/[\u2028\u2029]/g, " ")
        .split("\n")
        .map((l) => l.trimEnd())
        .join("\n")
        .trim();
      expect(commentText(comment)).toBe(expected);
    }
  });

  it("joins several entries as paragraphs and skips empty ones", () => {
    expect(docComment(["First.", undefined, "  ", "Second */."])).toBe("/**\n * First.\n *\n * Second *\\/.\n */\n");
  });

  it("returns nothing when there is nothing to say", () => {
    expect(docComment([])).toBe("");
    expect(docComment([undefined, " ", "\n"])).toBe("");
  });
});

describe("lineComment", () => {
  it.each(hostile)("%s: stays on one line", (_, text) => {
    const source = `${lineComment(text)}\nexport const x: number = 1;\n`;
    expect(syntaxErrors(source)).toEqual([]);
    expect(parse(source).statements).toHaveLength(1);
    const ranges = ts.getLeadingCommentRanges(source, 0) ?? [];
    expect(ranges.map((r) => r.kind)).toEqual([ts.SyntaxKind.SingleLineCommentTrivia]);
  });
});

describe("identifier", () => {
  const keywords: string[] = [];
  for (let kind = ts.SyntaxKind.FirstKeyword; kind <= ts.SyntaxKind.LastKeyword; kind++) {
    const word = ts.tokenToString(kind);
    if (word) keywords.push(word);
  }
  // Names that are legal but would shadow globals the generated code relies on.
  const globals = ["Object", "Array", "String", "Number", "Boolean", "Promise", "Record", "Error", "Date", "Map", "Set", "arguments", "eval"];

  it("keeps ordinary names as they are", () => {
    for (const name of ["Command", "GetCommandInvocationRequest", "_private", "$dollar", "x1", "A_B"]) expect(identifier(name)).toBe(name);
  });

  it("renames every TypeScript keyword and shadowing global so it can declare a type, a value, a class and an enum", () => {
    const declarations = [...keywords, ...globals].map((word, i) => {
      const id = identifier(word);
      return [
        `export type ${id} = string;`,
        `export const ${id}: number = ${i};`,
        `export interface ${id} { a: string }`,
        `export class ${id} {}`,
        `export enum ${id} { A }`,
        `export function ${id}(): void {}`,
      ];
    });
    // Each form in its own file: a type, a value and a class of one name may not share a module.
    const files = new Map<string, string>();
    declarations.forEach((forms, i) => forms.forEach((src, j) => files.set(`/probe/w${i}_${j}.ts`, src)));
    const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, noLib: true, types: [] };
    const host = ts.createCompilerHost(options);
    host.getSourceFile = (name, lang) => (files.has(name) ? ts.createSourceFile(name, files.get(name)!, lang) : undefined);
    host.fileExists = (name) => files.has(name);
    host.readFile = (name) => files.get(name);
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()]
      .filter((d) => d.file)
      .map((d) => `${files.get(d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`)
      // noLib leaves the global types undefined; that is the probe's set-up, not the names.
      .filter((m) => !/Cannot find global type/.test(m));
    expect(problems).toEqual([]);
  });

  it.each(["a-b", "1st", "", "has space", "ünïcode", "a.b", "x\n", "`x`"])("refuses %j", (name) => {
    expect(() => identifier(name)).toThrow(/not an identifier/);
  });
});

describe("propertyKey and objectKey", () => {
  const keys = ["plain", "class", "default", "a-b", "1abc", "123", "", "has space", "$x", "_", "ünï", '"', "'", "`${x}`", "</script>", "a\u2028b", "constructor", "toString", "__proto__"];

  it.each(keys)("%j in an interface is the same key", (key) => {
    const source = `export interface I { ${propertyKey(key)}: string }\n`;
    expect(syntaxErrors(source)).toEqual([]);
    const member = find(parse(source), ts.isPropertySignature)!;
    const name = member.name;
    expect(ts.isIdentifier(name) || ts.isStringLiteral(name)).toBe(true);
    expect((name as ts.Identifier | ts.StringLiteral).text).toBe(key);
  });

  it.each(keys)("%j in an object literal becomes an own property and never the prototype", (key) => {
    const source = `export const o: Record<string, number> = { ${objectKey(key)}: 1 };\n`;
    expect(syntaxErrors(source)).toEqual([]);
    const o = run(source).o as Record<string, number>;
    expect(Object.keys(o)).toEqual([key]);
    expect(Object.getOwnPropertyDescriptor(o, key)?.value).toBe(1);
    expect(Object.getPrototypeOf(o)).not.toBeNull();
    expect(Object.getPrototypeOf(Object.getPrototypeOf(o))).toBeNull(); // still a plain object
  });

  it("quotes __proto__ in types and computes it in values", () => {
    expect(propertyKey("__proto__")).toBe('"__proto__"');
    expect(objectKey("__proto__")).toBe('["__proto__"]');
  });
});

describe("propertyAccess", () => {
  const keys = ["plain", "class", "a-b", "1abc", "", "ünï", '"', "</script>", "a\u2028b", "constructor", "__proto__"];

  it.each(keys)("%j reads the member of that name from parsed JSON", (key) => {
    const source = `export const v: unknown = (input as any)${propertyAccess(key)};\n`;
    expect(syntaxErrors(source)).toEqual([]);
    const access = find(parse(source), (n): n is ts.PropertyAccessExpression | ts.ElementAccessExpression => ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n))!;
    const name = ts.isPropertyAccessExpression(access) ? access.name.text : (access.argumentExpression as ts.StringLiteral).text;
    expect(name).toBe(key);
    const input = JSON.parse(JSON.stringify({ [key]: "the value" }));
    expect(run(source, { input }).v).toBe("the value");
  });
});
