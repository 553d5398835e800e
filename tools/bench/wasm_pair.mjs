// Two wasm builds of the core, one run: `analyze` over a dev set (tools/golden.py inputs) through
// build A and build B in one node process, passes interleaved (ABBA...), timed in process CPU
// time (other sessions' load moves wall clocks, not this). Prints each build's best and median
// pass and B/A. For size work that must not slow the core (issue 14: at most 5% slower).
//
//   cp -r www/pkg /tmp/pkg-before   # the build before the change
//   tools/build-wasm.sh && node tools/bench/wasm_pair.mjs /tmp/pkg-before www/pkg [REPS] [SET]
//
// SET: summeval (default), bbc, newsroom, timebank, aquaint, readability, trafilatura (pages as
// HTML through jsdom's DOMParser, whose parsing is timed too; needs (cd eval/extract && npm ci)).
// The inputs come from `python3 tools/golden.py inputs --out target/golden/inputs`.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const [a, b, repsArg, set = "summeval"] = process.argv.slice(2);
if (!b) {
  console.error(
    "usage: node tools/bench/wasm_pair.mjs PKG_A PKG_B [REPS] [SET]",
  );
  process.exit(2);
}
const reps = Number(repsArg ?? 7);
const lines = readFileSync(
  `${ROOT}target/golden/inputs/${set}.in.jsonl`,
  "utf8",
)
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));
if (lines.some((l) => l.html !== undefined)) {
  const { JSDOM } = createRequire(`${ROOT}eval/extract/package.json`)("jsdom");
  const window = new JSDOM("").window;
  for (const k of [
    "DOMParser",
    "Node",
    "Element",
    "Document",
    "Text",
    "HTMLElement",
    "Comment",
  ])
    globalThis[k] = window[k];
}

async function load(pkg, k) {
  const g = await import(
    `${pathToFileURL(`${pkg}/nutshell.js`).href}?build=${k}`
  );
  g.initSync({
    module: new WebAssembly.Module(readFileSync(`${pkg}/nutshell_bg.wasm`)),
  });
  return g;
}

/** One pass over the set in milliseconds of process CPU time (a page with no article throws). */
function pass(g) {
  const c0 = process.cpuUsage();
  for (const { id: _id, text, html, ...o } of lines) {
    try {
      g.analyze(text ?? html, {
        ...o,
        input: text === undefined ? "html" : "text",
      });
    } catch {
      // the same error in both builds; its cost is timed like any record's
    }
  }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const builds = [await load(a, "a"), await load(b, "b")];
const times = [[], []];
builds.forEach(pass); // warm-up
for (let r = 0; r < reps; r++)
  for (const i of r % 2 ? [1, 0] : [0, 1]) times[i].push(pass(builds[i]));
const med = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
const best = (x) => Math.min(...x);
const ms = (x) => x.toFixed(0).padStart(6);
console.log(
  `${set} (${lines.length} records, ${reps} passes each, process CPU ms): ` +
    `A best ${ms(best(times[0]))} median ${ms(med(times[0]))}; ` +
    `B best ${ms(best(times[1]))} median ${ms(med(times[1]))}; ` +
    `B/A best ${(best(times[1]) / best(times[0])).toFixed(3)} median ${(med(times[1]) / med(times[0])).toFixed(3)}`,
);
