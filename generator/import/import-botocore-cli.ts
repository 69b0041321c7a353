// File I/O around importBotocore, for `opspec import botocore <service-2.json> ...`.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { importBotocore } from "./botocore.ts";

export interface ImportBotocoreArgs {
  /** Path of service-2.json. */
  model: string;
  operations?: string[];
  /** Path of paginators-1.json. */
  paginators?: string;
  /** Path of waiters-2.json. */
  waiters?: string;
  /** Path of a YAML map from operation name to its `examples:` list. */
  examples?: string;
  /** Output folder, e.g. specs/ssm. */
  out: string;
}

async function readJson(path: string): Promise<object> {
  return JSON.parse(await readFile(path, "utf8")) as object;
}

async function readOptional<T>(path: string | undefined, read: (path: string) => Promise<T>): Promise<T | undefined> {
  return path === undefined ? undefined : read(path);
}

/** Reads the model files, imports them and writes the spec files; returns what it wrote and the warnings. */
export async function runImportBotocore(args: ImportBotocoreArgs): Promise<{ written: string[]; warnings: string[] }> {
  const [model, paginators, waiters, examples] = await Promise.all([
    readJson(args.model),
    readOptional(args.paginators, readJson),
    readOptional(args.waiters, readJson),
    readOptional(args.examples, async (path) => parse(await readFile(path, "utf8")) as Record<string, unknown[]>),
  ]);
  const { files, warnings } = importBotocore(model, { operations: args.operations, paginators, waiters, examples });
  const written: string[] = [];
  for (const file of files) {
    const target = join(args.out, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.text);
    written.push(target);
  }
  return { written, warnings };
}
