//! Times each unit of work the page's engine runs between two clock reads (a "chunk"), for the
//! heaviest trial the page takes, the one tests/e2e_trial.rs loads (tests/cases/heavy_trial.rs).
//! `cargo run --release --example chunks`.
use std::time::Instant;
use tuike_calc::model::*;

#[path = "../tests/cases/heavy_trial.rs"]
mod heavy_trial;
fn main() {
    let s = heavy_trial::heavy();
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
