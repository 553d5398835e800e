// The browser benchmark behind BENCHMARKS.md (`tools/bench.sh` runs it): Nutshell's wasm core
// against its peers in the same tab, on the same loaded pages, in one run per browser.
//
//   tools/build-wasm.sh --bench && (cd eval/extract && npm ci) && (cd eval/time && npm ci) &&
//   node www/bench/browser.mjs [--browsers chromium,firefox] [--reps 5] [--pages N] [--json OUT]
//
// The module is the benchmark build (target/bench/pkg): the shipped module plus the `__stages`
// export, so the per-stage times come from the same code as the rest.
//
// Pages: Mozilla Readability's 130 test pages (../shared/data/extraction, unpacked to a temp
// folder) plus tests/fixtures/pages, each loaded once into a sandboxed iframe (no scripts;
// requests off the local server refused). Per page, the median of REPS runs of:
//   - `extractDom(doc)`: the DOM walk and extraction, like for like with Readability.js
//     `parse()`; each system on its own fresh clone of the document (cloning not timed: the
//     first reader of a node pays for its JS wrapper, so all pay alike);
//   - `analyzeDom(doc)`: the whole pipeline, result handed to JS as an object;
//   - `__stages(doc)`: the same pipeline timed per stage inside the module (DOM read,
//     extraction, language, sentences, tokens, summary, dates, keywords, timeline, offsets,
//     serialization to the JS object);
//   - chrono-node `parse()` (bundled for the browser by esbuild from eval/time/node_modules) on
//     the article text Nutshell's dates stage read, against that stage;
//   - LexRank in JS (./lexrank.js) on the article's prose sentences, against Nutshell's tokens
//     and summary stages on the same sentences;
//   - the worker round trip (./worker.js, the core in a module Web Worker): the article text
//     `analyzeDom` found posted (a worker has no DOM and no DOMParser), `analyze` in the worker,
//     the Analysis structured-cloned back.
// Start-up, in a fresh page: the module's compile (`WebAssembly.compile` of its bytes, first in
// the page and again with the same bytes: the engine's cache) and instantiation (wasm-bindgen's
// init). Peak wasm memory: the module's memory after every page (it only grows).
// Prints a JSON summary per browser (and writes all of it to --json OUT).
/* global Readability, chrono, lexRank -- loaded into the page by the benchmark, not imported here */

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch, serve } from "../tests/lib/harness.mjs";
import { benchPages } from "./pages.mjs";
import { missing } from "../tests/lib/webdriver.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const REPS = Number(arg("--reps", 5));
const BROWSERS = arg("--browsers", "chromium,firefox").split(",");
const JSON_OUT = arg("--json", null);
const LIMIT = Number(arg("--pages", 1e9));

const READABILITY = `${ROOT}eval/extract/node_modules/@mozilla/readability/Readability.js`;
const CHRONO_SRC = `${ROOT}eval/time/node_modules/chrono-node/dist/esm/index.js`;
for (const [f, fix] of [
  [READABILITY, "(cd eval/extract && npm ci)"],
  [CHRONO_SRC, "(cd eval/time && npm ci)"],
  [`${ROOT}target/bench/pkg/nutshell_bg.wasm`, "tools/build-wasm.sh --bench"],
]) {
  if (!existsSync(f)) {
    console.error(`${f} missing: ${fix}`);
    process.exit(1);
  }
}
// chrono-node as one classic script defining `chrono` (its npm build is ES modules).
mkdirSync(`${ROOT}target/bench`, { recursive: true });
execFileSync(`${ROOT}www/node_modules/.bin/esbuild`, [
  CHRONO_SRC,
  "--bundle",
  "--format=iife",
  "--global-name=chrono",
  "--log-level=warning",
  `--outfile=${ROOT}target/bench/chrono.js`,
]);
const chronoVersion = JSON.parse(
  readFileSync(`${ROOT}eval/time/node_modules/chrono-node/package.json`, "utf8"),
).version;
const readabilityVersion = JSON.parse(
  readFileSync(`${ROOT}eval/extract/node_modules/@mozilla/readability/package.json`, "utf8"),
).version;

const { pages, cleanup } = benchPages(ROOT);
pages.splice(LIMIT);

// ------------------------------------------------------------------ in the page

/** Load the module, Readability, chrono and LexRank into the blank page; time the start-up. */
async function setUp() {
  const bytes = await (await fetch("/target/bench/pkg/nutshell_bg.wasm")).arrayBuffer();
  let t = performance.now();
  const module = await WebAssembly.compile(bytes);
  const compileCold = performance.now() - t;
  const m = await import("/target/bench/pkg/nutshell.js");
  t = performance.now();
  const exports = await m.default({ module_or_path: module });
  const instantiate = performance.now() - t;
  t = performance.now();
  await WebAssembly.compile(bytes);
  const compileCached = performance.now() - t;
  window.core = m;
  window.wasmMemory = exports.memory;
  const script = (src) =>
    new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.append(s);
    });
  await script("/eval/extract/node_modules/@mozilla/readability/Readability.js");
  await script("/target/bench/chrono.js");
  window.lexRank = (await import("/www/bench/lexrank.js")).lexRank;
  window.loadFrame = (await import("/www/bench/frame.js")).loadFrame;
  window.worker = new Worker("/www/bench/worker.js?isolated", { type: "module" });
  await new Promise((resolve) => {
    window.worker.onmessage = resolve;
    window.worker.onerror = (e) => resolve(console.error("worker:", e.message));
    window.worker.postMessage({ input: "Warm. Up.", options: {} });
  });
  return {
    compileCold,
    compileCached,
    instantiate,
    wasmBytes: bytes.byteLength,
    memoryStart: exports.memory.buffer.byteLength,
    isolated: self.crossOriginIsolated,
  };
}

/** One page: medians of `reps` runs of every system on it. */
async function runPage([html, reps, useWorker]) {
  const f = await window.loadFrame(html);
  const doc = f.contentDocument;
  const core = window.core;
  const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
  const times = { extract: [], analyze: [], readability: [], chrono: [], lexrank: [], worker: [] };
  const stages = [];
  let ok = { extract: false, analyze: false, readability: false },
    text = "",
    sentences = [],
    ref = new Date(2020, 0, 1),
    chronoFound = 0;
  for (let i = 0; i < reps; i++) {
    // Every system reads its own fresh clone of the loaded document (cloning not timed): the
    // first script to touch a node pays for its JS wrapper, so a document read before would
    // favour whoever reads it again. Readability must have one anyway (it edits what it reads).
    // The order of the systems turns with each run, so no one always runs first (or after the
    // most garbage).
    const clones = [0, 1, 2, 3].map(() => doc.cloneNode(true));
    let a = null;
    const tasks = [
      () => {
        const t = performance.now();
        try {
          ok.extract = !!core.extractDom(clones[0]).text;
        } catch {
          ok.extract = false;
        }
        times.extract.push(performance.now() - t);
      },
      () => {
        const t = performance.now();
        try {
          a = core.analyzeDom(clones[1], {});
        } catch {}
        times.analyze.push(performance.now() - t);
        ok.analyze = !!a?.text;
      },
      () => {
        const t = performance.now();
        try {
          ok.readability = !!new Readability(clones[2]).parse();
        } catch {
          ok.readability = false;
        }
        times.readability.push(performance.now() - t);
      },
      () => {
        try {
          stages.push(Array.from(core.__stages(clones[3], {})));
        } catch {}
      },
    ];
    for (let k = 0; k < tasks.length; k++) tasks[(i + k) % tasks.length]();
    let t;
    if (a) {
      text = a.text;
      sentences = a.sentences.filter((s) => s.kind === "prose").map((s) => a.text.slice(s.start, s.end));
      if (a.reference?.value) ref = new Date(a.reference.value.slice(0, 10));
    }
    t = performance.now();
    chronoFound = chrono.parse(text, ref).length;
    times.chrono.push(performance.now() - t);
    t = performance.now();
    lexRank(sentences);
    times.lexrank.push(performance.now() - t);
    if (useWorker) {
      const worker = window.worker;
      t = performance.now();
      await new Promise((resolve) => {
        worker.onmessage = resolve;
        worker.postMessage({ input: text, options: { input: "text" } });
      });
      times.worker.push(performance.now() - t);
    }
  }
  f.remove();
  const stageMed = stages.length ? stages[0].map((_, k) => med(stages.map((s) => s[k]))) : null;
  const out = {
    stages: stageMed,
    ok,
    chars: text.length,
    sentences: sentences.length,
    chronoFound,
    memory: window.wasmMemory.buffer.byteLength,
  };
  for (const [k, v] of Object.entries(times)) out[k] = v.length ? med(v) : null;
  return out;
}

// ------------------------------------------------------------------ driver

const STAGE_NAMES = [
  "read",
  "extraction",
  "language",
  "sentences",
  "tokens",
  "summary",
  "dates",
  "keywords",
  "timeline",
  "offsets",
  "serialization",
];

async function benchBrowser(name, server) {
  const browser = await launch(name);
  const context = await browser.newContext();
  await context.route("**/*", (route) =>
    route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  // The pages' own scripts and sub-resources are refused on purpose; only the bench's errors.
  page.on?.(
    "console",
    (m) => m.type() === "error" && m.text().startsWith("worker:") && console.error(`${name} console: ${m.text()}`),
  );
  page.on?.("crash", () => console.error(`${name}: the page crashed`));
  page.on?.("pageerror", (e) => console.error(`${name} page error: ${e.message}`));
  await page.goto(`${server.origin}/www/tests/fixtures/blank.html?isolated`);
  const startup = await page.evaluate(setUp);
  console.error(`${name}: started (compile ${startup.compileCold.toFixed(1)} ms); ${pages.length} pages`);
  const version = typeof browser.version === "function" ? browser.version() : name;
  // One untimed pass over the first pages: lazy compilation and tier-up happen there.
  for (const [, html] of pages.slice(0, 5)) await page.evaluate(runPage, [html, 1, true]);
  const rows = [];
  for (const [id, html] of pages) {
    const r = await page.evaluate(runPage, [html, REPS, true]);
    rows.push({ id, ...r });
    if (rows.length % 20 === 0) console.error(`${name}: ${rows.length} pages`);
  }
  await browser.close();
  const sum = (k) => rows.reduce((s, r) => s + (r[k] ?? 0), 0);
  const stageSum = STAGE_NAMES.map((_, k) => rows.reduce((s, r) => s + (r.stages ? r.stages[k] : 0), 0));
  return {
    browser: name,
    version,
    pages: rows.length,
    reps: REPS,
    startup,
    peakMemory: Math.max(...rows.map((r) => r.memory)),
    totals: {
      extract: sum("extract"),
      analyze: sum("analyze"),
      readability: sum("readability"),
      chrono: sum("chrono"),
      lexrank: sum("lexrank"),
      worker: sum("worker"),
      chars: sum("chars"),
      sentences: sum("sentences"),
    },
    found: {
      extract: rows.filter((r) => r.ok.extract).length,
      analyze: rows.filter((r) => r.ok.analyze).length,
      readability: rows.filter((r) => r.ok.readability).length,
    },
    stages: Object.fromEntries(STAGE_NAMES.map((n, k) => [n, stageSum[k]])),
    peers: { readability: readabilityVersion, chrono: chronoVersion },
    rows,
  };
}

const server = await serve(ROOT);
const results = [];
try {
  for (const name of BROWSERS) {
    const why = missing(name);
    if (why) {
      console.error(`${name}: skipped (${why})`);
      continue;
    }
    let r;
    try {
      r = await benchBrowser(name, server);
    } catch (e) {
      console.error(`${name}: failed: ${e?.stack ?? e}`);
      process.exitCode = 1;
      continue;
    }
    results.push(r);
    const { rows, ...summary } = r;
    console.log(JSON.stringify(summary, null, 1));
  }
} finally {
  await server.close();
  cleanup();
}
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(results, null, 1));
