// Single-fault mutations: walk a valid payload to one random spot and break one thing there (a type, a
// bound, a pattern, a required or unknown member, a hole in a list, a bad map key).
import { resolve } from "../../generator/model/resolve.ts";
import type { ServiceModel, Shape } from "../../generator/model/types.ts";
import { codePoints, newObject, needsNullPrototype } from "./arbitrary.ts";

export type Random = () => number;

/** A small seeded generator (mulberry32), so fast-check's seed decides every mutation. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const wrongTypes: readonly unknown[] = [null, 7, 1.5, "x", "", true, [], {}, [1], { x: 1 }];

function copyObject(o: Record<string, unknown>): Record<string, unknown> {
  const c = newObject(Object.getPrototypeOf(o) === null);
  for (const k of Object.keys(o)) Object.defineProperty(c, k, { value: o[k], enumerable: true, writable: true, configurable: true });
  return c;
}

function set(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

export function mutate(service: ServiceModel, shape: Shape, value: unknown, r: Random): unknown {
  const s = resolve(service, shape);
  const here = r() < 0.35;
  if (!here && value !== null && typeof value === "object") {
    if (s.kind === "structure" && !Array.isArray(value)) {
      const o = value as Record<string, unknown>;
      const present = s.members.filter((m) => m.name !== "__proto__" && Object.prototype.hasOwnProperty.call(o, m.name) && o[m.name] !== undefined);
      if (present.length) {
        const m = pick(r, present);
        const c = copyObject(o);
        set(c, m.name, mutate(service, m.shape, o[m.name], r));
        return c;
      }
    } else if (s.kind === "list" && Array.isArray(value) && value.length) {
      const i = Math.floor(r() * value.length);
      const c = [...value];
      c[i] = mutate(service, s.items, value[i], r);
      return c;
    } else if (s.kind === "map" && !Array.isArray(value)) {
      const o = value as Record<string, unknown>;
      const keys = Object.keys(o);
      if (keys.length) {
        const k = pick(r, keys);
        const c = copyObject(o);
        set(c, k, mutate(service, s.values, o[k], r));
        return c;
      }
    }
  }
  return fault(service, shape, value, r);
}

/** Breaks `value` itself (one fault), or occasionally swaps it for a value of the wrong type. */
function fault(service: ServiceModel, shape: Shape, value: unknown, r: Random): unknown {
  const s = resolve(service, shape);
  if (r() < 0.15) {
    const w = pick(r, wrongTypes);
    // See needsNullPrototype: an object stand-in keeps the structure's prototype convention.
    return w !== null && typeof w === "object" && !Array.isArray(w) && needsNullPrototype(service, s) ? Object.assign(newObject(true), w) : w;
  }
  switch (s.kind) {
    case "string": {
      const v = typeof value === "string" ? value : "";
      const options: (() => unknown)[] = [() => v + pick(r, ["!", " ", "😀", "\ud800", "é"]), () => pick(r, ["", " ", "\n", "\ud83d", "abc", "ABC-123"])];
      if (s.length?.min !== undefined && s.length.min > 0) options.push(() => pick(r, ["a", "😀"]).repeat(s.length!.min! - 1));
      if (s.length?.max !== undefined) options.push(() => pick(r, ["a", "😀", "é"]).repeat(s.length!.max! + 1), () => "😀".repeat(s.length!.max!));
      if (s.length?.min !== undefined) options.push(() => "😀".repeat(Math.max(0, Math.ceil(s.length!.min! / 2))));
      return pick(r, options)();
    }
    case "enum": {
      const v = typeof value === "string" ? value : "";
      return pick(r, [`${v}x`, v.toLowerCase(), v.toUpperCase(), "", "__proto__", "constructor", " "]);
    }
    case "integer":
    case "long": {
      const v = typeof value === "number" ? value : 0;
      const options: unknown[] = [v + 0.5, String(v), -0, 2 ** 53 + 2, -(2 ** 53) - 2];
      if (s.range?.min !== undefined) options.push(s.range.min - 1, s.range.min - 0.5);
      if (s.range?.max !== undefined) options.push(s.range.max + 1, s.range.max + 0.25);
      return pick(r, options);
    }
    case "double": {
      const v = typeof value === "number" ? value : 0;
      const options: unknown[] = [String(v), 1e300, -1e300, 5e-324];
      if (s.range?.min !== undefined) options.push(s.range.min - 0.001, s.range.min);
      if (s.range?.max !== undefined) options.push(s.range.max + 0.001, s.range.max);
      return pick(r, options);
    }
    case "boolean":
      return pick(r, ["true", 0, 1, "false"]);
    case "timestamp":
      if (s.format === "epoch-seconds") return pick(r, ["1700000000", "2024-05-14T09:21:03Z", true]);
      return pick(r, [
        "2024-05-14T09:21:03",
        "2024-13-14T09:21:03Z",
        "2023-02-29T09:21:03Z",
        "2024-02-29T24:00:00Z",
        "2024-05-14T23:59:60Z",
        "2024-05-14T23:59:60+01:00",
        "2024-05-14T22:59:60-01:00",
        "2024-05-14T09:21:03+24:00",
        "2024-05-14T09:21:03+05:60",
        "2024-05-14T09:21:03.Z",
        "2024-05-14\u202809:21:03Z",
        "2024-05-14TT09:21:03Z",
        "2024-5-14T09:21:03Z",
        "2024-05-14T09:21:03+0530",
        "2024-05-14T09:21:03+05:3",
        "2024-05-14T09:21:03z ",
        "２０２４-05-14T09:21:03Z",
        `${String(value)}x`,
      ]);
    case "blob": {
      const v = typeof value === "string" ? value : "";
      return pick(r, [`${v}A`, `${v}*==`, "YQ", "YQ=", "=AAA", "AA=A", "A===", "YW Jj", "YWJj\n"]);
    }
    case "list": {
      const v = Array.isArray(value) ? value : [];
      const options: (() => unknown)[] = [
        () => {
          const c = [...v, undefined];
          delete c[c.length - 1];
          return c.length ? c : [undefined];
        },
        () => ({ 0: v[0], length: v.length }),
      ];
      if (s.length?.min !== undefined && s.length.min > 0) options.push(() => v.slice(0, s.length!.min! - 1));
      if (s.length?.max !== undefined && v.length) options.push(() => [...v, ...Array.from({ length: s.length!.max! + 1 - v.length }, () => v[0])]);
      return pick(r, options)();
    }
    case "map": {
      const o = value !== null && typeof value === "object" && !Array.isArray(value) ? copyObject(value as Record<string, unknown>) : {};
      const keys = Object.keys(o);
      const options: (() => unknown)[] = [
        () => {
          set(o, pick(r, ["", "UPPER", "__proto__", "constructor", "a".repeat(70), "😀😀", "a b", "~/"]), keys.length ? o[keys[0]] : "x");
          return o;
        },
        () => [o],
      ];
      if (s.length?.max !== undefined && keys.length) {
        options.push(() => {
          for (let i = 0; o && Object.keys(o).length <= s.length!.max!; i++) set(o, `${keys[0]}${"_".repeat(i + 1)}`, o[keys[0]]);
          return o;
        });
      }
      if (s.length?.min !== undefined && s.length.min > 0) options.push(() => ({}));
      return pick(r, options)();
    }
    case "structure": {
      const o = value !== null && typeof value === "object" && !Array.isArray(value) ? copyObject(value as Record<string, unknown>) : newObject(needsNullPrototype(service, s));
      const required = s.members.filter((m) => m.required);
      const checked = s.members.filter((m) => m.name !== "__proto__");
      const options: (() => unknown)[] = [
        () => {
          const declared = new Set(s.members.map((m) => m.name));
          const names = ["Unknown", "__proto__", "constructor", "toString", "a/b~c", ""].filter((n) => !declared.has(n) || n !== "__proto__");
          set(o, pick(r, names), pick(r, ["x", 1, undefined, null]));
          return o;
        },
        () => {
          if (checked.length) set(o, pick(r, checked).name, undefined);
          return o;
        },
        () => {
          if (checked.length) set(o, pick(r, checked).name, null);
          return o;
        },
        () => [o],
      ];
      if (required.length) {
        options.push(() => {
          delete o[pick(r, required).name];
          return o;
        });
      }
      return pick(r, options)();
    }
  }
}

export { codePoints };
