// SigV4 against AWS's published test-suite values, then against @smithy/signature-v4 (the signer of
// the official JavaScript SDK) on random requests.
import { createHash, createHmac } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { hex, sha256, utf8 } from "../../../generator/runtime/crypto.ts";
import { amzDate, canonicalQuery, encodeRfc3986, signV4, signV4Async } from "../../../generator/runtime/sigv4.ts";

// The suite's credentials, scope and date (https://docs.aws.amazon.com/general/latest/gr/signature-v4-test-suite.html).
const suite = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const scope = { region: "us-east-1", service: "service" };
const date = "20150830T123600Z";
const emptyHash = hex(sha256(new Uint8Array()));

describe("AWS SigV4 test suite", () => {
  it.each([
    ["get-vanilla", "GET", "", {}, "", "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"],
    ["post-vanilla", "POST", "", {}, "", "host;x-amz-date", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"],
    [
      "get-vanilla-query-order-key-case",
      "GET",
      canonicalQuery([
        ["Param2", "value2"],
        ["Param1", "value1"],
      ]),
      {},
      "",
      "host;x-amz-date",
      "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
    ],
    [
      "post-x-www-form-urlencoded",
      "POST",
      "",
      { "content-type": "application/x-www-form-urlencoded" },
      "Param1=value1",
      "content-type;host;x-amz-date",
      "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a",
    ],
  ] as const)("%s", (_, method, query, extra, body, signedHeaders, signature) => {
    const headers = { host: "example.amazonaws.com", "x-amz-date": date, ...extra };
    const authorization = signV4({ method, path: "/", query, headers, payloadHash: hex(sha256(utf8(body))) }, { ...suite }, scope, date);
    expect(authorization).toBe(
      `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    );
  });

  it("amzDate writes the suite's date", () => {
    expect(amzDate(new Date("2015-08-30T12:36:00.999Z"))).toBe(date);
  });

  it("RFC 3986 encoding escapes what encodeURIComponent leaves", () => {
    expect(encodeRfc3986("a b!'()*~-._/")).toBe("a%20b%21%27%28%29%2A~-._%2F");
  });
});

/** The hash interface @smithy/signature-v4 expects, on node:crypto (an HMAC when given a secret). */
class NodeSha256 {
  readonly #secret: Uint8Array | string | undefined;
  readonly #chunks: Uint8Array[] = [];
  constructor(secret?: Uint8Array | string) {
    this.#secret = secret;
  }
  update(data: Uint8Array | string): void {
    this.#chunks.push(typeof data === "string" ? utf8(data) : data);
  }
  async digest(): Promise<Uint8Array> {
    const h = this.#secret ? createHmac("sha256", this.#secret) : createHash("sha256");
    for (const c of this.#chunks) h.update(c);
    return new Uint8Array(h.digest());
  }
}

describe("agrees with @smithy/signature-v4 on random JSON-protocol requests", () => {
  const token = fc.stringMatching(/^[A-Za-z0-9+/=]{1,40}$/);
  const request = fc.record({
    region: fc.constantFrom("us-east-1", "eu-west-3", "ap-southeast-2", "cn-north-1"),
    service: fc.constantFrom("ssm", "dynamodb", "logs"),
    body: fc.json(),
    target: fc.stringMatching(/^[A-Za-z]{1,20}\.[A-Za-z]{1,30}$/),
    secret: fc.string({ minLength: 1, maxLength: 40 }),
    sessionToken: fc.option(token, { nil: undefined }),
    when: fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
    spaced: fc.constantFrom("", "  a  b  "),
  });
  it("same Authorization header", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: r.secret, sessionToken: r.sessionToken };
        const host = `${r.service}.${r.region}.amazonaws.com`;
        const date = amzDate(r.when);
        const payloadHash = hex(sha256(utf8(r.body)));
        const headers: Record<string, string> = {
          "content-type": "application/x-amz-json-1.1",
          "x-amz-target": r.target,
          "x-amz-date": date,
          "x-amz-content-sha256": payloadHash,
          "x-custom": r.spaced,
          "content-length": String(utf8(r.body).length),
        };
        if (r.sessionToken) headers["x-amz-security-token"] = r.sessionToken;
        const request = { method: "POST", path: "/", query: "", headers: { ...headers, host }, payloadHash };
        const ours = signV4(request, credentials, r, date);
        expect(await signV4Async(request, { ...credentials }, r, date)).toBe(ours);
        const signer = new SignatureV4({ credentials, region: r.region, service: r.service, sha256: NodeSha256 as any });
        const signed: any = await signer.sign(
          { method: "POST", protocol: "https:", hostname: host, path: "/", query: {}, headers: { ...headers, host }, body: r.body } as any,
          { signingDate: r.when },
        );
        expect(ours).toBe(signed.headers.authorization);
      }),
      { numRuns: 150 },
    );
  });

  it("the cached signing key follows a change of day, region or service", () => {
    const creds = { ...suite };
    const headers = { host: "example.amazonaws.com", "x-amz-date": date };
    const sign = (c: typeof creds, d: string, s: typeof scope) => signV4({ method: "GET", path: "/", query: "", headers, payloadHash: emptyHash }, c, s, d);
    // A fresh credentials object has no cached key, so it shows what a correct derivation gives.
    const fresh = (d: string, s: typeof scope) => sign({ ...suite }, d, s);
    const first = sign(creds, date, scope);
    for (const [d, s] of [
      ["20150831T000000Z", scope],
      [date, { ...scope, region: "eu-west-1" }],
      [date, { ...scope, service: "other" }],
      [date, scope],
    ] as const) {
      expect(sign(creds, d, s)).toBe(fresh(d, s));
    }
    expect(sign(creds, date, scope)).toBe(first);
    expect(sign({ ...suite, secretAccessKey: "different" }, date, scope)).not.toBe(first);
  });

  it("the platform signer's cached key follows a change of day, region or service too", async () => {
    const creds = { ...suite };
    const headers = { host: "example.amazonaws.com", "x-amz-date": date };
    const request = { method: "GET", path: "/", query: "", headers, payloadHash: emptyHash };
    for (const [d, s] of [
      [date, scope],
      ["20150831T000000Z", scope],
      [date, { ...scope, region: "eu-west-1" }],
      [date, { ...scope, service: "other" }],
      [date, scope],
    ] as const) {
      expect(await signV4Async(request, creds, s, d)).toBe(signV4(request, { ...suite }, s, d));
    }
  });
});

describe("the WebCrypto path (no Node crypto module, as in browsers)", () => {
  it("signs exactly as the JavaScript signer does", async () => {
    const saved = (process as { getBuiltinModule?: unknown }).getBuiltinModule;
    (process as { getBuiltinModule?: unknown }).getBuiltinModule = undefined;
    try {
      vi.resetModules();
      // Fresh module instances: crypto.ts looks for Node's module once, at load.
      const web = await import("../../../generator/runtime/sigv4.ts");
      const digest = vi.spyOn(globalThis.crypto.subtle, "digest");
      const sign = vi.spyOn(globalThis.crypto.subtle, "sign");
      const headers = { host: "ssm.eu-west-1.amazonaws.com", "x-amz-date": date, "content-type": "application/x-amz-json-1.1" };
      const request = { method: "POST", path: "/", query: "", headers, payloadHash: emptyHash };
      const credentials = { ...suite, sessionToken: "token" };
      for (const s of [scope, { region: "eu-west-1", service: "ssm" }]) {
        expect(await web.signV4Async(request, credentials, s, date)).toBe(signV4(request, { ...credentials }, s, date));
      }
      // Two scopes: one digest and one signature each, plus four HMACs per derived key.
      expect(digest).toHaveBeenCalledTimes(2);
      expect(sign).toHaveBeenCalledTimes(10);
    } finally {
      vi.restoreAllMocks();
      (process as { getBuiltinModule?: unknown }).getBuiltinModule = saved;
      vi.resetModules();
    }
  });
});
