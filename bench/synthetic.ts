// A seeded generator of synthetic spec sets, for measuring how generation cost grows with size.
// Same seed and size → byte-identical specs.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";

export interface SyntheticOptions {
  operations: number;
  perService?: number;
  seed?: number;
}

/** Small, fast, seedable PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ["Command", "Instance", "Bucket", "Window", "Task", "Policy", "Document", "Target", "Session", "Parameter", "Patch", "Resource", "Inventory", "Node", "Plugin", "Output"];
const verbs = ["Get", "List", "Describe", "Create", "Update", "Delete", "Send", "Start", "Stop", "Cancel"];

export function writeSyntheticSpecs(dir: string, options: SyntheticOptions): { services: number; operations: number } {
  const rand = prng(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const perService = options.perService ?? 100;
  rmSync(dir, { recursive: true, force: true });
  let made = 0;
  let services = 0;
  for (let s = 0; made < options.operations; s++) {
    services++;
    const folder = path.join(dir, `svc${String(s).padStart(4, "0")}`);
    mkdirSync(path.join(folder, "operations"), { recursive: true });
    const rpc = s % 3 === 2;
    const shapes: Record<string, unknown> = {};
    const shapeNames: string[] = [];
    for (let i = 0; i < 24; i++) {
      const name = `${pick(words)}${pick(words)}${i}`;
      shapeNames.push(name);
      const kind = i % 4;
      shapes[name] =
        kind === 0
          ? { type: "string", length: { min: int(0, 3), max: int(8, 200) }, pattern: `^[A-Za-z0-9_-]{0,${int(50, 300)}}$`, documentation: `The ${name} identifier.` }
          : kind === 1
            ? { type: "enum", values: Object.fromEntries(Array.from({ length: int(2, 8) }, (_, k) => [`${pick(words)}${k}`, `Value ${k}.`])) }
            : kind === 2
              ? { type: "integer", range: { min: 0, max: int(10, 10000) } }
              : {
                  type: "structure",
                  documentation: `A ${name} record.`,
                  members: Object.fromEntries(
                    Array.from({ length: int(2, 8) }, (_, k) => [
                      `Field${k}`,
                      k === 0 ? { ref: shapeNames[0], required: true } : { type: pick(["string", "integer", "boolean", "timestamp", "double"]) },
                    ]),
                  ),
                };
    }
    const service = {
      service: `Svc${s}`,
      title: `Synthetic service ${s}`,
      apiVersion: "2024-01-01",
      protocol: rpc
        ? { rpc: { method: "POST", parameters: "query", responseFormat: "json", endpoint: `svc${s}.{region}.example.com` } }
        : { awsJson1_1: { targetPrefix: `Svc${s}Service`, signingName: `svc${s}` } },
      shapes,
      errors: {
        ThingNotFound: { status: 400, fault: "client", members: { message: { type: "string" } } },
        InternalError: { status: 500, fault: "server", retryable: true, members: { message: { type: "string" } } },
      },
    };
    writeFileSync(path.join(folder, "service.yaml"), stringify(service));
    const used = new Set<string>();
    for (let o = 0; o < perService && made < options.operations; o++, made++) {
      let name = `${pick(verbs)}${pick(words)}${pick(words)}`;
      while (used.has(name)) name += "X";
      used.add(name);
      const members: Record<string, unknown> = {};
      for (let k = 0; k < int(2, 7); k++) {
        members[`${pick(words)}${k}`] = rand() < 0.6 ? { ref: pick(shapeNames), required: k === 0 } : { type: "string", length: { max: int(10, 2048) } };
      }
      const op = {
        operation: name,
        documentation: `Synthetic operation ${name}.`,
        input: { members: { ...members, MaxResults: { type: "integer", range: { min: 1, max: 50 } }, NextToken: { type: "string" } } },
        output: {
          members: {
            Items: { type: "list", items: { ref: shapeNames[3] } },
            NextToken: { type: "string" },
            Status: { ref: shapeNames[1] },
          },
        },
        errors: ["ThingNotFound", "InternalError"],
        pagination: { style: "token", inputToken: "NextToken", outputToken: "NextToken", pageSize: "MaxResults", items: "Items" },
      };
      writeFileSync(path.join(folder, "operations", `${name}.yaml`), stringify(op));
    }
  }
  return { services, operations: made };
}
