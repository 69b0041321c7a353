// generated/ is a real package: it type-checks under strict, and another project can import it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileSpecs, renderModel } from "../generator/pipeline.ts";
import { readTree, writeTree } from "../generator/write/write.ts";
import { typecheck } from "./helpers/typecheck.ts";

const generated = path.resolve("generated");

function sourcesOf(dir: string): string[] {
  return [...readTree(dir).keys()].filter((p) => p.endsWith(".ts")).map((p) => path.join(dir, p));
}

describe("generated code compiles", () => {
  it("every file of generated/src type-checks under strict", () => {
    const files = sourcesOf(path.join(generated, "src"));
    expect(files.length).toBeGreaterThan(0);
    expect(typecheck(files)).toEqual([]);
  });

  it("the declarations in generated/dist type-check on their own", () => {
    const files = sourcesOf(path.join(generated, "dist")).filter((f) => f.endsWith(".d.ts"));
    expect(files.length).toBeGreaterThan(0);
    expect(typecheck(files)).toEqual([]);
  });

  it("the edge-case fixture output type-checks under strict", async () => {
    const compiled = compileSpecs(path.resolve("test/fixtures/golden-specs/edge/specs"));
    const dir = mkdtempSync(path.join(os.tmpdir(), "opspec-edge-"));
    await writeTree(dir, await renderModel(compiled.model!));
    expect(typecheck(sourcesOf(path.join(dir, "src")))).toEqual([]);
  });

  it("another project imports the package by name: types resolve through exports, JavaScript runs", () => {
    const project = mkdtempSync(path.join(os.tmpdir(), "opspec-consumer-"));
    mkdirSync(path.join(project, "node_modules", "@opspec"), { recursive: true });
    symlinkSync(generated, path.join(project, "node_modules", "@opspec", "generated"), "dir");
    writeFileSync(path.join(project, "package.json"), JSON.stringify({ type: "module" }));
    const consumer = path.join(project, "consumer.ts");
    writeFileSync(
      consumer,
      [
        'import { CommandType, type DescribeInvocationsRequest } from "@opspec/generated/swas";',
        'import { CommandInvocationStatus, type GetCommandInvocationRequest } from "@opspec/generated/ssm";',
        'const req: DescribeInvocationsRequest = { RegionId: "cn-hangzhou", InstanceId: "i-1", PageSize: 10 };',
        'const get: GetCommandInvocationRequest = { CommandId: "x", InstanceId: "i-1" };',
        "export const out: string[] = [CommandType.RunShellScript, CommandInvocationStatus.Success, req.RegionId, get.InstanceId];",
        "",
      ].join("\n"),
    );
    expect(typecheck([consumer])).toEqual([]);
    writeFileSync(
      path.join(project, "run.mjs"),
      'import { CommandType } from "@opspec/generated/swas";\nconsole.log(JSON.stringify(CommandType));\n',
    );
    const printed = execFileSync(process.execPath, [path.join(project, "run.mjs")], { cwd: project, encoding: "utf8" });
    expect(JSON.parse(printed)).toEqual({
      RunBatScript: "RunBatScript",
      RunPowerShellScript: "RunPowerShellScript",
      RunShellScript: "RunShellScript",
    });
  });
});
