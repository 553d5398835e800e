// The Analysis of every dev article and page from the WebAssembly build (www/pkg), for
// tools/golden.sh --wasm: the same inputs as the native run (tools/golden.py inputs), through
// the JS API `analyze` (text as text, pages as HTML through DOMParser, here jsdom's), written as
// sorted JSON Lines per set.
//
//   node tools/golden_wasm.mjs PKG_DIR IN_DIR OUT_DIR
//
// IN_DIR holds <set>.in.jsonl batch lines. jsdom comes from eval/extract/node_modules
// ((cd eval/extract && npm ci)). A panic (a trap) is recorded as that record's error and the
// next record gets a fresh instance. Where PKG_DIR has a full module (full/nutshell_bg.wasm),
// PKG_DIR's module is the English core and runs every record first; a record the core notes as
// needing another language (`__needsFull`) runs again in the full module, as www/nutshell.js does.

import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const [pkg, inDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error("usage: node tools/golden_wasm.mjs PKG_DIR IN_DIR OUT_DIR");
  process.exit(2);
}
const ROOT = fileURLToPath(new URL("../", import.meta.url));
let JSDOM;
try {
  ({ JSDOM } = createRequire(`${ROOT}eval/extract/package.json`)("jsdom"));
} catch {
  console.error("golden_wasm: jsdom is missing: (cd eval/extract && npm ci)");
  process.exit(1);
}
const window = new JSDOM("").window;
for (const k of ["DOMParser", "Node", "Element", "Document", "Text", "HTMLElement", "Comment"])
  globalThis[k] = window[k];

const bytes = readFileSync(`${pkg}/nutshell_bg.wasm`);
const module = new WebAssembly.Module(bytes);
const fullModule = existsSync(`${pkg}/full/nutshell_bg.wasm`)
  ? new WebAssembly.Module(readFileSync(`${pkg}/full/nutshell_bg.wasm`))
  : null;
let copies = 0;
async function fresh(m = module) {
  copies += 1;
  const glue = await import(`${pathToFileURL(`${pkg}/nutshell.js`).href}?copy=${copies}`);
  glue.initSync({ module: m });
  return glue;
}

/** JSON with keys sorted at every level (the native files are written the same way). */
function stable(v) {
  if (Array.isArray(v)) return `[${v.map(stable).join(", ")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}: ${stable(v[k])}`)
      .join(", ")}}`;
  }
  return JSON.stringify(v === undefined ? null : v);
}

/** One record through `g`: [the record, whether the instance trapped]. */
function run(g, id, input, opts) {
  try {
    return [{ id, ...g.analyze(input, opts) }, false];
  } catch (e) {
    return [{ id, error: String(e && e.message ? e.message : e) }, /unreachable|RuntimeError/.test(String(e))];
  }
}

mkdirSync(outDir, { recursive: true });
let glue = await fresh();
let full = fullModule ? await fresh(fullModule) : null;
let total = 0;
let inFull = 0;
for (const f of readdirSync(inDir)
  .filter((f) => f.endsWith(".in.jsonl"))
  .sort()) {
  const name = f.replace(/\.in\.jsonl$/, "");
  const lines = readFileSync(`${inDir}/${f}`, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const out = [];
  const t0 = performance.now();
  let errors = 0;
  for (const line of lines) {
    const { id, text, html, ...options } = line;
    const input = text ?? html;
    const opts = { ...options, input: text === undefined ? "html" : "text" };
    let [rec, trapped] = run(glue, id, input, opts);
    if (trapped) glue = await fresh();
    else if (full && glue.__needsFull()) {
      inFull += 1;
      [rec, trapped] = run(full, id, input, opts);
      if (trapped) full = await fresh(fullModule);
    }
    if (rec.error !== undefined) errors += 1;
    out.push([String(id), stable(rec)]);
  }
  const dt = (performance.now() - t0) / 1000;
  total += dt;
  out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  writeFileSync(`${outDir}/${name}.jsonl`, out.map((x) => x[1]).join("\n") + "\n");
  console.log(
    `golden (wasm): ${name.padEnd(12)} ${String(lines.length).padStart(4)} records ${dt.toFixed(2).padStart(7)} s${errors ? `  (${errors} errors)` : ""}`,
  );
}
console.log(
  `golden (wasm): wrote ${outDir} (analyze time ${total.toFixed(2)} s${fullModule ? `; ${inFull} records ran again in the full module` : ""})`,
);
