// SHA-256, SHA-1 and HMAC against the published test vectors, then against node:crypto on random data.
import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  base64,
  hex,
  hmac,
  hmacHex,
  hmacSha1Key,
  hmacSha256,
  hmacSha256Key,
  sha1,
  sha256,
  sha256Async,
  sha256Hex,
  utf8,
  utf8Length,
  webSha256,
} from "../../../generator/runtime/crypto.ts";

const bytes = (s: string) => utf8(s);
const fromHex = (h: string) => Uint8Array.from(Buffer.from(h, "hex"));

describe("SHA-256 (FIPS 180-4 examples)", () => {
  it.each([
    ["the empty string", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    ["the two-block message", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"],
    ["a million a's", "a".repeat(1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"],
  ])("%s", (_, input, want) => {
    expect(hex(sha256(bytes(input)))).toBe(want);
  });
});

describe("SHA-1 (FIPS 180-4 examples)", () => {
  it.each([
    ["abc", "abc", "a9993e364706816aba3e25717850c26c9cd0d89d"],
    ["the two-block message", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"],
    ["the empty string", "", "da39a3ee5e6b4b0d3255bfef95601890afd80709"],
  ])("%s", (_, input, want) => {
    expect(hex(sha1(bytes(input)))).toBe(want);
  });
});

describe("HMAC-SHA256 (RFC 4231)", () => {
  it.each([
    ["case 1", "0b".repeat(20), hex(bytes("Hi There")), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"],
    ["case 2", hex(bytes("Jefe")), hex(bytes("what do ya want for nothing?")), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"],
    ["case 3", "aa".repeat(20), "dd".repeat(50), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"],
    [
      "case 6 (key longer than a block)",
      "aa".repeat(131),
      hex(bytes("Test Using Larger Than Block-Size Key - Hash Key First")),
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    ],
  ])("%s", (_, key, data, want) => {
    expect(hex(hmacSha256(fromHex(key), fromHex(data)))).toBe(want);
  });
});

describe("HMAC-SHA1 (RFC 2202)", () => {
  it.each([
    ["case 1", "0b".repeat(20), hex(bytes("Hi There")), "b617318655057264e28bc0b6fb378c8ef146be00"],
    ["case 2", hex(bytes("Jefe")), hex(bytes("what do ya want for nothing?")), "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"],
  ])("%s", (_, key, data, want) => {
    expect(hex(hmac(hmacSha1Key(fromHex(key)), fromHex(data)))).toBe(want);
  });
});

describe("agrees with node:crypto on random inputs of every length around the block boundaries", () => {
  const data = fc.uint8Array({ minLength: 0, maxLength: 300 });
  it("SHA-256 and SHA-1", () => {
    fc.assert(
      fc.property(data, (d) => {
        expect(hex(sha256(d))).toBe(createHash("sha256").update(d).digest("hex"));
        expect(hex(sha1(d))).toBe(createHash("sha1").update(d).digest("hex"));
      }),
      { numRuns: 400 },
    );
  });
  it("HMAC with keys shorter and longer than a block", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 150 }), data, (k, d) => {
        expect(hex(hmacSha256(k, d))).toBe(createHmac("sha256", k).update(d).digest("hex"));
        expect(hex(hmac(hmacSha1Key(k), d))).toBe(createHmac("sha1", k).update(d).digest("hex"));
      }),
      { numRuns: 300 },
    );
  });
  it("strings are hashed as UTF-8", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
      }),
    );
  });
  it("long strings mixing ASCII and other characters, across block boundaries, hash as their UTF-8 bytes", () => {
    const key = hmacSha256Key("k");
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 120 }), fc.string({ maxLength: 70 }), (a, b, c) => {
        const s = a + b + c;
        expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
        expect(hmacHex(key, s)).toBe(createHmac("sha256", "k").update(s, "utf8").digest("hex"));
        expect(hex(sha1(s))).toBe(createHash("sha1").update(s, "utf8").digest("hex"));
        expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"));
      }),
      { numRuns: 300 },
    );
  });
  it("base64 matches Buffer's", () => {
    fc.assert(
      fc.property(data, (d) => {
        expect(base64(d)).toBe(Buffer.from(d).toString("base64"));
      }),
    );
  });
});

describe("the platform's SHA-256 (Node's crypto module here) and the WebCrypto fallback agree with node:crypto", () => {
  const data = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 100 }));
  // WebCrypto refuses empty HMAC keys; signing keys never are ("AWS4" + secret, then 32-byte digests).
  const key = fc.option(fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 150 }), fc.string({ minLength: 1, maxLength: 80 })), { nil: undefined });
  it("digests and HMACs, as bytes and as hex", async () => {
    await fc.assert(
      fc.asyncProperty(data, key, async (d, k) => {
        const want = (k === undefined ? createHash("sha256") : createHmac("sha256", k)).update(d).digest("hex");
        expect(hex(await webSha256(d, k))).toBe(want);
        expect(hex(await sha256Async(d, k))).toBe(want);
        expect(await sha256Async(d, k, "hex")).toBe(want);
      }),
      { numRuns: 200 },
    );
  });
  it("the platform's hash here is Node's (process.getBuiltinModule exists), not the slower WebCrypto", () => {
    expect(typeof (process as { getBuiltinModule?: unknown }).getBuiltinModule).toBe("function");
  });
});
