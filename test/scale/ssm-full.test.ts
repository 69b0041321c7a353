// The whole official SSM model: it imports, generates, type-checks under strict, and its validators
// agree with ajv on random valid and mutated payloads of every shape.
import fc from "fast-check";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/check/diagnostics.ts";
import { runImportBotocore } from "../../generator/import/import-botocore-cli.ts";
import { createAjv } from "../../generator/model/ajv.ts";
import { jsonSchemaFor } from "../../generator/model/json-schema.ts";
import type { Model } from "../../generator/model/types.ts";
import { compileSpecs, renderModel } from "../../generator/pipeline.ts";
import { writeTree } from "../../generator/write/write.ts";
import { typecheck } from "../helpers/typecheck.ts";
import { Payloads } from "../validators/arbitrary.ts";
import { load, validatorsOf } from "../validators/helpers.ts";
import { mutate, seeded } from "../validators/mutate.ts";

const botocore = "/usr/lib/python3/dist-packages/botocore/data/ssm/2014-11-06";
const root = mkdtempSync(path.join(os.tmpdir(), "opspec-ssm-full-"));
const specs = path.join(root, "specs");
const out = path.join(root, "generated");
let model: Model;

describe("the whole SSM model", () => {
  beforeAll(async () => {
    // .ci/run installs python3-botocore; without it this suite cannot run at all, so it fails loudly.
    expect(existsSync(`${botocore}/service-2.json`), "install Debian's python3-botocore").toBe(true);
    const imported = await runImportBotocore({
      model: `${botocore}/service-2.json`,
      paginators: `${botocore}/paginators-1.json`,
      waiters: `${botocore}/waiters-2.json`,
      out: path.join(specs, "ssm"),
    });
    expect(imported.written.length).toBeGreaterThan(100);
    const compiled = compileSpecs(specs);
    expect(compiled.diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(d))).toEqual([]);
    model = compiled.model!;
  }, 120_000);

  it("imports every operation and generates a package that type-checks under strict", async () => {
    const ssm = model.services[0];
    expect(ssm.operations.length).toBeGreaterThan(130);
    expect(ssm.shapes.size).toBeGreaterThan(1000);
    const files = await renderModel(model);
    await writeTree(out, files);
    const sources = files.filter((f) => f.path.startsWith("src/") && f.path.endsWith(".ts")).map((f) => path.join(out, f.path));
    expect(typecheck(sources)).toEqual([]);
  }, 300_000);

  it("its validators agree with ajv on every named shape", async () => {
    const { service, mod } = await load(specs, "ssm");
    const ajv = createAjv();
    const payloads = new Payloads(service);
    let checked = 0;
    for (const [name, shape] of service.shapes) {
      const validate = ajv.compile(jsonSchemaFor(service, name));
      const v = validatorsOf(mod, name, service);
      const agree = (payload: unknown) => {
        checked++;
        const want = validate(payload);
        const context = () => `${name}: ${JSON.stringify(payload)}`;
        expect(v.is(payload), context()).toBe(want);
        expect(v.validate(payload).length === 0, context()).toBe(want);
      };
      fc.assert(
        fc.property(payloads.valid(shape), fc.integer(), (value, seed) => {
          agree(value);
          agree(mutate(service, shape, value, seeded(seed)));
        }),
        { numRuns: 8, seed: 1106 },
      );
    }
    expect(checked).toBeGreaterThan(15_000);
  }, 300_000);
});
