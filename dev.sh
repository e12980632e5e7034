#!/usr/bin/env bash
# tuike-calc developer entry point. Two commands, both idempotent:
#   ./dev.sh serve   install what is missing, build, serve on http://127.0.0.1:8080
#   ./dev.sh test    install what is missing (plus Chromium), run every check and test
# Other sub-commands (used by the two above, handy on their own): setup, dist.
#   ./dev.sh post-build   run by Trunk after each build (Trunk.toml): stamps the service worker
#   ./dev.sh bench   on demand, not in CI: model, page and load benchmarks (BENCHMARKS.md)
#   ./dev.sh fuzz [SECONDS] [TARGET...]   on demand: coverage-guided fuzzing (cargo fuzz, nightly),
#                    each target (default: all) for SECONDS (default 60), one after another
#   ./dev.sh mutants [SHARD...]   on demand: mutation testing (cargo-mutants), TESTING.md
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
  say "load, Lighthouse $(grep -m1 -o 'LH_VERSION=[0-9.]*' benches/lighthouse.sh | cut -d= -f2) mobile, three pages served gzipped (benches/lighthouse.sh)"
  bash benches/lighthouse.sh 2>&1 | tee target/bench-lighthouse.txt
  say "summary"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  cores: $(nproc)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "browser: $(chromium --version 2>/dev/null | head -1)"
  grep -E '^[a-z_]+/[a-z0-9_]+|time:|thrpt:' target/bench-model.txt || true
  grep -h '^BENCH' target/bench-page.txt target/bench-lighthouse.txt
}

# Coverage-guided fuzzing (TESTING.md). libFuzzer needs a nightly compiler: installed here when
# missing (never updated: an installed nightly is used as it is), with cargo-fuzz. The targets and
# their invariants are `fuzz/fuzz_targets/*.rs` over `tests/invariants/`; the corpora they grow
# stay in `fuzz/corpus/` (minimise them with `cargo +nightly fuzz cmin TARGET` before a commit),
# and `cargo test --test fuzz_corpus` replays every file on the stable toolchain.
FUZZ_TARGETS=(number link json import reducer)
setup_fuzz() {
  command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (https://rustup.rs) first"
  if ! rustup toolchain list | grep -q '^nightly-'; then
    say "installing the nightly toolchain (cargo fuzz needs it; minimal profile)"
    rustup toolchain install nightly --profile minimal
  fi
  if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz (a few minutes, once)"
    cargo install --locked cargo-fuzz
  fi
}

cmd_fuzz() { # fuzz [SECONDS] [TARGET...]
  local secs=${1:-60} t
  [[ "$secs" =~ ^[0-9]+$ ]] || die "usage: $0 fuzz [SECONDS] [TARGET...]"
  shift || true
  local targets=("$@")
  [ ${#targets[@]} -gt 0 ] || targets=("${FUZZ_TARGETS[@]}")
  setup_fuzz
  for t in "${targets[@]}"; do
    say "fuzzing $t for ${secs}s (corpus fuzz/corpus/$t; a crash lands in fuzz/artifacts/$t)"
    # No address sanitizer: the crate has no `unsafe` outside the wasm allocator, so it would
    # only halve the executions. Debug assertions and overflow checks stay on (cargo fuzz's
    # default). The fixed crashes in regressions/ seed the run too.
    local dirs=("corpus/$t")
    [ -d "fuzz/regressions/$t" ] && dirs+=("regressions/$t")
    mkdir -p "fuzz/corpus/$t"
    (cd fuzz && cargo +nightly fuzz run --sanitizer none "$t" "${dirs[@]}" -- \
      -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1)
  done
}

# Mutation testing (TESTING.md): cargo-mutants over the pure modules, each shard on the native
# tests that exercise it (debug, the `mutants` profile: no debug info), so one run takes at most
# about 90 minutes here on 2 shared cores; split a shard further with `SHARD/N` (e.g. `sim 2/5`).
# The calibration's simulation-based check (tests/trial.rs) runs in release in `./dev.sh test`
# and takes minutes in debug: left out here (its worked check stays in).
setup_mutants() {
  command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (https://rustup.rs) first"
  if ! cargo mutants --version >/dev/null 2>&1; then
    say "installing cargo-mutants (a few minutes, once)"
    cargo install --locked cargo-mutants
  fi
}

# shard name → files mutated; tests run (cargo test arguments).
mutants_shard() { # mutants_shard NAME → sets FILES, TESTS and SKIP (test names left out)
  local model_tests="--lib --test model --test model_props --test trial --test state --test verdict_reasons"
  local share_tests="--lib --test share_link --test share_files --test share_embed --test state_machine --test json --test parsers_fuzz --test fuzz_corpus"
  SKIP=""
  case "$1" in
    # The parser's shard replays only its own corpus, the number target's (the others decide a
    # scenario per input: 25 s a mutant).
    parse) FILES="src/input/parse.rs src/input/words.rs"; TESTS="--lib --test input --test state --test fuzz_corpus"
      SKIP="--skip link_corpus --skip json_corpus --skip import_corpus --skip reducer_corpus" ;;
    url) FILES="src/share/url.rs"; TESTS="$share_tests"
      SKIP="--skip number_corpus --skip json_corpus --skip import_corpus --skip reducer_corpus" ;;
    verdict) FILES="src/model/verdict.rs src/model/reasons.rs"; TESTS="$model_tests" ;;
    engine) FILES="src/model/engine/calibrate.rs src/model/engine/likelihood.rs"; TESTS="$model_tests" ;;
    sim) FILES="src/model/sim/*.rs"; TESTS="$model_tests" ;;
    model-other) FILES="src/model/**/*.rs"; TESTS="$model_tests --test state_machine" ;;
    share-other) FILES="src/share/*.rs"; TESTS="$share_tests" ;;
    state) FILES="src/state/*.rs src/input/mod.rs"; TESTS="--lib --test state --test state_machine --test input --test fuzz_corpus" ;;
    *) die "unknown mutants shard '$1' (parse url verdict engine sim model-other share-other state)" ;;
  esac
}

cmd_mutants() { # mutants [SHARD[/K/N]...]  (default: the five the issue names, in this order)
  local shards=("$@") spec name part args f
  [ ${#shards[@]} -gt 0 ] || shards=(parse url verdict engine sim)
  setup_mutants
  # Every run builds its copy of the tree into one target directory, so dependencies build once.
  export CARGO_TARGET_DIR="$ROOT/target/mutants-build"
  for spec in "${shards[@]}"; do
    name=${spec%%/*}
    part=${spec#"$name"}; part=${part#/}
    mutants_shard "$name"
    args=(--no-shuffle --profile mutants --output "target/mutants-out/$name${part:+-${part/\//of}}" --minimum-test-timeout 60)
    local globs; read -ra globs <<< "$FILES" # no pathname expansion: cargo-mutants reads the globs
    for f in "${globs[@]}"; do args+=(--file "$f"); done
    # The broader shards leave out what the named shards cover.
    if [ "$name" = model-other ]; then
      for f in src/model/verdict.rs src/model/reasons.rs src/model/engine/calibrate.rs src/model/engine/likelihood.rs src/model/sim/*.rs; do args+=(--exclude "$f"); done
    elif [ "$name" = share-other ]; then
      args+=(--exclude src/share/url.rs)
    fi
    [ -n "$part" ] && args+=(--shard "$part")
    mkdir -p "target/mutants-out/$name${part:+-${part/\//of}}"
    say "cargo mutants: $spec (${FILES}) on: $TESTS"
    # The test targets go to every cargo call (the build of each mutant too: only these link).
    local tests; read -ra tests <<< "$TESTS"
    for f in "${tests[@]}"; do args+=("--cargo-arg=$f"); done
    local skip; read -ra skip <<< "$SKIP"
    cargo mutants "${args[@]}" -- -- --skip simulation_based_calibration "${skip[@]}" || true
  done
  say "results: target/mutants-out/*/mutants.out (caught.txt, missed.txt, timeout.txt, unviable.txt)"
}

case "${1:-}" in
  serve) cmd_serve ;;
  test) cmd_test ;;
  setup) setup_test ;;
  dist) setup_build; build_dist ;;
  post-build) cmd_post_build ;;
  bench) cmd_bench ;;
  fuzz) shift; cmd_fuzz "$@" ;;
  mutants) shift; cmd_mutants "$@" ;;
  *) echo "usage: $0 serve|test|setup|dist|bench|fuzz|mutants|post-build" >&2; exit 2 ;;
esac
