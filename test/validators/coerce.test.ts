// RPC coercion through the generated functions: query-string values become the spec's types, defaults
// fill the gaps, and whatever does not parse reaches validation as text so it is reported, not lost.
import { beforeAll, describe, expect, it } from "vitest";
import type { Violation } from "../../generator/runtime/validate.ts";
import { load, specRoots, type Loaded } from "./helpers.ts";

let swas: Loaded;
let rpcfix: Loaded;
let ssm: Loaded;
type Coerce = (params: Record<string, string>) => unknown;
type Validate = (v: unknown) => Violation[];

beforeAll(async () => {
  [swas, rpcfix, ssm] = await Promise.all([load(specRoots.specs, "swas"), load(specRoots.fixtures, "rpcfix"), load(specRoots.specs, "ssm")]);
});

describe("SWAS", () => {
  it("DescribeInvocations: page numbers become integers, PageSize 10 and PageNumber 1 by default", () => {
    const coerce = swas.mod.coerceDescribeInvocationsRequest as Coerce;
    const validate = swas.mod.validateDescribeInvocationsRequest as Validate;
    const input = coerce({ RegionId: "cn-hangzhou", InstanceId: "ace0706b2ac4454d984295a94213", InvokeStatus: "Finished" });
    expect(input).toEqual({ RegionId: "cn-hangzhou", InstanceId: "ace0706b2ac4454d984295a94213", InvokeStatus: "Finished", PageNumber: 1, PageSize: 10 });
    expect(validate(input)).toEqual([]);
    expect(coerce({ RegionId: "r", InstanceId: "i", PageSize: "50", PageNumber: "3" })).toMatchObject({ PageSize: 50, PageNumber: 3 });
  });

  it("DescribeInvocations: a value that is not a number stays text and validation says where", () => {
    const input = (swas.mod.coerceDescribeInvocationsRequest as Coerce)({ RegionId: "r", InstanceId: "i", PageSize: "ten" });
    expect(input).toMatchObject({ PageSize: "ten" });
    expect((swas.mod.validateDescribeInvocationsRequest as Validate)(input)).toMatchObject([{ path: "/PageSize", keyword: "type" }]);
  });

  it("RunCommand: Parameters is one JSON-encoded parameter, EnableParameter a boolean, Timeout an integer", () => {
    const coerce = swas.mod.coerceRunCommandRequest as Coerce;
    const input = coerce({
      RegionId: "cn-hangzhou",
      InstanceId: "2ad1ae67295445f598017499dc8a2d8c",
      CommandContent: "echo {{name}}",
      Name: "greet",
      Type: "RunShellScript",
      EnableParameter: "true",
      Parameters: '{"name":"Jack"}',
      Timeout: "300",
    });
    expect(input).toMatchObject({ EnableParameter: true, Parameters: { name: "Jack" }, Timeout: 300 });
    expect((swas.mod.validateRunCommandRequest as Validate)(input)).toEqual([]);
    expect(coerce({ RegionId: "r", InstanceId: "i", CommandContent: "ls", Name: "n", Type: "RunShellScript" })).toMatchObject({ EnableParameter: false, Timeout: 60 });
  });

  it("RunCommand: Parameters that are not JSON are reported as a type error", () => {
    const input = (swas.mod.coerceRunCommandRequest as Coerce)({ RegionId: "r", InstanceId: "i", CommandContent: "ls", Name: "n", Type: "RunShellScript", Parameters: "name=Jack" });
    expect((swas.mod.validateRunCommandRequest as Validate)(input)).toMatchObject([{ path: "/Parameters", keyword: "type" }]);
  });
});

describe("every kind of member (fixture)", () => {
  it("converts each kind and leaves strings and date-times as text", () => {
    const coerce = rpcfix.mod.coerceSearchRequest as Coerce;
    const input = coerce({
      RegionId: "cn",
      Size: "9007199254740991",
      Ratio: "0.75",
      DryRun: "false",
      Since: "1700000000.5",
      Until: "2024-05-14T09:21:03Z",
      Ids: '["a","b"]',
      Labels: '{"k":"v"}',
      Settings: '{"Depth":2,"Name":"x"}',
    });
    expect(input).toEqual({
      RegionId: "cn",
      Size: 9007199254740991,
      Ratio: 0.75,
      DryRun: false,
      Since: 1700000000.5,
      Until: "2024-05-14T09:21:03Z",
      Ids: ["a", "b"],
      Labels: { k: "v" },
      Settings: { Depth: 2, Name: "x" },
      PageNumber: 1,
      PageSize: 10,
    });
    expect((rpcfix.mod.validateSearchRequest as Validate)(input)).toEqual([]);
  });

  it("object defaults are fresh per call", () => {
    const coerce = rpcfix.mod.coerceSearchRequest as Coerce;
    const a = coerce({ RegionId: "cn" }) as { Labels: Record<string, string> };
    a.Labels.changed = "yes";
    expect((coerce({ RegionId: "cn" }) as { Labels: object }).Labels).toEqual({});
  });

  it("a member named __proto__ is converted as a member and never becomes the prototype", () => {
    const params = JSON.parse('{"RegionId":"cn","__proto__":"5"}') as Record<string, string>;
    const input = (rpcfix.mod.coerceSearchRequest as Coerce)(params) as Record<string, unknown>;
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(input, "__proto__")?.value).toBe(5);
    expect((rpcfix.mod.validateSearchRequest as Validate)(input)).toEqual([]);
  });

  it("only RPC services get coercion functions", () => {
    expect(Object.keys(ssm.mod).filter((k) => k.startsWith("coerce"))).toEqual([]);
    expect(Object.keys(swas.mod).filter((k) => k.startsWith("coerce")).sort()).toEqual([
      "coerceDescribeInvocationResultRequest",
      "coerceDescribeInvocationsRequest",
      "coerceRunCommandRequest",
    ]);
  });
});
