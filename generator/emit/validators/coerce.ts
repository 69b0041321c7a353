// RPC coercion plans: which input members arrive as text that must become another JSON type, and the
// spec defaults to fill in. The conversion itself lives once in the runtime (coerceRpcParams).
import type { StructureShape } from "../../model/types.ts";
import type { ModulePlan } from "./plan.ts";

export interface CoercionTable {
  kinds: Record<string, "integer" | "number" | "boolean" | "json">;
  /** Member → default value as JSON text. */
  defaults: Record<string, string>;
}

export function coercionPlan(plan: ModulePlan, input: StructureShape): CoercionTable {
  const kinds: CoercionTable["kinds"] = {};
  const defaults: CoercionTable["defaults"] = {};
  for (const m of input.members) {
    const s = plan.resolve(m.shape);
    const kind =
      s.kind === "integer" || s.kind === "long"
        ? "integer"
        : s.kind === "double" || (s.kind === "timestamp" && s.format === "epoch-seconds")
          ? "number"
          : s.kind === "boolean"
            ? "boolean"
            : s.kind === "list" || s.kind === "map" || s.kind === "structure"
              ? "json"
              : undefined;
    if (kind) define(kinds, m.name, kind);
    const value = m.default ?? m.shape.default ?? s.default;
    if (value !== undefined) define(defaults, m.name, JSON.stringify(value));
  }
  return { kinds, defaults };
}

function define<T>(o: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}
