//! The wasm export `bench_monte_carlo` that `./dev.sh bench` times in the page (BENCHMARKS.md;
//! feature `bench` only, never in the product): the Monte Carlo of the default 微信小店推客
//! scenario with `draws` draws, the same call `tests/e2e_bench.rs` times natively. Trunk exposes
//! it as `window.wasmBindings.bench_monte_carlo`.

use crate::model::{monte_carlo, Scenario};

/// Milliseconds one Monte Carlo of the default scenario with `draws` draws takes in this tab
/// (`performance.now()`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_monte_carlo(draws: u32) -> f64 {
    let perf = web_sys::window().and_then(|w| w.performance());
    let now = || perf.as_ref().map(|p| p.now()).unwrap_or(0.0);
    let s = Scenario {
        draws,
        ..Scenario::default()
    };
    let t0 = now();
    let r = monte_carlo(&s);
    let t1 = now();
    std::hint::black_box(r.draws);
    t1 - t0
}
