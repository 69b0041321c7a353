// What the emitters put in the package: the exports every other artifact codes against, JSON Schema
// files, plain code (no eval), and a package another project can import and run without TypeScript.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { emitValidators } from "../../generator/emit/validators/emit-validators.ts";
import { schemasEmitter } from "../../generator/emit/schemas/emit-schemas.ts";
import { inputCheckFunction, validatorNames } from "../../generator/emit/names.ts";
import { createAjv } from "../../generator/model/ajv.ts";
import { jsonSchemaFor } from "../../generator/model/json-schema.ts";
import type { Model } from "../../generator/model/types.ts";
import { compileSpecs, renderModel } from "../../generator/pipeline.ts";
import { writeTree } from "../../generator/write/write.ts";
import { load, serviceOf, specRoots } from "./helpers.ts";
import { typecheck } from "../helpers/typecheck.ts";

const services: [string, string][] = [
  [specRoots.specs, "ssm"],
  [specRoots.specs, "swas"],
  [specRoots.fixtures, "fixture"],
  [specRoots.fixtures, "rpcfix"],
  [specRoots.edge, "edge"],
];

describe.each(services)("validators module of %s/%s", (root, name) => {
  it("exports is…, validate… and …Schema for every named shape, the clients' input checks, and nothing unexpected", async () => {
    const { service, mod } = await load(root, name);
    const expected = new Set<string>();
    for (const shape of service.shapes.keys()) {
      const n = validatorNames(shape, service);
      expect(typeof mod[n.is], n.is).toBe("function");
      expect(typeof mod[n.validate], n.validate).toBe("function");
      const schema = mod[n.schema] as { "~standard": { version: number; vendor: string; validate: unknown } };
      expect(schema["~standard"]).toMatchObject({ version: 1, vendor: "opspec" });
      expect(typeof schema["~standard"].validate).toBe("function");
      for (const x of Object.values(n)) expected.add(x);
    }
    for (const op of service.operations) expected.add(inputCheckFunction(op.input.name));
    if (service.protocol.kind === "rpc") for (const op of service.operations) expected.add(`coerce${op.input.name}`);
    expect(Object.keys(mod).sort()).toEqual([...expected].sort());
  });

  it("is plain code: no eval, no Function constructor, no dependency but the runtime", () => {
    const text = emitValidators(serviceOf(root, name));
    expect(text).not.toMatch(/\beval\s*\(|\bFunction\s*\(|new\s+Function\b/);
    const imports = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(imports)).toEqual(new Set(["../runtime/validate.js", "../runtime/standard-schema.js", "./types.js"]));
  });

  it("writes schemas/<service>/<Shape>.json for every named shape, each a working JSON Schema", () => {
    const service = serviceOf(root, name);
    const files = schemasEmitter.emit(service);
    expect(files.map((f) => f.path).sort()).toEqual([...service.shapes.keys()].map((s) => `schemas/${service.moduleName}/${s}.json`).sort());
    const ajv = createAjv();
    for (const f of files) {
      const schema = JSON.parse(f.contents) as Record<string, unknown>;
      const shape = path.basename(f.path, ".json");
      expect(schema).toEqual(jsonSchemaFor(service, shape));
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(() => ajv.compile(schema)).not.toThrow();
    }
  });
});

describe("the package in another project", () => {
  let generated: string;
  let model: Model;

  beforeAll(async () => {
    model = compileSpecs(specRoots.specs).model!;
    generated = mkdtempSync(path.join(os.tmpdir(), "opspec-validators-pkg-"));
    await writeTree(generated, await renderModel(model));
  });

  function project(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), "opspec-validators-consumer-"));
    mkdirSync(path.join(dir, "node_modules", "@opspec"), { recursive: true });
    symlinkSync(generated, path.join(dir, "node_modules", "@opspec", "generated"), "dir");
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    return dir;
  }

  it("runs the compiled validators with plain Node, by package name", () => {
    const dir = project();
    writeFileSync(
      path.join(dir, "run.mjs"),
      [
        'import { isGetCommandInvocationRequest, validateGetCommandInvocationRequest, GetCommandInvocationResponseSchema } from "@opspec/generated/ssm";',
        'import { coerceDescribeInvocationsRequest, validateDescribeInvocationsRequest } from "@opspec/generated/swas";',
        'const ok = isGetCommandInvocationRequest({ CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567", InstanceId: "i-0e3ba1c8f7d2a4b61" });',
        'const bad = validateGetCommandInvocationRequest({ CommandId: "x" });',
        'const std = GetCommandInvocationResponseSchema["~standard"].validate({ Status: "Nope" });',
        'const rpc = validateDescribeInvocationsRequest(coerceDescribeInvocationsRequest({ RegionId: "cn", InstanceId: "i", PageSize: "80" }));',
        "console.log(JSON.stringify({ ok, bad: bad.map((v) => v.path + ' ' + v.keyword), std, rpc: rpc.map((v) => v.path + ' ' + v.keyword) }));",
        "",
      ].join("\n"),
    );
    const printed = execFileSync(process.execPath, [path.join(dir, "run.mjs")], { cwd: dir, encoding: "utf8" });
    expect(JSON.parse(printed)).toEqual({
      ok: true,
      bad: ["/CommandId minLength", "/InstanceId required"],
      std: { issues: [{ message: 'must be one of "Pending", "InProgress", "Delayed", "Success", "Cancelled", "TimedOut", "Failed", "Cancelling"', path: ["Status"] }] },
      rpc: ["/PageSize maximum"],
    });
  });

  it("narrows types and exposes the Standard Schema types to TypeScript", () => {
    const dir = project();
    const file = path.join(dir, "use.ts");
    writeFileSync(
      file,
      [
        'import { isGetCommandInvocationResponse, GetCommandInvocationResponseSchema, type StandardSchemaV1, type Violation } from "@opspec/generated/ssm";',
        'import type { GetCommandInvocationResponse } from "@opspec/generated/ssm";',
        "type Out = StandardSchemaV1.InferOutput<typeof GetCommandInvocationResponseSchema>;",
        "export function status(body: unknown): string | undefined {",
        "  if (!isGetCommandInvocationResponse(body)) return undefined;",
        "  const same: Out = body;",
        "  const back: GetCommandInvocationResponse = same;",
        "  return back.Status;",
        "}",
        "export const none: Violation[] = [];",
        "",
      ].join("\n"),
    );
    expect(typecheck([file])).toEqual([]);
  });

  it("ships the JSON Schemas under the package's schemas/ export", () => {
    const dir = project();
    writeFileSync(
      path.join(dir, "schema.mjs"),
      'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\nconst s = require("@opspec/generated/schemas/ssm/GetCommandInvocationRequest.json");\nconsole.log(s.title);\n',
    );
    expect(execFileSync(process.execPath, [path.join(dir, "schema.mjs")], { cwd: dir, encoding: "utf8" }).trim()).toBe("GetCommandInvocationRequest");
  });
});
