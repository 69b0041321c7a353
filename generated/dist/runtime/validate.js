/** Objects and arrays nested deeper than this are refused (a `maxDepth` violation) instead of recursing:
* only recursive shapes can nest this deep, and a hostile payload must not exhaust the stack. */
export const maxDepth = 1e3;
/** The detailed path stops collecting after this many violations, so a hostile payload (a sparse array of
* length 2**32 - 1, an object with a million unknown keys) cannot make it allocate without bound. */
export const maxViolations = 1e3;
const surrogatePair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;
/** String length in Unicode code points: a surrogate pair counts once, a lone surrogate counts once. */
export function codePointLength(s) {
	// Most strings have no surrogate pair, and the regex engine rules that out without a per-character
	// loop (a Latin-1 string cannot contain one at all): then .length is the answer. Otherwise the
	// string iterator walks code points (lone surrogates included, one each).
	if (!surrogatePair.test(s)) return s.length;
	let count = 0;
	for (const _ of s) count++;
	return count;
}
/** A JSON-like object: its prototype is Object.prototype (of any realm) or null. Dates, Maps, class
* instances and arrays are not, so they never pass as structures or maps. */
export function isPlainObject(v) {
	const proto = Object.getPrototypeOf(v);
	return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null && !Array.isArray(v);
}
/** Enumerable keys of a plain object, counted without allocating. */
export function keyCount(o) {
	let n = 0;
	for (const _ in o) n++;
	return n;
}
/** True when every enumerable key is one of `known`: the exact check behind the counting fast path. */
export function onlyKnownKeys(o, known) {
	for (const k in o) if (!known.has(k)) return false;
	return true;
}
const hasOwnProperty = Object.prototype.hasOwnProperty;
/** An own member's value; used for member names that Object.prototype also has (constructor, toString…),
* which a plain property read would find on the prototype. */
export function ownValue(o, key) {
	return hasOwnProperty.call(o, key) ? o[key] : undefined;
}
const daysInMonth = [
	0,
	31,
	28,
	31,
	30,
	31,
	30,
	31,
	31,
	30,
	31,
	30,
	31
];
/** An ECMAScript `\s` character (WhiteSpace or LineTerminator). */
function isSpace(c) {
	return c >= 9 && c <= 13 || c === 32 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
/** Two ASCII digits at `i` as a number, or -1. */
function twoDigits(s, i) {
	const a = s.charCodeAt(i) - 48;
	const b = s.charCodeAt(i + 1) - 48;
	return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
/**
* RFC 3339 date-time, accepting exactly what ajv-formats' `date-time` format accepts (full mode, time zone
* required), so a generated validator and the exported JSON Schema agree: `YYYY-MM-DD`, a separator that
* is `T`, `t` or any whitespace, `hh:mm:ss` with an optional fraction, then `Z`/`z` or `±hh`, `±hhmm`,
* `±hh:mm`. Days are checked against the month and leap years. A seconds value of 60 is a leap second
* only when the time, moved to UTC by the offset, is 23:59; hours and minutes out of range are accepted in
* that case too, as ajv-formats does. Parsed by hand: no regex, no allocation.
*/
export function isDateTime(s) {
	const n = s.length;
	// Shortest form: 2024-01-01T00:00:00Z (20 characters).
	if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
	const y1 = twoDigits(s, 0);
	const y2 = twoDigits(s, 2);
	const month = twoDigits(s, 5);
	const day = twoDigits(s, 8);
	if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1) return false;
	const year = y1 * 100 + y2;
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	if (day > (month === 2 && leap ? 29 : daysInMonth[month])) return false;
	const sep = s.charCodeAt(10);
	if (sep !== 84 && sep !== 116 && !isSpace(sep)) return false;
	const hour = twoDigits(s, 11);
	const minute = twoDigits(s, 14);
	const secInt = twoDigits(s, 17);
	if (hour < 0 || s.charCodeAt(13) !== 58 || minute < 0 || s.charCodeAt(16) !== 58 || secInt < 0) return false;
	let i = 19;
	if (s.charCodeAt(i) === 46) {
		const start = ++i;
		while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
		if (i === start) return false;
	}
	if (i >= n) return false;
	const z = s.charCodeAt(i);
	let sign = 1;
	let tzHour = 0;
	let tzMinute = 0;
	if (z === 90 || z === 122) {
		if (i + 1 !== n) return false;
	} else if (z === 43 || z === 45) {
		sign = z === 45 ? -1 : 1;
		tzHour = twoDigits(s, i + 1);
		if (tzHour < 0) return false;
		const rest = n - (i + 3);
		if (rest === 2) tzMinute = twoDigits(s, i + 3);
		else if (rest === 3 && s.charCodeAt(i + 3) === 58) tzMinute = twoDigits(s, i + 4);
		else if (rest !== 0) return false;
		if (tzMinute < 0 || tzHour > 23 || tzMinute > 59) return false;
	} else return false;
	// The fraction never matters: ss.fff is below 60 exactly when ss is, and below 61 when ss is at most 60.
	if (hour <= 23 && minute <= 59 && secInt < 60) return true;
	if (secInt > 60) return false;
	const utcMinute = minute - tzMinute * sign;
	const utcHour = hour - tzHour * sign - (utcMinute < 0 ? 1 : 0);
	return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1);
}
function isBase64Char(c) {
	return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 43 || c === 47;
}
/** Padded base64 (RFC 4648 section 4), exactly the exported schema's pattern: groups of four alphabet
* characters, the last group optionally `xx==` or `xxx=`. */
export function isBase64(s) {
	const n = s.length;
	if (n % 4 !== 0) return false;
	let end = n;
	if (n > 0 && s.charCodeAt(n - 1) === 61) end = s.charCodeAt(n - 2) === 61 ? n - 2 : n - 1;
	for (let i = 0; i < end; i++) if (!isBase64Char(s.charCodeAt(i))) return false;
	return true;
}
/** A member name or map key as one JSON Pointer segment. */
export function pointerToken(key) {
	return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
// Reporting: the detailed path of a generated validator calls these, so wording lives in one place.
// Messages never repeat the offending value: it may be secret, and it may be huge.
function describe(v) {
	return v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? isPlainObject(v) ? "an object" : "a non-plain object (only JSON-like data is accepted)" : typeof v === "number" && !Number.isFinite(v) ? `${v}` : v === undefined ? "undefined" : `a ${typeof v}`;
}
/** Every reporter ends here: one place builds a violation, so each reporter costs only its wording. */
function report(out, path, keyword, params, message) {
	out.push({
		path,
		keyword,
		params,
		message
	});
}
export function reportType(out, path, type, value) {
	const expected = type === "number" ? "a finite number" : `${/^[aio]/.test(type) ? "an" : "a"} ${type}`;
	report(out, path, "type", { type }, `must be ${expected}, not ${describe(value)}`);
}
export function reportInteger(out, path) {
	report(out, path, "integer", {}, "must be a whole number");
}
export function reportRequired(out, path, member) {
	report(out, path, "required", { missingProperty: member }, `required member ${JSON.stringify(member)} is missing`);
}
export function reportUnknownMembers(out, path, o, known) {
	for (const k in o) {
		if (out.length >= maxViolations) return;
		if (!known.has(k)) report(out, `${path}/${pointerToken(k)}`, "additionalProperties", { additionalProperty: k }, `${JSON.stringify(k)} is not a member of this structure`);
	}
}
/** minLength/maxLength (code points), minItems/maxItems, minProperties/maxProperties. */
export function reportCount(out, path, keyword, limit) {
	// The noun from the keyword's end: …Length counts characters, …Items items, …Properties entries.
	const one = limit === 1;
	const noun = keyword.endsWith("Length") ? `character${one ? "" : "s"}` : keyword.endsWith("Items") ? `item${one ? "" : "s"}` : one ? "entry" : "entries";
	report(out, path, keyword, { limit }, `must have ${keyword.startsWith("min") ? "at least" : "at most"} ${limit} ${noun}`);
}
export function reportRange(out, path, keyword, limit) {
	report(out, path, keyword, { limit }, `must be ${keyword === "minimum" ? "at least" : "at most"} ${limit}`);
}
export function reportPattern(out, path, pattern) {
	report(out, path, "pattern", { pattern }, `must match the pattern ${pattern}`);
}
export function reportEnum(out, path, allowedValues) {
	const shown = allowedValues.slice(0, 12).map((v) => JSON.stringify(v));
	if (allowedValues.length > 12) shown.push(`… (${allowedValues.length - 12} more)`);
	report(out, path, "enum", { allowedValues }, `must be one of ${shown.join(", ")}`);
}
export function reportDateTime(out, path) {
	report(out, path, "format", { format: "date-time" }, "must be an RFC 3339 date-time such as 2024-05-14T09:21:03Z");
}
export function reportBase64(out, path) {
	report(out, path, "contentEncoding", { contentEncoding: "base64" }, "must be padded base64 (RFC 4648)");
}
export function reportDepth(out, path) {
	report(out, path, "maxDepth", { limit: maxDepth }, `is nested more than ${maxDepth} levels deep`);
}
/** Moves violations found on a map key into `out`, marked with the key (`params.propertyName`). */
export function reportKey(out, key, found) {
	for (const v of found) {
		out.push({
			...v,
			params: {
				...v.params,
				propertyName: key
			},
			message: `key ${JSON.stringify(key)} ${v.message}`
		});
	}
}
const integerText = /^[+-]?\d+$/;
const numberText = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Converts one parameter's text, or returns it unchanged when it does not parse, so that validation
* reports a type error at that member instead of the value being silently dropped. */
export function coerceText(kind, text) {
	switch (kind) {
		case "integer":
		case "number": return (kind === "integer" ? integerText : numberText).test(text) ? Number(text) : text;
		case "boolean": return text === "true" ? true : text === "false" ? false : text;
		case "json": try {
			return JSON.parse(text);
		} catch {
			return text;
		}
	}
}
function define(o, key, value) {
	// `__proto__` from a query string must become a member, never the object's prototype.
	if (key === "__proto__") Object.defineProperty(o, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});
	else o[key] = value;
}
/** Applies a coercion plan to string parameters: converts typed members, fills absent members with
* their spec defaults and copies everything else unchanged. The input is not modified. */
export function coerceRpcParams(params, plan) {
	const out = {};
	for (const key of Object.keys(params)) {
		const text = params[key];
		const kind = hasOwnProperty.call(plan.kinds, key) ? plan.kinds[key] : undefined;
		define(out, key, kind !== undefined && typeof text === "string" ? coerceText(kind, text) : text);
	}
	for (const key of Object.keys(plan.defaults)) {
		if (!hasOwnProperty.call(out, key)) define(out, key, JSON.parse(plan.defaults[key]));
	}
	return out;
}
