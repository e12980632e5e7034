//! Benchmark hooks shared by the native run and the page (see BENCHMARKS.md): the same
//! Monte Carlo call, timed natively with `std::time::Instant` by `tests/e2e_bench.rs` and in
//! the browser with `performance.now()` through the wasm export `bench_monte_carlo`
//! (Trunk exposes it as `window.wasmBindings.bench_monte_carlo`; feature `bench` only).

use crate::model::{monte_carlo, ChannelId, McResult, Scenario};

/// The benchmarked scenario: the default 微信小店推客 scenario with `draws` draws over its
/// default 52-week horizon.
pub fn scenario(draws: u32) -> Scenario {
    Scenario {
        draws,
        channel: ChannelId::Wxshop,
        ..Scenario::default()
    }
}

/// One full Monte Carlo of [`scenario`]`(draws)`, results and percentiles included.
pub fn run(draws: u32) -> McResult {
    let s = scenario(draws);
    monte_carlo(&s)
}

/// Milliseconds one [`run`]`(draws)` takes in this browser tab (`performance.now()`). Built only
/// with the `bench` feature (`./dev.sh bench`).
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_monte_carlo(draws: u32) -> f64 {
    let perf = web_sys::window().and_then(|w| w.performance());
    let now = || perf.as_ref().map(|p| p.now()).unwrap_or(0.0);
    let t0 = now();
    let r = run(draws);
    let t1 = now();
    std::hint::black_box(r.draws);
    t1 - t0
}
