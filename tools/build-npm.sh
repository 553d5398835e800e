#!/usr/bin/env bash
# Build the npm package from the crate into www/npm/ (gitignored; served by the tests, and what
# `npm publish www/npm` or `npm pack www/npm` would ship): package.json with `exports`, the ES
# module API (nutshell.js), the worker-backed async API (nutshell-async.js with its worker and
# pageform.js), the Summarizer-API-compatible face (summarizer.js, which runs the core in that
# worker), the presenters (present.js), typings for all of them, and the wasm core from
# www/pkg/ (tools/build-wasm.sh).
#
#   tools/build-npm.sh          build www/npm/
#   tools/build-npm.sh --pack   also run `npm pack` into target/ (prints the tarball's name)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=www/npm

for f in www/pkg/nutshell.js www/pkg/nutshell_bg.wasm www/pkg/full/nutshell_bg.wasm www/nutshell.d.ts; do
  [ -f "$f" ] || { echo "build-npm: $f is missing (run tools/build-wasm.sh)" >&2; exit 1; }
done
rm -rf "$OUT"
mkdir -p "$OUT/pkg/full"
cp www/pkg/nutshell.js www/pkg/nutshell_bg.wasm "$OUT/pkg/"
# The full module (every language): the async API fetches it on the first text in another
# language than English; the sync API's init() loads it by default.
cp www/pkg/full/nutshell_bg.wasm "$OUT/pkg/full/"
cp www/nutshell.js www/nutshell.d.ts www/summarizer.js www/summarizer.d.ts www/summarizer-polyfill.js www/summarizer-polyfill.d.ts \
  www/present.js www/present.d.ts www/nutshell-async.js www/nutshell-async.d.ts www/nutshell-worker.js \
  www/pageform.js www/pageform.d.ts "$OUT/"
cp www/npm-template/index.js www/npm-template/index.d.ts www/npm-template/README.md "$OUT/"
# The test hook does not ship.
sed -i '/@test-hook-start/,/@test-hook-end/d' "$OUT/nutshell.js"

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
license=$(sed -n 's/^license = "\(.*\)"/\1/p' Cargo.toml | head -1)
python3 - "$OUT/package.json" "$version" "$license" <<'PY'
import json, sys
path, version, license = sys.argv[1:]
pkg = {
    "name": "nutshell-summarizer",
    "version": version,
    "description": "Extractive article summaries, keywords and timelines in the browser (WebAssembly); a Summarizer-API-compatible face",
    "license": license,
    "type": "module",
    "main": "./index.js",
    "module": "./index.js",
    "types": "./index.d.ts",
    "exports": {
        ".": {"types": "./index.d.ts", "default": "./index.js"},
        "./summarizer": {"types": "./summarizer.d.ts", "default": "./summarizer.js"},
        "./polyfill": {"types": "./summarizer-polyfill.d.ts", "default": "./summarizer-polyfill.js"},
        "./core": {"types": "./nutshell.d.ts", "default": "./nutshell.js"},
        "./async": {"types": "./nutshell-async.d.ts", "default": "./nutshell-async.js"},
        "./present": {"types": "./present.d.ts", "default": "./present.js"},
        "./nutshell_bg.wasm": "./pkg/nutshell_bg.wasm",
        "./full/nutshell_bg.wasm": "./pkg/full/nutshell_bg.wasm",
        "./package.json": "./package.json",
    },
    "files": ["index.js", "index.d.ts", "nutshell.js", "nutshell.d.ts", "summarizer.js", "summarizer.d.ts",
              "summarizer-polyfill.js", "summarizer-polyfill.d.ts",
              "present.js", "present.d.ts", "nutshell-async.js", "nutshell-async.d.ts", "nutshell-worker.js",
              "pageform.js", "pageform.d.ts", "pkg/nutshell.js", "pkg/nutshell_bg.wasm", "pkg/full/nutshell_bg.wasm",
              "README.md"],
    "sideEffects": ["./summarizer-polyfill.js"],
    "keywords": ["summarization", "summarizer", "webassembly", "wasm", "timeline", "nlp", "offline"],
}
json.dump(pkg, open(path, "w"), indent=2)
open(path, "a").write("\n")
PY
echo "build-npm: $OUT ($(du -sk "$OUT" | cut -f1) KB) nutshell-summarizer@$version"
if [ "${1:-}" = "--pack" ]; then
  mkdir -p target
  (cd target && npm pack --silent "../$OUT")
fi
