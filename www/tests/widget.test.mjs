// End-to-end: the <nutshell-summary> widget (www/widget/) on fixture pages, in every browser
// (Chromium, Firefox, WebKit: lib/harness.mjs eachBrowser):
// two widgets on one page, attribute and source changes, theme variables and parts, dark mode,
// keyboard use, lazy loading, a hostile article, an axe-core scan, and the request log.
// NUTSHELL_SCREENSHOTS=1 also writes www/screenshots/widget*.png (widget-firefox.png, ...).

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { axe, eachBrowser, offOrigin, squeeze, watch, WWW } from "./lib/surfaces.mjs";

const FIXTURES = "/tests/fixtures/surfaces";

async function open(env, path, { colorScheme = "light", viewport = { width: 900, height: 1000 } } = {}) {
  const context = await env.browser.newContext({ colorScheme, viewport });
  const page = await context.newPage();
  const w = watch(page);
  await page.goto(`${env.server.origin}${path}`);
  return { page, context, ...w };
}

/** Wait until widget `sel` has rendered a result newer than `after` runs. */
async function rendered(page, sel, runs = 1) {
  await page.waitForFunction(([s, n]) => (document.querySelector(s).__runs ?? 0) >= n, [sel, runs], { timeout: 20000 });
}

/** What widget `sel` shows inside its shadow root. */
function widget(page, sel) {
  return page.locator(sel).evaluate((w) => {
    const r = w.shadowRoot;
    const texts = (q) => [...r.querySelectorAll(q)].map((n) => n.textContent.replace(/\s+/g, " ").trim());
    const box = r.querySelector("section");
    const cs = getComputedStyle(box);
    return {
      heading: r.querySelector("h2").textContent,
      headingTransform: getComputedStyle(r.querySelector("h2")).textTransform,
      meta: r.querySelector(".meta")?.textContent ?? "",
      summaryTag: r.querySelector(".summary")?.tagName.toLowerCase() ?? null,
      items: texts(".item"),
      keywords: texts(".keywords li"),
      timeline: [...r.querySelectorAll(".timeline .event")].map((li) => ({
        datetime: li.querySelector("time").getAttribute("datetime"),
        date: li.querySelector("time").textContent,
        planned: !!li.querySelector(".badge"),
        label: li.querySelector(".label").textContent,
      })),
      status: texts(".status").join(" "),
      background: cs.backgroundColor,
      color: cs.color,
      borderRadius: cs.borderTopLeftRadius,
      elements: [...r.querySelectorAll("*")].map((n) => n.tagName.toLowerCase()),
      busy: box.getAttribute("aria-busy"),
    };
  });
}

eachBrowser("<nutshell-summary> widget", (env, browserName) => {
  const shot = (name) =>
    join(WWW, "screenshots", browserName === "chromium" ? `${name}.png` : `${name}-${browserName}.png`);

  test("two widgets on one page: an article's key points with timeline, and a TL;DR of its own text", async () => {
    const { page, context, problems, requested } = await open(env, `${FIXTURES}/widget.html`);
    await page.evaluate(() => document.getElementById("second").scrollIntoView());
    await rendered(page, "#first");
    await rendered(page, "#second");
    const first = await widget(page, "#first");
    assert.equal(first.heading, "In a nutshell");
    assert.equal(first.summaryTag, "ul");
    assert.equal(first.items.length, 3);
    assert.match(first.items[0], /^The council of Saltmere voted on Tuesday/);
    const article = squeeze(await page.locator("#story").innerText());
    for (const s of first.items) assert.ok(article.includes(s), `from the article: ${s}`);
    assert.match(first.meta, /^3 of \d+ sentences$/);
    assert.ok(first.keywords.includes("movable flood barrier"), first.keywords.join());
    const consult = first.timeline.find((e) => e.datetime === "2026-04-21");
    assert.deepEqual(consult && [consult.date, consult.planned], ["21 April 2026", true]);
    assert.equal(first.timeline.find((e) => e.datetime === "2024-01-14")?.planned, false);
    const second = await widget(page, "#second");
    assert.equal(second.summaryTag, "p", "a TL;DR is a paragraph");
    assert.equal(second.items.length, 1);
    assert.match(second.items[0], /^The city library of Saltmere will close for renovation on 1 July 2026/);
    assert.equal(second.timeline.length, 0, "no timeline unless asked");
    // The widget's own text is not shown twice: the summary is what is visible.
    assert.equal(await page.locator("#second p").first().isVisible(), false);
    assert.deepEqual(offOrigin(requested, env.server.origin), []);
    assert.deepEqual(problems, []);
    if (process.env.NUTSHELL_SCREENSHOTS) {
      await mkdir(join(WWW, "screenshots"), { recursive: true });
      await page.evaluate(() => scrollTo(0, 0));
      await page.locator("#first").screenshot({ path: shot("widget") });
    }
    await context.close();
  });

  test("re-runs when attributes change and when the article changes", async () => {
    const { page, context } = await open(env, `${FIXTURES}/widget.html`);
    await rendered(page, "#first");
    await page.locator("#first").evaluate((w) => w.setAttribute("length", "long"));
    await rendered(page, "#first", 2);
    const long = await widget(page, "#first");
    assert.ok(long.items.length >= 5, `long: ${long.items.length} items`);
    await page.locator("#first").evaluate((w) => {
      w.setAttribute("type", "tldr");
      w.setAttribute("length", "short");
      w.removeAttribute("timeline");
    });
    await rendered(page, "#first", 3);
    let w = await widget(page, "#first");
    assert.equal(w.summaryTag, "p");
    assert.equal(w.items.length, 1);
    assert.equal(w.timeline.length, 0, "timeline gone with its attribute");
    await page.locator("#first").evaluate((x) => x.setAttribute("heading", "Short version"));
    assert.equal((await widget(page, "#first")).heading, "Short version");
    // The article gains a paragraph: the widget notices (MutationObserver, debounced).
    const runs = await page.locator("#first").evaluate((x) => x.__runs);
    const before = (await widget(page, "#first")).meta;
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent =
        "Late on Tuesday, the regional government said it would add 5 million euros to the barrier fund, making the project the largest ever built on this coast.";
      document.getElementById("story").append(p);
    });
    await rendered(page, "#first", runs + 1);
    w = await widget(page, "#first");
    assert.notEqual(w.meta, before, `sentence count changed: ${before} -> ${w.meta}`);
    assert.equal(await page.locator("#first").evaluate((x) => x.__runs), runs + 1, "one debounced run for one change");
    // Pointed at an article that is not there yet, it says so, then summarizes it when it appears.
    await page.evaluate(() => {
      const w = document.createElement("nutshell-summary");
      w.id = "third";
      w.setAttribute("for", "#later");
      w.setAttribute("eager", "");
      document.body.prepend(w);
    });
    await page.waitForFunction(() => /nothing matches/.test(document.getElementById("third").shadowRoot.textContent));
    await page.evaluate(() => {
      const a = document.createElement("article");
      a.id = "later";
      a.innerHTML =
        "<p>The night bus between Saltmere and the airport will run every hour from 5 January 2027, the transport board said on Monday.</p><p>Drivers had asked for the change for two years.</p>";
      document.body.append(a);
    });
    await rendered(page, "#third");
    assert.match((await widget(page, "#third")).items[0], /^The night bus between Saltmere and the airport/);
    await context.close();
  });

  test("themable through custom properties and ::part; light and dark", async () => {
    const light = await open(env, `${FIXTURES}/widget.html`);
    await light.page.evaluate(() => document.getElementById("second").scrollIntoView());
    await rendered(light.page, "#second");
    const themed = await widget(light.page, "#second");
    assert.equal(themed.background, "rgb(253, 246, 227)", "--nutshell-bg");
    assert.equal(themed.color, "rgb(59, 47, 30)", "--nutshell-fg");
    assert.equal(themed.borderRadius, "2px", "--nutshell-radius");
    assert.equal(themed.headingTransform, "uppercase", "::part(heading)");
    const plain = await widget(light.page, "#first");
    assert.equal(plain.background, "rgb(255, 255, 255)");
    await light.context.close();
    const dark = await open(env, `${FIXTURES}/widget.html`, { colorScheme: "dark" });
    await dark.page.evaluate(() => document.getElementById("second").scrollIntoView());
    await rendered(dark.page, "#first");
    await rendered(dark.page, "#second");
    assert.equal((await widget(dark.page, "#first")).background, "rgb(22, 27, 34)", "dark by prefers-color-scheme");
    assert.equal((await widget(dark.page, "#first")).color, "rgb(230, 237, 243)");
    assert.equal((await widget(dark.page, "#second")).background, "rgb(253, 246, 227)", "the page's variables win");
    if (process.env.NUTSHELL_SCREENSHOTS) {
      await dark.page.evaluate(() => {
        document.body.style.background = "#0d1117";
        document.body.style.color = "#e6edf3";
        scrollTo(0, 0);
      });
      await dark.page.locator("#first").screenshot({ path: shot("widget-dark") });
    }
    await dark.context.close();
  });

  test("keyboard and screen reader: sentences are buttons that highlight the article", async () => {
    const { page, context } = await open(env, `${FIXTURES}/widget.html`);
    await rendered(page, "#first");
    const a11y = await page.locator("#first").evaluate((w) => {
      const box = w.shadowRoot.querySelector("section");
      const item = w.shadowRoot.querySelector(".item");
      return {
        label: box.getAttribute("aria-labelledby"),
        tag: item.tagName.toLowerCase(),
        tab: item.tabIndex,
        live: w.shadowRoot.querySelector("[role=status]").getAttribute("aria-live"),
      };
    });
    assert.deepEqual(a11y, { label: "h", tag: "button", tab: 0, live: "polite" });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => CSS.highlights.has("nutshell-active"));
    const active = await page.evaluate(() =>
      [...CSS.highlights.get("nutshell-active")].map((r) => r.toString().replace(/\s+/g, " ").trim()),
    );
    const w = await widget(page, "#first");
    assert.deepEqual(active, [w.items[1]], "Tab, Tab, Enter: the second sentence is highlighted in the article");
    assert.match(w.status, /Sentence 2 highlighted in the article/);
    const paint = await page.evaluate(() => {
      const ps = document.querySelectorAll("#story > p");
      return [
        getComputedStyle(ps[0], "::highlight(nutshell-summary)").backgroundColor,
        getComputedStyle(ps[1], "::highlight(nutshell-active)").backgroundColor,
      ];
    });
    assert.deepEqual(
      paint,
      ["rgba(255, 214, 10, 0.4)", "rgba(255, 160, 0, 0.7)"],
      "the highlights are painted in the page",
    );
    assert.deepEqual(
      await page
        .locator("#first")
        .evaluate((x) => [...x.shadowRoot.querySelectorAll("button.item")].map((b) => b.getAttribute("aria-pressed"))),
      ["false", "true", "false"],
    );
    assert.deepEqual(await axe(page, "nutshell-summary"), []);
    await context.close();
  });

  test("works under a site's strict CSP (no inline script or style, wasm allowed)", async () => {
    const { page, context, problems } = await open(env, `${FIXTURES}/widget-csp.html?csp=site`);
    await rendered(page, "nutshell-summary");
    const w = await widget(page, "nutshell-summary");
    assert.equal(w.items.length, 3);
    assert.match(w.items[0], /^The council of Saltmere voted/);
    assert.equal(w.background, "rgb(255, 255, 255)", "its styles apply");
    await page.locator("nutshell-summary").evaluate((x) => x.shadowRoot.querySelectorAll(".item")[1].click());
    const active = await page.evaluate(() => [...CSS.highlights.get("nutshell-active")].map(String));
    assert.equal(squeeze(active[0]), w.items[1]);
    assert.deepEqual(problems, [], "no CSP violation reported");
    await context.close();
  });

  test("takes the publication date from the page's metadata to resolve relative dates", async () => {
    const { page, context } = await open(env, `${FIXTURES}/widget-meta.html`);
    await rendered(page, "nutshell-summary");
    const w = await widget(page, "nutshell-summary");
    const monday = w.timeline.find((e) => e.datetime === "2026-03-16");
    assert.ok(monday, `"next Monday" after Thursday 12 March 2026 is 16 March: ${JSON.stringify(w.timeline)}`);
    assert.equal(monday.planned, true);
    assert.equal(w.timeline.find((e) => e.datetime === "2026-03-12")?.label, "Published");
    await context.close();
  });

  test("lazy: the core loads only when the widget comes into view", async () => {
    const { page, context, requested } = await open(env, `${FIXTURES}/widget-lazy.html`);
    await page.waitForTimeout(500);
    assert.ok(!requested.some((u) => u.endsWith(".wasm")), "no wasm before the widget is visible");
    assert.match((await widget(page, "#late")).status, /loads when shown/);
    await page.evaluate(() => document.getElementById("late").scrollIntoView());
    await rendered(page, "#late");
    assert.ok(requested.some((u) => u.endsWith("/pkg/nutshell_bg.wasm")));
    assert.match(
      (await widget(page, "#late")).items[0],
      /^The harbour ferry to the islands will run a winter timetable/,
    );
    await context.close();
  });

  test("a hostile article is summarized and displayed inert", async () => {
    const { page, context, problems, requested } = await open(env, `${FIXTURES}/widget-hostile.html`);
    await page.waitForFunction(() => window.__ran.length >= 2);
    await page.waitForLoadState("load");
    const ranBefore = await page.evaluate(() => [...window.__ran].sort());
    assert.deepEqual(ranBefore, ["img-onerror", "inline-script"]);
    await page.locator("nutshell-summary").evaluate((w) => w.setAttribute("length", "long"));
    await page.waitForFunction(
      () =>
        (document.querySelector("nutshell-summary").__runs ?? 0) >= 1 &&
        document.querySelector("nutshell-summary").getAttribute("length") === "long" &&
        document.querySelector("nutshell-summary").shadowRoot.querySelectorAll(".item").length > 3,
    );
    const w = await widget(page, "nutshell-summary");
    const all = w.items.join(" ");
    assert.match(all, /<img src=x onerror="window\.__ran\.push\('text-img'\)">/, "markup-like text shown as text");
    assert.ok(!all.includes("inline-script") && !all.includes("img-onerror"));
    const allowed = new Set([
      "style",
      "section",
      "header",
      "h2",
      "span",
      "ul",
      "li",
      "p",
      "h3",
      "ol",
      "time",
      "strong",
      "button",
      "label",
      "input",
    ]);
    assert.ok(
      w.elements.every((t) => allowed.has(t)),
      `shadow elements: ${w.elements}`,
    );
    await page.locator("nutshell-summary").evaluate((x) => x.shadowRoot.querySelector(".item").click());
    await page.waitForTimeout(100);
    assert.deepEqual(await page.evaluate(() => [...window.__ran].sort()), ranBefore, "nothing ran again");
    assert.deepEqual(offOrigin(requested, env.server.origin), []);
    assert.deepEqual(
      problems.filter((p) => !/nonexistent\.png|404/.test(p)),
      [],
    );
    await context.close();
  });
});
