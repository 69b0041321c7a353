// ACS3-HMAC-SHA256 and the legacy HMAC-SHA1 RPC signature against the official SDK's own signing
// functions (@alicloud/openapi-core utils), on random parameters and headers.
import openapiUtil from "@alicloud/openapi-core/dist/utils.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acs3Authorization } from "../../../generator/runtime/acs3.ts";
import { sha256Hex } from "../../../generator/runtime/crypto.ts";
import { rpcV1Signature } from "../../../generator/runtime/rpc-v1-signature.ts";
import { canonicalQuery } from "../../../generator/runtime/sigv4.ts";

const Util = (openapiUtil as unknown as { default: any }).default ?? openapiUtil;

// Keys are identifiers (as RPC parameter names are); values are anything, including characters that
// encodeURIComponent leaves alone but RFC 3986 encodes.
const params = fc.dictionary(fc.stringMatching(/^[A-Z][A-Za-z0-9.]{0,15}$/), fc.oneof(fc.string(), fc.constantFrom("a b", "!'()*~", "ünï☃", "x+y/z=")), {
  maxKeys: 8,
});

describe("ACS3-HMAC-SHA256 agrees with openapi-core's getAuthorization", () => {
  it("for random queries, bodies and x-acs headers", () => {
    fc.assert(
      fc.property(
        params,
        fc.string(),
        fc.constantFrom("POST", "GET"),
        fc.option(fc.stringMatching(/^[A-Za-z0-9]{8,30}$/), { nil: undefined }),
        fc.string({ minLength: 1 }),
        (query, body, method, token, secret) => {
          const payload = sha256Hex(body);
          const headers: Record<string, string> = {
            host: "swas.cn-hangzhou.aliyuncs.com",
            "x-acs-action": "DescribeInvocations",
            "x-acs-version": "2020-06-01",
            "x-acs-date": "2026-03-01T12:34:56Z",
            "x-acs-signature-nonce": "3f1c2b",
            "x-acs-content-sha256": payload,
            accept: "application/json",
            "user-agent": "not signed",
          };
          if (body) headers["content-type"] = "application/x-www-form-urlencoded";
          if (token) {
            headers["x-acs-accesskey-id"] = "LTAI5tEXAMPLE";
            headers["x-acs-security-token"] = token;
          }
          const ours = acs3Authorization(
            { method, path: "/", query: canonicalQuery(Object.entries(query)), headers, payloadHash: payload },
            { accessKeyId: "LTAI5tEXAMPLE", secretAccessKey: secret },
          );
          const theirs = Util.getAuthorization({ method, pathname: "/", query, headers }, "ACS3-HMAC-SHA256", payload, "LTAI5tEXAMPLE", secret);
          expect(ours).toBe(theirs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("signs host, content-type and x-acs-* only, sorted", () => {
    const auth = acs3Authorization(
      {
        method: "POST",
        path: "/",
        query: "",
        headers: { "x-acs-version": "1", host: "h", accept: "application/json", "x-acs-action": "A", "content-type": "t" },
        payloadHash: sha256Hex(""),
      },
      { accessKeyId: "id", secretAccessKey: "s" },
    );
    expect(auth).toMatch(/^ACS3-HMAC-SHA256 Credential=id,SignedHeaders=content-type;host;x-acs-action;x-acs-version,Signature=[0-9a-f]{64}$/);
  });
});

describe("HMAC-SHA1 RPC signature agrees with openapi-core's getRPCSignature", () => {
  it("for random parameters", () => {
    fc.assert(
      fc.property(params, fc.constantFrom("POST", "GET"), fc.string({ minLength: 1 }), (query, method, secret) => {
        const all = { Action: "RunCommand", Format: "json", Version: "2020-06-01", SignatureMethod: "HMAC-SHA1", SignatureVersion: "1.0", ...query };
        expect(rpcV1Signature(method, Object.entries(all), secret)).toBe(Util.getRPCSignature(all, method, secret));
      }),
      { numRuns: 300 },
    );
  });
});
