// `npm run bench`: runs every bench/*.bench.ts and writes bench/RESULTS.md with the machine noted.
// Figures are ratios against an anchor measured in the same run, since the machines are shared and noisy.
import { readdirSync, writeFileSync } from "node:fs";
import os from "node:os";

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** Relative to the section's anchor (anchor / this for times, this / anchor for rates), when meaningful. */
  ratio?: string;
}

export interface BenchSection {
  title: string;
  anchor?: string;
  target?: string;
  met?: boolean;
  rows: BenchRow[];
  notes?: string[];
}

const only = process.argv.slice(2);
const dir = new URL("./", import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const sections: BenchSection[] = [];
for (const f of files) {
  console.error(`bench: ${f}`);
  const mod = (await import(new URL(f, dir).href)) as { run: () => Promise<BenchSection[]> };
  for (const s of await mod.run()) {
    sections.push(s);
    console.error(render(s));
  }
}

const cpu = os.cpus()[0]?.model ?? "unknown cpu";
const header = [
  "# Benchmark results",
  "",
  `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}.`,
  `Run: ${new Date().toISOString().slice(0, 10)} (\`npm run bench\`). Shared machine: compare the ratios, not the absolute figures.`,
  "",
];
const out = new URL(only.length ? `./RESULTS-partial.md` : "./RESULTS.md", import.meta.url);
writeFileSync(out, `${header.join("\n")}\n${sections.map(render).join("\n")}`);
console.error(`bench: wrote ${out.pathname}`);

function render(s: BenchSection): string {
  const lines = [`## ${s.title}`, ""];
  if (s.anchor) lines.push(`Anchor: ${s.anchor}.`);
  if (s.target) lines.push(`Target: ${s.target}${s.met === undefined ? "" : s.met ? " — **met**" : " — **not met**"}.`);
  if (s.anchor || s.target) lines.push("");
  lines.push("| case | value | unit | ratio |", "| --- | ---: | --- | ---: |");
  for (const r of s.rows) lines.push(`| ${r.name} | ${fmt(r.value)} | ${r.unit} | ${r.ratio ?? ""} |`);
  if (s.notes?.length) lines.push("", ...s.notes.map((n) => `- ${n}`));
  return `${lines.join("\n")}\n`;
}

function fmt(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toPrecision(3);
}
