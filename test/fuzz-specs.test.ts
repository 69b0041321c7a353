// Random valid specs full of hostile text: the generated package compiles under strict, its validators
// agree with ajv on random payloads, it loads without running any spec text, and no spec string
// surfaces in code position.
import fc from "fast-check";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../generator/check/diagnostics.ts";
import { compileSpecs, renderModel } from "../generator/pipeline.ts";
import { writeTree } from "../generator/write/write.ts";
import { marker, serviceSpec } from "./helpers/spec-arbitrary.ts";
import type { ValidatorsModule } from "../generator/commands/validate.ts";
import { createAjv } from "../generator/model/ajv.ts";
import { jsonSchemaFor } from "../generator/model/json-schema.ts";
import { Payloads } from "./validators/arbitrary.ts";
import { validatorsOf } from "./validators/helpers.ts";
import { mutate, seeded } from "./validators/mutate.ts";
import { typecheck } from "./helpers/typecheck.ts";

const batches = 5;
const perBatch = 100; // 500 random specs per run

/** Every identifier in a file's syntax tree whose text contains the marker. */
function markerIdentifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && node.text.includes(marker)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${fileName}:${line + 1}: ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("fuzzed specs", () => {
  for (let batch = 0; batch < batches; batch++) {
    it(`batch ${batch + 1}/${batches}: ${perBatch} random specs generate, compile under strict, stay inert, and their validators agree with ajv`, async () => {
      const samples = fc.sample(serviceSpec, { numRuns: perBatch, seed: 7000 + batch });
      const root = mkdtempSync(path.join(os.tmpdir(), "opspec-fuzz-"));
      samples.forEach((files, i) => {
        for (const [rel, content] of Object.entries(files)) {
          const target = path.join(root, "specs", `fuzz${String(i).padStart(3, "0")}`, rel);
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, stringify(content));
        }
      });
      const compiled = compileSpecs(path.join(root, "specs"));
      expect(compiled.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
      const files = await renderModel(compiled.model!, { workers: 0 });
      const out = path.join(root, "generated");
      await writeTree(out, files);

      const code = files.filter((f) => /\.(ts|js)$/.test(f.path));
      expect(code.flatMap((f) => markerIdentifiers(f.path, f.contents))).toEqual([]);

      const sources = files.filter((f) => f.path.startsWith("src/") && f.path.endsWith(".ts")).map((f) => path.join(out, f.path));
      expect(typecheck(sources)).toEqual([]);

      // Loading every module runs its top-level code: the marker would throw if any spec text ran.
      (globalThis as Record<string, unknown>)[marker] = () => {
        throw new Error("spec text was executed");
      };
      for (const f of files.filter((x) => /^dist\/fuzz\d+\/index\.js$/.test(x.path))) {
        await import(pathToFileURL(path.join(out, f.path)).href);
      }

      // The shipped validators of every tenth random spec agree with ajv on random valid and mutated payloads.
      const ajv = createAjv();
      let compared = 0;
      for (const service of compiled.model!.services.filter((_, i) => i % 10 === 0)) {
        const mod = (await import(pathToFileURL(path.join(out, "dist", service.moduleName, "validators.js")).href)) as ValidatorsModule;
        const payloads = new Payloads(service);
        for (const [name, shape] of service.shapes) {
          const validate = ajv.compile(jsonSchemaFor(service, name));
          const v = validatorsOf(mod, name, service);
          fc.assert(
            fc.property(payloads.valid(shape), fc.integer(), (value, seed) => {
              for (const payload of [value, mutate(service, shape, value, seeded(seed))]) {
                compared++;
                const want = validate(payload);
                const context = `${service.moduleName}/${name}: ${JSON.stringify(payload)}`;
                expect(v.is(payload), context).toBe(want);
                expect(v.validate(payload).length === 0, context).toBe(want);
              }
            }),
            { numRuns: 10, seed: 500 + batch },
          );
        }
      }
      expect(compared).toBeGreaterThan(500);
    }, 240_000);
  }
});
