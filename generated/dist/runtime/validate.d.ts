/** One broken constraint. `path` is a JSON Pointer (RFC 6901) to the offending value, "" for the root;
 * for `required` it points where the missing member belongs, for `additionalProperties` at the unknown member. */
export interface Violation {
  path: string;
  /** The constraint, named as in JSON Schema: required, type, minLength, maxLength, pattern, enum, minimum,
   * maximum, minItems, maxItems, minProperties, maxProperties, additionalProperties, format,
   * contentEncoding, integer, maxDepth. */
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}
export interface ValidateOptions {
  /** Members a structure does not declare: "reject" (the default) or "accept" (forward compatibility
   * for outputs, since services add fields). */
  unknownMembers?: "reject" | "accept";
}
/** Objects and arrays nested deeper than this are refused (a `maxDepth` violation) instead of recursing:
 * only recursive shapes can nest this deep, and a hostile payload must not exhaust the stack. */
export declare const maxDepth = 1e3;
/** The detailed path stops collecting after this many violations, so a hostile payload (a sparse array of
 * length 2**32 - 1, an object with a million unknown keys) cannot make it allocate without bound. */
export declare const maxViolations = 1e3;
/** String length in Unicode code points: a surrogate pair counts once, a lone surrogate counts once. */
export declare function codePointLength(s: string): number;
/** A JSON-like object: its prototype is Object.prototype (of any realm) or null. Dates, Maps, class
 * instances and arrays are not, so they never pass as structures or maps. */
export declare function isPlainObject(v: object): boolean;
/** Enumerable keys of a plain object, counted without allocating. */
export declare function keyCount(o: object): number;
/** True when every enumerable key is one of `known`: the exact check behind the counting fast path. */
export declare function onlyKnownKeys(o: object, known: ReadonlySet<string>): boolean;
/** An own member's value; used for member names that Object.prototype also has (constructor, toString…),
 * which a plain property read would find on the prototype. */
export declare function ownValue(o: object, key: string): unknown;
/**
 * RFC 3339 date-time, accepting exactly what ajv-formats' `date-time` format accepts (full mode, time zone
 * required), so a generated validator and the exported JSON Schema agree: `YYYY-MM-DD`, a separator that
 * is `T`, `t` or any whitespace, `hh:mm:ss` with an optional fraction, then `Z`/`z` or `±hh`, `±hhmm`,
 * `±hh:mm`. Days are checked against the month and leap years. A seconds value of 60 is a leap second
 * only when the time, moved to UTC by the offset, is 23:59; hours and minutes out of range are accepted in
 * that case too, as ajv-formats does. Parsed by hand: no regex, no allocation.
 */
export declare function isDateTime(s: string): boolean;
/** Padded base64 (RFC 4648 section 4), exactly the exported schema's pattern: groups of four alphabet
 * characters, the last group optionally `xx==` or `xxx=`. */
export declare function isBase64(s: string): boolean;
/** A member name or map key as one JSON Pointer segment. */
export declare function pointerToken(key: string): string;
export declare function reportType(
  out: Violation[],
  path: string,
  type: string,
  value: unknown,
): void;
export declare function reportInteger(out: Violation[], path: string): void;
export declare function reportRequired(out: Violation[], path: string, member: string): void;
export declare function reportUnknownMembers(
  out: Violation[],
  path: string,
  o: object,
  known: ReadonlySet<string>,
): void;
/** minLength/maxLength (code points), minItems/maxItems, minProperties/maxProperties. */
export declare function reportCount(
  out: Violation[],
  path: string,
  keyword: string,
  limit: number,
): void;
export declare function reportRange(
  out: Violation[],
  path: string,
  keyword: "minimum" | "maximum",
  limit: number,
): void;
export declare function reportPattern(out: Violation[], path: string, pattern: string): void;
export declare function reportEnum(
  out: Violation[],
  path: string,
  allowedValues: readonly string[],
): void;
export declare function reportDateTime(out: Violation[], path: string): void;
export declare function reportBase64(out: Violation[], path: string): void;
export declare function reportDepth(out: Violation[], path: string): void;
/** Moves violations found on a map key into `out`, marked with the key (`params.propertyName`). */
export declare function reportKey(out: Violation[], key: string, found: readonly Violation[]): void;
/** What a member's text becomes: integer and long, double, timestamp in epoch seconds → number;
 * boolean → true/false; list, map or structure → the JSON value it encodes. */
export type CoercionKind = "integer" | "number" | "boolean" | "json";
export interface CoercionPlan {
  /** Members whose text is converted; every other parameter is copied as it came. */
  kinds: Readonly<Record<string, CoercionKind>>;
  /** Spec defaults of members, as JSON text (parsed per call, so callers may mutate the result). */
  defaults: Readonly<Record<string, string>>;
}
/** Converts one parameter's text, or returns it unchanged when it does not parse, so that validation
 * reports a type error at that member instead of the value being silently dropped. */
export declare function coerceText(kind: CoercionKind, text: string): unknown;
/** Applies a coercion plan to string parameters: converts typed members, fills absent members with
 * their spec defaults and copies everything else unchanged. The input is not modified. */
export declare function coerceRpcParams(
  params: Readonly<Record<string, string>>,
  plan: CoercionPlan,
): Record<string, unknown>;
