// End-to-end: the browser extension (www/extension/) in Debian's Chromium (loaded unpacked, new
// headless mode) and in Firefox ESR (installed as a temporary add-on through geckodriver, with
// its moz-extension:// UUID fixed), summarizing fixture pages served from 127.0.0.1. One test
// body runs in both (lib/harness.mjs eachBrowser, lib/surfaces.mjs launchExtension). Automation
// cannot press the toolbar button that grants `activeTab`, so this uses the test builds (host
// permission http://127.0.0.1/* added by tools/build-extension.sh --test / --test-firefox; the
// shipped manifests never have it), and opens the panel's page in a tab
// (`sidepanel.html?tab=<id>`); Firefox's own sidebar is opened once, from the browser's chrome.
// NUTSHELL_SCREENSHOTS=1 also writes www/screenshots/extension-*.png.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import {
  ARGS,
  axe,
  CHROMIUM,
  eachBrowser,
  FIREFOX_EXTENSION_UUID,
  GECKO_ID,
  launchExtension,
  offOrigin,
  ROOT,
  serve,
  squeeze,
  STRICT_CSP,
  WWW,
} from "./lib/surfaces.mjs";
import { WdBrowser } from "./lib/webdriver.mjs";

const FIXTURES = "/tests/fixtures/surfaces";

/** The store packages (tools/build-extension.sh --store target/store), built once per process. */
let store;
function storePackage(browser) {
  const dir = join(ROOT, "target", "store");
  store ??= execFileSync(join(ROOT, "tools", "build-extension.sh"), ["--store", dir], { encoding: "utf8" });
  const version = JSON.parse(readFileSync(join(WWW, "extension", "manifest.json"), "utf8")).version;
  return join(dir, `nutshell-${version}-${browser}.zip`);
}

eachBrowser(
  "browser extension",
  (_, browserName) => {
    let server;
    let ext;
    const requested = [];
    const problems = [];
    const shot = (name) =>
      join(WWW, "screenshots", browserName === "chromium" ? `${name}.png` : `${name}-${browserName}.png`);

    before(async () => {
      server = await serve();
      ext = await launchExtension(browserName);
      ext.context.on("request", (r) => requested.push(r.url()));
      ext.context.on("page", (p) => {
        p.on("pageerror", (e) => problems.push(`${p.url()}: uncaught ${e.message}`));
      });
    });

    after(async () => {
      await ext?.close();
      await server?.close();
    });

    /** The extension's id for the tab showing `page`. */
    function tabOf(page) {
      return ext.evaluate(
        async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null,
        page.url(),
      );
    }

    /** Open a fixture page in a tab and the side panel for it in another; wait for the summary. */
    async function open(path, { keepSettings = false, viewport } = {}) {
      if (!keepSettings) await ext.evaluate(() => chrome.storage.local.clear());
      const page = await ext.context.newPage();
      await page.goto(`${server.origin}${path}`);
      const tabId = await tabOf(page);
      assert.ok(tabId, "the fixture tab is visible to the extension");
      const panel = await ext.panel(`?tab=${tabId}`);
      if (viewport) await panel.setViewportSize(viewport);
      await panel.waitForSelector("body[data-ready=true]", { timeout: 20000 });
      return { page, panel, tabId };
    }

    /**
     * What the context menu's "Summarize selection" does with `text` selected in a page titled
     * "Courier" in tab `tabId` (automation cannot click browser menus: its handler is called).
     */
    function fromMenu(tabId, text) {
      return ext.callBackground(
        "summarizeSelection",
        { menuItemId: "nutshell-summarize-selection", selectionText: text },
        { id: tabId, title: "Courier", url: "" },
      );
    }

    /** What the panel shows. */
    function shown(panel) {
      return panel.evaluate(() => {
        const texts = (sel) =>
          [...document.querySelectorAll(sel)].map((n) => n.textContent.replace(/\s+/g, " ").trim());
        return {
          status: document.getElementById("status").textContent,
          statusIsError: document.getElementById("status").classList.contains("error"),
          resultVisible: !document.getElementById("result").hidden,
          kind: document.getElementById("source-kind").textContent,
          title: document.getElementById("doc-title").textContent,
          meta: document.getElementById("meta").textContent,
          summary: texts("#summary li"),
          keywords: texts("#keywords li"),
          timeline: [...document.querySelectorAll("#timeline li")].map((li) => ({
            value: li.dataset.value,
            date: li.querySelector("time")?.firstChild?.textContent ?? "",
            planned: !!li.querySelector(".badge"),
            label: li.querySelector(".label")?.textContent ?? "",
          })),
          elements: [...document.querySelectorAll("#result *")].map((n) => n.tagName.toLowerCase()),
        };
      });
    }

    /**
     * The page's own highlights (CSS Custom Highlight API), as the text each one covers. The
     * panel names them `nutshell-summary-<16 hex>` / `nutshell-active-<16 hex>`, drawn per panel.
     */
    function highlights(page) {
      return page.evaluate(() => {
        const names = [...CSS.highlights.keys()];
        const summary = names.find((k) => /^nutshell-summary-[0-9a-f]{16}$/.test(k));
        const active = names.find((k) => /^nutshell-active-[0-9a-f]{16}$/.test(k));
        const text = (k) => [...(CSS.highlights.get(k) ?? [])].map((r) => r.toString().replace(/\s+/g, " ").trim());
        return { names, summaryName: summary ?? null, summary: text(summary), active: text(active) };
      });
    }

    async function assertNewsSummary(page, panel) {
      const s = await shown(panel);
      assert.equal(s.statusIsError, false, s.status);
      assert.ok(s.resultVisible);
      assert.equal(s.kind, "This page");
      assert.equal(s.title, "Harbour town approves flood barrier after two winters of storms");
      assert.match(s.meta, /Published 12 March 2026/);
      assert.equal(s.summary.length, 3, "key points, short: three sentences");
      assert.match(s.summary[0], /^The council of Saltmere voted on Tuesday to build a movable flood barrier/);
      const body = squeeze(await page.locator("#story").innerText());
      for (const sentence of s.summary)
        assert.ok(body.includes(sentence), `summary sentence is the article's own: ${sentence}`);
      for (const junk of ["Share this", "Subscribe", "Related", "Weather"]) {
        assert.ok(!s.summary.some((x) => x.includes(junk)), `no page chrome (${junk}) in the summary`);
      }
      assert.ok(s.keywords.includes("movable flood barrier"), `keywords: ${s.keywords}`);
      // The timeline: dated events in date order, future ones marked as planned.
      const values = s.timeline.map((e) => e.value);
      assert.ok(
        values.includes("2024-01-14") && values.includes("2026-04-21") && values.includes("2026-09"),
        values.join(" "),
      );
      const april = s.timeline.find((e) => e.value === "2026-04-21");
      assert.equal(april.date, "21 April 2026");
      assert.equal(april.planned, true, "an event after publication is planned");
      assert.match(april.label, /Public consultations/);
      assert.equal(s.timeline.find((e) => e.value === "2024-01-14").planned, false);
      // The same sentences are highlighted in the page itself.
      const h = await highlights(page);
      assert.deepEqual(h.summary, s.summary, "the page highlights exactly the summary sentences");
      // Under a name no page could know in advance (a page stylesheet cannot target or hide it).
      assert.match(h.summaryName, /^nutshell-summary-[0-9a-f]{16}$/);
      assert.ok(!h.names.includes("nutshell-summary") && !h.names.includes("nutshell-active"), h.names.join(" "));
      // ... and they are painted: the highlight style reached the page (even under its own CSP).
      const paint = await page.evaluate(
        (name) => getComputedStyle(document.querySelector("#story > p"), `::highlight(${name})`).backgroundColor,
        h.summaryName,
      );
      assert.equal(paint, "rgba(255, 214, 10, 0.45)");
      return s;
    }

    test("the shipped manifest asks only for what it needs", async () => {
      const m = JSON.parse(await readFile(join(WWW, "extension", "manifest.json"), "utf8"));
      assert.equal(m.manifest_version, 3);
      assert.deepEqual([...m.permissions].sort(), ["activeTab", "contextMenus", "scripting", "sidePanel", "storage"]);
      assert.equal(m.host_permissions, undefined, "no host permissions");
      assert.equal(m.content_scripts, undefined, "nothing injected into every page");
      assert.equal(
        m.content_security_policy.extension_pages,
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'",
      );
      assert.equal(m.side_panel.default_path, "sidepanel.html");
      assert.equal(m.commands._execute_action.suggested_key.default, "Alt+Shift+S");
      assert.ok(m.browser_specific_settings.gecko.id, "Firefox needs an add-on id");
      assert.equal(m.sidebar_action.default_panel, "sidepanel.html", "Firefox's sidebar");
      const menus = await ext.evaluate(
        () =>
          new Promise((r) =>
            chrome.contextMenus.update("nutshell-summarize-selection", {}, () => r(!chrome.runtime.lastError)),
          ),
      );
      assert.equal(menus, true, "the context menu item exists");
    });

    test("the store package (no host permission) installs without warnings or errors, and reads a page only when asked", async () => {
      const zip = storePackage(browserName === "chromium" ? "chrome" : "firefox");
      const news = `${server.origin}${FIXTURES}/news.html`;
      let status;
      let resultHidden;
      if (browserName === "chromium") {
        const dir = await mkdtemp(join(tmpdir(), "nutshell-store-"));
        execFileSync("python3", [
          "-c",
          "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])",
          zip,
          dir,
        ]);
        const profile = await mkdtemp(join(tmpdir(), "nutshell-shipped-"));
        const context = await chromium.launchPersistentContext(profile, {
          executablePath: CHROMIUM,
          headless: false,
          args: ["--headless=new", ...ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
        });
        try {
          let [w] = context.serviceWorkers();
          if (!w) w = await context.waitForEvent("serviceworker", { timeout: 20000 });
          const page = await context.newPage();
          await page.goto("chrome://extensions/");
          const info = await page.evaluate(() => new Promise((r) => chrome.developerPrivate.getExtensionsInfo(r)));
          const mine = info.find((e) => e.name.startsWith("Nutshell"));
          assert.ok(mine, "loaded");
          assert.deepEqual([mine.installWarnings, mine.manifestErrors, mine.runtimeErrors], [[], [], []]);
          const hosts = await w.evaluate(() => chrome.permissions.getAll());
          assert.deepEqual(hosts.origins, [], "no host access until the user asks");
          // Without the toolbar button's activeTab grant, the panel cannot read a page, and says how.
          await (await context.newPage()).goto(news);
          const tabId = await w.evaluate(
            async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id,
          );
          const panel = await context.newPage();
          await panel.goto(`chrome-extension://${new URL(w.url()).host}/sidepanel.html?tab=${tabId}`);
          await panel.waitForSelector("body[data-ready=true]");
          status = await panel.locator("#status").textContent();
          resultHidden = await panel.locator("#result").isHidden();
        } finally {
          await context.close();
          await rm(profile, { recursive: true, force: true });
          await rm(dir, { recursive: true, force: true });
        }
      } else {
        const browser = new WdBrowser("firefox", {
          systemAccess: true,
          firefoxPrefs: { "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }) },
        });
        try {
          const context = await browser.newContext();
          await (await context.newPage()).goto(news);
          await context.driver.installAddon(zip, true);
          // What about:debugging shows for a temporary add-on: its manifest warnings.
          const loaded = await context.chrome((win, id) => {
            const policy = win.WebExtensionPolicy.getByID(id);
            return (
              policy && {
                name: policy.name,
                warnings: policy.extension.warnings,
                hosts: policy.allowedOrigins.patterns.map((p) => p.pattern),
              }
            );
          }, GECKO_ID);
          assert.ok(loaded, "installed");
          assert.match(loaded.name, /^Nutshell/);
          assert.deepEqual(loaded.warnings, []);
          assert.deepEqual(
            loaded.hosts.filter((h) => !h.startsWith("moz-extension:")),
            [],
            "no host access until the user asks",
          );
          const panel = await context.openPrivilegedTab(
            `moz-extension://${FIREFOX_EXTENSION_UUID}/sidepanel.html?tab=-1`,
          );
          // The news page is the one other tab (without host access the extension cannot see its address).
          const tabId = await panel
            .evaluate(async () => {
              const self = (await chrome.tabs.getCurrent()).id;
              return (await chrome.tabs.query({})).filter((t) => t.id !== self).map((t) => t.id);
            })
            .then((ids) => {
              assert.equal(ids.length, 1);
              return ids[0];
            });
          await panel.evaluate((id) => location.replace(`sidepanel.html?tab=${id}`), tabId);
          await panel.waitForFunction(
            (id) => location.search === `?tab=${id}` && document.body?.dataset.ready === "true",
            tabId,
            { timeout: 20000 },
          );
          status = await panel.locator("#status").textContent();
          resultHidden = await panel.locator("#result").isHidden();
        } finally {
          await browser.close();
        }
      }
      assert.match(
        status,
        /^Nutshell can read a page only after you ask: press the Nutshell toolbar button or Alt\+Shift\+S/,
      );
      assert.doesNotMatch(status, /chrome:\/\/|about:/, "it tried the news page");
      assert.equal(resultHidden, true);
    });

    test("summarizes a news page: side panel, in-page highlights, scroll on click", async () => {
      const { page, panel } = await open(`${FIXTURES}/news.html`);
      const s = await assertNewsSummary(page, panel);
      assert.match(s.status, /3 summary sentences highlighted in the page/);
      // Clicking the third sentence marks it and scrolls the page to it.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const before = await page.evaluate(() => window.scrollY);
      await panel.locator("#summary button").nth(2).click();
      await panel.waitForFunction(() =>
        /Sentence 3 of the summary/.test(document.getElementById("status").textContent),
      );
      const h = await highlights(page);
      assert.deepEqual(h.active, [s.summary[2]]);
      const { y, inView } = await page.evaluate(() => {
        const r = [
          ...CSS.highlights.get([...CSS.highlights.keys()].find((k) => /^nutshell-active-[0-9a-f]{16}$/.test(k))),
        ][0].getBoundingClientRect();
        return { y: window.scrollY, inView: r.top >= 0 && r.bottom <= innerHeight };
      });
      assert.ok(y < before, "the page scrolled up to the sentence");
      assert.ok(inView, "the sentence is on screen");
      assert.equal(await panel.locator("#summary button").nth(2).getAttribute("aria-current"), "true");
      // Switching highlighting off clears the page.
      await panel.locator("#highlight").uncheck();
      await page.waitForFunction(
        () => ![...CSS.highlights.keys()].find((k) => /^nutshell-summary-[0-9a-f]{16}$/.test(k)),
      );
      await page.close();
      await panel.close();
    });

    test("the toolbar button's path: the panel summarizes the tab it was opened for", async () => {
      await ext.evaluate(() => chrome.storage.local.clear());
      const page = await ext.context.newPage();
      await page.goto(`${server.origin}${FIXTURES}/news.html`);
      const tab = await ext.evaluate(
        async (url) => (await chrome.tabs.query({})).find((t) => t.url === url),
        page.url(),
      );
      // What action.onClicked does (automation cannot press the button): hand the tab over.
      await ext.callBackground("summarizeTab", tab);
      const panel = await ext.panel();
      await panel.waitForSelector("body[data-ready=true]", { timeout: 20000 });
      await assertNewsSummary(page, panel);
      await page.close();
      await panel.close();
    });

    test("works on a page with a strict CSP of its own", async () => {
      const { page, panel } = await open(`${FIXTURES}/news.html?csp=strict`);
      const served = await fetch(`${server.origin}${FIXTURES}/news.html?csp=strict`);
      assert.equal(served.headers.get("content-security-policy"), STRICT_CSP);
      await assertNewsSummary(page, panel);
      if (process.env.NUTSHELL_SCREENSHOTS) {
        await mkdir(join(WWW, "screenshots"), { recursive: true });
        await page.screenshot({ path: shot("extension-page-highlights") });
      }
      await page.close();
      await panel.close();
    });

    test("style and length controls; settings persist", async () => {
      const { page, panel, tabId } = await open(`${FIXTURES}/news.html`);
      await panel.locator("input[name=length][value=long]").check();
      await panel.waitForFunction(() => document.querySelectorAll("#summary li").length > 3);
      const long = (await shown(panel)).summary;
      assert.ok(long.length >= 5, `long key points: ${long.length}`);
      assert.equal((await highlights(page)).summary.length, long.length, "the page follows");
      await panel.locator("#type").selectOption("headline");
      await panel.waitForFunction(() => document.querySelectorAll("#summary li").length === 1);
      const headline = (await shown(panel)).summary[0];
      assert.ok(headline.split(" ").length <= 30, `a headline is short: ${headline}`);
      // A new panel (as after a browser restart) keeps the settings.
      await panel.close();
      const again = await ext.panel(`?tab=${tabId}`);
      await again.waitForSelector("body[data-ready=true]");
      assert.equal(await again.locator("#type").inputValue(), "headline");
      assert.equal(await again.locator("input[name=length]:checked").getAttribute("value"), "long");
      assert.equal((await shown(again)).summary.length, 1);
      await again.close();
      await page.close();
    });

    test("copies the summary as Markdown", async () => {
      const { page, panel } = await open(`${FIXTURES}/news.html`);
      await ext.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ext.origin }).catch(() => {});
      await panel.bringToFront();
      await panel.locator("#copy").click();
      await panel.waitForFunction(() => /Copied/.test(document.getElementById("status").textContent));
      const md = await panel.evaluate(() => navigator.clipboard.readText().catch(() => document.body.dataset.copied));
      const s = await shown(panel);
      assert.match(
        md,
        /^# \[Harbour town approves flood barrier after two winters of storms\]\(<http:\/\/127\.0\.0\.1:\d+\/tests\/fixtures\/surfaces\/news\.html>\)\n/,
      );
      for (const sentence of s.summary)
        assert.ok(md.includes(`- ${sentence.replace(/([()])/g, "\\$1")}`), `bullet for: ${sentence}`);
      assert.match(md, /## Timeline\n\n- \*\*/);
      assert.match(md, /\n- \*\*January 2024\*\*: /);
      assert.match(md, /- \*\*21 April 2026\*\* \*\(planned\)\*: Public consultations/);
      await page.close();
      await panel.close();
    });

    test("summarizes a selection, from the panel and from the context menu", async () => {
      const { page, panel, tabId } = await open(`${FIXTURES}/news.html`);
      // Select paragraphs 5 to 7 (the quote, the opponents, the study).
      await page.evaluate(() => {
        const ps = document.querySelectorAll("#story > p");
        const r = document.createRange();
        r.setStartBefore(ps[4]);
        r.setEndAfter(ps[6]);
        getSelection().removeAllRanges();
        getSelection().addRange(r);
      });
      const selected = squeeze(await page.evaluate(() => String(getSelection())));
      await panel.locator("#summarize-selection").click();
      await panel.waitForFunction(() => document.getElementById("source-kind").textContent === "Your selection");
      let s = await shown(panel);
      assert.ok(s.summary.length >= 1);
      for (const sentence of s.summary) assert.ok(selected.includes(sentence), `from the selection: ${sentence}`);
      assert.ok(!s.summary.some((x) => /Saltmere voted/.test(x)), "nothing from outside the selection");
      assert.deepEqual((await highlights(page)).summary, [], "page highlights are cleared for a selection summary");
      // The context menu hands the text over.
      await panel.locator("#summarize-page").click();
      await panel.waitForFunction(() => document.getElementById("source-kind").textContent === "This page");
      const text =
        "The ferry to the islands will stop running on 3 December 2026 for repairs. Islanders will travel by a chartered boat until the ferry returns in January 2027. The council said the repairs could not wait another winter.";
      await fromMenu(tabId, text);
      await panel.waitForFunction(() => document.getElementById("source-kind").textContent === "Your selection");
      s = await shown(panel);
      assert.match(s.summary.join(" "), /ferry/);
      assert.ok(
        s.timeline.some((e) => e.value === "2026-12-03"),
        JSON.stringify(s.timeline),
      );
      await page.close();
      await panel.close();
    });

    test("the panel ignores messages from a page's content script (only the extension's own contexts are heard)", async () => {
      const { page, panel, tabId } = await open(`${FIXTURES}/news.html`);
      assert.equal((await shown(panel)).kind, "This page");
      // A request the panel accepts starts the core at once: its Cancel button is shown in the
      // same task as the message listener. Count every showing.
      await panel.evaluate(() => {
        const cancel = document.getElementById("cancel");
        window.__cancelShown = 0;
        new MutationObserver(() => {
          if (!cancel.hidden) window.__cancelShown += 1;
        }).observe(cancel, { attributes: true });
      });
      const message = (text, title) => ({
        type: "summarize-selection",
        request: { kind: "selection", tabId: null, text, title, url: "", at: Date.now() },
      });
      // A script in the page's isolated world (what a compromised or confused content script
      // would be) asks the panel to summarize text of its choosing; its sender has a tab.
      const forged = "Forged announcement: the council resigned on 1 March 2026. Everyone must leave the island today.";
      const delivered = await ext.evaluate(
        async ([tab, m]) => {
          const [r] = await chrome.scripting.executeScript({
            target: { tabId: tab },
            args: [m],
            func: (msg) =>
              chrome.runtime.sendMessage(msg).then(
                () => "delivered",
                (e) => `delivered (${e.message})`,
              ),
          });
          return r.result;
        },
        [tabId, message(forged, "Forged")],
      );
      assert.match(delivered, /^delivered/, "the message reached the extension's listeners");
      assert.equal(await panel.evaluate(() => window.__cancelShown), 0, "the page's request started nothing");
      // The same request from the extension's own background (the context menu's path) is heard.
      const text =
        "The ferry to the islands will stop running on 3 December 2026 for repairs. Islanders will travel by a chartered boat until the ferry returns in January 2027.";
      await fromMenu(tabId, text);
      await panel.waitForFunction(() => document.getElementById("doc-title").textContent === "Courier");
      assert.equal(await panel.evaluate(() => window.__cancelShown), 1);
      const s = await shown(panel);
      assert.equal(s.kind, "Your selection");
      assert.deepEqual(
        s.timeline.map((e) => e.value),
        ["2026-12-03", "2027-01"],
      );
      await page.close();
      await panel.close();
    });

    test("a hostile page is summarized and displayed inert", async () => {
      const { page, panel } = await open(`${FIXTURES}/hostile.html`);
      const ranBefore = await page.evaluate(() => [...window.__ran].sort());
      assert.deepEqual(ranBefore, ["img-onerror", "inline-script"], "the page's own handlers ran once at load");
      await panel.locator("input[name=length][value=long]").check();
      await panel.waitForFunction(() => document.querySelectorAll("#summary li").length > 3);
      const s = await shown(panel);
      // The page's <title> (the extractor's title: it shares nothing with the h1, so the h1 does
      // not replace it), shown as text.
      assert.equal(s.title, "Hostile fixture — markup inside an article");
      const all = s.summary.join(" ");
      assert.match(all, /<img src=x onerror="window\.__ran\.push\('text-img'\)">/, "markup-like text is shown as text");
      assert.ok(!all.includes("window.__ran.push('inline-script')"), "script contents are not article text");
      assert.ok(!all.includes("img-onerror"), "attributes are not article text");
      assert.ok(
        s.elements.every((t) =>
          ["p", "h2", "h3", "section", "ol", "ul", "li", "button", "time", "span", "label", "input"].includes(t),
        ),
        `panel elements: ${s.elements}`,
      );
      // Highlights cross inline markup (<b>, <i>, <a>, <img>) and still cover exactly the sentences.
      await page.waitForFunction(
        (n) =>
          [
            ...(CSS.highlights.get([...CSS.highlights.keys()].find((k) => /^nutshell-summary-[0-9a-f]{16}$/.test(k))) ??
              []),
          ].length === n,
        s.summary.length,
      );
      assert.deepEqual((await highlights(page)).summary, s.summary);
      await panel.locator("#summary button").first().click();
      await page.waitForTimeout(200);
      assert.deepEqual(await page.evaluate(() => [...window.__ran].sort()), ranBefore, "nothing in the page ran again");
      assert.equal(await panel.evaluate(() => typeof window.__ran), "undefined", "nothing ran in the panel");
      await page.close();
      await panel.close();
    });

    test("a page that keeps the core busy for seconds leaves the panel responsive; Cancel stops it with a clear message", async (t) => {
      const { page, panel } = await open(`${FIXTURES}/news.html`);
      // 0.8 MB of article text: the worker works on it for seconds.
      await page.evaluate((mb) => {
        const para =
          "The council met again on 3 May 2021 to argue about the cost of the harbour works, and nobody agreed on anything at all. ".repeat(
            40,
          );
        const frag = document.createDocumentFragment();
        for (let i = 0; i < (mb * 1e6) / para.length; i++)
          frag.append(Object.assign(document.createElement("p"), { textContent: para }));
        document.querySelector("#story").append(frag);
      }, 0.8);
      // A 20 ms timer in the panel, and each status the panel shows with the time it appeared.
      await panel.evaluate(() => {
        const k = (window.__ticks = { ticks: [], statuses: [] });
        setInterval(() => k.ticks.push(performance.now()), 20);
        const status = document.getElementById("status");
        new MutationObserver(() => k.statuses.push({ text: status.textContent, at: performance.now() })).observe(
          status,
          { childList: true, characterData: true, subtree: true },
        );
      });
      /** Ticks and the longest gap between ticks from the status `from` to the next status. */
      const during = (from) =>
        panel.evaluate((from) => {
          const { ticks, statuses } = window.__ticks;
          const i = statuses.findLastIndex((s) => s.text === from);
          const [t0, t1] = [statuses[i].at, statuses[i + 1].at];
          const inside = [t0, ...ticks.filter((t) => t > t0 && t < t1), t1];
          const maxGap = Math.max(...inside.slice(1).map((t, j) => t - inside[j]));
          return { ms: t1 - t0, ticks: inside.length - 2, maxGap, next: statuses[i + 1].text };
        }, from);
      const status = () => panel.evaluate(() => document.getElementById("status").textContent);
      /** Click "Summarize page" and wait until the panel has shown "Summarizing…" and then a
       * status after it (with `cancel`, press Cancel after 25 ticks of "Summarizing…"). */
      const summarize = async (cancel = false) => {
        const from = await panel.evaluate(() => window.__ticks.statuses.length);
        await panel.locator("#summarize-page").click();
        const seen = ([from, ticks]) => {
          const k = window.__ticks;
          const i = k.statuses.findIndex((x, j) => j >= from && x.text === "Summarizing…");
          return (
            i >= 0 && (ticks ? k.ticks.filter((x) => x > k.statuses[i].at).length >= ticks : i + 1 < k.statuses.length)
          );
        };
        if (cancel) {
          await panel.waitForFunction(seen, [from, 25], { timeout: 60000 });
          await panel.locator("#cancel").click();
        }
        await panel.waitForFunction(seen, [from, 0], { timeout: 60000 });
      };

      // The whole page, summarized: the panel's timer fires throughout.
      await summarize();
      const busy = await during("Summarizing…");
      const reading = await during("Reading the page…");
      t.diagnostic(
        `${browserName}, 0.8 MB page: read ${Math.round(reading.ms)} ms (${reading.ticks} ticks, longest gap ${Math.round(reading.maxGap)} ms), summarized ${Math.round(busy.ms)} ms (${busy.ticks} ticks of a 20 ms timer, longest gap ${Math.round(busy.maxGap)} ms)`,
      );
      assert.equal(busy.next, "Summary ready.");
      assert.ok(busy.ticks >= 25, `the core was busy for at least 25 ticks: ${JSON.stringify(busy)}`);
      assert.ok(busy.ms > 4 * busy.maxGap, `the panel froze while the core worked: ${JSON.stringify(busy)}`);
      assert.ok(busy.ticks >= busy.ms / 20 / 4, JSON.stringify(busy));
      await panel.waitForFunction(() => document.querySelectorAll("#summary li").length === 3);
      assert.equal((await shown(panel)).statusIsError, false);

      // Again, cancelled while the core works: the timer still fires, the panel says what happened.
      await summarize(true);
      const cancelled = await during("Summarizing…");
      t.diagnostic(
        `${browserName}, cancelled after ${Math.round(cancelled.ms)} ms: ${cancelled.ticks} ticks, longest gap ${Math.round(cancelled.maxGap)} ms`,
      );
      assert.equal(cancelled.next, "Stopped: no summary (you cancelled it).");
      assert.equal(await status(), "Stopped: no summary (you cancelled it).");
      assert.equal((await shown(panel)).statusIsError, true);
      assert.ok(cancelled.ticks >= 25 && cancelled.ms > 4 * cancelled.maxGap, JSON.stringify(cancelled));
      assert.equal(await panel.locator("#cancel").isHidden(), true, "Cancel goes away with the call");

      // The next request gets a new worker and its summary.
      await summarize();
      assert.equal((await during("Summarizing…")).next, "Summary ready.");
      await panel.waitForFunction(() => document.querySelectorAll("#summary li").length === 3);
      await page.close();
      await panel.close();
    });

    test("the side panel has no serious or critical accessibility violation", async () => {
      const { page, panel } = await open(`${FIXTURES}/news.html`, { viewport: { width: 400, height: 900 } });
      assert.deepEqual(await axe(panel), []);
      if (process.env.NUTSHELL_SCREENSHOTS) {
        await panel.screenshot({ path: shot("extension-sidepanel"), fullPage: true });
      }
      await page.close();
      await panel.close();
    });

    test(
      "Firefox: the toolbar button opens the sidebar (sidebar_action), which summarizes the tab and highlights it",
      { skip: browserName !== "firefox" && "Firefox's sidebar; Chromium's side panel cannot be opened by automation" },
      async () => {
        // Firefox has no side panel API (chrome.sidePanel): the background falls back to
        // sidebarAction.open(), and the same panel page runs in Firefox's sidebar, following the
        // active tab. The toolbar button is pressed from the browser's chrome (a trusted click).
        await ext.evaluate(() => chrome.storage.local.clear());
        const page = await ext.context.newPage();
        await page.goto(`${server.origin}${FIXTURES}/news.html`);
        const sidebarApi = await ext.evaluate(() => ({
          sidePanel: typeof chrome.sidePanel,
          sidebarAction: typeof chrome.sidebarAction?.open,
        }));
        assert.deepEqual(sidebarApi, { sidePanel: "undefined", sidebarAction: "function" });
        await page.focusWindow(); // the news page is the active tab
        const pressed = await ext.browser.chrome((win, id) => {
          // The button, pinned to the toolbar (MV3 buttons start in the extensions menu), clicked
          // with the mouse: a user gesture, as a person's click is.
          const widget = `${id.toLowerCase().replace(/[^a-z0-9_-]/g, "_")}-browser-action`;
          win.CustomizableUI.addWidgetToArea(widget, win.CustomizableUI.AREA_NAVBAR);
          const node = win.document.getElementById(widget);
          if (!node) return null;
          const r = node.getBoundingClientRect();
          for (const type of ["mousedown", "mouseup"])
            win.windowUtils.sendMouseEvent(type, r.left + r.width / 2, r.top + r.height / 2, 0, 1, 0);
          return widget;
        }, GECKO_ID);
        assert.ok(pressed, "the toolbar button is there");
        const opened = await (async () => {
          for (let i = 0; i < 100; i++) {
            const state = await ext.browser.chrome((win) => ({
              open: win.SidebarController.isOpen,
              id: win.SidebarController.currentID,
            }));
            if (state.open) return state;
            await page.waitForTimeout(100);
          }
          return null;
        })();
        assert.ok(opened, "the sidebar opened");
        assert.match(opened.id, /-sidebar-action$/);
        // The sidebar read the page and highlighted the three summary sentences in it.
        await page.waitForFunction(
          () =>
            (CSS.highlights.get([...CSS.highlights.keys()].find((k) => /^nutshell-summary-[0-9a-f]{16}$/.test(k)))
              ?.size ?? 0) === 3,
          null,
          { timeout: 30000 },
        );
        const h = await highlights(page);
        assert.match(h.summary[0], /^The council of Saltmere voted on Tuesday to build a movable flood barrier/);
        if (process.env.NUTSHELL_SCREENSHOTS) {
          await mkdir(join(WWW, "screenshots"), { recursive: true });
          await ext.browser.chromeScreenshot(shot("extension-sidebar"));
        }
        await ext.browser.chrome((win) => win.SidebarController.hide());
        await page.close();
      },
    );

    test(
      "the npm package runs in an extension service worker",
      {
        skip:
          browserName !== "chromium" &&
          "Firefox runs extension backgrounds as event pages, not service workers (the npm package in a page and a worker: npm.test.mjs)",
      },
      async () => {
        const text = await readFile(join(WWW, "tests", "fixtures", "vite-app", "article.txt"), "utf8");
        const sentences = await ext.npmWorker.evaluate((t) => self.summarize(t), text);
        assert.equal(sentences.length, 3);
        assert.match(sentences[0], /^The railway between Kestrel Junction and the coast/);
        const plain = await ext.npmWorker.evaluate((t) => self.summarizeWithFace(t), text);
        assert.equal(plain.split("\n").length, 3);
        assert.ok(
          plain.split("\n").every((l) => l.startsWith("• ")),
          plain,
        );
      },
    );

    test("no request left the fixture's origin or the extension, and nothing threw", () => {
      assert.ok(requested.length > 0);
      assert.deepEqual(offOrigin(requested, server.origin, ext.ownOrigins), []);
      assert.deepEqual(problems, []);
    });
  },
  { browsers: ["chromium", "firefox"], launch: false },
);
