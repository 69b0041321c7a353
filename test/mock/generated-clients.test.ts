// The generated clients against the mock server: the same scenarios as the official SDKs'.
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadMocks, type LoadedMocks } from "./helpers/calls.ts";
import { startTestServer, type TestServer, type TestServerOptions } from "./helpers/servers.ts";

let m: LoadedMocks;
let ssm: any;
let swas: any;
beforeAll(async () => {
  m = await loadMocks();
  ssm = await import(path.join(m.dir, "src/ssm/client.ts"));
  swas = await import(path.join(m.dir, "src/swas/client.ts"));
});

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function start(options: TestServerOptions = {}): Promise<TestServer> {
  t = await startTestServer(m, { signatures: { keys: { AKIDEXAMPLE: "secret", LTAI5tMock: "secret" } }, ...options });
  return t;
}

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const instance = "i-0123456789abcdef0";

describe("the generated SSM client against the mock server (signatures checked)", () => {
  it("sendCommand, waitUntilCommandExecuted through InvocationDoesNotExist and InProgress, getCommandInvocation", async () => {
    const seen: string[] = [];
    const s = await start({
      lagMs: 1000,
      beforeEach: (r) => {
        if (r.headers.get("x-amz-target") === "AmazonSSM.GetCommandInvocation") s.clock.advance(600);
      },
      onReply: (r, reply) => {
        if (r.headers.get("x-amz-target") === "AmazonSSM.GetCommandInvocation") seen.push(JSON.parse(reply.body).__type ?? JSON.parse(reply.body).Status);
      },
    });
    const client = new ssm.SsmClient({ region: "us-east-1", endpoint: s.server.url, credentials });
    const sent = await ssm.sendCommand(client, { DocumentName: "AWS-RunShellScript", InstanceIds: [instance], Parameters: { commands: ["echo generated"] } });
    const input = { CommandId: sent.Command.CommandId, InstanceId: instance };
    const waited = await ssm.waitUntilCommandExecuted(client, input, { minDelay: 0.05, maxDelay: 0.1, maxWaitTime: 20 });
    expect(waited.attempts).toBe(3);
    expect(seen).toEqual(["InvocationDoesNotExist", "InProgress", "Success"]);
    expect(await ssm.getCommandInvocation(client, input)).toMatchObject({ Status: "Success", StandardOutputContent: "generated\n" });
  });

  it("raises the InvocationDoesNotExist class while the lag lasts", async () => {
    const s = await start({ lagMs: 5000 });
    const client = new ssm.SsmClient({ region: "us-east-1", endpoint: s.server.url, credentials });
    const sent = await ssm.sendCommand(client, { DocumentName: "AWS-RunShellScript", InstanceIds: [instance] });
    const error = await ssm.getCommandInvocation(client, { CommandId: sent.Command.CommandId, InstanceId: instance }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ssm.InvocationDoesNotExist);
  });

  it("paginateListCommandInvocations walks every invocation once", async () => {
    const s = await start();
    const client = new ssm.SsmClient({ region: "us-east-1", endpoint: s.server.url, credentials });
    const ids = ["i-0000000000000000a", "i-0000000000000000b", "i-0000000000000000c"];
    const sent = await ssm.sendCommand(client, { DocumentName: "AWS-RunShellScript", InstanceIds: ids });
    const seen: string[] = [];
    for await (const page of ssm.paginateListCommandInvocations(client, { CommandId: sent.Command.CommandId, MaxResults: 1 })) {
      for (const inv of page.CommandInvocations ?? []) seen.push(inv.InstanceId);
    }
    expect(seen.sort()).toEqual(ids);
  });

  it("getMaintenanceWindowExecutionTaskInvocation answers seeds and raises DoesNotExistException", async () => {
    const seeded = {
      WindowExecutionId: "555d3e7a-c2d8-4f53-9a6e-8b1f2c3d4e5f",
      TaskExecutionId: "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
      InvocationId: "c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f",
      Status: "SUCCESS",
      StartTime: 1715678463.512,
    };
    const s = await start({ state: { services: { ssm: { maintenanceWindowTaskInvocations: [seeded] } } } });
    const client = new ssm.SsmClient({ region: "us-east-1", endpoint: s.server.url, credentials });
    const input = { WindowExecutionId: seeded.WindowExecutionId, TaskId: seeded.TaskExecutionId, InvocationId: seeded.InvocationId };
    expect(await ssm.getMaintenanceWindowExecutionTaskInvocation(client, input)).toMatchObject({ Status: "SUCCESS", StartTime: 1715678463.512 });
    const error = await ssm.getMaintenanceWindowExecutionTaskInvocation(client, { ...input, TaskId: "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5f" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ssm.DoesNotExistException);
  });
});

describe("the generated SWAS client against the mock server (signatures checked)", () => {
  it("runCommand, describeInvocations, waitUntilInvocationFinished and describeInvocationResult", async () => {
    const s = await start({
      beforeEach: (r) => {
        if (r.headers.get("x-acs-action") === "DescribeInvocationResult") s.clock.advance(800);
      },
    });
    const client = new swas.SwasClient({ region: "cn-hangzhou", endpoint: s.server.url, credentials: { accessKeyId: "LTAI5tMock", secretAccessKey: "secret" } });
    const server = "2ad1ae67295445f598017499dc8a2d8c";
    const run = await swas.runCommand(client, { RegionId: "cn-hangzhou", InstanceId: server, Name: "n", Type: "RunShellScript", CommandContent: "echo swas" });
    const listed = await swas.describeInvocations(client, { RegionId: "cn-hangzhou", InstanceId: server });
    expect(listed.Invocations.map((i: any) => i.InvokeId)).toEqual([run.InvokeId]);
    const query = { RegionId: "cn-hangzhou", InstanceId: server, InvokeId: run.InvokeId };
    await swas.waitUntilInvocationFinished(client, query, { minDelay: 0.05, maxDelay: 0.1, maxWaitTime: 20 });
    const result = await swas.describeInvocationResult(client, query);
    expect(result.InvocationResult).toMatchObject({ InvocationStatus: "Success", ExitCode: 0, Output: Buffer.from("swas\n").toString("base64") });
    const missing = await swas.describeInvocationResult(client, { ...query, InvokeId: "t-none" }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(swas.InvalidInvokeIdNotFound);
  });
});
