// `npm run demo` on a freshly generated package: the generated clients run commands on the mock server.
import { expect, it } from "vitest";
import { runDemo } from "../../generator/commands/demo.ts";
import { generateMocks } from "./helpers/generate.ts";

it("runs a command through each generated client, waits for it and prints its output", async () => {
  const out = generateMocks().dir;
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await runDemo(out, { out: (l) => lines.push(l), err: (l) => errors.push(l) });
  expect(errors).toEqual([]);
  expect(code).toBe(0);
  const text = lines.join("\n");
  expect(text).toMatch(/waitUntilCommandExecuted: Success after \d+ attempts, exit code 0/);
  expect(text).toContain("| Hello from the opspec mock");
  expect(text).toMatch(/waitUntilInvocationFinished: Success after \d+ attempts, exit code 0/);
  expect(text).toContain("| Hello, opspec");
});
