//! The simulation's clamps: `min2`/`max2` without a libm call (at opt-level "z" `f64::min` and
//! `max` become calls to `fmin`/`fmax`), and a count of weeks rounded into a range.

/// `a.min(b)` without a libm call (at opt-level "z" `f64::min` becomes a call to `fmin`).
#[inline(always)]
pub fn min2(a: f64, b: f64) -> f64 {
    if b < a {
        b
    } else {
        a
    }
}

/// `a.max(b)` without a libm call.
#[inline(always)]
pub fn max2(a: f64, b: f64) -> f64 {
    if b > a {
        b
    } else {
        a
    }
}

/// `x` rounded to a whole number of weeks in `lo..=hi` (`lo` when not finite).
pub fn round_clamp(x: f64, lo: usize, hi: usize) -> usize {
    if x.is_finite() {
        (x.round().max(lo as f64) as usize).clamp(lo, hi)
    } else {
        lo
    }
}
