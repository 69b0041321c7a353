// Load: find the spec files of every service and parse them into positioned documents.
// Nothing here interprets the content; it only guarantees each file parsed and knows where each node sits.
import { closeSync, constants as fsConstants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit as visitNodes, type Document, type Node } from "yaml";
import { diag, type Diagnostic } from "../check/diagnostics.ts";
import type { SourceRef } from "../model/types.ts";
import { decodeUtf8, nestingOverflow, positionAt } from "./guards.ts";

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
  const at = (rel: string): SourceRef => ({ file: rel, line: 1, col: 1 });
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    if (!statSync(realRoot).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
  } catch (e) {
    diagnostics.push(diag(at("."), "no-specs", `cannot read the specs folder ${root}: ${reason(e)}`));
    return { files, diagnostics };
  }
  for (const folder of readdirSync(root).sort()) {
    const dir = path.join(root, folder);
    if (!existsDir(dir)) continue;
    const candidates = readdirSync(dir)
      .filter((f) => specExt.test(f))
      .map((f) => `${folder}/${f}`);
    const opsDir = path.join(dir, "operations");
    if (existsDir(opsDir)) {
      for (const f of readdirSync(opsDir).sort()) if (specExt.test(f)) candidates.push(`${folder}/operations/${f}`);
    }
    candidates.sort();
    // Decided here from the folder listing: a service file that exists but fails to load has its own diagnostic.
    const firstOperation = candidates.find((rel) => kindOf(rel) === "operation");
    if (firstOperation && !candidates.some((rel) => kindOf(rel) === "service")) {
      diagnostics.push(diag(at(firstOperation), "missing-service", `folder '${folder}' has operation files but no service.yaml`));
    }
    for (const rel of candidates) {
      let real: string;
      try {
        real = realpathSync(path.join(root, rel));
      } catch (e) {
        // Listed in its folder yet unresolvable: a symbolic link whose target is gone.
        const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "it is a symbolic link to nothing" : reason(e);
        diagnostics.push(diag(at(rel), "unreadable", `cannot read this spec file: ${why}`));
        continue;
      }
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

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "it does not exist";
  if (code === "ELOOP") return "it is a loop of symbolic links";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "it is not a folder";
  if (code === "EISDIR") return "it is a folder";
  return e instanceof Error ? e.message : String(e);
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
    const read = readBounded(abs, limits.maxFileBytes);
    if ("error" in read) {
      diagnostics.push(diag({ file: rel, line: 1, col: 1 }, read.code, read.error));
      continue;
    }
    const decoded = "text" in read ? { text: read.text } : decodeUtf8(read.bytes);
    sources.set(rel, decoded.text);
    if ("error" in decoded) {
      diagnostics.push(diag({ file: rel, ...decoded.at }, "not-utf8", decoded.error));
      continue;
    }
    // A file changed in the last moments could change again within the same timestamp tick without
    // its identity showing it (as git's "racily clean" entries); such a file is read again next time.
    if ("bytes" in read && Date.now() - read.identity.mtimeMs > racyWindowMs) lastRead.set(abs, { ...read.identity, text: decoded.text });
    const loaded = parseCached(abs, rel, decoded.text, limits);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.document) documents.push(loaded.document);
  }
  return { documents, diagnostics, sources };
}

/**
 * The last parse of each file, by absolute path: `generate --watch` reloads every spec on each
 * change, and parsing with positions is most of that cost (250 ms for the whole SSM model), while
 * an edit usually touches one file. Parsing is a pure function of (path, text, limits) and nothing
 * downstream changes a parsed document, so an unchanged file reuses its result.
 */
const lastParse = new Map<string, { rel: string; text: string; limits: LoadLimits; result: ReturnType<typeof parseSpecText> }>();

function parseCached(abs: string, rel: string, text: string, limits: LoadLimits): ReturnType<typeof parseSpecText> {
  const hit = lastParse.get(abs);
  if (hit && hit.text === text && hit.rel === rel && sameLimits(hit.limits, limits)) return hit.result;
  const result = parseSpecText(rel, text, limits);
  lastParse.set(abs, { rel, text, limits: { ...limits }, result });
  return result;
}

function sameLimits(a: LoadLimits, b: LoadLimits): boolean {
  return a.maxFileBytes === b.maxFileBytes && a.maxDepth === b.maxDepth && a.maxAliases === b.maxAliases && a.maxFiles === b.maxFiles;
}

interface FileIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/**
 * The text of each file as last read and decoded, with the identity of the file then. The watcher
 * reloads thousands of files per edit; one whose inode, size, modification and change times are
 * all unchanged is not read again.
 */
const lastRead = new Map<string, FileIdentity & { text: string }>();

/** Timestamps advance in ticks of a few milliseconds on common filesystems; this is a safe margin. */
const racyWindowMs = 50;

/**
 * Reads at most `max` bytes of a regular file. Opening without blocking and checking the open
 * descriptor means a FIFO or device under a spec name is refused instead of hanging the run,
 * and a file that grows after the size check still cannot be read past the limit. A file whose
 * identity matches its entry in `lastRead` is not read at all: its text comes back instead.
 */
function readBounded(abs: string, max: number): { bytes: Uint8Array; identity: FileIdentity } | { text: string } | { error: string; code: string } {
  let fd: number;
  try {
    fd = openSync(abs, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { error: `cannot read this spec file: ${reason(e)}`, code: "unreadable" };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { error: "this is not a regular file (a folder, device or pipe); spec files must be plain files", code: "not-a-file" };
    if (st.size > max) return { error: `spec file is ${st.size} bytes; the limit is ${max}`, code: "file-too-large" };
    const identity = { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
    const known = lastRead.get(abs);
    if (known && known.ino === identity.ino && known.size === identity.size && known.mtimeMs === identity.mtimeMs && known.ctimeMs === identity.ctimeMs) {
      return { text: known.text };
    }
    // Sized by the file, not the limit (zeroing 4 MB per file was most of the load time); a file
    // that grows while being read gets a larger buffer, never past the limit plus one byte.
    let buffer = Buffer.allocUnsafe(Math.min(st.size, max) + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length <= max; length += n) {
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(buffer.length, max + 1 - buffer.length))]);
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > max) return { error: `spec file is more than ${max} bytes; the limit is ${max}`, code: "file-too-large" };
    return { bytes: buffer.subarray(0, length), identity };
  } catch (e) {
    return { error: `cannot read this spec file: ${reason(e)}`, code: "unreadable" };
  } finally {
    closeSync(fd);
  }
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
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM would shift every column of line 1
  // Refused before parsing: the parser's time and memory grow with depth long before it gives up.
  const overflow = nestingOverflow(text, limits.maxDepth * 4);
  if (overflow >= 0) {
    return { diagnostics: [diag({ file: rel, ...positionAt(text, overflow) }, "too-deep", tooDeep(limits))] };
  }
  const lines = new LineCounter();
  // Duplicate keys are found below in linear time; the parser's own check compares every pair.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: true });
  const pos = (offset: number): SourceRef => {
    const p = lines.linePos(offset);
    return { file: rel, line: p.line, col: p.col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    if (e.code === "RESOURCE_EXHAUSTION") diagnostics.push(diag(pos(e.pos[0]), "too-deep", tooDeep(limits)));
    else diagnostics.push(diag(pos(e.pos[0]), "yaml-syntax", yamlMessage(e.message)));
  }
  if (diagnostics.length > 0) return { diagnostics };
  checkNodes(doc, text, limits.maxDepth, pos, diagnostics);
  if (diagnostics.length > 0) return { diagnostics };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (!/alias/i.test(message)) return { diagnostics: [diag(start, "yaml", message)] };
    const firstAlias = findAlias(doc);
    return {
      diagnostics: [
        diag(
          firstAlias ? pos(firstAlias) : start,
          "alias-bomb",
          `YAML aliases here expand past the limit of ${limits.maxAliases} (a "billion laughs" alias bomb?); refusing to expand them`,
        ),
      ],
    };
  }
  if (valueDepth(value, limits.maxDepth) > limits.maxDepth) {
    return { diagnostics: [diag(start, "too-deep", `${tooDeep(limits)} once YAML aliases are expanded`)] };
  }
  const folder = rel.split("/")[0];
  return { document: { file: rel, kind, folder, text, doc, lines, value }, diagnostics };
}

function tooDeep(limits: LoadLimits): string {
  return `nesting deeper than ${limits.maxDepth} levels; spec files are limited to ${limits.maxDepth}`;
}

function yamlMessage(message: string): string {
  // The yaml package's messages end with position info we print ourselves.
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

const coreTags = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * One walk over the parsed nodes: nesting depth, duplicate keys (by the text each key becomes, so
 * `1` and `"1"` collide as they do in the loaded value), keys YAML would silently rewrite, tags
 * beyond plain JSON data, and aliases that contain themselves.
 */
function checkNodes(doc: Document.Parsed, text: string, maxDepth: number, pos: (offset: number) => SourceRef, out: Diagnostic[]): void {
  const visit = (node: unknown, depth: number): boolean => {
    if (!node || typeof node !== "object") return true;
    const n = node as Node;
    const at = n.range ? n.range[0] : 0;
    if (depth > maxDepth) {
      out.push(diag(pos(at), "too-deep", `nesting deeper than ${maxDepth} levels; spec files are limited to ${maxDepth}`));
      return false;
    }
    if (n.tag !== undefined && !coreTags.has(n.tag)) {
      // A node's range starts after its tag; point at the tag itself when it is just before.
      let bang = text.lastIndexOf("!", at);
      while (bang > 0 && !/\s/.test(text[bang - 1])) bang--; // to the start of `!!binary` or `!e!tag`
      const tagAt = bang >= 0 && /^!\S*\s+(&\S+\s+)?$/.test(text.slice(bang, at)) ? bang : at;
      out.push(diag(pos(tagAt), "unsupported-tag", `YAML tag '${n.tag.replace("tag:yaml.org,2002:", "!!")}' is not supported; spec files hold plain strings, numbers, booleans, lists and maps`));
    }
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target?.range && target.range[0] <= at && at < target.range[2]) {
        out.push(diag(pos(at), "alias-cycle", `alias *${node.source} refers to a node that contains it; the value would be infinite`));
      }
      return true;
    }
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const keyAt = key?.range ? key.range[0] : at;
        if (!isScalar(key)) {
          out.push(diag(pos(keyAt), "bad-key", "map keys must be plain names, not lists, maps or aliases"));
        } else {
          const name = key.value === null ? "" : String(key.value);
          const written = text.slice(key.range![0], key.range![1]);
          if (typeof key.value !== "string" && name !== written) {
            const shown = written === "" ? "an empty key" : `key ${written}`;
            out.push(diag(pos(keyAt), "ambiguous-key", `${shown} reads as ${JSON.stringify(name)} in YAML; quote it to keep the text as written`));
          }
          const first = seen.get(name);
          if (first !== undefined) {
            out.push(diag(pos(keyAt), "duplicate-key", `duplicate key '${name}' (first at ${pos(first).line}:${pos(first).col}); each key may appear once in a map`));
          } else seen.set(name, keyAt);
        }
        if (!visit(pair.value, depth + 1)) return false;
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (!visit(item, depth + 1)) return false;
    }
    return true;
  };
  visit(doc.contents, 0);
}

function findAlias(doc: Document.Parsed): number | undefined {
  let found: number | undefined;
  visitNodes(doc, {
    Alias(_key, node) {
      found = node.range?.[0];
      return visitNodes.BREAK;
    },
  });
  return found;
}

/** Depth of a loaded value, stopping once past `limit`; aliases can nest deeper than the text shows. */
function valueDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > deepest) deepest = d;
    if (deepest > limit) break;
    if (v && typeof v === "object") for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}

type YamlMap = Extract<Node, { items: unknown[] }> & { items: { key: unknown; value: unknown }[] };
type YamlPair = YamlMap["items"][number];

/**
 * The pairs of a YAML map by key, built on first use: the model builder locates every shape and
 * member, and a service file with a thousand shapes made a linear search per lookup quadratic.
 * The first pair wins, as with the linear search (duplicate keys are reported by the loader).
 */
function pairsByKey(map: YamlMap): Map<string, YamlPair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (!isScalar(p.key)) continue;
      const k = String(p.key.value);
      if (!index.has(k)) index.set(k, p);
    }
    pairIndex.set(map, index);
  }
  return index;
}

const pairIndex = new WeakMap<object, Map<string, YamlPair>>();

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
      const pair = pairsByKey(node).get(String(seg));
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
