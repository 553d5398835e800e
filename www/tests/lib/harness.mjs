// Shared pieces of every browser test and benchmark: a static server for www/ on 127.0.0.1
// (random port) that records every request, expands `<!--#include FILE-->` in fixture pages (one
// article, several pages) and serves a page under a strict CSP when asked (`?csp=strict`,
// `?csp=site`, `?csp=noworker`) or cross-origin isolated (`?isolated`); the browsers: Debian's Chromium through playwright-core with the flags that keep
// it offline and quiet, and Debian's Firefox ESR and WebKitGTK through WebDriver (./webdriver.mjs,
// the same Playwright-shaped API), never a downloaded browser; watchers for console errors,
// uncaught exceptions and requests; `suite()`, the before/after hooks most test files need; and
// `eachBrowser()`, which runs one test body in every browser.
//
// NUTSHELL_BROWSERS=chromium,firefox,webkit (the default) picks the browsers; a browser whose
// files are not installed is skipped with a message saying what to install.

import { after, before, describe } from "node:test";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { missing, requestBus, WdBrowser } from "./webdriver.mjs";

export { requestBus };
export const ALL_BROWSERS = ["chromium", "firefox", "webkit"];
/** The browsers this run uses (NUTSHELL_BROWSERS, comma-separated; all three by default). */
export const BROWSERS = (process.env.NUTSHELL_BROWSERS ?? ALL_BROWSERS.join(","))
  .split(",")
  .map((b) => b.trim())
  .filter(Boolean);
for (const b of BROWSERS) if (!ALL_BROWSERS.includes(b)) throw new Error(`NUTSHELL_BROWSERS: unknown browser ${b}`);

export const WWW = fileURLToPath(new URL("../../", import.meta.url));
export const ROOT = join(WWW, "..");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--disable-default-apps",
  "--no-default-browser-check",
];
export const STRICT_CSP =
  "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** A site's own strict CSP that still lets it run its own scripts and WebAssembly (the widget). */
export const SITE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/** SITE_CSP that also forbids workers: the widget must fall back to the main thread. */
export const NO_WORKER_CSP = `${SITE_CSP}; worker-src 'none'`;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

// WebKit's WebDriver reports no console messages or uncaught exceptions, so the server puts
// this module first in every page it serves to WebKit: it removes its own <script> (the page's
// DOM is as written), and beacons console.error/console.warn calls, uncaught exceptions and
// unhandled rejections to PROBLEM_PATH, which the server passes on as `requestBus` "console"
// events (./webdriver.mjs hands them to the open pages' watchers).
const WATCH_PATH = "/__nutshell/watch.mjs";
const PROBLEM_PATH = "/__nutshell/problem";
const WATCH_SCRIPT = `document.querySelector('script[src="${WATCH_PATH}"]')?.remove();
const send = (type, text) => navigator.sendBeacon("${PROBLEM_PATH}", JSON.stringify({ type, text: String(text) }));
for (const type of ["error", "warn"]) {
  const original = console[type];
  console[type] = function (...args) { send(type === "warn" ? "warning" : "error", args.map(String).join(" ")); return original.apply(this, args); };
}
addEventListener("error", (e) => { if (e instanceof ErrorEvent) send("pageerror", e.message); });
addEventListener("unhandledrejection", (e) => send("pageerror", "Uncaught (in promise) " + (e.reason?.message ?? e.reason)));
`;

function reportProblem(req, res) {
  let body = "";
  req.on("data", (d) => {
    body += d;
  });
  req.on("end", () => {
    try {
      requestBus.emit("problem", JSON.parse(body));
    } catch {}
    res.writeHead(204).end();
  });
}

/** Serve `root` (www/ by default) on 127.0.0.1; `requests` lists every URL asked for. */
export async function serve(root = WWW) {
  root = root.endsWith(sep) ? root : root + sep;
  const requests = [];
  const server = createServer(async (req, res) => {
    if (req.url === PROBLEM_PATH) return reportProblem(req, res);
    if (req.url === WATCH_PATH)
      return res
        .writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" })
        .end(WATCH_SCRIPT);
    requests.push(req.url);
    requestBus.emit("request", `${origin}${req.url}`);
    const url = new URL(req.url, "http://x");
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      const headers = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      };
      if (extname(file) === ".html") {
        let html = body.toString("utf8");
        for (let i = 0; i < 3 && html.includes("<!--#include "); i++) {
          const parts = [];
          for (const m of html.matchAll(/<!--#include ([\w./-]+)-->/g))
            parts.push([m[0], await readFile(join(dirname(file), m[1]), "utf8")]);
          for (const [k, v] of parts) html = html.replace(k, () => v);
        }
        // WebKit (MiniBrowser) gives WebDriver no console: the page reports its own (see WATCH_SCRIPT).
        if (/AppleWebKit/.test(req.headers["user-agent"] ?? "") && !/Chrome/.test(req.headers["user-agent"])) {
          html = html.replace(/<head[^>]*>/i, (h) => `${h}<script type="module" src="${WATCH_PATH}"></script>`);
        }
        body = html;
        if (url.searchParams.get("csp") === "strict") headers["content-security-policy"] = STRICT_CSP;
        if (url.searchParams.get("csp") === "site") headers["content-security-policy"] = SITE_CSP;
        if (url.searchParams.get("csp") === "noworker") headers["content-security-policy"] = NO_WORKER_CSP;
      }
      // Cross-origin isolated (`?isolated`, on a page and on its workers' scripts): the
      // benchmarks' fine-grained performance.now() (browsers coarsen it to 0.1 to 1 ms otherwise).
      if (url.searchParams.has("isolated")) {
        headers["cross-origin-opener-policy"] = "same-origin";
        headers["cross-origin-embedder-policy"] = "require-corp";
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  let origin;
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((r) => server.close(r)) };
}

/**
 * A headless browser (no extension): Chromium through Playwright, Firefox or WebKit through
 * WebDriver. Each has Playwright's newContext({viewport, colorScheme}) / newPage() / close();
 * `browser.name` says which it is.
 */
export async function launch(name = "chromium") {
  if (name === "chromium") {
    const b = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless=new", ...ARGS], headless: true });
    b.name = "chromium";
    return b;
  }
  return new WdBrowser(name);
}

/**
 * Start the static server and a browser before a test file's (or a describe block's) tests and
 * close them after: `const env = suite(); ... env.browser.newContext() ... env.server.origin`.
 * `setup(env)`, when given, runs once both are up.
 */
export function suite(setup, name = "chromium") {
  const env = { server: null, browser: null, name };
  before(async () => {
    env.server = await serve();
    env.browser = await launch(name);
    if (setup) await setup(env);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * One test body, run in every browser of this run that `browsers` allows (all by default):
 * `eachBrowser("widget", (env) => { test(...) })` makes `describe("widget [chromium]")`,
 * `describe("widget [firefox]")`, ... each with its own server and browser (suite()), one after
 * the other. A browser that is not installed is skipped, saying what is missing.
 */
export function eachBrowser(title, body, { browsers = ALL_BROWSERS, setup, launch = true } = {}) {
  for (const name of BROWSERS.filter((b) => browsers.includes(b))) {
    const why = missing(name);
    describe(`${title} [${name}]`, { skip: why ?? false }, () => {
      // launch: false leaves starting a browser to the body (the extension tests).
      const env = launch ? suite(setup, name) : { name };
      body(env, name);
    });
  }
}

/**
 * Watch a page for what a person would worry about: console errors, uncaught exceptions, and
 * every request (so a test can assert none left the allowed origins).
 */
export function watch(page, requested = []) {
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("request", (r) => requested.push(r.url()));
  return { problems, requested };
}

/** URLs in `requested` outside the allowed origins (data: and blob: are local). */
export function offOrigin(requested, ...origins) {
  return requested.filter(
    (u) => !u.startsWith("data:") && !u.startsWith("blob:") && !origins.some((o) => u.startsWith(o)),
  );
}

/**
 * A new page that records what a person would worry about: console errors, uncaught
 * exceptions, and every request (so a test can assert none left the origin).
 */
export async function watchedPage(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const requested = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  context.on("request", (r) => requested.push(r.url()));
  // Anything off this origin is refused and recorded, so a stray fetch fails loudly.
  await context.route(
    (url) => !url.href.startsWith(origin) && !url.href.startsWith("data:") && !url.href.startsWith("blob:"),
    (route) => route.abort(),
  );
  return {
    page,
    context,
    problems,
    requested,
    offOrigin: () => requested.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")),
  };
}

/** The clipboard's text, as the page sees it (WebKit: by a paste; see ./webdriver.mjs pasteText). */
export function clipboardText(page) {
  if (page.browserName === "webkit") return page.pasteText();
  return page.evaluate(() => navigator.clipboard.readText());
}

export const squeeze = (s) => String(s).replace(/\s+/g, " ").trim();

/** First day of a TIMEX3 calendar value (YYYY, YYYY-MM, YYYY-MM-DD), or null. */
export function startDay(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}
