#!/usr/bin/env bash
# tuike-calc developer entry point. Two commands, both idempotent:
#   ./dev.sh serve   install what is missing, build, serve on http://127.0.0.1:8080
#   ./dev.sh test    install what is missing (plus Chromium), run every check and test
# Other sub-commands (used by the two above, handy on their own): setup, dist.
#   ./dev.sh post-build   run by Trunk after each build (Trunk.toml): stamps the service worker
#   ./dev.sh bench   on demand, not in CI: model, page and load benchmarks (BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
AXE_VERSION=4.14.1
TERSER_VERSION=5.36.0
TOOLS="$ROOT/.tools"
export PATH="$TOOLS/binaryen/node_modules/.bin:$TOOLS/terser/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

APT_UPDATED=0
apt_install() { # apt_install pkg... : install the Debian packages that are missing
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! is_root; then
    die "missing Debian packages: ${missing[*]} — install them with: sudo apt-get install -y ${missing[*]}"
  fi
  say "installing Debian packages: ${missing[*]}"
  if [ "$APT_UPDATED" = 0 ]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

wasm_bindgen_version() { # the exact wasm-bindgen version Cargo.lock pins
  [ -f Cargo.lock ] || cargo generate-lockfile
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

setup_build() {
  command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (https://rustup.rs) first"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (a few minutes, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  local wbg
  wbg=$(wasm_bindgen_version)
  [ -n "$wbg" ] || die "cannot read the wasm-bindgen version from Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ] ||
     ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $wbg (its own lockfile is not usable here, so no --locked)"
    cargo install wasm-bindgen-cli --version "$wbg" --force
  fi
  if [ ! -x "$TOOLS/binaryen/node_modules/.bin/wasm-opt" ]; then
    command -v npm >/dev/null || apt_install nodejs npm
    say "installing wasm-opt (binaryen $BINARYEN_VERSION from npm) into .tools/"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/binaryen" "binaryen@$BINARYEN_VERSION" >/dev/null
  fi
  if [ ! -x "$TOOLS/terser/node_modules/.bin/terser" ]; then
    command -v npm >/dev/null || apt_install nodejs npm
    say "installing terser $TERSER_VERSION from npm into .tools/ (minifies wasm-bindgen's JS)"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/terser" "terser@$TERSER_VERSION" >/dev/null
  fi
}

setup_test() {
  setup_build
  # Chromium + its driver for browser and end-to-end tests; a CJK font, or every Chinese
  # character is an empty box in headless screenshots.
  apt_install chromium chromium-driver fonts-wqy-microhei
  # axe-core (accessibility rules), injected into the page by tests/e2e_robust.rs.
  if [ ! -f "$TOOLS/axe/node_modules/axe-core/axe.min.js" ]; then
    command -v npm >/dev/null || apt_install nodejs npm
    say "installing axe-core $AXE_VERSION from npm into .tools/"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/axe" "axe-core@$AXE_VERSION" >/dev/null
  fi
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
}

build_dist() {
  say "building the release bundle into dist/"
  trunk build --release --minify --dist dist
}

# wasm-bindgen's JS glue, minified with terser (Trunk's own minifier stops at its
# `export { … as default }` and leaves it whole: 9.0 KB gzipped instead of 7.1 KB), and its
# subresource-integrity hash in index.html updated to match.
minify_glue() {
  local stage=$1 js
  command -v terser >/dev/null || die "terser is missing: run ./dev.sh setup"
  for js in "$stage"/tuike-calc-*.js; do
    terser "$js" --module --compress --mangle --output "$js.min"
    mv "$js.min" "$js"
    node -e '
      const fs = require("fs"), crypto = require("crypto"), path = require("path");
      const [js, html] = process.argv.slice(1);
      const sri = "sha384-" + crypto.createHash("sha384").update(fs.readFileSync(js)).digest("base64");
      const name = path.basename(js).replace(/[.]/g, "[.]");
      const re = new RegExp("(href=[\"]?[.]/" + name + "[\"]?[^>]*?integrity=[\"]?)sha384-[A-Za-z0-9+/=]+");
      const text = fs.readFileSync(html, "utf8");
      if (!re.test(text)) { console.error("no integrity attribute for " + js); process.exit(1); }
      fs.writeFileSync(html, text.replace(re, "$1" + sri));
    ' "$js" "$stage/index.html"
  done
}

# The page rendered at build time (issue 23): the same app built natively with Yew's server
# renderer (feature `prerender`, src/bin/prerender.rs) writes the default scenario's first screen
# into the staged index.html and the headline chart's picture into prerender.css, so a phone
# shows the answer before the wasm has arrived. Built from the same sources in the same build.
prerender() {
  local stage=$1
  cargo build --quiet --release --features prerender --bin prerender
  target/release/prerender "$stage"
}

# Trunk's post_build hook (Trunk.toml): write into the service worker the list of every file of
# this release (it precaches them all at install) and its version (a hash of the built files), so
# every release gets its own offline cache and replaces the old one.
cmd_post_build() {
  local stage=${TRUNK_STAGING_DIR:?run by trunk}
  local v files
  minify_glue "$stage"
  prerender "$stage"
  v=$(cat "$stage"/*.wasm "$stage"/*.js "$stage"/*.css | sha256sum | cut -c1-16)
  files=$(cd "$stage" && find . -type f ! -name sw.js ! -name index.html | sort |
    sed 's|^\./||; s|.*|"./&"|' | paste -sd, -)
  sed -i "s/__BUILD_VERSION__/$v/; s|__PRECACHE__|[$files]|" "$stage/sw.js"
}

cmd_serve() {
  setup_build
  say "tuike-calc: serving on http://127.0.0.1:8080/ (Ctrl-C stops)"
  echo "http://127.0.0.1:8080/"
  exec trunk serve --release --address 127.0.0.1 --port 8080 --dist dist
}

cmd_test() {
  setup_test
  export CHROMEDRIVER=/usr/bin/chromedriver
  say "format"
  cargo fmt --all --check
  say "clippy (native)"
  cargo clippy --all-targets -- -D warnings
  say "clippy (wasm32, with the browser tests)"
  cargo clippy --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings
  say "clippy (the build-time render: the app natively with Yew's server renderer)"
  cargo clippy --features prerender --lib --bin prerender --test prerender -- -D warnings
  build_dist
  say "size budget"
  bash .ci/size-budget dist
  say "browser tests (wasm-bindgen-test in headless Chromium)"
  cargo test --target wasm32-unknown-unknown --test web
  say "the page rendered at build time (tests/prerender.rs, with the server renderer)"
  cargo test --features prerender --test prerender
  say "试过再算's calibration checks (release: hundreds of synthetic persons, tests/trial.rs)"
  cargo test --release --test trial
  say "native tests: model, pure logic and end-to-end (headless Chromium against dist/)"
  # (the page benchmark is on demand: ./dev.sh bench; the calibration checks ran above)
  cargo test --no-fail-fast -- --include-ignored --skip bench_page --skip simulation_based_calibration
}

cmd_bench() { # on demand, not in CI: figures for BENCHMARKS.md
  setup_test
  export CHROMEDRIVER=/usr/bin/chromedriver
  build_dist
  # The same page plus the wasm export the Monte Carlo ratio needs (feature `bench`).
  say "building the page with the benchmark export into target/bench-dist/"
  trunk build --release --minify --features bench --dist target/bench-dist
  export TUIKE_BENCH_DIST="$ROOT/target/bench-dist"
  say "building the load-time baseline (bare Yew + plotters) into target/baseline-dist/"
  bash benches/build-baseline.sh
  mkdir -p target
  say "model, native (criterion)"
  cargo bench --bench model 2>&1 | tee target/bench-model.txt
  say "page, headless Chromium (tests/e2e_bench.rs)"
  cargo test --release --test e2e_bench -- --ignored --nocapture 2>&1 | tee target/bench-page.txt
  say "summary"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  cores: $(nproc)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "browser: $(chromium --version 2>/dev/null | head -1)"
  grep -E '^[a-z_]+/[a-z0-9_]+|time:|thrpt:' target/bench-model.txt || true
  grep '^BENCH' target/bench-page.txt
}

case "${1:-}" in
  serve) cmd_serve ;;
  test) cmd_test ;;
  setup) setup_test ;;
  dist) setup_build; build_dist ;;
  post-build) cmd_post_build ;;
  bench) cmd_bench ;;
  *) echo "usage: $0 serve|test|setup|dist|bench|post-build" >&2; exit 2 ;;
esac
