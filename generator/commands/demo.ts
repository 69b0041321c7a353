// `npm run demo`: starts the mock server on the generated package, runs a command on a (mock) SSM
// managed node and on a (mock) Alibaba simple application server through the generated clients,
// waits for each with the clients' own waiters, and prints what the commands wrote.
//
// Run `opspec generate` first (the npm script does): the generated modules are imported at run time,
// so this file does not depend on generated/ when the project type-checks.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startMock } from "./mock.ts";

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
};

// The slice of the generated client modules the demo uses.
type Call<I, O> = (client: unknown, input: I) => Promise<O>;
interface SsmModule {
  SsmClient: new (config: Record<string, unknown>) => unknown;
  sendCommand: Call<Record<string, unknown>, { Command?: { CommandId?: string; Status?: string } }>;
  waitUntilCommandExecuted: (client: unknown, input: Record<string, unknown>, options: Record<string, unknown>) => Promise<{ attempts: number }>;
  getCommandInvocation: Call<Record<string, unknown>, { Status?: string; ResponseCode?: number; StandardOutputContent?: string }>;
}
interface SwasModule {
  SwasClient: new (config: Record<string, unknown>) => unknown;
  runCommand: Call<Record<string, unknown>, { InvokeId?: string }>;
  waitUntilInvocationFinished: (client: unknown, input: Record<string, unknown>, options: Record<string, unknown>) => Promise<{ attempts: number }>;
  describeInvocationResult: Call<Record<string, unknown>, { InvocationResult?: { InvocationStatus?: string; ExitCode?: number; Output?: string } }>;
}

export async function runDemo(out = "generated", io: Io = defaultIo): Promise<number> {
  const started = await startMock({ specs: "specs", out, port: "0", host: "127.0.0.1", log: true }, { out: (text) => io.out(text.replace(/^(?=.)/gm, "    ")), err: io.err });
  if ("errors" in started) {
    for (const e of started.errors) io.err(e);
    io.err("run `npm run generate` first");
    return 1;
  }
  const url = started.server.url;
  io.out(`mock server: ${started.services.map((s) => s.definition.name).join(" and ")} on ${url}\n`);
  try {
    const load = async <T>(p: string) => (await import(pathToFileURL(path.resolve(out, p)).href)) as T;
    const ssm = await load<SsmModule>("src/ssm/client.ts");
    const swas = await load<SwasModule>("src/swas/client.ts");

    const instance = "i-0123456789abcdef0";
    const script = ['echo "Hello from the opspec mock"', "echo 'the command ran on the mock managed node'"];
    const ssmClient = new ssm.SsmClient({ region: "eu-west-1", endpoint: url, credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "demo-secret" } });
    io.out(`SSM: SendCommand AWS-RunShellScript on ${instance}`);
    const sent = await ssm.sendCommand(ssmClient, { DocumentName: "AWS-RunShellScript", InstanceIds: [instance], Parameters: { commands: script } });
    const commandId = sent.Command?.CommandId ?? "";
    io.out(`  CommandId ${commandId}, status ${sent.Command?.Status}`);
    const waited = await ssm.waitUntilCommandExecuted(ssmClient, { CommandId: commandId, InstanceId: instance }, { minDelay: 0.5, maxDelay: 1, maxWaitTime: 30 });
    const inv = await ssm.getCommandInvocation(ssmClient, { CommandId: commandId, InstanceId: instance });
    io.out(`  waitUntilCommandExecuted: ${inv.Status} after ${waited.attempts} attempts, exit code ${inv.ResponseCode}`);
    io.out(`  output:\n${indent(inv.StandardOutputContent ?? "")}`);

    const server = "2ad1ae67295445f598017499dc8a2d8c";
    const swasClient = new swas.SwasClient({ region: "cn-hangzhou", endpoint: url, credentials: { accessKeyId: "LTAI-demo", secretAccessKey: "demo-secret" } });
    io.out(`SWAS: RunCommand on ${server}`);
    const run = await swas.runCommand(swasClient, {
      RegionId: "cn-hangzhou",
      InstanceId: server,
      Name: "greet",
      Type: "RunShellScript",
      CommandContent: "echo Hello, {{name}}",
      EnableParameter: true,
      Parameters: { name: "opspec" },
    });
    const invokeId = run.InvokeId ?? "";
    io.out(`  InvokeId ${invokeId}`);
    const query = { RegionId: "cn-hangzhou", InstanceId: server, InvokeId: invokeId };
    const finished = await swas.waitUntilInvocationFinished(swasClient, query, { minDelay: 0.5, maxDelay: 1, maxWaitTime: 30 });
    const result = (await swas.describeInvocationResult(swasClient, query)).InvocationResult;
    io.out(`  waitUntilInvocationFinished: ${result?.InvocationStatus} after ${finished.attempts} attempts, exit code ${result?.ExitCode}`);
    io.out(`  output (Base64-decoded):\n${indent(decodeBase64(result?.Output ?? ""))}`);
    return 0;
  } catch (e) {
    io.err(`demo failed: ${(e as Error).stack ?? String(e)}`);
    return 1;
  } finally {
    await started.close();
  }
}

function indent(text: string): string {
  return text
    .replace(/\n$/, "")
    .split("\n")
    .map((l) => `    | ${l}`)
    .join("\n");
}

function decodeBase64(b64: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = await runDemo(process.argv[2]);
