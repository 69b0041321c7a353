// Spec patterns are ECMAScript regular expressions. Some official AWS patterns are only valid
// without the `u` flag (e.g. escaped characters that `u` forbids), so those keep legacy semantics.
import type { Pattern } from "./types.ts";

export function compilePattern(source: string): Pattern | { error: string } {
  try {
    new RegExp(source, "u");
    return { source, flags: "u" };
  } catch {
    try {
      new RegExp(source);
      return { source, flags: "" };
    } catch (e) {
      return { error: (e as Error).message.replace(/^Invalid regular expression: /, "") };
    }
  }
}

export function toRegExp(p: Pattern): RegExp {
  return new RegExp(p.source, p.flags);
}
