// Pieces of the surfaces' browser tests beyond the shared harness (./harness.mjs, re-exported
// here): the npm package build, Chromium with the extension loaded, and an axe-core scan.

import { mkdtemp, rm, cp, mkdir } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { ARGS, CHROMIUM, ROOT, WWW } from "./harness.mjs";
import { axeSourceText, WdBrowser } from "./webdriver.mjs";

export * from "./harness.mjs";

/** Build the npm package (www/npm/) once per test process. */
let npmBuilt = false;
export function buildNpm() {
  if (!npmBuilt) execFileSync(join(ROOT, "tools", "build-npm.sh"), [], { stdio: "pipe" });
  npmBuilt = true;
  return join(WWW, "npm");
}

/**
 * Chromium with two unpacked extensions: the test build of Nutshell's extension
 * (tools/build-extension.sh --test target/extension-test: the shipped one plus the host
 * permission http://127.0.0.1/*), and a fixture extension whose service worker imports the npm
 * package (target/sw-extension). Returns { context, extensionId, worker, npmWorker, close }.
 */
export async function launchWithExtension() {
  const ext = join(ROOT, "target", "extension-test");
  execFileSync(join(ROOT, "tools", "build-extension.sh"), ["--test", ext], { stdio: "pipe" });
  const swExt = join(ROOT, "target", "sw-extension");
  await rm(swExt, { recursive: true, force: true });
  await mkdir(swExt, { recursive: true });
  await cp(join(WWW, "tests", "fixtures", "sw-extension"), swExt, { recursive: true });
  await cp(buildNpm(), join(swExt, "npm"), { recursive: true });
  const profile = await mkdtemp(join(tmpdir(), "nutshell-ext-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // extensions need the new headless mode, asked for in the arguments
    args: [
      "--headless=new",
      ...ARGS,
      `--disable-extensions-except=${ext},${swExt}`,
      `--load-extension=${ext},${swExt}`,
    ],
    viewport: { width: 1100, height: 800 },
  });
  const deadline = Date.now() + 20000;
  let worker;
  let npmWorker;
  while ((!worker || !npmWorker) && Date.now() < deadline) {
    for (const w of context.serviceWorkers()) {
      if (w.url().endsWith("/background.js")) {
        const name = await w.evaluate(() => chrome.runtime.getManifest().name);
        if (name.startsWith("Nutshell")) worker = w;
        else npmWorker = w;
      }
    }
    if (!worker || !npmWorker) await context.waitForEvent("serviceworker", { timeout: 2000 }).catch(() => {});
  }
  if (!worker || !npmWorker) throw new Error("the extensions' service workers did not start");
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    npmWorker,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The moz-extension:// UUID the Firefox tests give Nutshell (extensions.webextensions.uuids). */
export const FIREFOX_EXTENSION_UUID = "5b0c3e0a-7c1d-4d6e-9f43-2a8b1e6d9c71";
export const GECKO_ID = JSON.parse(readFileSync(join(WWW, "extension", "manifest.json"), "utf8"))
  .browser_specific_settings.gecko.id;

/**
 * Nutshell's extension (its test build: the host permission http://127.0.0.1/* added) in
 * Chromium or Firefox, behind one interface:
 *   context                 the browser (Playwright's BrowserContext, or ./webdriver.mjs WdContext)
 *   origin                  chrome-extension://<id> or moz-extension://<uuid>
 *   ownOrigins              the prefix of every address the test's own extensions may load
 *   evaluate(fn, arg)       fn(arg) in an extension context, for extension APIs (chrome.*):
 *                           Chromium's service worker, or an empty extension page in Firefox
 *   callBackground(f, ...a) the background's global function f(...a) (Firefox: an event page)
 *   panel(query)            the panel's page (sidepanel.html<query>) in a tab
 *   npmWorker               Chromium only: the fixture extension's service worker (npm package)
 *   browser                 Firefox only: the WdContext (chrome(), chromeScreenshot(), openPrivilegedTab())
 *   close()
 */
export async function launchExtension(name) {
  if (name === "chromium") {
    const e = await launchWithExtension();
    const origin = `chrome-extension://${e.extensionId}`;
    return {
      name,
      origin,
      context: e.context,
      npmWorker: e.npmWorker,
      ownOrigins: "chrome-extension://", // Nutshell's and the npm fixture extension's
      evaluate: (fn, arg) => e.worker.evaluate(fn, arg),
      callBackground: (f, ...args) => e.worker.evaluate(([f, a]) => self[f](...a), [f, args]),
      panel: async (query = "") => {
        const p = await e.context.newPage();
        await p.goto(`${origin}/sidepanel.html${query}`);
        return p;
      },
      close: e.close,
    };
  }
  if (name !== "firefox") throw new Error(`no extension tests in ${name}`);
  const dir = join(ROOT, "target", "extension-test-firefox");
  execFileSync(join(ROOT, "tools", "build-extension.sh"), ["--test-firefox", dir], { stdio: "pipe" });
  const browser = new WdBrowser("firefox", {
    systemAccess: true,
    firefoxPrefs: { "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }) },
  });
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  await context.newPage();
  await context.driver.installAddon(dir, true);
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const helper = await context.openPrivilegedTab(`${origin}/test-blank.html`);
  return {
    name,
    origin,
    context,
    browser: context,
    ownOrigins: `${origin}/`,
    evaluate: (fn, arg) => helper.evaluate(fn, arg),
    callBackground: (f, ...args) =>
      helper.evaluate(async ([f, a]) => (await globalThis.browser.runtime.getBackgroundPage())[f](...a), [f, args]),
    panel: (query = "") => context.openPrivilegedTab(`${origin}/sidepanel.html${query}`),
    close: () => browser.close(),
  };
}

/**
 * axe-core scan; the serious and critical violations, as readable lines (empty when clean).
 * Playwright's pages use @axe-core/playwright; a WebDriver page gets the same axe-core injected.
 */
export async function axe(page, include) {
  let r;
  if (page.browserName && page.browserName !== "chromium") {
    // The script body WebDriver runs is not subject to the page's CSP (an eval() would be).
    if (!(await page.evaluate(() => !!window.axe))) await page.runScript(await axeSourceText());
    r = await page.evaluate(
      async ({ include }) => {
        const out = await window.axe.run(include ? { include: [[include]] } : document, {
          resultTypes: ["violations"],
        });
        return {
          violations: out.violations.map((v) => ({
            impact: v.impact,
            id: v.id,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target.map(String) })),
          })),
        };
      },
      { include: include ?? null },
    );
  } else {
    const { AxeBuilder } = await import("@axe-core/playwright");
    let b = new AxeBuilder({ page });
    if (include) b = b.include(include);
    r = await b.analyze();
  }
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
}
