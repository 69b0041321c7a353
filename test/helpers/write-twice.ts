// Child process for the crash test of in-place updates: writes tree A (a full swap), marks that it
// is done, then writes tree B in the same process, which takes the journaled update path.
import { writeFileSync, readFileSync } from "node:fs";
import { writeTree } from "../../generator/write/write.ts";

const [treeA, treeB, out, marker] = process.argv.slice(2);
const load = (file: string) => (JSON.parse(readFileSync(file, "utf8")) as [string, string][]).map(([path, contents]) => ({ path, contents, sources: [] }));
const a = load(treeA);
const b = load(treeB);
await writeTree(out, a);
writeFileSync(marker, "");
await writeTree(out, b);
