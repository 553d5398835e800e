#!/usr/bin/env bash
# Build everything and serve the demo on http://127.0.0.1:8080 with the sample article loaded.
# Installs what the build lacks first (wasm32 target, wasm-bindgen-cli, npm packages).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install.sh --no-browser
tools/build-wasm.sh
cargo build --release
exec python3 tools/serve.py "${PORT:-8080}"
