#!/usr/bin/env bash
# Regenerate BENCHMARKS.md's speed section (issue 20): Nutshell against its peers, every ratio
# measured in this one run, with the machine and the date. The Spark section is kept as it is.
#
#   tools/bench.sh                 the full run (2,000 news articles, 283 pages, Chromium and
#                                  Firefox; about 20 to 40 minutes on the shared machine)
#   tools/bench.sh --quick         a smoke run (50 articles, 1 pass, 8 pages, Chromium), written
#                                  to target/bench/BENCHMARKS.md, not to BENCHMARKS.md
#   NUTSHELL_BENCH_BROWSERS=chromium tools/bench.sh     browsers to run (default chromium,firefox)
#   NUTSHELL_BENCH_ARTICLES=1000 NUTSHELL_BENCH_REPS=2 NUTSHELL_BENCH_BROWSER_REPS=3 \
#   NUTSHELL_BENCH_PAGES=40 tools/bench.sh     a shorter run (pages: the first N of each page list)
#
# Needs: the Rust toolchain, tools/install.sh's wasm tools and browsers, eval/extract and eval/time
# npm packages (npm ci; Readability.js and chrono-node), Python 3 (sumy and trafilatura are
# pip-installed at pinned versions when missing), and ../shared/data (absent: exits 2).
# Intermediate JSON goes to target/bench/ (tools/bench/report.py turns it into the tables).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/bench
ARTICLES="${NUTSHELL_BENCH_ARTICLES:-2000}" REPS="${NUTSHELL_BENCH_REPS:-3}" PY_REPS=1
BROWSER_REPS="${NUTSHELL_BENCH_BROWSER_REPS:-5}" PAGES="${NUTSHELL_BENCH_PAGES:-100000}" DEST=BENCHMARKS.md
BROWSERS="${NUTSHELL_BENCH_BROWSERS:-chromium,firefox}"
if [ "${1:-}" = "--quick" ]; then
  ARTICLES=50 REPS=1 BROWSER_REPS=1 PAGES=8 DEST=$OUT/BENCHMARKS.md BROWSERS=chromium
  cp BENCHMARKS.md "$DEST" 2>/dev/null || true
fi
mkdir -p "$OUT"
rm -f "$OUT"/*.json

for d in eval/extract eval/time; do
  [ -d "$d/node_modules" ] || (cd "$d" && npm ci --silent)
done
echo "== build: native (release) and the benchmark wasm"
cargo build --release --quiet --bin nutshell --example pipeline_bench
tools/build-wasm.sh --bench > "$OUT/build-wasm.log"
echo "== input"
python3 tools/bench/data.py "$OUT/in" "$ARTICLES"
if [ "$PAGES" -lt 1000 ]; then
  head -n "$PAGES" "$OUT/in/pages.jsonl" > "$OUT/in/pages.tmp" && mv "$OUT/in/pages.tmp" "$OUT/in/pages.jsonl"
fi

python3 - "$OUT/meta.json" <<'PY'
import json, os, platform, subprocess, sys, datetime
run = lambda *a: subprocess.run(a, capture_output=True, text=True).stdout.strip()
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
json.dump({
    "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    "commit": run("git", "rev-parse", "--short", "HEAD"),
    "dirty": bool(run("git", "status", "--porcelain", "--untracked-files=no", "--", "src", "Cargo.toml", "examples", "www/bench", "tools/bench")),
    "cpu": f"{platform.machine()} {cpu}", "cores": os.cpu_count(),
    "load_start": open("/proc/loadavg").read().split()[0],
    "rustc": run("rustc", "--version").split(" (")[0], "node": run("node", "--version"),
    "python": "Python " + platform.python_version(),
}, open(sys.argv[1], "w"))
PY

bench=target/release/examples/pipeline_bench
echo "== native: pipeline stages and UAX #29 on news ($ARTICLES articles)"
"$bench" throughput "$REPS" < "$OUT/in/news.jsonl" > "$OUT/native-news.json"
echo "== native: pages (read, extraction)"
"$bench" throughput "$REPS" < "$OUT/in/pages.jsonl" > "$OUT/native-pages.json"
echo "== native: scaling"
"$bench" scaling "$REPS" < "$OUT/in/news.jsonl" > "$OUT/scaling.json"
echo "== peers: chrono-node (node), sumy, trafilatura (Python)"
target/release/nutshell --batch < "$OUT/in/news.jsonl" > "$OUT/news-analyses.jsonl"
node tools/bench/chrono.mjs "$REPS" < "$OUT/news-analyses.jsonl" > "$OUT/chrono.json"
python3 tools/bench/peers.py sumy "$OUT/news-analyses.jsonl" "$PY_REPS" > "$OUT/sumy.json"
python3 tools/bench/peers.py trafilatura "$OUT/in/pages.jsonl" "$PY_REPS" > "$OUT/trafilatura.json"
echo "== browsers: $BROWSERS"
node www/bench/browser.mjs --browsers "$BROWSERS" --reps "$BROWSER_REPS" --pages "$PAGES" --json "$OUT/browser.json" > "$OUT/browser.log" ||
  echo "bench: a browser failed (target/bench/browser.log); its tables are left out" >&2

python3 - "$OUT/meta.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1])); m["load_end"] = open("/proc/loadavg").read().split()[0]
json.dump(m, open(sys.argv[1], "w"))
PY
python3 tools/bench/report.py "$OUT" "$DEST"
echo "bench: wrote $DEST"
