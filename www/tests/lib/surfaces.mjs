// Shared pieces of the surfaces' browser tests (extension, widget, npm package, Summarizer
// face, demo timeline): a static server for www/ on 127.0.0.1 that records every request,
// expands `<!--#include FILE-->` in fixture pages (one article, several pages), and serves a
// page under a strict CSP when asked (`?csp=strict`); Debian's Chromium through playwright-core
// (never a downloaded browser), with or without the extension; an axe-core scan.

import { createServer } from "node:http";
import { readFile, stat, mkdtemp, rm, cp, mkdir } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const WWW = fileURLToPath(new URL("../../", import.meta.url));
export const ROOT = join(WWW, "..");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-dev-shm-usage", "--disable-default-apps", "--no-default-browser-check",
];
export const STRICT_CSP =
  "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** A site's own strict CSP that still lets it run its own scripts and WebAssembly (the widget). */
export const SITE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".txt": "text/plain; charset=utf-8", ".json": "application/json",
  ".png": "image/png", ".svg": "image/svg+xml",
};

/** Serve `root` (www/ by default) on 127.0.0.1; `requests` lists every URL asked for. */
export async function serve(root = WWW) {
  root = root.endsWith(sep) ? root : root + sep;
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, "http://x");
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" };
      if (extname(file) === ".html") {
        let html = body.toString("utf8");
        for (let i = 0; i < 3 && html.includes("<!--#include "); i++) {
          const parts = [];
          for (const m of html.matchAll(/<!--#include ([\w./-]+)-->/g)) parts.push([m[0], await readFile(join(dirname(file), m[1]), "utf8")]);
          for (const [k, v] of parts) html = html.replace(k, () => v);
        }
        body = html;
        if (url.searchParams.get("csp") === "strict") headers["content-security-policy"] = STRICT_CSP;
        if (url.searchParams.get("csp") === "site") headers["content-security-policy"] = SITE_CSP;
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((r) => server.close(r)) };
}

/** Headless Chromium (no extension). */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ["--headless=new", ...ARGS], headless: true });
}

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
    args: ["--headless=new", ...ARGS, `--disable-extensions-except=${ext},${swExt}`, `--load-extension=${ext},${swExt}`],
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
    context, extensionId, worker, npmWorker,
    close: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); },
  };
}

/**
 * Watch a page for what a person would worry about: console errors, uncaught exceptions, and
 * every request (so a test can assert none left the allowed origins).
 */
export function watch(page, requested = []) {
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console.error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("request", (r) => requested.push(r.url()));
  return { problems, requested };
}

/** URLs in `requested` outside the allowed origins (data: and blob: are local). */
export function offOrigin(requested, ...origins) {
  return requested.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:") && !origins.some((o) => u.startsWith(o)));
}

/** axe-core scan; the serious and critical violations, as readable lines (empty when clean). */
export async function axe(page, include) {
  const { AxeBuilder } = await import("@axe-core/playwright");
  let b = new AxeBuilder({ page });
  if (include) b = b.include(include);
  const r = await b.analyze();
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
}

export const squeeze = (s) => String(s).replace(/\s+/g, " ").trim();
