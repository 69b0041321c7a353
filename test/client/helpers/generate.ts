// Generates the client modules (with the types and validators they import, the runtime the package
// emitter ships, and their compiled JavaScript) from specs/ into a temporary folder, so the tests always exercise what the
// current specs and emitters produce, independent of the committed generated/ folder.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { clientEmitter } from "../../../generator/emit/client/emit-client.ts";
import { compileFile } from "../../../generator/format/format.ts";
import { packageEmitter } from "../../../generator/emit/package/emit-package.ts";
import { typesEmitter } from "../../../generator/emit/types/emit-types.ts";
import { validatorsEmitter } from "../../../generator/emit/validators/emit-validators.ts";
import type { Model } from "../../../generator/model/types.ts";
import { compileSpecs } from "../../../generator/pipeline.ts";

export interface GeneratedClients {
  dir: string;
  model: Model;
  /** Imports src/<service>/<module>.ts from the generated folder. */
  load(service: string, module?: string): Promise<any>;
}

const cache = new Map<string, GeneratedClients>();

export function generateClients(specs = "specs"): GeneratedClients {
  const key = path.resolve(specs);
  const hit = cache.get(key);
  if (hit) return hit;
  const compiled = compileSpecs(key);
  if (!compiled.model) throw new Error(`specs do not compile: ${JSON.stringify(compiled.diagnostics.slice(0, 3))}`);
  const model = compiled.model;
  const emitted = model.services.flatMap((s) => [typesEmitter, validatorsEmitter, clientEmitter].flatMap((e) => e.emit(s)));
  const sources = [...emitted, ...packageEmitter().emit(model, emitted)];
  // The compiled JavaScript too, as `opspec generate` writes it: `opspec call` imports dist/.
  const files = [...sources, ...sources.flatMap(compileFile)];
  const dir = mkdtempSync(path.join(os.tmpdir(), "opspec-client-"));
  for (const f of files) {
    const target = path.join(dir, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.contents);
  }
  const generated: GeneratedClients = {
    dir,
    model,
    load: (service, module = "client") => import(pathToFileURL(path.join(dir, "src", service, `${module}.ts`)).href),
  };
  cache.set(key, generated);
  return generated;
}
