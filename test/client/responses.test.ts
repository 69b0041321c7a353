// Response parsing: the official documentation's sample responses (SWAS) and the specs' examples (SSM)
// come back as the spec's outputs, read the same way the official SDKs read them; every error of every
// operation, and every error example of the specs, is raised as its own class.
import { readFileSync } from "node:fs";
import { $OpenApiUtil } from "@alicloud/openapi-core";
import * as swasSdk from "@alicloud/swas-open20200601";
import { SSMClient } from "@aws-sdk/client-ssm";
import * as ssmSdk from "@aws-sdk/client-ssm";
import { describe, expect, it } from "vitest";
import { generateClients } from "./helpers/generate.ts";

const generated = generateClients();
const modules: Record<string, any> = { ssm: await generated.load("ssm"), swas: await generated.load("swas") };
const runtimeErrors = await import(`${generated.dir}/src/runtime/errors.ts`);
const services = generated.model.services;
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret-for-tests-only" };
const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);

interface Canned {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** A client of the generated module answering every call with `canned`; output validation on, no retries. */
function clientFor(moduleName: string, canned: Canned) {
  const mod = modules[moduleName];
  const Client = Object.values(mod).find((v: any) => typeof v === "function" && /^[A-Z]\w*Client$/.test(v.name) && !/BaseClient$/.test(v.name)) as any;
  const fetch = async () => new Response(canned.body, { status: canned.status, headers: canned.headers });
  return new Client({ region: moduleName === "ssm" ? "us-east-1" : "cn-hangzhou", credentials, fetch, validateOutput: true, retry: { maxAttempts: 1 } });
}

describe("SWAS: the official sample responses", () => {
  const samples = ["RunCommand", "DescribeInvocations", "DescribeInvocationResult"];
  const Sdk: any = (swasSdk as any).default?.default ?? (swasSdk as any).default;

  for (const name of samples) {
    const body = readFileSync(`test/fixtures/swas-samples/${name}.json`, "utf8");
    const op = services.find((s) => s.name === "SWAS")!.operations.find((o) => o.name === name)!;
    const input = op.examples.find((e) => e.output)!.input as Record<string, unknown>;

    it(`${name}: parsed to the sample's value, valid against the spec's output`, async () => {
      const client = clientFor("swas", { status: 200, headers: { "content-type": "application/json;charset=utf-8" }, body });
      const output = await client[lowerFirst(name)](input);
      expect(output).toEqual(JSON.parse(body));
    });

    it(`${name}: the same value the official SDK reads from it`, async () => {
      const sdk = new Sdk(
        new $OpenApiUtil.Config({
          credential: { getCredential: async () => ({ accessKeyId: "a", accessKeySecret: "b", type: "access_key" }) } as any,
          endpoint: "example.invalid",
          regionId: "cn-hangzhou",
        }),
      );
      // The SDK's transport seam: doRequest returns what httpx read; everything after it is the SDK's own parsing.
      sdk.doRequest = async () => ({ body: JSON.parse(body), headers: {}, statusCode: 200 });
      const Request = (swasSdk as any)[`${name}Request`];
      const sdkInput = Object.fromEntries(Object.entries(input).map(([k, v]) => [lowerFirst(k), v]));
      const answer = await sdk[`${lowerFirst(name)}`](new Request(sdkInput));
      const ours = await clientFor("swas", { status: 200, body })[lowerFirst(name)](input);
      expect(ours).toEqual(answer.body.toMap());
    });
  }
});

describe("every spec example with an output parses to that output", () => {
  for (const service of services) {
    for (const op of service.operations) {
      for (const example of op.examples.filter((e) => e.output !== undefined)) {
        it(`${service.name} ${op.name}: ${example.title}`, async () => {
          const body = JSON.stringify(example.output);
          const output = await clientFor(service.moduleName, { status: 200, body })[lowerFirst(op.name)](example.input);
          expect(output).toEqual(example.output);
        });
      }
    }
  }
});

describe("SSM: outputs read as @aws-sdk/client-ssm reads the same body", () => {
  // The SDK turns epoch-second timestamps into Dates; the spec's types keep them as numbers.
  const plain = (v: unknown): unknown =>
    v instanceof Date ? v.getTime() / 1000 : Array.isArray(v) ? v.map(plain) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v;
  const ssm = services.find((s) => s.name === "SSM")!;
  for (const op of ssm.operations) {
    for (const example of op.examples.filter((e) => e.output !== undefined)) {
      it(`${op.name}: ${example.title}`, async () => {
        const body = JSON.stringify(example.output);
        const sdk = new SSMClient({
          region: "us-east-1",
          credentials,
          requestHandler: {
            handle: async () => ({ response: { statusCode: 200, headers: { "content-type": "application/x-amz-json-1.1" }, body: Buffer.from(body) } }),
          } as any,
        });
        const Command = (ssmSdk as any)[`${op.name}Command`];
        const { $metadata, ...official } = await sdk.send(new Command(example.input));
        const ours = await clientFor("ssm", { status: 200, body })[lowerFirst(op.name)](example.input);
        expect(ours).toEqual(plain(official));
      });
    }
  }
});

/** An error body as each protocol sends it. */
function errorResponse(service: (typeof services)[number], code: string, status: number, message: string): Canned {
  if (service.protocol.kind === "awsJson1_1") {
    return {
      status,
      headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "req-123" },
      body: JSON.stringify({ __type: `com.amazonaws.ssm#${code}`, message }),
    };
  }
  return {
    status,
    headers: { "content-type": "application/json;charset=utf-8" },
    body: JSON.stringify({ RequestId: "req-123", HostId: "swas.cn-hangzhou.aliyuncs.com", Code: code, Message: message, Recommend: "https://api.aliyun.com/troubleshoot?q=x" }),
  };
}

describe("every error of every operation is raised as its class", () => {
  for (const service of services) {
    const mod = modules[service.moduleName];
    const Base = Object.values(mod).find((v: any) => typeof v === "function" && v.name.endsWith("ServiceError")) as any;
    for (const op of service.operations) {
      for (const e of op.errors) {
        it(`${service.name} ${op.name} → ${e.name} (${e.code}, HTTP ${e.status})`, async () => {
          const input = (op.examples[0]?.input ?? {}) as Record<string, unknown>;
          const client = clientFor(service.moduleName, errorResponse(service, e.code, e.status, `about ${e.name}`));
          const error = await client[lowerFirst(op.name)](input).then(
            () => undefined,
            (x: unknown) => x,
          );
          expect(error).toBeInstanceOf(mod[e.name]);
          expect(error).toBeInstanceOf(Base);
          expect(error).toBeInstanceOf(runtimeErrors.ServiceError);
          expect(error).toBeInstanceOf(Error);
          expect(error).toMatchObject({
            name: e.name,
            code: e.code,
            fault: e.fault,
            retryable: e.retryable,
            throttling: e.throttling,
            $status: e.status,
            requestId: "req-123",
            message: `about ${e.name}`,
          });
          if (service.protocol.kind === "rpc") expect(error.details).toMatchObject({ HostId: "swas.cn-hangzhou.aliyuncs.com", Recommend: expect.any(String) });
        });
      }
      for (const example of op.examples.filter((x) => x.error)) {
        it(`${service.name} ${op.name} error example "${example.title}" → ${example.error!.code}`, async () => {
          const known = service.errors.find((x) => x.code === example.error!.code)!;
          const client = clientFor(service.moduleName, errorResponse(service, example.error!.code, known.status, example.error!.message ?? ""));
          const error = await client[lowerFirst(op.name)](example.input).catch((x: unknown) => x);
          expect(error).toBeInstanceOf(mod[known.name]);
          expect(error.message).toBe(example.error!.message ?? "");
        });
      }
    }
    it(`${service.name}: an unknown code becomes the service's base class, named after the code`, async () => {
      const op = service.operations[0];
      const client = clientFor(service.moduleName, errorResponse(service, "SomethingNew", 409, "new"));
      const error = await client[lowerFirst(op.name)](op.examples[0].input).catch((x: unknown) => x);
      expect(error.constructor).toBe(Base);
      expect(error).toMatchObject({ name: "SomethingNew", code: "SomethingNew", fault: "client", $status: 409, retryable: false });
    });
  }
});

describe("output validation (validateOutput: true on the generated client class)", () => {
  const canned = { status: 200, headers: { "content-type": "application/x-amz-json-1.1" }, body: '{"Status":42,"Brand-new member":"accepted"}' };
  const input = { CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567", InstanceId: "i-0e3ba1c8f7d2a4b61" };
  it("an output that breaks the spec raises OutputValidationError carrying the output; unknown members pass", async () => {
    const error = await clientFor("ssm", canned).getCommandInvocation(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(runtimeErrors.OutputValidationError);
    expect(error.violations.map((v: { path: string }) => v.path)).toEqual(["/Status"]);
    expect(error.output).toEqual(JSON.parse(canned.body));
  });
  it("the standalone function validates too when given the class instance", async () => {
    await expect(modules.ssm.getCommandInvocation(clientFor("ssm", canned), input)).rejects.toBeInstanceOf(runtimeErrors.OutputValidationError);
  });
  it("off by default", async () => {
    const fetch = async () => new Response(canned.body, { status: 200 });
    const client = new modules.ssm.SsmClient({ region: "us-east-1", credentials, fetch });
    await expect(client.getCommandInvocation(input)).resolves.toEqual(JSON.parse(canned.body));
  });
});
