// Schemas emitter: `schemas/<service>/<Shape>.json`, the JSON Schema (2020-12) of every named shape, for
// users in other languages. The schema comes from the one model-to-schema function the checker also uses.
import { jsonSchemaFor } from "../../model/json-schema.ts";
import type { ServiceModel } from "../../model/types.ts";
import type { EmittedFile, ServiceEmitter } from "../emitter.ts";

export const schemasEmitter: ServiceEmitter = {
  name: "schemas",
  emit(service: ServiceModel): EmittedFile[] {
    return [...service.shapes.keys()].map((name) => ({
      path: `schemas/${service.moduleName}/${name}.json`,
      contents: `${JSON.stringify(jsonSchemaFor(service, name), null, 2)}\n`,
      sources: service.files,
    }));
  },
};
