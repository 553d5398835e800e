// The Summarizer face (www/summarizer.js) and its polyfill (www/summarizer-polyfill.js) against
// the Writing Assistance APIs spec, in the browser: tests written after the Summarizer
// web-platform tests (availability, create, monitor, abort, destroy, summarize, streaming,
// measureInputUsage) and the spec's algorithms (option conversion, language tags, quota), plus
// Nutshell's own promises: Markdown that never renders a link (two renderers, every type,
// length and format), and a polyfill that leaves the browser's own Summarizer in charge unless
// it is absent or "unavailable" (a stub of the native API in the page).
//
// Page code runs as the page's own module script (the page's realm: its DOMException, its
// AbortSignal; Firefox's WebDriver evaluates in a sandbox of its own) and reports as JSON.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { marked } from "marked";
import MarkdownIt from "markdown-it";
import { eachBrowser, watchedPage, WWW } from "./lib/harness.mjs";

const FIXTURES = join(WWW, "tests", "fixtures", "summarizer");
const ARTICLE = await readFile(join(FIXTURES, "article.txt"), "utf8");
const HOSTILE = await readFile(join(FIXTURES, "hostile.txt"), "utf8");
const GERMAN = await readFile(join(FIXTURES, "german.txt"), "utf8");

/** The article's sentences the summaries are made of (exact text). */
const S = {
  reopened:
    "The Millbrook public library reopened on Monday, fourteen months after floodwater from the River Alder filled its ground floor and ruined about 30,000 books.",
  spent:
    "The county council spent £2.4 million on the repairs, raising the reading rooms by half a metre and moving the children's section to the first floor.",
  replaced:
    "Librarians said about 12,000 of the lost books have been replaced so far, many of them through donations from residents and from publishers.",
  defences:
    "Flood defences along the Alder, including a new embankment behind the library, are due to be finished by the end of 2026.",
  head: "The library's head, Ruth Okafor, said visitor numbers on the first morning were higher than on any day before the flood.",
  criticised:
    "Some residents criticised the council for taking more than a year to reopen a building that had been closed for only a week after a smaller flood in 2012.",
  leader:
    "The council's leader said the delay was caused by the time needed to dry the walls and to replace the building's electrical wiring.",
};
const QUOTA = 16 * 1024 * 1024;
/** Every type with every length, as the create() options that say them. */
const STYLES = ["key-points", "tldr", "teaser", "headline"].flatMap((type) =>
  ["short", "medium", "long"].map((length) => ({ type, length })),
);
/** A summarizer's option attributes, in the order the tests list their values. */
const ATTRIBUTES = [
  "type",
  "format",
  "length",
  "sharedContext",
  "expectedInputLanguages",
  "expectedContextLanguages",
  "outputLanguage",
];

let counter = 0;

/**
 * Run `fn(face, arg)` in `page` as a module script that imports the face (or whatever `imports`
 * names): its value, or `{ error: { name, ctor, message, dom } }`, comes back through the DOM.
 */
async function run(page, fn, arg = null, { imports = "/summarizer.js" } = {}) {
  const id = `r${++counter}`;
  await page.evaluate(
    ([src, a, key, from]) => {
      const s = document.createElement("script");
      s.type = "module";
      s.textContent = `
      import * as face from ${JSON.stringify(from)};
      const described = (e) => ({ name: e?.name, ctor: e?.constructor?.name, message: String(e?.message ?? e), dom: e instanceof DOMException, requested: e?.requested, quota: e?.quota });
      window.__described = described;
      let r;
      try { r = { value: await (${src})(face, ${JSON.stringify(a)}) }; } catch (e) { r = { error: described(e) }; }
      document.documentElement.setAttribute(${JSON.stringify(`data-${key}`)}, JSON.stringify(r));`;
      document.head.append(s);
    },
    [fn.toString(), arg, id, imports],
  );
  for (let i = 0; ; i++) {
    const out = await page.evaluate((key) => document.documentElement.getAttribute(`data-${key}`), id);
    if (out !== null) return JSON.parse(out);
    assert.ok(i < 1500, `page code ${id} answers within 30 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The value of a run, failing with the page's error when it threw. */
async function value(page, fn, arg, opts) {
  const r = await run(page, fn, arg, opts);
  if (r.error) assert.fail(`page code threw ${r.error.ctor} ${r.error.name}: ${r.error.message}`);
  return r.value;
}

/**
 * The summary of `text` in every type and length (`"key-points short"`: the summary) in
 * `format`, each from a new summarizer, each call given `options`.
 */
function everyStyle(page, text, format, options = {}) {
  return value(
    page,
    async ({ Summarizer }, { text, styles, format, options }) => {
      const out = {};
      for (const { type, length } of styles)
        out[`${type} ${length}`] = await (await Summarizer.create({ type, length, format })).summarize(text, options);
      return out;
    },
    { text, styles: STYLES, format, options },
  );
}

// ---- Rendering Markdown as sites do ---------------------------------------------------------

const md = new MarkdownIt({ html: true, linkify: true });
const RENDERERS = {
  "marked (GFM)": (s) => marked.parse(s, { gfm: true }),
  "markdown-it (html, linkify)": (s) => md.render(s),
};

const decode = (s) =>
  s.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (_, e) => {
    const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e.toLowerCase()];
    if (named) return named;
    return String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

/** The tags of rendered HTML, and its text (tags dropped, entities decoded, lines trimmed). */
function rendered(html) {
  const tags = [...new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()))].sort();
  const text = decode(html.replace(/<[^>]*>/g, ""))
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
  return { tags, text };
}

/** A blank page of the test origin, for the face's tests in one browser (env.page, env.problems). */
async function blankPage(env) {
  Object.assign(env, await watchedPage(env.browser, env.server.origin));
  await env.page.goto(`${env.server.origin}/tests/fixtures/blank.html`);
}

test("LANGUAGES is the core's: every language with a stop list (src/text/words.rs), and zh, ja, pl (tests/languages.rs)", async () => {
  const { LANGUAGES } = await import("../summarizer.js");
  const words = await readFile(join(WWW, "..", "src", "text", "words.rs"), "utf8");
  const table = words.slice(words.indexOf("const STOP_DATA"), words.indexOf("];", words.indexOf("const STOP_DATA")));
  const stop = [...table.matchAll(/\("([a-z]{2})",/g)].map((m) => m[1]);
  assert.ok(stop.length >= 18, `stop lists found: ${stop}`);
  assert.deepEqual([...LANGUAGES].sort(), [...new Set([...stop, "zh", "ja", "pl"])].sort());
});

eachBrowser(
  "Summarizer face",
  (env) => {
    test("create() with no options: the spec's defaults, every attribute and method", async () => {
      const r = await value(
        env.page,
        async ({ Summarizer }, attrs) => {
          const s = await Summarizer.create();
          return {
            instance: s instanceof Summarizer,
            methods: ["summarize", "summarizeStreaming", "measureInputUsage", "destroy"].map((m) => typeof s[m]),
            attrs: attrs.map((k) => s[k]),
            constructed: (() => {
              try {
                new Summarizer();
                return "constructed";
              } catch (e) {
                return e.constructor.name;
              }
            })(),
          };
        },
        [...ATTRIBUTES, "inputQuota"],
      );
      assert.deepEqual(r, {
        instance: true,
        methods: ["function", "function", "function", "function"],
        attrs: ["key-points", "markdown", "short", "", null, null, null, QUOTA],
        constructed: "TypeError",
      });
    });

    test("create() reflects its options; language lists are frozen, canonical, deduplicated and best-fit", async () => {
      const r = await value(
        env.page,
        async ({ Summarizer }, attrs) => {
          const s = await Summarizer.create({
            type: "teaser",
            format: "plain-text",
            length: "long",
            sharedContext: "A local news site",
            expectedInputLanguages: ["EN-us", "en-US", "de-u-co-phonebk", "de"],
            expectedContextLanguages: [],
            outputLanguage: "EN",
          });
          return {
            attrs: attrs.map((k) => s[k]),
            frozen: Object.isFrozen(s.expectedInputLanguages),
            quota: s.inputQuota,
          };
        },
        ATTRIBUTES,
      );
      assert.deepEqual(r.attrs, ["teaser", "plain-text", "long", "A local news site", ["en-US", "de"], null, "en"]);
      assert.equal(r.frozen, true);
      assert.equal(r.quota, QUOTA - 17, "sharedContext's 17 bytes are taken from the quota");
    });

    test("options outside the enums reject with TypeError, malformed language tags with RangeError", async () => {
      const r = await value(env.page, async ({ Summarizer }) => {
        const name = (p) =>
          p.then(
            () => "resolved",
            (e) => `${e.constructor.name}`,
          );
        const cases = [
          { type: "poem" },
          { type: "tl;dr" },
          { format: "html" },
          { length: "tiny" },
          { expectedInputLanguages: ["en_US"] },
          { expectedContextLanguages: ["en", ""] },
          { outputLanguage: "e" },
          { expectedInputLanguages: "en" },
        ];
        return {
          availability: await Promise.all(cases.map((o) => name(Summarizer.availability(o)))),
          create: await Promise.all(cases.map((o) => name(Summarizer.create(o)))),
          notAnObject: await name(Summarizer.create("key-points")),
          badSignal: await name(Summarizer.create({ signal: {} })),
          badMonitor: await name(Summarizer.create({ monitor: "yes" })),
        };
      });
      const want = [
        "TypeError",
        "TypeError",
        "TypeError",
        "TypeError",
        "RangeError",
        "RangeError",
        "RangeError",
        "TypeError",
      ];
      assert.deepEqual(r.availability, want);
      assert.deepEqual(r.create, want);
      assert.equal(r.notAnObject, "TypeError");
      assert.equal(r.badSignal, "TypeError");
      assert.equal(r.badMonitor, "TypeError");
    });

    test("availability() per language: input and output languages the core has, output one of the inputs, any context", async () => {
      const r = await value(env.page, async ({ Summarizer }) => {
        const cases = [
          {},
          { type: "headline", format: "plain-text", length: "long" },
          { expectedInputLanguages: ["en"] },
          { expectedInputLanguages: ["en-GB", "zh-Hant", "pt-BR"] },
          { expectedInputLanguages: ["sw"] },
          { expectedInputLanguages: ["en", "sw"] },
          { expectedInputLanguages: ["jp"] },
          { expectedContextLanguages: ["sw", "tlh"] },
          { outputLanguage: "de" },
          { outputLanguage: "sw" },
          { expectedInputLanguages: ["en"], outputLanguage: "ja" },
          { expectedInputLanguages: ["en-US", "fr"], outputLanguage: "en-GB" },
          { expectedInputLanguages: [], outputLanguage: "fr" },
        ];
        const out = [];
        for (const o of cases) out.push(await Summarizer.availability(o));
        return out;
      });
      assert.deepEqual(r, [
        "available",
        "available",
        "available",
        "available",
        "unavailable",
        "unavailable",
        "unavailable",
        "available",
        "available",
        "unavailable",
        "unavailable",
        "available",
        "available",
      ]);
    });

    test('create() where availability() is "unavailable" rejects with NotSupportedError', async () => {
      const r = await value(env.page, async ({ Summarizer }) => {
        const names = [];
        for (const o of [
          { expectedInputLanguages: ["en"], outputLanguage: "ja" },
          { expectedInputLanguages: ["sw"] },
        ]) {
          names.push(
            await Summarizer.create(o).then(
              () => "resolved",
              (e) => [e.name, e instanceof DOMException],
            ),
          );
        }
        return names;
      });
      assert.deepEqual(r, [
        ["NotSupportedError", true],
        ["NotSupportedError", true],
      ]);
    });

    test("the monitor hears ProgressEvents at 0 then 1 (total 1, lengthComputable) before create() resolves, also through ondownloadprogress", async () => {
      const r = await value(env.page, async ({ Summarizer }) => {
        const events = [];
        const handled = [];
        let created = false;
        let monitorArg = null;
        const s = await Summarizer.create({
          monitor(m) {
            monitorArg = [m instanceof EventTarget, m.ondownloadprogress, this === undefined];
            m.addEventListener("downloadprogress", (e) =>
              events.push([e.type, e instanceof ProgressEvent, e.loaded, e.total, e.lengthComputable, created]),
            );
            m.ondownloadprogress = (e) => handled.push(e.loaded);
          },
        });
        created = true;
        await new Promise((r) => setTimeout(r, 50));
        return { events, handled, monitorArg, ok: typeof s.summarize };
      });
      assert.deepEqual(r.events, [
        ["downloadprogress", true, 0, 1, true, false],
        ["downloadprogress", true, 1, 1, true, false],
      ]);
      assert.deepEqual(r.handled, [0, 1]);
      assert.deepEqual(r.monitorArg, [true, null, true]);
    });

    test("a monitor that throws rejects create() with its error; abort during the progress events rejects with the reason, no event after", async () => {
      const r = await value(env.page, async ({ Summarizer }) => {
        const thrown = new Error("monitor failed");
        let heard = 0;
        const threw = await Summarizer.create({
          monitor(m) {
            m.addEventListener("downloadprogress", () => {
              heard += 1;
            });
            throw thrown;
          },
        }).then(
          () => "resolved",
          (e) => e === thrown,
        );
        await new Promise((r) => setTimeout(r, 50));
        const abortAt = async (at) => {
          const controller = new AbortController();
          const reason = new Error(`aborted at ${at}`);
          const seen = [];
          const p = Summarizer.create({
            signal: controller.signal,
            monitor(m) {
              m.addEventListener("downloadprogress", (e) => {
                seen.push(e.loaded);
                if (e.loaded === at) controller.abort(reason);
              });
            },
          });
          const result = await p.then(
            () => "resolved",
            (e) => e === reason,
          );
          await new Promise((r) => setTimeout(r, 50));
          return { result, seen };
        };
        return { threw, heard, at0: await abortAt(0), at1: await abortAt(1) };
      });
      assert.deepEqual(r, {
        threw: true,
        heard: 0,
        at0: { result: true, seen: [0] },
        at1: { result: true, seen: [0, 1] },
      });
    });

    test("create() with an aborted signal rejects with its reason (AbortError by default); aborting after it resolves destroys the summarizer with that reason", async () => {
      const r = await value(env.page, async ({ Summarizer }) => {
        const a = new AbortController();
        a.abort();
        const plain = await Summarizer.create({ signal: a.signal }).then(
          () => "resolved",
          (e) => [e.name, e instanceof DOMException],
        );
        const b = new AbortController();
        const reason = new Error("custom");
        b.abort(reason);
        const custom = await Summarizer.create({ signal: b.signal }).then(
          () => "resolved",
          (e) => e === reason,
        );
        const c = new AbortController();
        const late = Summarizer.create({ signal: c.signal });
        c.abort();
        const rightAfter = await late.then(
          () => "resolved",
          (e) => e.name,
        );
        // After creation: calls in flight and later calls reject with exactly the reason.
        const d = new AbortController();
        const s = await Summarizer.create({ signal: d.signal });
        const why = new Error("The create abort signal was aborted.");
        const inFlight = [s.summarize("The council met on Monday."), s.measureInputUsage("The council met on Monday.")];
        d.abort(why);
        const later = [s.summarize("The council met on Monday."), s.measureInputUsage("x")];
        const all = await Promise.all(
          [...inFlight, ...later].map((p) =>
            p.then(
              () => "resolved",
              (e) => e === why,
            ),
          ),
        );
        let streaming;
        try {
          s.summarizeStreaming("x");
          streaming = "returned";
        } catch (e) {
          streaming = e === why;
        }
        return { plain, custom, rightAfter, all, streaming };
      });
      assert.deepEqual(r, {
        plain: ["AbortError", true],
        custom: true,
        rightAfter: "AbortError",
        all: [true, true, true, true],
        streaming: true,
      });
    });

    test("summarize(): the spec's shapes for each type and length, as the article's own sentences", async () => {
      const r = {
        ...(await everyStyle(env.page, ARTICLE, "plain-text", { context: "For readers of a local paper" })),
        ...(await value(
          env.page,
          async ({ Summarizer }, article) => {
            const out = {};
            const md = await Summarizer.create();
            out["key-points short markdown"] = await md.summarize(article);
            // sharedContext and context are kept and counted, but an extractive summary is the same.
            const withShared = await Summarizer.create({
              type: "tldr",
              length: "medium",
              format: "plain-text",
              sharedContext: "Only mention the café",
            });
            out.contexts = [
              await withShared.summarize(article),
              await withShared.summarize(article, { context: "Focus on the river" }),
            ];
            return out;
          },
          ARTICLE,
        )),
      };
      const bullets = (...xs) => xs.map((x) => `• ${x}`).join("\n");
      assert.equal(r["key-points short"], bullets(S.reopened, S.spent, S.replaced));
      assert.equal(r["key-points medium"], bullets(S.reopened, S.spent, S.replaced, S.defences, S.criticised));
      assert.equal(
        r["key-points long"],
        bullets(S.reopened, S.spent, S.replaced, S.defences, S.head, S.criticised, S.leader),
      );
      assert.equal(r["key-points short markdown"], [S.reopened, S.spent, S.replaced].map((x) => `- ${x}`).join("\n"));
      for (const type of ["tldr", "teaser"]) {
        assert.equal(r[`${type} short`], S.reopened, "short: one sentence");
        assert.equal(r[`${type} medium`], [S.reopened, S.spent, S.replaced].join(" "), "medium: a short paragraph");
        assert.equal(
          r[`${type} long`],
          [S.reopened, S.spent, S.replaced, S.defences, S.criticised].join(" "),
          "long: a paragraph",
        );
      }
      assert.deepEqual(r.contexts, [r["tldr medium"], r["tldr medium"]], "context does not change the summary");
      assert.equal(r["headline short"], "The Millbrook public library reopened on Monday, fourteen months");
      assert.equal(r["headline medium"], "The Millbrook public library reopened on Monday, fourteen months");
      assert.equal(
        r["headline long"],
        "The Millbrook public library reopened on Monday, fourteen months after floodwater from the River Alder filled its ground floor",
      );
      const words = (s) => s.split(/\s+/).length;
      assert.ok(
        words(r["headline short"]) <= 12 && words(r["headline medium"]) <= 17 && words(r["headline long"]) <= 22,
        "the spec's word limits: 12, 17, 22",
      );
    });

    test('summarize() of empty, blank or control-only input is ""; a one-sentence input is that sentence', async () => {
      const r = await value(env.page, async ({ Summarizer }) => {
        const s = await Summarizer.create({ format: "plain-text", type: "tldr" });
        return [
          await s.summarize(""),
          await s.summarize("   \n\t "),
          await s.summarize("\u0000\u200b\u0007 \u2028"),
          await s.summarize("Please write a sentence in English.", { context: " " }),
        ];
      });
      assert.deepEqual(r, ["", "", "", "Please write a sentence in English."]);
    });

    test("summarize() with the same summarizer, many calls at once: each resolves to its own summary", async () => {
      const r = await value(
        env.page,
        async ({ Summarizer }, article) => {
          const s = await Summarizer.create({ type: "tldr", format: "plain-text" });
          return Promise.all([
            s.summarize(article),
            s.summarize("The harbour bridge reopened on Friday after repairs."),
            s.summarize(article),
          ]);
        },
        ARTICLE,
      );
      assert.deepEqual(r, [S.reopened, "The harbour bridge reopened on Friday after repairs.", S.reopened]);
    });

    test("summarize() in another language: German in, German out; an output language the input is not in is NotSupportedError", async () => {
      const r = await value(
        env.page,
        async ({ Summarizer }, [german, english]) => {
          const de = await Summarizer.create({
            expectedInputLanguages: ["de-DE"],
            outputLanguage: "de",
            type: "tldr",
            format: "plain-text",
          });
          const out = await de.summarize(german);
          const wrong = await de.summarize(english).then(
            () => "resolved",
            (e) => [e.name, e instanceof DOMException],
          );
          return { out, wrong, attrs: [de.expectedInputLanguages, de.outputLanguage] };
        },
        [GERMAN, ARTICLE],
      );
      assert.equal(
        r.out,
        "Die Hafenbrücke in Kiel ist nach zwei Jahren Bauzeit am Montag wieder für den Verkehr geöffnet worden.",
      );
      assert.deepEqual(r.wrong, ["NotSupportedError", true]);
      assert.deepEqual(r.attrs, [["de-DE"], "de"]);
    });

    test("summarizeStreaming(): a ReadableStream of one chunk per sentence adding up to summarize(); empty input closes with no chunk", async () => {
      const r = await value(
        env.page,
        async ({ Summarizer }, article) => {
          const s = await Summarizer.create({ length: "medium" });
          const stream = s.summarizeStreaming(article, { context: "x" });
          const chunks = [];
          const reader = stream.getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            chunks.push(value);
          }
          const empty = [];
          const r2 = s.summarizeStreaming("  ").getReader();
          for (;;) {
            const { value, done } = await r2.read();
            if (done) break;
            empty.push(value);
          }
          return { isStream: stream instanceof ReadableStream, chunks, whole: await s.summarize(article), empty };
        },
        ARTICLE,
      );
      assert.equal(r.isStream, true);
      assert.deepEqual(
        r.chunks,
        [S.reopened, S.spent, S.replaced, S.defences, S.criticised].map((x, i) => `${i ? "\n" : ""}- ${x}`),
      );
      assert.equal(r.chunks.join(""), r.whole);
      assert.deepEqual(r.empty, []);
    });

    test("abort a call: already aborted rejects (streaming throws at once); aborted right after the call rejects with the reason and the result is discarded", async () => {
      const r = await value(
        env.page,
        async ({ Summarizer }, article) => {
          const s = await Summarizer.create({ type: "tldr", format: "plain-text" });
          const out = {};
          // Aborted before the call: AbortError, or the exact reason.
          const a = new AbortController();
          a.abort();
          out.before = await s.summarize(article, { signal: a.signal }).then(
            () => "resolved",
            (e) => [e.name, e instanceof DOMException],
          );
          const reason = new DOMException("test", "VersionError");
          const b = new AbortController();
          b.abort(reason);
          out.beforeCustom = await s.summarize(article, { signal: b.signal }).then(
            () => "resolved",
            (e) => e === reason,
          );
          out.usageBefore = await s.measureInputUsage(article, { signal: b.signal }).then(
            () => "resolved",
            (e) => e === reason,
          );
          try {
            s.summarizeStreaming(article, { signal: a.signal });
            out.streamBefore = "returned";
          } catch (e) {
            out.streamBefore = [e.name, e instanceof DOMException];
          }
          try {
            s.summarizeStreaming(article, { signal: b.signal });
            out.streamBeforeCustom = "returned";
          } catch (e) {
            out.streamBeforeCustom = e === reason;
          }
          // Aborted right after the call.
          const c = new AbortController();
          const why = new Error("user pressed Cancel");
          const p = s.summarize(article, { signal: c.signal });
          c.abort(why);
          out.after = await p.then(
            () => "resolved",
            (e) => e === why,
          );
          const d = new AbortController();
          const stream = s.summarizeStreaming(article, { signal: d.signal });
          d.abort(why);
          out.streamAfter = await stream.pipeTo(new WritableStream()).then(
            () => "resolved",
            (e) => e === why,
          );
          // Aborting after the stream was read whole changes nothing.
          const e2 = new AbortController();
          const chunks = [];
          const r2 = s.summarizeStreaming(article, { signal: e2.signal }).getReader();
          for (;;) {
            const { value, done } = await r2.read();
            if (done) break;
            chunks.push(value);
          }
          e2.abort();
          out.readThenAbort = chunks.join("");
          // Canceling the stream is not an error, and the summarizer goes on working.
          const r3 = s.summarizeStreaming(article).getReader();
          await r3.cancel();
          out.afterCancel = await s.summarize(article);
          return out;
        },
        ARTICLE,
      );
      assert.deepEqual(r, {
        before: ["AbortError", true],
        beforeCustom: true,
        usageBefore: true,
        streamBefore: ["AbortError", true],
        streamBeforeCustom: true,
        after: true,
        streamAfter: true,
        readThenAbort: S.reopened,
        afterCancel: S.reopened,
      });
    });

    test("a 1.9 MB input runs off the page's thread: the page's timers run meanwhile, an abort from one rejects at once with its reason and stops the worker, and the next call gets a new one", async () => {
      const r = await value(
        env.page,
        async ({ Summarizer }, article) => {
          const { workersAlive } = await import("/nutshell-async.js");
          // 1,130 copies of the article, each about a different town: 1.9 MB.
          const big = Array.from({ length: 1130 }, (_, i) => article.replaceAll("Millbrook", `Millbrook${i}`)).join(
            "\n\n",
          );
          const s = await Summarizer.create({ type: "tldr", format: "plain-text" });
          const c = new AbortController();
          const why = new Error("user pressed Cancel");
          const order = [];
          const p = s.summarize(big, { signal: c.signal }).then(
            () => "resolved",
            (e) => e === why,
          );
          p.then(() => order.push("settled"));
          // Where the core held this thread, this timer could only run once the summary was done.
          setTimeout(() => {
            order.push("timer");
            c.abort(why);
          }, 50);
          const aborted = await p;
          const alive = workersAlive();
          const next = await s.summarize(article);
          // The streaming form too: the stream errors with the reason, the page is never held.
          const d = new AbortController();
          const stream = s.summarizeStreaming(big, { signal: d.signal });
          setTimeout(() => d.abort(why), 50);
          const streamed = await stream.pipeTo(new WritableStream()).then(
            () => "resolved",
            (e) => e === why,
          );
          return {
            bytes: new TextEncoder().encode(big).length,
            aborted,
            order,
            alive,
            next,
            streamed,
            after: await s.summarize(article),
            aliveAfter: workersAlive(),
          };
        },
        ARTICLE,
      );
      assert.ok(r.bytes > 1.9e6 && r.bytes < 2e6, `${r.bytes} bytes`);
      assert.deepEqual(r, {
        bytes: r.bytes,
        aborted: true,
        order: ["timer", "settled"],
        alive: 0,
        next: S.reopened,
        streamed: true,
        after: S.reopened,
        aliveAfter: 1,
      });
    });

    test("destroy(): calls in flight and later ones reject with an AbortError DOMException; streaming throws it at once", async () => {
      const r = await value(
        env.page,
        async ({ Summarizer }, article) => {
          const s = await Summarizer.create();
          const stream = s.summarizeStreaming(article);
          const inFlight = [s.summarize(article), s.measureInputUsage(article)];
          s.destroy();
          const later = [s.summarize(article), s.measureInputUsage(article)];
          const names = await Promise.all(
            [...inFlight, ...later].map((p) =>
              p.then(
                () => "resolved",
                (e) => [e.name, e instanceof DOMException],
              ),
            ),
          );
          const streamed = await stream.pipeTo(new WritableStream()).then(
            () => "resolved",
            (e) => e.name,
          );
          let sync;
          try {
            s.summarizeStreaming(article);
            sync = "returned";
          } catch (e) {
            sync = [e.name, e instanceof DOMException];
          }
          s.destroy(); // a second destroy() is harmless
          return { names, streamed, sync };
        },
        ARTICLE,
      );
      const abort = ["AbortError", true];
      assert.deepEqual(r, { names: [abort, abort, abort, abort], streamed: "AbortError", sync: abort });
    });

    test("measureInputUsage() counts UTF-8 bytes of the input and the context joined by a line break; over the quota is QuotaExceededError with requested and quota", async () => {
      const r = await value(env.page, async ({ Summarizer }) => {
        const s = await Summarizer.create();
        const shared = await Summarizer.create({ sharedContext: "ab" });
        const usage = [
          await s.measureInputUsage(""),
          await s.measureInputUsage("héllo"),
          await s.measureInputUsage("héllo", { context: "ab" }),
          await s.measureInputUsage("😀"),
          await s.measureInputUsage("x".repeat(1000), { context: "für" }),
        ];
        const over = "x".repeat(s.inputQuota);
        const err = await s.summarize(over).then(
          () => "resolved",
          (e) => window.__described(e),
        );
        const withContext = await s.summarize("x".repeat(s.inputQuota - 5), { context: "12345" }).then(
          () => "resolved",
          (e) => window.__described(e),
        );
        const stream = await s
          .summarizeStreaming(over)
          .pipeTo(new WritableStream())
          .then(
            () => "resolved",
            (e) => [e.name, e.requested, e.quota],
          );
        const sharedErr = await shared.summarize("x".repeat(shared.inputQuota)).then(
          () => "resolved",
          (e) => [e.name, e.requested, e.quota],
        );
        const tooBigShared = await Summarizer.create({ sharedContext: "y".repeat(s.inputQuota + 1) }).then(
          () => "resolved",
          (e) => [e.name, e.requested, e.quota],
        );
        return {
          usage,
          overUsage: await s.measureInputUsage(over),
          err,
          withContext,
          stream,
          sharedQuota: shared.inputQuota,
          sharedErr,
          tooBigShared,
        };
      });
      assert.deepEqual(r.usage, [1, 7, 9, 5, 1005]);
      assert.equal(r.overUsage, QUOTA + 1);
      assert.deepEqual(r.err, {
        name: "QuotaExceededError",
        ctor: r.err.ctor,
        message: r.err.message,
        dom: true,
        requested: QUOTA + 1,
        quota: QUOTA,
      });
      assert.equal(r.withContext.requested, QUOTA + 1, "the context counts");
      assert.deepEqual(r.stream, ["QuotaExceededError", QUOTA + 1, QUOTA]);
      assert.equal(r.sharedQuota, QUOTA - 2);
      assert.deepEqual(r.sharedErr, ["QuotaExceededError", QUOTA - 1, QUOTA - 2]);
      assert.deepEqual(r.tooBigShared, ["QuotaExceededError", QUOTA + 1, QUOTA]);
    });

    test("hostile Markdown: no type, length or format renders a link, an image, HTML or markup in marked (GFM) or markdown-it (HTML, linkify)", async () => {
      const markdowns = await everyStyle(env.page, HOSTILE, "markdown");
      const plains = await everyStyle(env.page, HOSTILE, "plain-text");
      let links = 0;
      for (const { type, length } of STYLES) {
        const markdown = markdowns[`${type} ${length}`];
        const plain = plains[`${type} ${length}`];
        assert.ok(plain.length > 20, `${type} ${length}: ${plain}`);
        // The plain text is the article's own characters: every hostile string kept as written.
        if (type === "tldr" && length === "short")
          assert.equal(
            plain,
            "Council votes [click here](javascript:alert(1)) to fund the new harbour bridge on 3 March 2026 after a long debate.",
          );
        const expectedText =
          type === "key-points"
            ? plain
                .split("\n")
                .map((l) => l.replace(/^• /, ""))
                .join("\n")
            : plain;
        const expectedTags = type === "key-points" ? ["li", "ul"] : ["p"];
        for (const [name, render] of Object.entries(RENDERERS)) {
          const html = render(markdown);
          const { tags, text } = rendered(html);
          links += (html.match(/<(a|img|script|iframe)\b/gi) ?? []).length;
          assert.deepEqual(
            tags,
            expectedTags,
            `${type} ${length} in ${name}: only ${expectedTags.join(", ")}:\n${markdown}\n${html}`,
          );
          assert.equal(text, expectedText, `${type} ${length} in ${name}: renders to the article's own words`);
        }
      }
      assert.equal(links, 0);
      assert.match(markdowns["key-points long"], /javascript:alert/, "the hostile text was in the summaries tested");
    });

    test("no console error or uncaught exception on the page", () => {
      assert.deepEqual(env.problems, []);
    });
  },
  { setup: blankPage },
);

eachBrowser("Summarizer polyfill", (env) => {
  /** A scenario's result where Nutshell answered, the browser's own API having seen `calls`. */
  const byNutshell = (calls) => ({
    detected: true,
    availability: "available",
    summary: NUTSHELL,
    nutshell: true,
    instance: true,
    calls,
    builtinKept: true,
    isDefault: true,
  });

  /**
   * A fresh page with a stub of the browser's own Summarizer (or none, `native: null`, or the
   * browser's real one, `native: "real"`), the polyfill imported after it, and a page script that
   * feature-detects as MDN shows. Reports what each call answered and which summarizer served it.
   */
  async function scenario({ native, policy = null, options = {} }) {
    const { page, context, problems } = await watchedPage(env.browser, env.server.origin);
    await page.goto(`${env.server.origin}/tests/fixtures/blank.html`);
    const r = await value(
      page,
      async (_, { native, policy, options, text }) => {
        const calls = [];
        if (native && native !== "real") {
          class NativeSummarizer {
            static async availability(o) {
              calls.push(["availability", o === options]);
              if (native.throws === "TypeError") throw new TypeError("the browser's own message");
              if (native.throws) throw new DOMException("stub", native.throws);
              const langs = o?.expectedInputLanguages ?? ["en"];
              return langs.every((l) => l.startsWith("en")) ? native.answer : "unavailable";
            }
            static async create(o) {
              calls.push(["create", o === options]);
              return new NativeSummarizer();
            }
            async summarize() {
              return "native summary";
            }
          }
          self.Summarizer = NativeSummarizer;
        } else if (!native) {
          delete self.Summarizer;
        }
        const own = self.Summarizer ?? null;
        const poly = await import("/summarizer-polyfill.js");
        if (policy) poly.setPolicy(policy);
        // The page, written for the built-in API:
        const out = { detected: "Summarizer" in self };
        out.availability = await Summarizer.availability(options).catch((e) => `${e.name}: ${e.message}`);
        if (["available", "downloadable", "downloading"].includes(out.availability)) {
          const s = await Summarizer.create(options);
          out.summary = await s.summarize(text);
          out.nutshell = s instanceof Summarizer.nutshell;
          out.instance = s instanceof Summarizer;
        }
        out.calls = calls;
        out.builtinKept = Summarizer.builtin === own;
        out.isDefault = poly.default === Summarizer;
        return out;
      },
      { native, policy, options, text: "The harbour bridge reopened on Friday after two years of repairs." },
      { imports: "/summarizer.js" },
    );
    assert.deepEqual(problems, []);
    await context.close();
    return r;
  }

  const NUTSHELL = "- The harbour bridge reopened on Friday after two years of repairs.";

  for (const answer of ["available", "downloadable", "downloading"]) {
    test(`the browser's Summarizer says "${answer}": it keeps answering, and serves create()`, async () => {
      const options = { type: "tldr", expectedInputLanguages: ["en"] };
      const r = await scenario({ native: { answer }, options });
      assert.deepEqual(r, {
        detected: true,
        availability: answer,
        summary: "native summary",
        nutshell: false,
        instance: true,
        calls: [
          ["availability", true],
          ["availability", true],
          ["create", true],
        ],
        builtinKept: true,
        isDefault: true,
      });
    });
  }

  test('the browser\'s Summarizer says "unavailable" for these options: Nutshell answers, the native create() is never called', async () => {
    const r = await scenario({ native: { answer: "available" }, options: { expectedInputLanguages: ["de"] } });
    assert.deepEqual(
      r,
      byNutshell([
        ["availability", true],
        ["availability", true],
      ]),
    );
  });

  test("no Summarizer in the browser: Nutshell takes the name", async () => {
    const r = await scenario({ native: null });
    assert.deepEqual(r, byNutshell([]));
  });

  test("a site that opts in gets Nutshell instead of a download, and the browser's model where it is ready", async () => {
    const downloadable = await scenario({ native: { answer: "downloadable" }, policy: { download: "nutshell" } });
    assert.equal(downloadable.availability, "available");
    assert.equal(downloadable.nutshell, true);
    assert.deepEqual(downloadable.calls, [
      ["availability", true],
      ["availability", true],
    ]);
    const ready = await scenario({ native: { answer: "available" }, policy: { download: "nutshell" } });
    assert.equal(ready.summary, "native summary");
  });

  test("the browser's errors: bad options pass on as they are; any other failure leaves it to Nutshell", async () => {
    const other = await scenario({ native: { answer: "available", throws: "UnknownError" } });
    assert.equal(other.summary, NUTSHELL);
    const bad = await scenario({ native: { answer: "available", throws: "TypeError" }, options: { type: "poem" } });
    assert.equal(bad.availability, "TypeError: the browser's own message");
    assert.deepEqual(bad.calls, [["availability", true]]);
  });

  test("this browser's own Summarizer, if it has one, is asked first and kept as Summarizer.builtin", async () => {
    const r = await scenario({ native: "real" });
    // Debian's Chromium has the API but no model ("unavailable"): Nutshell answers. Firefox has none.
    assert.equal(r.summary, NUTSHELL);
    assert.equal(r.builtinKept, true);
  });
});
