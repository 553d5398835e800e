#!/usr/bin/env bash
# Wasm throughput of sentence segmentation and tokenization (MB/s), in node.
#     bash eval/text/wasm_bench.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/nutshell-text-wasm-bench}
cargo build --quiet --release --target wasm32-unknown-unknown --manifest-path "$here/wasm_bench/Cargo.toml"
node "$here/wasm_bench.mjs" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/text_wasm_bench.wasm"
