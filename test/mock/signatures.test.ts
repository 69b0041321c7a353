// --verify-signatures: the official SDKs' signatures pass with the configured keys; unsigned, wrongly
// signed, unknown-key and tampered requests are rejected with the codes the real endpoints use.
import { ListCommandsCommand, SSMClient } from "@aws-sdk/client-ssm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadMocks, type LoadedMocks } from "./helpers/calls.ts";
import { startTestServer, swasClientClass, swasModels, type TestServer } from "./helpers/servers.ts";
import type { MockReply, MockRequest } from "../../generator/runtime/mock-operation.ts";

const keys = { AKIDEXAMPLE: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", LTAI5tMock: "alibaba-secret" };

let m: LoadedMocks;
beforeAll(async () => {
  m = await loadMocks();
});

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function start(capture?: MockRequest[], replies?: MockReply[]): Promise<TestServer> {
  t = await startTestServer(m, { signatures: { keys }, beforeEach: (r) => capture?.push(r), onReply: (_, r) => replies?.push(r) });
  return t;
}

function ssm(server: TestServer, accessKeyId: string, secretAccessKey: string): SSMClient {
  return new SSMClient({ endpoint: server.server.url, region: "us-east-1", credentials: { accessKeyId, secretAccessKey }, maxAttempts: 1 });
}

async function errorOf(p: Promise<unknown>): Promise<{ name?: string; code?: string; statusCode?: number; $metadata?: { httpStatusCode?: number } }> {
  return p.then(
    () => ({}),
    (e: any) => e,
  );
}

describe("AWS SigV4 checking", () => {
  it("accepts the official SDK's signature made with a configured key", async () => {
    const s = await start();
    const out = await ssm(s, "AKIDEXAMPLE", keys.AKIDEXAMPLE).send(new ListCommandsCommand({}));
    expect(out.$metadata.httpStatusCode).toBe(200);
  });

  it("rejects a wrong secret with InvalidSignatureException and an unknown key with UnrecognizedClientException", async () => {
    const s = await start();
    const wrong = await errorOf(ssm(s, "AKIDEXAMPLE", "not-the-secret").send(new ListCommandsCommand({})));
    expect([wrong.name, wrong.$metadata?.httpStatusCode]).toEqual(["InvalidSignatureException", 400]);
    const unknown = await errorOf(ssm(s, "AKIDUNKNOWN", "whatever").send(new ListCommandsCommand({})));
    expect(unknown.name).toBe("UnrecognizedClientException");
  });

  it("rejects unsigned requests and bodies changed after signing", async () => {
    const captured: MockRequest[] = [];
    const s = await start(captured);
    const unsigned = await fetch(`${s.server.url}/`, {
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AmazonSSM.ListCommands" },
      body: "{}",
    });
    expect((await unsigned.json()).__type).toBe("MissingAuthenticationTokenException");

    await ssm(s, "AKIDEXAMPLE", keys.AKIDEXAMPLE).send(new ListCommandsCommand({ MaxResults: 5 }));
    const signed = captured[captured.length - 1];
    // Resend exactly the signed headers; fetch sets host and content-length itself (same values here).
    const names = /SignedHeaders=([^,]+)/.exec(signed.headers.get("authorization")!)![1].split(";").filter((h) => h !== "host" && h !== "content-length");
    const headers = Object.fromEntries(names.map((h) => [h, signed.headers.get(h)!]));
    headers.authorization = signed.headers.get("authorization")!;
    const replay = (body: string) => fetch(`${s.server.url}/`, { method: "POST", headers, body }).then((r) => r.json());
    expect(await replay(signed.body)).toEqual({ Commands: [] });
    expect((await replay('{"MaxResults":6}')).__type).toBe("InvalidSignatureException");
  });
});

describe("Alibaba signature checking", () => {
  const $ = () => swasModels();
  function swas(s: TestServer, accessKeyId: string, accessKeySecret: string, signatureAlgorithm?: string): any {
    const Client = swasClientClass();
    return new Client({ accessKeyId, accessKeySecret, endpoint: `127.0.0.1:${s.server.port}`, protocol: "http", regionId: "cn-hangzhou", signatureAlgorithm });
  }
  const request = () => new ($().DescribeInvocationsRequest)({ regionId: "cn-hangzhou", instanceId: "2ad1ae67295445f598017499dc8a2d8c" });

  for (const style of [undefined, "v2"]) {
    const name = style ? "the older HMAC-SHA1 signature" : "ACS3-HMAC-SHA256";
    it(`${name}: accepts a configured key, rejects a wrong secret and an unknown key`, async () => {
      const s = await start();
      const ok = await swas(s, "LTAI5tMock", keys.LTAI5tMock, style).describeInvocations(request());
      expect(ok.statusCode).toBe(200);
      const wrong = await errorOf(swas(s, "LTAI5tMock", "nope", style).describeInvocations(request()));
      expect([wrong.code, wrong.statusCode]).toEqual(["SignatureDoesNotMatch", 400]);
      const unknown = await errorOf(swas(s, "LTAI5tNobody", "nope", style).describeInvocations(request()));
      expect([unknown.code, unknown.statusCode]).toEqual(["InvalidAccessKeyId.NotFound", 404]);
    });
  }

  it("rejects an unsigned request with MissingParameter", async () => {
    const s = await start();
    const r = await fetch(`${s.server.url}/?RegionId=cn-hangzhou&InstanceId=x`, {
      method: "POST",
      headers: { "x-acs-action": "DescribeInvocations", "x-acs-version": "2020-06-01" },
    });
    expect((await r.json()).Code).toBe("MissingParameter");
  });

  it("rejects a query changed after signing", async () => {
    const captured: MockRequest[] = [];
    const replies: MockReply[] = [];
    const s = await start(captured, replies);
    await swas(s, "LTAI5tMock", keys.LTAI5tMock).describeInvocations(request());
    const signed = captured[0];
    const headers: Record<string, string> = {};
    for (const h of ["authorization", "host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"]) {
      const v = signed.headers.get(h);
      if (v !== null) headers[h] = v;
    }
    const tampered = signed.url.replace("2ad1ae67295445f598017499dc8a2d8c", "ffffffffffffffffffffffffffffffff");
    const r = await fetch(`${s.server.url}${tampered}`, { method: "POST", headers });
    expect((await r.json()).Code).toBe("SignatureDoesNotMatch");
  });
});
