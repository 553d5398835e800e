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
# `binaryen` package. tools/install.sh installs all of them.
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

if [ ! -x "$WASM_OPT" ]; then
  echo "build-wasm: $WASM_OPT is missing; run tools/install.sh (or npm ci in www/)" >&2
  exit 1
fi
want=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')
if [ "$want" != "$have" ]; then
  echo "build-wasm: wasm-bindgen-cli $have found, the crate pins $want; run tools/install.sh" >&2
  exit 1
fi

# For size, not speed: the release profile's opt-level 3 is for the native build (Cargo.toml).
# Only the cdylib (Cargo.toml also asks for an rlib, for the CLI and the tests): built alone, the
# shipped module is 11.3 KB gzip smaller (DESIGN.md, "Wasm size").
# The linker's map (every data item's address and size) feeds the size report below.
map="$PWD/target/wasm32-unknown-unknown/release/nutshell.map"
echo "== CARGO_PROFILE_RELEASE_OPT_LEVEL=z cargo rustc --lib --release --target wasm32-unknown-unknown --crate-type cdylib -- -C link-arg=--Map=..."
CARGO_PROFILE_RELEASE_OPT_LEVEL=z cargo rustc --lib --release --target wasm32-unknown-unknown "${CARGO_FEATURES[@]}" \
  --crate-type cdylib -- -C link-arg=--Map="$map"
raw=target/wasm32-unknown-unknown/release/nutshell.wasm

echo "== wasm-bindgen --target web"
rm -rf "$OUT"
mkdir -p "$OUT"
wasm-bindgen --target web --out-dir "$OUT" --out-name nutshell "$raw"
# Recovery after a trap without a second copy of the glue (www/nutshell.js): forget the trapped
# instance, so the next initSync makes a new one in the same module and the old one (with its
# memory) is garbage-collected. The glue keeps its instance in a module-level `let wasm`.
grep -q '^let wasmModule, wasmInstance, wasm;$\|^let wasm;$' "$OUT/nutshell.js" || { echo "build-wasm: the glue no longer declares 'let wasm' at module level; update the reset below" >&2; exit 1; }
printf '\n/** Forget the instance (after a trap), so that initSync starts a new one. */\nexport function __nutshellReset() { wasm = undefined; }\n' >> "$OUT/nutshell.js"

echo "== wasm-opt --flatten --rereloop -Oz -Oz (npm binaryen $("$WASM_OPT" --version | awk '{print $3}'))"
# The features rustc enables by default for wasm32-unknown-unknown.
FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
# The same optimization keeping the function names, for the report only (-g shifts the
# output by a few hundred bytes, so the shipped file is optimized without it).
named=target/wasm32-unknown-unknown/release/nutshell.opt-named.wasm
# The passes: control flow flattened and rebuilt by the relooper, then -Oz twice (1,785 B gzip
# less than one -Oz, no slower in node: DESIGN.md, "Wasm size").
PASSES=(--flatten --rereloop -Oz -Oz)
"$WASM_OPT" "${PASSES[@]}" -g "${FEATURES[@]}" -o "$named" "$OUT/nutshell_bg.wasm"
"$WASM_OPT" "${PASSES[@]}" --strip-debug --strip-producers "${FEATURES[@]}" \
  -o "$OUT/nutshell_bg.wasm" "$OUT/nutshell_bg.wasm"

gz() { gzip -9 -c "$1" | wc -c; }
wasm_raw=$(wc -c < "$OUT/nutshell_bg.wasm")
wasm_gz=$(gz "$OUT/nutshell_bg.wasm")
# The glue: wasm-bindgen's JS and any snippets it emits (inline_js), everything a page loads.
glue_raw=0
glue_gz=0
while IFS= read -r f; do
  glue_raw=$((glue_raw + $(wc -c < "$f")))
  glue_gz=$((glue_gz + $(gz "$f")))
done < <(find "$OUT" -name '*.js' | sort)
total_gz=$((wasm_gz + glue_gz))

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
printf '%-28s %10d %10d   (budget %d gzip)\n' "wasm + glue" $((wasm_raw + glue_raw)) "$total_gz" "$BUDGET"
if [ "$total_gz" -gt "$BUDGET" ]; then
  echo "build-wasm: OVER BUDGET: wasm + glue are $total_gz bytes gzip, over the $BUDGET byte budget" >&2
  exit 3  # distinct from a failed build (1), so the caller can tell the two apart
fi
awk -v b="$total_gz" 'BEGIN { printf "build-wasm: ok, %.1f KB gzip of the 250 KB budget\n", b / 1024 }'
