// Following references: the one place that knows a RefShape points into the service's named shapes.
import type { ServiceModel, Shape } from "./types.ts";

export type Resolved = Exclude<Shape, { kind: "ref" }>;

/** The shape a reference points at (following chains), or the shape itself. Throws on a dangling ref,
 * which the checker reports before any emitter runs. */
export function resolve(service: ServiceModel, shape: Shape): Resolved {
  let s: Shape = shape;
  for (let hops = 0; s.kind === "ref"; hops++) {
    const next = service.shapes.get(s.ref);
    if (!next || hops > 100) throw new Error(`unresolved reference '${s.ref}' in service ${service.name}`);
    s = next;
  }
  return s;
}

/** Named shapes reachable from `roots`, in first-visit order. */
export function reachable(service: ServiceModel, roots: Shape[]): string[] {
  const seen = new Set<string>();
  const visit = (shape: Shape): void => {
    if (shape.kind === "ref") {
      if (seen.has(shape.ref)) return;
      const target = service.shapes.get(shape.ref);
      if (!target) return;
      seen.add(shape.ref);
      visit(target);
      return;
    }
    if (shape.name && (shape.kind === "structure" || shape.kind === "enum")) {
      if (seen.has(shape.name) && shape !== service.shapes.get(shape.name)) return;
      seen.add(shape.name);
    }
    if (shape.kind === "structure") for (const m of shape.members) visit(m.shape);
    else if (shape.kind === "list") visit(shape.items);
    else if (shape.kind === "map") {
      visit(shape.keys);
      visit(shape.values);
    }
  };
  roots.forEach(visit);
  return [...seen];
}
