// chrono-node `parse()` natively (node), the peer of Nutshell's dates stage in BENCHMARKS.md
// (`tools/bench.sh` runs it): every article's text as Nutshell read it (Analysis JSON lines from
// `nutshell --batch` on stdin), the same reference date for both (the article's `reference`
// when Nutshell found one, else 2015-06-01, the cnndm_val articles' period). Prints JSON: the
// best of REPS passes over all texts, in process CPU seconds (process.cpuUsage: node's GC
// threads count too, which is part of chrono's cost) and in wall seconds, and the dates found.
//
//   node tools/bench/chrono.mjs [REPS] < analyses.jsonl

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(`${ROOT}eval/time/package.json`);
let chrono;
try {
  chrono = require("chrono-node");
} catch {
  console.error("chrono-node missing: (cd eval/time && npm ci)");
  process.exit(1);
}
const version = JSON.parse(readFileSync(`${ROOT}eval/time/node_modules/chrono-node/package.json`, "utf8")).version;
const REPS = Number(process.argv[2] ?? 3);

const docs = [];
for (const line of readFileSync(0, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const a = JSON.parse(line);
  if (a.error || typeof a.text !== "string") continue;
  docs.push({ text: a.text, ref: new Date(a.reference?.value?.slice(0, 10) ?? "2015-06-01") });
}
let best = Infinity, bestWall = Infinity, found = 0;
// One untimed pass: the JIT's warm-up is not the steady state the other columns measure.
for (const d of docs) chrono.parse(d.text, d.ref);
for (let r = 0; r < REPS; r++) {
  const c0 = process.cpuUsage();
  const w0 = process.hrtime.bigint();
  let n = 0;
  for (const d of docs) n += chrono.parse(d.text, d.ref).length;
  const c = process.cpuUsage(c0);
  best = Math.min(best, (c.user + c.system) / 1e6);
  bestWall = Math.min(bestWall, Number(process.hrtime.bigint() - w0) / 1e9);
  found = n;
}
const chars = docs.reduce((s, d) => s + d.text.length, 0);
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
console.log(JSON.stringify({ peer: "chrono-node", version, node: process.version, docs: docs.length, chars, bytes, reps: REPS, cpu_s: best, wall_s: bestWall, found }));
