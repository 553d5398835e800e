// Shared pieces of the browser tests: a static server for www/ on 127.0.0.1 (random port)
// that records every request, and Debian's Chromium driven by playwright-core, with the flags
// that keep it offline and quiet. Never downloads a browser.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const WWW = fileURLToPath(new URL("../../", import.meta.url));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".ts": "text/plain; charset=utf-8",
};

/** Serve www/ on 127.0.0.1; `requests` lists every path asked for. */
export async function serve() {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(WWW, path));
    if (!file.startsWith(WWW.endsWith(sep) ? WWW : WWW + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-dev-shm-usage",
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
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
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console.error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  context.on("request", (r) => requested.push(r.url()));
  // Anything off this origin is refused and recorded, so a stray fetch fails loudly.
  await context.route((url) => !url.href.startsWith(origin) && !url.href.startsWith("data:") && !url.href.startsWith("blob:"), (route) => route.abort());
  return { page, context, problems, requested, offOrigin: () => requested.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) };
}

/** Collapse runs of whitespace, as the page does for list items. */
export const squeeze = (s) => s.replace(/\s+/g, " ").trim();

/** First day of a TIMEX3 calendar value (YYYY, YYYY-MM, YYYY-MM-DD), or null. */
export function startDay(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}
