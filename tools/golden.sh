#!/usr/bin/env bash
# The Analysis of every dev article and page (SummEval, Newsroom, 300 BBC articles, the pasted
# cases, TempEval-3 TimeBank + AQUAINT with their DCT, both extraction page sets as HTML),
# written as sorted, stable JSON Lines, one file per set; and a diff of that output against
# another commit's. Sets whose data is absent are skipped with a message.
#
#   tools/golden.sh [--wasm] [DIR]        write the working tree's Analysis to DIR (default
#                                         target/golden/work, or work-wasm)
#   tools/golden.sh diff COMMIT [--wasm] [--show N]
#                                         the same for the working tree and for COMMIT (built
#                                         in a temporary worktree with its own target dir under
#                                         target/golden/; its output cached in
#                                         target/golden/<commit id>[-wasm]/), then per set the
#                                         count of changed records and the first differences.
#                                         Exit 1 when anything differs.
#
# Native (default): the release CLI's `--batch` (about 15 s of CLI time for all sets).
# --wasm: the WebAssembly build (tools/build-wasm.sh) through the JS `analyze` in node, pages
# as HTML through jsdom's DOMParser (tools/golden_wasm.mjs; needs (cd eval/extract && npm ci));
# for changes that only the wasm build sees (build flags, wasm-opt passes, the JS boundary).
# A few minutes: jsdom is slow on the pages.
#
# The data is read from ../shared/data (NUTSHELL_SHARED=DIR for another place); see
# tools/golden.py for the sets and the options each is run with.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
GOLDEN="$root/target/golden"

mode=write
wasm=0
commit=
rest=()
out=
while [ $# -gt 0 ]; do
  case "$1" in
    diff) mode=diff; commit="${2:?usage: tools/golden.sh diff COMMIT [--wasm] [--show N]}"; shift ;;
    --wasm) wasm=1 ;;
    --show) rest+=(--show "${2:?--show needs a number}"); shift ;;
    *) out="$1" ;;
  esac
  shift
done
suffix=$([ "$wasm" -eq 1 ] && echo "-wasm" || true)

# write_with TREE OUT: the Analysis of the build in TREE (its target dir already set up)
build_native() {  # TREE TARGET_DIR
  (cd "$1" && CARGO_TARGET_DIR="$2" cargo build --release --quiet --bin nutshell)
}
build_wasm() {  # TREE: its own tools/build-wasm.sh; over the budget (exit 3) still gives www/pkg
  local rc=0
  (cd "$1" && tools/build-wasm.sh >/dev/null) || rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
    echo "golden: the wasm build in $1 failed ($rc)" >&2
    exit 1
  fi
}
write_out() {  # TREE TARGET_DIR OUT
  if [ "$wasm" -eq 1 ]; then
    python3 tools/golden.py inputs --out "$GOLDEN/inputs" >/dev/null
    node tools/golden_wasm.mjs "$1/www/pkg" "$GOLDEN/inputs" "$3"
    python3 tools/golden.py mark "$3"
  else
    python3 tools/golden.py write --cli "$2/release/nutshell" --out "$3"
  fi
}
current() {  # OUT
  echo "== working tree ($([ "$wasm" -eq 1 ] && echo "tools/build-wasm.sh" || echo "cargo build --release"))"
  if [ "$wasm" -eq 1 ]; then build_wasm "$root"; else build_native "$root" "$root/target"; fi
  write_out "$root" "$root/target" "$1"
}

mkdir -p "$GOLDEN"
if [ "$mode" = write ]; then
  current "${out:-$GOLDEN/work$suffix}"
  exit 0
fi

sha=$(git rev-parse --verify "$commit^{commit}")
base="$GOLDEN/$sha$suffix"
if python3 tools/golden.py stamp "$base"; then
  echo "== $commit ($sha): cached output in $base"
else
  tree=$(mktemp -d "${TMPDIR:-/tmp}/nutshell-golden-XXXXXX")
  cleanup() { git worktree remove --force "$tree" >/dev/null 2>&1 || rm -rf "$tree"; git worktree prune; }
  trap cleanup EXIT
  echo "== $commit ($sha): building in a temporary worktree ($tree)"
  git worktree add --quiet --detach "$tree" "$sha"
  if [ "$wasm" -eq 1 ]; then
    # Its own target dir, kept between runs; the npm tools (wasm-opt) of this tree.
    mkdir -p "$GOLDEN/target-wasm"
    ln -s "$GOLDEN/target-wasm" "$tree/target"
    ln -s "$root/www/node_modules" "$tree/www/node_modules"
    build_wasm "$tree"
  else
    build_native "$tree" "$GOLDEN/target"
  fi
  # This tree's scripts read the data and run the build, so both sides see the same inputs.
  write_out "$tree" "$GOLDEN/target" "$base"
  cleanup
  trap - EXIT
fi

current "$GOLDEN/work$suffix"
python3 tools/golden.py diff "$base" "$GOLDEN/work$suffix" "${rest[@]}"
