const maxDepth = 1e3;
const maxViolations = 1e3;
const surrogatePair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;
function codePointLength(s) {
  if (!surrogatePair.test(s)) return s.length;
  const n = s.length;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < n) {
      const next = s.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) i++;
    }
    count++;
  }
  return count;
}
function isPlainObject(v) {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null && !Array.isArray(v);
}
function keyCount(o) {
  let n = 0;
  for (const _ in o) n++;
  return n;
}
function onlyKnownKeys(o, known) {
  for (const k in o) if (!known.has(k)) return false;
  return true;
}
const hasOwnProperty = Object.prototype.hasOwnProperty;
function ownValue(o, key) {
  return hasOwnProperty.call(o, key) ? o[key] : void 0;
}
const daysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isSpace(c) {
  return c >= 9 && c <= 13 || c === 32 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function twoDigits(s, i) {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
function isDateTime(s) {
  const n = s.length;
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
  if (hour < 0 || s.charCodeAt(13) !== 58 || minute < 0 || s.charCodeAt(16) !== 58 || secInt < 0)
    return false;
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
  if (hour <= 23 && minute <= 59 && secInt < 60) return true;
  if (secInt > 60) return false;
  const utcMinute = minute - tzMinute * sign;
  const utcHour = hour - tzHour * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1);
}
function isBase64Char(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 43 || c === 47;
}
function isBase64(s) {
  const n = s.length;
  if (n % 4 !== 0) return false;
  let end = n;
  if (n > 0 && s.charCodeAt(n - 1) === 61) end = s.charCodeAt(n - 2) === 61 ? n - 2 : n - 1;
  for (let i = 0; i < end; i++) if (!isBase64Char(s.charCodeAt(i))) return false;
  return true;
}
function pointerToken(key) {
  return key.indexOf("~") < 0 && key.indexOf("/") < 0 ? key : key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object")
    return isPlainObject(v) ? "an object" : "a non-plain object (only JSON-like data is accepted)";
  if (typeof v === "number") return Number.isFinite(v) ? "a number" : `${v}`;
  if (v === void 0) return "undefined";
  return `a ${typeof v}`;
}
const article = { integer: "an", object: "an", array: "an" };
function reportType(out, path, type, value) {
  const expected = type === "number" ? "a finite number" : `${article[type] ?? "a"} ${type}`;
  out.push({
    path,
    keyword: "type",
    params: { type },
    message: `must be ${expected}, not ${describe(value)}`
  });
}
function reportInteger(out, path) {
  out.push({ path, keyword: "integer", params: {}, message: "must be a whole number" });
}
function reportRequired(out, path, member) {
  out.push({
    path,
    keyword: "required",
    params: { missingProperty: member },
    message: `required member ${JSON.stringify(member)} is missing`
  });
}
function reportUnknownMembers(out, path, o, known) {
  for (const k in o) {
    if (out.length >= maxViolations) return;
    if (known.has(k)) continue;
    out.push({
      path: `${path}/${pointerToken(k)}`,
      keyword: "additionalProperties",
      params: { additionalProperty: k },
      message: `${JSON.stringify(k)} is not a member of this structure`
    });
  }
}
const limitWords = {
  minLength: ["at least", "character"],
  maxLength: ["at most", "character"],
  minItems: ["at least", "item"],
  maxItems: ["at most", "item"],
  minProperties: ["at least", "entry"],
  maxProperties: ["at most", "entry"]
};
function reportCount(out, path, keyword, limit) {
  const [bound, noun] = limitWords[keyword] ?? ["", ""];
  const plural = limit === 1 ? noun : noun === "entry" ? "entries" : `${noun}s`;
  out.push({ path, keyword, params: { limit }, message: `must have ${bound} ${limit} ${plural}` });
}
function reportRange(out, path, keyword, limit) {
  out.push({
    path,
    keyword,
    params: { limit },
    message: `must be ${keyword === "minimum" ? "at least" : "at most"} ${limit}`
  });
}
function reportPattern(out, path, pattern) {
  out.push({
    path,
    keyword: "pattern",
    params: { pattern },
    message: `must match the pattern ${pattern}`
  });
}
function reportEnum(out, path, allowedValues) {
  const shown = allowedValues.slice(0, 12).map((v) => JSON.stringify(v));
  if (allowedValues.length > 12) shown.push(`\u2026 (${allowedValues.length - 12} more)`);
  out.push({
    path,
    keyword: "enum",
    params: { allowedValues },
    message: `must be one of ${shown.join(", ")}`
  });
}
function reportDateTime(out, path) {
  out.push({
    path,
    keyword: "format",
    params: { format: "date-time" },
    message: "must be an RFC 3339 date-time such as 2024-05-14T09:21:03Z"
  });
}
function reportBase64(out, path) {
  out.push({
    path,
    keyword: "contentEncoding",
    params: { contentEncoding: "base64" },
    message: "must be padded base64 (RFC 4648)"
  });
}
function reportDepth(out, path) {
  out.push({
    path,
    keyword: "maxDepth",
    params: { limit: maxDepth },
    message: `is nested more than ${maxDepth} levels deep`
  });
}
function reportKey(out, key, found) {
  for (const v of found) {
    out.push({
      ...v,
      params: { ...v.params, propertyName: key },
      message: `key ${JSON.stringify(key)} ${v.message}`
    });
  }
}
const integerText = /^[+-]?\d+$/;
const numberText = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
function coerceText(kind, text) {
  switch (kind) {
    case "integer":
    case "number":
      return (kind === "integer" ? integerText : numberText).test(text) ? Number(text) : text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    case "json":
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
  }
}
function define(o, key, value) {
  if (key === "__proto__")
    Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  else o[key] = value;
}
function coerceRpcParams(params, plan) {
  const out = {};
  for (const key of Object.keys(params)) {
    const text = params[key];
    const kind = hasOwnProperty.call(plan.kinds, key) ? plan.kinds[key] : void 0;
    define(
      out,
      key,
      kind !== void 0 && typeof text === "string" ? coerceText(kind, text) : text
    );
  }
  for (const key of Object.keys(plan.defaults)) {
    if (!hasOwnProperty.call(out, key)) define(out, key, JSON.parse(plan.defaults[key]));
  }
  return out;
}
export {
  codePointLength,
  coerceRpcParams,
  coerceText,
  isBase64,
  isDateTime,
  isPlainObject,
  keyCount,
  maxDepth,
  maxViolations,
  onlyKnownKeys,
  ownValue,
  pointerToken,
  reportBase64,
  reportCount,
  reportDateTime,
  reportDepth,
  reportEnum,
  reportInteger,
  reportKey,
  reportPattern,
  reportRange,
  reportRequired,
  reportType,
  reportUnknownMembers
};
