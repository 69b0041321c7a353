// `opspec mock`: state-file checking, startup errors, and a real process that serves and stops on SIGINT.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ListCommandsCommand, SSMClient } from "@aws-sdk/client-ssm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadStateFile } from "../../generator/commands/mock-state.ts";
import { startMock } from "../../generator/commands/mock.ts";
import { main } from "../../generator/cli.ts";
import { generateMocks } from "./helpers/generate.ts";

let out: string;
beforeAll(() => {
  out = generateMocks().dir;
});

function stateFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "opspec-state-"));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function io() {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, io: { out: (s: string) => lines.out.push(s), err: (s: string) => lines.err.push(s) } };
}

describe("state files", () => {
  it("accepts YAML with every section", () => {
    const file = stateFile(
      "state.yaml",
      [
        "timing: { pendingMs: 100, runMs: 200, lagMs: 50 }",
        "outputs:",
        "  - { match: 'df -h', stdout: 'Filesystem...', exitCode: 0 }",
        "faults:",
        "  ssm.GetCommandInvocation: { errorRate: 0.1, latencyMs: 20 }",
        "credentials: { AKIDEXAMPLE: secret }",
        "services:",
        "  ssm:",
        "    account: '123456789012'",
        "    instances: [{ id: i-0123456789abcdef0, name: web-1, tags: { Role: web } }]",
        "    commands:",
        "      - DocumentName: AWS-RunShellScript",
        "        RequestedDateTime: 2024-05-14T09:21:02Z",
        "        Invocations: [{ InstanceId: i-0123456789abcdef0, Status: Success, StandardOutputContent: ok }]",
        "  swas:",
        "    instances: [{ id: 2ad1ae67295445f598017499dc8a2d8c, region: cn-hangzhou }]",
      ].join("\n"),
    );
    const r = loadStateFile(file);
    expect("errors" in r ? r.errors : []).toEqual([]);
  });

  it("accepts JSON", () => {
    const r = loadStateFile(stateFile("state.json", JSON.stringify({ timing: { runMs: 10 }, services: { ssm: { documents: ["AWS-RunShellScript"] } } })));
    expect(r).toEqual({ state: { timing: { runMs: 10 }, services: { ssm: { documents: ["AWS-RunShellScript"] } } } });
  });

  it("reports each problem with file, line, column and path", () => {
    const file = stateFile(
      "bad.yaml",
      ["timing:", "  runMs: soon", "services:", "  ssm:", "    instances:", "      - id: server-1", "    colour: blue", "faults:", "  RunCommand: { errorRate: 2 }"].join("\n"),
    );
    const r = loadStateFile(file);
    expect("errors" in r && r.errors).toEqual([
      `${file}:2:10: timing.runMs: must be number`,
      `${file}:6:13: services.ssm.instances[0].id: must match pattern "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)"`,
      `${file}:7:5: services.ssm: must NOT have additional properties 'colour'`,
      `${file}:9:28: faults.RunCommand.errorRate: must be <= 1`,
    ]);
  });

  it("reports YAML syntax errors with their position", () => {
    const file = stateFile("broken.yaml", "timing: { runMs: 1\n");
    const r = loadStateFile(file);
    expect("errors" in r && r.errors[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: `));
  });
});

describe("opspec mock", () => {
  it("refuses a bad state file and exits 1 without starting", async () => {
    const { lines, io: sink } = io();
    const file = stateFile("bad.json", '{"timing": {"lagMs": -1}}');
    const code = await main(["mock", "--out", out, "--port", "0", "--state", file], sink);
    expect(code).toBe(1);
    expect(lines.err).toEqual([`${file}:1:22: timing.lagMs: must be >= 0`]);
  });

  it("explains what is missing when the package has no mock modules", async () => {
    const { lines, io: sink } = io();
    const code = await main(["mock", "--out", mkdtempSync(path.join(os.tmpdir(), "opspec-empty-")), "--port", "0"], sink);
    expect(code).toBe(1);
    expect(lines.err.join("\n")).toMatch(/no mock module for SSM .* run `opspec generate`/);
  });

  it("needs keys for --verify-signatures", async () => {
    const saved = { ...process.env };
    for (const k of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"]) delete process.env[k];
    try {
      const { lines, io: sink } = io();
      expect(await main(["mock", "--out", out, "--port", "0", "--verify-signatures"], sink)).toBe(1);
      expect(lines.err[0]).toMatch(/--verify-signatures needs keys/);
    } finally {
      process.env = saved;
    }
  });

  it("serves every service in specs/ with the state's seeds and the lag from the command line", async () => {
    const { lines, io: sink } = io();
    const file = stateFile("s.yaml", "services:\n  ssm:\n    instances: [{ id: i-0123456789abcdef0 }]\n");
    const started = await startMock({ specs: "specs", out, port: "0", host: "127.0.0.1", state: file, lagMs: "250" }, sink);
    if ("errors" in started) throw new Error(started.errors.join("\n"));
    try {
      expect(started.services.map((s) => s.definition.name)).toEqual(["SSM", "SWAS"]);
      expect(started.services[0].store.lagMs).toBe(250);
      expect(started.services[0].store.managedInstances("ssm")?.map((i) => i.id)).toEqual(["i-0123456789abcdef0"]);
      const client = new SSMClient({ endpoint: started.server.url, region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });
      const listed = await client.send(new ListCommandsCommand({}));
      expect(listed.Commands?.[0]?.CommandId).toBe("0831e1a8-a1ac-4257-a1fd-c831b1234567");
      expect(lines.out.some((l) => / POST AmazonSSM\.ListCommands 200 /.test(l))).toBe(true);
    } finally {
      await started.close();
    }
  });

  it("runs as a process, answers, and stops cleanly on SIGINT", async () => {
    const child = spawn(process.execPath, ["generator/bin.mjs", "mock", "--out", out, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", () => {
        const m = / on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (m) resolve(m[1]);
      });
      child.on("exit", (code) => reject(new Error(`exited ${code} before listening: ${stdout}`)));
    });
    const r = await fetch(`${url}/`, { method: "POST", headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AmazonSSM.ListCommands" }, body: "{}" });
    expect(r.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/opspec mock: stopped/);
  });
});
