//! Times each unit of work the page's engine runs between two clock reads (a "chunk"), for the
//! heaviest trial the page takes (tests/e2e_trial.rs): 20,000 draws, a 52-week trial, a 156-week
//! horizon. `cargo run --release --example chunks`.
use std::time::Instant;
use tuike_calc::model::*;
fn main() {
    let mut s = Scenario {
        draws: 20_000,
        ..Scenario::default()
    };
    s.person.horizon_weeks = 156.0;
    s.trial = Trial {
        channel: ChannelId::Wxshop,
        weeks: Some(52.0),
        posts: Some(260.0),
        ..Trial::default()
    };
    let e = trial_expectation(&s).unwrap();
    s.trial.clicks = Some(e.clicks.round());
    s.trial.orders = Some(e.orders.round().min(e.clicks.round()));
    s.trial.commission = Some((e.commission * 100.0).round() / 100.0);
    let key = Calibration::key(&s).unwrap();
    let t = Instant::now();
    let mut cal = Calibrator::new(&key).unwrap();
    println!("Calibrator::new {:?}", t.elapsed());
    let mut worst = 0.0f64;
    let mut n = 0;
    loop {
        let t = Instant::now();
        let done = cal.step(25);
        worst = worst.max(t.elapsed().as_secs_f64() * 1e3);
        n += 1;
        if done {
            break;
        }
    }
    println!("cal.step(25) x{n}: worst {worst:.3} ms");
    let t = Instant::now();
    let c = cal.finish();
    println!("cal.finish {:?} (draws {})", t.elapsed(), c.draws);
    let t = Instant::now();
    let mut b = Bands::new(&s, Some(&c));
    println!("Bands::new {:?}", t.elapsed());
    let mut worst = 0.0f64;
    let mut n = 0;
    while !b.complete() {
        let t = Instant::now();
        b.step(25);
        worst = worst.max(t.elapsed().as_secs_f64() * 1e3);
        n += 1;
    }
    println!("bands.step(25) x{n}: worst {worst:.3} ms");
    let total = b.band_columns();
    let mut acc = Vec::new();
    let mut worst = 0.0f64;
    while acc.len() < total {
        let from = acc.len();
        let t = Instant::now();
        b.bands_into(from..(from + 3).min(total), &mut acc);
        worst = worst.max(t.elapsed().as_secs_f64() * 1e3);
    }
    println!(
        "bands_into 3 columns x{}: worst {worst:.3} ms",
        total.div_ceil(3)
    );
    let t = Instant::now();
    let _ = b.result_from(acc);
    println!("result_from {:?}", t.elapsed());
}
