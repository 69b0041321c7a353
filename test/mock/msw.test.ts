// The MSW adapter: the official SDKs call their real endpoints and MSW answers from the mocks, in process.
import { GetCommandInvocationCommand, SendCommandCommand, SSMClient } from "@aws-sdk/client-ssm";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VirtualClock } from "../../generator/runtime/mock-clock.ts";
import { mswHandlers } from "../../generator/runtime/mock-msw.ts";
import { MockStore } from "../../generator/runtime/mock-store.ts";
import { loadMocks } from "./helpers/calls.ts";
import { swasClientClass, swasModels } from "./helpers/servers.ts";

const clock = new VirtualClock();
const store = new MockStore({ clock });
let server: ReturnType<typeof setupServer>;

beforeAll(async () => {
  const m = await loadMocks();
  const mocks = [m.ssm.createSsmMock({ store, seedExamples: false }), m.swas.createSwasMock({ store, seedExamples: false })];
  // The last handler shows that requests the mocks do not claim fall through.
  server = setupServer(...mswHandlers(http, mocks), http.post("https://example.test/*", () => HttpResponse.json({ fellThrough: true })));
  server.listen({ onUnhandledRequest: "error" });
});
afterAll(() => server.close());

describe("mswHandlers", () => {
  it("answers @aws-sdk/client-ssm at its real endpoint", async () => {
    const client = new SSMClient({ region: "eu-central-1", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }, maxAttempts: 1 });
    const sent = await client.send(new SendCommandCommand({ DocumentName: "AWS-RunShellScript", InstanceIds: ["i-0123456789abcdef0"], Parameters: { commands: ["echo msw"] } }));
    clock.advance(5000);
    const got = await client.send(new GetCommandInvocationCommand({ CommandId: sent.Command!.CommandId!, InstanceId: "i-0123456789abcdef0" }));
    expect(got).toMatchObject({ Status: "Success", StandardOutputContent: "msw\n" });
    expect(sent.Command?.OutputS3Region).toBe("eu-central-1");
  });

  it("answers @alicloud/swas-open20200601 at its real endpoint", async () => {
    const Client = swasClientClass();
    const $ = swasModels();
    const client = new Client({ accessKeyId: "ak", accessKeySecret: "sk", regionId: "cn-shanghai", endpoint: "swas.cn-shanghai.aliyuncs.com" });
    const run = await client.runCommand(new $.RunCommandRequest({ regionId: "cn-shanghai", instanceId: "2ad1ae67295445f598017499dc8a2d8c", commandContent: "ls", name: "ls", type: "RunShellScript" }));
    expect(run.body.invokeId).toMatch(/^t-sh0/);
  });

  it("lets requests the mocks do not claim fall through to later handlers", async () => {
    const r = await fetch("https://example.test/anything", { method: "POST", headers: { "x-amz-target": "Other.Thing" }, body: "{}" });
    expect(await r.json()).toEqual({ fellThrough: true });
  });
});
