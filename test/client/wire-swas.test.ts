// Wire exactness against @alicloud/swas-open20200601 (over @alicloud/openapi-core and its httpx
// transport): both clients send to a local server that records the raw requests. The clock is frozen
// for both; the SDK draws its nonce from os.hostname, the pid and Math.random, so it goes first and our
// client is handed the same nonce through crypto.getRandomValues, the only source of its nonces.
// The SDK gets its credentials through a custom credential provider (its `credential` option): the
// built-in providers add an x-acs-credentials-provider header naming themselves, which is not part of
// the protocol and which our client does not send.
import { $OpenApiUtil } from "@alicloud/openapi-core";
import * as swasSdk from "@alicloud/swas-open20200601";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { generateClients } from "./helpers/generate.ts";
import { type RecordedRequest, startServer, type TestServer, transportHeaders, withoutHeaders } from "./helpers/server.ts";

const { SwasClient } = await generateClients().load("swas");
const Sdk: any = (swasSdk as any).default?.default ?? (swasSdk as any).default;

const longTerm = { accessKeyId: "LTAI5tEXAMPLEKEYID", secretAccessKey: "eXaMpLeSeCrEtKeY0123456789abcd" };
const temporary = { ...longTerm, sessionToken: "CAIS/EXAMPLE+token/with=chars&more" };

const cases = [
  {
    name: "RunCommand",
    input: {
      CommandContent: "echo {{name}} && ls -la /tmp/*.log | grep '(x)' ! ~ ünïcode ☃",
      EnableParameter: true,
      InstanceId: "2ad1ae67295445f598017499dc8a2d8c",
      Name: "greet (test)",
      Parameters: { name: "Jack & Jill" },
      RegionId: "cn-hangzhou",
      Timeout: 300,
      Type: "RunShellScript",
      WorkingDir: "/home/",
      WorkingUser: "root",
    },
    sdk: (c: any, i: any) => c.runCommand(new swasSdk.RunCommandRequest(i)),
    ours: (c: any, i: any) => c.runCommand(i),
  },
  {
    name: "DescribeInvocations",
    input: { InstanceId: "2ad1ae67295445f598017499dc8a2d8c", InvokeStatus: "Finished", PageNumber: 2, PageSize: 50, RegionId: "cn-shanghai" },
    sdk: (c: any, i: any) => c.describeInvocations(new swasSdk.DescribeInvocationsRequest(i)),
    ours: (c: any, i: any) => c.describeInvocations(i),
  },
  {
    name: "DescribeInvocationResult",
    input: { InstanceId: "ace0706b2ac4454d984295a94213****", InvokeId: "t-bj02prjje65****", RegionId: "cn-hangzhou" },
    sdk: (c: any, i: any) => c.describeInvocationResult(new swasSdk.DescribeInvocationResultRequest(i)),
    ours: (c: any, i: any) => c.describeInvocationResult(i),
  },
];

/** The SDK's models name members in lowerCamel case. */
function sdkInput(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k[0].toLowerCase() + k.slice(1), v]));
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => ({ status: 200, headers: { "content-type": "application/json;charset=utf-8" }, body: '{"RequestId":"r-1"}' }));
});
afterAll(() => server.close());
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-01T12:34:56.789Z"));
  server.requests.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function officialClient(credentials: typeof temporary | typeof longTerm, signatureAlgorithm?: string): any {
  const credential = {
    getCredential: async () => ({
      accessKeyId: credentials.accessKeyId,
      accessKeySecret: credentials.secretAccessKey,
      securityToken: "sessionToken" in credentials ? credentials.sessionToken : undefined,
      type: "access_key",
    }),
  };
  return new Sdk(
    new $OpenApiUtil.Config({ credential: credential as any, endpoint: server.url.replace("http://", ""), protocol: "HTTP", regionId: "cn-hangzhou", signatureAlgorithm }),
  );
}

/** Method, decoded query pairs in order, headers minus what each transport adds on its own, body. */
function wire(r: RecordedRequest) {
  const url = new URL(r.url, "http://x");
  const query = [...url.searchParams].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const headers = withoutHeaders(r.headers, transportHeaders);
  if (headers.accept === "*/*") delete headers.accept;
  return { method: r.method, path: url.pathname, query, headers, body: r.body };
}

async function both(c: (typeof cases)[number], credentials: typeof temporary | typeof longTerm, legacy: boolean) {
  await c.sdk(officialClient(credentials, legacy ? "v2" : undefined), sdkInput(structuredClone(c.input)));
  const first = server.requests[0];
  const nonce = legacy ? new URL(first.url, "http://x").searchParams.get("SignatureNonce")! : first.headers["x-acs-signature-nonce"];
  expect(nonce).toMatch(/^[0-9a-f]{64}$/);
  vi.spyOn(globalThis.crypto, "getRandomValues").mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    (array as unknown as Uint8Array).set(Buffer.from(nonce, "hex"));
    return array;
  });
  const ours = new SwasClient({
    region: "cn-hangzhou",
    endpoint: server.url,
    credentials,
    signatureAlgorithm: legacy ? "HMAC-SHA1" : undefined,
  });
  await c.ours(ours, structuredClone(c.input));
  expect(server.requests).toHaveLength(2);
  return server.requests.map(wire);
}

describe("requests equal @alicloud/swas-open20200601's", () => {
  for (const c of cases) {
    for (const [label, credentials] of [
      ["an AccessKey", longTerm],
      ["an STS token", temporary],
    ] as const) {
      it(`${c.name}, ACS3-HMAC-SHA256 (the default), with ${label}`, async () => {
        const [official, ours] = await both(c, credentials, false);
        expect(official.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=LTAI5tEXAMPLEKEYID,SignedHeaders=host;x-acs-/);
        expect(ours).toEqual(official);
      });
      it(`${c.name}, legacy HMAC-SHA1 signature, with ${label}`, async () => {
        const [official, ours] = await both(c, credentials, true);
        expect(official.query.find(([k]) => k === "Signature")?.[1]).toMatch(/^[A-Za-z0-9+/]{27}=$/);
        expect(ours).toEqual(official);
      });
    }
  }

  it("the ACS3 request has the documented shape: POST, parameters in the query, no Action/Version there", async () => {
    const [, ours] = await both(cases[1], temporary, false);
    expect(ours.method).toBe("POST");
    expect(ours.path).toBe("/");
    expect(ours.query.map(([k]) => k)).toEqual(["InstanceId", "InvokeStatus", "PageNumber", "PageSize", "RegionId"]);
    expect(ours.headers).toMatchObject({
      "x-acs-action": "DescribeInvocations",
      "x-acs-version": "2020-06-01",
      "x-acs-date": "2026-03-01T12:34:56Z",
      "x-acs-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "x-acs-security-token": temporary.sessionToken,
      accept: "application/json",
    });
    expect(ours.body).toBe("");
  });
});

describe("the default endpoint follows the spec", () => {
  it("https://swas.<region>.aliyuncs.com", async () => {
    const urls: string[] = [];
    const fetch = async (url: string) => {
      urls.push(url.split("?")[0]);
      return new Response('{"RequestId":"r"}', { status: 200 });
    };
    await new SwasClient({ region: "ap-southeast-1", credentials: longTerm, fetch }).describeInvocationResult(cases[2].input);
    expect(urls).toEqual(["https://swas.ap-southeast-1.aliyuncs.com/"]);
  });
});
