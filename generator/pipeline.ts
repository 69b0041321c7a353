// The orchestrator: load → check → model → emit → format → write. Each stage lives in its own folder.
import { type Diagnostic, hasErrors, sortDiagnostics } from "./check/diagnostics.ts";
import { checkSchema } from "./check/schema.ts";
import { checkModel } from "./check/semantic.ts";
import type { EmittedFile } from "./emit/emitter.ts";
import { packageEmitters, serviceEmitters } from "./emit/index.ts";
import { formatAll, type FormatOptions } from "./format/pool.ts";
import { loadSpecs, type LoadLimits, defaultLimits } from "./load/load.ts";
import { buildModel } from "./model/build.ts";
import type { Model } from "./model/types.ts";
import { diffTree, readTree, recover, type TreeDiff, writeTree } from "./write/write.ts";

export interface CompileResult {
  model?: Model;
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  timings: Record<string, number>;
}

/** Load, check and model the specs; `model` is set only when no error was found. */
export function compileSpecs(specsDir: string, limits: LoadLimits = defaultLimits): CompileResult {
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, fn: () => T): T => {
    const t0 = performance.now();
    const r = fn();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return r;
  };
  const loaded = time("load", () => loadSpecs(specsDir, limits));
  const diagnostics = [...loaded.diagnostics];
  const schemaOk = time("check", () => {
    const found = loaded.documents.flatMap((d) => checkSchema(d));
    diagnostics.push(...found);
    return found.length === 0;
  });
  // Model building assumes schema-valid documents; skipping it keeps follow-on noise out of the report.
  const valid = schemaOk ? loaded.documents : [];
  const built = time("model", () => buildModel(valid));
  diagnostics.push(...built.diagnostics);
  if (!hasErrors(diagnostics)) diagnostics.push(...time("check", () => checkModel(built.model)));
  const ok = !hasErrors(diagnostics) && loaded.documents.length > 0;
  if (loaded.documents.length === 0 && !hasErrors(diagnostics)) {
    diagnostics.push({ file: ".", line: 1, col: 1, severity: "error", code: "no-specs", message: `no spec files found in ${specsDir}` });
  }
  return { model: ok ? built.model : undefined, diagnostics: sortDiagnostics(diagnostics), sources: loaded.sources, timings };
}

/** Every output file for a model: emitted, formatted, compiled to JavaScript and declarations. */
export async function renderModel(model: Model, options: FormatOptions = {}): Promise<EmittedFile[]> {
  const emitted = model.services.flatMap((s) => serviceEmitters.flatMap((e) => e.emit(s)));
  const all = [...emitted, ...packageEmitters.flatMap((e) => e.emit(model, emitted))];
  const done = await formatAll(all, options);
  return done.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface GenerateResult extends CompileResult {
  files: EmittedFile[];
  written: boolean;
}

export async function generate(specsDir: string, outDir: string, options: FormatOptions = {}): Promise<GenerateResult> {
  const compiled = compileSpecs(specsDir);
  if (!compiled.model) return { ...compiled, files: [], written: false };
  const t0 = performance.now();
  const files = await renderModel(compiled.model, options);
  compiled.timings.emit = performance.now() - t0;
  const t1 = performance.now();
  writeTree(outDir, files);
  compiled.timings.write = performance.now() - t1;
  return { ...compiled, files, written: true };
}

export interface CheckResult extends CompileResult {
  diff?: TreeDiff;
}

/** Compares the output folder with what the specs would generate now. */
export async function checkOutput(specsDir: string, outDir: string, options: FormatOptions = {}): Promise<CheckResult> {
  const compiled = compileSpecs(specsDir);
  if (!compiled.model) return compiled;
  recover(outDir);
  const files = await renderModel(compiled.model, options);
  return { ...compiled, diff: diffTree(files, readTree(outDir)) };
}
