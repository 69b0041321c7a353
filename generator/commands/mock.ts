// `opspec mock`: every service in specs/ behind one local server.
//
// It serves the mock modules of the generated package (--out, default generated/): src/<svc>/mock.ts,
// which loads as TypeScript because the CLI itself runs under tsx, or dist/<svc>/mock.js when the
// sources were left out. So what you test against is exactly what you publish; run `opspec generate`
// after changing a spec (a stale module is reported, not silently served).
import type { Command } from "commander";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { formatDiagnostic } from "../check/diagnostics.ts";
import { mockNames } from "../emit/mock/emit-mock.ts";
import type { ServiceModel } from "../model/types.ts";
import { compileSpecs } from "../pipeline.ts";
import { realClock } from "../runtime/mock-clock.ts";
import type { MockOptions, MockService } from "../runtime/mock-operation.ts";
import { combineMocks } from "../runtime/mock-router.ts";
import { startMockServer, type RunningMockServer } from "../runtime/mock-server.ts";
import { MockStore } from "../runtime/mock-store.ts";
import { loadStateFile } from "./mock-state.ts";

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface MockCommandOptions {
  specs: string;
  out: string;
  port: string;
  host: string;
  state?: string;
  verifySignatures?: boolean;
  lagMs?: string;
  /** Print request lines (default true). */
  log?: boolean;
}

export interface StartedMock {
  server: RunningMockServer;
  services: MockService[];
  close(): Promise<void>;
}

/** Starts the server, or returns the reasons it cannot start. */
export async function startMock(o: MockCommandOptions, io: Io): Promise<StartedMock | { errors: string[] }> {
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { errors: [`--port must be a port number, not '${o.port}'`] };
  const lagMs = o.lagMs === undefined ? undefined : Number(o.lagMs);
  if (lagMs !== undefined && !(lagMs >= 0)) return { errors: [`--lag-ms must be a number of milliseconds, not '${o.lagMs}'`] };

  const compiled = compileSpecs(o.specs);
  if (!compiled.model) return { errors: compiled.diagnostics.map((d) => formatDiagnostic(d, compiled.sources, path.join(o.specs, d.file))) };

  const loaded = o.state ? loadStateFile(o.state) : { state: {} };
  if ("errors" in loaded) return { errors: loaded.errors };
  const { credentials, ...state } = loaded.state;

  const keys = { ...credentials, ...environmentKeys() };
  if (o.verifySignatures && Object.keys(keys).length === 0) {
    return {
      errors: [
        "--verify-signatures needs keys: list them under `credentials:` in the state file, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET",
      ],
    };
  }

  const store = new MockStore({ clock: realClock, lagMs });
  store.applyState(state);
  if (lagMs !== undefined) store.lagMs = lagMs;
  const options: MockOptions = { store, state, signatures: o.verifySignatures ? { keys } : undefined };

  const services: MockService[] = [];
  const errors: string[] = [];
  for (const service of compiled.model.services) {
    const found = mockModule(o.out, service);
    if ("error" in found) {
      errors.push(found.error);
      continue;
    }
    const newest = Math.max(...service.files.map((f) => statSync(path.join(o.specs, f)).mtimeMs));
    if (newest > found.mtimeMs) io.err(`warning: ${found.file} is older than the specs of ${service.name}; run \`opspec generate\``);
    const mod = (await import(pathToFileURL(path.resolve(found.file)).href)) as Record<string, unknown>;
    const create = mod[mockNames(service).factory];
    if (typeof create !== "function") {
      errors.push(`${found.file} does not export ${mockNames(service).factory}; run \`opspec generate\``);
      continue;
    }
    services.push((create as (o: MockOptions) => MockService)(options));
  }
  if (errors.length) return { errors };

  const router = combineMocks(services);
  let server: RunningMockServer;
  try {
    server = await startMockServer(router, { host: o.host, port, log: o.log === false ? false : { write: (text) => io.out(text) } });
  } catch (e) {
    return { errors: [`cannot listen on ${o.host}:${port}: ${(e as Error).message}`] };
  }
  return { server, services, close: () => server.close() };
}

function mockModule(out: string, service: ServiceModel): { file: string; mtimeMs: number } | { error: string } {
  for (const file of [path.join(out, "src", service.moduleName, "mock.ts"), path.join(out, "dist", service.moduleName, "mock.js")]) {
    if (existsSync(file)) return { file, mtimeMs: statSync(file).mtimeMs };
  }
  return { error: `no mock module for ${service.name} in ${out} (looked for src/${service.moduleName}/mock.ts and dist/${service.moduleName}/mock.js); run \`opspec generate\`` };
}

function environmentKeys(): Record<string, string> {
  const keys: Record<string, string> = {};
  const pairs: Array<[string, string]> = [
    ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"],
    ["ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"],
  ];
  for (const [id, secret] of pairs) {
    const k = process.env[id];
    const s = process.env[secret];
    if (k && s) keys[k] = s;
  }
  return keys;
}

function describeService(s: MockService): string {
  const p = s.definition.protocol;
  return p.kind === "awsJson1_1" ? `${s.definition.name} (X-Amz-Target ${p.targetPrefix}.*)` : `${s.definition.name} (x-acs-version ${p.version})`;
}

export function addMockCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("mock")
    .description("serve a stateful mock of every service in the specs on one local port (the generated mock modules; run `generate` first)")
    .option("--specs <dir>", "spec folder", "specs")
    .option("--out <dir>", "generated package holding src/<service>/mock.ts", "generated")
    .option("--port <n>", "port (0 picks a free one)", "4566")
    .option("--host <addr>", "interface to listen on; the mock accepts any credentials, so keep it on loopback", "127.0.0.1")
    .option("--state <file>", "YAML or JSON state: instances, outputs, timing, faults, seeds, credentials")
    .option("--verify-signatures", "reject unsigned or wrongly signed requests, checking against the configured keys")
    .option("--lag-ms <n>", "milliseconds a new invocation stays invisible to reads (eventual consistency)")
    .action(async (o: MockCommandOptions) => {
      const started = await startMock(o, io);
      if ("errors" in started) {
        for (const e of started.errors) io.err(e);
        setExit(1);
        return;
      }
      if (!["127.0.0.1", "::1", "localhost"].includes(o.host)) io.err(`warning: listening on ${o.host}; anyone who can reach it can use the mock`);
      io.out(`opspec mock: ${started.services.map(describeService).join(", ")} on ${started.server.url}`);
      io.out(`  e.g. aws ssm list-commands --endpoint-url ${started.server.url} --region us-east-1`);
      io.out("  Ctrl-C stops the server.");
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          resolve();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      await started.close();
      io.out("opspec mock: stopped");
      setExit(0);
    });
}
