// `opspec generate --watch`: regenerates on change, reports a broken spec without exiting, recovers.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

// Generous: a loaded 2-core machine can take a while per generation; nothing here measures speed.
function waitFor(read: () => string, pattern: RegExp, what: string, limitMs = 240_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = setInterval(() => {
      if (pattern.test(read())) {
        clearInterval(tick);
        resolve();
      } else if (Date.now() - started > limitMs) {
        clearInterval(tick);
        reject(new Error(`timed out waiting for ${what}; output so far:\n${read()}`));
      }
    }, 50);
  });
}

it("regenerates on change, reports errors and keeps watching", async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "opspec-watch-"));
  cpSync(path.resolve("test/fixtures/golden-specs/edge/specs"), path.join(root, "specs"), { recursive: true });
  const child = spawn(process.execPath, [path.resolve("generator/bin.mjs"), "generate", "--watch", "--no-cache"], { cwd: root });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const opFile = path.join(root, "specs/edge/operations/Do.yaml");
  const typesFile = path.join(root, "generated/src/edge/types.ts");
  try {
    await waitFor(() => stdout, /generated \d+ files/, "the first generation");
    const original = readFileSync(opFile, "utf8");

    writeFileSync(opFile, original.replace("Result: { type: string, length: 3 }", "Result: { type: string, length: 3 }\n    Added: { type: boolean }"));
    await waitFor(() => (stdout.match(/generated \d+ files/g) ?? []).length.toString(), /^2$/, "the second generation");
    expect(readFileSync(typesFile, "utf8")).toContain("Added?: boolean;");

    writeFileSync(opFile, original.replace("output:", "output:\n  bogus: 1"));
    await waitFor(() => stderr, /Do\.yaml:\d+:\d+: error: unknown key 'bogus'/, "the diagnostic");
    expect(stderr).toMatch(/was left unchanged/);
    expect(readFileSync(typesFile, "utf8")).toContain("Added?: boolean;");
    expect(child.exitCode).toBeNull();

    writeFileSync(opFile, original);
    await waitFor(() => (stdout.match(/generated \d+ files/g) ?? []).length.toString(), /^3$/, "the recovery");
    expect(readFileSync(typesFile, "utf8")).not.toContain("Added?: boolean;");
  } finally {
    child.kill("SIGTERM");
  }
}, 900_000);
