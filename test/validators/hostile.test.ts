// Hostile data: prototype keys, non-plain objects, sparse and huge arrays, very long strings, deep
// nesting. The validators must answer correctly, without throwing, polluting or exhausting the stack.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maxDepth, maxViolations } from "../../generator/runtime/validate.ts";
import { load, specRoots, validatorsOf, type Loaded, type ShapeValidators } from "./helpers.ts";

let fixture: Loaded;
let ssm: Loaded;
let v: (shape: string) => ShapeValidators;

beforeAll(async () => {
  fixture = await load(specRoots.fixtures, "fixture");
  ssm = await load(specRoots.specs, "ssm");
  v = (shape) => validatorsOf(fixture.mod, shape);
});

afterAll(() => {
  // Nothing any test did may have reached Object.prototype.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const keywords = (violations: { path: string; keyword: string }[]) => violations.map((x) => `${x.path} ${x.keyword}`);

describe("prototype keys", () => {
  it("a __proto__ key from JSON is an unknown member, in strict mode, and harmless in accept mode", () => {
    const payload = JSON.parse('{"Count":1,"__proto__":{"polluted":true}}');
    const ping = v("Ping");
    expect(ping.is(payload)).toBe(false);
    expect(keywords(ping.validate(payload))).toEqual(["/__proto__ additionalProperties"]);
    expect(ping.validate(payload, { unknownMembers: "accept" })).toEqual([]);
  });

  it("a declared member named __proto__ is checked as an own member", () => {
    const weird = v("Weird");
    expect(weird.is(JSON.parse('{"a/b":"x","__proto__":"text"}'))).toBe(true);
    expect(keywords(weird.validate(JSON.parse('{"a/b":"x","__proto__":5}')))).toEqual(["/__proto__ type"]);
    // A literal's inherited __proto__ accessor is not a member value.
    expect(weird.is({ "a/b": "x" })).toBe(true);
  });

  it("constructor and toString are only members when the object has them itself", () => {
    const weird = v("Weird");
    expect(weird.is({ "a/b": "x", constructor: 3, toString: true })).toBe(true);
    expect(keywords(weird.validate({ "a/b": "x", constructor: 1.5 }))).toEqual(["/constructor integer"]);
    expect(keywords(v("Empty").validate({ constructor: 1 }))).toEqual(["/constructor additionalProperties"]);
  });

  it("__proto__ and constructor work as map keys and enum values", () => {
    const byOdd = v("ByOdd");
    expect(byOdd.is(JSON.parse('{"__proto__":{"a":1},"constructor":{},"toString":{"b":0}}'))).toBe(true);
    expect(keywords(byOdd.validate(JSON.parse('{"__proto__":{"a":-1}}')))).toEqual(["/__proto__/a minimum"]);
    expect(v("Odd").is("__proto__")).toBe(true);
    expect(v("Odd").is("hasOwnProperty")).toBe(false);
  });
});

describe("non-plain objects", () => {
  class Node {
    Label = "ab";
  }
  const cases: Array<[string, unknown]> = [
    ["a Date", new Date(0)],
    ["a Map", new Map([["Label", "ab"]])],
    ["a class instance with the right members", new Node()],
    ["an object inheriting the members", Object.create({ Label: "ab" })],
    ["an array", [{ Label: "ab" }]],
    ["a function", () => ({ Label: "ab" })],
    ["a boxed string", new String("ab")],
  ];
  it.each(cases)("%s is not a structure", (_name, value) => {
    const node = v("Node");
    expect(node.is(value)).toBe(false);
    expect(keywords(node.validate(value))).toEqual([" type"]);
  });

  it("a null-prototype object is plain data", () => {
    const o = Object.assign(Object.create(null), { Label: "ab" });
    expect(v("Node").is(o)).toBe(true);
  });

  it.each([NaN, Infinity, -Infinity])("%s is not a number on the wire", (n) => {
    expect(v("Times").is({ At: "2024-01-01T00:00:00Z", Epoch: n })).toBe(false);
    expect(v("Times").is({ At: "2024-01-01T00:00:00Z", Ratio: n })).toBe(false);
    expect(v("Times").is({ At: "2024-01-01T00:00:00Z", Big: n })).toBe(false);
  });
});

describe("arrays", () => {
  it("a hole in a list is a missing item", () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, "a/b"];
    expect(v("Tags").is({ ab: sparse })).toBe(false);
    expect(keywords(v("Tags").validate({ ab: sparse }))).toEqual(["/ab/0 type"]);
  });

  it("a sparse array of length 2**32 - 1 is rejected at once and reports a bounded list", () => {
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    const matrix = v("Matrix");
    expect(matrix.is(huge)).toBe(false);
    const list = validatorsOf(fixture.mod, "EverythingRequest");
    const violations = list.validate({ Id: "0831e1a8-a1ac-4257-a1fd-c831b1234567", Inline: huge });
    expect(violations.length).toBeLessThanOrEqual(maxViolations + 1);
    expect(violations[0]).toMatchObject({ path: "/Inline", keyword: "maxItems" });
    expect(violations[1]).toMatchObject({ path: "/Inline/0", keyword: "type" });
  });

  it("a hundred thousand unknown members are reported up to the cap", () => {
    const o: Record<string, number> = {};
    for (let i = 0; i < 100_000; i++) o[`k${i}`] = i;
    expect(v("Empty").is(o)).toBe(false);
    expect(v("Empty").validate(o)).toHaveLength(maxViolations);
  });
});

describe("long strings", () => {
  const get = () => validatorsOf(ssm.mod, "GetCommandInvocationResponse");

  it("a 10 MB output is over the limit, decided from its length", () => {
    const big = "x".repeat(10_000_000);
    expect(get().is({ StandardOutputContent: big })).toBe(false);
    expect(keywords(get().validate({ StandardOutputContent: big }))).toEqual(["/StandardOutputContent maxLength"]);
  });

  it("24,000 emoji are 24,000 code points (48,000 UTF-16 units): valid; one more is not", () => {
    expect(get().is({ StandardOutputContent: "😀".repeat(24_000) })).toBe(true);
    expect(keywords(get().validate({ StandardOutputContent: "😀".repeat(24_001) }))).toEqual(["/StandardOutputContent maxLength"]);
  });

  it("a string over its maximum is not also run through its pattern", () => {
    const label = validatorsOf(fixture.mod, "Letters");
    expect(keywords(label.validate("1".repeat(5_000_000)))).toEqual([" maxLength"]);
  });

  it("a megabyte through a pattern without a length limit answers correctly", () => {
    const name = validatorsOf(ssm.mod, "DocumentName");
    expect(name.is(`AWS-${"a".repeat(1_000_000)}`)).toBe(false);
    expect(validatorsOf(fixture.mod, "Legacy").is("a:/-".repeat(250_000))).toBe(true);
  });
});

describe("deep nesting", () => {
  function chain(depth: number): unknown {
    let node: Record<string, unknown> = { Label: "ab" };
    for (let i = 0; i < depth; i++) node = { Label: "ab", Next: node };
    return node;
  }
  function childrenChain(depth: number): unknown {
    let node: Record<string, unknown> = { Label: "ab" };
    for (let i = 0; i < depth; i++) node = { Label: "ab", Children: [node] };
    return node;
  }

  it("recursion within the limit is validated all the way down", () => {
    expect(v("Node").is(chain(maxDepth - 1))).toBe(true);
    const broken = chain(300) as { Next: unknown };
    let tail = broken as Record<string, unknown>;
    for (let i = 0; i < 300; i++) tail = tail.Next as Record<string, unknown>;
    tail.Label = "x";
    expect(v("Node").is(broken)).toBe(false);
    expect(v("Node").validate(broken)[0]).toMatchObject({ keyword: "minLength", path: `${"/Next".repeat(300)}/Label` });
  });

  it("a payload nested past the limit is refused with a maxDepth violation, not a stack overflow", () => {
    for (const payload of [chain(100_000), childrenChain(100_000)]) {
      expect(v("Node").is(payload)).toBe(false);
      const violations = v("Node").validate(payload);
      expect(violations.map((x) => x.keyword)).toEqual(["maxDepth"]);
    }
  });

  it("mutual recursion is limited too", () => {
    const root: Record<string, unknown> = {};
    let node = root;
    for (let i = 0; i < 50_000; i++) {
      const next = {};
      node[i % 2 ? "Ping" : "Pong"] = next;
      node = next;
    }
    expect(v("Ping").is(root)).toBe(false);
    expect(v("Ping").validate(root).map((x) => x.keyword)).toEqual(["maxDepth"]);
  });

  it("deep arrays where a shape has none are rejected at the first level", () => {
    let deep: unknown = [];
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    expect(v("Matrix").is(deep)).toBe(false);
    expect(keywords(v("Matrix").validate(deep))).toEqual(["/0/0 type"]);
  });
});

describe("inputs are left alone", () => {
  it("validating a frozen payload works and changes nothing", () => {
    const payload = Object.freeze({ Label: "ab", Children: Object.freeze([Object.freeze({ Label: "x" })]) });
    const before = JSON.stringify(payload);
    expect(keywords(v("Node").validate(payload))).toEqual(["/Children/0/Label minLength"]);
    expect(JSON.stringify(payload)).toBe(before);
  });
});
