// Diagnostics: one shape for every problem any stage finds, printed as file:line:col with a code frame.
import type { SourceRef } from "../model/types.ts";

export type Severity = "error" | "warning";

export interface Diagnostic extends SourceRef {
  severity: Severity;
  /** A stable machine code, e.g. "unknown-key", "dangling-ref". */
  code: string;
  message: string;
}

export function diag(at: SourceRef, code: string, message: string, severity: Severity = "error"): Diagnostic {
  return { file: at.file, line: at.line, col: at.col, severity, code, message };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Stable order: by file, line, column, then message, so output never depends on check order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      cmp(a.file, b.file) || a.line - b.line || a.col - b.col || cmp(a.code, b.code) || cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `file:line:col: error: message` followed by the offending line and a caret.
 * `sources` maps a spec file (as in the diagnostic) to its text; without it no frame is shown.
 */
export function formatDiagnostic(d: Diagnostic, sources?: ReadonlyMap<string, string>, displayPath?: string): string {
  const head = `${displayPath ?? d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
  const text = sources?.get(d.file);
  if (text === undefined) return head;
  return `${head}\n${codeFrame(text, d.line, d.col)}`;
}

export function codeFrame(text: string, line: number, col: number, context = 1): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  // Long lines are cut so a minified JSON spec cannot flood the terminal; past the cut, every line
  // shows the same window around the column so the caret still sits under the offending text.
  const shown = 200;
  const start = col > shown ? col - 1 - shown / 2 : 0;
  const lead = start > 0 ? "…" : "";
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? ">" : " ";
    const text = lines[n - 1] ?? "";
    const body = start > 0 && text.length > start ? `${lead}${text.slice(start, start + shown)}` : text.slice(0, shown);
    out.push(`${marker} ${String(n).padStart(width)} | ${body}`);
    if (n === line) out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, col - 1 - start + lead.length))}^`);
  }
  return out.join("\n");
}
