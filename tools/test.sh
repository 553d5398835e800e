#!/usr/bin/env bash
# Every test of Nutshell, on a fresh machine too: installs what is missing (tools/install.sh),
# then runs, in order:
#   0. the module graph of src/: no import cycle outside tools/module-cycles.allow
#      (tools/module-graph.py --check, which prints every module's imports), and the format
#      gates: `cargo fmt --check` (rustfmt.toml), and Prettier --check and ESLint on the JS of
#      www/ (www/.prettierrc.json, www/eslint.config.js)
#   1. native `cargo test` (unit tests beside the code, integration tests in tests/), then
#      `cargo clippy --all-targets -D warnings` (allowed lints: Cargo.toml [lints.clippy]), then
#      `cargo deny` on the dependencies' licences, bans and sources, offline (deny.toml)
#   2. the CLI contract: cargo build --release + ../shared/contract/check_cli.py (skipped with a
#      message when ../shared is absent; NUTSHELL_SHARED=DIR points elsewhere)
#   3. the Spark job on 10,000 generated articles in local mode, against the CLI itself
#      (tools/spark/test.sh; Java 17+ and pyspark are installed by tools/install.sh)
#   4. the wasm build with its size budget (tools/build-wasm.sh: fails over 250 KB gzip)
#   5. wasm-bindgen-test in headless Chromium, then in headless Firefox (every tests/wasm*.rs)
#   6. end-to-end browser tests (every www/tests/*.test.mjs, node --test): each in Chromium
#      (Playwright), Firefox and WebKit (WebDriver) as its APIs allow (www/tests/lib/harness.mjs)
# and prints how long each step and the whole run took. `.ci/run` calls exactly this.
# NUTSHELL_BROWSERS=chromium (or firefox, webkit, a comma list) narrows step 6 while iterating.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
t0=$(date +%s)
timings=()
step() { echo; echo "==== $*"; step_start=$(date +%s); }
done_step() { timings+=("$(printf '%-44s %5ss' "$1" $(( $(date +%s) - step_start )))"); }

step "install what is missing"
tools/install.sh
done_step "install"

# A full run writes about 3 GB (target/, node_modules, browser profiles). Say so plainly before
# a build dies of "No space left on device" half-way through.
free_kb=$(df -Pk . | awk 'NR==2 {print $4}')
echo "disk: $((free_kb / 1024 / 1024)) GB free where the build writes ($(pwd))"
if [ "$free_kb" -lt $((4 * 1024 * 1024)) ]; then
  echo "test.sh: WARNING: less than 4 GB free; a full run writes about 3 GB (target/ is 2 GB)" >&2
fi

step "module graph: imports run one way (tools/module-graph.py)"
python3 tools/module-graph.py --check
done_step "module graph"

step "format: cargo fmt --check (rustfmt.toml)"
# Run `cargo fmt` to fix. Generated tables are skipped (#[rustfmt::skip] where they are declared).
cargo fmt --check
done_step "cargo fmt --check"

step "JS format and lint: prettier --check, eslint (www/)"
# Run `npx prettier --write .` in www/ to fix the format; ESLint's recommended rules otherwise.
(cd www && npx --no-install prettier --check . && npx --no-install eslint .)
done_step "prettier + eslint"

step "native cargo test"
cargo test
done_step "cargo test (native)"

step "lints: cargo clippy --all-targets -D warnings"
# Allowed lints are listed, with their reasons, in Cargo.toml's [lints.clippy] or at the item.
cargo clippy --all-targets -- -D warnings
done_step "cargo clippy"

step "licences and bans of the dependencies (cargo deny, offline)"
# deny.toml; advisories need the network, so they are not checked here (SECURITY.md).
# tools/install.sh installs cargo-deny, so it is never skipped.
cargo deny --offline check licenses bans sources
done_step "cargo deny (licences, bans, sources)"

step "CLI contract"
cargo build --release
shared="${NUTSHELL_SHARED:-$root/../shared}"
if [ -f "$shared/contract/check_cli.py" ]; then
  python3 "$shared/contract/check_cli.py" target/release/nutshell
else
  echo "SKIP: $shared/contract/check_cli.py is absent; the CLI contract check did not run"
fi
done_step "cargo build --release + CLI contract"

step "Spark job: 10,000 articles in local mode (loopback)"
tools/spark/test.sh --binary target/release/nutshell
done_step "Spark job (tools/spark/test.sh)"

step "wasm build and size budget"
# A failed build, or wasm + glue over the 250 KB gzip budget (exit 3), stops the run.
tools/build-wasm.sh
done_step "wasm build + size check"

shopt -s nullglob
wasm_tests=()
for f in tests/wasm*.rs; do wasm_tests+=(--test "$(basename "$f" .rs)"); done
# webdriver.json (crate root) gives Chromium its headless, sandbox-free, offline flags, and
# Firefox its binary (Debian's firefox-esr) and offline preferences.
for driver in CHROMEDRIVER=/usr/bin/chromedriver "GECKODRIVER=${CARGO_HOME:-$HOME/.cargo}/bin/geckodriver"; do
  name=Chromium; [ "${driver%%=*}" = GECKODRIVER ] && name=Firefox
  step "wasm-bindgen-test in headless $name"
  if [ ${#wasm_tests[@]} -eq 0 ]; then
    echo "no tests/wasm*.rs"
  else
    env "$driver" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    WASM_BINDGEN_TEST_TIMEOUT=300 \
      cargo test --release --target wasm32-unknown-unknown "${wasm_tests[@]}"
  fi
  done_step "wasm-bindgen-test ($name)"
done

step "end-to-end browser tests (Chromium, Firefox, WebKit)"
e2e=(www/tests/*.test.mjs)
if [ ${#e2e[@]} -eq 0 ]; then
  echo "no www/tests/*.test.mjs"
else
  node --test --test-concurrency=1 "${e2e[@]}"
fi
done_step "end-to-end (all browsers)"

echo
echo "==== timings"
printf '%s\n' "${timings[@]}"
total=$(( $(date +%s) - t0 ))
printf 'all tests passed in %dm%02ds (%ds wall time)\n' $((total / 60)) $((total % 60)) "$total"
