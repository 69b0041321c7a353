// Client cost: per-call overhead (build, validate, sign, send to an in-process stub, parse) of our
// generated GetCommandInvocation against @aws-sdk/client-ssm with an in-process request handler,
// and the minified size of a browser program that makes that one call with each client.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { GetCommandInvocationCommand, SSMClient } from "@aws-sdk/client-ssm";
import { build } from "esbuild";
import { clientEmitter } from "../generator/emit/client/emit-client.ts";
import { packageEmitter } from "../generator/emit/package/emit-package.ts";
import { typesEmitter } from "../generator/emit/types/emit-types.ts";
import { validatorsEmitter } from "../generator/emit/validators/emit-validators.ts";
import { compileSpecs } from "../generator/pipeline.ts";
import type { BenchSection } from "./run.ts";

const input = { CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567", InstanceId: "i-0e3ba1c8f7d2a4b61", PluginName: "aws:runShellScript" };
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE" };
// The documented shape of a finished invocation, about 600 bytes.
const answer = JSON.stringify({
  CommandId: input.CommandId,
  InstanceId: input.InstanceId,
  Comment: "Check free disk space",
  DocumentName: "AWS-RunShellScript",
  DocumentVersion: "1",
  PluginName: "aws:runShellScript",
  ResponseCode: 0,
  ExecutionStartDateTime: "2024-05-14T09:21:03Z",
  ExecutionElapsedTime: "PT0.512S",
  ExecutionEndDateTime: "2024-05-14T09:21:04Z",
  Status: "Success",
  StatusDetails: "Success",
  StandardOutputContent: "Filesystem      Size  Used Avail Use% Mounted on\n/dev/xvda1      8.0G  1.9G  6.2G  24% /\n",
  StandardOutputUrl: "",
  StandardErrorContent: "",
  StandardErrorUrl: "",
  CloudWatchOutputConfig: { CloudWatchLogGroupName: "", CloudWatchOutputEnabled: false },
});
const answerHeaders = { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "1f2e3d4c-5b6a-4789-8abc-def012345678" };

/** The generated client modules (types, validators, client, runtime) in a scratch folder. */
function generateClient(): string {
  const model = compileSpecs(path.resolve("specs")).model;
  if (!model) throw new Error("specs do not compile");
  const emitted = model.services.flatMap((s) => [typesEmitter, validatorsEmitter, clientEmitter].flatMap((e) => e.emit(s)));
  const dir = mkdtempSync(path.join(os.tmpdir(), "opspec-bench-client-"));
  for (const f of [...emitted, ...packageEmitter().emit(model, emitted)]) {
    mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
    writeFileSync(path.join(dir, f.path), f.contents);
  }
  return dir;
}

/** Microseconds per call over `n` sequential calls. */
async function perCall(n: number, call: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await call();
  return ((performance.now() - t0) * 1000) / n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function overhead(dir: string): Promise<BenchSection> {
  const ssm = await import(pathToFileURL(path.join(dir, "src/ssm/client.ts")).href);
  // The fetch stub answers like the official client's handler does: a fresh response object around canned bytes.
  const fetch = async () => ({ status: 200, headers: new Headers(answerHeaders), text: async () => answer });
  const fetchResponse = async () => new Response(answer, { status: 200, headers: answerHeaders });
  const ours = new ssm.SsmBaseClient({ region: "us-east-1", credentials, fetch });
  const unchecked = new ssm.SsmBaseClient({ region: "us-east-1", credentials, fetch, validateInput: false });
  const standard = new ssm.SsmBaseClient({ region: "us-east-1", credentials, fetch: fetchResponse });
  const official = new SSMClient({
    region: "us-east-1",
    credentials,
    requestHandler: {
      handle: async () => ({ response: { statusCode: 200, headers: { ...answerHeaders }, body: Buffer.from(answer) } }),
      updateHttpClientConfig() {},
      httpHandlerConfigs: () => ({}),
    } as never,
  });
  const callOurs = () => ssm.getCommandInvocation(ours, input);
  const callUnchecked = () => ssm.getCommandInvocation(unchecked, input);
  const callStandard = () => ssm.getCommandInvocation(standard, input);
  const callOfficial = () => official.send(new GetCommandInvocationCommand(input));
  // Both give the same answer, or the comparison means nothing.
  const a = await callOurs();
  const { $metadata, ...b } = await callOfficial();
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`answers differ:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);

  await perCall(3000, callOurs);
  await perCall(3000, callUnchecked);
  await perCall(3000, callStandard);
  await perCall(1000, callOfficial);
  const rounds = { ours: [] as number[], unchecked: [] as number[], standard: [] as number[], official: [] as number[] };
  for (let r = 0; r < 5; r++) {
    rounds.official.push(await perCall(1000, callOfficial));
    rounds.ours.push(await perCall(10_000, callOurs));
    rounds.unchecked.push(await perCall(10_000, callUnchecked));
    rounds.standard.push(await perCall(10_000, callStandard));
  }
  const o = median(rounds.ours);
  const u = median(rounds.unchecked);
  const std = median(rounds.standard);
  const off = median(rounds.official);
  return {
    title: "Client: per-call overhead of GetCommandInvocation (build, sign, in-process send, parse)",
    anchor: `@aws-sdk/client-ssm ${off.toFixed(1)} µs per call with an in-process request handler`,
    target: "at least 10× faster than the official client",
    met: off / o >= 10,
    rows: [
      { name: "@aws-sdk/client-ssm (anchor)", value: off, unit: "µs/call", ratio: "1×" },
      { name: "opspec client, input validation on (default)", value: o, unit: "µs/call", ratio: `${(off / o).toFixed(1)}× faster` },
      { name: "opspec client, input validation off", value: u, unit: "µs/call", ratio: `${(off / u).toFixed(1)}× faster` },
      { name: "opspec client, stub returning a standard Response", value: std, unit: "µs/call", ratio: `${(off / std).toFixed(1)}× faster` },
    ],
    notes: [
      "Median of 5 interleaved rounds (1 000 official calls, 10 000 of ours each), after a warm-up; session credentials, SigV4 signing on every call.",
      "Each stub hands back a fresh response object around the canned bytes: ours { status, headers, text() }, the official client's { statusCode, headers, body: Buffer }. The last row pays for undici's Response (streams) on top, which is the stub's cost, not the client's. Both answers are checked to be equal first.",
      "Signing hashes with the platform: here Node's crypto module (found through process.getBuiltinModule); where there is none (browsers), WebCrypto, whose every call is an asynchronous job, as the official SDK's browser build also uses it.",
    ],
  };
}

/** Replaces the validators module with empty validators: what the client code itself weighs. */
const withoutValidators = {
  name: "without-validators",
  setup(b: import("esbuild").PluginBuild): void {
    b.onResolve({ filter: /\/validators\.js$/ }, () => ({ path: "validators", namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export const validateGetCommandInvocationRequest = () => [];", loader: "js" }));
  },
};

interface Bundle {
  bytes: number;
  gzip: number;
  /** Minified bytes each module contributes, from esbuild's metafile. */
  modules: Array<{ path: string; bytes: number }>;
  /** Internal and exported validator functions left in the bundle, read from an unminified build. */
  validators: string[];
}

async function minified(entry: string, resolveDir: string, stubValidators = false): Promise<Bundle> {
  const options = {
    plugins: stubValidators ? [withoutValidators] : [],
    stdin: { contents: entry, resolveDir, loader: "ts" as const, sourcefile: "program.ts" },
    bundle: true,
    platform: "browser" as const,
    format: "esm" as const,
    target: "es2022",
    write: false as const,
    logLevel: "silent" as const,
  };
  const result = await build({ ...options, minify: true, metafile: true });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const modules = Object.entries(inputs)
    .map(([file, v]) => ({ path: file.replace(/^.*\/src\//, ""), bytes: v.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  // Tree shaking is the same without minifying, and the names stay readable.
  const plain = (await build({ ...options, minify: false })).outputFiles[0].text;
  const validators = [...plain.matchAll(/^function (\$is_\w+|\$check_\w+|\$?validate\w+)\(/gm)].map((m) => m[1]);
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, modules, validators };
}

async function bundles(dir: string): Promise<BenchSection> {
  const client = JSON.stringify(path.join(dir, "src/ssm/client.ts"));
  const call = JSON.stringify(input);
  const standalone = await minified(
    `import { SsmBaseClient, getCommandInvocation } from ${client};\nconst client = new SsmBaseClient({ region: "us-east-1" });\ngetCommandInvocation(client, ${call}).then((r) => console.log(r.Status));\n`,
    process.cwd(),
  );
  const clientOnly = await minified(
    `import { SsmBaseClient, getCommandInvocation } from ${client};\nconst client = new SsmBaseClient({ region: "us-east-1" });\ngetCommandInvocation(client, ${call}).then((r) => console.log(r.Status));\n`,
    process.cwd(),
    true,
  );
  const whole = await minified(
    `import { SsmClient } from ${client};\nnew SsmClient({ region: "us-east-1" }).getCommandInvocation(${call}).then((r) => console.log(r.Status));\n`,
    process.cwd(),
  );
  const official = await minified(
    `import { SSMClient, GetCommandInvocationCommand } from "@aws-sdk/client-ssm";\nnew SSMClient({ region: "us-east-1" }).send(new GetCommandInvocationCommand(${call})).then((r) => console.log(r.Status));\n`,
    process.cwd(),
  );
  const kb = (n: number) => n / 1024;
  const ratio = (n: number) => `1/${(official.bytes / n).toFixed(1)}`;
  return {
    title: "Client: minified browser bundle of a program calling GetCommandInvocation",
    anchor: `@aws-sdk/client-ssm ${kb(official.bytes).toFixed(1)} KiB minified, ${kb(official.gzip).toFixed(1)} KiB gzip`,
    target: "at most 1/20 of the official client's minified size",
    met: standalone.bytes * 20 <= official.bytes,
    rows: [
      { name: "@aws-sdk/client-ssm, minified (anchor)", value: kb(official.bytes), unit: "KiB", ratio: "1" },
      { name: "@aws-sdk/client-ssm, gzip", value: kb(official.gzip), unit: "KiB" },
      { name: "opspec standalone getCommandInvocation, minified", value: kb(standalone.bytes), unit: "KiB", ratio: ratio(standalone.bytes) },
      { name: "opspec standalone getCommandInvocation, gzip", value: kb(standalone.gzip), unit: "KiB", ratio: `1/${(official.gzip / standalone.gzip).toFixed(1)}` },
      { name: "  of which the client (validators module stubbed out), minified", value: kb(clientOnly.bytes), unit: "KiB", ratio: ratio(clientOnly.bytes) },
      { name: "  of which the client (validators module stubbed out), gzip", value: kb(clientOnly.gzip), unit: "KiB", ratio: `1/${(official.gzip / clientOnly.gzip).toFixed(1)}` },
      { name: "opspec SsmClient class (all five operations), minified", value: kb(whole.bytes), unit: "KiB", ratio: ratio(whole.bytes) },
      { name: "opspec SsmClient class (all five operations), gzip", value: kb(whole.gzip), unit: "KiB", ratio: `1/${(official.gzip / whole.gzip).toFixed(1)}` },
    ],
    notes: [
      "esbuild, platform browser, ESM, minify, target es2022; gzip level 9. The standalone function keeps only its operation's metadata, error classes (one errorClass call each) and input check (the validators' detailed path alone); output validators and their check ship with the SsmClient class only. No hash code is bundled: signing uses Node's crypto module or WebCrypto.",
      `Minified bytes per module in the standalone program (esbuild metafile): ${standalone.modules.map((m) => `${m.path} ${m.bytes}`).join(", ")}.`,
      `Validator functions left in the standalone program: ${standalone.validators.join(", ") || "none"}; the validators module's top-level RegExp, Set, Object.freeze and standardSchema calls are marked /* @__PURE__ */, so the service's other validators drop out.`,
    ],
  };
}

export async function run(): Promise<BenchSection[]> {
  const dir = generateClient();
  return [await overhead(dir), await bundles(dir)];
}
