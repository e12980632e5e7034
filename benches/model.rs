//! Benchmarks of the model (issue 3 targets): one deterministic 52-week projection of all six
//! channels (≤ 50 µs) and a 10,000-draw × 52-week Monte Carlo of 微信小店 (≤ 26 ms, i.e.
//! ≥ 20 million week-steps per second). Run on demand: `cargo bench --bench model`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use tuike_calc::model::{calibrate, monte_carlo, project_all, Bands, ChannelId, Scenario, Trial};

fn deterministic(c: &mut Criterion) {
    let s = Scenario::default();
    let mut g = c.benchmark_group("project");
    g.throughput(Throughput::Elements(6 * 52));
    g.bench_function("all_six_52w", |b| b.iter(|| project_all(black_box(&s))));
    g.finish();
}

/// 试过再算 (MODEL.md §9's worked person, the default 1,000 draws): the calibration (at least
/// 10,000 draws of the trial's 4 weeks), then the forward bands resampled from it.
fn trial(c: &mut Criterion) {
    let mut s = Scenario::default();
    s.person.followers = 5000.0;
    s.trial = Trial {
        channel: ChannelId::Wxshop,
        weeks: Some(4.0),
        posts: Some(20.0),
        clicks: Some(300.0),
        orders: Some(2.0),
        commission: Some(18.0),
    };
    let mut g = c.benchmark_group("trial");
    g.sample_size(20);
    g.bench_function("calibrate_worked_4w", |b| {
        b.iter(|| calibrate(black_box(&s)))
    });
    let cal = calibrate(&s);
    g.bench_function("bands_calibrated_worked_52w", |b| {
        b.iter(|| {
            let mut m = Bands::new(black_box(&s), cal.as_ref());
            m.step(u32::MAX);
            m.result()
        })
    });
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
            let mut mc = Bands::new(black_box(&s), None);
            mc.step(u32::MAX);
            mc.done_draws()
        })
    });
    g.bench_function("wxshop_10000x52_with_result", |b| {
        b.iter(|| monte_carlo(black_box(&s)))
    });
    g.finish();
}

criterion_group!(benches, deterministic, monte, trial);
criterion_main!(benches);
