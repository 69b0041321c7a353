// Format: prettier for TypeScript and JSON, then JavaScript and declarations from the TypeScript.
// Everything here is a pure function of the file's text, so outputs are deterministic.
import { transformSync } from "esbuild";
import * as prettier from "prettier";
import ts from "typescript";
import type { EmittedFile } from "../emit/emitter.ts";

// quoteProps "preserve": the emitters decide quoting (a bare `__proto__` key would change meaning).
const prettierOptions: prettier.Options = { printWidth: 100, trailingComma: "all", endOfLine: "lf", quoteProps: "preserve" };

export async function formatFile(file: EmittedFile): Promise<EmittedFile> {
  const parser = file.path.endsWith(".ts") ? "typescript" : file.path.endsWith(".json") ? "json" : undefined;
  if (!parser) return file;
  const contents = await prettier.format(file.contents, { ...prettierOptions, parser });
  return { ...file, contents };
}

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  declaration: true,
  isolatedDeclarations: true,
  strict: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

/**
 * `src/x/y.ts` → `dist/x/y.js` and `dist/x/y.d.ts`, each file on its own (no program, so it scales).
 * JavaScript comes from esbuild, which strips types about twenty times faster than TypeScript's
 * transpileModule (it keeps `@__PURE__` marks, so bundlers can still drop unused validators);
 * declarations come from TypeScript's isolated-declarations transpiler.
 */
export function compileFile(file: EmittedFile): EmittedFile[] {
  if (!file.path.startsWith("src/") || !file.path.endsWith(".ts")) return [];
  const base = `dist/${file.path.slice(4, -3)}`;
  const js = { outputText: transformSync(file.contents, { loader: "ts", format: "esm", target: "es2022", sourcefile: file.path }).code };
  const dts = ts.transpileDeclaration(file.contents, { compilerOptions, fileName: file.path, reportDiagnostics: true });
  const problems = (dts.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (problems.length > 0) {
    const text = problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n");
    throw new Error(`internal error: declarations for ${file.path} need explicit types:\n${text}`);
  }
  return [
    { path: `${base}.js`, contents: js.outputText, sources: file.sources },
    { path: `${base}.d.ts`, contents: dts.outputText, sources: file.sources },
  ];
}

/** One emitted file → its formatted self plus, for `src/**.ts`, its JavaScript and declarations. */
export async function formatAndCompile(file: EmittedFile): Promise<EmittedFile[]> {
  const formatted = await formatFile(file);
  return [formatted, ...compileFile(formatted)];
}
