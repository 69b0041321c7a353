// `opspec validate`: files in, violations per file out, exit code 0 (all valid), 1 (some not) or 2 (usage).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../generator/cli.ts";

let dir: string;
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += `${s}\n`), err: (s) => (err += `${s}\n`) });
  return { code, out, err };
}

const goodRequest = { CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567", InstanceId: "i-0e3ba1c8f7d2a4b61" };

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "opspec-validate-cli-"));
});

describe("opspec validate", () => {
  it("exits 0 when every file is a valid input", async () => {
    const r = await run("validate", "GetCommandInvocation", "--input", file("good.json", JSON.stringify(goodRequest)));
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("good.json: valid GetCommandInvocationRequest");
  });

  it("exits 1 and lists each file's violations with their paths", async () => {
    const bad = file("bad.yaml", "CommandId: short\nInstanceId: x-1\nExtra: 1\n");
    const good = file("good2.json", JSON.stringify(goodRequest));
    const r = await run("validate", "SSM.GetCommandInvocation", "--input", good, bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain("good2.json: valid GetCommandInvocationRequest");
    expect(r.err).toContain("bad.yaml: 3 violations of GetCommandInvocationRequest");
    expect(r.err).toContain("  /CommandId: must have at least 36 characters [minLength]");
    expect(r.err).toContain("  /InstanceId: must match the pattern");
    expect(r.err).toContain('  /Extra: "Extra" is not a member of this structure [additionalProperties]');
  });

  it("--json gives every result and violation for machines", async () => {
    const r = await run("validate", "swas.DescribeInvocations", "--input", file("page.json", '{"RegionId":"cn-hangzhou","InstanceId":"i","PageSize":80}'), "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      ok: false,
      results: [
        {
          file: path.join(dir, "page.json"),
          shape: "DescribeInvocationsRequest",
          valid: false,
          violations: [{ path: "/PageSize", keyword: "maximum", params: { limit: 50 }, message: "must be at most 50" }],
        },
      ],
    });
  });

  it("checks outputs, strictly unless unknown members are accepted", async () => {
    const out = file("out.json", '{"RequestId":"r-1","InvokeId":"t-1","NewField":true}');
    expect((await run("validate", "RunCommand", "--output", out)).code).toBe(1);
    expect((await run("validate", "RunCommand", "--output", out, "--unknown-members", "accept")).code).toBe(0);
  });

  it("reports a file that does not parse", async () => {
    const r = await run("validate", "RunCommand", "--input", file("broken.json", "{nope"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.json: cannot read: .*JSON/);
  });

  it.each([
    [["validate", "Nope", "--input", "x.json"], /no operation 'Nope'; the specs define SSM\.GetCommandInvocation/],
    [["validate", "RunCommand"], /name at least one file with --input or --output/],
    [["validate", "RunCommand", "--input", "x.json", "--unknown-members", "maybe"], /--unknown-members is reject or accept/],
    [["validate", "Ping", "--input", "x.json", "--specs", "test/fixtures/validators/ambiguous/specs"], /in more than one service; name one: Alpha\.Ping, Beta\.Ping/],
  ])("exits 2 for usage problems: %j", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("reads a payload from stdin with -", () => {
    const result = execFileSync(process.execPath, ["generator/bin.mjs", "validate", "GetCommandInvocation", "--input", "-", "--json"], {
      input: JSON.stringify(goodRequest),
      encoding: "utf8",
    });
    expect(JSON.parse(result)).toMatchObject({ ok: true, results: [{ file: "-", valid: true }] });
  });
});
