// The JS API (www/nutshell.js) as a page's script uses it, in every browser (Chromium, Firefox,
// WebKit: lib/harness.mjs eachBrowser): the Analysis as a plain object, UTF-16 offsets with
// emoji, accents and lone surrogates, readable thrown errors, and recovery from a panic without
// "unreachable executed".

import { test } from "node:test";
import assert from "node:assert/strict";
import { eachBrowser, watchedPage } from "./lib/harness.mjs";

/** The blank page of the browser under test, and what it logged (set up per browser). */
let page;
let problems;
let requested;

const setup = async (env) => {
  ({ page, problems, requested } = await watchedPage(env.browser, env.server.origin));
  // A blank page of the same origin that imports the module as the page's own script would.
  await page.goto(`${env.server.origin}/tests/fixtures/blank.html`);
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.type = "module";
    s.textContent =
      'import * as n from "/nutshell.js"; await n.init(); window.nutshell = n; document.documentElement.dataset.nutshellReady = "1";';
    document.head.append(s);
  });
  await page.waitForFunction(() => document.documentElement.dataset.nutshellReady === "1");
};

/**
 * Run `fn(nutshell, arg)` in the page, as the page's own script (a <script> element: the
 * page's realm, whose Object and Error are what the API's results are made of; Firefox's
 * WebDriver runs evaluated code in a sandbox of its own). The result comes back as JSON through
 * the DOM; errors come back as {error: {name, message}}.
 */
async function inPage(fn, arg) {
  // JSON text both ways: a lone surrogate in a result (one test has one) survives the trip.
  return JSON.parse(
    await page.evaluate(
      ([src, a]) => {
        const s = document.createElement("script");
        s.textContent = `{
        const f = (${src});
        let r;
        try {
          r = { value: f(window.nutshell, ${JSON.stringify(a ?? null)}) };
        } catch (e) {
          r = { error: { name: e?.constructor?.name, message: String(e?.message ?? e) } };
        }
        document.documentElement.dataset.inPage = JSON.stringify(r);
      }`;
        document.head.append(s);
        s.remove();
        const out = document.documentElement.dataset.inPage;
        delete document.documentElement.dataset.inPage;
        return out;
      },
      [fn.toString(), arg],
    ),
  );
}

eachBrowser(
  "JS API",
  () => {
    test("analyze returns the Analysis as a plain object with null for missing values", async () => {
      const r = await inPage((n) => {
        const a = n.analyze(
          "MARCH 2021\nShare this\nBridge vote\n\nThe council voted on 2 March 2021 to build a bridge. It will open in September 2024.\n",
          { sentences: 1 },
        );
        return {
          plain: Object.getPrototypeOf(a) === Object.prototype,
          keys: Object.keys(a),
          byline: a.byline,
          published: a.published,
          summary: a.summary,
          kinds: a.sentences.map((s) => s.kind),
          values: a.timexes.map((t) => t.value),
          firstSummary: a.text.slice(a.sentences[a.summary[0]].start, a.sentences[a.summary[0]].end),
        };
      });
      assert.equal(r.error, undefined, JSON.stringify(r.error));
      const v = r.value;
      assert.equal(v.plain, true);
      for (const k of [
        "title",
        "byline",
        "published",
        "published_source",
        "language",
        "text",
        "sentences",
        "summary",
        "keywords",
        "timexes",
        "timeline",
      ]) {
        assert.ok(v.keys.includes(k), `missing ${k}`);
      }
      assert.equal(v.byline, null);
      assert.equal(v.published, "2021-03");
      assert.equal(v.summary.length, 1);
      assert.deepEqual(v.kinds.slice(0, 3), ["dateline", "boilerplate", "title"]);
      assert.ok(v.values.includes("2021-03-02") && v.values.includes("2024-09"), v.values.join());
      assert.match(v.firstSummary, /^The council voted on 2 March 2021/);
    });

    test("offsets are UTF-16 code units: text.slice(start, end) is the expression", async () => {
      const r = await inPage((n) => {
        const text =
          "Zoë's café 🎉🎉 reopened on 27 September 2020, the owner 👩‍🍳 said. " +
          "Crème brûlée sold out by 3 October 2020, and 東京 visitors came on 10 October 2020.\n" +
          "A lone \uD800 surrogate came before the vote on 2 March 2021, which went ahead.\n";
        const a = n.analyze(text);
        return {
          timexes: a.timexes.map((t) => ({ text: t.text, value: t.value, slice: text.slice(t.start, t.end) })),
          sentences: a.sentences.map((s) => text.slice(s.start, s.end)),
          sameLength: a.text.length === text.length,
        };
      });
      assert.equal(r.error, undefined, JSON.stringify(r.error));
      const { timexes, sentences, sameLength } = r.value;
      assert.ok(sameLength, "the lone surrogate became one unit (U+FFFD), not two");
      for (const t of timexes) assert.equal(t.slice, t.text);
      const values = timexes.map((t) => t.value);
      for (const v of ["2020-09-27", "2020-10-03", "2020-10-10", "2021-03-02"])
        assert.ok(values.includes(v), `${v} in ${values}`);
      assert.ok(
        sentences.some((s) => s.startsWith("Crème brûlée")),
        sentences.join(" | "),
      );
      assert.ok(
        sentences.some((s) => s.startsWith("A lone")),
        sentences.join(" | "),
      );
    });

    test("bad input and bad options throw Errors with readable messages", async () => {
      const cases = {
        empty: [""],
        blank: [" \n\t "],
        binary: ["\u0000\u0001\u0002\u0003".repeat(500)],
        html: ["<!DOCTYPE html><html><body><p>The vote was on 2 March 2021.</p></body></html>"],
        badSentences: ["The vote was on 2 March 2021.", { sentences: "three" }],
        badPrefer: ["The vote was on 2 March 2021.", { prefer: "sideways" }],
        badPublished: ["The vote was on 2 March 2021.", { published: "someday" }],
        notString: [42],
        optionsArray: ["The vote was on 2 March 2021.", [1, 2]],
      };
      const r = await inPage((n, cases) => {
        const out = {};
        for (const [k, args] of Object.entries(cases)) {
          try {
            n.analyze(...args);
            out[k] = "no error";
          } catch (e) {
            out[k] = `${e instanceof Error ? "Error" : typeof e}: ${e.message}`;
          }
        }
        return out;
      }, cases);
      const m = r.value;
      assert.match(m.empty, /^Error: .*no text/);
      assert.match(m.blank, /^Error: .*no text/);
      assert.match(m.binary, /^Error: .*binary/);
      // An HTML string is read for its article (DOMParser): one short paragraph is an Analysis or
      // "no article found", never "not supported".
      assert.match(m.html, /^Error: .*no article|^no error$/);
      assert.match(m.badSentences, /^Error: bad option/);
      assert.match(m.badPrefer, /^Error: bad option/);
      assert.match(m.badPublished, /^Error: .*published/);
      assert.match(m.notString, /^Error: nutshell: input must be a string/);
      assert.match(m.optionsArray, /^Error: nutshell: options must be an object/);
      for (const v of Object.values(m)) assert.ok(!/unreachable|RuntimeError/.test(v), v);
      // Markup read as text is an Analysis.
      const t = await inPage((n, html) => n.analyze(html, { input: "text" }).text === html, cases.html[0]);
      assert.equal(t.value, true);
    });

    test("a panic becomes 'nutshell: internal error', and the core keeps working", async () => {
      const r = await inPage((n) => {
        const messages = [];
        for (let i = 0; i < 2; i++) {
          try {
            n.__panicForTests();
            messages.push("no error");
          } catch (e) {
            messages.push(`${e.constructor.name}: ${e.message}`);
          }
        }
        return messages;
      });
      assert.equal(r.value.length, 2);
      assert.match(r.value[0], /^Error: nutshell: internal error: deliberate panic for tests/);
      // Right after a panic the spare instance has taken over, or the wrapper says it restarts.
      assert.match(r.value[1], /^Error: nutshell: (internal error: deliberate panic for tests|restarting)/);
      for (const m of r.value) assert.ok(!m.includes("unreachable"), m);
      // Give the wrapper a moment to load a fresh spare, then analyze works again, repeatedly.
      for (let i = 0; !(await inPage((n) => n.ready())).value; i++) {
        assert.ok(i < 200, "the wrapper is ready again within 10 s");
        await page.waitForTimeout(50);
      }
      const after = await inPage((n) => {
        const a = n.analyze("The council voted on 2 March 2021 to build a bridge across the harbour.");
        return a.timexes.map((t) => t.value);
      });
      assert.deepEqual(after.value, ["2021-03-02"]);
      assert.deepEqual(problems, []);
    });

    test("a five-megabyte article finishes with an Analysis or a clear error", async () => {
      const r = await inPage((n) => {
        const para =
          "The committee met again on 4 May 2021 to review the budget, and members argued about the cost of the new school for hours. ";
        let text = "";
        for (let i = 0; text.length < 5 * 1024 * 1024; i++) text += `Session ${i}. ${para}${i % 5 === 4 ? "\n\n" : ""}`;
        const t0 = performance.now();
        try {
          const a = n.analyze(text, { sentences: 3 });
          return { ok: true, summary: a.summary.length, sentences: a.sentences.length, ms: performance.now() - t0 };
        } catch (e) {
          return { ok: false, message: e.message };
        }
      });
      const v = r.value;
      if (v.ok) {
        assert.ok(v.summary >= 1 && v.summary <= 3);
        assert.ok(v.sentences > 10000);
        console.log(`# 5 MB article analyzed in the browser in ${Math.round(v.ms)} ms`);
      } else {
        assert.match(v.message, /too large/);
      }
    });

    test("the async API starts with the English core and loads every language once, on the first German text", async () => {
      const english =
        "The council voted on 2 March 2021 to build a bridge. It will open in September 2024, the mayor said.";
      const german =
        "Der Stadtrat hat am 2. März 2021 beschlossen, eine neue Brücke über den Hafen zu bauen. " +
        "Sie soll im September 2024 eröffnet werden, sagte die Bürgermeisterin am Dienstag. " +
        "Die Ingenieure hatten im Juni 2015 einen Tunnel vorgeschlagen, doch der Plan wurde aufgegeben.";
      const full = () => requested.filter((u) => u.endsWith("/pkg/full/nutshell_bg.wasm")).length;
      // A module script of the page: the async API in a worker, as the widget and the demo use it.
      const run = async (texts) => {
        await page.evaluate((t) => {
          const s = document.createElement("script");
          s.type = "module";
          s.textContent = `import { Nutshell } from "/nutshell-async.js";
            window.lazyCore ??= new Nutshell();
            const out = [];
            for (const t of ${JSON.stringify(t)}) out.push(await window.lazyCore.analyze(t, { sentences: 2 }));
            document.documentElement.dataset.lazy = JSON.stringify(out);`;
          document.head.append(s);
        }, texts);
        await page.waitForFunction(() => document.documentElement.dataset.lazy !== undefined);
        const out = JSON.parse(await page.evaluate(() => document.documentElement.dataset.lazy));
        await page.evaluate(() => delete document.documentElement.dataset.lazy);
        return out;
      };
      const before = full();
      const [en] = await run([english]);
      assert.equal(en.language, "en");
      assert.equal(full(), before, "an English text needs no other module");
      const [de, de2] = await run([german, german]);
      assert.equal(full() - before, 1, "the full module is fetched once");
      assert.equal(de.language, "de");
      assert.deepEqual(
        de.timeline.map((e) => e.value),
        ["2015-06", "2021-03-02", "2024-09"],
      );
      // The same Analysis as the sync API, which runs the full module from the start.
      const sync = await inPage((n, t) => n.analyze(t, { sentences: 2 }), german);
      assert.deepEqual(de, sync.value);
      assert.deepEqual(de2, sync.value);
      const syncEn = await inPage((n, t) => n.analyze(t, { sentences: 2 }), english);
      assert.deepEqual(en, syncEn.value);
    });

    test("analyzeDom finds the article in a page, with metadata and ranges back to its text nodes", async () => {
      const r = await inPage((n) => {
        const html = `<!doctype html><html lang="en"><head><title>City council approves new harbour bridge | The Coast Courier</title>
        <meta property="article:published_time" content="2021-03-04T09:30:00Z">
        <meta property="og:site_name" content="The Coast Courier"></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article><h1>City council approves new harbour bridge</h1><p class="byline">By Ana Ruiz</p>
        <p>The city council voted on <b>2 March</b> to build a new bridge across the harbour, ending a debate that began in 2011.</p>
        <p>The bridge will cost 240 million euros and is expected to open in September 2024, the mayor said on Tuesday.</p>
        <p>Engineers first proposed a tunnel in June 2015, but the plan was dropped after its costs doubled within two years.</p>
        <p>Residents of the north shore have waited years for a faster route to the city centre and its hospitals.</p>
        <p>The council's transport committee had rejected three earlier designs since 2011, most recently a cable-stayed crossing that the port authority said would block the tall ships using the inner harbour.</p>
        <p>Construction is due to begin next spring, and the council says ferries will keep running on their current timetable until the bridge opens to traffic and to cyclists.</p></article>
        <aside><h2>Most read</h2><ul><li><a href="/a">Storm closes ferry</a></li><li><a href="/b">Mayor re-elected</a></li></ul></aside>
        <footer>Share this · Subscribe · Cookie settings</footer></body></html>`;
        const doc = new DOMParser().parseFromString(html, "text/html");
        const a = n.analyzeDom(doc, { sentences: 2 });
        const s = a.sentences[a.summary[0]];
        const ranges = n.rangesOf(a, s.start, s.end);
        let noRoot = null;
        try {
          n.analyzeDom("<p>x</p>");
        } catch (e) {
          noRoot = `${e.constructor.name}: ${e.message}`;
        }
        const only = n.extractDom(doc);
        return {
          extracted: {
            title: only.title,
            same: only.text === a.text,
            nodes: only.textNodes.length === a.textNodes.length,
          },
          title: a.title,
          byline: a.byline,
          published: a.published,
          source: a.published_source,
          site: a.site_name,
          hasNav: a.text.includes("Most read") || a.text.includes("Cookie"),
          summary: a.summary.length,
          sentence: a.text.slice(s.start, s.end),
          fromRanges: ranges.map((x) => x.toString()).join(""),
          crossesBold: ranges.length,
          timeline: a.timeline.map((e) => e.value),
          article: n.isProbablyArticle(doc),
          notArticle: n.isProbablyArticle(new DOMParser().parseFromString("<p>Log in</p>", "text/html")),
          noRoot,
        };
      });
      assert.ok(r.value, JSON.stringify(r.error));
      const v = r.value;
      assert.equal(v.title, "City council approves new harbour bridge");
      // Extraction alone gives the same article text and title as the full analysis.
      assert.deepEqual(v.extracted, { title: v.title, same: true, nodes: true });
      assert.match(v.byline ?? "", /Ana Ruiz/);
      assert.match(v.published, /^2021-03-04/);
      assert.equal(v.source, "meta");
      assert.equal(v.site, "The Coast Courier");
      assert.equal(v.hasNav, false, "navigation and footer stay out of the article text");
      assert.equal(v.summary, 2);
      // The ranges spell the sentence (the bold date is its own text node); whitespace the
      // extractor collapsed between nodes has no range of its own.
      assert.ok(v.crossesBold >= 3, `${v.crossesBold} ranges`);
      assert.equal(v.fromRanges.replace(/\s+/g, ""), v.sentence.replace(/\s+/g, ""));
      assert.ok(v.timeline.includes("2021-03-02"), `timeline ${v.timeline}`);
      assert.ok(v.timeline.includes("2024-09"), `timeline ${v.timeline}`);
      assert.equal(v.article, true);
      assert.equal(v.notArticle, false);
      assert.match(v.noRoot, /^TypeError: nutshell: root must be a Document or an Element/);
    });
  },
  { setup },
);
