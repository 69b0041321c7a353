// Generated boolean validator against ajv (compiled from the exported JSON Schema), TypeBox's compiler,
// zod 4 and valibot, on the GetCommandInvocation response: every member set with a 600-character
// StandardOutputContent, and two invalid variants. TypeBox, zod and valibot schemas are hand-written
// here as anchors with the same constraints (they count lengths in UTF-16 units, not code points).
import { Type } from "@sinclair/typebox";
import { TypeCompiler } from "@sinclair/typebox/compiler";
import * as v from "valibot";
import { z } from "zod";
import { importValidators } from "../generator/commands/validate.ts";
import { createAjv } from "../generator/model/ajv.ts";
import { jsonSchemaFor } from "../generator/model/json-schema.ts";
import { compileSpecs } from "../generator/pipeline.ts";
import type { BenchRow, BenchSection } from "./run.ts";

const instanceId = /(^i-(\w{8}|\w{17})$)|(^mi-\w{17}$)/u;
const documentName = /^[a-zA-Z0-9_\-.]{3,128}$/u;
const documentVersion = /([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)/u;
// Only valid without the u flag (`\:` outside a class), as the spec compiles it.
const stringDateTime =
  /^([\-]?\d{4}(?!\d{2}\b))((-?)((0[1-9]|1[0-2])(\3([12]\d|0[1-9]|3[01]))?|W([0-4]\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\d|[12]\d{2}|3([0-5]\d|6[1-6])))([T\s]((([01]\d|2[0-3])((:?)[0-5]\d)?|24\:?00)([\.,]\d(?!:))?)?(\17[0-5]\d([\.,]\d)?)?([zZ]|([\-])([01]\d|2[0-3]):?([0-5]\d)?)?)?)?$/;
const statuses = ["Pending", "InProgress", "Delayed", "Success", "Cancelled", "TimedOut", "Failed", "Cancelling"] as const;

const typebox = TypeCompiler.Compile(
  Type.Object(
    {
      CommandId: Type.Optional(Type.String({ minLength: 36, maxLength: 36 })),
      InstanceId: Type.Optional(Type.String({ pattern: instanceId.source })),
      Comment: Type.Optional(Type.String({ maxLength: 100 })),
      DocumentName: Type.Optional(Type.String({ pattern: documentName.source })),
      DocumentVersion: Type.Optional(Type.String({ pattern: documentVersion.source })),
      PluginName: Type.Optional(Type.String({ minLength: 4 })),
      ResponseCode: Type.Optional(Type.Integer()),
      ExecutionStartDateTime: Type.Optional(Type.String({ pattern: stringDateTime.source })),
      ExecutionElapsedTime: Type.Optional(Type.String({ pattern: stringDateTime.source })),
      ExecutionEndDateTime: Type.Optional(Type.String({ pattern: stringDateTime.source })),
      Status: Type.Optional(Type.Union(statuses.map((s) => Type.Literal(s)))),
      StatusDetails: Type.Optional(Type.String({ minLength: 0, maxLength: 100 })),
      StandardOutputContent: Type.Optional(Type.String({ maxLength: 24000 })),
      StandardOutputUrl: Type.Optional(Type.String()),
      StandardErrorContent: Type.Optional(Type.String({ maxLength: 8000 })),
      StandardErrorUrl: Type.Optional(Type.String()),
      CloudWatchOutputConfig: Type.Optional(
        Type.Object(
          { CloudWatchLogGroupName: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })), CloudWatchOutputEnabled: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),
);

const zod = z.strictObject({
  CommandId: z.string().length(36).optional(),
  InstanceId: z.string().regex(instanceId).optional(),
  Comment: z.string().max(100).optional(),
  DocumentName: z.string().regex(documentName).optional(),
  DocumentVersion: z.string().regex(documentVersion).optional(),
  PluginName: z.string().min(4).optional(),
  ResponseCode: z.int().optional(),
  ExecutionStartDateTime: z.string().regex(stringDateTime).optional(),
  ExecutionElapsedTime: z.string().regex(stringDateTime).optional(),
  ExecutionEndDateTime: z.string().regex(stringDateTime).optional(),
  Status: z.enum(statuses).optional(),
  StatusDetails: z.string().max(100).optional(),
  StandardOutputContent: z.string().max(24000).optional(),
  StandardOutputUrl: z.string().optional(),
  StandardErrorContent: z.string().max(8000).optional(),
  StandardErrorUrl: z.string().optional(),
  CloudWatchOutputConfig: z.strictObject({ CloudWatchLogGroupName: z.string().min(1).max(512).optional(), CloudWatchOutputEnabled: z.boolean().optional() }).optional(),
});

const valibot = v.strictObject({
  CommandId: v.optional(v.pipe(v.string(), v.length(36))),
  InstanceId: v.optional(v.pipe(v.string(), v.regex(instanceId))),
  Comment: v.optional(v.pipe(v.string(), v.maxLength(100))),
  DocumentName: v.optional(v.pipe(v.string(), v.regex(documentName))),
  DocumentVersion: v.optional(v.pipe(v.string(), v.regex(documentVersion))),
  PluginName: v.optional(v.pipe(v.string(), v.minLength(4))),
  ResponseCode: v.optional(v.pipe(v.number(), v.integer())),
  ExecutionStartDateTime: v.optional(v.pipe(v.string(), v.regex(stringDateTime))),
  ExecutionElapsedTime: v.optional(v.pipe(v.string(), v.regex(stringDateTime))),
  ExecutionEndDateTime: v.optional(v.pipe(v.string(), v.regex(stringDateTime))),
  Status: v.optional(v.picklist(statuses)),
  StatusDetails: v.optional(v.pipe(v.string(), v.maxLength(100))),
  StandardOutputContent: v.optional(v.pipe(v.string(), v.maxLength(24000))),
  StandardOutputUrl: v.optional(v.string()),
  StandardErrorContent: v.optional(v.pipe(v.string(), v.maxLength(8000))),
  StandardErrorUrl: v.optional(v.string()),
  CloudWatchOutputConfig: v.optional(
    v.strictObject({ CloudWatchLogGroupName: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(512))), CloudWatchOutputEnabled: v.optional(v.boolean()) }),
  ),
});

const line = "Filesystem      Size  Used Avail Use% Mounted on /dev/xvda1 8.0G 1.9G 6.2G 24% /\n";

/** Parsed from JSON text, as a service or client sees a payload. */
const valid: unknown = JSON.parse(
  JSON.stringify({
    CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567",
    InstanceId: "i-0e3ba1c8f7d2a4b61",
    Comment: "Check free disk space",
    DocumentName: "AWS-RunShellScript",
    DocumentVersion: "1",
    PluginName: "aws:runShellScript",
    ResponseCode: 0,
    ExecutionStartDateTime: "2024-05-14T09:21:03Z",
    ExecutionElapsedTime: "2024-05-14T09:21:04Z",
    ExecutionEndDateTime: "2024-05-14T09:21:04Z",
    Status: "Success",
    StatusDetails: "Success",
    StandardOutputContent: line.repeat(Math.ceil(600 / line.length)).slice(0, 600),
    StandardOutputUrl: "https://s3.us-east-1.amazonaws.com/doc-example-bucket/0831e1a8/i-0e3ba1c8f7d2a4b61/awsrunShellScript/stdout",
    StandardErrorContent: "",
    StandardErrorUrl: "",
    CloudWatchOutputConfig: { CloudWatchLogGroupName: "/aws/ssm/AWS-RunShellScript", CloudWatchOutputEnabled: true },
  }),
);
const firstWrong: unknown = { ...(valid as object), CommandId: 12345 };
const lastWrong: unknown = { ...(valid as object), CloudWatchOutputConfig: { CloudWatchLogGroupName: "", CloudWatchOutputEnabled: true } };

/** The valid payload with different optional members left out: eight object layouts. */
const layouts: unknown[] = [
  [],
  ["Comment"],
  ["StandardErrorContent", "StandardErrorUrl"],
  ["ExecutionEndDateTime", "ExecutionElapsedTime"],
  ["CloudWatchOutputConfig"],
  ["DocumentVersion", "PluginName"],
  ["StatusDetails", "ResponseCode", "Comment"],
  ["InstanceId", "StandardOutputUrl"],
].map((omit) => JSON.parse(JSON.stringify(valid, (k, x: unknown) => (omit.includes(k) ? undefined : x))) as unknown);

let sink = 0;

/**
 * Nanoseconds per call for each check on one payload: rounds interleave the candidates so that load on
 * a shared machine hits them alike, and the fastest round counts (the least disturbed one).
 */
function measureAll(checks: ((x: unknown) => boolean)[], payload: unknown): number[] {
  const iterations = checks.map((check) => {
    let n = 500;
    for (;;) {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) if (check(payload)) sink++;
      const ms = performance.now() - t0;
      if (ms > 10) return Math.max(500, Math.round((n * 20) / ms));
      n *= 4;
    }
  });
  const best = checks.map(() => Infinity);
  for (let round = 0; round < 15; round++) {
    checks.forEach((check, c) => {
      const n = iterations[c];
      const t0 = performance.now();
      for (let i = 0; i < n; i++) if (check(payload)) sink++;
      best[c] = Math.min(best[c], ((performance.now() - t0) * 1e6) / n);
    });
  }
  return best;
}

/** Calls `check` on every payload in turn; one call of the result validates them all. */
function rotation(check: (x: unknown) => boolean, payloads: unknown[]): (x: unknown) => boolean {
  return () => {
    let ok = true;
    for (let j = 0; j < payloads.length; j++) ok = check(payloads[j]) && ok;
    return ok;
  };
}

export async function run(): Promise<BenchSection[]> {
  const compiled = compileSpecs("specs");
  const ssm = compiled.model?.services.find((s) => s.moduleName === "ssm");
  if (!ssm) throw new Error("bench: specs/ssm does not compile");
  const mod = await importValidators(ssm);
  const generated = mod.isGetCommandInvocationResponse as (x: unknown) => boolean;
  const ajv = createAjv().compile(jsonSchemaFor(ssm, "GetCommandInvocationResponse"));

  const candidates: [string, (x: unknown) => boolean][] = [
    ["opspec generated isGetCommandInvocationResponse", generated],
    ["ajv (compiled from the exported JSON Schema)", (x) => ajv(x)],
    ["TypeBox compiler", (x) => typebox.Check(x)],
    ["zod 4 (safeParse)", (x) => zod.safeParse(x).success],
    ["valibot (is)", (x) => v.is(valibot, x)],
  ];

  // Phases in this order: the valid payload while each validator has seen one object layout (a service
  // validating one client's requests), the invalid variants, then a rotation of layouts.
  const checks = candidates.map(([, check]) => check);
  const validNs = measureAll(checks, valid);
  const firstNs = measureAll(checks, firstWrong);
  const lastNs = measureAll(checks, lastWrong);
  const mixedNs = measureAll(
    checks.map((check) => rotation(check, layouts)),
    null,
  ).map((t) => t / layouts.length);
  const results = new Map(candidates.map(([name], i) => [name, { valid: validNs[i], first: firstNs[i], last: lastNs[i], mixed: mixedNs[i] }]));
  // Every library must judge the payloads alike, or the figures compare different work.
  for (const [name, check] of candidates) {
    if (!check(valid) || check(firstWrong) || check(lastWrong) || !layouts.every(check)) {
      throw new Error(`bench: ${name} does not judge the payloads as intended`);
    }
  }
  const ours = results.get(candidates[0][0])!;
  const ajvTimes = results.get(candidates[1][0])!;
  const typeboxTimes = results.get(candidates[2][0])!;
  const rows = (pick: (t: { valid: number; first: number; last: number; mixed: number }) => number): BenchRow[] =>
    candidates.map(([name]) => {
      const t = pick(results.get(name)!);
      return { name, value: t, unit: "ns/op", ratio: `${(pick(ajvTimes) / t).toFixed(1)}×` };
    });
  const met = ours.valid * 5 <= ajvTimes.valid && ours.valid <= typeboxTimes.valid && ours.first < 50;
  if (sink < 0) console.error(sink);
  return [
    {
      title: "Validators: GetCommandInvocationResponse, valid (all members, 600-character output)",
      anchor: "ajv compiled from the exported JSON Schema (ratio = ajv time / this time)",
      target: "generated ≥ 5× faster than ajv, no slower than TypeBox's compiler; < 50 ns to reject a wrong first member",
      met,
      rows: rows((t) => t.valid),
      notes: [
        `generated ${(ajvTimes.valid / ours.valid).toFixed(1)}× faster than ajv, ${(typeboxTimes.valid / ours.valid).toFixed(2)}× TypeBox's speed; rejecting a wrong first member takes ${ours.first.toFixed(1)} ns.`,
        "TypeBox, zod and valibot count string lengths in UTF-16 units; the generated code and ajv count code points (the generated code only when .length cannot decide).",
      ],
    },
    { title: "Validators: first member wrong (CommandId is a number)", anchor: "ajv (ratio = ajv time / this time)", rows: rows((t) => t.first) },
    { title: "Validators: last member wrong (empty CloudWatchLogGroupName)", anchor: "ajv (ratio = ajv time / this time)", rows: rows((t) => t.last) },
    {
      title: `Validators: valid payloads in ${layouts.length} layouts, in rotation`,
      anchor: "ajv (ratio = ajv time / this time)",
      rows: rows((t) => t.mixed),
      notes: ["Each layout leaves out different optional members, so property reads see several object shapes, as a service answering many clients does."],
    },
  ];
}
