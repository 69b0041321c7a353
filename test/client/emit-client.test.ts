// The client emitter: its output compiles under strict for every spec set (hostile names included),
// spec text only reaches code through the escaping module, and the protocol options SWAS does not
// use (form parameters, XML answers) work end to end on a fixture service.
import path from "node:path";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emitClient, literal } from "../../generator/emit/client/emit-client.ts";
import { compileSpecs } from "../../generator/pipeline.ts";
import { readTree } from "../../generator/write/write.ts";
import { typecheck } from "../helpers/typecheck.ts";
import { generateClients } from "./helpers/generate.ts";

const specSets = ["specs", "test/fixtures/golden-specs/edge/specs", "test/fixtures/client-specs"];

describe("generated clients type-check under strict", () => {
  for (const specs of specSets) {
    it(`${specs}: sources and declarations`, () => {
      const { dir } = generateClients(specs);
      const ts = (sub: string, ext: string) => [...readTree(path.join(dir, sub)).keys()].filter((p) => p.endsWith(ext)).map((p) => path.join(dir, sub, p));
      expect(typecheck(ts("src", ".ts"))).toEqual([]);
      expect(typecheck(ts("dist", ".d.ts"))).toEqual([]);
    });
  }
});

describe("literal", () => {
  it.each([
    ["</script> stays inside the string", "</script>", '"<\\/script>"'],
    ["line separators are escaped", "a\u2028b", '"a\\u2028b"'],
    ["numbers, booleans, null", [1, true, null], "[1, true, null]"],
    ["a __proto__ key is a computed member", JSON.parse('{"__proto__":1,"a-b":"x"}'), '{ ["__proto__"]: 1, "a-b": "x" }'],
  ])("%s", (_, value, want) => {
    expect(literal(value)).toBe(want);
  });
});

describe("names the client needs for itself", () => {
  it("an operation whose method would shadow the client's config is refused with a clear message", () => {
    const model = compileSpecs("test/fixtures/client-specs").model!;
    const service = structuredClone(model.services[0]);
    service.operations[0].name = "Config";
    expect(() => emitClient(service)).toThrow("operation Config of XmlThings: its method name config is taken by the client itself");
  });
});

const mod = await generateClients("test/fixtures/client-specs").load("xmlsvc");

describe("an RPC service with form parameters and XML answers", () => {
  const credentials = { accessKeyId: "LTAI", secretAccessKey: "xml-secret" };

  function client(answers: Array<{ status?: number; body: string }>) {
    const sent: Array<{ url: string; init: RequestInit }> = [];
    const fetch = async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      const a = answers[Math.min(sent.length - 1, answers.length - 1)];
      return new Response(a.body, { status: a.status ?? 200, headers: { "content-type": "text/xml;charset=utf-8" } });
    };
    return { sent, client: new mod.XmlThingsClient({ region: "eu-central-1", credentials, fetch, retry: { maxAttempts: 1 } }) };
  }

  it("parameters go in a signed form body; the XML answer is typed by the spec", async () => {
    const { sent, client: c } = client([
      {
        body: `<?xml version="1.0"?><ListThingsResponse><TotalCount>1</TotalCount><Truncated>false</Truncated><Things><Id>a&amp;b</Id><Size>42</Size><Labels>only</Labels><Extra><k>v</k></Extra></Things></ListThingsResponse>`,
      },
    ]);
    const out = await c.listThings({ RegionId: "eu-central-1", Tags: { env: "prod" } });
    expect(out).toEqual({ TotalCount: 1, Truncated: false, Things: [{ Id: "a&b", Size: 42, Labels: ["only"], Extra: { k: "v" } }] });
    expect(sent[0].url).toBe("https://things.eu-central-1.example.com/");
    expect(sent[0].init.body).toBe("RegionId=eu-central-1&Tags=%7B%22env%22%3A%22prod%22%7D");
    const headers = sent[0].init.headers as Record<string, string>;
    expect(headers).toMatchObject({ "content-type": "application/x-www-form-urlencoded", accept: "application/xml", "x-acs-version": "2024-01-01" });
    expect(headers.authorization).toMatch(/SignedHeaders=content-type;host;x-acs-action;/);
  });

  it("an XML error becomes its class; sensitive inputs (a member and a map's values) are masked in its text", async () => {
    const { client: c } = client([
      {
        status: 404,
        body: "<Error><RequestId>r-1</RequestId><Code>Thing.NotFound</Code><Message>no thing for hunter22 or tagsecret1</Message></Error>",
      },
    ]);
    const error = await c.listThings({ RegionId: "r", Password: "hunter22", Tags: { k: "tagsecret1" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(mod.ThingNotFound);
    expect(error).toMatchObject({ code: "Thing.NotFound", requestId: "r-1", $status: 404, message: "no thing for *** or ***" });
  });

  it("the page paginator walks XML pages", async () => {
    const page = (n: number) => `<R><PageNumber>${n}</PageNumber><PageSize>1</PageSize><TotalCount>2</TotalCount><Things><Id>t${n}</Id></Things></R>`;
    const { sent, client: c } = client([{ body: page(1) }, { body: page(2) }]);
    const ids: string[] = [];
    for await (const p of mod.paginateListThings(c, { RegionId: "r", PageSize: 1 })) ids.push(...p.Things.map((t: { Id: string }) => t.Id));
    expect(ids).toEqual(["t1", "t2"]);
    expect(sent.map((s) => new URLSearchParams(String(s.init.body)).get("PageNumber"))).toEqual(["1", "2"]);
  });
});

describe("every spec set under specs/ gets a client per service", () => {
  it("one client.ts per service folder", () => {
    const { dir, model } = generateClients("specs");
    expect(model.services.map((s) => s.moduleName).sort()).toEqual(readdirSync("specs").sort());
    for (const s of model.services) expect(readTree(path.join(dir, "src", s.moduleName)).has("client.ts")).toBe(true);
  });
});
