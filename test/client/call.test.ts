// `opspec call`: one request with the generated client, the answer printed, errors as code and message.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../generator/cli.ts";
import { generateClients } from "./helpers/generate.ts";
import { type Reply, startServer, type TestServer } from "./helpers/server.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const out = generateClients().dir;
const scratch = mkdtempSync(path.join(os.tmpdir(), "opspec-call-"));
function file(name: string, contents: string): string {
  const f = path.join(scratch, name);
  writeFileSync(f, contents);
  return f;
}

let server: TestServer | undefined;
beforeEach(() => {
  vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "cli-secret-value");
  vi.stubEnv("AWS_SESSION_TOKEN", "");
  vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIEXAMPLE");
  vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ali-secret-value");
  vi.stubEnv("ALIBABA_CLOUD_REGION_ID", "");
  vi.stubEnv("AWS_REGION", "");
  vi.stubEnv("AWS_DEFAULT_REGION", "");
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
});

async function run(args: string[]) {
  const lines = { out: [] as string[], err: [] as string[] };
  const code = await main(args, { out: (s) => lines.out.push(s), err: (s) => lines.err.push(s) });
  return { code, out: lines.out.join("\n"), err: lines.err.join("\n") };
}

async function serve(reply: (r: any) => Reply) {
  server = await startServer(reply);
  return server.url;
}

const getInput = file("get.json", JSON.stringify({ CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567", InstanceId: "i-0e3ba1c8f7d2a4b61" }));

describe("opspec call", () => {
  it("prints the JSON answer of an SSM call, signed with the environment's credentials", async () => {
    const endpoint = await serve(() => ({ headers: { "content-type": "application/x-amz-json-1.1" }, body: '{"Status":"Success","ResponseCode":0}' }));
    const r = await run(["call", "GetCommandInvocation", "--input", getInput, "--endpoint", endpoint, "--region", "eu-west-1", "--out", out]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(JSON.parse(r.out)).toEqual({ Status: "Success", ResponseCode: 0 });
    expect(server!.requests[0].headers["x-amz-target"]).toBe("AmazonSSM.GetCommandInvocation");
    expect(server!.requests[0].headers.authorization).toContain("Credential=AKIDEXAMPLE/");
    expect(server!.requests[0].headers.authorization).toContain("/eu-west-1/ssm/aws4_request");
  });

  it("Service.Operation, YAML input, region from the input's RegionId for Alibaba", async () => {
    const endpoint = await serve(() => ({ body: '{"RequestId":"r","InvokeId":"t-1"}' }));
    const input = file("run.yaml", "RegionId: cn-shanghai\nInstanceId: abc\nCommandContent: uptime\nName: up\nType: RunShellScript\n");
    const r = await run(["call", "swas.RunCommand", "--input", input, "--endpoint", endpoint, "--out", out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ RequestId: "r", InvokeId: "t-1" });
    expect(server!.requests[0].headers["x-acs-action"]).toBe("RunCommand");
    expect(server!.requests[0].headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=LTAIEXAMPLE,/);
  });

  it("a service error prints its code and message and exits 1", async () => {
    const endpoint = await serve(() => ({ status: 400, headers: { "x-amzn-requestid": "req-9" }, body: '{"__type":"InvalidCommandId","message":"The specified command ID isn\'t valid."}' }));
    const r = await run(["call", "GetCommandInvocation", "--input", getInput, "--endpoint", endpoint, "--region", "us-east-1", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe("InvalidCommandId: The specified command ID isn't valid.\nrequest id: req-9");
  });

  it("an invalid input is refused before sending, with the violations", async () => {
    const endpoint = await serve(() => ({ body: "{}" }));
    const bad = file("bad.json", JSON.stringify({ CommandId: "short", InstanceId: "i-0e3ba1c8f7d2a4b61" }));
    const r = await run(["call", "GetCommandInvocation", "--input", bad, "--endpoint", endpoint, "--region", "us-east-1", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^InputValidationError: GetCommandInvocation: invalid input: \/CommandId /);
    expect(server!.requests).toHaveLength(0);
  });

  it("missing credentials name the variables, not any value", async () => {
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "");
    const r = await run(["call", "GetCommandInvocation", "--input", getInput, "--endpoint", "http://127.0.0.1:9", "--region", "us-east-1", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("CredentialsError: no credentials: pass `credentials` to the client or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
  });

  it("usage errors exit 2: unknown operation, no region, unreadable input, no generated client", async () => {
    expect(await run(["call", "Nope", "--input", getInput, "--out", out])).toMatchObject({ code: 2, err: expect.stringContaining("no operation 'Nope'; the specs define") });
    expect(await run(["call", "GetCommandInvocation", "--input", getInput, "--out", out])).toMatchObject({ code: 2, err: "error: no region: pass --region or set AWS_REGION" });
    expect(await run(["call", "GetCommandInvocation", "--input", path.join(scratch, "missing.json"), "--region", "us-east-1", "--out", out])).toMatchObject({
      code: 2,
      err: expect.stringContaining("cannot read"),
    });
    expect(await run(["call", "GetCommandInvocation", "--input", getInput, "--region", "us-east-1", "--out", scratch])).toMatchObject({
      code: 2,
      err: `error: no generated client for SSM in ${scratch}: run \`opspec generate\``,
    });
  });
});
