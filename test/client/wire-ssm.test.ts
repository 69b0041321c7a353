// Wire exactness against @aws-sdk/client-ssm: for the same input, credentials and frozen clock, the
// raw request our generated client puts on the wire equals the official SDK's, Authorization included.
// Both send to a local server that records the raw requests. The SDK's telemetry headers (user agents,
// invocation id, attempt counter) are removed before it signs: they are not part of the protocol, and
// our client does not send them; everything else is the SDK's request untouched.
import {
  GetCommandInvocationCommand,
  GetMaintenanceWindowExecutionTaskInvocationCommand,
  ListCommandInvocationsCommand,
  ListCommandsCommand,
  SendCommandCommand,
  SSMClient,
} from "@aws-sdk/client-ssm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { generateClients } from "./helpers/generate.ts";
import { type RecordedRequest, startServer, type TestServer, transportHeaders, withoutHeaders } from "./helpers/server.ts";

const telemetry = ["user-agent", "x-amz-user-agent", "amz-sdk-invocation-id", "amz-sdk-request"];

const longTerm = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const temporary = { ...longTerm, sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQ==" };

// Inputs list members in the order of the SDK's schema, which is the order it serializes them in
// (ours keeps the caller's order); see the last test for what differs when the order differs.
const cases = [
  {
    name: "GetCommandInvocation",
    input: { CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567", InstanceId: "i-0e3ba1c8f7d2a4b61", PluginName: "aws:runShellScript" },
    sdk: (i: any) => new GetCommandInvocationCommand(i),
    ours: (c: SsmClient, i: any) => c.getCommandInvocation(i),
  },
  {
    name: "SendCommand",
    input: {
      DocumentName: "AWS-RunShellScript",
      InstanceIds: ["i-0e3ba1c8f7d2a4b61"],
      Targets: [{ Key: "tag:Env", Values: ["prod", "ünïcode ☃"] }],
      TimeoutSeconds: 600,
      Comment: "Check \"disk\" space\nsecond line",
      Parameters: { commands: ["df -h /", "echo $HOME"], workingDirectory: ["/tmp"] },
      MaxConcurrency: "50%",
      MaxErrors: "0",
      CloudWatchOutputConfig: { CloudWatchLogGroupName: "/ssm/commands", CloudWatchOutputEnabled: true },
      AlarmConfiguration: { Alarms: [{ Name: "high-cpu" }], IgnorePollAlarmFailure: false },
    },
    sdk: (i: any) => new SendCommandCommand(i),
    ours: (c: SsmClient, i: any) => c.sendCommand(i),
  },
  {
    name: "ListCommandInvocations",
    input: {
      CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567",
      MaxResults: 25,
      NextToken: "AAEAAZxyz+/=",
      Filters: [{ key: "Status", value: "Success" }],
      Details: true,
    },
    sdk: (i: any) => new ListCommandInvocationsCommand(i),
    ours: (c: SsmClient, i: any) => c.listCommandInvocations(i),
  },
  {
    name: "ListCommands",
    input: { InstanceId: "i-0e3ba1c8f7d2a4b61", MaxResults: 50, Filters: [{ key: "InvokedAfter", value: "2024-05-14T00:00:00Z" }] },
    sdk: (i: any) => new ListCommandsCommand(i),
    ours: (c: SsmClient, i: any) => c.listCommands(i),
  },
  {
    name: "GetMaintenanceWindowExecutionTaskInvocation",
    input: {
      WindowExecutionId: "c3a0e7d4-1f2b-4c5d-8e9f-0a1b2c3d4e5f",
      TaskId: "7f1e2d3c-4b5a-4968-8776-655443322110",
      InvocationId: "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
    },
    sdk: (i: any) => new GetMaintenanceWindowExecutionTaskInvocationCommand(i),
    ours: (c: SsmClient, i: any) => c.getMaintenanceWindowExecutionTaskInvocation(i),
  },
  {
    name: "ListCommands with an empty input",
    input: {},
    sdk: (i: any) => new ListCommandsCommand(i),
    ours: (c: SsmClient, i: any) => c.listCommands(i),
  },
];

const { SsmClient } = await generateClients().load("ssm");
type SsmClient = InstanceType<typeof SsmClient>;

let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => ({ status: 200, headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "r-1" }, body: "{}" }));
});
afterAll(() => server.close());
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-01T12:34:56.789Z"));
  server.requests.length = 0;
});
afterEach(() => vi.useRealTimers());

function officialClient(credentials: typeof temporary | typeof longTerm, region = "us-east-1"): SSMClient {
  const client = new SSMClient({ region, endpoint: server.url, credentials, maxAttempts: 1 });
  client.middlewareStack.addRelativeTo(
    (next: any) => (args: any) => {
      for (const h of telemetry) delete args.request.headers[h];
      return next(args);
    },
    { relation: "before", toMiddleware: "httpSigningMiddleware", name: "dropTelemetryHeaders" },
  );
  return client;
}

/** The request minus what each transport adds by itself. */
function wire(r: RecordedRequest) {
  return { method: r.method, url: r.url, headers: withoutHeaders(r.headers, [...transportHeaders, "accept"]), body: r.body };
}

async function both(c: (typeof cases)[number], credentials: typeof temporary | typeof longTerm, region = "us-east-1") {
  await officialClient(credentials, region).send(c.sdk(structuredClone(c.input)) as any);
  await c.ours(new SsmClient({ region, endpoint: server.url, credentials }), structuredClone(c.input));
  expect(server.requests).toHaveLength(2);
  return server.requests.map(wire);
}

describe("requests equal @aws-sdk/client-ssm's, signature included", () => {
  for (const c of cases) {
    for (const [label, credentials] of [
      ["long-term keys", longTerm],
      ["a session token", temporary],
    ] as const) {
      it(`${c.name} with ${label}`, async () => {
        const [official, ours] = await both(c, credentials);
        expect(official.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20260301\/us-east-1\/ssm\/aws4_request, /);
        expect(ours).toEqual(official);
        if (label === "a session token") expect(ours.headers["x-amz-security-token"]).toBe(temporary.sessionToken);
        else expect(ours.headers["x-amz-security-token"]).toBeUndefined();
      });
    }
  }

  it("in another region the scope and signature follow the region", async () => {
    const [official, ours] = await both(cases[0], temporary, "eu-west-3");
    expect(ours.headers.authorization).toContain("/eu-west-3/ssm/aws4_request");
    expect(ours).toEqual(official);
  });

  it("the protocol headers are the documented ones", async () => {
    const [, ours] = await both(cases[0], temporary);
    expect(ours.method).toBe("POST");
    expect(ours.url).toBe("/");
    expect(ours.headers["content-type"]).toBe("application/x-amz-json-1.1");
    expect(ours.headers["x-amz-target"]).toBe("AmazonSSM.GetCommandInvocation");
    expect(ours.headers["x-amz-date"]).toBe("20260301T123456Z");
    expect(ours.headers.authorization).toMatch(
      /SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-target, Signature=[0-9a-f]{64}$/,
    );
  });

  it("members in another order give the same JSON value (the SDK reorders them, we keep the caller's order)", async () => {
    const c = cases[1];
    const reversed = Object.fromEntries(Object.entries(c.input).reverse());
    await officialClient(temporary).send(c.sdk(structuredClone(c.input)) as any);
    await c.ours(new SsmClient({ region: "us-east-1", endpoint: server.url, credentials: temporary }), reversed);
    const [official, ours] = server.requests.map(wire);
    expect(JSON.parse(ours.body)).toEqual(JSON.parse(official.body));
    expect(ours.body).not.toBe(official.body);
  });
});

describe("the default endpoint is the region's", () => {
  it("https://ssm.<region>.amazonaws.com, and amazonaws.com.cn in China", async () => {
    const urls: string[] = [];
    const fetch = async (url: string) => {
      urls.push(url);
      return new Response("{}", { status: 200 });
    };
    await new SsmClient({ region: "ap-southeast-2", credentials: longTerm, fetch }).listCommands({});
    await new SsmClient({ region: "cn-north-1", credentials: longTerm, fetch }).listCommands({});
    expect(urls).toEqual(["https://ssm.ap-southeast-2.amazonaws.com/", "https://ssm.cn-north-1.amazonaws.com.cn/"]);
  });
});
