#!/usr/bin/env bash
# Wasm size cost (gzip -9 bytes) of the language layer's candidate dependencies, each measured
# alone in a scratch cdylib crate that keeps all of it reachable (every stemming algorithm
# chosen at run time; whatlang's full detector), against an empty baseline crate.
#
#     bash eval/text/dep_size.sh
#
# Needs the wasm32-unknown-unknown target. Prints one table row per crate.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CARGO_TARGET_DIR="$tmp/target"
mk() { # name, dependency line, body
  mkdir -p "$tmp/$1/src"
  cat > "$tmp/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2021"
[lib]
crate-type = ["cdylib"]
[dependencies]
$2
[profile.release]
opt-level = "s"
lto = true
codegen-units = 1
panic = "abort"
TOML
  printf '%s\n' "$3" > "$tmp/$1/src/lib.rs"
}
mk baseline "" '
#[no_mangle] pub extern "C" fn run(p: *const u8, n: usize) -> usize { let s = unsafe { core::slice::from_raw_parts(p, n) }; s.iter().map(|&b| b as usize).sum() }'
mk stemmers 'rust-stemmers = "1.2"' '
use rust_stemmers::{Algorithm::*, Stemmer};
#[no_mangle] pub extern "C" fn run(p: *const u8, n: usize, k: usize) -> usize {
  let s = unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(p, n)) };
  let a = [Arabic, Danish, Dutch, English, Finnish, French, German, Greek, Hungarian, Italian, Norwegian, Portuguese, Romanian, Russian, Spanish, Swedish, Tamil, Turkish][k % 18];
  Stemmer::create(a).stem(s).len() }'
mk whatlang 'whatlang = "0.16"' '
#[no_mangle] pub extern "C" fn run(p: *const u8, n: usize) -> usize {
  let s = unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(p, n)) };
  whatlang::detect(s).map(|i| i.lang() as usize).unwrap_or(0) }'
printf '| crate | wasm bytes | gzip -9 bytes | gzip over baseline |\n|---|---|---|---|\n'
base=0
for c in baseline stemmers whatlang; do
  (cd "$tmp/$c" && cargo build --quiet --release --target wasm32-unknown-unknown)
  w="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/$c.wasm"
  raw=$(wc -c < "$w"); gz=$(gzip -9 -c "$w" | wc -c)
  [ "$c" = baseline ] && base=$gz
  printf '| %s | %s | %s | %s |\n' "$c" "$raw" "$gz" "$((gz - base))"
done
