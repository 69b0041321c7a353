// The call pipeline with a scripted protocol and injected validators: validation before sending,
// credentials kept out of sight, error classes chosen by code, secrets masked in error text.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { BaseClient, invoke, type Operation, outputCheck, type Protocol, sensitiveValues } from "../../../generator/runtime/client.ts";
import { awsCredentialVariables } from "../../../generator/runtime/credentials.ts";
import { errorClass, InputValidationError, OutputValidationError, ServiceError } from "../../../generator/runtime/errors.ts";

class Base extends ServiceError {}
const Known = errorClass(Base, "Known", 400, { code: "Known.Code" });

function scripted(answer: { status: number; body: string }) {
  const sent: Array<{ url: string; init: RequestInit }> = [];
  const protocol: Protocol = {
    credentialVariables: awsCredentialVariables,
    request: (c) => ({ method: "POST", url: "https://svc.example/", headers: { op: c.operation, key: c.credentials.accessKeyId }, body: JSON.stringify(c.input) }),
    parse: (r) => {
      const body = JSON.parse(r.body);
      return r.status === 200 ? { output: body } : { error: { code: body.code, message: body.message, $status: r.status, details: body } };
    },
  };
  const fetch = async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(answer.body, { status: answer.status });
  };
  return { protocol, fetch, sent };
}

function operation(protocol: Protocol, extra: Partial<Operation> = {}): Operation {
  return { name: "DoIt", protocol, serviceError: Base, errors: [Known], ...extra };
}

const credentials = { accessKeyId: "AKID", secretAccessKey: "top-secret-key", sessionToken: "session-token-value" };

describe("invoke", () => {
  it("invalid input is refused before anything is sent, unless validation is off", async () => {
    const s = scripted({ status: 200, body: "{}" });
    const op = operation(s.protocol, { validateInput: () => [{ path: "/Name", message: "must be shorter" }] });
    const error = await invoke(new BaseClient({ region: "r", credentials, fetch: s.fetch }), op, { Name: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as Error).message).toBe("DoIt: invalid input: /Name must be shorter");
    expect(s.sent).toHaveLength(0);
    await invoke(new BaseClient({ region: "r", credentials, fetch: s.fetch, validateInput: false }), op, { Name: "x" });
    expect(s.sent).toHaveLength(1);
  });

  it("outputs are checked only when asked, accepting unknown members, with the validators the client was built with", async () => {
    const s = scripted({ status: 200, body: '{"N":"not a number"}' });
    const seen: unknown[] = [];
    const validators = { DoIt: (_: unknown, options: unknown) => (seen.push(options), [{ path: "/N", message: "must be number" }]) };
    await expect(invoke(new BaseClient({ region: "r", credentials, fetch: s.fetch }, outputCheck(validators)), operation(s.protocol), {})).resolves.toEqual({
      N: "not a number",
    });
    const client = new BaseClient({ region: "r", credentials, fetch: s.fetch, validateOutput: true }, outputCheck(validators));
    const error = await invoke(client, operation(s.protocol), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputValidationError);
    expect((error as OutputValidationError).output).toEqual({ N: "not a number" });
    expect(seen).toEqual([{ unknownMembers: "accept" }]);
    // An operation without a validator, even one named like an Object.prototype member, is not checked.
    await expect(invoke(client, { ...operation(s.protocol), name: "toString" }, {})).resolves.toEqual({ N: "not a number" });
  });

  it("a base client without output validators refuses validateOutput at once", () => {
    expect(() => new BaseClient({ region: "r", validateOutput: true })).toThrow(/validateOutput needs the output validators/);
  });

  it("a listed code gets its class, any other the base class", async () => {
    const known = scripted({ status: 400, body: '{"code":"Known.Code","message":"k"}' });
    await expect(invoke(new BaseClient({ region: "r", credentials, fetch: known.fetch }), operation(known.protocol), {})).rejects.toBeInstanceOf(Known);
    const other = scripted({ status: 400, body: '{"code":"toString","message":"k"}' });
    const error = await invoke(new BaseClient({ region: "r", credentials, fetch: other.fetch }), operation(other.protocol), {}).catch((e: unknown) => e);
    expect((error as Error).constructor).toBe(Base);
    expect(error).toMatchObject({ name: "toString", code: "toString" });
  });

  it("sensitive input values and the credentials' secrets are masked in error text", async () => {
    const s = scripted({
      status: 400,
      body: JSON.stringify({ code: "Known.Code", message: "Value 'hunter22' is bad; signed with top-secret-key and session-token-value" }),
    });
    const op = operation(s.protocol, { secrets: (input) => sensitiveValues(input, [["Parameters"]]) });
    const error = await invoke(new BaseClient({ region: "r", credentials, fetch: s.fetch }), op, { Parameters: { cmd: ["hunter22"] } }).catch((e: unknown) => e);
    expect((error as Error).message).toBe("Value '***' is bad; signed with *** and ***");
    expect(JSON.stringify((error as ServiceError).details)).not.toContain("hunter22");
  });

  it("credentials stay out of the client's visible state, even once resolved", async () => {
    const client = new BaseClient({ region: "r", credentials });
    await client.credentialsFor(awsCredentialVariables);
    expect(JSON.stringify(client)).not.toContain("top-secret-key");
    expect(inspect(client, { showHidden: true, depth: 10 })).not.toContain("top-secret-key");
    expect(Object.keys(client.config)).toEqual(["region"]);
  });

  it("fixed credentials are resolved once; a provider function on every call", async () => {
    const s = scripted({ status: 200, body: "{}" });
    let asked = 0;
    const client = new BaseClient({ region: "r", fetch: s.fetch, credentials: () => ({ accessKeyId: `K${++asked}`, secretAccessKey: "s" }) });
    await invoke(client, operation(s.protocol), {});
    await invoke(client, operation(s.protocol), {});
    expect(s.sent.map((x) => (x.init.headers as Record<string, string>).key)).toEqual(["K1", "K2"]);
  });

  it("fetch is called as a plain function, not as a method of the config (browsers refuse that)", async () => {
    const s = scripted({ status: 200, body: "{}" });
    let self: unknown = "unset";
    const fetch = function (this: unknown, url: string, init: RequestInit) {
      self = this;
      return s.fetch(url, init);
    };
    await invoke(new BaseClient({ region: "r", credentials, fetch }), operation(s.protocol), {});
    expect(self).toBeUndefined();
  });
});

describe("sensitiveValues", () => {
  it("collects strings under member paths, through lists and maps (0)", () => {
    const input = { A: "a-secret", L: [{ S: "s1" }, { S: "s2", T: "no" }], M: { k1: { P: ["p1", "p2"] } }, Other: "visible" };
    expect(sensitiveValues(input, [["A"], ["L", 0, "S"], ["M", 0, "P"]])).toEqual(["a-secret", "s1", "s2", "p1", "p2"]);
  });
  it("ignores missing members and inherited keys", () => {
    expect(sensitiveValues({}, [["A"], ["constructor"]])).toEqual([]);
  });
});
