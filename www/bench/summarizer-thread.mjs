// Does the Summarizer face hold the page's thread on a long input? In a headless browser, a page
// summarizes 1.9 MB of news text (CNN/DailyMail validation articles from
// ../shared/data/summarization/cnndm_val.jsonl.xz, joined until 1.9 MB) with the face three
// times, while a 10 ms timer measures the longest gap the page's thread goes without running it.
// "abort": the caller aborts 100 ms after the call (when the abort fired, and how long the call
// took to reject after it); "full": the call runs to the end.
//
//   tools/build-wasm.sh && node www/bench/summarizer-thread.mjs [abort|full] [chromium|firefox|webkit]

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch, serve } from "../tests/lib/harness.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DATA = `${ROOT}../shared/data/summarization/cnndm_val.jsonl.xz`;
const mode = process.argv[2] ?? "abort";
const browserName = process.argv[3] ?? "chromium";
if (!existsSync(DATA)) {
  console.log(`SKIP: ${DATA} is absent`);
  process.exit(0);
}
const articles = [];
let bytes = 0;
for (const line of execFileSync("xz", ["-dc", DATA], { maxBuffer: 1 << 30 })
  .toString("utf8")
  .split("\n")) {
  if (!line || bytes > 1.9e6) continue;
  const src = JSON.parse(line).src;
  articles.push(src);
  bytes += Buffer.byteLength(src);
}
const text = articles.join("\n\n");

const server = await serve();
const browser = await launch(browserName);
const page = await (await browser.newContext()).newPage();
await page.goto(`${server.origin}/tests/fixtures/blank.html`);
await page.evaluate(
  ([t, abort]) => {
    window.__text = t;
    const s = document.createElement("script");
    s.type = "module";
    s.textContent = `
    import { Summarizer } from "/summarizer.js";
    const s = await Summarizer.create({ type: "tldr" });
    await s.summarize("The council met on Monday. It voted to fund the bridge.");
    const out = [];
    for (let run = 0; run < 3; run++) {
      let last = performance.now(), maxGap = 0;
      const tick = setInterval(() => { const n = performance.now(); maxGap = Math.max(maxGap, n - last); last = n; }, 10);
      const c = new AbortController();
      let abortedAt = null;
      const t0 = performance.now();
      const timer = ${abort} ? setTimeout(() => { abortedAt = performance.now(); c.abort(); }, 100) : 0;
      const r = await s.summarize(window.__text, { signal: c.signal }).then((x) => "resolved", (e) => e.name);
      const t1 = performance.now();
      maxGap = Math.max(maxGap, t1 - last);
      clearInterval(tick);
      clearTimeout(timer);
      out.push({ result: r, callMs: Math.round(t1 - t0), longestGapMs: Math.round(maxGap),
        abortFiredAtMs: abortedAt && Math.round(abortedAt - t0), rejectedAfterAbortMs: abortedAt && Math.round(t1 - abortedAt) });
      await new Promise((r) => setTimeout(r, 200));
    }
    document.body.dataset.out = JSON.stringify(out);`;
    document.head.append(s);
  },
  [text, mode === "abort"],
);
await page.waitForFunction(() => document.body.dataset.out, null, { timeout: 600000 });
console.log(`${browserName}, ${mode}, ${Buffer.byteLength(text)} bytes (${articles.length} articles)`);
for (const r of JSON.parse(await page.evaluate(() => document.body.dataset.out))) console.log(JSON.stringify(r));
await browser.close();
await server.close();
