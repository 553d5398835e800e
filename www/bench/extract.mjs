// Live-DOM extraction speed in headless Chromium: Nutshell's analyzeDom (extraction and the
// whole summary + timeline pipeline after it) against Readability.js parse() on the same
// loaded pages, in one run.
//
//   tools/build-wasm.sh && (cd eval/extract && npm ci) && node www/bench/extract.mjs [reps]
//
// Pages: Mozilla Readability's 130 test pages (../shared/data/extraction, unpacked to a temp
// folder) plus tests/fixtures/pages. Each page is loaded once into a sandboxed iframe (no
// scripts); Readability gets a fresh clone of that document per run (it edits what it reads;
// cloning is not timed). Requests to any host but the local server are refused at once (a
// hanging image request held an iframe's load event and stalled the run). Prints per-system
// totals and the ratio.
/* global Readability -- loaded into the page by the benchmark, not imported here */

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch, serve } from "../tests/lib/harness.mjs";
import { benchPages } from "./pages.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const REPS = Number(process.argv[2] ?? 5);
const READABILITY = `${ROOT}eval/extract/node_modules/@mozilla/readability/Readability.js`;
if (!existsSync(READABILITY)) {
  console.error("Readability.js missing: (cd eval/extract && npm ci)");
  process.exit(1);
}

const { pages, cleanup } = benchPages(ROOT);

const server = await serve();
const browser = await launch();
const context = await browser.newContext();
// The pages' images, fonts and scripts live on hosts this machine may not reach; a request
// left hanging holds the iframe's load event (the run stalled after ~50 pages). Everything but
// the local server is refused at once, so each page loads as it would offline.
await context.route("**/*", (route) =>
  route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
);
const page = await context.newPage();
await page.goto(`${server.origin}/tests/fixtures/blank.html`);
await page.addScriptTag({ content: readFileSync(READABILITY, "utf8") });
await page.evaluate(async () => {
  const m = await import("/pkg/nutshell.js");
  await m.default();
  window.core = m;
  window.loadFrame = (await import("/bench/frame.js")).loadFrame;
});

let nutshellMs = 0,
  extractMs = 0,
  readabilityMs = 0,
  n = 0,
  nutshellFound = 0,
  extractFound = 0,
  readabilityFound = 0;
for (const [, html] of pages) {
  const r = await page.evaluate(
    async ([html, reps]) => {
      const f = await window.loadFrame(html);
      const doc = f.contentDocument;
      const times = { n: [], e: [], r: [] };
      let nOk = false,
        eOk = false,
        rOk = false;
      for (let i = 0; i < reps; i++) {
        let t = performance.now();
        try {
          nOk = !!window.core.analyzeDom(doc, {}).text;
        } catch {
          nOk = false;
        }
        times.n.push(performance.now() - t);
        t = performance.now();
        try {
          eOk = !!window.core.extractDom(doc).text;
        } catch {
          eOk = false;
        }
        times.e.push(performance.now() - t);
        const clone = doc.cloneNode(true);
        t = performance.now();
        try {
          rOk = !!new Readability(clone).parse();
        } catch {
          rOk = false;
        }
        times.r.push(performance.now() - t);
      }
      f.remove();
      const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
      return { n: med(times.n), e: med(times.e), r: med(times.r), nOk, eOk, rOk };
    },
    [html, REPS],
  );
  nutshellMs += r.n;
  extractMs += r.e;
  readabilityMs += r.r;
  n++;
  nutshellFound += r.nOk;
  extractFound += r.eOk;
  readabilityFound += r.rOk;
}
await browser.close();
await server.close();
cleanup();

console.log(`${n} pages, median of ${REPS} runs each, headless Chromium`);
console.log("| system | total ms | mean ms/page | pages with an article |");
console.log("|---|---|---|---|");
console.log(
  `| Nutshell analyzeDom (DOM walk + extraction + summary + timeline) | ${nutshellMs.toFixed(1)} | ${(nutshellMs / n).toFixed(2)} | ${nutshellFound} |`,
);
console.log(
  `| Nutshell extractDom (DOM walk + extraction only) | ${extractMs.toFixed(1)} | ${(extractMs / n).toFixed(2)} | ${extractFound} |`,
);
console.log(
  `| Readability.js parse() | ${readabilityMs.toFixed(1)} | ${(readabilityMs / n).toFixed(2)} | ${readabilityFound} |`,
);
console.log(
  `ratio Readability parse() / Nutshell extractDom (like for like): ${(readabilityMs / extractMs).toFixed(2)}x`,
);
console.log(
  `ratio Readability parse() / Nutshell analyzeDom (with summary and timeline): ${(readabilityMs / nutshellMs).toFixed(2)}x`,
);
