// nutshell.d.ts describes the API precisely: a strict TypeScript compile of a file that uses it
// (and misuses it where @ts-expect-error says so) must pass, and the d.ts holds no `any`.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { STRICT, tsc } from "./lib/tsc.mjs";

test("nutshell.d.ts has no any", async () => {
  const dts = await readFile(new URL("../nutshell.d.ts", import.meta.url), "utf8");
  const code = dts
    .split("\n")
    .filter((l) => !l.trim().startsWith("//") && !l.trim().startsWith("*") && !l.trim().startsWith("/**"));
  assert.ok(!code.some((l) => /\bany\b/.test(l)), "`any` in nutshell.d.ts");
});

test("nutshell.d.ts type-checks its uses and rejects misuses (tsc --strict)", () => {
  tsc(...STRICT, "--allowJs", "false", "tests/fixtures/types-check.ts");
});

// The Summarizer face's typings beside a declaration of the browser's built-in API: MDN's
// examples (tests/fixtures/summarizer-mdn.ts) with @types/dom-chromium-ai in scope, and again
// with a declaration in the DOM library's own style (tests/fixtures/dom-summarizer.d.ts). A
// typing that declared a second global `Summarizer` fails both (TS2300 / TS2403).
for (const [what, config] of [
  ["@types/dom-chromium-ai", "tsconfig.summarizer-chromium-ai.json"],
  ["a DOM-library-style declaration", "tsconfig.summarizer-dom.json"],
]) {
  test(`MDN's Summarizer examples type-check with Nutshell's typings and ${what} (tsc --strict)`, () => {
    tsc("-p", `tests/fixtures/${config}`);
  });
}
