// End-to-end: the npm package (tools/build-npm.sh -> www/npm/) in a plain page with an import
// map, in a module Web Worker, and bundled by Vite (tests/fixtures/vite-app, built here into
// target/vite-app) and by webpack 5 (the same app, tests/fixtures/webpack-app, into
// target/webpack-app), each with its own worker; and the Summarizer-API-compatible face; in
// every browser (Chromium, Firefox, WebKit: lib/harness.mjs eachBrowser). (The extension
// service worker case is in extension.test.mjs, which loads a fixture extension.)

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFile, readFile, symlink, rm } from "node:fs/promises";
import { join } from "node:path";
import { STRICT, tsc } from "./lib/tsc.mjs";
import { buildNpm, eachBrowser, offOrigin, ROOT, serve, watch, WWW } from "./lib/surfaces.mjs";

const ARTICLE = await readFile(join(WWW, "tests", "fixtures", "vite-app", "article.txt"), "utf8");
const FIRST = /^The railway between Kestrel Junction and the coast, closed since a landslide/;
const VITE_OUT = join(ROOT, "target", "vite-app");
const WEBPACK_OUT = join(ROOT, "target", "webpack-app");
/** What webpack said while bundling (the package must need no configuration: no warning). */
let webpackStats;

before(async () => {
  const pkg = buildNpm();
  // What `npm install nutshell-summarizer` would give the app: the package under node_modules.
  const link = join(WWW, "node_modules", "nutshell-summarizer");
  await rm(link, { recursive: true, force: true });
  await symlink(pkg, link, "dir");
  const out = VITE_OUT;
  execFileSync(
    join(WWW, "node_modules", ".bin", "vite"),
    ["build", "-c", join(WWW, "tests", "fixtures", "vite-app", "vite.config.js")],
    {
      cwd: WWW,
      stdio: "pipe",
      env: { ...process.env, NUTSHELL_VITE_OUT: out },
    },
  );
  const { default: webpack } = await import("webpack");
  const { default: config } = await import("./fixtures/webpack-app/webpack.config.mjs");
  webpackStats = await new Promise((resolve, reject) => {
    webpack({ ...config, output: { ...config.output, path: WEBPACK_OUT } }, (err, stats) => {
      if (err) return reject(err);
      const c = stats.compilation;
      resolve({
        errors: c.errors,
        warnings: c.warnings,
        assets: c.getAssets().map((a) => ({ name: a.name, size: a.source.size() })),
      });
    });
  });
  // The same page as the Vite build's: its `./main.js` is webpack's output here.
  await copyFile(join(WWW, "tests", "fixtures", "vite-app", "index.html"), join(WEBPACK_OUT, "index.html"));
});

async function openDone(browser, url) {
  const page = await browser.newPage();
  const w = watch(page);
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById("status").textContent !== "loading", null, {
    timeout: 20000,
  });
  const list = (id) => page.locator(`#${id} li`).allTextContents();
  return {
    page,
    ...w,
    status: await page.locator("#status").textContent(),
    summary: await list("summary"),
    worker: await list("worker-summary"),
  };
}

describe("npm package", () => {
  test("package.json: ES module, exports with types, the wasm inside", async () => {
    const pkg = JSON.parse(await readFile(join(WWW, "npm", "package.json"), "utf8"));
    assert.equal(pkg.type, "module");
    assert.deepEqual(pkg.exports["."], { types: "./index.d.ts", default: "./index.js" });
    assert.deepEqual(pkg.exports["./summarizer"], { types: "./summarizer.d.ts", default: "./summarizer.js" });
    assert.deepEqual(pkg.exports["./polyfill"], {
      types: "./summarizer-polyfill.d.ts",
      default: "./summarizer-polyfill.js",
    });
    for (const f of pkg.files) await readFile(join(WWW, "npm", f)); // every listed file exists
    const types = await readFile(join(WWW, "npm", "nutshell.d.ts"), "utf8");
    for (const field of [
      "timeline",
      "keywords",
      "headline",
      "published_source",
      "granularity",
      "future",
      "style",
      "length",
    ]) {
      assert.ok(types.includes(`${field}`), `typed: ${field}`);
    }
    assert.ok(!/:\s*any\b/.test(types), "no `any` in the typings");
  });

  test("the typings compile for correct use and reject misuse (tsc --strict, package exports)", () => {
    tsc(...STRICT, "tests/fixtures/npm-types-check.ts");
  });

  test("webpack 5 bundles it with no configuration: no error or warning, the wasm emitted as an asset", () => {
    assert.deepEqual(
      webpackStats.errors.map((e) => e.message),
      [],
    );
    assert.deepEqual(
      webpackStats.warnings.map((e) => e.message),
      [],
    );
    // The English core and the full module (every language), each its own asset.
    const wasm = webpackStats.assets.filter((a) => a.name.endsWith(".wasm"));
    assert.equal(wasm.length, 2, webpackStats.assets.map((a) => a.name).join());
    for (const w of wasm) assert.ok(w.size > 100000, `${w.name}: ${w.size} bytes`);
  });
});

eachBrowser("npm package in a page", (env) => {
  let viteServer;
  let webpackServer;
  before(async () => {
    viteServer = await serve(VITE_OUT);
    webpackServer = await serve(WEBPACK_OUT);
  });
  after(async () => {
    await viteServer?.close();
    await webpackServer?.close();
  });

  test("in a plain page (import map) and in a module Web Worker", async () => {
    const r = await openDone(env.browser, `${env.server.origin}/tests/fixtures/npm-plain/`);
    assert.equal(r.status, "done");
    assert.equal(r.summary.length, 3);
    assert.match(r.summary[0], FIRST);
    assert.deepEqual(r.worker, r.summary, "the worker gives the same summary");
    assert.deepEqual(offOrigin(r.requested, env.server.origin), []);
    assert.deepEqual(r.problems, []);
    await r.page.close();
  });

  test("bundled by Vite, with a worker", async () => {
    const r = await openDone(env.browser, `${viteServer.origin}/`);
    assert.equal(r.status, "done");
    assert.equal(r.summary.length, 3);
    assert.match(r.summary[0], FIRST);
    assert.deepEqual(r.worker, r.summary);
    assert.match(await r.page.locator("#summarizer").textContent(), FIRST);
    assert.ok(
      r.requested.some((u) => /\/assets\/nutshell_bg-[\w-]+\.wasm$/.test(u)),
      "the wasm is a hashed Vite asset",
    );
    assert.deepEqual(offOrigin(r.requested, viteServer.origin), []);
    assert.deepEqual(r.problems, []);
    await r.page.close();
  });

  test("bundled by webpack 5, with a worker", async () => {
    const r = await openDone(env.browser, `${webpackServer.origin}/`);
    assert.equal(r.status, "done");
    assert.equal(r.summary.length, 3);
    assert.match(r.summary[0], FIRST);
    assert.deepEqual(r.worker, r.summary);
    assert.match(await r.page.locator("#summarizer").textContent(), FIRST);
    const wasm = webpackStats.assets.filter((a) => a.name.endsWith(".wasm")).map((a) => a.name);
    assert.ok(
      wasm.some((w) => r.requested.includes(`${webpackServer.origin}/${w}`)),
      `an emitted module (${wasm}) is what the page loads: ${r.requested.join(" ")}`,
    );
    assert.deepEqual(offOrigin(r.requested, webpackServer.origin), []);
    assert.deepEqual(r.problems, []);
    await r.page.close();
  });

  test("the Summarizer-API-compatible face and its polyfill, from the package (the spec's behaviours: summarizer.test.mjs)", async () => {
    const page = await env.browser.newPage();
    const w = watch(page);
    await page.goto(`${env.server.origin}/tests/fixtures/npm-plain/`);
    await page.waitForFunction(() => window.Nutshell);
    // As the page's own module script (the page's import map resolves the package; Firefox's
    // WebDriver evaluates in a sandbox that has none), reporting through the DOM.
    await page.evaluate((article) => {
      const s = document.createElement("script");
      s.type = "module";
      s.textContent = `
        import { Summarizer } from "nutshell-summarizer/summarizer";
        const article = ${JSON.stringify(article)};
        const out = { availability: await Summarizer.availability() };
        const progress = [];
        const s = await Summarizer.create({ sharedContext: "A local news site", monitor: (m) => m.addEventListener("downloadprogress", (e) => progress.push(e.loaded)) });
        out.progress = progress;
        out.attrs = [s.type, s.length, s.format, s.sharedContext];
        out.markdown = await s.summarize(article, { context: "for commuters" });
        out.chunks = [];
        const reader = s.summarizeStreaming(article).getReader();
        for (;;) { const { value, done } = await reader.read(); if (done) break; out.chunks.push(value); }
        s.destroy();
        out.afterDestroy = await s.summarize(article).then(() => "resolved", (e) => e.name);
        // The polyfill: code written for the built-in API runs unchanged. Debian's Chromium has
        // a built-in Summarizer without a model ("unavailable"): Nutshell answers; it stays
        // reachable as Summarizer.builtin. Firefox and WebKit have none.
        const builtin = self.Summarizer ?? null;
        out.builtinAvailability = builtin ? await builtin.availability().catch((e) => e.name) : "absent";
        await import("nutshell-summarizer/polyfill");
        const h = await Summarizer.create({ type: "headline", format: "plain-text" });
        out.poly = { kept: self.Summarizer.builtin === builtin, nutshell: h instanceof self.Summarizer.nutshell, headline: await h.summarize(article) };
        document.body.dataset.face = JSON.stringify(out);`;
      document.head.append(s);
    }, ARTICLE);
    await page.waitForFunction(() => document.body.dataset.face);
    const r = JSON.parse(await page.evaluate(() => document.body.dataset.face));
    assert.equal(r.availability, "available");
    assert.deepEqual(r.progress, [0, 1]);
    assert.deepEqual(r.attrs, ["key-points", "short", "markdown", "A local news site"]);
    const lines = r.markdown.split("\n");
    assert.equal(lines.length, 3, r.markdown);
    assert.ok(
      lines.every((l) => l.startsWith("- ")),
      r.markdown,
    );
    assert.match(lines[0].slice(2), FIRST);
    assert.equal(r.chunks.length, 3, "one chunk per sentence");
    assert.equal(r.chunks.join(""), r.markdown, "the stream adds up to summarize()");
    assert.equal(r.afterDestroy, "AbortError");
    assert.notEqual(r.builtinAvailability, "available", "this browser's own summarizer cannot run here");
    assert.deepEqual(r.poly, { kept: true, nutshell: true, headline: r.poly.headline });
    assert.match(r.poly.headline, /^The railway between Kestrel Junction and the coast/);
    assert.ok(!r.poly.headline.includes("\n"), r.poly.headline);
    assert.deepEqual(w.problems, []);
    await page.close();
  });
});
