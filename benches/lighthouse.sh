#!/usr/bin/env bash
# Lighthouse 12.2.3, its default mobile run (simulated slow 4G, 4× CPU slowdown), three runs
# each, on three pages served gzipped (benches/serve-gzip.mjs), medians printed as BENCH lines:
#   app       dist/ (the product: the build-time page, then the wasm hydrates it)
#   baseline  target/baseline-dist/ (bare Yew + plotters, benches/baseline)
#   static    dist/ without any script: the same first screen as HTML + CSS alone (the limit)
# Run by `./dev.sh bench` after it has built dist/ and the baseline. Reports: target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LH_VERSION=12.2.3 # 13 needs a newer Node than Debian 12's
RUNS=${LIGHTHOUSE_RUNS:-3}
LH="$ROOT/.tools/lighthouse/node_modules/.bin/lighthouse"
if [ ! -x "$LH" ] || ! "$LH" --version 2>/dev/null | grep -qx "$LH_VERSION"; then
  echo "installing lighthouse $LH_VERSION into .tools/lighthouse" >&2
  npm install --silent --no-audit --no-fund -E --prefix "$ROOT/.tools/lighthouse" "lighthouse@$LH_VERSION" >/dev/null
fi
out="$ROOT/target/lighthouse"
rm -rf "$out" && mkdir -p "$out"

# The static limit: the prerendered page with every script removed (the same HTML and CSS).
static="$out/static-dist"
cp -r dist "$static"
node -e '
  const fs = require("fs"), f = process.argv[1];
  let h = fs.readFileSync(f, "utf8");
  h = h.replace(/<script\b[\s\S]*?<\/script>/g, "")
       .replace(/<link\b[^>]*\brel="?(modulepreload|preload)\b[^>]*>/g, "");
  fs.writeFileSync(f, h);
' "$static/index.html"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
serve() { # serve DIR PORT
  node benches/serve-gzip.mjs "$1" "$2" >/dev/null &
  pids+=($!)
  for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$2/" && return; sleep 0.1; done
  echo "server on $2 did not start" >&2; exit 1
}
serve dist 8791
serve target/baseline-dist 8792
serve "$static" 8793

for page in app:8791 baseline:8792 static:8793; do
  name=${page%%:*} port=${page##*:}
  for i in $(seq "$RUNS"); do
    "$LH" "http://127.0.0.1:$port/" --quiet --only-categories=performance --output=json \
      --output-path="$out/$name-$i.json" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$out/$name-$i.log" \
      || { echo "lighthouse failed on $name (run $i): $out/$name-$i.log" >&2; exit 1; }
  done
  node -e '
    const fs = require("fs"), [dir, name, runs] = process.argv.slice(1);
    const rs = [...Array(Number(runs)).keys()].map(i => JSON.parse(fs.readFileSync(`${dir}/${name}-${i + 1}.json`)));
    const med = xs => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1]; };
    const a = (r, id) => r.audits[id].numericValue;
    const m = {
      performance: [rs.map(r => r.categories.performance.score * 100), "score"],
      fcp: [rs.map(r => a(r, "first-contentful-paint")), "ms"],
      lcp: [rs.map(r => a(r, "largest-contentful-paint")), "ms"],
      tbt: [rs.map(r => a(r, "total-blocking-time")), "ms"],
      tti: [rs.map(r => a(r, "interactive")), "ms"],
      cls: [rs.map(r => a(r, "cumulative-layout-shift")), ""],
      speed_index: [rs.map(r => a(r, "speed-index")), "ms"],
    };
    for (const [k, [xs, unit]] of Object.entries(m))
      console.log(`BENCH lighthouse_${name}_${k} ${+med(xs).toFixed(3)} ${unit} (runs: ${xs.map(x => +x.toFixed(3)).join(", ")})`);
  ' "$out" "$name" "$RUNS"
done

# The first seconds of a phone load on slow 4G (screenshots, target/lighthouse/film-*.png).
node benches/filmstrip.mjs "http://127.0.0.1:8791/" "$out"
