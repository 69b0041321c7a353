// Type-checks a set of files with the TypeScript compiler under `strict`; returns readable diagnostics.
import path from "node:path";
import ts from "typescript";

export function typecheck(rootNames: string[], extra: ts.CompilerOptions = {}): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    // Node types for the Node-only runtime modules (the mock server); everything else needs only the DOM lib.
    types: ["node"],
    typeRoots: [path.resolve("node_modules/@types")],
    skipLibCheck: false,
    ...extra,
  };
  const program = ts.createProgram(rootNames, options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return text;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1}:${character + 1}: ${text}`;
  });
}
