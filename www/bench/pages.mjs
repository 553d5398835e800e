// The pages the browser benchmarks load (browser.mjs, extract.mjs): tests/fixtures/pages, then
// Mozilla Readability's 130 test pages from ../shared/data/extraction, unpacked to a temporary
// folder (fixture pages only, with a message, where the shared data is absent).

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";

/**
 * `{ pages, cleanup }`: `pages` is `[name, html]` in a fixed order (fixtures by file name, then
 * the test pages by folder name); `cleanup()` removes the unpacked copy.
 */
export function benchPages(root) {
  const pages = [];
  const fixtures = `${root}tests/fixtures/pages/`;
  for (const f of readdirSync(fixtures).sort())
    if (f.endsWith(".html")) pages.push([f, readFileSync(fixtures + f, "utf8")]);
  const tar = [
    `${root}../shared/data/extraction/readability/test-pages.tar.xz`,
    `${root}../../shared/data/extraction/readability/test-pages.tar.xz`,
  ].find(existsSync);
  let tmp;
  if (tar) {
    tmp = mkdtempSync(`${tmpdir()}/nutshell-bench-`);
    execFileSync("tar", ["xJf", tar, "-C", tmp]);
    const base = `${tmp}/test-pages/`;
    for (const d of readdirSync(base).sort()) {
      const f = `${base}${d}/source.html`;
      if (existsSync(f)) pages.push([d, readFileSync(f, "utf8")]);
    }
  } else {
    console.error("shared extraction data not found: fixture pages only");
  }
  return { pages, cleanup: () => tmp && rmSync(tmp, { recursive: true, force: true }) };
}
