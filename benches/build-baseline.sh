#!/usr/bin/env bash
# Build the load-time baseline (benches/baseline: bare Yew + plotters) into target/baseline-dist/,
# with the app's Cargo.lock so both use the same crate versions. Used by `./dev.sh bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export PATH="$ROOT/.tools/binaryen/node_modules/.bin:$HOME/.cargo/bin:$PATH"
src="$ROOT/target/baseline-src"
rm -rf "$src"
mkdir -p "$src"
cp -r benches/baseline/. "$src/"
cp Cargo.lock "$src/Cargo.lock"
cd "$src"
CARGO_TARGET_DIR="$ROOT/target/baseline" trunk build --release --dist "$ROOT/target/baseline-dist"
