// Extraction from the live DOM (analyzeDom on a loaded page, through web-sys), in every browser
// (Chromium, Firefox, WebKit: lib/harness.mjs eachBrowser), against the native extractor (the
// release CLI, html5ever) on the fixture pages: the same article text, sentence kinds, summary
// and timeline (the furniture decisions), and runs that point at the page's own Text nodes. Also analyze(html, {input: "html"}) in the browser (DOMParser).
// Needs www/pkg (tools/build-wasm.sh) and the CLI (target/release or target/debug).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { eachBrowser } from "./lib/harness.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PAGES = `${ROOT}tests/fixtures/pages/`;
const CLI =
  [`${ROOT}target/release/nutshell`, `${ROOT}target/debug/nutshell`].find((p) => existsSync(p)) ??
  "nutshell-cli-not-built";

let page;

/** A blank page with the core loaded and `loadPage(html)`: the page in a script-less iframe. */
async function setup(env) {
  page = await (await env.browser.newContext()).newPage();
  await page.goto(`${env.server.origin}/tests/fixtures/blank.html`);
  await page.evaluate(async () => {
    const m = await import("/pkg/nutshell.js");
    await m.default();
    window.core = m;
    // Load HTML into a live document: a sandboxed iframe (no scripts), parsed by the browser.
    window.loadPage = (html) =>
      new Promise((resolve) => {
        const f = document.createElement("iframe");
        f.setAttribute("sandbox", "allow-same-origin");
        f.onload = () => resolve(f);
        f.srcdoc = html;
        document.body.append(f);
      });
  });
}

function native(html) {
  try {
    const out = execFileSync(CLI, ["--input", "html", "--format", "json", "-"], {
      input: html,
      stdio: ["pipe", "pipe", "pipe"],
    });
    return JSON.parse(out.toString());
  } catch (e) {
    return { error: String(e.stderr || e) };
  }
}

const noCli = !existsSync(CLI) && "the nutshell CLI is not built (cargo build)";
eachBrowser(
  "live DOM and native HTML give the same article",
  () => {
    for (const name of readdirSync(PAGES).filter((f) => f.endsWith(".html"))) {
      test(name, { skip: noCli }, async () => {
        const html = readFileSync(PAGES + name, "utf8");
        const want = native(html);
        const got = await page.evaluate(async (html) => {
          const f = await window.loadPage(html);
          try {
            const a = window.core.analyzeDom(f.contentDocument, {});
            // Every run's text is its Text node's data at its offset (UTF-16, as JS slices).
            const bad = a.runs.filter(
              (r) =>
                a.textNodes[r.node].data.slice(r.offset, r.offset + (r.end - r.start)) !== a.text.slice(r.start, r.end),
            );
            let viaParser;
            try {
              viaParser = window.core.analyze(html, { input: "html" }).text;
            } catch (e) {
              viaParser = { error: String(e.message) };
            }
            // What a reader sees of the furniture decisions: each sentence's kind, the summary,
            // the timeline's dates and labels.
            const kinds = a.sentences.map((s) => s.kind);
            const timeline = a.timeline.map((e) => [e.value, e.label]);
            return {
              text: a.text,
              title: a.title,
              published: a.published,
              kinds,
              summary: a.summary,
              timeline,
              badRuns: bad.length,
              runs: a.runs.length,
              viaParser,
            };
          } catch (e) {
            return { error: String(e.message) };
          } finally {
            f.remove();
          }
        }, html);
        if (want.error) {
          assert.ok(got.error, `native says ${want.error}, the DOM gave text`);
          return;
        }
        assert.ok(!got.error, got.error);
        assert.equal(got.text, want.text);
        assert.equal(got.title, want.title);
        assert.equal(got.published, want.published);
        assert.deepEqual(
          got.kinds,
          want.sentences.map((s) => s.kind),
        );
        assert.deepEqual(got.summary, want.summary);
        assert.deepEqual(
          got.timeline,
          want.timeline.map((e) => [e.value, e.label]),
        );
        assert.equal(got.viaParser, want.text);
        assert.ok(got.runs > 0);
        assert.equal(got.badRuns, 0);
      });
    }
  },
  { setup },
);
