// The cost of the first text in a language the English core lacks: the bytes the full module
// adds, and the time to compile it and run the text again there, in node (no network: a page
// adds the fetch of those bytes). tools/build-wasm.sh first.
//
//   node tools/first_use.mjs [PKG_DIR]      (default www/pkg)

import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";

const pkg = process.argv[2] ?? "www/pkg";
const german =
  "Der Stadtrat hat am 2. März 2021 beschlossen, eine neue Brücke über den Hafen zu bauen. " +
  "Sie soll im September 2024 eröffnet werden, sagte die Bürgermeisterin am Dienstag. " +
  "Die Ingenieure hatten im Juni 2015 einen Tunnel vorgeschlagen, doch der Plan wurde aufgegeben.";
const english = "The council voted on 2 March 2021 to build a bridge. It will open in September 2024, the mayor said.";

const core = readFileSync(`${pkg}/nutshell_bg.wasm`);
const full = readFileSync(`${pkg}/full/nutshell_bg.wasm`);
const gz = (b) => gzipSync(b, { level: 9 }).length;
const glue = await import(pathToFileURL(`${pkg}/nutshell.js`).href);
const ms = (t) => (performance.now() - t).toFixed(1);
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];

const rounds = 5;
const rows = { coreStart: [], englishFirst: [], germanInCore: [], fullStart: [], germanInFull: [], germanWarm: [] };
for (let r = 0; r < rounds; r++) {
  let t = performance.now();
  glue.__nutshellReset?.();
  glue.initSync({ module: new WebAssembly.Module(core) });
  rows.coreStart.push(+ms(t));
  t = performance.now();
  glue.analyze(english, {});
  rows.englishFirst.push(+ms(t));
  if (glue.__needsFull()) throw new Error("English needed the full module");
  t = performance.now();
  glue.analyze(german, {});
  rows.germanInCore.push(+ms(t));
  if (!glue.__needsFull()) throw new Error("German did not ask for the full module");
  t = performance.now();
  glue.__nutshellReset();
  glue.initSync({ module: await WebAssembly.compile(full) });
  rows.fullStart.push(+ms(t));
  t = performance.now();
  glue.analyze(german, {});
  rows.germanInFull.push(+ms(t));
  t = performance.now();
  glue.analyze(german, {});
  rows.germanWarm.push(+ms(t));
}
console.log(
  `core ${core.length} B (${gz(core)} gzip), full ${full.length} B (${gz(full)} gzip): the first page in another language fetches ${gz(full)} B gzip more`,
);
for (const [k, v] of Object.entries(rows))
  console.log(`${k.padEnd(13)} median ${median(v).toFixed(1)} ms  (${v.join(", ")})`);
const extra = median(rows.germanInCore) + median(rows.fullStart) + median(rows.germanInFull) - median(rows.germanWarm);
console.log(`first German text, beyond a warm call: ${extra.toFixed(1)} ms + the fetch`);
