// The TypeScript compiler of www/node_modules, for the typings tests (types.test.mjs,
// npm.test.mjs): one strict setting for checking a file that uses the API, and a failure that
// shows the compiler's own messages.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const WWW = fileURLToPath(new URL("../../", import.meta.url));
const TSC = fileURLToPath(new URL("../../node_modules/typescript/bin/tsc", import.meta.url));

/** Strict checking, no output, ES2022 modules resolved as a bundler does, the DOM in scope. */
export const STRICT = [
  "--noEmit",
  "--strict",
  "--target",
  "es2022",
  "--module",
  "es2022",
  "--moduleResolution",
  "bundler",
  "--lib",
  "es2022,dom",
];

/** Run tsc with `args` in www/; a failed check fails the test with tsc's output. */
export function tsc(...args) {
  try {
    execFileSync(process.execPath, [TSC, ...args], { cwd: WWW, encoding: "utf8", stdio: "pipe" });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
}
