#!/usr/bin/env bash
# Build the WebAssembly core and its JS glue into www/pkg/, print their sizes, and fail when
# the shipped wasm + JS glue exceed the gzip budget (250 KB).
#
#   tools/build-wasm.sh            build, optimize, report
#   NUTSHELL_BUDGET=300000 ...     another budget in bytes (for experiments only)
#
# Needs: rustup target wasm32-unknown-unknown, wasm-bindgen-cli at the crate's exact
# wasm-bindgen version, and www/node_modules (npm ci in www/) for wasm-opt from the npm
# `binaryen` package. tools/install.sh installs all of them.
set -euo pipefail
cd "$(dirname "$0")/.."

BUDGET="${NUTSHELL_BUDGET:-256000}"   # 250 KB = 250 * 1024 bytes
OUT=www/pkg
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
echo "== CARGO_PROFILE_RELEASE_OPT_LEVEL=z cargo build --lib --release --target wasm32-unknown-unknown"
CARGO_PROFILE_RELEASE_OPT_LEVEL=z cargo build --lib --release --target wasm32-unknown-unknown
raw=target/wasm32-unknown-unknown/release/nutshell.wasm

echo "== wasm-bindgen --target web"
rm -rf "$OUT"
mkdir -p "$OUT"
wasm-bindgen --target web --out-dir "$OUT" --out-name nutshell "$raw"

# Keep the pre-optimization file (it still has function names) for the size breakdown.
named="$(mktemp -d)/nutshell_named.wasm"
cp "$OUT/nutshell_bg.wasm" "$named"

echo "== wasm-opt -Oz (npm binaryen $("$WASM_OPT" --version | awk '{print $3}'))"
# The features rustc enables by default for wasm32-unknown-unknown.
"$WASM_OPT" -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  -o "$OUT/nutshell_bg.wasm" "$OUT/nutshell_bg.wasm"

gz() { gzip -9 -c "$1" | wc -c; }
wasm_raw=$(wc -c < "$OUT/nutshell_bg.wasm")
wasm_gz=$(gz "$OUT/nutshell_bg.wasm")
glue_raw=$(wc -c < "$OUT/nutshell.js")
glue_gz=$(gz "$OUT/nutshell.js")
total_gz=$((wasm_gz + glue_gz))

echo
echo "== where the bytes go (code per crate, before wasm-opt; twiggy when installed)"
if command -v twiggy >/dev/null 2>&1; then
  twiggy top -n 15 "$named" || true
fi
python3 tools/wasm_sizes.py "$named" || echo "(size breakdown unavailable)"
rm -f "$named"

echo
echo "== shipped sizes"
printf '%-28s %10s %10s\n' file raw gzip-9
printf '%-28s %10d %10d\n' "$OUT/nutshell_bg.wasm" "$wasm_raw" "$wasm_gz"
printf '%-28s %10d %10d\n' "$OUT/nutshell.js (glue)" "$glue_raw" "$glue_gz"
printf '%-28s %10d %10d   (budget %d gzip)\n' "wasm + glue" $((wasm_raw + glue_raw)) "$total_gz" "$BUDGET"
if [ "$total_gz" -gt "$BUDGET" ]; then
  echo "build-wasm: OVER BUDGET: wasm + glue are $total_gz bytes gzip, over the $BUDGET byte budget" >&2
  exit 3  # distinct from a failed build (1), so the caller can tell the two apart
fi
awk -v b="$total_gz" 'BEGIN { printf "build-wasm: ok, %.1f KB gzip of the 250 KB budget\n", b / 1024 }'
