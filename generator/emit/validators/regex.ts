// A spec pattern as the validators run it. `RegExp.prototype.test` cannot observe capture groups except
// through backreferences, yet the engine records every capture of every match: turning the groups no
// backreference names into non-capturing ones (and renumbering the backreferences) keeps the language
// and makes matching several times cheaper for patterns such as AWS's ISO 8601 one (22 groups, 2 used).
import type { Pattern } from "../../model/types.ts";

interface Scan {
  /** Source offset of every capturing group's "(". */
  groups: number[];
  /** Decimal escapes outside classes: where the escape starts, its text length and its number. */
  decimals: { at: number; length: number; n: number }[];
  /** Named groups can be referenced by name; such patterns are left as they are. */
  named: boolean;
}

function scan(source: string): Scan {
  const out: Scan = { groups: [], decimals: [], named: false };
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      if (!inClass && /[1-9]/.test(source[i + 1] ?? "")) {
        const digits = /^\d+/.exec(source.slice(i + 1))![0];
        out.decimals.push({ at: i, length: digits.length + 1, n: Number(digits) });
        i += digits.length;
      } else i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(") {
      if (source[i + 1] !== "?") out.groups.push(i);
      else if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") out.named = true;
    }
  }
  return out;
}

/** The pattern's source with unreferenced capture groups made non-capturing; the source unchanged
 * when that is not certainly equivalent (named groups) or does not compile. */
export function testOnlySource(pattern: Pattern): string {
  const { source, flags } = pattern;
  const s = scan(source);
  if (s.named || s.groups.length === 0) return source;
  // A decimal escape is a backreference only when its number names an existing group (without the u flag
  // a larger number is a legacy octal or identity escape, and stays one with fewer groups).
  const backrefs = s.decimals.filter((d) => d.n <= s.groups.length);
  const kept = [...new Set(backrefs.map((d) => d.n))].sort((a, b) => a - b);
  const renumber = new Map(kept.map((n, i) => [n, i + 1]));
  const edits = [
    ...s.groups.map((at, i) => ({ at, length: 1, text: renumber.has(i + 1) ? "(" : "(?:" })),
    ...backrefs.map((d) => ({ at: d.at, length: d.length, text: `\\${renumber.get(d.n)}` })),
  ].sort((a, b) => a.at - b.at);
  let out = "";
  let last = 0;
  for (const e of edits) {
    out += source.slice(last, e.at) + e.text;
    last = e.at + e.length;
  }
  out += source.slice(last);
  try {
    new RegExp(out, flags);
  } catch {
    return source;
  }
  return out;
}
