// The version of an installed package: caches keyed by tool versions (formatted files, ReDoS
// verdicts) start over when a tool is upgraded.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function installedVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}
