// One ajv set-up for checking values against exported JSON Schemas: the spec checker uses it for
// defaults and examples, the tests use it as the oracle for generated validators.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { compilePattern } from "./pattern.ts";

type AjvInstance = InstanceType<typeof Ajv2020.default>;

export function createAjv(): AjvInstance {
  const ajv = new Ajv2020.default({
    allErrors: true,
    strict: false,
    // Members named `constructor` or `toString` must be own properties, not the prototype's.
    ownProperties: true,
    // Patterns compile as the generated validators compile them: with `u` when valid, else without.
    code: {
      regExp: ((source: string) => {
        const p = compilePattern(source);
        if ("error" in p) throw new Error(p.error);
        return new RegExp(p.source, p.flags);
      }) as any,
    },
  });
  addFormats.default(ajv, ["date-time"]);
  return ajv;
}
