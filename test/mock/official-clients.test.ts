// The official SDKs against the mock server: they must not be able to tell it from the real service.
import {
  DoesNotExistException,
  GetCommandInvocationCommand,
  GetMaintenanceWindowExecutionTaskInvocationCommand,
  InvocationDoesNotExist,
  ListCommandsCommand,
  paginateListCommandInvocations,
  SendCommandCommand,
  SSMClient,
  SSMServiceException,
  waitUntilCommandExecuted,
} from "@aws-sdk/client-ssm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadMocks, type LoadedMocks } from "./helpers/calls.ts";
import { startTestServer, swasClientClass, swasModels, type TestServer, type TestServerOptions } from "./helpers/servers.ts";

let m: LoadedMocks;
beforeAll(async () => {
  m = await loadMocks();
});

let running: TestServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(options: TestServerOptions = {}): Promise<TestServer> {
  running = await startTestServer(m, options);
  return running;
}

function ssmClient(t: TestServer): SSMClient {
  return new SSMClient({
    endpoint: t.server.url,
    region: "eu-west-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
    maxAttempts: 1,
  });
}

const instance = "i-0123456789abcdef0";

describe("@aws-sdk/client-ssm against the mock server", () => {
  it("SendCommand, then its own waitUntilCommandExecuted through InvocationDoesNotExist, InProgress and Success", async () => {
    const seen: string[] = [];
    const t = await start({
      lagMs: 1000,
      // Every poll moves the virtual clock 600 ms: lagging, then running, then done, whatever the machine's speed.
      beforeEach: (r) => {
        if (r.headers.get("x-amz-target") === "AmazonSSM.GetCommandInvocation") t.clock.advance(600);
      },
      onReply: (r, reply) => {
        if (r.headers.get("x-amz-target") !== "AmazonSSM.GetCommandInvocation") return;
        const body = JSON.parse(reply.body);
        seen.push(body.__type ?? body.Status);
      },
    });
    const client = ssmClient(t);
    const sent = await client.send(new SendCommandCommand({ DocumentName: "AWS-RunShellScript", InstanceIds: [instance], Parameters: { commands: ["echo from the mock"] } }));
    expect(sent.Command?.Status).toBe("Pending");
    expect(sent.Command?.RequestedDateTime).toBeInstanceOf(Date);
    expect(sent.Command?.OutputS3Region).toBe("eu-west-1");
    const commandId = sent.Command!.CommandId!;

    const result = await waitUntilCommandExecuted({ client, maxWaitTime: 30, minDelay: 0.1, maxDelay: 0.2 }, { CommandId: commandId, InstanceId: instance });
    expect(result.state).toBe("SUCCESS");
    expect(seen).toEqual(["InvocationDoesNotExist", "InProgress", "Success"]);

    const out = await client.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instance }));
    expect(out).toMatchObject({ Status: "Success", ResponseCode: 0, StandardOutputContent: "from the mock\n", PluginName: "aws:runShellScript" });
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("GetCommandInvocation raises the InvocationDoesNotExist class while the lag lasts", async () => {
    const t = await start({ lagMs: 5000 });
    const client = ssmClient(t);
    const sent = await client.send(new SendCommandCommand({ DocumentName: "AWS-RunShellScript", InstanceIds: [instance] }));
    const error = await client.send(new GetCommandInvocationCommand({ CommandId: sent.Command!.CommandId!, InstanceId: instance })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvocationDoesNotExist);
    expect((error as InvocationDoesNotExist).$metadata.httpStatusCode).toBe(400);
  });

  it("the ListCommandInvocations paginator walks every invocation once", async () => {
    const t = await start();
    const client = ssmClient(t);
    const ids = ["i-0000000000000000a", "i-0000000000000000b", "i-0000000000000000c", "i-0000000000000000d", "i-0000000000000000e"];
    const sent = await client.send(new SendCommandCommand({ DocumentName: "AWS-RunShellScript", InstanceIds: ids }));
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateListCommandInvocations({ client, pageSize: 2 }, { CommandId: sent.Command!.CommandId! })) {
      pages++;
      for (const inv of page.CommandInvocations ?? []) seen.push(inv.InstanceId!);
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(ids);
  });

  it("GetMaintenanceWindowExecutionTaskInvocation answers the seeded invocation and DoesNotExistException otherwise", async () => {
    const seeded = {
      WindowExecutionId: "555d3e7a-c2d8-4f53-9a6e-8b1f2c3d4e5f",
      TaskExecutionId: "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
      InvocationId: "c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f",
      ExecutionId: "0831e1a8-a1ac-4257-a1fd-c831b1234567",
      TaskType: "RUN_COMMAND",
      Status: "SUCCESS",
      StartTime: "2024-05-14T09:21:03.512Z",
      EndTime: 1715678470.204,
    };
    const t = await start({ state: { services: { ssm: { maintenanceWindowTaskInvocations: [seeded] } } } });
    const client = ssmClient(t);
    const input = { WindowExecutionId: seeded.WindowExecutionId, TaskId: seeded.TaskExecutionId, InvocationId: seeded.InvocationId };
    const out = await client.send(new GetMaintenanceWindowExecutionTaskInvocationCommand(input));
    expect(out).toMatchObject({ Status: "SUCCESS", TaskType: "RUN_COMMAND", ExecutionId: seeded.ExecutionId });
    expect(out.StartTime?.toISOString()).toBe("2024-05-14T09:21:03.512Z");
    expect(out.EndTime?.getTime()).toBe(1715678470204);
    const error = await client.send(new GetMaintenanceWindowExecutionTaskInvocationCommand({ ...input, WindowExecutionId: "00000000-0000-4000-8000-000000000000" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DoesNotExistException);
    expect((error as Error).message).toBe("Maintenance window execution 00000000-0000-4000-8000-000000000000 does not exist.");
  });

  it("a constraint violation reaches the SDK as ValidationException with the service's message", async () => {
    const t = await start();
    const error = await ssmClient(t).send(new ListCommandsCommand({ MaxResults: 500 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SSMServiceException);
    expect((error as Error).name).toBe("ValidationException");
    expect((error as Error).message).toBe(
      "1 validation error detected: Value '500' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50",
    );
  });
});

describe("@alicloud/swas-open20200601 against the mock server", () => {
  function swasClient(t: TestServer): any {
    const Client = swasClientClass();
    return new Client({ accessKeyId: "LTAI-mock", accessKeySecret: "mock-secret", endpoint: `127.0.0.1:${t.server.port}`, protocol: "http", regionId: "cn-hangzhou" });
  }
  const server = "2ad1ae67295445f598017499dc8a2d8c";

  it("RunCommand, DescribeInvocations and DescribeInvocationResult", async () => {
    const t = await start();
    const $ = swasModels();
    const client = swasClient(t);
    const run = await client.runCommand(
      new $.RunCommandRequest({ regionId: "cn-hangzhou", instanceId: server, commandContent: "echo {{who}}", name: "greet", type: "RunShellScript", enableParameter: true, parameters: { who: "Jack" } }),
    );
    expect(run.statusCode).toBe(200);
    const invokeId = run.body.invokeId as string;
    expect(invokeId).toMatch(/^t-hz0/);

    const listed = await client.describeInvocations(new $.DescribeInvocationsRequest({ regionId: "cn-hangzhou", instanceId: server }));
    expect(listed.body.totalCount).toBe(1);
    expect(listed.body.invocations[0]).toMatchObject({ invokeId, invokeStatus: "Running", invocationStatus: "Pending", commandName: "greet", parameters: { who: "Jack" } });

    t.clock.advance(5000);
    const result = await client.describeInvocationResult(new $.DescribeInvocationResultRequest({ regionId: "cn-hangzhou", instanceId: server, invokeId }));
    expect(result.body.invocationResult).toMatchObject({ invocationStatus: "Success", invokeRecordStatus: "Finished", exitCode: 0 });
    expect(Buffer.from(result.body.invocationResult.output, "base64").toString()).toBe("Jack\n");
    expect(result.body.requestId).toBe(result.headers["x-acs-request-id"]);
  });

  it("an error reaches the SDK with its code, status and request id", async () => {
    const t = await start();
    const $ = swasModels();
    const error = await swasClient(t)
      .describeInvocations(new $.DescribeInvocationsRequest({ regionId: "cn-hangzhou", instanceId: server, pageSize: 80 }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "InvalidParameter", statusCode: 400 });
    expect((error as { data: Record<string, unknown> }).data).toHaveProperty("Recommend");
  });

  it("the older signature style (v2: HMAC-SHA1, Action in the query) works too", async () => {
    const t = await start();
    const $ = swasModels();
    const Client = swasClientClass();
    const client = new Client({
      accessKeyId: "LTAI-mock",
      accessKeySecret: "mock-secret",
      endpoint: `127.0.0.1:${t.server.port}`,
      protocol: "http",
      regionId: "cn-hangzhou",
      signatureAlgorithm: "v2",
    });
    const run = await client.runCommand(new $.RunCommandRequest({ regionId: "cn-hangzhou", instanceId: server, commandContent: "uptime", name: "up", type: "RunShellScript" }));
    expect(run.body.invokeId).toMatch(/^t-/);
  });
});
