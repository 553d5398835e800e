#!/usr/bin/env bash
# The Analysis of every dev article and page (SummEval, Newsroom, 300 BBC articles, the pasted
# cases, TempEval-3 TimeBank + AQUAINT with their DCT, both extraction page sets as HTML),
# written by the release CLI as sorted, stable JSON Lines, one file per set; and a diff of that
# output against another commit's. Sets whose data is absent are skipped with a message.
#
#   tools/golden.sh [DIR]                 build the release CLI, write the Analysis to DIR
#                                         (default target/golden/work)
#   tools/golden.sh diff COMMIT [--show N]
#                                         the same for the working tree, and for COMMIT (built
#                                         in a temporary worktree with its own target dir,
#                                         target/golden/target; its output cached in
#                                         target/golden/<commit id>/), then per set the count
#                                         of changed records and the first differences.
#                                         Exit 1 when anything differs.
#
# The data is read from ../shared/data (NUTSHELL_SHARED=DIR for another place); see
# tools/golden.py for the sets and the options each is run with.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
GOLDEN="$root/target/golden"

write_current() {
  local out="$1"
  echo "== cargo build --release (working tree)"
  cargo build --release --quiet --bin nutshell
  python3 tools/golden.py write --cli target/release/nutshell --out "$out"
}

if [ "${1:-}" != "diff" ]; then
  write_current "${1:-$GOLDEN/work}"
  exit 0
fi

shift
commit="${1:?usage: tools/golden.sh diff COMMIT [--show N]}"
shift
sha=$(git rev-parse --verify "$commit^{commit}")
base="$GOLDEN/$sha"
mkdir -p "$GOLDEN"

if python3 tools/golden.py stamp "$base"; then
  echo "== $commit ($sha): cached output in $base"
else
  tree=$(mktemp -d "${TMPDIR:-/tmp}/nutshell-golden-XXXXXX")
  cleanup() { git worktree remove --force "$tree" >/dev/null 2>&1 || rm -rf "$tree"; git worktree prune; }
  trap cleanup EXIT
  echo "== $commit ($sha): building in a temporary worktree ($tree)"
  git worktree add --quiet --detach "$tree" "$sha"
  (cd "$tree" && CARGO_TARGET_DIR="$GOLDEN/target" cargo build --release --quiet --bin nutshell)
  # This tree's golden.py reads the data, so both sides see the same inputs.
  python3 tools/golden.py write --cli "$GOLDEN/target/release/nutshell" --out "$base"
  cleanup
  trap - EXIT
fi

write_current "$GOLDEN/work"
python3 tools/golden.py diff "$base" "$GOLDEN/work" "$@"
