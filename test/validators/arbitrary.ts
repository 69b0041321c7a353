// Payload generators for the oracle tests, built from the model (not from the generated code): valid
// values of a shape, and single-fault mutations of them. Only agreement with ajv is asserted, so a
// "valid" generator that sometimes misses (a pattern fast-check cannot sample) is harmless.
import fc from "fast-check";
import { resolve } from "../../generator/model/resolve.ts";
import type { EnumShape, Length, ServiceModel, Shape, StringShape } from "../../generator/model/types.ts";

const maxNesting = 3;

/** One code point per unit: ASCII, other BMP characters and astral ones (two UTF-16 units each). */
const codePoint = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom("é", "ж", "中", "\u00a0", "\u2028", "~", "/") },
  { weight: 2, arbitrary: fc.constantFrom("😀", "𝄞", "𩸽", "\u{10ffff}") },
);

function define(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Structures that declare a member Object.prototype also has are built without a prototype, where a
 * plain read and an own read agree (ajv reads members plainly; the generated code reads them as own). */
export function needsNullPrototype(service: ServiceModel, shape: Shape): boolean {
  const s = resolve(service, shape);
  return s.kind === "structure" && s.members.some((m) => m.name in Object.prototype);
}

export function newObject(nullPrototype: boolean): Record<string, unknown> {
  return nullPrototype ? (Object.create(null) as Record<string, unknown>) : {};
}

export class Payloads {
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();
  private readonly pools = new Map<StringShape, string[]>();

  constructor(readonly service: ServiceModel) {}

  /** Values of `shape` meant to be valid. */
  valid(shape: Shape, depth = 0): fc.Arbitrary<unknown> {
    const key = shape.kind === "ref" ? `${shape.ref}@${depth}` : shape.name ? `${shape.name}@${depth}` : undefined;
    if (key) {
      const hit = this.cache.get(key);
      if (hit) return hit;
      // Built lazily on first use, so a recursive shape can refer to itself one level deeper.
      let built: fc.Arbitrary<unknown> | undefined;
      const made = fc.constant(null).chain(() => (built ??= this.build(shape, depth)));
      this.cache.set(key, made);
      return made;
    }
    return this.build(shape, depth);
  }

  private build(shape: Shape, depth: number): fc.Arbitrary<unknown> {
    const s = resolve(this.service, shape);
    switch (s.kind) {
      case "string":
        return this.string(s);
      case "enum":
        return fc.constantFrom(...s.values.map((v) => v.value));
      case "integer":
      case "long": {
        const min = s.range?.min ?? -1_000_000;
        const max = s.range?.max ?? 1_000_000;
        return fc.oneof(fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) }), fc.constantFrom(min, max));
      }
      case "double": {
        const min = s.range?.min ?? -1e6;
        const max = s.range?.max ?? 1e6;
        return fc.oneof(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(min, max));
      }
      case "boolean":
        return fc.boolean();
      case "timestamp":
        return s.format === "epoch-seconds" ? fc.oneof(fc.integer({ min: 0, max: 2 ** 31 }), fc.double({ min: 0, max: 2e9, noNaN: true })) : dateTime;
      case "blob":
        return fc.uint8Array({ maxLength: 12 }).map((b) => btoa(String.fromCharCode(...b)));
      case "list": {
        const min = s.length?.min ?? 0;
        const deep = depth >= maxNesting && isComposite(this.service, s.items);
        const max = deep ? min : Math.min(s.length?.max ?? 3, min + 3);
        return fc.array(this.valid(s.items, depth + 1), { minLength: min, maxLength: max });
      }
      case "map": {
        const min = s.length?.min ?? 0;
        const deep = depth >= maxNesting && isComposite(this.service, s.values);
        const max = deep ? min : Math.min(s.length?.max ?? 3, min + 3);
        return fc
          .uniqueArray(fc.tuple(this.valid(s.keys, depth + 1) as fc.Arbitrary<string>, this.valid(s.values, depth + 1)), {
            minLength: min,
            maxLength: max,
            selector: (t) => t[0],
          })
          .map((entries) => {
            const o: Record<string, unknown> = {};
            for (const [k, v] of entries) define(o, k, v);
            return o;
          });
      }
      case "structure": {
        const nullProto = needsNullPrototype(this.service, s);
        // ajv ignores a member named "__proto__" by design, so the oracle never sends one (hostile.test.ts does).
        const parts = s.members.filter((m) => m.name !== "__proto__").map((m) => {
          const deep = depth >= maxNesting && isComposite(this.service, m.shape);
          if (m.required) return this.valid(m.shape, depth + 1).map((v) => [m.name, v] as const);
          if (deep) return fc.constant(undefined);
          return fc.option(this.valid(m.shape, depth + 1).map((v) => [m.name, v] as const), { nil: undefined, freq: 2 });
        });
        return fc.tuple(...parts).map((entries) => {
          const o = newObject(nullProto);
          for (const e of entries) if (e) define(o, e[0], e[1]);
          return o;
        });
      }
    }
  }

  private string(s: StringShape): fc.Arbitrary<string> {
    if (!s.pattern) return lengthString(s.length);
    return fc.constantFrom(...this.pool(s));
  }

  /** Strings that match the pattern and the length, sampled once per shape. */
  pool(s: StringShape): string[] {
    const hit = this.pools.get(s);
    if (hit) return hit;
    const re = new RegExp(s.pattern!.source, s.pattern!.flags);
    const ok = (x: string) => re.test(x) && withinLength(x, s.length);
    let candidates: string[] = [];
    try {
      candidates = fc.sample(fc.stringMatching(re), { numRuns: 400, seed: 42 });
    } catch {
      // fast-check cannot sample lookarounds; fall back to hand-made candidates below.
    }
    candidates.push(...hints, ...fc.sample(lengthString(s.length), { numRuns: 200, seed: 7 }));
    const pool = [...new Set(candidates.filter(ok))].slice(0, 60);
    const result = pool.length ? pool : ["a"];
    this.pools.set(s, result);
    return result;
  }
}

const hints = [
  "2024-05-14T09:21:03Z",
  "2024-05-14",
  "2024-05-14T09:21",
  "abc",
  "abbc",
  "0831e1a8-a1ac-4257-a1fd-c831b1234567",
  "i-0e3ba1c8f7d2a4b61",
  "mi-0123456789abcdef0",
  "AWS-RunShellScript",
  "$LATEST",
  "1",
  "10%",
  "tag:Name",
  "resource-groups:Name",
  "x",
];

export function codePoints(s: string): number {
  return [...s].length;
}

function withinLength(x: string, length: Length | undefined): boolean {
  const n = codePoints(x);
  return (length?.min === undefined || n >= length.min) && (length?.max === undefined || n <= length.max);
}

/** Strings whose length in code points is within bounds, sometimes exactly at a bound. */
export function lengthString(length: Length | undefined): fc.Arbitrary<string> {
  const min = length?.min ?? 0;
  const max = length?.max ?? min + 12;
  const spread = fc.string({ unit: codePoint, minLength: min, maxLength: Math.min(max, min + 12) });
  const atMax = fc.constantFrom("a", "😀").map((c) => c.repeat(max));
  return fc.oneof({ weight: 8, arbitrary: spread }, { weight: 1, arbitrary: atMax });
}

const two = (n: number) => String(n).padStart(2, "0");

/** RFC 3339 date-times in the forms ajv-formats accepts, including its edge cases. */
export const dateTime: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom("", ".5", ".123456"),
      fc.constantFrom("T", "t", " "),
      fc.constantFrom("Z", "z", "+00:00", "-05:30", "+0530", "+05"),
    )
    .map(([y, mo, d, h, mi, s, frac, sep, tz]) => `${String(y).padStart(4, "0")}-${two(mo)}-${two(d)}${sep}${two(h)}:${two(mi)}:${two(s)}${frac}${tz}`),
  fc.constantFrom("2024-02-29T12:00:00Z", "2016-12-31T23:59:60Z", "2016-12-31T18:59:60-05:00", "2000-02-29T00:00:00+23:59"),
);

function isComposite(service: ServiceModel, shape: Shape): boolean {
  const s = resolve(service, shape);
  return s.kind === "structure" || s.kind === "list" || s.kind === "map";
}

export function enumValues(shape: EnumShape): string[] {
  return shape.values.map((v) => v.value);
}
