// What a service's validators module declares besides its exports: one pair of internal functions per
// structure, list and map (named or inline), and module constants (regexes, enum value lists, member sets).
// Names are decided here once, in a deterministic walk over the named shapes.
import { resolve, type Resolved } from "../../model/resolve.ts";
import type { EnumShape, ListShape, MapShape, Pattern, ServiceModel, Shape, StructureShape } from "../../model/types.ts";
import { identifier } from "../escape.ts";

export type CompositeShape = StructureShape | ListShape | MapShape;

export interface Composite {
  shape: CompositeShape;
  /** Suffix of the internal function names: `$is_<id>` (boolean) and `$check_<id>` (violations). */
  id: string;
  /** Part of a cycle of shapes: the only functions whose recursion a payload controls, so they check depth. */
  cyclic: boolean;
}

export class ModulePlan {
  readonly composites: Composite[] = [];
  private readonly byName = new Map<string, Composite>();
  private readonly byObject = new Map<Shape, Composite>();
  private readonly inlineCount = new Map<string, number>();
  readonly regexes = new Map<string, { name: string; pattern: Pattern }>();
  readonly enums = new Map<string, { is: string; values: string; shape: EnumShape }>();
  /** Runtime helpers the generated code calls, imported from ../runtime/validate.js. */
  readonly runtime = new Set<string>();

  constructor(readonly service: ServiceModel) {
    for (const shape of service.shapes.values()) this.visit(shape, shape.name);
    this.markCycles();
  }

  /** The shape behind references. */
  resolve(shape: Shape): Resolved {
    return resolve(this.service, shape);
  }

  /** The composite a (resolved) structure, list or map is checked by. */
  composite(shape: CompositeShape): Composite {
    const found = (shape.name ? this.byName.get(shape.name) : undefined) ?? this.byObject.get(shape);
    if (!found) throw new Error(`internal error: no validator planned for a ${shape.kind} in ${this.service.name}`);
    return found;
  }

  /** Names a runtime helper and records the import. */
  rt(name: string): string {
    this.runtime.add(name);
    return name;
  }

  regex(pattern: Pattern): string {
    const key = `${pattern.flags}/${pattern.source}`;
    let r = this.regexes.get(key);
    if (!r) {
      r = { name: `$re${this.regexes.size}`, pattern };
      this.regexes.set(key, r);
    }
    return r.name;
  }

  enumOf(shape: EnumShape): { is: string; values: string } {
    let e = this.enums.get(shape.name);
    if (!e) {
      const id = identifier(shape.name);
      e = { is: `$isEnum_${id}`, values: `$values_${id}`, shape };
      this.enums.set(shape.name, e);
    }
    return e;
  }

  private visit(shape: Shape, owner: string): void {
    if (shape.kind === "ref") return; // the target is visited as a named shape of its own
    if (shape.kind !== "structure" && shape.kind !== "list" && shape.kind !== "map") return;
    if (shape.name) {
      if (this.byName.has(shape.name)) return;
    } else if (this.byObject.has(shape)) return;
    const id = shape.name ? identifier(shape.name) : this.inlineId(owner);
    const c: Composite = { shape, id, cyclic: false };
    this.composites.push(c);
    if (shape.name) this.byName.set(shape.name, c);
    else this.byObject.set(shape, c);
    const nextOwner = shape.name ?? owner;
    if (shape.kind === "structure") for (const m of shape.members) this.visit(m.shape, nextOwner);
    else if (shape.kind === "list") this.visit(shape.items, nextOwner);
    else this.visit(shape.values, nextOwner);
  }

  private inlineId(owner: string): string {
    const n = (this.inlineCount.get(owner) ?? 0) + 1;
    this.inlineCount.set(owner, n);
    return `${identifier(owner)}$${n}`;
  }

  /** The composites a composite's checks call directly. */
  children(c: Composite): Composite[] {
    const out: Composite[] = [];
    const add = (s: Shape) => {
      const r = this.resolve(s);
      if (r.kind === "structure" || r.kind === "list" || r.kind === "map") out.push(this.composite(r));
    };
    const s = c.shape;
    if (s.kind === "structure") s.members.forEach((m) => add(m.shape));
    else if (s.kind === "list") add(s.items);
    else add(s.values);
    return out;
  }

  private markCycles(): void {
    for (const c of this.composites) {
      const seen = new Set<Composite>();
      const stack = this.children(c);
      while (stack.length) {
        const next = stack.pop()!;
        if (next === c) {
          c.cyclic = true;
          break;
        }
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...this.children(next));
      }
    }
  }
}
