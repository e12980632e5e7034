//! Deterministic ln/exp/pow from + − × ÷ only, so results are bit-identical on native and wasm.
//!
//! `f64::powf` calls the platform's libm, whose last bit may differ between targets; the model
//! needs `(1 + trend)^(1/4.345)` once per run and must give the same Monte Carlo result everywhere.

use std::f64::consts::LN_2;

/// Natural logarithm for `x > 0` (returns a large negative number for `x ≤ 0`).
pub fn ln(x: f64) -> f64 {
    if x <= 0.0 || !x.is_finite() {
        return if x == f64::INFINITY { 709.0 } else { -745.0 };
    }
    // x = m · 2^k with m in [√½, √2): exact bit manipulation, then an atanh series.
    let mut k = 0i32;
    let mut m = x;
    while m >= std::f64::consts::SQRT_2 {
        m *= 0.5;
        k += 1;
    }
    while m < std::f64::consts::FRAC_1_SQRT_2 {
        m *= 2.0;
        k -= 1;
    }
    let z = (m - 1.0) / (m + 1.0);
    let z2 = z * z;
    let mut term = z;
    let mut sum = 0.0;
    let mut n = 1.0;
    for _ in 0..16 {
        sum += term / n;
        term *= z2;
        n += 2.0;
    }
    2.0 * sum + k as f64 * LN_2
}

/// e^y, saturating outside [−700, 700].
pub fn exp(y: f64) -> f64 {
    if y.is_nan() {
        return 1.0;
    }
    let y = y.clamp(-700.0, 700.0);
    let k = (y / LN_2).round();
    let r = y - k * LN_2;
    let mut term = 1.0;
    let mut sum = 1.0;
    let mut i = 1.0;
    for _ in 0..20 {
        term *= r / i;
        sum += term;
        i += 1.0;
    }
    let mut k = k as i32;
    while k > 0 {
        sum *= 2.0;
        k -= 1;
    }
    while k < 0 {
        sum *= 0.5;
        k += 1;
    }
    sum
}

/// `base^e` for `base > 0`.
pub fn pow(base: f64, e: f64) -> f64 {
    exp(e * ln(base))
}

#[cfg(test)]
mod tests {
    #[test]
    fn matches_std_closely() {
        for &(b, e) in &[
            (0.97, 1.0 / 4.345),
            (1.5, 2.0),
            (0.5, 36.0),
            (1.0, 3.0),
            (2.0, 10.0),
        ] {
            let a = super::pow(b, e);
            let s = f64::powf(b, e);
            assert!(((a - s) / s).abs() < 1e-13, "{b}^{e}: {a} vs {s}");
        }
    }
}
