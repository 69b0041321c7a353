// Generates the mock modules (with the types, validators and clients beside them) from specs/ into a
// temporary folder, so the tests always exercise what the current specs and emitters produce.
// Unformatted: formatting changes layout only, and would make every test file wait for prettier.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { compileSpecs } from "../../../generator/pipeline.ts";
import { clientEmitter } from "../../../generator/emit/client/emit-client.ts";
import { mockEmitter } from "../../../generator/emit/mock/emit-mock.ts";
import { packageEmitter } from "../../../generator/emit/package/emit-package.ts";
import { typesEmitter } from "../../../generator/emit/types/emit-types.ts";
import { validatorsEmitter } from "../../../generator/emit/validators/emit-validators.ts";
import type { Model } from "../../../generator/model/types.ts";

export interface GeneratedMocks {
  dir: string;
  model: Model;
}

export function generateMocks(specs = "specs"): GeneratedMocks {
  const compiled = compileSpecs(path.resolve(specs));
  if (!compiled.model) throw new Error(`specs do not compile: ${JSON.stringify(compiled.diagnostics.slice(0, 3))}`);
  const model = compiled.model;
  const emitted = model.services.flatMap((s) => [typesEmitter, validatorsEmitter, clientEmitter, mockEmitter].flatMap((e) => e.emit(s)));
  const files = [...emitted, ...packageEmitter().emit(model, emitted)];
  const dir = mkdtempSync(path.join(os.tmpdir(), "opspec-mock-"));
  for (const f of files) {
    const target = path.join(dir, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.contents);
  }
  return { dir, model };
}
