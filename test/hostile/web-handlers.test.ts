// The web-standard handlers (MSW, any fetch-style server) read requests through readRequest, not the
// Node server: the same malformed input must get the same protocol errors there.
import { beforeAll, describe, expect, it } from "vitest";
import { readRequest } from "../../generator/runtime/mock-operation.ts";
import { combineMocks, type MockRouter } from "../../generator/runtime/mock-router.ts";
import { answer, loadMocks } from "../mock/helpers/calls.ts";

let router: MockRouter;
beforeAll(async () => {
  const m = await loadMocks();
  router = combineMocks([m.ssm.createSsmMock({ seedExamples: false }), m.swas.createSwasMock({ seedExamples: false })]);
});

const awsHeaders = { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AmazonSSM.ListCommands" };
const acsHeaders = { "x-acs-action": "DescribeInvocations", "x-acs-version": "2020-06-01" };
const swasQuery = "RegionId=cn-hangzhou&InstanceId=0123456789abcdef0123456789abcdef";

describe("web-standard handlers refuse malformed input like the server", () => {
  it("readRequest flags a body that is not UTF-8 and keeps a valid one as sent", async () => {
    const bad = await readRequest(new Request("http://127.0.0.1/", { method: "POST", body: new Uint8Array([0x7b, 0xff, 0x7d]) }));
    expect([bad.badUtf8, bad.body]).toEqual([true, "{\ufffd}"]);
    const good = await readRequest(new Request("http://127.0.0.1/", { method: "POST", body: '{"a":"é😀"}' }));
    expect([good.badUtf8, good.body]).toEqual([undefined, '{"a":"é😀"}']);
  });

  it("AWS: a body that is not UTF-8 is a SerializationException", async () => {
    const r = await answer(await router.handle(new Request("http://127.0.0.1/", { method: "POST", headers: awsHeaders, body: new Uint8Array([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]) })));
    expect([r.status, r.body.__type, r.body.message]).toEqual([400, "SerializationException", "The request body is not valid UTF-8."]);
  });

  it("AWS: nesting past the limit is a SerializationException, up to the limit is read", async () => {
    const call = async (depth: number) =>
      answer(await router.handle(new Request("http://127.0.0.1/", { method: "POST", headers: awsHeaders, body: `{"x":${"[".repeat(depth)}${"]".repeat(depth)}}` })));
    const over = await call(1000); // with the outer object: 1001 levels
    expect([over.status, over.body.__type]).toEqual([400, "SerializationException"]);
    const at = await call(999);
    expect(at.status).toBe(200);
  });

  it("Alibaba: a repeated parameter and a bad escape are InvalidParameter", async () => {
    const call = async (query: string) => answer(await router.handle(new Request(`http://127.0.0.1/?${query}`, { method: "POST", headers: acsHeaders })));
    const twice = await call(`${swasQuery}&InstanceId=0123456789abcdef0123456789abcdef`);
    expect([twice.status, twice.body.Code, twice.body.Message]).toEqual([400, "InvalidParameter", 'The parameter "InstanceId" is given more than once.']);
    const escape = await call(`${swasQuery}&InvokeStatus=%E2%82`);
    expect([escape.status, escape.body.Code, escape.body.Message]).toEqual([400, "InvalidParameter", 'The value of parameter "InvokeStatus" is not valid percent-encoded UTF-8.']);
    const fine = await call(`${swasQuery}&InvokeStatus=Running&x=%E2%82%AC+%2B`);
    expect(fine.status).toBe(200);
  });

  it("Alibaba: a form body that is not UTF-8 is InvalidParameter; a percent-encoded one is read", async () => {
    const form = { ...acsHeaders, "content-type": "application/x-www-form-urlencoded" };
    const bad = await answer(await router.handle(new Request("http://127.0.0.1/", { method: "POST", headers: form, body: new Uint8Array([...Buffer.from(`${swasQuery}&x=`), 0xff]) })));
    expect([bad.status, bad.body.Code, bad.body.Message]).toEqual([400, "InvalidParameter", "The request body is not valid UTF-8."]);
    const good = await answer(await router.handle(new Request("http://127.0.0.1/", { method: "POST", headers: form, body: `${swasQuery}&x=%C3%A9` })));
    expect(good.status).toBe(200);
  });

  it("an unclaimed RPC call with a malformed query gets InvalidParameter, not a guess at its version", async () => {
    const r = await answer(await router.handle(new Request(`http://127.0.0.1/?Action=DescribeInvocations&Version=2020-06-01&Version=2017-01-01`, { method: "POST" })));
    expect([r.status, r.body.Code, r.body.Message]).toEqual([400, "InvalidParameter", 'The parameter "Version" is given more than once.']);
  });
});
