#!/usr/bin/env bash
# Build the WebAssembly core and its JS glue into www/pkg/, print their sizes and where the
# bytes go, write both to www/wasm-size.md (the one place the size is recorded: README and
# DESIGN link to it), and fail when the shipped wasm + JS glue exceed the gzip budget (250 KB).
#
#   tools/build-wasm.sh            build, optimize, report
#   NUTSHELL_BUDGET=300000 ...     another budget in bytes (for experiments only)
#   tools/build-wasm.sh --bench    the benchmark build (www/bench/browser.mjs): the same module
#                                  plus the `__stages` export (feature `bench`), into
#                                  target/bench/pkg; www/wasm-size.md and the budget untouched
#
# Needs: rustup target wasm32-unknown-unknown, wasm-bindgen-cli at the crate's exact
# wasm-bindgen version, and www/node_modules (npm ci in www/) for wasm-opt from the npm
# `binaryen` package and esbuild. tools/install.sh installs all of them.
set -euo pipefail
cd "$(dirname "$0")/.."

BUDGET="${NUTSHELL_BUDGET:-256000}"   # 250 KB = 250 * 1024 bytes
OUT=www/pkg
CARGO_FEATURES=()
BENCH=0
if [ "${1:-}" = "--bench" ]; then
  BENCH=1
  OUT=target/bench/pkg
  CARGO_FEATURES=(--features bench)
fi
WASM_OPT=www/node_modules/.bin/wasm-opt
ESBUILD=www/node_modules/.bin/esbuild

if [ ! -x "$WASM_OPT" ] || [ ! -x "$ESBUILD" ]; then
  echo "build-wasm: $WASM_OPT or $ESBUILD is missing; run tools/install.sh (or npm ci in www/)" >&2
  exit 1
fi
want=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')
if [ "$want" != "$have" ]; then
  echo "build-wasm: wasm-bindgen-cli $have found, the crate pins $want; run tools/install.sh" >&2
  exit 1
fi

# Two modules, the same code: the core (www/pkg/, built without the default feature
# `all-languages`: English data only, language identification for every language) that every
# surface loads first, and the full module (www/pkg/full/: every language's stemmer and date
# locale) that the JS layer fetches when the core notes a language it lacks (src/text/packs.rs,
# www/nutshell.js). The budget is the core's.
# For size, not speed: the release profile's opt-level 3 is for the native build (Cargo.toml).
# Only the cdylib (Cargo.toml also asks for an rlib, for the CLI and the tests): built alone, the
# shipped module is 11.3 KB gzip smaller (DESIGN.md, "Wasm size").
# The linker's map (every data item's address and size) feeds the size report below.
# The features rustc enables by default for wasm32-unknown-unknown.
FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
# The passes: control flow flattened and rebuilt by the relooper, then -Oz three times (1,785 B
# gzip less than one -Oz, the third 62 B more; no slower in node: DESIGN.md, "Wasm size"), and
# again until the size stops falling (--converge: -248 B). --low-memory-unused (-779 B) lets a
# constant added to a pointer become the load's offset; it differs only where an address wraps
# past 4 GB into the low 1 KB, which holds no data (the stack grows down from 1 MB to it: a stack
# that deep is 1 KB from overflowing anyway). The shipped file also drops the target_features section (64 B),
# which no loader reads.
PASSES=(--low-memory-unused --flatten --rereloop -Oz -Oz -Oz --converge)
map="$PWD/target/wasm32-unknown-unknown/release/nutshell.map"
named=target/wasm32-unknown-unknown/release/nutshell.opt-named.wasm
raw=target/wasm32-unknown-unknown/release/nutshell.wasm

# build_module OUTDIR CARGO-ARGS...: cargo, wasm-bindgen and wasm-opt into OUTDIR.
build_module() {
  local out="$1"
  shift
  echo "== CARGO_PROFILE_RELEASE_OPT_LEVEL=z cargo rustc --lib --release --target wasm32-unknown-unknown $* --crate-type cdylib -- -C link-arg=--Map=..."
  CARGO_PROFILE_RELEASE_OPT_LEVEL=z cargo rustc --lib --release --target wasm32-unknown-unknown "$@" \
    --crate-type cdylib -- -C link-arg=--Map="$map"
  echo "== wasm-bindgen --target web"
  mkdir -p "$out"
  wasm-bindgen --target web --out-dir "$out" --out-name nutshell "$raw"
  # Imports named in one or two letters in the wasm and the glue alike, instead of wasm-bindgen's
  # names with a hash each (tools/short_imports.py): 1.5 KB gzip less; exports too (-307 B).
  python3 tools/short_imports.py "$out/nutshell_bg.wasm" "$out/nutshell.js"
  # Recovery after a trap without a second copy of the glue (www/nutshell.js): forget the trapped
  # instance, so the next initSync makes a new one in the same module and the old one (with its
  # memory) is garbage-collected. The glue keeps its instance in a module-level `let wasm`.
  grep -q '^let wasmModule, wasmInstance, wasm;$\|^let wasm;$' "$out/nutshell.js" || { echo "build-wasm: the glue no longer declares 'let wasm' at module level; update the reset below" >&2; exit 1; }
  printf '\n/** Forget the instance (after a trap), so that initSync starts a new one. */\nexport function __nutshellReset() { wasm = undefined; }\n' >> "$out/nutshell.js"
  # Shipped minified (esbuild, names of exports kept): 4,941 -> 3,058 B gzip. The types and
  # docs are in nutshell.d.ts (www/nutshell.d.ts for the wrapper).
  "$ESBUILD" "$out/nutshell.js" --minify --format=esm --log-level=warning --outfile="$out/nutshell.min.js"
  mv "$out/nutshell.min.js" "$out/nutshell.js"
  echo "== wasm-opt ${PASSES[*]} (npm binaryen $("$WASM_OPT" --version | awk '{print $3}'))"
  # The same optimization keeping the function names, for the report only (-g shifts the
  # output by a few hundred bytes, so the shipped file is optimized without it).
  "$WASM_OPT" "${PASSES[@]}" -g "${FEATURES[@]}" -o "$named" "$out/nutshell_bg.wasm"
  "$WASM_OPT" "${PASSES[@]}" --strip-debug --strip-producers --strip-target-features "${FEATURES[@]}" \
    -o "$out/nutshell_bg.wasm" "$out/nutshell_bg.wasm"
  # Function bodies sorted by size and shape, so gzip finds look-alikes within its 32 KB window
  # (tools/order_functions.py): -866 B gzip.
  python3 tools/order_functions.py "$out/nutshell_bg.wasm"
}

rm -rf "$OUT"
# The full module first, so that the map and the named module the report reads are the core's.
build_module "$OUT/full" "${CARGO_FEATURES[@]}"
build_module "$OUT" --no-default-features "${CARGO_FEATURES[@]}"
# One glue serves both modules (www/nutshell.js swaps the instance): the same exports, the same
# imports. The full module keeps only its wasm.
if ! cmp -s "$OUT/nutshell.js" "$OUT/full/nutshell.js"; then
  echo "build-wasm: the glue of the core and of the full module differ; www/nutshell.js needs one glue for both" >&2
  exit 1
fi
rm -f "$OUT/full/nutshell.js" "$OUT/full/nutshell.d.ts" "$OUT/full/nutshell_bg.wasm.d.ts" "$OUT/full/.gitignore" "$OUT/full/package.json"

gz() { gzip -9 -c "$1" | wc -c; }
wasm_raw=$(wc -c < "$OUT/nutshell_bg.wasm")
wasm_gz=$(gz "$OUT/nutshell_bg.wasm")
# The glue: wasm-bindgen's JS and any snippets it emits (inline_js), everything a page loads.
glue_raw=0
glue_gz=0
while IFS= read -r f; do
  glue_raw=$((glue_raw + $(wc -c < "$f")))
  glue_gz=$((glue_gz + $(gz "$f")))
done < <(find "$OUT" -name '*.js' -not -path "$OUT/full/*" | sort)
total_gz=$((wasm_gz + glue_gz))
full_raw=$(wc -c < "$OUT/full/nutshell_bg.wasm")
full_gz=$(gz "$OUT/full/nutshell_bg.wasm")

report="$(mktemp)"
{
  echo "# Wasm size"
  echo
  echo "Written by \`tools/build-wasm.sh\` on every build; do not edit. Budget: wasm + glue at most"
  echo "$BUDGET bytes gzip -9 (the build fails above it)."
  echo
  echo "| file | raw | gzip -9 |"
  echo "|---|---:|---:|"
  echo "| \`nutshell_bg.wasm\` | $wasm_raw | $wasm_gz |"
  echo "| JS glue (\`nutshell.js\`$([ -d "$OUT/snippets" ] && echo " and snippets")) | $glue_raw | $glue_gz |"
  echo "| **wasm + glue** | $((wasm_raw + glue_raw)) | **$total_gz** |"
  echo "| \`full/nutshell_bg.wasm\` (every language; fetched on the first page in another language) | $full_raw | $full_gz |"
  echo
  echo "Where the bytes go in the optimized module (\`tools/wasm_sizes.py\`; \"gzip alone\" compresses"
  echo "each part by itself, so it over-counts what the whole file pays):"
  echo
  echo '```'
  python3 tools/wasm_sizes.py "$named" --map "$map" --top 12 || echo "(size breakdown unavailable)"
  echo '```'
} > "$report"
sed -n '/^```$/,/^```$/p' "$report" | sed '/^```$/d'
if [ "$BENCH" = 1 ]; then
  rm -f "$report"
  echo "build-wasm: benchmark build in $OUT ($total_gz B gzip with the __stages export; not shipped)"
  exit 0
fi
cp "$report" www/wasm-size.md
rm -f "$report"

echo
echo "== shipped sizes (also in www/wasm-size.md)"
printf '%-28s %10s %10s\n' file raw gzip-9
printf '%-28s %10d %10d\n' "$OUT/nutshell_bg.wasm" "$wasm_raw" "$wasm_gz"
printf '%-28s %10d %10d\n' "JS glue" "$glue_raw" "$glue_gz"
printf '%-28s %10d %10d   (every language, fetched when needed)\n' "$OUT/full/nutshell_bg.wasm" "$full_raw" "$full_gz"
printf '%-28s %10d %10d   (budget %d gzip)\n' "wasm + glue" $((wasm_raw + glue_raw)) "$total_gz" "$BUDGET"
if [ "$total_gz" -gt "$BUDGET" ]; then
  echo "build-wasm: OVER BUDGET: wasm + glue are $total_gz bytes gzip, over the $BUDGET byte budget" >&2
  exit 3  # distinct from a failed build (1), so the caller can tell the two apart
fi
awk -v b="$total_gz" 'BEGIN { printf "build-wasm: ok, %.1f KB gzip of the 250 KB budget\n", b / 1024 }'
