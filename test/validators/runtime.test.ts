// The runtime helpers on their own: each against an independent reference (ajv-formats, the exported
// base64 pattern, Array.from's code points) on generated and hand-picked inputs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAjv } from "../../generator/model/ajv.ts";
import { base64Pattern } from "../../generator/model/json-schema.ts";
import { pathSegments, standardSchema } from "../../generator/runtime/standard-schema.ts";
import {
  codePointLength,
  coerceRpcParams,
  coerceText,
  isBase64,
  isDateTime,
  isPlainObject,
  keyCount,
  onlyKnownKeys,
  ownValue,
  pointerToken,
  reportKey,
  type Violation,
} from "../../generator/runtime/validate.ts";
import { dateTime } from "./arbitrary.ts";

const ajvDateTime = createAjv().compile({ type: "string", format: "date-time" });

describe("codePointLength", () => {
  const cases: Array<[string, { given: string; want: number }]> = [
    ["empty", { given: "", want: 0 }],
    ["ASCII", { given: "abc", want: 3 }],
    ["a surrogate pair counts once", { given: "a😀b", want: 3 }],
    ["a lone high surrogate counts once", { given: "\ud83d", want: 1 }],
    ["a lone low surrogate counts once", { given: "\ude00x", want: 2 }],
    ["low before high is two", { given: "\ude00\ud83d", want: 2 }],
    ["high at the very end", { given: "ab\ud83d", want: 3 }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => expect(codePointLength(given)).toBe(want));

  it("equals the number of code points Array.from sees, on any UTF-16 text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => codePointLength(s) === Array.from(s).length), { numRuns: 5000 });
    const units = fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)), maxLength: 12 });
    fc.assert(fc.property(units, (s) => codePointLength(s) === Array.from(s).length), { numRuns: 5000 });
  });
});

describe("isDateTime accepts exactly what ajv-formats' date-time accepts", () => {
  const cases: Array<[string, boolean]> = [
    ["2024-05-14T09:21:03Z", true],
    ["2024-05-14t09:21:03z", true],
    ["2024-05-14 09:21:03Z", true],
    ["2024-05-14\u202809:21:03Z", true],
    ["2024-05-14\u300009:21:03Z", true],
    ["2024-05-14\ufeff09:21:03Z", true],
    ["2024-05-14T09:21:03.123456789+05:30", true],
    ["2024-05-14T09:21:03+0530", true],
    ["2024-05-14T09:21:03+05", true],
    ["2024-05-14T09:21:03", false],
    ["2024-05-14T09:21:03.Z", false],
    ["2024-05-14T09:21:03+05:3", false],
    ["2024-05-14T09:21:03+24:00", false],
    ["2024-05-14T09:21:03+05:60", false],
    ["2024-02-29T00:00:00Z", true],
    ["2023-02-29T00:00:00Z", false],
    ["1900-02-29T00:00:00Z", false],
    ["2000-02-29T00:00:00Z", true],
    ["2024-04-31T00:00:00Z", false],
    ["2024-00-10T00:00:00Z", false],
    ["2024-01-00T00:00:00Z", false],
    ["2016-12-31T23:59:60Z", true],
    ["2016-12-31T23:59:60.5Z", true],
    ["2016-12-31T23:59:61Z", false],
    ["2016-12-31T23:58:60Z", false],
    ["2016-12-31T18:59:60-05:00", true],
    ["2017-01-01T00:59:60+01:00", true],
    ["2024-05-14T46:99:60+23:40", true],
    ["2024-05-14T24:00:00Z", false],
    ["2024-05-14T23:60:00Z", false],
    ["2024-05-14TT09:21:03Z", false],
    ["2024-05-14T09:21:03Z ", false],
    ["２０２４-05-14T09:21:03Z", false],
    ["+2024-05-14T09:21:03Z", false],
    ["", false],
  ];
  it.each(cases)("%j → %s", (given, want) => {
    expect(ajvDateTime(given)).toBe(want);
    expect(isDateTime(given)).toBe(want);
  });

  it("agrees with ajv-formats on generated and mangled date-times", () => {
    const mangled = fc.tuple(dateTime, fc.nat(30), fc.constantFrom("", "0", "9", ":", "T", " ", "Z", "+", ".", "\u2029", "6")).map(([s, i, c]) =>
      s.slice(0, i % (s.length + 1)) + c + s.slice((i % (s.length + 1)) + (c === "" ? 1 : 0)),
    );
    fc.assert(fc.property(fc.oneof(dateTime, mangled, fc.string()), (s) => isDateTime(s) === ajvDateTime(s)), { numRuns: 30000 });
  });
});

describe("isBase64 is the exported base64 pattern", () => {
  const re = new RegExp(base64Pattern, "u");
  it.each(["", "YQ==", "YWI=", "YWJj", "YW Jj", "YQ", "YQ=", "=AAA", "AA=A", "A===", "YWJj\n", "++//", "-_-_"])("%j", (s) => {
    expect(isBase64(s)).toBe(re.test(s));
  });
  it("agrees on encoded bytes and on arbitrary text over the alphabet", () => {
    const encoded = fc.uint8Array({ maxLength: 40 }).map((b) => btoa(String.fromCharCode(...b)));
    const near = fc.string({ unit: fc.constantFrom("A", "z", "0", "+", "/", "=", "-", " "), maxLength: 12 });
    fc.assert(fc.property(fc.oneof(encoded, near), (s) => isBase64(s) === re.test(s)), { numRuns: 20000 });
  });
});

describe("object helpers", () => {
  class Point {
    x = 1;
  }
  const cases: Array<[string, { given: object; want: boolean }]> = [
    ["a literal", { given: { a: 1 }, want: true }],
    ["a null-prototype object", { given: Object.create(null) as object, want: true }],
    ["JSON.parse output with a __proto__ key", { given: JSON.parse('{"__proto__":{"x":1}}') as object, want: true }],
    ["an array", { given: [], want: false }],
    ["a Date", { given: new Date(0), want: false }],
    ["a Map", { given: new Map(), want: false }],
    ["a class instance", { given: new Point(), want: false }],
    ["an object whose prototype is a plain object", { given: Object.create({ inherited: 1 }) as object, want: false }],
  ];
  it.each(cases)("isPlainObject: %s", (_name, { given, want }) => expect(isPlainObject(given)).toBe(want));

  it("keyCount and onlyKnownKeys see enumerable keys, including __proto__ from JSON", () => {
    const o = JSON.parse('{"a":1,"__proto__":2}') as object;
    expect(keyCount(o)).toBe(2);
    expect(onlyKnownKeys(o, new Set(["a", "__proto__"]))).toBe(true);
    expect(onlyKnownKeys(o, new Set(["a"]))).toBe(false);
  });

  it("ownValue ignores what the prototype provides", () => {
    expect(ownValue({}, "constructor")).toBeUndefined();
    expect(ownValue({ constructor: 5 }, "constructor")).toBe(5);
    expect(ownValue(JSON.parse('{"__proto__":"x"}') as object, "__proto__")).toBe("x");
  });

  it.each([
    ["plain", "plain"],
    ["a/b", "a~1b"],
    ["~x", "~0x"],
    ["~/", "~0~1"],
  ])("pointerToken(%j) is %j", (key, want) => expect(pointerToken(key)).toBe(want));

  it("reportKey marks key violations and leaves the originals alone", () => {
    const found: Violation[] = [{ path: "/k", keyword: "pattern", params: { pattern: "^a$" }, message: "must match the pattern ^a$" }];
    const out: Violation[] = [];
    reportKey(out, "k", found);
    expect(out).toEqual([{ path: "/k", keyword: "pattern", params: { pattern: "^a$", propertyName: "k" }, message: 'key "k" must match the pattern ^a$' }]);
    expect(found[0].params).toEqual({ pattern: "^a$" });
  });
});

describe("RPC coercion", () => {
  const cases: Array<[string, { kind: Parameters<typeof coerceText>[0]; text: string; want: unknown }]> = [
    ["an integer", { kind: "integer", text: "42", want: 42 }],
    ["a signed integer", { kind: "integer", text: "-7", want: -7 }],
    ["a plus sign", { kind: "integer", text: "+7", want: 7 }],
    ["a fraction is not an integer: left as text", { kind: "integer", text: "1.5", want: "1.5" }],
    ["spaces are not trimmed", { kind: "integer", text: " 5", want: " 5" }],
    ["an empty value stays empty", { kind: "integer", text: "", want: "" }],
    ["hex is not decimal", { kind: "integer", text: "0x10", want: "0x10" }],
    ["a double", { kind: "number", text: "0.25", want: 0.25 }],
    ["a double with an exponent", { kind: "number", text: "1e3", want: 1000 }],
    ["a leading dot", { kind: "number", text: ".5", want: 0.5 }],
    ["NaN is text", { kind: "number", text: "NaN", want: "NaN" }],
    ["Infinity is text", { kind: "number", text: "Infinity", want: "Infinity" }],
    ["true", { kind: "boolean", text: "true", want: true }],
    ["false", { kind: "boolean", text: "false", want: false }],
    ["True is text", { kind: "boolean", text: "True", want: "True" }],
    ["1 is text", { kind: "boolean", text: "1", want: "1" }],
    ["a JSON map", { kind: "json", text: '{"name":"Jack"}', want: { name: "Jack" } }],
    ["a JSON list", { kind: "json", text: "[1,2]", want: [1, 2] }],
    ["broken JSON is text", { kind: "json", text: "{name:Jack}", want: "{name:Jack}" }],
  ];
  it.each(cases)("coerceText: %s", (_name, { kind, text, want }) => expect(coerceText(kind, text)).toEqual(want));

  it("copies other parameters, fills defaults afresh each call, never touches the input", () => {
    const plan = { kinds: { PageSize: "integer" as const, Labels: "json" as const }, defaults: { PageSize: "10", Labels: "{}" } };
    const params = Object.freeze({ RegionId: "cn-hangzhou", Action: "Search" });
    const a = coerceRpcParams(params, plan);
    const b = coerceRpcParams(params, plan);
    expect(a).toEqual({ RegionId: "cn-hangzhou", Action: "Search", PageSize: 10, Labels: {} });
    expect(a.Labels).not.toBe(b.Labels);
    expect(coerceRpcParams({ PageSize: "20" }, plan).PageSize).toBe(20);
  });

  it("a __proto__ parameter becomes a member, not the prototype", () => {
    const params = JSON.parse('{"__proto__":"{\\"polluted\\":true}","x":"1"}') as Record<string, string>;
    const out = coerceRpcParams(params, { kinds: { ["__proto__"]: "json" } as Record<string, "json">, defaults: {} });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(out, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("Standard Schema", () => {
  const validate = (v: unknown): Violation[] =>
    v === "ok" ? [] : [{ path: "/items/1/a~1b", keyword: "type", params: { type: "string" }, message: "must be a string" }];
  const schema = standardSchema<string>(validate);

  it("declares version 1 and the vendor", () => {
    expect(schema["~standard"].version).toBe(1);
    expect(schema["~standard"].vendor).toBe("opspec");
  });

  it("returns the value when valid and issues with paths when not", () => {
    expect(schema["~standard"].validate("ok")).toEqual({ value: "ok" });
    expect(schema["~standard"].validate({ items: [{}, { "a/b": 1 }] })).toEqual({ issues: [{ message: "must be a string", path: ["items", 1, "a/b"] }] });
  });

  it("turns a pointer into keys, numbers only below arrays", () => {
    expect(pathSegments("", {})).toEqual([]);
    expect(pathSegments("/0/1", { "0": [0, 1] })).toEqual(["0", 1]);
    expect(pathSegments("/~0x/~1", { "~x": { "/": 1 } })).toEqual(["~x", "/"]);
    expect(pathSegments("/a/01", { a: [1, 2] })).toEqual(["a", "01"]);
  });
});
