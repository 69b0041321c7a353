// Spec loading under hostile input: each case must end in a clear diagnostic, at the right place,
// without exhausting time or memory and without reading anything outside the specs folder.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../generator/cli.ts";
import { formatDiagnostic, type Diagnostic } from "../../generator/check/diagnostics.ts";
import { defaultLimits, loadSpecs, parseSpecText } from "../../generator/load/load.ts";
import { compileSpecs } from "../../generator/pipeline.ts";
import { snapshot } from "./harness.ts";

const service = `service: Svc
protocol:
  awsJson1_1: { targetPrefix: Svc, signingName: svc }
shapes:
  Name: { type: string }
`;
const operation = `operation: GetThing
input:
  members:
    Name: { ref: Name, required: true }
`;

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A specs folder holding service `svc` with the given files (relative to specs/svc/). */
function specsWith(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), "opspec-hostile-"));
  roots.push(root);
  const specs = path.join(root, "specs");
  const all: Record<string, string | Uint8Array> = { "service.yaml": service, ...files };
  for (const [rel, content] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(specs, "svc", rel)), { recursive: true });
    writeFileSync(path.join(specs, "svc", rel), content);
  }
  return specs;
}

const brief = (d: Diagnostic): string => `${d.file}:${d.line}:${d.col}: ${d.code}: ${d.message}`;

function loadErrors(specs: string, limits = defaultLimits): string[] {
  return loadSpecs(specs, limits).diagnostics.map(brief);
}

describe("YAML alias bombs", () => {
  // Ten levels of ten aliases each: 10^10 nodes if expanded.
  const lol = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lol.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
  }
  const bomb = `operation: GetThing\ndocumentation: laughs\n${lol.join("\n")}\n`;

  it("refuses a billion-laughs document at its first alias", () => {
    const specs = specsWith({ "operations/GetThing.yaml": bomb });
    expect(loadErrors(specs)).toEqual([
      `svc/operations/GetThing.yaml:4:8: alias-bomb: YAML aliases here expand past the limit of 100 (a "billion laughs" alias bomb?); refusing to expand them`,
    ]);
  });

  it("through the CLI: exit 1 and generated/ untouched", async () => {
    const specs = specsWith({ "operations/GetThing.yaml": bomb });
    const out = path.join(path.dirname(specs), "generated");
    mkdirSync(out);
    writeFileSync(path.join(out, "SENTINEL.txt"), "earlier output\n");
    const before = snapshot(out);
    const printed: string[] = [];
    const code = await main(["generate", "--specs", specs, "--out", out], { out: (s) => printed.push(s), err: (s) => printed.push(s) });
    expect(code).toBe(1);
    expect(printed.join("\n")).toMatch(/GetThing\.yaml:4:8: error: YAML aliases here expand past the limit of 100/);
    expect(snapshot(out)).toEqual(before);
  });

  it("accepts a few ordinary aliases", () => {
    const text = `${operation}documentation: &doc Reads one thing.\nexamples:\n  - { title: *doc, input: { Name: a } }\n`;
    expect(parseSpecText("svc/operations/GetThing.yaml", text).diagnostics).toEqual([]);
  });

  it("refuses an alias inside the node it names (an infinite value)", () => {
    const text = `operation: GetThing\ninput: &loop\n  members:\n    Self: *loop\n`;
    expect(parseSpecText("svc/operations/GetThing.yaml", text).diagnostics.map(brief)).toEqual([
      "svc/operations/GetThing.yaml:4:11: alias-cycle: alias *loop refers to a node that contains it; the value would be infinite",
    ]);
  });
});

describe("size limits", () => {
  it("refuses a file over the size limit without reading it", () => {
    const specs = specsWith({ "operations/GetThing.yaml": operation });
    // A sparse file: over the limit on disk, nothing to read.
    truncateSync(path.join(specs, "svc/operations/GetThing.yaml"), defaultLimits.maxFileBytes + 1);
    expect(loadErrors(specs)).toEqual([
      `svc/operations/GetThing.yaml:1:1: file-too-large: spec file is ${defaultLimits.maxFileBytes + 1} bytes; the limit is ${defaultLimits.maxFileBytes}`,
    ]);
  });

  it("honours a lower limit", () => {
    const big = `${operation}documentation: ${"x".repeat(200)}\n`;
    const specs = specsWith({ "operations/GetThing.yaml": big });
    expect(loadErrors(specs, { ...defaultLimits, maxFileBytes: 200 })).toEqual([
      `svc/operations/GetThing.yaml:1:1: file-too-large: spec file is ${big.length} bytes; the limit is 200`,
    ]);
  });

  it("finds a duplicate key among 100,000 keys (the check is linear, not pairwise)", () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `      V${i}: value ${i}`);
    const text = `operation: GetThing\ninput:\n  members:\n    Kind:\n      type: enum\n      values:\n${keys.join("\n")}\n      V7: again\n`;
    expect(parseSpecText("svc/operations/GetThing.yaml", text).diagnostics.map(brief)).toEqual([
      `svc/operations/GetThing.yaml:100007:7: duplicate-key: duplicate key 'V7' (first at 14:7); each key may appear once in a map`,
    ]);
  });
});

describe("nesting depth", () => {
  const limit = defaultLimits.maxDepth;

  it("points at the first node deeper than the limit", () => {
    // Block maps, one level per line: the root map is depth 0, so line n + 1 holds depth n.
    const lines = ["operation: GetThing", "documentation:"];
    for (let d = 1; d <= limit + 5; d++) lines.push(`${"  ".repeat(d)}k${d}:`);
    const text = `${lines.join("\n")} leaf\n`;
    // The map at depth limit + 1 is the one whose first key is k(limit + 1).
    const line = lines.findIndex((l) => l.trim() === `k${limit + 1}:`) + 1;
    expect(parseSpecText("svc/operations/GetThing.yaml", text).diagnostics.map(brief)).toEqual([
      `svc/operations/GetThing.yaml:${line}:${2 * (limit + 1) + 1}: too-deep: nesting deeper than ${limit} levels; spec files are limited to ${limit}`,
    ]);
  });

  it("refuses a 4 MB run of brackets before the parser sees it", () => {
    const specs = specsWith({ "operations/GetThing.yaml": `operation: [${"[".repeat(defaultLimits.maxFileBytes - 20)}` });
    const errors = loadErrors(specs);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^svc\/operations\/GetThing\.yaml:1:\d+: too-deep: nesting deeper than 64 levels/);
    // The estimate stops at four times the limit, a few hundred bytes in.
    const col = Number(/:1:(\d+):/.exec(errors[0])![1]);
    expect(col).toBeLessThan(12 + 4 * limit + 2);
  });

  it("refuses deep JSON the same way", () => {
    const text = `{"operation": "GetThing", "input": ${'{"a": '.repeat(1000)}1${"}".repeat(1000)}}`;
    const [d] = parseSpecText("svc/operations/GetThing.json", text).diagnostics;
    expect(d.code).toBe("too-deep");
    expect(d.line).toBe(1);
  });

  it("does not count brackets inside quotes, comments or block scalars", () => {
    const noise = "[[[[{{{{".repeat(40);
    const text = [
      "operation: GetThing",
      `documentation: "${noise}"`,
      `# ${noise}`,
      "input:",
      "  documentation: |",
      `    ${noise}`,
      `    ${noise}`,
      "  members:",
      `    Name: { type: string, pattern: '^[a-z]+${"[0-9]".repeat(60)}$' }`,
    ].join("\n");
    expect(parseSpecText("svc/operations/GetThing.yaml", `${text}\n`).diagnostics).toEqual([]);
  });
});

describe("paths that escape the specs folder", () => {
  it("refuses a symlinked spec file that points outside", () => {
    const specs = specsWith({ "operations/GetThing.yaml": operation });
    const outside = path.join(path.dirname(specs), "secret.yaml");
    writeFileSync(outside, "operation: Secret\n");
    symlinkSync(outside, path.join(specs, "svc/operations/Secret.yaml"));
    const errors = loadErrors(specs);
    expect(errors).toEqual([
      `svc/operations/Secret.yaml:1:1: path-escape: this spec file resolves outside the specs folder (to ${outside}); refusing to read it`,
    ]);
  });

  it("refuses every file of a symlinked service folder that points outside", () => {
    const specs = specsWith({ "operations/GetThing.yaml": operation });
    const elsewhere = mkdtempSync(path.join(tmpdir(), "opspec-elsewhere-"));
    roots.push(elsewhere);
    writeFileSync(path.join(elsewhere, "service.yaml"), service.replace("Svc", "Other"));
    symlinkSync(elsewhere, path.join(specs, "other"));
    expect(loadErrors(specs)).toEqual([
      `other/service.yaml:1:1: path-escape: this spec file resolves outside the specs folder (to ${path.join(elsewhere, "service.yaml")}); refusing to read it`,
    ]);
  });

  it("reports a broken symlink and a symlink loop instead of crashing", () => {
    const specs = specsWith({ "operations/GetThing.yaml": operation });
    symlinkSync(path.join(specs, "nowhere.yaml"), path.join(specs, "svc/operations/Gone.yaml"));
    symlinkSync(path.join(specs, "svc/operations/Loop.yaml"), path.join(specs, "svc/operations/Loop.yaml"));
    expect(loadErrors(specs)).toEqual([
      "svc/operations/Gone.yaml:1:1: unreadable: cannot read this spec file: it is a symbolic link to nothing",
      "svc/operations/Loop.yaml:1:1: unreadable: cannot read this spec file: it is a loop of symbolic links",
    ]);
  });

  it.skipIf(process.platform === "win32")("refuses a FIFO under a spec name instead of blocking on it", () => {
    const specs = specsWith({ "operations/GetThing.yaml": operation });
    const fifo = path.join(specs, "svc/operations/Pipe.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(loadErrors(specs)).toEqual([
      "svc/operations/Pipe.yaml:1:1: not-a-file: this is not a regular file (a folder, device or pipe); spec files must be plain files",
    ]);
  });

  it("reports a folder named like a spec file", () => {
    const specs = specsWith({ "operations/GetThing.yaml": operation });
    mkdirSync(path.join(specs, "svc/operations/Folder.yaml"));
    expect(loadErrors(specs)).toEqual([
      "svc/operations/Folder.yaml:1:1: not-a-file: this is not a regular file (a folder, device or pipe); spec files must be plain files",
    ]);
  });

  it("reports a missing specs folder instead of crashing", () => {
    const missing = path.join(tmpdir(), "opspec-no-such-folder", "specs");
    const r = compileSpecs(missing);
    expect(r.model).toBeUndefined();
    expect(r.diagnostics.map(brief)).toEqual([`.:1:1: no-specs: cannot read the specs folder ${missing}: it does not exist`]);
  });
});

describe("encodings and line endings", () => {
  const faulty = "operation: GetThing\ninput:\n  members:\n    Name: { ref: Name, lenght: 3 }\n";
  const faultAt = "svc/operations/GetThing.yaml:4:24: unknown-key: unknown key 'lenght' in 'input.members.Name' (did you mean 'length'?)";

  const checked = (specs: string): string[] => compileSpecs(specs).diagnostics.map(brief);

  it("positions a fault in a plain LF file", () => {
    expect(checked(specsWith({ "operations/GetThing.yaml": faulty }))).toEqual([faultAt]);
  });

  it("keeps positions with CRLF line endings, and frames show no carriage returns", () => {
    const specs = specsWith({ "operations/GetThing.yaml": faulty.replace(/\n/g, "\r\n") });
    const r = compileSpecs(specs);
    expect(r.diagnostics.map(brief)).toEqual([faultAt]);
    const printed = formatDiagnostic(r.diagnostics[0], r.sources);
    expect(printed).not.toContain("\r");
    expect(printed).toContain("> 4 |     Name: { ref: Name, lenght: 3 }");
  });

  it("keeps line-1 columns right after a byte-order mark", () => {
    const specs = specsWith({ "operations/GetThing.yaml": `\uFEFFoperation: GetThing\ntitel: x\n` });
    expect(checked(specs)).toEqual([
      "svc/operations/GetThing.yaml:2:1: unknown-key: unknown key 'titel' in the operation file",
    ]);
    const bomFault = specsWith({ "operations/GetThing.yaml": `\uFEFFoperation: [GetThing\n` });
    const [d] = loadSpecs(bomFault).diagnostics;
    expect(d.line).toBe(2);
    const noBom = specsWith({ "operations/GetThing.yaml": `operation: [GetThing\n` });
    expect(loadSpecs(noBom).diagnostics.map(brief)).toEqual(loadSpecs(bomFault).diagnostics.map(brief));
  });

  it("refuses invalid UTF-8 at the offending byte", () => {
    const bytes = Buffer.concat([Buffer.from("operation: GetThing\ndocumentation: caf"), Buffer.from([0xe9]), Buffer.from(" au lait\n")]);
    const specs = specsWith({ "operations/GetThing.yaml": bytes });
    const r = loadSpecs(specs);
    expect(r.diagnostics.map(brief)).toEqual([
      "svc/operations/GetThing.yaml:2:19: not-utf8: this file is not valid UTF-8 (byte 0xE9 cannot start or continue a character here); save it as UTF-8",
    ]);
    // The frame still shows the line, with the bad byte as a replacement character.
    expect(formatDiagnostic(r.diagnostics[0], r.sources)).toContain("documentation: caf\uFFFD au lait");
  });

  it("refuses overlong encodings and UTF-16 surrogates written as UTF-8", () => {
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
      const specs = specsWith({ "operations/GetThing.yaml": Buffer.concat([Buffer.from("operation: GetThing\nx: "), Buffer.from(bad), Buffer.from("\n")]) });
      expect(loadErrors(specs)[0]).toMatch(/^svc\/operations\/GetThing\.yaml:2:4: not-utf8: /);
    }
  });

  it("accepts multi-byte text and counts columns after it", () => {
    const text = "operation: GetThing\ndocumentation: 日本語 ✓ 😀\ninput: { members: { Name: { ref: Name, lenght: 1 } } }\n";
    expect(checked(specsWith({ "operations/GetThing.yaml": text }))).toEqual([
      "svc/operations/GetThing.yaml:3:40: unknown-key: unknown key 'lenght' in 'input.members.Name' (did you mean 'length'?)",
    ]);
  });
});

describe("YAML features a spec has no use for", () => {
  const parse = (text: string): string[] => parseSpecText("svc/operations/GetThing.yaml", text).diagnostics.map(brief);

  it("refuses tags beyond plain data", () => {
    expect(parse("operation: GetThing\ndocumentation: !!binary aGk=\n")).toEqual([
      "svc/operations/GetThing.yaml:2:16: unsupported-tag: YAML tag '!!binary' is not supported; spec files hold plain strings, numbers, booleans, lists and maps",
    ]);
  });

  it("refuses keys that are collections", () => {
    expect(parse("operation: GetThing\n? [a, b]\n: 1\n")).toEqual([
      "svc/operations/GetThing.yaml:2:3: bad-key: map keys must be plain names, not lists, maps or aliases",
    ]);
  });

  it("refuses keys that YAML would rewrite, and duplicates that differ only in quoting", () => {
    expect(parse("operation: GetThing\nvalues:\n  0x10: a\n  ~: b\n  2: c\n  '2': d\n")).toEqual([
      `svc/operations/GetThing.yaml:3:3: ambiguous-key: key 0x10 reads as "16" in YAML; quote it to keep the text as written`,
      `svc/operations/GetThing.yaml:4:3: ambiguous-key: key ~ reads as "" in YAML; quote it to keep the text as written`,
      "svc/operations/GetThing.yaml:6:3: duplicate-key: duplicate key '2' (first at 5:3); each key may appear once in a map",
    ]);
  });

  it("keeps __proto__ an ordinary key", () => {
    const r = parseSpecText("svc/operations/GetThing.yaml", "operation: GetThing\ninput:\n  members:\n    __proto__: { type: string }\n");
    expect(r.diagnostics).toEqual([]);
    const members = (r.document!.value as { input: { members: object } }).input.members;
    expect(Object.keys(members)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(members)).toBe(Object.prototype);
  });
});
