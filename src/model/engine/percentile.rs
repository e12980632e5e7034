//! Percentiles of many draws, and the resample that turns weighed draws into plain ones: the
//! two things the bands ask of their draws (MODEL.md §6, §9).

use super::draws::{rng, uniform};

/// 10th, 50th and 90th percentiles.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Band {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// `m` draws resampled in proportion to `exp(log_lik)` (systematic resampling, one uniform from
/// the seed): the distinct draws picked, in order, and the resample as indices into them.
pub(crate) fn resample(log_lik: &[f64], m: u32, seed: u64) -> (Vec<u32>, Vec<u32>) {
    let n = log_lik.len();
    let top = log_lik.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let w: Vec<f64> = log_lik.iter().map(|&l| libm::exp(l - top)).collect();
    let total: f64 = w.iter().sum();
    let mut r = rng(seed ^ 0x7472_6961_6c00_0001);
    let step = total / m as f64;
    let mut at = uniform(&mut r) * step;
    let (mut i, mut cum) = (0usize, w.first().copied().unwrap_or(0.0));
    let (mut slots, mut pick) = (Vec::new(), Vec::with_capacity(m as usize));
    for _ in 0..m {
        while at > cum && i + 1 < n {
            i += 1;
            cum += w[i];
        }
        if slots.last() != Some(&(i as u32)) {
            slots.push(i as u32);
        }
        pick.push(slots.len() as u32 - 1);
        at += step;
    }
    (slots, pick)
}

/// Order-preserving integer key of an f64.
pub(crate) fn key64(x: f64) -> u64 {
    let b = x.to_bits();
    if b & (1 << 63) != 0 {
        !b
    } else {
        b | (1 << 63)
    }
}

fn unkey64(k: u64) -> f64 {
    f64::from_bits(if k & (1 << 63) != 0 {
        k & !(1 << 63)
    } else {
        !k
    })
}

/// P10/P50/P90 by linear interpolation between order statistics at `q·(n−1)`, on integer
/// keys (selection, not a full sort: P50 first, then P10 below it and P90 above it).
pub(crate) fn band_keys(keys: &mut [u64]) -> Band {
    let n = keys.len();
    if n == 0 {
        return Band::default();
    }
    let pos = |q: f64| {
        let p = q * (n - 1) as f64;
        let i = p.floor() as usize;
        (i, p - i as f64)
    };
    let (i50, f50) = pos(0.5);
    let (i10, f10) = pos(0.1);
    let (i90, f90) = pos(0.9);
    keys.select_nth_unstable(i50);
    let (lower, upper) = keys.split_at_mut(i50 + 1);
    let interp = |a: u64, next: Option<u64>, f: f64| {
        let a = unkey64(a);
        match next {
            Some(b) if f > 0.0 => a + (unkey64(b) - a) * f,
            _ => a,
        }
    };
    // P50's upper neighbour is the smallest key above it.
    let p50 = interp(lower[i50], upper.iter().copied().min(), f50);
    // P10 lies in lower[..=i50]; its neighbour i10 + 1 ≤ i50 is there too.
    let p10 = if i10 < i50 {
        lower[..i50].select_nth_unstable(i10);
        let next = lower[i10 + 1..].iter().copied().min();
        interp(lower[i10], next, f10)
    } else {
        interp(lower[i50], upper.iter().copied().min(), f10)
    };
    // P90 lies in upper (index i90 − i50 − 1) unless n is tiny.
    let p90 = if i90 > i50 {
        let j = i90 - i50 - 1;
        upper.select_nth_unstable(j);
        let next = upper[j + 1..].iter().copied().min();
        interp(upper[j], next, f90)
    } else {
        interp(lower[i50], upper.iter().copied().min(), f90)
    };
    Band { p10, p50, p90 }
}
