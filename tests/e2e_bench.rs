//! Benchmarks of the page in headless Chromium (BENCHMARKS.md). Run on demand, not in CI:
//! `./dev.sh bench` builds `dist/` and the baseline page, then runs
//! `cargo test --release --test e2e_bench -- --ignored --nocapture`.
//!
//! One run measures, and prints as `BENCH <name> <value> <unit>` lines:
//! - the Monte Carlo (default 微信小店 scenario, 10,000 draws × 52 weeks) natively and in the page
//!   (`window.wasmBindings.bench_monte_carlo`), and their ratio wasm ÷ native;
//! - input event → headline chart repainted, p50/p95 over 200 changes of 可触达人数;
//! - Monte Carlo refinement to 10,000 draws, and the Long Tasks seen meanwhile;
//! - cold start to first chart, median of 5, for the app (in Chinese and in English, with the
//!   phases static/init.js marks) and for the bare Yew + plotters baseline;
//! - the gzipped transfer size (wasm + JS + CSS) of both (the app is one build);
//! - the first tap on a tool (方案对比 · 三个渠道) until it shows, median of 5.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{json, Value};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use support::*;

const DRAWS: u32 = 10_000;

fn report(name: &str, value: f64, unit: &str) {
    println!("BENCH {name} {value:.3} {unit}");
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn percentile(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    let i = ((p / 100.0) * (v.len() as f64 - 1.0)).round() as usize;
    v[i.min(v.len() - 1)]
}

/// The Monte Carlo the page's `bench_monte_carlo` times (`src/bench.rs`): the default
/// 微信小店推客 scenario with `draws` draws.
fn mc(draws: u32) -> tuike_calc::model::McResult {
    tuike_calc::model::monte_carlo(&tuike_calc::model::Scenario {
        draws,
        ..Default::default()
    })
}

/// The native Monte Carlo: median ms of 7 runs after 2 warm-ups.
fn native_mc_ms() -> f64 {
    for _ in 0..2 {
        std::hint::black_box(mc(DRAWS));
    }
    let mut t: Vec<f64> = (0..7)
        .map(|_| {
            let t0 = Instant::now();
            std::hint::black_box(mc(DRAWS));
            t0.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    median(&mut t)
}

async fn wait_refined(c: &fantoccini::Client) {
    for _ in 0..300 {
        let v = js(
            c,
            "const c = document.getElementById('chart-headline'); \
             return c && Number(c.dataset.draws || 0) > 0 && Number(c.dataset.drawn || 0) >= 1",
        )
        .await;
        if v == true {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the Monte Carlo band never arrived");
}

/// The same Monte Carlo in the page: median ms of 7 runs after 2 warm-ups.
async fn wasm_mc_ms(c: &fantoccini::Client) -> f64 {
    let v = c
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            const b = window.wasmBindings;
            if (!b || typeof b.bench_monte_carlo !== 'function') { done({ error: 'no window.wasmBindings.bench_monte_carlo' }); return; }
            const n = arguments[0];
            b.bench_monte_carlo(n); b.bench_monte_carlo(n);
            const t = [];
            for (let i = 0; i < 7; i++) t.push(b.bench_monte_carlo(n));
            done({ t });"#,
            vec![json!(DRAWS)],
        )
        .await
        .expect("run bench_monte_carlo in the page");
    assert!(v.get("error").is_none(), "{v}");
    let mut t: Vec<f64> = v["t"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect();
    median(&mut t)
}

/// Interaction in the page (script below): 200 changes of 可触达人数, each timed from the input
/// event to the headline chart's next draw; then refinement to 10,000 draws; Long Tasks
/// observed throughout.
const INTERACTION: &str = r#"
const done = arguments[arguments.length - 1];
(async () => {
  const supported = (PerformanceObserver.supportedEntryTypes || []).includes('longtask');
  const long = [];
  const po = new PerformanceObserver(l => { for (const e of l.getEntries()) long.push(e.duration); });
  if (supported) po.observe({ type: 'longtask' });
  const canvas = document.getElementById('chart-headline');
  const drawn = () => Number(canvas.dataset.drawn || 0);
  // The band's draws the chart last drew with (0: the central line alone).
  const band = () => canvas.dataset.draws || '0';
  const byId = id => { const e = document.getElementById(id); if (!e) throw new Error('no #' + id); return e; };
  // Resolve with performance.now() at the first change of the canvas that satisfies pred.
  const until = (pred, ms) => new Promise((res, rej) => {
    if (pred()) { res(performance.now()); return; }
    const mo = new MutationObserver(() => { if (pred()) { const t = performance.now(); mo.disconnect(); clearTimeout(to); res(t); } });
    mo.observe(canvas, { attributes: true });
    const to = setTimeout(() => { mo.disconnect(); rej(new Error('timeout: drawn ' + drawn() + ', band ' + band())); }, ms);
  });
  const set = (id, v) => {
    const el = byId(id);
    el.value = String(v);
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  };
  const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  const mcDone = n => () => band() === String(n);

  // 1. Monte Carlo refinement to 10,000 draws: set 模拟次数, then (5 times) change 可触达人数
  //    and time until the 10,000-draw band is drawn.
  const draws = arguments[0];
  // 高级假设 builds its fields when it opens.
  if (!document.getElementById('f-draws')) {
    document.querySelector('#advanced > summary').click();
    await new Promise(r => { const w = () => document.getElementById('f-draws') ? r() : setTimeout(w, 10); w(); });
    await frame();
  }
  let t0 = performance.now();
  set('f-draws', draws);
  const refineDraws = (await until(mcDone(draws), 20000)) - t0;
  const refine = [];
  for (let i = 0; i < 5; i++) {
    // The central chart first (drawn + 1), then the band (drawn + 2 or later).
    const before = drawn();
    t0 = performance.now();
    set('f-followers', 3000 + 101 * i);
    refine.push((await until(() => drawn() > before + 1 && mcDone(draws)(), 20000)) - t0);
    await frame();
  }
  const longRefine = long.slice();

  // 2. Changes (200, or arguments[1]): input event → headline repainted with the new
  //    deterministic projection.
  const paint = [];
  let sync = 0;
  const changes = arguments.length > 2 ? arguments[1] : 200;
  for (let i = 0; i < changes; i++) {
    const before = drawn();
    t0 = performance.now();
    set('f-followers', 1000 + 37 * i);
    let t1;
    if (drawn() > before) { t1 = performance.now(); sync++; }
    else t1 = await until(() => drawn() > before, 5000);
    paint.push(t1 - t0);
    await frame();
  }
  await until(mcDone(draws), 20000);
  await frame();
  po.disconnect();
  return { supported, refineDraws, refine, paint, sync, longRefine, long };
})().then(done, e => done({ error: String(e && e.stack || e) }));
"#;

/// With a trial on screen: 60 changes of 测算周期 (52 ↔ 53 weeks: the kept calibration answers
/// them) timed from the input event to the headline chart's next draw; then 7 changes of 可触达人数,
/// each timed until the calibrated chart has its band (calibration, then the resampled bands).
const TRIAL_INTERACTION: &str = r#"
const done = arguments[arguments.length - 1];
(async () => {
  const supported = (PerformanceObserver.supportedEntryTypes || []).includes('longtask');
  const long = [];
  const po = new PerformanceObserver(l => { for (const e of l.getEntries()) long.push(e.duration); });
  if (supported) po.observe({ type: 'longtask' });
  const canvas = document.getElementById('chart-headline');
  const drawn = () => Number(canvas.dataset.drawn || 0);
  const main = document.querySelector('main#calc');
  const until = (pred, ms) => new Promise((res, rej) => {
    if (pred()) { res(performance.now()); return; }
    const mo = new MutationObserver(() => { if (pred()) { const t = performance.now(); mo.disconnect(); clearTimeout(to); res(t); } });
    mo.observe(document.body, { attributes: true, subtree: true });
    const to = setTimeout(() => { mo.disconnect(); rej(new Error('timeout')); }, ms);
  });
  const set = (id, v) => {
    const el = document.getElementById(id);
    if (!el) throw new Error('no #' + id);
    el.value = String(v);
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  };
  const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  if (!document.getElementById('f-horizon-weeks')) {
    document.querySelector('#advanced > summary').click();
    await new Promise(r => { const w = () => document.getElementById('f-horizon-weeks') ? r() : setTimeout(w, 10); w(); });
    await frame();
  }
  const paint = [];
  for (let i = 0; i < 60; i++) {
    const before = drawn();
    const t0 = performance.now();
    set('f-horizon-weeks', 52 + (i % 2));
    const t1 = drawn() > before ? performance.now() : await until(() => drawn() > before, 5000);
    paint.push(t1 - t0);
    await frame();
  }
  const calibrated = [];
  for (let i = 0; i < 7; i++) {
    await until(() => !main.hasAttribute('data-calibrating') && Number(canvas.dataset.draws || 0) > 0, 20000);
    await frame();
    const t0 = performance.now();
    set('f-followers', 5000 + 37 * (i + 1));
    await until(() => main.hasAttribute('data-calibrating'), 2000).catch(() => 0);
    const t1 = await until(() => !main.hasAttribute('data-calibrating') && Number(canvas.dataset.draws || 0) > 0, 20000);
    calibrated.push(t1 - t0);
  }
  po.disconnect();
  return { supported, paint, calibrated, long };
})().then(done, e => done({ error: String(e && e.stack || e) }));
"#;

/// A four-week trial on 微信小店 with 5,000 people (the worked example of the closing note).
const TRIAL_LINK: &str = "v=1&lang=zh&ch=wxshop&followers=5000&trial.ch=wxshop&trial.weeks=4&trial.posts=20&trial.clicks=300&trial.orders=2&trial.commission=18";

fn floats(v: &Value) -> Vec<f64> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default()
}

/// Recorded before any page script: the time (ms since navigation start) when a canvas first
/// has `data-drawn` ≥ 1.
const FIRST_CHART: &str = r#"
(() => {
  const check = () => {
    if (window.__firstChart !== undefined) return true;
    for (const c of document.querySelectorAll('canvas[data-drawn]')) {
      if (Number(c.dataset.drawn) >= 1) { window.__firstChart = performance.now(); return true; }
    }
    return false;
  };
  const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn'] });
})();
"#;

/// Cold start (fresh browser profile, nothing cached) of `root` + `path` to first chart, 5 times;
/// returns the times.
async fn cold_starts(driver: &Driver, root: PathBuf, path: &str) -> Vec<f64> {
    let server = StaticServer::start(root, vec![]).await;
    let mut out = Vec::new();
    for _ in 0..5 {
        let c = browser(driver, Viewport::Desktop).await;
        cdp(
            &c,
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": FIRST_CHART }),
        )
        .await;
        c.goto(&server.url(path)).await.unwrap();
        let mut t = None;
        for _ in 0..600 {
            let v = js(
                &c,
                "return window.__firstChart === undefined ? null : window.__firstChart",
            )
            .await;
            if let Some(x) = v.as_f64() {
                t = Some(x);
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let t = t.expect("no chart drawn within 30 s");
        // Where the time went (static/init.js's marks).
        let marks = js(
            &c,
            "const m = n => (performance.getEntriesByName(n)[0] || {}).startTime;
             return [m('tuike:start'), m('tuike:compiled'), m('tuike:started')]",
        )
        .await;
        let m = floats(&marks);
        if m.len() == 3 {
            println!(
                "  cold start: page to loader {:.0} ms, glue + wasm fetched and compiled {:.0} ms, \
                 started (mount, first projection and render) {:.0} ms, then to the first chart {:.0} ms",
                m[0],
                m[1] - m[0],
                m[2] - m[1],
                t - m[2]
            );
            PHASES.with(|p| {
                p.borrow_mut()
                    .push([m[0], m[1] - m[0], m[2] - m[1], t - m[2]])
            });
        }
        out.push(t);
        c.close().await.unwrap();
    }
    out
}

thread_local! {
    /// Cold-start phases of the app's runs: loader, compile, start, to first chart (ms).
    static PHASES: std::cell::RefCell<Vec<[f64; 4]>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The first tap on a tool (方案对比 · 三个渠道) until its table is on screen, on a page loaded
/// in a fresh profile, 5 times.
async fn first_tool_taps(driver: &Driver, root: PathBuf) -> Vec<f64> {
    let server = StaticServer::start(root, vec![]).await;
    let mut out = Vec::new();
    for _ in 0..5 {
        let c = browser(driver, Viewport::Desktop).await;
        c.goto(&server.url("/")).await.unwrap();
        wait_app(&c).await;
        wait_refined(&c).await;
        let v = c
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                const t0 = performance.now();
                const check = () => {
                  if (document.getElementById('compare-table')) { done(performance.now() - t0); return true; }
                  return false;
                };
                const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
                mo.observe(document, { subtree: true, childList: true });
                document.getElementById('compare-channels').click();"#,
                vec![],
            )
            .await
            .expect("tap the compare button");
        out.push(v.as_f64().expect("a time"));
        c.close().await.unwrap();
    }
    out
}

/// wasm + JS + CSS gzipped, as `.ci/size-budget` counts it (the one place that does).
fn gzipped_total(dist: &std::path::Path) -> u64 {
    let out = std::process::Command::new("bash")
        .arg(repo_root().join(".ci/size-budget"))
        .arg(dist)
        .env("SIZE_BUDGET_BYTES", "999999999")
        .output()
        .expect("run .ci/size-budget");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    print!("{text}");
    text.lines()
        .find_map(|l| l.trim().strip_prefix("total gzipped: "))
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no total in:\n{text}"))
}

fn baseline_dist() -> PathBuf {
    std::env::var_os("BASELINE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target").join("baseline-dist"))
}

#[tokio::test]
#[ignore = "benchmark: run ./dev.sh bench"]
async fn bench_page() {
    if cfg!(debug_assertions) {
        println!("WARNING: a debug build; the native figure means nothing. Use --release (./dev.sh bench).");
    }
    // The page built with the `bench` feature (its one extra: the wasm export timed below).
    let dist = std::env::var("TUIKE_BENCH_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|_| dist_dir());
    let driver = Driver::start().await;

    // Model: native and wasm, same call, same run.
    let native = native_mc_ms();
    report("mc_native_ms", native, "ms");
    report(
        "mc_native_week_steps_per_s",
        (DRAWS as f64 * 52.0) / (native / 1e3),
        "week-steps/s",
    );
    let server = StaticServer::start(dist.clone(), vec![]).await;
    let c = browser(&driver, Viewport::Desktop).await;
    c.goto(&server.url("/")).await.unwrap();
    wait_app(&c).await;
    wait_refined(&c).await;
    let wasm = wasm_mc_ms(&c).await;
    report("mc_wasm_ms", wasm, "ms");
    report(
        "mc_wasm_week_steps_per_s",
        (DRAWS as f64 * 52.0) / (wasm / 1e3),
        "week-steps/s",
    );
    report("mc_ratio_wasm_over_native", wasm / native, "x");

    // Interaction, on a fresh load.
    c.goto(&server.url("/")).await.unwrap();
    wait_app(&c).await;
    wait_refined(&c).await;
    let v = c
        .execute_async(INTERACTION, vec![json!(DRAWS)])
        .await
        .expect("run the interaction script");
    assert!(v.get("error").is_none(), "{v}");
    let mut paint = floats(&v["paint"]);
    report("input_to_chart_p50_ms", percentile(&mut paint, 50.0), "ms");
    report("input_to_chart_p95_ms", percentile(&mut paint, 95.0), "ms");
    report("input_to_chart_max_ms", percentile(&mut paint, 100.0), "ms");
    report(
        "input_to_chart_synchronous",
        v["sync"].as_f64().unwrap_or(0.0),
        "of 200",
    );
    report(
        "refine_set_draws_10000_ms",
        v["refineDraws"].as_f64().unwrap_or(f64::NAN),
        "ms",
    );
    let mut refine = floats(&v["refine"]);
    report("refine_10000_median_ms", median(&mut refine), "ms");
    report("refine_10000_max_ms", percentile(&mut refine, 100.0), "ms");
    if v["supported"] == true {
        let long_refine = floats(&v["longRefine"]);
        let long = floats(&v["long"]);
        report("longtasks_during_refine", long_refine.len() as f64, "count");
        report(
            "longtasks_total",
            long.len() as f64,
            "count (> 50 ms, whole run)",
        );
        report(
            "longtask_max_ms",
            long.iter().copied().fold(0.0, f64::max),
            "ms",
        );
    } else {
        println!("BENCH longtask unsupported -");
    }
    // 试过再算 (issue 21): with a trial, a change the calibration does not depend on (the
    // horizon) is answered at once from the kept calibration: input → chart; a change it does
    // depend on (the reach) recalibrates in slices: input → calibrated chart with its band.
    c.goto(&server.url(&format!("/#{TRIAL_LINK}")))
        .await
        .unwrap();
    c.refresh().await.unwrap();
    wait_app(&c).await;
    wait_refined(&c).await;
    let v = c
        .execute_async(TRIAL_INTERACTION, vec![])
        .await
        .expect("run the interaction script with a trial");
    assert!(v.get("error").is_none(), "{v}");
    let mut paint = floats(&v["paint"]);
    report(
        "trial_input_to_chart_p50_ms",
        percentile(&mut paint, 50.0),
        "ms",
    );
    report(
        "trial_input_to_chart_p95_ms",
        percentile(&mut paint, 95.0),
        "ms",
    );
    report(
        "trial_input_to_chart_max_ms",
        percentile(&mut paint, 100.0),
        "ms",
    );
    let mut cal = floats(&v["calibrated"]);
    report(
        "trial_calibration_and_bands_median_ms",
        median(&mut cal),
        "ms",
    );
    report(
        "trial_calibration_and_bands_max_ms",
        percentile(&mut cal, 100.0),
        "ms",
    );
    if v["supported"] == true {
        report(
            "trial_longtask_max_ms",
            floats(&v["long"]).iter().copied().fold(0.0, f64::max),
            "ms",
        );
    }
    for name in ["slice", "chunk"] {
        let us = js(
            &c,
            &format!("return document.documentElement.getAttribute('data-longest-{name}-us')"),
        )
        .await;
        let ms = us
            .as_str()
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
            / 1000.0;
        report(&format!("trial_longest_{name}_ms"), ms, "ms");
    }
    close_clean(c).await;
    drop(server);

    // Load: the app and the baseline, built in this run.
    let mut app = cold_starts(&driver, dist.clone(), "/").await;
    report("cold_start_first_chart_median_ms", median(&mut app), "ms");
    let phases = PHASES.with(|p| std::mem::take(&mut *p.borrow_mut()));
    for (i, name) in ["loader", "fetch_compile", "start_render", "to_first_chart"]
        .iter()
        .enumerate()
    {
        let mut v: Vec<f64> = phases.iter().map(|p| p[i]).collect();
        if !v.is_empty() {
            report(
                &format!("cold_phase_{name}_median_ms"),
                median(&mut v),
                "ms",
            );
        }
    }
    println!("  app runs: {app:.1?}");
    // The same page in English: how much of the start is laying out and measuring Chinese text.
    let mut en = cold_starts(&driver, dist.clone(), "/#v=1&lang=en").await;
    report("cold_start_first_chart_en_median_ms", median(&mut en), "ms");
    let phases = PHASES.with(|p| std::mem::take(&mut *p.borrow_mut()));
    let mut v: Vec<f64> = phases.iter().map(|p| p[3]).collect();
    if !v.is_empty() {
        report(
            "cold_phase_en_to_first_chart_median_ms",
            median(&mut v),
            "ms",
        );
    }
    println!("  app runs, English: {en:.1?}");
    // The product's own build (not the bench build with its extra export).
    let app_size = gzipped_total(&dist_dir());
    report("transfer_gzip_bytes", app_size as f64, "B");
    let mut taps = first_tool_taps(&driver, dist.clone()).await;
    report("first_tool_tap_to_table_median_ms", median(&mut taps), "ms");
    println!("  tap runs: {taps:.1?}");
    let base = baseline_dist();
    if base.join("index.html").exists() {
        let mut b = cold_starts(&driver, base.clone(), "/").await;
        report(
            "baseline_cold_start_first_chart_median_ms",
            median(&mut b),
            "ms",
        );
        println!("  baseline runs: {b:.1?}");
        report(
            "baseline_transfer_gzip_bytes",
            gzipped_total(&base) as f64,
            "B",
        );
    } else {
        println!(
            "BENCH baseline missing - (build it: benches/build-baseline.sh → {})",
            base.display()
        );
    }
}
