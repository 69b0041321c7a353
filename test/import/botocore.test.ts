import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { importBotocore, reachableShapes, type BotoModel, type BotoShape } from "../../generator/import/botocore.ts";
import { htmlToText } from "../../generator/import/html-text.ts";
import { runImportBotocore } from "../../generator/import/import-botocore-cli.ts";
import { compileSpecs } from "../../generator/pipeline.ts";
import { extractModel, SSM_OPERATIONS } from "../fixtures/botocore/make-extract.ts";

const root = join(import.meta.dirname, "../..");
const fixtures = join(root, "test/fixtures/botocore");
const specsDir = join(root, "specs/ssm");
const realModelDir = "/usr/lib/python3/dist-packages/botocore/data/ssm/2014-11-06";
const hasRealModel = existsSync(join(realModelDir, "service-2.json"));

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as object;

function importCommittedExtract() {
  return importBotocore(readJson(join(fixtures, "ssm-extract.json")), {
    operations: SSM_OPERATIONS,
    paginators: readJson(join(fixtures, "ssm-paginators-extract.json")),
    waiters: readJson(join(fixtures, "ssm-waiters-extract.json")),
    examples: parse(readFileSync(join(fixtures, "ssm-examples.yaml"), "utf8")) as Record<string, unknown[]>,
  });
}

describe("htmlToText", () => {
  const cases: Array<[string, { given: string | undefined; want: string }]> = [
    ["no documentation gives empty text", { given: undefined, want: "" }],
    ["a paragraph loses its tags", { given: "<p>Returns details.</p>", want: "Returns details." }],
    ["paragraphs are separated by a blank line", { given: "<p>One.</p> <p>Two.</p>", want: "One.\n\nTwo." }],
    ["code keeps its text", { given: "<p>Use <code>ListCommands</code> instead.</p>", want: "Use ListCommands instead." }],
    ["whitespace collapses", { given: "<p>  a\n\t b   c </p>", want: "a b c" }],
    ["named and numeric entities decode", { given: "&lt;id&gt; &amp; &quot;x&quot; &#39;y&#39; &#x41;&#66;", want: "<id> & \"x\" 'y' AB" }],
    ["an unknown entity stays as written", { given: "a &bogus; b", want: "a &bogus; b" }],
    ["decoded angle brackets are not taken for tags", { given: "<p>&lt;p&gt;literal&lt;/p&gt;</p>", want: "<p>literal</p>" }],
    ["a stray less-than sign is text", { given: "<p>a < b</p>", want: "a < b" }],
    ["list items become dash lines", { given: "<p>Values:</p> <ul> <li> <p>A</p> </li> <li> <p>B</p> </li> </ul>", want: "Values:\n\n- A\n- B" }],
    ["nested lists indent", { given: "<ul><li><p>A</p><ul><li>A1</li><li>A2</li></ul></li><li>B</li></ul>", want: "- A\n  - A1\n  - A2\n- B" }],
    ["a second paragraph of an item is indented", { given: "<ul><li><p>A</p><p>more</p></li></ul>", want: "- A\n  more" }],
    ["ordered lists number their items", { given: "<ol><li>first</li><li>second</li></ol>", want: "1. first\n2. second" }],
    ["a paragraph after a list is a new block", { given: "<ul><li>A</li></ul><p>After.</p>", want: "- A\n\nAfter." }],
    ["links keep their target", { given: 'See <a href="https://example.com/x">the guide</a>.', want: "See the guide (https://example.com/x)." }],
    ["links without a target keep their text", { given: "Use <a>ListCommandInvocations</a>.", want: "Use ListCommandInvocations." }],
    ["a link whose text is its target is written once", { given: '<a href="https://a.b/">https://a.b/</a>', want: "https://a.b/" }],
    ["br breaks the line", { given: "<p>one<br/>two</p>", want: "one\ntwo" }],
    ["note and important are blocks", { given: "<p>Intro.</p><note><p>Careful.</p></note><important>Really.</important>", want: "Intro.\n\nCareful.\n\nReally." }],
    ["definition lists become blocks", { given: "<dl><dt>Key</dt><dd>Meaning</dd></dl>", want: "Key\n\nMeaning" }],
    ["inline b and i keep their text", { given: "<p><b>Bold</b> and <i>italic</i></p>", want: "Bold and italic" }],
    ["comments are dropped", { given: "<p>a<!-- hidden -->b</p>", want: "ab" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(htmlToText(given)).toBe(want);
  });
});

/** A one-operation model whose input has member `M` of shape `Target` (plus any extra shapes). */
function tinyModel(target: BotoShape, extra: Record<string, BotoShape> = {}, member: Record<string, unknown> = {}): BotoModel {
  return {
    metadata: { protocol: "json", jsonVersion: "1.1", targetPrefix: "Tiny", endpointPrefix: "tiny", serviceId: "Tiny Svc", serviceFullName: "Tiny Service", apiVersion: "2020-01-01" },
    operations: { Op: { name: "Op", input: { shape: "OpRequest" }, output: { shape: "OpResult" } } },
    shapes: {
      OpRequest: { type: "structure", required: ["M"], members: { M: { shape: "Target", ...member } } },
      OpResult: { type: "structure", members: {} },
      Target: target,
      String: { type: "string" },
      ...extra,
    },
  };
}

function importTiny(model: BotoModel, options: Parameters<typeof importBotocore>[1] = {}) {
  const { files, warnings } = importBotocore(model, options);
  const byPath = Object.fromEntries(files.map((file) => [file.path, parse(file.text) as Record<string, any>]));
  return { service: byPath["service.yaml"]!, operation: byPath["operations/Op.yaml"]!, warnings, files };
}

describe("shape conversion", () => {
  const shared: Array<[string, { given: BotoShape; want: unknown }]> = [
    ["string bounds become length, pattern is kept", { given: { type: "string", min: 36, max: 36, pattern: "^[a-f0-9-]+$" }, want: { type: "string", length: { min: 36, max: 36 }, pattern: "^[a-f0-9-]+$" } }],
    ["enum values map to empty documentation", { given: { type: "string", enum: ["Pending", "Success"] }, want: { type: "enum", values: { Pending: "", Success: "" } } }],
    ["integer bounds become range", { given: { type: "integer", min: 1, max: 50 }, want: { type: "integer", range: { min: 1, max: 50 } } }],
    ["long keeps its type", { given: { type: "long", min: 0 }, want: { type: "long", range: { min: 0 } } }],
    ["float becomes double", { given: { type: "float", max: 1.5 }, want: { type: "double", range: { max: 1.5 } } }],
    ["unixTimestamp becomes epoch-seconds", { given: { type: "timestamp", timestampFormat: "unixTimestamp" }, want: { type: "timestamp", format: "epoch-seconds" } }],
    ["iso8601 becomes date-time", { given: { type: "timestamp", timestampFormat: "iso8601" }, want: { type: "timestamp", format: "date-time" } }],
    ["a timestamp without format is still shared", { given: { type: "timestamp" }, want: { type: "timestamp" } }],
    ["blob keeps length and sensitive", { given: { type: "blob", max: 1024, sensitive: true }, want: { type: "blob", length: { max: 1024 }, sensitive: true } }],
    ["list items and count", { given: { type: "list", member: { shape: "String" }, min: 0, max: 5 }, want: { type: "list", items: { type: "string" }, length: { min: 0, max: 5 } } }],
    ["map keys and values", { given: { type: "map", key: { shape: "String" }, value: { shape: "String" }, max: 3 }, want: { type: "map", keys: { type: "string" }, values: { type: "string" }, length: { max: 3 } } }],
    ["deprecated with a message", { given: { type: "string", min: 1, deprecated: true, deprecatedMessage: "Use Other." }, want: { type: "string", length: { min: 1 }, deprecated: "Use Other." } }],
    ["deprecated without a message", { given: { type: "string", max: 2, deprecated: true }, want: { type: "string", length: { max: 2 }, deprecated: true } }],
    ["a default is kept", { given: { type: "integer", max: 9, default: 3 }, want: { type: "integer", range: { max: 9 }, default: 3 } }],
    ["shape documentation becomes text", { given: { type: "string", max: 5, documentation: "<p>Short <code>id</code>.</p>" }, want: { type: "string", length: { max: 5 }, documentation: "Short id." } }],
    ["a sensitive plain string is shared", { given: { type: "string", sensitive: true }, want: { type: "string", sensitive: true } }],
    ["(?i) becomes explicit letter classes", { given: { type: "string", pattern: "(?i)all|[0-9]{12}" }, want: { type: "string", pattern: "[aA][lL][lL]|[0-9]{12}" } }],
    ["structures keep member order and required", {
      given: { type: "structure", required: ["B"], members: { B: { shape: "String" }, A: { shape: "String", documentation: "<p>a</p>" } } },
      want: { type: "structure", members: { B: { type: "string", required: true }, A: { type: "string", documentation: "a" } } },
    }],
  ];
  it.each(shared)("%s", (_, { given, want }) => {
    const { service, operation } = importTiny(tinyModel(given));
    expect(operation.input.members.M).toEqual({ ref: "Target", required: true });
    expect(service.shapes.Target).toEqual(want);
  });

  const inlined: Array<[string, { given: BotoShape; member?: Record<string, unknown>; want: unknown }]> = [
    ["a plain string is inlined", { given: { type: "string" }, want: { type: "string", required: true } }],
    ["a plain boolean is inlined", { given: { type: "boolean" }, want: { type: "boolean", required: true } }],
    ["a plain integer is inlined", { given: { type: "integer" }, want: { type: "integer", required: true } }],
    ["member documentation and deprecation stay on the member", {
      given: { type: "string" },
      member: { documentation: "<p>Doc</p>", deprecated: true, deprecatedMessage: "Gone." },
      want: { type: "string", required: true, deprecated: "Gone.", documentation: "Doc" },
    }],
    ["a member timestamp format inlines the timestamp", {
      given: { type: "timestamp" },
      member: { timestampFormat: "iso8601" },
      want: { type: "timestamp", format: "date-time", required: true },
    }],
    ["box and idempotencyToken leave no trace", { given: { type: "string" }, member: { box: true, idempotencyToken: true }, want: { type: "string", required: true } }],
  ];
  it.each(inlined)("%s", (_, { given, member, want }) => {
    const { service, operation, warnings } = importTiny(tinyModel(given, {}, member));
    expect(operation.input.members.M).toEqual(want);
    expect(service.shapes?.Target).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it("writes input and output inline without a type", () => {
    const { operation, service } = importTiny(tinyModel({ type: "string", max: 3 }));
    expect(operation.input).toEqual({ members: { M: { ref: "Target", required: true } } });
    expect(operation.output).toEqual({ members: {} });
    expect(Object.keys(service.shapes)).toEqual(["Target"]);
  });

  it("shares shapes reached only through other shared shapes, sorted by name", () => {
    const model = tinyModel({ type: "list", member: { shape: "Zed" } }, { Zed: { type: "structure", members: { Y: { shape: "Alpha" } } }, Alpha: { type: "string", min: 1 } });
    expect(Object.keys(importTiny(model).service.shapes)).toEqual(["Alpha", "Target", "Zed"]);
  });

  it("writes the service header and protocol", () => {
    const { service, files } = importTiny(tinyModel({ type: "string", max: 1 }));
    expect(service).toMatchObject({
      service: "TinySvc",
      title: "Tiny Service",
      apiVersion: "2020-01-01",
      protocol: { awsJson1_1: { targetPrefix: "Tiny", signingName: "tiny", endpointPrefix: "tiny" } },
    });
    expect(files[0]!.text).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/generator\/check\/spec\.schema\.json\n/);
    expect(files[1]!.text).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/generator\/check\/spec\.schema\.json\n/);
    expect(files[0]!.text).toContain('apiVersion: "2020-01-01"');
  });

  it("places files under serviceFolderName when given", () => {
    const { files } = importTiny(tinyModel({ type: "string", max: 1 }), { serviceFolderName: "tiny" });
    expect(files.map((file) => file.path)).toEqual(["tiny/service.yaml", "tiny/operations/Op.yaml"]);
  });

  it("rejects protocols the spec language cannot express", () => {
    const model = tinyModel({ type: "string" });
    model.metadata.protocol = "rest-json";
    expect(() => importBotocore(model, {})).toThrow(/only json 1\.1/);
  });

  it("rejects unknown operations", () => {
    expect(() => importBotocore(tinyModel({ type: "string" }), { operations: ["Nope"] })).toThrow(/Nope is not in the model/);
  });

  it("does not mutate its inputs and is deterministic", () => {
    const model = tinyModel({ type: "string", enum: ["a", "b"] });
    const frozen = structuredClone(model);
    const first = importBotocore(model, {});
    expect(model).toEqual(frozen);
    expect(importBotocore(model, {})).toEqual(first);
  });
});

describe("errors, pagination and waiters", () => {
  const errorCases: Array<[string, { given: BotoShape; want: unknown }]> = [
    ["a client error defaults to 400", { given: { type: "structure", exception: true, members: { Message: { shape: "String" } } }, want: { status: 400, fault: "client", retryable: false, members: { Message: { type: "string" } } } }],
    ["a server fault defaults to 500", { given: { type: "structure", exception: true, fault: true, members: {} }, want: { status: 500, fault: "server", retryable: false } }],
    ["an explicit status and a different code are kept", {
      given: { type: "structure", exception: true, error: { code: "Boom.NotFound", httpStatusCode: 404, senderFault: true }, members: {}, documentation: "<p>Gone.</p>" },
      want: { status: 404, fault: "client", retryable: false, code: "Boom.NotFound", documentation: "Gone." },
    }],
    ["a code equal to the name is not repeated", { given: { type: "structure", exception: true, error: { code: "Boom", httpStatusCode: 409 }, members: {} }, want: { status: 409, fault: "client", retryable: false } }],
    ["throttling errors are retryable as throttling", { given: { type: "structure", exception: true, retryable: { throttling: true }, members: {} }, want: { status: 400, fault: "client", retryable: { throttling: true } } }],
    ["other retryable errors are retryable", { given: { type: "structure", exception: true, retryable: { throttling: false }, members: {} }, want: { status: 400, fault: "client", retryable: true } }],
  ];
  it.each(errorCases)("%s", (_, { given, want }) => {
    const model = tinyModel({ type: "string" }, { Boom: given });
    model.operations.Op!.errors = [{ shape: "Boom" }];
    const { service, operation } = importTiny(model);
    expect(service.errors.Boom).toEqual(want);
    expect(operation.errors).toEqual(["Boom"]);
  });

  it("converts a paginator", () => {
    const paginators = { pagination: { Op: { input_token: "NextToken", output_token: "NextToken", limit_key: "MaxResults", result_key: "Items" } } };
    expect(importTiny(tinyModel({ type: "string" }), { paginators }).operation.pagination).toEqual({
      style: "token", inputToken: "NextToken", outputToken: "NextToken", pageSize: "MaxResults", items: "Items",
    });
  });

  it("keeps the first of several result keys and says so", () => {
    const paginators = { pagination: { Op: { input_token: "T", output_token: "T", result_key: ["A", "B"] } } };
    const { operation, warnings } = importTiny(tinyModel({ type: "string" }), { paginators });
    expect(operation.pagination).toEqual({ style: "token", inputToken: "T", outputToken: "T", items: "A" });
    expect(warnings).toEqual(['paginator Op result_key: several keys ["A","B"]; kept the first']);
  });

  it("puts a waiter on the operation it calls", () => {
    const waiters = {
      version: 2,
      waiters: {
        Done: { operation: "Op", delay: 5, maxAttempts: 20, acceptors: [
          { expected: "Ok", matcher: "path", state: "success", argument: "Status" },
          { expected: "Missing", matcher: "error", state: "retry" },
        ] },
        Other: { operation: "Elsewhere", delay: 1, maxAttempts: 1, acceptors: [] },
      },
    };
    expect(importTiny(tinyModel({ type: "string" }), { waiters }).operation.waiters).toEqual({
      Done: {
        delay: 5, maxAttempts: 20, maxDelay: 120,
        acceptors: [
          { state: "success", matcher: "path", argument: "Status", expected: "Ok" },
          { state: "retry", matcher: "error", expected: "Missing" },
        ],
      },
    });
  });
});

describe("SSM extract", () => {
  it("reproduces specs/ssm exactly", () => {
    const { files, warnings } = importCommittedExtract();
    expect(warnings).toEqual([]);
    for (const file of files) expect(readFileSync(join(specsDir, file.path), "utf8"), file.path).toBe(file.text);
    expect(readdirSync(join(specsDir, "operations")).sort()).toEqual(SSM_OPERATIONS.map((name) => `${name}.yaml`).sort());
  });

  it("keeps every constraint of the reached shapes", () => {
    const model = readJson(join(fixtures, "ssm-extract.json")) as BotoModel;
    const service = parse(readFileSync(join(specsDir, "service.yaml"), "utf8"));
    for (const name of reachableShapes(model, SSM_OPERATIONS)) {
      const source = model.shapes[name]!;
      const spec = service.shapes[name];
      if (!spec) continue; // inlined plain scalars and top-level inputs, outputs and errors
      const bounds = spec.length ?? spec.range;
      expect(bounds?.min, `${name} min`).toBe(source.min);
      expect(bounds?.max, `${name} max`).toBe(source.max);
      expect(spec.pattern, `${name} pattern`).toBe(source.pattern);
      expect(spec.sensitive, `${name} sensitive`).toBe(source.sensitive);
      if (source.enum) expect(Object.keys(spec.values), `${name} enum`).toEqual(source.enum);
    }
  });

  it("imports through the CLI entry point", async () => {
    const out = mkdtempSync(join(tmpdir(), "opspec-ssm-"));
    try {
      const { written } = await runImportBotocore({
        model: join(fixtures, "ssm-extract.json"),
        paginators: join(fixtures, "ssm-paginators-extract.json"),
        waiters: join(fixtures, "ssm-waiters-extract.json"),
        examples: join(fixtures, "ssm-examples.yaml"),
        operations: SSM_OPERATIONS,
        out,
      });
      expect(written).toHaveLength(6);
      expect(readFileSync(join(out, "service.yaml"), "utf8")).toBe(readFileSync(join(specsDir, "service.yaml"), "utf8"));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.skipIf(!hasRealModel)("the committed extract is what make-extract produces from the real model", () => {
    const model = readJson(join(realModelDir, "service-2.json")) as BotoModel;
    expect(extractModel(model, SSM_OPERATIONS)).toEqual(readJson(join(fixtures, "ssm-extract.json")));
  });
});

/** Runs the project's own load, schema and semantic checks (examples included) on one spec folder. */
function checkWithProject(serviceDir: string): string[] {
  const specs = mkdtempSync(join(tmpdir(), "opspec-check-"));
  try {
    cpSync(serviceDir, join(specs, "ssm"), { recursive: true });
    return compileSpecs(specs).diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`);
  } finally {
    rmSync(specs, { recursive: true, force: true });
  }
}

describe("SSM specs", () => {
  it("pass the project's checks, examples included", () => {
    expect(checkWithProject(specsDir)).toEqual([]);
  });

  it("have a success and an error example for every operation", () => {
    for (const name of SSM_OPERATIONS) {
      const examples = parse(readFileSync(join(specsDir, "operations", `${name}.yaml`), "utf8")).examples as Array<Record<string, unknown>>;
      expect(examples.some((e) => e.output), name).toBe(true);
      expect(examples.some((e) => e.error), name).toBe(true);
    }
  });
});

describe.skipIf(!hasRealModel)("whole SSM model", () => {
  it("imports every operation without throwing", async () => {
    const out = mkdtempSync(join(tmpdir(), "opspec-ssm-full-"));
    try {
      const model = readJson(join(realModelDir, "service-2.json")) as BotoModel;
      const { written, warnings } = await runImportBotocore({
        model: join(realModelDir, "service-2.json"),
        paginators: join(realModelDir, "paginators-1.json"),
        waiters: join(realModelDir, "waiters-2.json"),
        out,
      });
      const operationCount = Object.keys(model.operations).length;
      expect(operationCount).toBeGreaterThan(100);
      expect(readdirSync(join(out, "operations"))).toHaveLength(operationCount);
      expect(written).toHaveLength(operationCount + 1);
      // The one construct JavaScript cannot read as written; it is rewritten, not dropped.
      expect(warnings).toEqual([expect.stringMatching(/^AccountId: pattern "\(\?i\)all\|\[0-9\]\{12\}" uses the inline \(\?i\) flag/)]);
      // The full model has two patterns the ReDoS check rightly flags (quadratic, no max length):
      // they are warnings, and nothing else may be reported.
      const reported = checkWithProject(out);
      expect(reported.filter((d) => !/^ssm\/service\.yaml:\d+ redos /.test(d))).toEqual([]);
      expect(reported.filter((d) => / redos /.test(d))).toHaveLength(2);
      const service = parse(readFileSync(join(out, "service.yaml"), "utf8"));
      for (const [name, shape] of Object.entries(model.shapes)) {
        if (shape.pattern && service.shapes[name] && name !== "AccountId") expect(service.shapes[name].pattern, name).toBe(shape.pattern);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
