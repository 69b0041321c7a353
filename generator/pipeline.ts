// The orchestrator: load → check → model → emit → format → write. Each stage lives in its own folder.
import { type Diagnostic, hasErrors, sortDiagnostics } from "./check/diagnostics.ts";
import { checkSchema } from "./check/schema.ts";
import { checkModel } from "./check/semantic.ts";
import type { EmittedFile } from "./emit/emitter.ts";
import { packageEmitters, serviceEmitters } from "./emit/index.ts";
import { formatEach, type FormatOptions } from "./format/pool.ts";
import { loadSpecs, type LoadLimits, defaultLimits } from "./load/load.ts";
import { buildModel } from "./model/build.ts";
import type { Model, ServiceModel } from "./model/types.ts";
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
  const fresh = model.services.filter((s) => !renderedServices.has(s));
  const emittedNow = new Map(fresh.map((s) => [s, serviceEmitters.flatMap((e) => e.emit(s))]));
  const emitted = model.services.flatMap((s) => emittedNow.get(s) ?? renderedServices.get(s)!.emitted);
  const packageFiles = packageEmitters.flatMap((e) => e.emit(model, emitted));
  const todo = [...fresh.flatMap((s) => emittedNow.get(s)!), ...packageFiles];
  const groups = await formatEach(todo, options);
  let at = 0;
  for (const s of fresh) {
    const own = emittedNow.get(s)!;
    renderedServices.set(s, { emitted: own, files: groups.slice(at, at + own.length).flat() });
    at += own.length;
  }
  const done = [...model.services.flatMap((s) => renderedServices.get(s)!.files), ...groups.slice(at).flat()];
  return done.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * What each service model rendered to. The builder hands back the same model object for a service
 * whose spec files did not change, so the watcher emits and formats only the edited service; the
 * package files, which depend on every service, are emitted each run (their formatting is cached).
 */
const renderedServices = new WeakMap<ServiceModel, { emitted: EmittedFile[]; files: EmittedFile[] }>();

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
  await writeTree(outDir, files);
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
