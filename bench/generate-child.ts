// Runs one cold `generate` in a fresh process and prints its wall time and peak memory as JSON.
import { generate } from "../generator/pipeline.ts";

const [specs, out] = process.argv.slice(2);
const t0 = performance.now();
const r = await generate(specs, out);
const ms = performance.now() - t0;
if (!r.written) {
  console.error(r.diagnostics.slice(0, 5));
  process.exit(1);
}
const operations = r.model!.services.reduce((n, s) => n + s.operations.length, 0);
console.log(JSON.stringify({ ms, operations, files: r.files.length, maxRssMiB: process.resourceUsage().maxRSS / 1024, timings: r.timings }));
