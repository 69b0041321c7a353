// The mock emitter: wiring by name, data through the escaping module, and a service without a
// hand-written simulation answering with its first example.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emitMock, literal, mockNames } from "../../generator/emit/mock/emit-mock.ts";
import { mockEmitter } from "../../generator/emit/mock/emit-mock.ts";
import { packageEmitter } from "../../generator/emit/package/emit-package.ts";
import { typesEmitter } from "../../generator/emit/types/emit-types.ts";
import { validatorsEmitter } from "../../generator/emit/validators/emit-validators.ts";
import { compileSpecs } from "../../generator/pipeline.ts";
import { awsCall } from "./helpers/calls.ts";

const model = compileSpecs(path.resolve("specs")).model!;
const ssm = model.services.find((s) => s.moduleName === "ssm")!;
const swas = model.services.find((s) => s.moduleName === "swas")!;

describe("literal", () => {
  const cases: Array<[string, unknown, string]> = [
    ["a plain object", { a: 1, "b-c": [true, null] }, '{ a: 1, "b-c": [true, null] }'],
    ["text that could close a script element", "</script><!--", '"<\\/script><\\!--"'],
    ["line separators", "a\u2028b", '"a\\u2028b"'],
    ["a __proto__ key, kept as a member", { __proto__: 1 } as unknown, "{}"],
    ["an own __proto__ member", JSON.parse('{"__proto__": {"x": 1}}'), '{ ["__proto__"]: { x: 1 } }'],
  ];
  for (const [name, value, want] of cases) {
    it(name, () => {
      expect(literal(value)).toBe(want);
      // The literal evaluates back to the same data (own members only).
      expect(JSON.stringify(new Function(`return (${literal(value)});`)())).toBe(JSON.stringify(value));
    });
  }
});

describe("emitMock", () => {
  it("wires every SSM operation to its validators and its hand-written behaviour", () => {
    const text = emitMock(ssm);
    for (const op of ssm.operations) {
      expect(text).toContain(`validateInput: validate${op.name}Request,`);
      expect(text).toContain(`validateOutput: validate${op.name}Response,`);
      expect(text).toContain(`behaviour: ssmBehaviours.operations.${op.name},`);
    }
    expect(text).toContain('import { awsJsonMock } from "../runtime/mock-aws-json.js";');
    expect(text).toContain('protocol: { kind: "awsJson1_1", targetPrefix: "AmazonSSM", signingName: "ssm" }');
    expect(text).not.toContain("coerceInput");
    expect(mockNames(ssm)).toEqual({ factory: "createSsmMock", definition: "ssmMockDefinition", operationType: "SsmMockOperation" });
  });

  it("gives RPC operations their coercers and the Alibaba adapter", () => {
    const text = emitMock(swas);
    expect(text).toContain('import { alibabaRpcMock } from "../runtime/mock-alibaba-rpc.js";');
    expect(text).toContain("coerceInput: coerceRunCommandRequest,");
    expect(text).toContain('protocol: { kind: "rpc", version: "2020-06-01", endpoint: "swas.{region}.aliyuncs.com" }');
    expect(text).toMatch(/"InvalidInstanceId.NotFound": \{ name: "InvalidInstanceIdNotFound", status: 404/);
  });

  it("records which member carries an error's message", () => {
    expect(emitMock(ssm)).toMatch(/DoesNotExistException: \{[^}]*messageMember: "Message" \}/);
    expect(emitMock(ssm)).toMatch(/InvalidCommandId: \{[^}]*messageMember: "message" \}/);
  });

  it("leaves out error examples and keeps successful ones as data", () => {
    const text = emitMock(ssm);
    expect(text).toContain('title: "Get the result of a finished shell script"');
    expect(text).not.toContain("Unknown command ID");
  });
});

describe("a service without a simulation", () => {
  it("answers each operation with its first example's output, after validating the request", async () => {
    const specs = mkdtempSync(path.join(os.tmpdir(), "opspec-mockspec-"));
    mkdirSync(path.join(specs, "notes", "operations"), { recursive: true });
    writeFileSync(
      path.join(specs, "notes", "service.yaml"),
      [
        "service: Notes",
        "title: Notes",
        'apiVersion: "2024-01-01"',
        "protocol:",
        "  awsJson1_1: { targetPrefix: NotesService, signingName: notes, endpointPrefix: notes }",
        "errors:",
        "  NoSuchNote: { status: 404, fault: client, retryable: false, members: { Message: { type: string } } }",
      ].join("\n"),
    );
    writeFileSync(
      path.join(specs, "notes", "operations", "GetNote.yaml"),
      [
        "operation: GetNote",
        "input:",
        "  members:",
        "    Id: { type: string, required: true, length: { min: 3 } }",
        "output:",
        "  members:",
        "    Text: { type: string }",
        "errors: [NoSuchNote]",
        "examples:",
        "  - title: A note",
        "    input: { Id: abc }",
        '    output: { Text: "</script> and \\u2028" }',
      ].join("\n"),
    );
    const compiled = compileSpecs(specs);
    expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const service = compiled.model!.services[0];
    const emitted = [typesEmitter, validatorsEmitter, mockEmitter].flatMap((e) => e.emit(service));
    const out = mkdtempSync(path.join(os.tmpdir(), "opspec-mockout-"));
    for (const f of [...emitted, ...packageEmitter().emit(compiled.model!, emitted)]) {
      mkdirSync(path.dirname(path.join(out, f.path)), { recursive: true });
      writeFileSync(path.join(out, f.path), f.contents);
    }
    const mod = await import(path.join(out, "src/notes/mock.ts"));
    const mock = mod.createNotesMock();
    const call = (input: unknown) =>
      mock.handle(
        new Request("http://127.0.0.1/", {
          method: "POST",
          headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "NotesService.GetNote" },
          body: JSON.stringify(input),
        }),
      );
    const ok = await call({ Id: "zzz" });
    expect(await ok.json()).toEqual({ Text: "</script> and \u2028" });
    const bad = await call({ Id: "a" });
    expect(await bad.json()).toMatchObject({ __type: "ValidationException" });
    // The generic awsCall helper targets AmazonSSM: another service's target is not this mock's.
    const other = await awsCall(mock.handle, "GetNote", { Id: "abc" });
    expect(other.body.__type).toBe("UnknownOperationException");
  });
});
