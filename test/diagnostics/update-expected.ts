// Rewrites test/fixtures/broken/<case>/expected.txt from what the CLI prints now.
//
//   node --import tsx test/diagnostics/update-expected.ts            # every case
//   node --import tsx test/diagnostics/update-expected.ts dangling-ref yaml-syntax
//
// It prints each case's diagnostics with their code frames. Read every line before committing:
// a message must name the offending thing and the position must be the exact key or value.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { brokenRoot, caseNames, cleanup, runCase } from "./harness.ts";

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : caseNames();
for (const name of names) {
  const run = await runCase(name);
  cleanup(run.dir);
  if (run.exitCode !== 1 || run.diagnostics.length === 0) {
    console.error(`${name}: expected exit code 1 with diagnostics, got ${run.exitCode}:\n${run.output.join("\n")}`);
    process.exitCode = 1;
    continue;
  }
  writeFileSync(path.join(brokenRoot, name, "expected.txt"), run.diagnostics.map((d) => `${d.head}\n`).join(""));
  console.log(`== ${name}`);
  for (const d of run.diagnostics) console.log(`${d.head}\n${d.frame.join("\n")}`);
}
