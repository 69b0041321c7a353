// Guards that run on raw spec bytes and text before the YAML parser sees them: the parser's cost
// grows with nesting depth (a 4 MB file of `[` takes tens of seconds and gigabytes), and invalid
// UTF-8 must be reported where it sits rather than silently replaced.

export interface TextPosition {
  line: number; // 1-based
  col: number; // 1-based, in UTF-16 code units as the rest of the diagnostics count
}

/** Line and column of a string offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

/** Index of the first byte that does not begin a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const extra = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0 || i + extra >= bytes.length) return i;
    const b1 = bytes[i + 1];
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are ill-formed (RFC 3629).
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    for (let k = 1; k <= extra; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return -1;
}

export type Decoded = { text: string } | { error: string; at: TextPosition; text: string };

/** Strict UTF-8 decoding; a leading byte-order mark is dropped so columns on line 1 match what editors show. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const lenient = new TextDecoder("utf-8");
    const before = lenient.decode(bytes.subarray(0, bad));
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, "0");
    return {
      error: `this file is not valid UTF-8 (byte 0x${hex} cannot start or continue a character here); save it as UTF-8`,
      at: positionAt(before, before.length),
      text: lenient.decode(bytes),
    };
  }
}

/**
 * A fast over-estimate of YAML/JSON nesting: block indentation levels, `- ` and `? ` indicators,
 * and flow brackets outside quotes, comments and block scalars. Returns the offset where the
 * estimate first exceeds `limit`, or -1. It errs towards counting more, never towards missing
 * pathological input, and only has to be exact enough to keep real specs well below the limit.
 */
export function nestingOverflow(text: string, limit: number): number {
  const n = text.length;
  const indents: number[] = [];
  let flow = 0;
  let blockScalar = -1; // indentation a block scalar's lines must exceed while we skip them
  let prev = "\n"; // the last significant character: tells a flow opener from text in a plain scalar
  const opener = (c: string): boolean => c === "\n" || c === ":" || c === "-" || c === "," || c === "[" || c === "{" || c === "?";
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && text.charCodeAt(j) === 32) j++;
    const indent = j - i;
    let end = text.indexOf("\n", j);
    if (end < 0) end = n;
    const first = text[j];
    const blank = j >= end || first === "\r" || first === "#";
    if (blockScalar >= 0) {
      if (blank || indent > blockScalar) {
        i = end + 1;
        continue;
      }
      blockScalar = -1;
    }
    if (blank) {
      i = end + 1;
      continue;
    }
    let k = j;
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1] < indent) indents.push(indent);
      let compact = 0; // "- - - x" nests without new lines
      while ((text[k] === "-" || text[k] === "?") && (k + 1 >= end || text[k + 1] === " " || text[k + 1] === "\r")) {
        compact++;
        k++;
        while (text[k] === " ") k++;
      }
      if (indents.length + compact > limit) return j;
      prev = "\n";
    }
    for (; k < end; k++) {
      const c = text[k];
      if (c === "#" && (k === j || text[k - 1] === " " || text[k - 1] === "\t")) break;
      if ((c === '"' || c === "'") && opener(prev)) {
        const close = closingQuote(text, k);
        if (close < 0) return -1; // unterminated: the parser reports it
        k = close;
        prev = c;
        if (close > end) {
          end = text.indexOf("\n", close);
          if (end < 0) end = n;
        }
        continue;
      }
      if (c === "[" || c === "{") {
        if (flow > 0 || opener(prev)) {
          flow++;
          if (indents.length + flow > limit) return k;
        }
      } else if (c === "]" || c === "}") {
        if (flow > 0) flow--;
      } else if ((c === "|" || c === ">") && flow === 0 && opener(prev)) {
        blockScalar = indent;
        break;
      }
      if (c !== " " && c !== "\t" && c !== "\r") prev = c;
    }
    i = end + 1;
  }
  return -1;
}

function closingQuote(text: string, start: number): number {
  const q = text[start];
  let k = start + 1;
  for (;;) {
    const at = text.indexOf(q, k);
    if (at < 0) return -1;
    if (q === "'") {
      if (text[at + 1] === "'") {
        k = at + 2; // '' is an escaped quote
        continue;
      }
      return at;
    }
    let slashes = 0;
    for (let b = at - 1; b > start && text[b] === "\\"; b--) slashes++;
    if (slashes % 2 === 0) return at;
    k = at + 1;
  }
}
