// Load: find the spec files of every service and parse them into positioned documents.
// Nothing here interprets the content; it only guarantees each file parsed and knows where each node sits.
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { diag, type Diagnostic } from "../check/diagnostics.ts";
import type { SourceRef } from "../model/types.ts";

export type SpecKind = "service" | "operation";

export interface SpecDocument {
  /** Path relative to the specs root, POSIX separators. */
  file: string;
  kind: SpecKind;
  /** The service folder this file belongs to (first path segment). */
  folder: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  value: unknown;
}

export interface LoadLimits {
  maxFileBytes: number;
  maxDepth: number;
  maxAliases: number;
  maxFiles: number;
}

export const defaultLimits: LoadLimits = {
  maxFileBytes: 4 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
  maxFiles: 100_000,
};

export interface LoadResult {
  documents: SpecDocument[];
  diagnostics: Diagnostic[];
  /** Every file's text by relative path, for code frames. */
  sources: Map<string, string>;
}

const specExt = /\.(ya?ml|json)$/;

/** Lists spec files below `root` in a stable order, refusing anything that resolves outside it. */
export function findSpecFiles(root: string, limits: LoadLimits = defaultLimits): { files: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const realRoot = realpathSync(root);
  const at = (rel: string): SourceRef => ({ file: rel, line: 1, col: 1 });
  for (const folder of readdirSync(root).sort()) {
    const dir = path.join(root, folder);
    if (!statSync(dir).isDirectory()) continue;
    const candidates = readdirSync(dir)
      .filter((f) => specExt.test(f))
      .map((f) => `${folder}/${f}`);
    const opsDir = path.join(dir, "operations");
    if (existsDir(opsDir)) {
      for (const f of readdirSync(opsDir).sort()) if (specExt.test(f)) candidates.push(`${folder}/operations/${f}`);
    }
    for (const rel of candidates.sort()) {
      const real = realpathSync(path.join(root, rel));
      if (!real.startsWith(realRoot + path.sep)) {
        diagnostics.push(diag(at(rel), "path-escape", `this spec file resolves outside the specs folder (to ${real}); refusing to read it`));
        continue;
      }
      files.push(rel);
    }
  }
  if (files.length > limits.maxFiles) {
    diagnostics.push(diag(at(files[limits.maxFiles]), "too-many-files", `more than ${limits.maxFiles} spec files`));
    files.length = limits.maxFiles;
  }
  return { files, diagnostics };
}

function existsDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function kindOf(rel: string): SpecKind | undefined {
  const parts = rel.split("/");
  if (parts.length === 2 && /^service\.(ya?ml|json)$/.test(parts[1])) return "service";
  if (parts.length === 3 && parts[1] === "operations") return "operation";
  return undefined;
}

export function loadSpecs(root: string, limits: LoadLimits = defaultLimits): LoadResult {
  const { files, diagnostics } = findSpecFiles(root, limits);
  const documents: SpecDocument[] = [];
  const sources = new Map<string, string>();
  for (const rel of files) {
    const abs = path.join(root, rel);
    const size = statSync(abs).size;
    if (size > limits.maxFileBytes) {
      diagnostics.push(diag({ file: rel, line: 1, col: 1 }, "file-too-large", `spec file is ${size} bytes; the limit is ${limits.maxFileBytes}`));
      continue;
    }
    const text = readFileSync(abs, "utf8");
    sources.set(rel, text);
    const loaded = parseSpecText(rel, text, limits);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.document) documents.push(loaded.document);
  }
  return { documents, diagnostics, sources };
}

/** Parses one file's text; pure, so tests and the watcher can feed text directly. */
export function parseSpecText(
  rel: string,
  text: string,
  limits: LoadLimits = defaultLimits,
): { document?: SpecDocument; diagnostics: Diagnostic[] } {
  const kind = kindOf(rel);
  const start: SourceRef = { file: rel, line: 1, col: 1 };
  if (!kind) {
    return {
      diagnostics: [
        diag(start, "unexpected-file", "spec files are <service>/service.yaml or <service>/operations/<Operation>.yaml"),
      ],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const pos = (offset: number): SourceRef => {
    const p = lines.linePos(offset);
    return { file: rel, line: p.line, col: p.col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    diagnostics.push(diag(pos(e.pos[0]), yamlCode(e.code), yamlMessage(e.code, e.message)));
  }
  if (diagnostics.length > 0) return { diagnostics };
  const depth = nodeDepth(doc.contents, limits.maxDepth + 1);
  if (depth > limits.maxDepth) {
    return { diagnostics: [diag(start, "too-deep", `nesting deeper than ${limits.maxDepth} levels`)] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const code = /alias/i.test(message) ? "alias-bomb" : "yaml";
    return { diagnostics: [diag(start, code, code === "alias-bomb" ? `too many YAML alias expansions (a billion-laughs document?): ${message}` : message)] };
  }
  const folder = rel.split("/")[0];
  return { document: { file: rel, kind, folder, text, doc, lines, value }, diagnostics };
}

function yamlCode(code: string): string {
  return code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax";
}

function yamlMessage(code: string, message: string): string {
  // The yaml package's messages end with position info we print ourselves.
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  return code === "DUPLICATE_KEY" ? "duplicate key: each name may appear once in a map" : first;
}

function nodeDepth(node: unknown, limit: number, depth = 0): number {
  if (depth >= limit) return depth;
  let deepest = depth;
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      const child = isPair(item) ? item.value : item;
      deepest = Math.max(deepest, nodeDepth(child, limit, depth + 1));
      if (deepest >= limit) break;
    }
  }
  return deepest;
}

/**
 * Where a value sits, by its path of keys from the document root.
 * `key: true` points at the key of the last segment (for unknown-key and duplicate-name errors).
 * Falls back to the nearest ancestor that exists.
 */
export function locate(doc: SpecDocument, at: readonly (string | number)[], opts: { key?: boolean } = {}): SourceRef {
  let node: unknown = doc.doc.contents;
  let best: unknown = node;
  for (let i = 0; i < at.length; i++) {
    const seg = at[i];
    const isLast = i === at.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (isLast && opts.key) {
        best = pair.key;
        break;
      }
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(seg)];
    } else break;
    if (node && typeof node === "object" && "range" in (node as Node)) best = node;
  }
  const range = (best as Node | undefined)?.range;
  const offset = range ? range[0] : 0;
  const p = doc.lines.linePos(offset);
  return { file: doc.file, line: p.line, col: p.col };
}
