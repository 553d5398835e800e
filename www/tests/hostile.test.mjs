// End-to-end: hostile pages in the browser (SECURITY.md). The core runs in a worker
// (nutshell-async.js) for the widget and the demo: a page whose analysis is long keeps its own
// timers running; a core that traps is replaced, worker and all (20 traps leave one worker); a
// call past its timeout is stopped; a page whose CSP forbids workers still gets its summary on
// the main thread, with one console message; a 20 MB DOM is read up to the input limit; a
// `javascript:` canonical URL never becomes a link or a Markdown link. Through the shared
// harness (./lib/harness.mjs), so the same tests can run in other browsers.

import { test } from "node:test";
import assert from "node:assert/strict";
import { eachBrowser, watchedPage } from "./lib/harness.mjs";
import { formatDate, startDay, toMarkdown, webUrl } from "../present.js";
import { valueSpan } from "../timeline-svg.js";

const PAGE = "/tests/fixtures/hostile/page.html";
async function open(env, path) {
  const w = await watchedPage(env.browser, env.server.origin);
  await w.page.goto(`${env.server.origin}${path}`);
  return w;
}

/** Text of about `mb` MB in paragraphs, added to the page's article (or to an aside after it). */
function grow(page, mb, where = "#story") {
  return page.evaluate(
    ([mb, where]) => {
      if (where === "aside") document.body.append(document.createElement("aside"));
      const story = document.querySelector(where);
      const para =
        "The council met again on 3 May 2021 to argue about the cost of the harbour works, and nobody agreed on anything at all. ".repeat(
          40,
        );
      const frag = document.createDocumentFragment();
      for (let i = 0; i < (mb * 1e6) / para.length; i++) {
        const p = document.createElement("p");
        p.textContent = para;
        frag.append(p);
      }
      story.append(frag);
    },
    [mb, where],
  );
}

// In every browser of the run (Chromium, Firefox, WebKit): the worker, trap recovery, timeouts,
// CSP fallback, the DOM limits and URLs are the page's and the core's, not one engine's.
eachBrowser("hostile pages", (env, browserName) => {
  test("a long analysis runs in a worker: the page's timer keeps firing", async (t) => {
    const { page, context, problems } = await open(env, PAGE);
    await page.waitForFunction(() => (document.querySelector("#w").__runs ?? 0) >= 1, null, { timeout: 30000 });
    await grow(page, 1.5);
    const result = await page.evaluate(async () => {
      const { Nutshell } = await import("/nutshell-async.js");
      const core = new Nutshell({ timeout: 300000 });
      await core.analyze("Warm up.");
      const k = globalThis.__ticks;
      const t0 = performance.now();
      const n0 = k.n;
      k.maxGap = 0;
      k.last = performance.now();
      const a = await core.analyzePage(document);
      return {
        ms: performance.now() - t0,
        ticks: k.n - n0,
        maxGap: k.maxGap,
        sentences: a.sentences.length,
        mode: core.mode,
        cut: a.cut.map((c) => c.limit),
      };
    });
    t.diagnostic(
      `1.5 MB page: ${Math.round(result.ms)} ms to summarize, ${result.ticks} ticks of a 20 ms timer meanwhile, longest gap ${Math.round(result.maxGap)} ms (reading the DOM)`,
    );
    // The analysis took seconds; the page never stopped for more than reading its DOM takes.
    assert.equal(result.mode, "worker");
    assert.ok(result.sentences > 1000, JSON.stringify(result));
    assert.ok(result.ms > 4 * result.maxGap, `the page froze: ${JSON.stringify(result)}`);
    assert.ok(result.ticks >= result.ms / 20 / 4, JSON.stringify(result));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a trapped core is replaced with its worker: after 20 traps one worker is alive", async () => {
    const { page, context } = await open(env, PAGE);
    // The widget's first run has started its worker (else it may start one mid-count: WebKit
    // was seen counting 2).
    await page.waitForFunction(() => (document.querySelector("#w").__runs ?? 0) >= 1, null, { timeout: 30000 });
    const r = await page.evaluate(async () => {
      const { Nutshell, workersAlive } = await import("/nutshell-async.js");
      const before = workersAlive();
      const core = new Nutshell({ worker: "/tests/fixtures/hostile/trap-worker.js" });
      const errors = [];
      for (let i = 0; i < 20; i++) {
        try {
          await core.analyze("TRAP");
        } catch (e) {
          errors.push(e.message);
        }
      }
      const a = await core.analyze("The bridge reopened on 12 April 2021.");
      return { errors, value: a.timexes[0].value, alive: workersAlive() - before };
    });
    assert.equal(r.errors.length, 20);
    assert.ok(
      r.errors.every((m) => m.startsWith("nutshell: internal error: deliberate panic for tests")),
      r.errors[0],
    );
    assert.equal(r.value, "2021-04-12");
    assert.equal(r.alive, 1);
    // The browser's own count (DevTools protocol, Chromium): the widget's worker and the test
    // core's, no more. Elsewhere the module's own count above is the check.
    if (browserName === "chromium")
      assert.equal(
        page.workers().length,
        2,
        page
          .workers()
          .map((w) => w.url())
          .join(", "),
      );
    await context.close();
  });

  test("a call past its timeout is stopped, and the next call gets a new worker", async () => {
    const { page, context } = await open(env, PAGE);
    // The widget's first run has started its worker (else it may start one mid-count).
    await page.waitForFunction(() => (document.querySelector("#w").__runs ?? 0) >= 1, null, { timeout: 30000 });
    await grow(page, 3);
    const r = await page.evaluate(async () => {
      const { Nutshell, workersAlive } = await import("/nutshell-async.js");
      const before = workersAlive();
      const core = new Nutshell();
      await core.analyze("Warm up.");
      core.timeout = 30;
      let error = null;
      try {
        await core.analyzePage(document);
      } catch (e) {
        error = e.message;
      }
      const after = workersAlive() - before;
      core.timeout = 60000;
      const a = await core.analyze("It rained on 2 March 2021.");
      return { error, after, value: a.timexes[0].value, alive: workersAlive() - before };
    });
    assert.equal(r.error, "nutshell: the analysis took longer than 0.03 s and was stopped");
    assert.equal(r.after, 0);
    assert.equal(r.value, "2021-03-02");
    assert.equal(r.alive, 1);
    await context.close();
  });

  test("where the CSP forbids workers, the widget runs on the main thread and says so once", async () => {
    const { page, context, problems } = await open(env, `${PAGE}?csp=noworker`);
    const warnings = [];
    page.on("console", (m) => {
      if (m.type() === "warning" && m.text().startsWith("nutshell:")) warnings.push(m.text());
    });
    await page.waitForFunction(() => (document.querySelector("#w").__runs ?? 0) >= 1, null, { timeout: 30000 });
    const items = await page
      .locator("#w")
      .evaluate((w) => [...w.shadowRoot.querySelectorAll(".item")].map((n) => n.textContent));
    assert.ok(items.length >= 1);
    // The page's own record of what it loaded: the core's wasm, and never the worker script.
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname),
    );
    assert.ok(loaded.includes("/pkg/nutshell_bg.wasm"), loaded.join(" "));
    assert.ok(!loaded.some((p) => p.endsWith("/nutshell-worker.js")), loaded.join(" "));
    // Re-run twice more.
    await page.locator("#w").evaluate((w) => w.refresh());
    await page.locator("#w").evaluate((w) => w.setAttribute("type", "tldr"));
    await page.waitForFunction(() => document.querySelector("#w").__runs >= 2);
    if (browserName === "chromium") {
      // The browser's own count of workers (DevTools protocol), the widget's core as the page
      // sees it, and the console: one message for three runs. (Over WebDriver a script runs in a
      // realm of its own, where an import is a second instance of the module, and console
      // messages from before the test's listener are not seen.)
      assert.equal(page.workers().length, 0);
      const mode = await page.evaluate(async () => (await import("/nutshell-async.js")).shared().mode);
      assert.equal(mode, "main-thread");
      assert.equal(warnings.length, 1, warnings.join("\n"));
      assert.match(warnings[0], /^nutshell: no worker here \(the page's Content-Security-Policy, worker-src/);
    }
    assert.deepEqual(
      problems.filter((p) => !/worker-src|Content Security Policy/.test(p)),
      [],
    );
    await context.close();
  });

  test("a DOM of 20 MB of text is read up to the input limit, by both DOM entry points", async () => {
    const { page, context } = await open(env, PAGE);
    // The article first, then 20 MB in an aside (furniture: read, never analyzed), so the test
    // measures the reading, not the analysis of 16 MB of prose.
    await grow(page, 20, "aside");
    const r = await page.evaluate(async () => {
      const { Nutshell } = await import("/nutshell-async.js");
      const { readPage } = await import("/pageform.js");
      const n = await import("/nutshell.js");
      await n.init();
      const read = readPage(document).form;
      const a = await new Nutshell({ timeout: 300000 }).analyzePage(document);
      const b = n.analyzeDom(document);
      const c = n.extractDom(document);
      return {
        formCut: read.cut,
        units: read.strings.length,
        worker: a.cut.map((x) => x.limit),
        sync: b.cut.map((x) => x.limit),
        summary: a.summary.length,
        same: JSON.stringify(a.summary) === JSON.stringify(b.summary),
        extracted: c.text.length > 0,
      };
    });
    assert.deepEqual(r.formCut, ["dom_text"]);
    assert.ok(r.units <= 16 * 1024 * 1024 + 4096, JSON.stringify(r));
    assert.deepEqual(r.worker, ["dom_text"]);
    assert.deepEqual(r.sync, ["dom_text"]);
    assert.ok(r.summary >= 1 && r.same && r.extracted, JSON.stringify(r));
    await context.close();
  });

  test("what the worker costs per call (reported, not asserted): the same Analysis either way", async (t) => {
    const { page, context } = await open(env, PAGE);
    const r = await page.evaluate(async () => {
      const text = await (await fetch("/sample.txt")).text();
      const n = await import("/nutshell.js");
      await n.init();
      const { Nutshell } = await import("/nutshell-async.js");
      const core = new Nutshell();
      await core.analyze(text);
      const time = async (f) => {
        const t0 = performance.now();
        let out;
        for (let i = 0; i < 20; i++) out = await f();
        return [(performance.now() - t0) / 20, out];
      };
      const [sync, a] = await time(() => n.analyze(text));
      const [worker, b] = await time(() => core.analyze(text));
      const [syncPage, c] = await time(() => n.analyzeDom(document));
      const [workerPage, d] = await time(() => core.analyzePage(document));
      return {
        sync,
        worker,
        syncPage,
        workerPage,
        same: JSON.stringify(a) === JSON.stringify(b),
        samePage: JSON.stringify(c.summary) === JSON.stringify(d.summary),
        bytes: text.length,
      };
    });
    t.diagnostic(
      `worker cost per call: text (${r.bytes} chars) ${r.sync.toFixed(2)} ms direct, ${r.worker.toFixed(2)} ms in the worker; page ${r.syncPage.toFixed(2)} ms analyzeDom, ${r.workerPage.toFixed(2)} ms read here + worker`,
    );
    assert.ok(r.same && r.samePage);
    await context.close();
  });

  // In every browser, WebKit too: about 1 MB of prose keeps the worker busy for seconds in each
  // (6 MB ran into WebKit's 20 s limit on a 2-core machine before Cancel was pressed).
  test("the demo's Cancel stops a long summary, says so, and the next one runs", async () => {
    const w = await watchedPage(env.browser, env.server.origin);
    const { page, context } = w;
    await page.goto(`${env.server.origin}/`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
    // About 1 MB of prose: seconds of work in the worker.
    await page.evaluate(() => {
      const t = document.getElementById("article");
      t.value = "The council met again on 3 May 2021 to argue about the cost of the harbour works. ".repeat(12000);
      document.getElementById("run").click();
    });
    await page.waitForSelector("#cancel:not([hidden])", { timeout: 20000 });
    await page.locator("#cancel").click();
    await page.waitForFunction(() => !document.body.dataset.busy);
    const after = await page.evaluate(() => ({
      error: document.getElementById("error").textContent,
      cancel: document.getElementById("cancel").hidden,
    }));
    assert.deepEqual(after, { error: "Stopped: no summary (you cancelled it).", cancel: true });
    // The next run starts a new worker and answers.
    await page.evaluate(() => {
      document.getElementById("article").value =
        "The bridge reopened on 12 April 2021 after repairs. It had been closed since August.";
      document.getElementById("run").click();
    });
    await page.waitForFunction(
      () => !document.body.dataset.busy && document.querySelectorAll("#summary li, #summary p").length > 0,
      null,
      { timeout: 20000 },
    );
    assert.equal(await page.evaluate(() => document.getElementById("error").hidden), true);
    await context.close();
  });

  test("a javascript: canonical URL is never a link nor a Markdown link", async () => {
    const { page, context } = await open(env, PAGE);
    const r = await page.evaluate(async () => {
      const { Nutshell } = await import("/nutshell-async.js");
      const { toMarkdown } = await import("/present.js");
      const a = await new Nutshell().analyzePage(document, { url: location.href });
      return {
        url: a.url,
        image: a.image,
        md: toMarkdown(a, { url: a.url }),
        mdTab: toMarkdown(a, { url: "javascript:alert(1)" }),
      };
    });
    // The canonical and og:image are refused; the page's own address stands in for the URL.
    assert.equal(r.url, `${env.server.origin}${PAGE}`);
    assert.equal(r.image, null);
    assert.ok(!/javascript:/i.test(r.md), r.md);
    assert.match(r.mdTab, /^# Hostile fixture page\n\n- The harbour bridge/);
    // The widget shows no link at all.
    const links = await page.locator("#w").evaluate((w) => w.shadowRoot.querySelectorAll("a, [href]").length);
    assert.equal(links, 0);
    await context.close();
  });
});

// Plain modules, no browser.
test("years 0-99 are those years, not the 1900s (Date.UTC's reading)", () => {
  assert.equal(formatDate("0033-04-03", "day"), "3 April 33");
  assert.equal(new Date(startDay("0033-04-03")).toISOString(), "0033-04-03T00:00:00.000Z");
  assert.deepEqual(
    valueSpan("0099").map((t) => new Date(t).toISOString()),
    ["0099-01-01T00:00:00.000Z", "0100-01-01T00:00:00.000Z"],
  );
});

test("only an http(s) address becomes a Markdown link", () => {
  const a = { title: "T", summary: [], sentences: [], keywords: [], timeline: [] };
  assert.equal(webUrl("javascript:alert(1)"), null);
  assert.equal(webUrl(" JAVASCRIPT:alert(1)"), null);
  assert.equal(webUrl("data:text/html,x"), null);
  assert.equal(webUrl("https://news.example/a b"), "https://news.example/a%20b");
  assert.equal(toMarkdown(a, { url: "javascript:alert(1)", timeline: false, keywords: false }).split("\n")[0], "# T");
  assert.equal(
    toMarkdown(a, { url: "https://news.example/a", timeline: false, keywords: false }).split("\n")[0],
    "# [T](<https://news.example/a>)",
  );
});
