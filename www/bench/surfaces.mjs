// Measures the surfaces (not a test; prints a table): how long a reader waits, in headless
// Chromium on this machine, for
//   - the widget's first summary after navigation (wasm fetch + compile + read + analyze + render),
//   - the side panel's summary of a news page (executeScript read + analyze + render + highlight),
//   - the Summarizer face (create, then summarize) and the bare analyze() call as its peer,
// and the size of what each surface ships. Run: node www/bench/surfaces.mjs [runs=5]
// Needs www/pkg (tools/build-wasm.sh) and www/node_modules.

import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { buildNpm, launch, launchWithExtension, serve, WWW, ROOT } from "../tests/lib/surfaces.mjs";

const RUNS = Number(process.argv[2] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
const row = (what, xs) =>
  rows.push([what, median(xs).toFixed(0), Math.min(...xs).toFixed(0), Math.max(...xs).toFixed(0)]);

function folderBytes(dir) {
  let raw = 0;
  let gz = 0;
  for (const f of readdirSync(dir, { recursive: true })) {
    const p = join(dir, f);
    if (statSync(p).isFile()) {
      const b = readFileSync(p);
      raw += b.length;
      gz += gzipSync(b, { level: 9 }).length;
    }
  }
  return [raw, gz];
}

const server = await serve();
const browser = await launch();
const widget = [];
const face = [];
const bare = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(`${server.origin}/tests/fixtures/surfaces/widget-csp.html`);
  await page.waitForFunction(() => document.querySelector("nutshell-summary").__runs >= 1);
  widget.push(Date.now() - t0);
  await page.goto(`${server.origin}/tests/fixtures/npm-plain/`);
  await page.waitForFunction(() => document.getElementById("status").textContent === "done");
  const [f, b] = await page.evaluate(async () => {
    const text = await (await fetch("/tests/fixtures/vite-app/article.txt")).text();
    const { Summarizer, analyze } = window.Nutshell;
    let t = performance.now();
    const s = await Summarizer.create({ type: "key-points" });
    await s.summarize(text);
    const faceMs = performance.now() - t;
    t = performance.now();
    analyze(text, { style: "key-points" });
    return [faceMs, performance.now() - t];
  });
  face.push(f);
  bare.push(b);
  await context.close();
}
row("widget: navigation -> first summary shown", widget);
row("Summarizer.create + summarize (warm core)", face);
row("analyze() alone, same article (peer)", bare);
await browser.close();

const ext = await launchWithExtension();
const panelTimes = [];
for (let i = 0; i < RUNS; i++) {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}/tests/fixtures/surfaces/news.html`);
  const tabId = await ext.worker.evaluate(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
    page.url(),
  );
  const panel = await ext.context.newPage();
  const t0 = Date.now();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector("body[data-ready=true]");
  panelTimes.push(Date.now() - t0);
  await panel.close();
  await page.close();
}
row("side panel: open -> summary + page highlights", panelTimes);
await ext.close();
await server.close();

console.log(`median of ${RUNS} runs, ms (min, max)`);
console.log("| measure | median | min | max |\n|---|---:|---:|---:|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);

buildNpm();
execFileSync(join(ROOT, "tools", "build-extension.sh"), [], { stdio: "pipe" });
console.log("\n| what ships | raw bytes | gzip -9 bytes |\n|---|---:|---:|");
for (const [name, dir] of [
  ["extension (www/extension, with lib/)", join(WWW, "extension")],
  ["npm package (www/npm)", join(WWW, "npm")],
]) {
  const [raw, gz] = folderBytes(dir);
  console.log(`| ${name} | ${raw} | ${gz} |`);
}
const widgetFiles = [
  "widget/nutshell-summary.js",
  "nutshell.js",
  "present.js",
  "pagetext.js",
  "pkg/nutshell.js",
  "pkg/nutshell_bg.wasm",
];
const wraw = widgetFiles.reduce((n, f) => n + readFileSync(join(WWW, f)).length, 0);
const wgz = widgetFiles.reduce((n, f) => n + gzipSync(readFileSync(join(WWW, f)), { level: 9 }).length, 0);
console.log(`| widget (its script, JS it imports, wasm) | ${wraw} | ${wgz} |`);
