// The oracle: ajv, compiled from the exported JSON Schema, and the generated validators must agree on
// every payload, valid or broken; for single-fault payloads they must also agree on where and why.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createAjv } from "../../generator/model/ajv.ts";
import { jsonSchemaFor } from "../../generator/model/json-schema.ts";
import { Payloads } from "./arbitrary.ts";
import { inputCheckFunction } from "../../generator/emit/names.ts";
import { acceptingUnknown, ajvKeys, load, ourKeys, specRoots, validatorsOf } from "./helpers.ts";
import { mutate, seeded } from "./mutate.ts";

const runsPerShape = Number(process.env.ORACLE_RUNS ?? 450);
const totals = { payloads: 0, validAccepted: 0, validGenerated: 0, faultsCompared: 0 };

const services: [string, string, string][] = [
  ["ssm", specRoots.specs, "ssm"],
  ["swas", specRoots.specs, "swas"],
  ["fixture", specRoots.fixtures, "fixture"],
  ["rpcfix", specRoots.fixtures, "rpcfix"],
  ["edge", specRoots.edge, "edge"],
];

describe.each(services)("generated validators agree with ajv: %s", (_label, root, moduleName) => {
  it("on valid and single-fault payloads of every named shape", async () => {
    const { service, mod } = await load(root, moduleName);
    const ajv = createAjv();
    const payloads = new Payloads(service);
    expect(service.shapes.size).toBeGreaterThan(0);
    const inputs = new Set(service.operations.map((op) => op.input.name));
    for (const [name, shape] of service.shapes) {
      // The clients' input check (the detailed path alone) must find exactly what validate… finds.
      const inputCheck = inputs.has(name) ? (mod[inputCheckFunction(name)] as (v: unknown) => unknown) : undefined;
      const schema = jsonSchemaFor(service, name);
      const strict = ajv.compile(schema);
      const loose = ajv.compile(acceptingUnknown(schema));
      const v = validatorsOf(mod, name, service);
      const agree = (payload: unknown, singleFault: boolean) => {
        totals.payloads++;
        const want = strict(payload);
        const violations = v.validate(payload);
        if (inputCheck) expect(inputCheck(payload)).toEqual(violations);
        const context = () => `${name}: ${JSON.stringify(payload)}\najv: ${JSON.stringify(strict.errors)}\nours: ${JSON.stringify(violations)}`;
        expect(v.is(payload), context()).toBe(want);
        expect(violations.length === 0, context()).toBe(want);
        if (!want && singleFault) {
          totals.faultsCompared++;
          expect(ourKeys(violations), context()).toEqual(ajvKeys(strict.errors ?? [], payload));
        }
        const accepted = v.validate(payload, { unknownMembers: "accept" });
        expect(accepted.length === 0, `accept mode, ${context()}\najv: ${JSON.stringify(loose.errors)}`).toBe(loose(payload));
        const standard = v.schema["~standard"].validate(payload) as { issues?: unknown[] };
        expect(standard.issues === undefined).toBe(want);
        return want;
      };
      fc.assert(
        fc.property(payloads.valid(shape), fc.integer(), (value, seed) => {
          totals.validGenerated++;
          if (agree(value, false)) totals.validAccepted++;
          agree(mutate(service, shape, value, seeded(seed)), true);
        }),
        { numRuns: runsPerShape },
      );
    }
  });
});

afterAll(() => {
  console.log(`oracle: ${totals.payloads} payloads, ${totals.faultsCompared} single-fault error paths compared, ${totals.validAccepted}/${totals.validGenerated} generated valid payloads accepted`);
});

describe("oracle coverage", () => {
  it("checked at least 100,000 payloads, most generated valid ones really valid", () => {
    // Runs after the service suites (vitest runs a file's tests in order).
    if (runsPerShape < 450) return expect(totals.payloads).toBeGreaterThan(0);
    expect(totals.payloads).toBeGreaterThanOrEqual(100_000);
    expect(totals.validAccepted / totals.validGenerated).toBeGreaterThan(0.8);
  });
});
