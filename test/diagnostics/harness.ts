// Runs one broken-spec case the way a user would: a copy of the case in a temporary folder, a
// `generated/` folder that already holds files, and the CLI's `generate` on it.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../generator/cli.ts";

export const brokenRoot = fileURLToPath(new URL("../fixtures/broken/", import.meta.url));

export function caseNames(): string[] {
  return readdirSync(brokenRoot)
    .filter((name) => statSync(path.join(brokenRoot, name)).isDirectory())
    .sort();
}

export function expectedLines(name: string): string[] {
  return readFileSync(path.join(brokenRoot, name, "expected.txt"), "utf8").split("\n").filter((l) => l !== "");
}

/** A temporary copy of a case with a `generated/` folder that must survive the failed run. */
export function stageCase(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `opspec-broken-${name}-`));
  cpSync(path.join(brokenRoot, name, "specs"), path.join(dir, "specs"), { recursive: true });
  mkdirSync(path.join(dir, "generated", "src"), { recursive: true });
  writeFileSync(path.join(dir, "generated", "SENTINEL.txt"), `output of an earlier run of ${name}\n`);
  writeFileSync(path.join(dir, "generated", "src", "index.ts"), "export const earlier = 1;\n");
  return dir;
}

/** Every file below `dir` with its bytes, so "unchanged" means byte for byte. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (rel: string): void => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out.set(child, readFileSync(path.join(dir, child)));
    }
  };
  walk("");
  return out;
}

export interface PrintedDiagnostic {
  /** `file:line:col: error: message`, with the file relative to the case folder. */
  head: string;
  file: string;
  line: number;
  col: number;
  /** The code frame printed under the head. */
  frame: string[];
}

export interface CaseRun {
  exitCode: number;
  diagnostics: PrintedDiagnostic[];
  /** Everything written to stderr and stdout, for failure messages. */
  output: string[];
  dir: string;
  /** `generated/` as it was before the run. */
  generatedBefore: Map<string, Buffer>;
}

const headRe = /^(.+?):(\d+):(\d+): (error|warning): /;

/** Runs `opspec generate` in-process on a staged copy of the case. */
export async function runCase(name: string): Promise<CaseRun> {
  const dir = stageCase(name);
  const generatedBefore = snapshot(path.join(dir, "generated"));
  const output: string[] = [];
  const exitCode = await main(["generate", "--specs", path.join(dir, "specs"), "--out", path.join(dir, "generated")], {
    out: (s) => output.push(s),
    err: (s) => output.push(s),
  });
  // The CLI prints spec paths relative to the working directory; the corpus writes them relative to the case.
  const prefix = `${path.relative(process.cwd(), dir).split(path.sep).join("/")}/`;
  const diagnostics: PrintedDiagnostic[] = [];
  for (const chunk of output) {
    const [first, ...frame] = chunk.replace(/\n$/, "").split("\n");
    if (!headRe.test(first)) continue;
    const head = first.split(path.sep).join("/").replace(prefix, "");
    const [, file, line, col] = headRe.exec(head)!;
    diagnostics.push({ head, file, line: Number(line), col: Number(col), frame });
  }
  return { exitCode, diagnostics, output, dir, generatedBefore };
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Checks that a code frame marks `line` with `>` and that its caret sits under the character at
 * `line:col` of `source` (the file's text). Returns a description of what is wrong, or undefined.
 */
export function frameProblem(d: PrintedDiagnostic, source: string): string | undefined {
  const marked = d.frame.findIndex((l) => /^> +\d+ \| /.test(l));
  if (marked < 0) return "no line marked with '>'";
  const lineNo = Number(/^> +(\d+) \| /.exec(d.frame[marked])![1]);
  if (lineNo !== d.line) return `frame marks line ${lineNo}, diagnostic says ${d.line}`;
  const caretLine = d.frame[marked + 1];
  if (!caretLine || !caretLine.trimEnd().endsWith("^")) return "no caret under the marked line";
  const bar = d.frame[marked].indexOf(" | ") + 3;
  const shown = d.frame[marked].slice(bar);
  const underCaret = shown[caretLine.indexOf("^") - bar] ?? "";
  const actual = (source.replace(/^\uFEFF/, "").split(/\r?\n/)[d.line - 1] ?? "")[d.col - 1] ?? "";
  if (underCaret !== actual) return `caret is under ${JSON.stringify(underCaret)}, but ${d.line}:${d.col} holds ${JSON.stringify(actual)}`;
  return undefined;
}
