// Firefox and WebKit for the browser tests, through WebDriver (npm selenium-webdriver), behind
// the small part of Playwright's Browser / BrowserContext / Page / Locator API that the tests use,
// so one test body runs in Chromium (Playwright), Firefox and WebKit alike.
//
//   Firefox: Debian's firefox-esr, headless, through geckodriver (cargo install geckodriver).
//            Console errors, uncaught exceptions and requests come from WebDriver BiDi.
//   WebKit:  WebKitGTK's MiniBrowser through WebKitWebDriver (Debian webkit2gtk-driver), on an
//            Xvfb display started here. No BiDi: console errors and uncaught exceptions are
//            beaconed by a module the test server puts in each page (./harness.mjs WATCH_SCRIPT),
//            requests come from the test servers' logs (./harness.mjs `requestBus`), and any
//            request off 127.0.0.1 goes to a recording proxy that refuses it.
//
// A context is one browser session (one process): its colour scheme is fixed at start (a
// Firefox preference, MiniBrowser's --dark-mode), so sessions are pooled per scheme and reused,
// reset to about:blank with the origin's storage cleared, by the next context of the same scheme.

import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
import { Builder, By, Capabilities, Key } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import { Command } from "selenium-webdriver/lib/command.js";
import { EventEmitter } from "node:events";

/** Every request a test server (./harness.mjs serve()) or the WebKit proxy saw, as a full URL. */
export const requestBus = new EventEmitter();
requestBus.setMaxListeners(0);

export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
export const GECKODRIVER =
  process.env.GECKODRIVER ??
  [join(homedir(), ".cargo", "bin", "geckodriver"), "/usr/local/bin/geckodriver", "/usr/bin/geckodriver"].find(
    existsSync,
  ) ??
  "geckodriver";
export const WEBKITDRIVER = process.env.WEBKITWEBDRIVER ?? "/usr/bin/WebKitWebDriver";
export const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

// selenium-webdriver never fetches a driver or a browser here: the paths above are given.
process.env.SE_OFFLINE = "true";

/** How long one script may run (the 5 MB article takes WebKit over 30 s on a loaded machine). */
const SCRIPT_TIMEOUT = 180000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Why a browser cannot run on this machine (null when it can). */
export function missing(name) {
  if (name === "firefox") {
    if (!existsSync(FIREFOX)) return `${FIREFOX} is absent (apt-get install firefox-esr)`;
    if (GECKODRIVER === "geckodriver") return "geckodriver is absent (cargo install geckodriver)";
  }
  if (name === "webkit") {
    if (!existsSync(WEBKITDRIVER)) return `${WEBKITDRIVER} is absent (apt-get install webkit2gtk-driver)`;
    if (!existsSync("/usr/bin/Xvfb")) return "Xvfb is absent (apt-get install xvfb)";
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Processes this module starts: an Xvfb display for WebKit, one driver per WebKit session.

const children = new Set();
process.on("exit", () => {
  for (const c of children)
    try {
      c.kill("SIGKILL");
    } catch {}
});

function track(child) {
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

let display;
/** An Xvfb display for MiniBrowser (it has no headless mode), started once per process. */
function xvfb() {
  display ??= new Promise((resolve, reject) => {
    const x = track(
      spawn("Xvfb", ["-displayfd", "1", "-screen", "0", "1600x1200x24", "-nolisten", "tcp"], {
        stdio: ["ignore", "pipe", "ignore"],
      }),
    );
    x.stdout.once("data", (d) => {
      // Xvfb lives as long as the test process, without keeping it alive (killed on exit); its
      // stdout stays open (closing it would kill Xvfb with SIGPIPE at its next write).
      x.stdout.on("data", () => {});
      x.stdout.unref();
      x.unref();
      resolve(`:${String(d).trim()}`);
    });
    x.once("exit", (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return display;
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, ms = 20000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) return;
    } catch {}
    if (Date.now() > deadline) throw new Error(`WebDriver on port ${port} did not start`);
    await sleep(100);
  }
}

let proxy;
/**
 * An HTTP proxy on 127.0.0.1 for WebKit: every request the browser sends off 127.0.0.1 comes
 * here, is recorded on `requestBus` (so a test's "nothing left the origin" sees it) and refused.
 */
function offOriginProxy() {
  proxy ??= new Promise((resolve) => {
    const server = createServer((req, res) => {
      requestBus.emit("request", req.url);
      res.writeHead(403).end();
    });
    server.on("connect", (req, socket) => {
      requestBus.emit("request", `https://${req.url}/`);
      socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
    });
    server.listen(0, "127.0.0.1", () => {
      server.unref();
      resolve(server.address().port);
    });
  });
  return proxy;
}

// ---------------------------------------------------------------------------------------------
// Sessions.

/** Start one browser session: { driver, close(), onLog(fn) } */
async function startSession(name, { colorScheme = "light", firefoxPrefs = {}, systemAccess = false } = {}) {
  if (name === "firefox") {
    const opts = new firefox.Options().setBinary(FIREFOX).addArguments("-headless").enableBidi();
    const prefs = {
      // 0: dark, 1: light (what prefers-color-scheme reports to pages).
      "layout.css.prefers-color-scheme.content-override": colorScheme === "dark" ? 0 : 1,
      // navigator.clipboard.readText() without a paste prompt (the tests read what was copied).
      "dom.events.testing.asyncClipboard": true,
      "browser.shell.checkDefaultBrowser": false,
      "browser.startup.homepage_override.mstone": "ignore",
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.reportingpolicy.firstRun": false,
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      ...firefoxPrefs,
    };
    for (const [k, v] of Object.entries(prefs)) opts.setPreference(k, v);
    const service = new firefox.ServiceBuilder(GECKODRIVER);
    if (systemAccess) service.addArguments("--allow-system-access");
    const driver = await new Builder().forBrowser("firefox").setFirefoxOptions(opts).setFirefoxService(service).build();
    await driver.manage().setTimeouts({ script: SCRIPT_TIMEOUT });
    const bidi = await driver.getBidi();
    await bidi.subscribe(["log.entryAdded", "network.beforeRequestSent"]);
    const ws = await bidi.socket;
    const listeners = new Set();
    ws.on("message", (m) => {
      const { method, params } = JSON.parse(String(m));
      if (!method) return;
      for (const fn of listeners) fn(method, params);
    });
    return {
      name,
      driver,
      bidi,
      bidiEvents: listeners,
      close: async () => {
        await driver.quit().catch(() => {});
      },
    };
  }
  if (name === "webkit") {
    const [DISPLAY, port, proxyPort] = await Promise.all([xvfb(), freePort(), offOriginProxy()]);
    const wd = track(
      spawn(WEBKITDRIVER, [`--port=${port}`], {
        env: { ...process.env, DISPLAY },
        stdio: process.env.WD_DEBUG ? "inherit" : "ignore",
      }),
    );
    if (process.env.WD_DEBUG) console.log("webkit driver", DISPLAY, port);
    await waitForPort(port);
    const caps = new Capabilities();
    caps.set("browserName", "MiniBrowser");
    caps.set("webkitgtk:browserOptions", {
      binary: MINIBROWSER,
      args: [
        "--automation",
        `--proxy=http://127.0.0.1:${proxyPort}`,
        "--ignore-host=127.0.0.1",
        ...(colorScheme === "dark" ? ["--dark-mode"] : []),
      ],
    });
    // A browser that cannot start leaves WebKitWebDriver waiting for ever: give up after 60 s.
    let timer;
    const driver = await Promise.race([
      new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(caps).build(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`MiniBrowser did not start on ${DISPLAY} in 60 s`)), 60000);
      }),
    ])
      .catch((e) => {
        wd.kill("SIGKILL");
        throw e;
      })
      .finally(() => clearTimeout(timer));
    await driver.manage().setTimeouts({ script: SCRIPT_TIMEOUT });
    return {
      name,
      driver,
      close: async () => {
        await driver.quit().catch(() => {});
        wd.kill("SIGTERM");
      },
    };
  }
  throw new Error(`no WebDriver browser ${name}`);
}

// ---------------------------------------------------------------------------------------------
// Playwright-shaped wrappers.

/** The body of a WebDriver script that calls `fn` (a function or its source) with `args`. */
function callScript(fn, nargs) {
  const src = typeof fn === "function" ? fn.toString() : fn;
  const params = Array.from({ length: nargs }, (_, i) => `arguments[${i}]`).join(", ");
  return `return (${src})(${params});`;
}

/** Playwright key names -> WebDriver keys. */
const KEYS = {
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  ArrowDown: Key.ARROW_DOWN,
  ArrowUp: Key.ARROW_UP,
  Space: Key.SPACE,
  " ": Key.SPACE,
};

/**
 * A browser (Firefox or WebKit) as Playwright's Browser: `newContext({viewport, colorScheme})`,
 * `newPage()`, `close()`. `name` says which.
 */
export class WdBrowser {
  /** `session`: options for every session (Firefox: firefoxPrefs, systemAccess). */
  constructor(name, session = {}) {
    this.name = name;
    this.sessionOptions = session;
    this.pool = new Map(); // colorScheme -> idle session
    this.sessions = new Set();
  }

  async newContext({ viewport = { width: 1280, height: 720 }, colorScheme = "light" } = {}) {
    let session = this.pool.get(colorScheme);
    this.pool.delete(colorScheme);
    if (!session) {
      session = await startSession(this.name, { ...this.sessionOptions, colorScheme });
      this.sessions.add(session);
    }
    const ctx = new WdContext(this, session, { viewport, colorScheme });
    await ctx.init();
    return ctx;
  }

  async newPage(opts) {
    const ctx = await this.newContext(opts);
    const page = await ctx.newPage();
    page.ownsContext = true;
    return page;
  }

  /** Back to the pool: one window, about:blank, the last origin's storage cleared. */
  async release(ctx) {
    const { driver } = ctx.session;
    try {
      const handles = await driver.getAllWindowHandles();
      for (const h of handles.slice(1)) {
        await driver.switchTo().window(h);
        await driver.close();
      }
      await driver.switchTo().window(handles[0]);
      await driver.executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}").catch(() => {});
      await driver.get("about:blank");
      if (this.pool.has(ctx.colorScheme)) throw new Error("pool full");
      this.pool.set(ctx.colorScheme, ctx.session);
    } catch {
      this.sessions.delete(ctx.session);
      await ctx.session.close();
    }
  }

  async close() {
    this.pool.clear();
    await Promise.all([...this.sessions].map((s) => s.close()));
    this.sessions.clear();
  }

  version() {
    return this.name;
  }
}

export class WdContext {
  constructor(browser, session, { viewport, colorScheme }) {
    this.browser = browser;
    this.session = session;
    this.driver = session.driver;
    this.viewport = viewport;
    this.colorScheme = colorScheme;
    this.pages = [];
    this.listeners = { request: [], page: [] };
    this.closed = false;
    this.unsubscribe = [];
  }

  async init() {
    const { session } = this;
    if (session.bidiEvents) {
      const fn = (method, params) => {
        const page =
          this.pages.find((p) => p.handle === (params.source?.context ?? params.context)) ??
          (this.pages.length === 1 ? this.pages[0] : null);
        if (method === "network.beforeRequestSent") {
          const url = params.request.url;
          for (const cb of this.listeners.request) cb({ url: () => url });
          page?.emit("request", { url: () => url });
        } else if (method === "log.entryAdded" && page) {
          if (params.type === "javascript") page.emit("pageerror", { message: params.text });
          else
            page.emit("console", {
              type: () => (params.level === "warn" ? "warning" : params.level),
              text: () => params.text,
            });
        }
      };
      session.bidiEvents.add(fn);
      this.unsubscribe.push(() => session.bidiEvents.delete(fn));
    }
    if (session.name === "webkit") {
      // What the pages beaconed back (./harness.mjs WATCH_SCRIPT).
      const onProblem = ({ type, text }) => {
        for (const p of this.pages) {
          if (type === "pageerror") p.emit("pageerror", { message: text });
          else p.emit("console", { type: () => type, text: () => text });
        }
      };
      requestBus.on("problem", onProblem);
      this.unsubscribe.push(() => requestBus.off("problem", onProblem));
      const onRequest = (url) => {
        for (const cb of this.listeners.request) cb({ url: () => url });
        for (const p of this.pages) p.emit("request", { url: () => url });
      };
      requestBus.on("request", onRequest);
      this.unsubscribe.push(() => requestBus.off("request", onRequest));
    }
  }

  on(event, cb) {
    (this.listeners[event] ??= []).push(cb);
  }

  /** Playwright's route(): here every request off 127.0.0.1 is refused anyway (see above). */
  async route() {}

  async grantPermissions() {}

  async newPage() {
    const { driver } = this;
    let handle;
    if (this.pages.length === 0) {
      handle = await driver.getWindowHandle();
    } else {
      await driver.switchTo().newWindow("tab");
      handle = await driver.getWindowHandle();
    }
    const page = new WdPage(this, handle);
    this.pages.push(page);
    this.browser.current = page;
    if (this.pages.length === 1) await page.setViewportSize(this.viewport);
    for (const cb of this.listeners.page) cb(page);
    return page;
  }

  /** A page for a window opened outside WebDriver's newWindow (Firefox's chrome context). */
  adopt(handle) {
    const page = new WdPage(this, handle);
    this.pages.push(page);
    for (const cb of this.listeners.page) cb(page);
    return page;
  }

  /**
   * Firefox: open `url` in a new tab with the system principal, from the browser's chrome
   * (needs geckodriver --allow-system-access). WebDriver may not navigate a content tab to a
   * moz-extension:// page itself.
   */
  async openPrivilegedTab(url) {
    const { driver } = this;
    const before = new Set(await driver.getAllWindowHandles());
    await driver.setContext("chrome");
    try {
      await driver.executeScript(
        `const w = Services.wm.getMostRecentWindow("navigator:browser");
        const tab = w.gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
        w.gBrowser.selectedTab = tab;`,
        url,
      );
    } finally {
      await driver.setContext("content");
    }
    const deadline = Date.now() + 10000;
    for (;;) {
      const added = (await driver.getAllWindowHandles()).filter((h) => !before.has(h));
      if (added.length === 1) {
        const page = this.adopt(added[0]);
        page._url = url;
        await page.focusWindow();
        await page.waitForFunction((u) => location.href === u && document.readyState === "complete", url);
        return page;
      }
      if (Date.now() > deadline) throw new Error(`no new tab for ${url}`);
      await sleep(100);
    }
  }

  /** Run `fn(arg)` in the browser's chrome (Firefox, system access): its global is the browser window. */
  async chrome(fn, arg) {
    await this.driver.setContext("chrome");
    try {
      return await this.driver.executeScript(
        `const win = Services.wm.getMostRecentWindow("navigator:browser"); return (${fn.toString()})(win, arguments[0]);`,
        arg === undefined ? null : arg,
      );
    } finally {
      await this.driver.setContext("content");
    }
  }

  /** Firefox: a screenshot of the whole browser window (its chrome: toolbar, sidebar, page). */
  async chromeScreenshot(path) {
    await this.driver.setContext("chrome");
    try {
      await writeFile(path, Buffer.from(await this.driver.takeScreenshot(), "base64"));
    } finally {
      await this.driver.setContext("content");
    }
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    for (const u of this.unsubscribe) u();
    await this.browser.release(this);
  }
}

export class WdPage {
  constructor(context, handle) {
    this._context = context;
    this.driver = context.driver;
    this.handle = handle;
    this.listeners = {};
    this.keyboard = { press: (key) => this.press(key) };
    this.browserName = context.browser.name;
  }

  on(event, cb) {
    (this.listeners[event] ??= []).push(cb);
  }

  emit(event, arg) {
    for (const cb of this.listeners[event] ?? []) cb(arg);
  }

  context() {
    return this._context;
  }

  /** Make this page's window the one WebDriver commands go to. */
  async focusWindow() {
    const b = this._context.browser;
    if (b.current !== this) {
      await this.driver.switchTo().window(this.handle);
      b.current = this;
    }
  }

  async bringToFront() {
    await this.focusWindow();
  }

  async goto(url) {
    await this.focusWindow();
    await this.driver.get(url);
    this._url = await this.driver.getCurrentUrl();
    return null;
  }

  /** The address last navigated to (synchronous, as Playwright's). */
  url() {
    return this._url ?? "about:blank";
  }

  async evaluate(fn, arg) {
    await this.focusWindow();
    return this.driver.executeScript(callScript(fn, 1), arg === undefined ? null : arg);
  }

  /** Run a script's source as the body of a WebDriver script (how axe-core is put in a page). */
  async runScript(src) {
    await this.focusWindow();
    await this.driver.executeScript(src);
  }

  async waitForFunction(fn, arg, { timeout = 30000, polling = 50 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = await this.evaluate(fn, arg);
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`waitForFunction timed out after ${timeout} ms: ${fn}`);
      await sleep(polling);
    }
  }

  async waitForSelector(selector, { timeout = 30000 } = {}) {
    await this.waitForFunction((s) => !!document.querySelector(s), selector, { timeout });
    return this.locator(selector);
  }

  waitForTimeout(ms) {
    return sleep(ms);
  }

  async waitForLoadState() {
    await this.waitForFunction(() => document.readyState === "complete");
  }

  locator(selector) {
    return new WdLocator(this, selector, null);
  }

  /**
   * What a paste gives: a textarea is added, Ctrl+V typed into it, its value read, the textarea
   * removed. (WebKit refuses navigator.clipboard.readText() to scripts; a paste is what a
   * person does.)
   */
  async pasteText() {
    await this.evaluate(() => {
      const t = document.createElement("textarea");
      t.id = "__nutshell_paste";
      document.body.append(t);
      t.focus();
    });
    await this.driver.actions().keyDown(Key.CONTROL).sendKeys("v").keyUp(Key.CONTROL).perform();
    return this.evaluate(() => {
      const t = document.getElementById("__nutshell_paste");
      const v = t.value;
      t.remove();
      return v;
    });
  }

  async press(key) {
    await this.focusWindow();
    await this.driver
      .actions()
      .sendKeys(KEYS[key] ?? key)
      .perform();
  }

  /**
   * Set the page's viewport (innerWidth x innerHeight) to exactly `width` x `height` where the
   * browser allows it: the window is sized, the toolbar's share measured, and sized again.
   */
  async setViewportSize({ width, height }) {
    await this.focusWindow();
    const { bidi } = this._context.session;
    if (bidi) {
      // Firefox: the viewport itself (BiDi), as narrow as a phone; the window cannot go below 450 px.
      await this.driver
        .manage()
        .window()
        .setRect({ width: Math.max(width, 800), height: height + 200 });
      const r = await bidi.send({
        method: "browsingContext.setViewport",
        params: { context: this.handle, viewport: { width, height } },
      });
      if (r.type === "error" || r.error) throw new Error(`setViewport: ${r.message ?? r.error}`);
      return;
    }
    const win = this.driver.manage().window();
    let rect = { width, height };
    for (let i = 0; i < 3; i++) {
      await win.setRect(rect);
      const [w, h] = await this.driver.executeScript("return [innerWidth, innerHeight]");
      if (w === width && h === height) return;
      const now = await win.getRect();
      rect = { width: now.width + (width - w), height: now.height + (height - h) };
    }
  }

  async screenshot({ path, fullPage = false } = {}) {
    await this.focusWindow();
    let png;
    if (fullPage && this.browserName === "firefox") {
      png = await this.driver.execute(fullPageCommand(this.driver));
    } else {
      png = await this.driver.takeScreenshot();
    }
    const buf = Buffer.from(png, "base64");
    if (path) await writeFile(path, buf);
    return buf;
  }

  async close() {
    const ctx = this._context;
    if (this.ownsContext) return ctx.close();
    if (ctx.pages.length > 1 && !ctx.closed) {
      await this.focusWindow();
      await this.driver.close();
      ctx.pages = ctx.pages.filter((p) => p !== this);
      ctx.browser.current = null;
      await ctx.pages[0].focusWindow();
    }
  }
}

/** geckodriver's full-page screenshot (not in the W3C protocol). */
function fullPageCommand(driver) {
  const executor = driver.getExecutor();
  if (!executor.nutshellFullPage) {
    executor.defineCommand("nutshell:fullPageScreenshot", "GET", "/session/:sessionId/moz/screenshot/full");
    executor.nutshellFullPage = true;
  }
  return new Command("nutshell:fullPageScreenshot");
}

/** Elements found by a CSS selector (the `index`th one when narrowed with first()/nth()). */
export class WdLocator {
  constructor(page, selector, index) {
    this.page = page;
    this.selector = selector;
    this.index = index;
  }

  first() {
    return new WdLocator(this.page, this.selector, 0);
  }
  nth(i) {
    return new WdLocator(this.page, this.selector, i);
  }

  /** Wait (as Playwright does) until the element exists; evaluate `fn(element, arg)`. */
  async evaluate(fn, arg, { timeout = 10000 } = {}) {
    const deadline = Date.now() + timeout;
    const script = `const all = document.querySelectorAll(arguments[0]);
      const el = arguments[1] === null ? (all.length === 1 ? all[0] : all.length ? "many" : null) : all[arguments[1]];
      if (el === "many") return { many: all.length };
      if (!el) return { missing: true };
      return { value: (${typeof fn === "function" ? fn.toString() : fn})(el, arguments[2]) };`;
    await this.page.focusWindow();
    for (;;) {
      const r = await this.page.driver.executeScript(script, this.selector, this.index, arg === undefined ? null : arg);
      if (r.many) throw new Error(`strict mode: ${this.selector} matches ${r.many} elements`);
      if (!r.missing) return r.value;
      if (Date.now() > deadline) throw new Error(`no element matches ${this.selector}`);
      await sleep(50);
    }
  }

  async evaluateAll(fn, arg) {
    await this.page.focusWindow();
    return this.page.driver.executeScript(
      `return (${fn.toString()})([...document.querySelectorAll(arguments[0])], arguments[1]);`,
      this.selector,
      arg === undefined ? null : arg,
    );
  }

  async element() {
    await this.evaluate(() => true);
    const all = await this.page.driver.findElements(By.css(this.selector));
    return all[this.index ?? 0];
  }

  count() {
    return this.evaluateAll((els) => els.length);
  }
  allTextContents() {
    return this.evaluateAll((els) => els.map((e) => e.textContent));
  }
  textContent() {
    return this.evaluate((e) => e.textContent);
  }
  innerText() {
    return this.evaluate((e) => e.innerText);
  }
  inputValue() {
    return this.evaluate((e) => e.value);
  }
  getAttribute(name) {
    return this.evaluate((e, n) => e.getAttribute(n), name);
  }
  isDisabled() {
    return this.evaluate((e) => e.disabled === true);
  }
  isVisible() {
    return this.evaluateAll((els, i) => {
      const e = i === null ? els[0] : els[i];
      if (!e) return false;
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== "hidden";
    }, this.index);
  }
  async isHidden() {
    return !(await this.isVisible());
  }
  boundingBox() {
    return this.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }
  focus() {
    return this.evaluate((e) => e.focus());
  }

  async click() {
    const el = await this.element();
    await el.click();
  }

  async check() {
    if (!(await this.evaluate((e) => e.checked))) await this.click();
  }

  async uncheck() {
    if (await this.evaluate((e) => e.checked)) await this.click();
  }

  /** As Playwright's fill(): set the value, then fire input and change. */
  fill(value) {
    return this.evaluate((e, v) => {
      e.focus();
      const proto = e instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, "value").set.call(e, v);
      e.dispatchEvent(new Event("input", { bubbles: true }));
      e.dispatchEvent(new Event("change", { bubbles: true }));
    }, value);
  }

  /** As Playwright's selectOption(value). */
  selectOption(value) {
    return this.evaluate((e, v) => {
      e.value = v;
      e.dispatchEvent(new Event("input", { bubbles: true }));
      e.dispatchEvent(new Event("change", { bubbles: true }));
      return [e.value];
    }, value);
  }

  /** As Playwright's setInputFiles({name, mimeType, buffer}): a File put in the input. */
  setInputFiles({ name, mimeType, buffer }) {
    return this.evaluate(
      (e, f) => {
        const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], f.name, { type: f.mimeType }));
        e.files = dt.files;
        e.dispatchEvent(new Event("input", { bubbles: true }));
        e.dispatchEvent(new Event("change", { bubbles: true }));
      },
      { name, mimeType, b64: Buffer.from(buffer).toString("base64") },
    );
  }

  async screenshot({ path } = {}) {
    const el = await this.element();
    if (this.page.browserName === "webkit") {
      // WebKitGTK's element screenshot comes out shifted (its top rows black, its bottom cut):
      // grow the viewport down to the element's bottom and take the viewport from the top.
      const [bottom, width, height] = await this.page.driver.executeScript(
        "window.scrollTo(0, 0); const r = arguments[0].getBoundingClientRect(); return [Math.ceil(r.bottom), innerWidth, innerHeight]",
        el,
      );
      if (bottom + 8 !== height) await this.page.setViewportSize({ width, height: bottom + 8 });
      // (a resized window paints a few frames later; until then its new rows are black)
      await this.page.driver.executeAsyncScript(
        "const done = arguments[0]; setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 300)",
      );
      return this.page.screenshot({ path });
    }
    const buf = Buffer.from(await el.takeScreenshot(), "base64");
    if (path) await writeFile(path, buf);
    return buf;
  }
}

/** axe-core's source, for browsers Playwright does not drive. */
let axeSource;
export async function axeSourceText() {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  return axeSource;
}
