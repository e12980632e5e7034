//! How likely a person's trial results are under one draw (MODEL.md §9 "Likelihood"), and how
//! far from it they are (the "out of reach" test). Logarithms, up to terms equal for every draw;
//! `libm`'s, which return NaN or −∞ where a logarithm has none (the callers guard: a draw whose
//! log-likelihood is not finite weighs nothing).

use crate::model::table::Trial;
use crate::model::table::TrialField;
use libm::log as ln;

/// Week-to-week overdispersion per week tried: a count's negative-binomial size is
/// `WEEK_SIZE × weeks` (MODEL.md §9: trial weeks differ more than Poisson; SOURCES.md: estimate).
pub const WEEK_SIZE: f64 = 10.0;
/// Spread (σ of the logarithm) of one order's commission: orders differ in price.
pub const COMMISSION_SPREAD: f64 = 0.35;
/// Spread of the average commission per order that no number of orders removes: the mix of
/// goods sold changes.
pub const MIX_SPREAD: f64 = 0.1;
/// Deviance against the best draw beyond which a result is out of the model's reach (about
/// p < 0.002, MODEL.md §9).
pub const REACH_DEVIANCE: f64 = 10.0;

/// Clicks (visits), orders and commission over a trial's weeks: what a draw expects, or what the
/// person saw.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    pub clicks: f64,
    pub orders: f64,
    pub commission: f64,
}

impl Counts {
    /// Commission per order, c̄ (MODEL.md §9), kept above zero.
    pub fn per_order(&self) -> f64 {
        (self.commission / self.orders.max(1e-9)).max(1e-9)
    }
}

/// `ln Γ(x)` for `x > 0` (shifted up to 7, then Stirling's series: error under 1e-9).
fn ln_gamma(mut x: f64) -> f64 {
    let mut acc = 0.0;
    while x < 7.0 {
        acc -= ln(x);
        x += 1.0;
    }
    let x3 = x * x * x;
    acc + (x - 0.5) * ln(x) - x + 0.5 * ln(2.0 * std::f64::consts::PI) + 1.0 / (12.0 * x)
        - 1.0 / (360.0 * x3)
}

/// Negative binomial, mean `mu`, size `r`: the log-probability of count `k` without the terms
/// in neither `mu` nor `k`; `whole` adds the terms in `k` alone (for a `k` that differs between
/// draws, as `C / c̄` does).
fn negbin(k: f64, mu: f64, r: f64, whole: bool) -> f64 {
    let mu = mu.max(1e-9);
    let l = k * ln(mu) - (k + r) * ln(mu + r);
    if whole {
        l + ln_gamma(k + r) - ln_gamma(k + 1.0)
    } else {
        l
    }
}

/// Deviance of count `k` under a negative binomial of mean `mu`, size `r`: 0 for a perfect fit.
fn negbin_deviance(k: f64, mu: f64, r: f64) -> f64 {
    let mu = mu.max(1e-9);
    if k <= 0.0 {
        2.0 * r * ln((mu + r) / r)
    } else {
        2.0 * (k * ln(k / mu) - (k + r) * ln((k + r) / (mu + r)))
    }
}

/// The binomial's success share q = μ_O / μ_K, clamped inside (0, 1) (orders include repeats).
fn share(e: &Counts) -> f64 {
    (e.orders / e.clicks.max(1e-9)).clamp(1e-9, 1.0 - 1e-9)
}

/// `k ln q + (n − k) ln(1 − q)`: orders out of visits, given the visits.
fn binomial(k: f64, n: f64, q: f64) -> f64 {
    k * ln(q) + (n - k) * ln(1.0 - q)
}

/// Deviance of `k` successes in `n` at share `q`.
fn binomial_deviance(k: f64, n: f64, q: f64) -> f64 {
    let part = |x: f64, m: f64| if x > 0.0 { x * ln(x / m) } else { 0.0 };
    2.0 * (part(k, n * q) + part(n - k, n * (1.0 - q)))
}

/// The σ² of the log of commission per order over `k` orders.
fn commission_var(k: f64) -> f64 {
    COMMISSION_SPREAD * COMMISSION_SPREAD / k.max(1.0) + MIX_SPREAD * MIX_SPREAD
}

/// Log-likelihood of the trial's results `t` under a draw's expectation `e` over `weeks`
/// (MODEL.md §9): visits as a negative binomial; orders as a binomial out of the visits when
/// those are given (they carry conversion only: the click noise counts once), else a negative
/// binomial; commission per order log-normal around the draw's when there are orders, else the
/// commission counted in orders of the draw's size, with the Jacobian `− ln c̄`.
pub fn log_lik(t: &Trial, e: &Counts, weeks: f64) -> f64 {
    let r = WEEK_SIZE * weeks;
    let mut l = 0.0;
    if let Some(k) = t.clicks {
        l += negbin(k, e.clicks, r, false);
    }
    match (t.orders, t.clicks) {
        (Some(o), Some(k)) => l += binomial(o, k, share(e)),
        (Some(o), None) => l += negbin(o, e.orders, r, false),
        _ => {}
    }
    if let Some(c) = t.commission {
        let per = e.per_order();
        match t.orders {
            Some(o) if o >= 1.0 => {
                if c > 0.0 {
                    let z = ln(c / o) - ln(per);
                    l -= 0.5 * z * z / commission_var(o);
                }
            }
            _ => l += negbin(c / per, e.orders, r, true) - ln(per),
        }
    }
    l
}

/// The first result out of the reach of expectation `e` (its deviance over
/// [`REACH_DEVIANCE`]), checked against the best draw.
pub fn out_of_reach(t: &Trial, e: &Counts, weeks: f64) -> Option<TrialField> {
    let r = WEEK_SIZE * weeks;
    // A deviance that is not a number (an expectation that is not one) is out of reach too.
    let far = |d: f64| d > REACH_DEVIANCE || d.is_nan();
    if t.clicks
        .is_some_and(|k| far(negbin_deviance(k, e.clicks, r)))
    {
        return Some(TrialField::Clicks);
    }
    let orders = match (t.orders, t.clicks) {
        (Some(o), Some(k)) => binomial_deviance(o, k, share(e)),
        (Some(o), None) => negbin_deviance(o, e.orders, r),
        _ => 0.0,
    };
    if far(orders) {
        return Some(TrialField::Orders);
    }
    let c = t.commission?;
    let per = e.per_order();
    let d = match t.orders {
        Some(o) if o >= 1.0 && c > 0.0 => {
            let z = ln(c / o) - ln(per);
            z * z / commission_var(o)
        }
        Some(o) if o >= 1.0 => 0.0,
        _ => negbin_deviance(c / per, e.orders, r),
    };
    far(d).then_some(TrialField::Commission)
}
