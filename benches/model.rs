//! Benchmarks of the model (issue 3 targets): one deterministic 52-week projection of all six
//! channels (≤ 50 µs) and a 10,000-draw × 52-week Monte Carlo of 微信小店 (≤ 26 ms, i.e.
//! ≥ 20 million week-steps per second). Run on demand: `cargo bench --bench model`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use tuike_calc::model::{monte_carlo, project_all, ChannelId, MonteCarlo, Scenario};

fn deterministic(c: &mut Criterion) {
    let s = Scenario::default();
    let mut g = c.benchmark_group("project");
    g.throughput(Throughput::Elements(6 * 52));
    g.bench_function("all_six_52w", |b| b.iter(|| project_all(black_box(&s))));
    g.finish();
}

fn monte(c: &mut Criterion) {
    let s = Scenario {
        draws: 10_000,
        ..Scenario::default()
    };
    let mut g = c.benchmark_group("monte_carlo");
    g.sample_size(10);
    // Elements = week-steps, so criterion reports week-steps per second.
    g.throughput(Throughput::Elements(10_000 * 52));
    g.bench_function("wxshop_10000x52_draws_only", |b| {
        b.iter(|| {
            let mut mc = MonteCarlo::new(black_box(&s), ChannelId::Wxshop);
            mc.step(u32::MAX);
            mc.done_draws()
        })
    });
    g.bench_function("wxshop_10000x52_with_result", |b| {
        b.iter(|| monte_carlo(black_box(&s), ChannelId::Wxshop))
    });
    g.finish();
}

criterion_group!(benches, deterministic, monte);
criterion_main!(benches);
