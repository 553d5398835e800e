// End-to-end: every surface says what an article's relative dates were read against, in one
// line, and lets the reader set the date by hand (issue 13), in every browser of the run
// (lib/harness.mjs eachBrowser; the extension in Chromium and Firefox). The article: a ferry
// grounded on 9 June, refloated on Saturday "the fourth day of the salvage" (12 June 2021),
// under a "NOVEMBER 2021" date line printed five months later (fixtures/late-dateline.txt, and
// the same story as a page in fixtures/surfaces/late-dateline.html). Build www/pkg first.
// NUTSHELL_SCREENSHOTS=1 also writes www/screenshots/demo-story-clock.png (Chromium).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { eachBrowser, launchExtension, serve, squeeze, watchedPage, WWW } from "./lib/surfaces.mjs";

const ARTICLE = await readFile(new URL("./fixtures/late-dateline.txt", import.meta.url), "utf8");
const FIXTURES = "/tests/fixtures/surfaces";
const STORY_LINE = "Dates read relative to about 12 Jun 2021, from the story.";
const SET_LINE = "Dates read relative to 20 Jun 2021, the date set.";
// What the story's clock gives, and what the reader's date (Sunday 20 June 2021) changes:
// "Last week" is the week before the 12th, then the week before the 20th.
const STORY_DATES = ["2021-06-09", "2021-06-12", "2021-W22", "2021-08"];

/** Set a date field the way a person does (value, then input and change), shadow root or not. */
function setDate(input, value) {
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

eachBrowser("the demo page", (env) => {
  test("says what the dates were read against, and reads them against the reader's date", async () => {
    const { page, context, problems, offOrigin } = await watchedPage(env.browser, env.server.origin);
    await page.goto(`${env.server.origin}/`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
    await page.locator("#article").fill(ARTICLE);
    await page.locator("#run").click();
    const read = () =>
      page.evaluate(() => ({
        line: document.querySelector("#reference-text").textContent,
        visible: !document.querySelector(".reference").hidden,
        values: [...document.querySelectorAll("#timeline li")].map((li) => li.dataset.value),
        dates: Object.fromEntries(
          [...document.querySelectorAll("#timeline li")].map((li) => [
            li.dataset.value,
            li.querySelector(".date").textContent,
          ]),
        ),
        published: document.querySelector("#published").value,
      }));
    await page.waitForFunction((line) => document.querySelector("#reference-text").textContent === line, STORY_LINE);
    let s = await read();
    assert.equal(s.visible, true);
    for (const v of STORY_DATES) assert.ok(s.values.includes(v), `${v} on the timeline: ${s.values}`);
    assert.ok(!s.values.includes("2021-11"), "the date line is no event");
    assert.equal(s.dates["2021-W22"], "week of 31 May 2021");
    assert.equal(s.dates["2021-06-12"], "12 June 2021");
    if (process.env.NUTSHELL_SCREENSHOTS && env.name === "chromium") {
      await mkdir(join(WWW, "screenshots"), { recursive: true });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(WWW, "screenshots", "demo-story-clock.png"), fullPage: true });
    }
    // The reader sets the date by hand: the line says so, and "last week" moves.
    await page.locator("#reference-date").evaluate(setDate, "2021-06-20");
    await page.waitForFunction((line) => document.querySelector("#reference-text").textContent === line, SET_LINE);
    s = await read();
    assert.equal(s.published, "2021-06-20", "the same date as the Published field");
    assert.ok(s.values.includes("2021-W23") && !s.values.includes("2021-W22"), `last week moved: ${s.values}`);
    assert.ok(s.values.includes("2021-06-12"), "the day the story counts to stays");
    assert.deepEqual(problems, []);
    assert.deepEqual(offOrigin(), []);
    await context.close();
  });
});

eachBrowser("the <nutshell-summary> widget", (env) => {
  test("shows the line under its timeline and takes the reader's date", async () => {
    const { page, context, problems } = await watchedPage(env.browser, env.server.origin);
    // The story's page (the side panel reads it too) with the widget embedded above its article.
    await page.goto(`${env.server.origin}${FIXTURES}/late-dateline.html`);
    await page.evaluate(() => {
      const widget = document.createElement("nutshell-summary");
      for (const [name, value] of [
        ["for", "#story"],
        ["timeline", ""],
        ["eager", ""],
      ])
        widget.setAttribute(name, value);
      document.body.prepend(widget);
      const script = document.createElement("script");
      script.type = "module";
      script.src = "/widget/nutshell-summary.js";
      document.head.append(script);
    });
    const runs = (n) =>
      page.waitForFunction((k) => (document.querySelector("nutshell-summary").__runs ?? 0) >= k, n, { timeout: 20000 });
    const read = () =>
      page.locator("nutshell-summary").evaluate((w) => ({
        line: w.shadowRoot.querySelector(".reference")?.firstChild?.textContent ?? "",
        input: w.shadowRoot.querySelector(".reference input")?.value,
        values: [...w.shadowRoot.querySelectorAll(".timeline time")].map((t) => t.getAttribute("datetime")),
        dates: [...w.shadowRoot.querySelectorAll(".timeline time")].map((t) => t.textContent),
      }));
    await runs(1);
    let s = await read();
    assert.equal(squeeze(s.line), STORY_LINE);
    for (const v of STORY_DATES) assert.ok(s.values.includes(v), `${v} on the widget's timeline: ${s.values}`);
    assert.ok(s.dates.includes("week of 31 May 2021"), `${s.dates}`);
    await page.locator("nutshell-summary").evaluate((w, v) => {
      const input = w.shadowRoot.querySelector(".reference input");
      input.value = v;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }, "2021-06-20");
    await runs(2);
    s = await read();
    assert.equal(squeeze(s.line), SET_LINE);
    assert.equal(s.input, "2021-06-20", "the field keeps the reader's date after the re-run");
    assert.ok(s.values.includes("2021-W23") && !s.values.includes("2021-W22"), `${s.values}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

eachBrowser(
  "the extension's side panel",
  (_, browserName) => {
    let server;
    let ext;
    before(async () => {
      server = await serve();
      ext = await launchExtension(browserName);
    });
    after(async () => {
      await ext?.close();
      await server?.close();
    });

    test("shows the line and re-reads the page against the reader's date", async () => {
      const page = await ext.context.newPage();
      await page.goto(`${server.origin}${FIXTURES}/late-dateline.html`);
      const tabId = await ext.evaluate(
        async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null,
        page.url(),
      );
      assert.ok(tabId, "the fixture tab is visible to the extension");
      const panel = await ext.panel(`?tab=${tabId}`);
      await panel.waitForSelector("body[data-ready=true]", { timeout: 20000 });
      const read = () =>
        panel.evaluate(() => ({
          line: document.getElementById("reference-text").textContent,
          visible: !document.getElementById("reference").hidden,
          values: [...document.querySelectorAll("#timeline li")].map((li) => li.dataset.value),
        }));
      let s = await read();
      assert.equal(s.visible, true);
      assert.equal(s.line, STORY_LINE);
      for (const v of STORY_DATES) assert.ok(s.values.includes(v), `${v} in the panel: ${s.values}`);
      await panel.locator("#reference-date").evaluate(setDate, "2021-06-20");
      await panel.waitForFunction((line) => document.getElementById("reference-text").textContent === line, SET_LINE);
      s = await read();
      assert.ok(s.values.includes("2021-W23") && !s.values.includes("2021-W22"), `${s.values}`);
      await panel.close();
      await page.close();
    });
  },
  { browsers: ["chromium", "firefox"], launch: false },
);
