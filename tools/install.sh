#!/usr/bin/env bash
# Install whatever this machine lacks to build and test Nutshell, and nothing it already has:
#   - the Rust target wasm32-unknown-unknown and the clippy and rustfmt components (rustup)
#   - wasm-bindgen-cli at the crate's exact wasm-bindgen version (cargo install)
#   - cargo-deny, pinned (cargo install; about 270 CPU-seconds of compiling, 2-3 min on 2 cores),
#     for the offline licence and ban check of tools/test.sh
#   - npm packages of www/ from the committed package-lock.json (npm ci): binaryen (wasm-opt), esbuild (the glue),
#     playwright-core, selenium-webdriver, webpack, web-ext, ...
#   - unless --no-browser, the browsers the tests drive, from Debian (apt): Chromium and
#     ChromeDriver; Firefox ESR; WebKitGTK's WebKitWebDriver (it drives MiniBrowser) and Xvfb
#     (MiniBrowser has no headless mode); and geckodriver from crates.io (cargo install)
#   - for the Spark job's test: Java 17+ (Debian's openjdk-17-jre-headless) and pyspark, pinned,
#     from PyPI into its own venv (tools/spark/install.sh)
# Never downloads a browser or a toolchain from anywhere else. With everything present it only
# checks (a few seconds).
set -euo pipefail
cd "$(dirname "$0")/.."

browser=1
[ "${1:-}" = "--no-browser" ] && browser=0

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -q
    apt_updated=1
  fi
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "install: rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo clippy --version >/dev/null 2>&1; then
  echo "install: rustup component add clippy"
  rustup component add clippy
fi

if ! cargo fmt --version >/dev/null 2>&1; then
  echo "install: rustup component add rustfmt"
  rustup component add rustfmt
fi

want=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$want" != "$have" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
  echo "install: wasm-bindgen-cli $want (found: ${have:-none})"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# cargo-deny: the version deny.toml was written for (its `[graph]` table needs 0.16 or later).
CARGO_DENY_VERSION=0.20.2
if [ "$(cargo deny --version 2>/dev/null | awk '{print $2}')" != "$CARGO_DENY_VERSION" ]; then
  echo "install: cargo-deny $CARGO_DENY_VERSION (cargo install)"
  cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked --force
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "install: nodejs and npm from Debian"
  apt_install nodejs npm
fi
if [ ! -d www/node_modules ] || [ www/package-lock.json -nt www/node_modules/.package-lock.json ]; then
  echo "install: npm ci in www/"
  (cd www && npm ci --no-audit --no-fund)
fi

if [ ! -x /usr/bin/time ]; then
  echo "install: time from Debian (peak memory in tests/hostile_cli.rs)"
  apt_install time
fi

# geckodriver: the version whose WebDriver the tests were written against.
GECKODRIVER_VERSION=0.37.1
if [ "$browser" -eq 1 ]; then
  pkgs=()
  [ -x /usr/bin/chromium ] || pkgs+=(chromium)
  [ -x /usr/bin/chromedriver ] || pkgs+=(chromium-driver)
  [ -x /usr/bin/firefox-esr ] || pkgs+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || pkgs+=(webkit2gtk-driver)
  [ -x /usr/bin/Xvfb ] || pkgs+=(xvfb)
  if [ ${#pkgs[@]} -gt 0 ]; then
    echo "install: ${pkgs[*]} from Debian"
    apt_install "${pkgs[@]}"
  fi
  gd="${CARGO_HOME:-$HOME/.cargo}/bin/geckodriver"
  if [ "$("$gd" --version 2>/dev/null | awk 'NR==1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    echo "install: geckodriver $GECKODRIVER_VERSION (cargo install)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
  fi
fi
tools/spark/install.sh
echo "install: ok (wasm32 target, wasm-bindgen-cli $want, cargo-deny $CARGO_DENY_VERSION, npm packages$([ "$browser" -eq 1 ] && echo ", chromium, firefox-esr, webkit2gtk-driver, xvfb, geckodriver $GECKODRIVER_VERSION"))"
