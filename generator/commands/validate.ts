// `opspec validate <Operation | Service.Operation> --input|--output FILE...`: checks payload files with
// the validators the specs generate. The validators module is rendered from the current specs, written
// with the runtime it imports to a temporary folder and imported (tsx or vite loads the TypeScript), so
// the command always judges with exactly the code `opspec generate` would write, stale generated/ or not.
import type { Command } from "commander";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";
import { formatDiagnostic } from "../check/diagnostics.ts";
import { emitValidators } from "../emit/validators/emit-validators.ts";
import { validatorNames } from "../emit/names.ts";
import type { Model, OperationModel, ServiceModel } from "../model/types.ts";
import { compileSpecs } from "../pipeline.ts";
import type { ValidateOptions, Violation } from "../runtime/validate.ts";

const runtimeDir = new URL("../runtime/", import.meta.url);

export type ValidatorsModule = Record<string, unknown>;

/** Imports the validators module of one service as `opspec generate` would write it. */
export async function importValidators(service: ServiceModel): Promise<ValidatorsModule> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "opspec-validate-"));
  try {
    // The generated package is ESM; without this the loader would take the .ts files for CommonJS.
    writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
    const src = path.join(dir, "src");
    mkdirSync(path.join(src, "runtime"), { recursive: true });
    mkdirSync(path.join(src, service.moduleName), { recursive: true });
    for (const name of ["validate.ts", "standard-schema.ts"]) {
      writeFileSync(path.join(src, "runtime", name), readFileSync(new URL(name, runtimeDir), "utf8"));
    }
    const file = path.join(src, service.moduleName, "validators.ts");
    writeFileSync(file, emitValidators(service));
    return (await import(pathToFileURL(file).href)) as ValidatorsModule;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An operation by `Name` (when only one service has it) or `Service.Name` (service name or folder). */
export function findOperation(model: Model, ref: string): { service: ServiceModel; operation: OperationModel } | { error: string } {
  const dot = ref.lastIndexOf(".");
  const serviceName = dot < 0 ? undefined : ref.slice(0, dot).toLowerCase();
  const opName = dot < 0 ? ref : ref.slice(dot + 1);
  const found = model.services
    .filter((s) => serviceName === undefined || s.name.toLowerCase() === serviceName || s.moduleName === serviceName)
    .flatMap((service) => service.operations.filter((o) => o.name === opName).map((operation) => ({ service, operation })));
  if (found.length === 1) return found[0];
  if (found.length > 1) {
    return { error: `operation '${ref}' is in more than one service; name one: ${found.map((f) => `${f.service.name}.${f.operation.name}`).join(", ")}` };
  }
  const all = model.services.flatMap((s) => s.operations.map((o) => `${s.name}.${o.name}`));
  return { error: `no operation '${ref}'; the specs define ${all.join(", ") || "none"}` };
}

export interface FileResult {
  file: string;
  shape: string;
  valid: boolean;
  violations: Violation[];
  /** Set when the file could not be read or parsed; `violations` is then empty. */
  error?: string;
}

export interface PayloadFile {
  file: string;
  direction: "input" | "output";
}

export interface ValidateRun {
  model: Model;
  ref: string;
  files: PayloadFile[];
  options: ValidateOptions;
  readFile: (file: string) => string;
}

/** Validates every file; resolves to an error message for problems that are not about a payload. */
export async function validateFiles(run: ValidateRun): Promise<FileResult[] | { error: string }> {
  const target = findOperation(run.model, run.ref);
  if ("error" in target) return target;
  const mod = await importValidators(target.service);
  return run.files.map(({ file, direction }) => {
    const shape = direction === "input" ? target.operation.input.name : target.operation.output.name;
    const validate = mod[validatorNames(shape, target.service).validate] as (v: unknown, o?: ValidateOptions) => Violation[];
    let value: unknown;
    try {
      value = parsePayload(run.readFile(file), file);
    } catch (e) {
      return { file, shape, valid: false, violations: [], error: (e as Error).message };
    }
    const violations = validate(value, run.options);
    return { file, shape, valid: violations.length === 0, violations };
  });
}

/** JSON, or YAML (which also covers JSON); `.json` files must be JSON. */
export function parsePayload(text: string, file: string): unknown {
  if (file.endsWith(".json")) return JSON.parse(text) as unknown;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return parseYaml(text, { maxAliasCount: 100 }) as unknown;
  }
}

export function formatResults(results: readonly FileResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    if (r.error !== undefined) lines.push(`${r.file}: cannot read: ${r.error}`);
    else if (r.valid) lines.push(`${r.file}: valid ${r.shape}`);
    else {
      lines.push(`${r.file}: ${r.violations.length} violation${r.violations.length === 1 ? "" : "s"} of ${r.shape}`);
      for (const v of r.violations) lines.push(`  ${v.path || "(root)"}: ${v.message} [${v.keyword}]`);
    }
  }
  return lines;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Registers the subcommand; exit 0 when every file is valid, 1 when any is not, 2 for usage and spec errors. */
export function addValidateCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("validate <operation>")
    .description("check JSON or YAML payload files (- for stdin) against an operation's input or output")
    .option("--input <files...>", "files that must be valid inputs of the operation")
    .option("--output <files...>", "files that must be valid outputs of the operation")
    .option("--unknown-members <mode>", "reject or accept members the spec does not declare", "reject")
    .option("--specs <dir>", "spec folder", "specs")
    .option("--json", "machine-readable output")
    .action(async (ref: string, o: { input?: string[]; output?: string[]; unknownMembers: string; specs: string; json?: boolean }) => {
      const fail = (message: string) => {
        if (o.json) io.out(JSON.stringify({ ok: false, error: message }, null, 2));
        else io.err(`error: ${message}`);
        setExit(2);
      };
      const files: PayloadFile[] = [
        ...(o.input ?? []).map((file) => ({ file, direction: "input" as const })),
        ...(o.output ?? []).map((file) => ({ file, direction: "output" as const })),
      ];
      if (files.length === 0) return fail("name at least one file with --input or --output");
      if (o.unknownMembers !== "reject" && o.unknownMembers !== "accept") return fail("--unknown-members is reject or accept");
      const compiled = compileSpecs(o.specs);
      if (!compiled.model) {
        for (const d of compiled.diagnostics) io.err(formatDiagnostic(d, compiled.sources, path.join(o.specs, d.file)));
        return fail(`the specs in ${o.specs} have errors`);
      }
      let stdin: string | undefined;
      const results = await validateFiles({
        model: compiled.model,
        ref,
        files,
        options: { unknownMembers: o.unknownMembers },
        readFile: (f) => (f === "-" ? (stdin ??= readFileSync(0, "utf8")) : readFileSync(f, "utf8")),
      });
      if ("error" in results) return fail(results.error);
      const ok = results.every((r) => r.valid);
      if (o.json) io.out(JSON.stringify({ ok, results }, null, 2));
      else for (const line of formatResults(results)) (ok ? io.out : io.err)(line);
      setExit(ok ? 0 : 1);
    });
}
