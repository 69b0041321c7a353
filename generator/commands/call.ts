// `opspec call <Operation | Service.Operation> --input FILE`: one request with the generated client,
// the way the clouds' own CLIs let you try an operation by hand.
//
// It imports the generated package's compiled client, <out>/dist/<svc>/client.js: that is the
// JavaScript the package's `exports` point consumers at, so a call here runs exactly the code a program
// would, and it loads without transpiling anything. When dist/ is missing it falls back to
// src/<svc>/client.ts (the CLI runs under tsx). Credentials come from the usual environment variables.
import type { Command } from "commander";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";
import { formatDiagnostic } from "../check/diagnostics.ts";
import { clientClass, operationFunction } from "../emit/names.ts";
import type { Model, OperationModel, ServiceModel } from "../model/types.ts";
import { compileSpecs } from "../pipeline.ts";
import { environmentVariable } from "../runtime/credentials.ts";

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface CallOptions {
  input: string;
  endpoint?: string;
  region?: string;
  specs: string;
  out: string;
  /** Reads the input file ("-" is stdin); replaced in tests. */
  readFile?: (file: string) => string;
}

/** `Operation` when exactly one service has it, or `Service.Operation` (service name or folder). */
export function resolveOperation(model: Model, ref: string): { service: ServiceModel; operation: OperationModel } | string {
  const dot = ref.lastIndexOf(".");
  const wanted = dot < 0 ? undefined : ref.slice(0, dot).toLowerCase();
  const name = ref.slice(dot + 1);
  const found = model.services
    .filter((s) => wanted === undefined || s.name.toLowerCase() === wanted || s.moduleName === wanted)
    .flatMap((service) => service.operations.filter((o) => o.name === name).map((operation) => ({ service, operation })));
  if (found.length === 1) return found[0];
  const all = model.services.flatMap((s) => s.operations.map((o) => `${s.name}.${o.name}`));
  if (found.length > 1) return `'${ref}' is in more than one service; name one: ${found.map((f) => `${f.service.name}.${f.operation.name}`).join(", ")}`;
  return `no operation '${ref}'; the specs define ${all.join(", ") || "none"}`;
}

/** The region: the option, else the cloud's usual variables, else (Alibaba) the input's RegionId. */
function regionFor(service: ServiceModel, option: string | undefined, input: unknown): string | undefined {
  if (option) return option;
  if (service.protocol.kind === "awsJson1_1") return environmentVariable("AWS_REGION") ?? environmentVariable("AWS_DEFAULT_REGION");
  const fromInput = input && typeof input === "object" ? (input as Record<string, unknown>).RegionId : undefined;
  return environmentVariable("ALIBABA_CLOUD_REGION_ID") ?? (typeof fromInput === "string" ? fromInput : undefined);
}

async function importClient(out: string, service: ServiceModel): Promise<Record<string, unknown> | string> {
  const candidates = [path.join(out, "dist", service.moduleName, "client.js"), path.join(out, "src", service.moduleName, "client.ts")];
  const file = candidates.find((f) => existsSync(f));
  if (!file) return `no generated client for ${service.name} in ${out}: run \`opspec generate\``;
  return (await import(pathToFileURL(path.resolve(file)).href)) as Record<string, unknown>;
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  requestId?: unknown;
  violations?: Array<{ path: string; message: string }>;
}

/** Runs one call; resolves to the exit status (0 answered, 1 the call failed, 2 usage or spec errors). */
export async function runCall(ref: string, o: CallOptions, io: Io): Promise<number> {
  const fail = (message: string, code = 2): number => {
    io.err(`error: ${message}`);
    return code;
  };
  const compiled = compileSpecs(o.specs);
  if (!compiled.model) {
    for (const d of compiled.diagnostics) io.err(formatDiagnostic(d, compiled.sources, path.join(o.specs, d.file)));
    return fail(`the specs in ${o.specs} have errors`);
  }
  const found = resolveOperation(compiled.model, ref);
  if (typeof found === "string") return fail(found);
  const { service, operation } = found;

  let input: unknown;
  try {
    const text = (o.readFile ?? ((f) => readFileSync(f === "-" ? 0 : f, "utf8")))(o.input);
    input = o.input.endsWith(".json") ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (e) {
    return fail(`cannot read ${o.input}: ${(e as Error).message}`);
  }
  const region = regionFor(service, o.region, input);
  if (!region) return fail(`no region: pass --region${service.protocol.kind === "awsJson1_1" ? " or set AWS_REGION" : " or set ALIBABA_CLOUD_REGION_ID"}`);

  const mod = await importClient(o.out, service);
  if (typeof mod === "string") return fail(mod);
  const Client = mod[clientClass(service)] as (new (config: object) => unknown) | undefined;
  const call = mod[operationFunction(operation)] as ((client: unknown, input: unknown) => Promise<unknown>) | undefined;
  if (typeof Client !== "function" || typeof call !== "function") return fail(`the generated client in ${o.out} has no ${operation.name}: run \`opspec generate\``);

  try {
    const output = await call(new Client({ region, ...(o.endpoint ? { endpoint: o.endpoint } : {}) }), input);
    io.out(JSON.stringify(output, null, 2));
    return 0;
  } catch (e) {
    const error = (e ?? {}) as ErrorLike;
    const code = typeof error.code === "string" && error.code ? error.code : String(error.name ?? "Error");
    io.err(`${code}: ${String(error.message ?? e)}`);
    for (const v of error.violations ?? []) io.err(`  ${v.path || "(root)"}: ${v.message}`);
    if (typeof error.requestId === "string") io.err(`request id: ${error.requestId}`);
    return 1;
  }
}

export function addCallCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("call <operation>")
    .description("send one request with the generated client and print the answer (credentials from the environment)")
    .requiredOption("--input <file>", "the operation's input as JSON or YAML (- for stdin)")
    .option("--endpoint <url>", "send to this endpoint instead of the region's")
    .option("--region <region>", "region (default: AWS_REGION, ALIBABA_CLOUD_REGION_ID, or the input's RegionId)")
    .option("--specs <dir>", "spec folder", "specs")
    .option("--out <dir>", "the generated package", "generated")
    .action(async (ref: string, o: CallOptions) => setExit(await runCall(ref, o, io)));
}
