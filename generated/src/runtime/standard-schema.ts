// The Standard Schema v1 interface (https://standardschema.dev), declared here so the generated package
// needs no dependency: libraries that accept Standard Schema check the shape of `~standard`, not its origin.
import type { Violation } from "./validate.js";

/** A schema any Standard Schema consumer (form libraries, routers, tRPC…) can validate with. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  export interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }

  export type Result<Output> = SuccessResult<Output> | FailureResult;

  export interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }

  export interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }

  export interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }

  export interface PathSegment {
    readonly key: PropertyKey;
  }

  export interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }

  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<
    Schema["~standard"]["types"]
  >["input"];

  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<
    Schema["~standard"]["types"]
  >["output"];
}

/** Wraps a generated `validate…` function (default options: unknown members rejected) as a Standard Schema. */
export function standardSchema<T>(validate: (value: unknown) => Violation[]): StandardSchemaV1<T> {
  return {
    "~standard": {
      version: 1,
      vendor: "opspec",
      validate(value: unknown): StandardSchemaV1.Result<T> {
        const violations = validate(value);
        if (violations.length === 0) return { value: value as T };
        return {
          issues: violations.map((v) => ({
            message: v.message,
            path: pathSegments(v.path, value),
          })),
        };
      },
    },
  };
}

/** JSON Pointer → path keys; a segment below an array becomes a number, as other libraries report indices. */
export function pathSegments(pointer: string, root: unknown): PropertyKey[] {
  if (pointer === "") return [];
  const out: PropertyKey[] = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.indexOf("~") < 0 ? raw : raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node) && /^(?:0|[1-9]\d*)$/.test(key)) {
      const index = Number(key);
      out.push(index);
      node = node[index];
    } else {
      out.push(key);
      node =
        node !== null && typeof node === "object" && Object.prototype.hasOwnProperty.call(node, key)
          ? (node as Record<string, unknown>)[key]
          : undefined;
    }
  }
  return out;
}
