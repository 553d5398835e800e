// Pieces of the surfaces' browser tests beyond the shared harness (./harness.mjs, re-exported
// here): the npm package build, Chromium with the extension loaded, and an axe-core scan.

import { mkdtemp, rm, cp, mkdir } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ARGS, CHROMIUM, ROOT, WWW } from "./harness.mjs";

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
