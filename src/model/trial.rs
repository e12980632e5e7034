//! 试过再算: the person's own trial results calibrate the model's rates.
//!
//! The Monte Carlo of MODEL.md §6 draws the uncertain inputs from their ranges; each draw is a
//! possible "you". A trial of a few weeks says which of them are likely: for every draw the
//! model runs the trial's weeks (at the posts the person made) and gives the clicks, orders and
//! commission it expects; the draw is weighted by how likely the person's own counts are under
//! those expectations (importance weighting — no second model):
//!
//! - clicks (or visits) and orders: counts around the draw's expectation μ, Poisson with
//!   week-to-week variation on top — negative binomial with size [`WEEK_SIZE`] per week tried
//!   (a week's count varies by about 30% beyond chance: a post that takes off, a quiet week), so
//!   a long trial says more than a short one, but no trial pins a rate to the last percent the
//!   model cannot promise; `k·ln μ − (k + r)·ln(μ + r)`, the terms without μ dropping out;
//! - commission, as a check on orders × price × rate: when the orders are given, the commission
//!   per order against the draw's, log-normal with spread [`COMMISSION_SPREAD`] for one order
//!   (orders differ in price), an average over k orders spreading √k times less, but never less
//!   than [`MIX_SPREAD`] (the mix of goods changes); when they are not, the commission divided by the draw's commission per order is
//!   counted as orders.
//!
//! The weighted means of the inputs are the calibrated rates (a rate that does not change the
//! trial's results keeps the person's value; the funnel's rates are then nudged so the
//! calibrated scenario expects what the weighted draws expect, [`match_counts`]): the central figures and the
//! verdict (MODEL.md §7) are those of the scenario at them, and the Monte Carlo's bands become
//! the posterior by resampling its draws with the same weights ([`super::MonteCarlo::weighted`]).
//! When the data are too few or too strange for the draws — an effective sample size under
//! [`ESS_FLOOR`], or a count that even the closest draw is far from ([`REACH_DEVIANCE`]) — the
//! calibration says so and the figures stay uncalibrated.

use super::channel::ChannelId;
use super::detmath;
use super::field::{Field, TrialField};
use super::mc::{rng, sample, uncertain_inputs, Uncertain, MAX_DRAWS};
use super::scenario::{ChannelParams, Person, Scenario, Trial};
use super::sim::simulate;
use serde::Serialize;

/// Fewest effective draws a calibration may rest on.
pub const ESS_FLOOR: f64 = 50.0;
/// Negative-binomial size per week tried: week-to-week variation of a count beyond Poisson
/// (relative spread 1/√10 ≈ 32% for one week, shrinking with the weeks tried).
pub const WEEK_SIZE: f64 = 10.0;
/// Spread (σ of the logarithm) of commission per order between orders.
pub const COMMISSION_SPREAD: f64 = 0.35;
/// Spread of the average commission per order over `k` orders: one order's spread shrinking
/// with √k, down to [`MIX_SPREAD`] (what you sell changes from week to week).
fn commission_spread(k: f64) -> f64 {
    let one = COMMISSION_SPREAD * COMMISSION_SPREAD / k.max(1.0);
    (one + MIX_SPREAD * MIX_SPREAD).sqrt()
}

/// Spread of the average commission per order that no number of orders removes: the mix of
/// goods sold changes.
pub const MIX_SPREAD: f64 = 0.1;

/// Deviance (twice the log-likelihood ratio against a perfect fit) beyond which an observation
/// is out of the draws' reach: about five standard deviations.
pub const REACH_DEVIANCE: f64 = 25.0;

/// Clicks, orders and commission over a trial's weeks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Counts {
    pub clicks: f64,
    pub orders: f64,
    pub commission: f64,
}

/// How a calibration came out.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub enum Status {
    /// Results were entered but not the weeks they took.
    NeedsWeeks,
    /// The figures are the calibrated ones.
    Calibrated,
    /// Fewer than [`ESS_FLOOR`] effective draws: too little to go on.
    TooFew,
    /// Even the closest draw is far from this result.
    OutOfReach(TrialField),
}

/// One uncertain input before and after: its range, the person's value and the calibrated one.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Moved {
    pub field: Field,
    pub low: f64,
    pub mode: f64,
    pub high: f64,
    /// Weighted mean over the draws.
    pub value: f64,
}

impl Moved {
    /// How far the value moved, as a share of the range.
    pub fn shift(&self) -> f64 {
        let w = self.high - self.low;
        if w > 0.0 {
            ((self.value - self.mode) / w).abs()
        } else {
            0.0
        }
    }
}

/// A trial's calibration (see the module docs).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Calibration {
    pub status: Status,
    /// The channel tried.
    pub channel: ChannelId,
    /// The trial's weeks (0 when not given).
    pub weeks: f64,
    /// Draws weighed.
    pub draws: u32,
    /// Effective sample size, `(Σw)² / Σw²`.
    pub ess: f64,
    /// The trial's counts the model expects at the person's own values.
    pub expected_before: Counts,
    /// … and at the calibrated values (equal to `expected_before` unless calibrated).
    pub expected_after: Counts,
    /// Every uncertain input, the one that moved most first.
    pub moved: Vec<Moved>,
    /// Each draw's log-likelihood, in the Monte Carlo's draw order (same seed, same inputs).
    #[serde(skip)]
    pub log_lik: Vec<f64>,
    /// The scenario at the calibrated rates (only when [`Status::Calibrated`]).
    #[serde(skip)]
    pub scenario: Option<Scenario>,
}

impl Calibration {
    pub fn calibrated(&self) -> bool {
        self.status == Status::Calibrated
    }
}

/// `ln Γ(x)` for `x > 0` (shifted up to 7, then Stirling's series: error under 1e-9).
fn ln_gamma(mut x: f64) -> f64 {
    let mut acc = 0.0;
    while x < 7.0 {
        acc -= detmath::ln(x);
        x += 1.0;
    }
    let x3 = x * x * x;
    acc + (x - 0.5) * detmath::ln(x) - x
        + 0.5 * detmath::ln(2.0 * std::f64::consts::PI)
        + 1.0 / (12.0 * x)
        - 1.0 / (360.0 * x3)
}

/// Negative-binomial log-likelihood of count `k` at mean `mu` and size `r`, without the terms
/// in neither `mu` nor `k` (`whole`: with the terms in `k`, for a `k` that differs between
/// draws).
fn counts(k: f64, mu: f64, r: f64, whole: bool) -> f64 {
    let mu = mu.max(1e-9);
    let l = k * detmath::ln(mu) - (k + r) * detmath::ln(mu + r);
    if whole {
        l + ln_gamma(k + r) - ln_gamma(k + 1.0)
    } else {
        l
    }
}

/// Deviance of count `k` at mean `mu` and size `r`: 0 for a perfect fit.
fn deviance(k: f64, mu: f64, r: f64) -> f64 {
    let mu = mu.max(1e-9);
    if k <= 0.0 {
        2.0 * r * detmath::ln((mu + r) / r)
    } else {
        2.0 * (k * detmath::ln(k / mu) - (k + r) * detmath::ln((k + r) / (mu + r)))
    }
}

/// What the model expects over the trial's `weeks` (from week 0, at the posts made) for one
/// draw's person, channel and elasticity.
pub fn expected(
    p: &Person,
    c: &ChannelParams,
    eps: f64,
    ch: ChannelId,
    t: &Trial,
    weeks: f64,
) -> Counts {
    let mut p = *p;
    let whole = weeks.ceil().max(1.0);
    p.horizon_weeks = whole;
    p.entry_delay_weeks = 0.0;
    if let Some(posts) = t.posts {
        p.posts_per_week = posts / weeks;
    }
    // The last week counts for the part of it that was tried.
    let last = whole as u32 - 1;
    let part = weeks - (whole - 1.0);
    let mut k = Counts::default();
    simulate(&p, c, eps, ch, 0, &mut |r| {
        let share = if r.week == last { part } else { 1.0 };
        k.clicks += r.clicks * share;
        k.orders += r.orders * share;
        k.commission += r.commission * share;
    });
    k
}

/// Log-likelihood of the trial's results under expectation `e` over `weeks` (module docs).
fn log_lik(t: &Trial, e: &Counts, weeks: f64) -> f64 {
    let r = WEEK_SIZE * weeks;
    let mut l = 0.0;
    if let Some(k) = t.clicks {
        l += counts(k, e.clicks, r, false);
    }
    if let Some(k) = t.orders {
        l += counts(k, e.orders, r, false);
    }
    if let Some(m) = t.commission {
        let per = (e.commission / e.orders.max(1e-9)).max(1e-9);
        match t.orders {
            Some(k) if k > 0.0 && m > 0.0 => {
                let z = detmath::ln(m / k / per) / commission_spread(k);
                l -= 0.5 * z * z;
            }
            Some(_) => {}
            None => l += counts(m / per, e.orders, r, true),
        }
    }
    l
}

/// The first result that expectation `e` is out of reach of (deviance over [`REACH_DEVIANCE`]).
fn out_of_reach(t: &Trial, e: &Counts, weeks: f64) -> Option<TrialField> {
    let r = WEEK_SIZE * weeks;
    let far = |d: f64| d > REACH_DEVIANCE;
    if t.clicks.is_some_and(|k| far(deviance(k, e.clicks, r))) {
        return Some(TrialField::Clicks);
    }
    if t.orders.is_some_and(|k| far(deviance(k, e.orders, r))) {
        return Some(TrialField::Orders);
    }
    let m = t.commission?;
    let per = (e.commission / e.orders.max(1e-9)).max(1e-9);
    let d = match t.orders {
        Some(k) if k > 0.0 && m > 0.0 => {
            let z = detmath::ln(m / k / per) / commission_spread(k);
            z * z
        }
        Some(_) => 0.0,
        None => deviance(m / per, e.orders, r),
    };
    far(d).then_some(TrialField::Commission)
}

/// The person and channel of `s` for channel `ch`, with ε.
fn central(s: &Scenario, ch: ChannelId) -> (Person, ChannelParams, f64) {
    (s.person, *s.params(ch), s.discount_elasticity)
}

/// Calibrate `s` with its trial (`None` when nothing was entered). Deterministic: the draws are
/// the Monte Carlo's own (same seed, same order).
pub fn calibrate(s: &Scenario) -> Option<Calibration> {
    let t = &s.trial;
    if t.is_empty() {
        return None;
    }
    let ch = t.channel;
    let g = super::guard::scenario(s, ch);
    let inputs = uncertain_inputs(&g, ch);
    let mut cal = Calibration {
        status: Status::NeedsWeeks,
        channel: ch,
        weeks: 0.0,
        draws: 0,
        ess: 0.0,
        expected_before: Counts::default(),
        expected_after: Counts::default(),
        moved: Vec::new(),
        log_lik: Vec::new(),
        scenario: None,
    };
    // A trial is at most the horizon (and a year) long.
    let Some(weeks) = t
        .weeks
        .map(|w| w.clamp(0.5, g.person.horizon_weeks.clamp(1.0, 52.0)))
    else {
        return Some(cal);
    };
    cal.weeks = weeks;
    let (p0, c0, e0) = central(&g, ch);
    cal.expected_before = expected(&p0, &c0, e0, ch, t, weeks);
    cal.expected_after = cal.expected_before;

    let n = g.draws.clamp(1, MAX_DRAWS);
    let mut r = rng(g.seed);
    // Weighted sums kept relative to the best log-likelihood so far (rescaled when it rises),
    // so no weight overflows or underflows to an empty sample.
    let (mut top, mut sw, mut sw2) = (f64::NEG_INFINITY, 0.0, 0.0);
    let mut sums = vec![0.0; inputs.len()];
    let mut seen = Counts::default();
    let mut best = cal.expected_before;
    cal.log_lik.reserve(n as usize);
    for _ in 0..n {
        let (p, c, eps) = sample(&g, ch, &inputs, &mut r);
        let e = expected(&p, &c, eps, ch, t, weeks);
        let l = log_lik(t, &e, weeks);
        let l = if l.is_finite() { l } else { -1e300 };
        if l > top {
            let k = if top.is_finite() {
                detmath::exp(top - l)
            } else {
                0.0
            };
            sw *= k;
            sw2 *= k * k;
            sums.iter_mut().for_each(|x| *x *= k);
            seen.clicks *= k;
            seen.orders *= k;
            seen.commission *= k;
            top = l;
            best = e;
        }
        let w = detmath::exp(l - top);
        sw += w;
        sw2 += w * w;
        for (x, u) in sums.iter_mut().zip(&inputs) {
            *x += w * value_of(u.field, &p, &c, eps);
        }
        seen.clicks += w * detmath::ln(e.clicks.max(1e-9));
        seen.orders += w * detmath::ln(e.orders.max(1e-9));
        seen.commission += w * detmath::ln(e.commission.max(1e-9));
        cal.log_lik.push(l);
    }
    cal.draws = n;
    cal.ess = if sw2 > 0.0 { sw * sw / sw2 } else { 0.0 };
    let mut moved: Vec<Moved> = inputs
        .iter()
        .zip(&sums)
        .map(|(u, x)| Moved {
            field: u.field,
            low: u.low,
            mode: u.mode,
            high: u.high,
            // A rate the trial cannot see keeps the person's value.
            value: if informs(&g, ch, t, weeks, u) {
                (x / sw).clamp(u.low, u.high)
            } else {
                u.mode
            },
        })
        .collect();
    let posterior = Counts {
        clicks: detmath::exp(seen.clicks / sw),
        orders: detmath::exp(seen.orders / sw),
        commission: detmath::exp(seen.commission / sw),
    };
    match_counts(&g, ch, t, weeks, &mut moved, &posterior);
    super::sort_small(&mut moved, |a, b| a.shift() > b.shift());
    cal.status = match out_of_reach(t, &best, weeks) {
        Some(f) => Status::OutOfReach(f),
        None if cal.ess < ESS_FLOOR => Status::TooFew,
        None => Status::Calibrated,
    };
    if cal.calibrated() {
        let mut after = s.clone();
        for m in &moved {
            after.set_unchecked(m.field, m.value);
        }
        let (p, c, e) = central(&super::guard::scenario(&after, ch), ch);
        cal.expected_after = expected(&p, &c, e, ch, t, weeks);
        cal.scenario = Some(after);
    }
    cal.moved = moved;
    Some(cal)
}

/// The funnel's three rates — click rate, conversion, commission rate — nudged so that the
/// scenario at the calibrated rates expects exactly the counts the weighted draws expect
/// (`posterior`: their geometric mean, the middle of a count's skewed spread), for each result
/// the person gave. Means of rates that multiply do not
/// multiply to the mean of their product (data that fix clicks = reach × click rate leave each
/// alone uncertain), so without this the calibrated scenario could expect more clicks than any
/// likely draw. A few rounds of proportional steps, inside each rate's range.
fn match_counts(
    g: &Scenario,
    ch: ChannelId,
    t: &Trial,
    weeks: f64,
    moved: &mut [Moved],
    posterior: &Counts,
) {
    use super::field::{ChannelField, PersonField};
    let steps = [
        (t.clicks.is_some(), Field::Person(PersonField::ClickRate)),
        (
            t.orders.is_some() || t.commission.is_some(),
            Field::Channel(ch, ChannelField::BaseConversion),
        ),
        (
            t.commission.is_some(),
            Field::Channel(ch, ChannelField::CommissionRate),
        ),
    ];
    for _ in 0..4 {
        for (i, &(given, f)) in steps.iter().enumerate() {
            let Some(k) = moved.iter().position(|m| m.field == f) else {
                continue;
            };
            if !given {
                continue;
            }
            let mut s = g.clone();
            for m in moved.iter() {
                s.set_unchecked(m.field, m.value);
            }
            let (p, c, e) = central(&s, ch);
            let now = expected(&p, &c, e, ch, t, weeks);
            let (want, got) = match i {
                0 => (posterior.clicks, now.clicks),
                1 => (posterior.orders, now.orders),
                _ => (posterior.commission, now.commission),
            };
            if want > 0.0 && got > 0.0 {
                let m = &mut moved[k];
                m.value = (m.value * want / got).clamp(m.low, m.high);
            }
        }
    }
}

/// Whether input `u` changes what the trial's results would be (its low and high against each
/// other, everything else at the person's values): only such an input can be calibrated.
fn informs(g: &Scenario, ch: ChannelId, t: &Trial, weeks: f64, u: &Uncertain) -> bool {
    let at = |v: f64| {
        let mut s = g.clone();
        s.set_unchecked(u.field, v);
        let (p, c, e) = central(&s, ch);
        expected(&p, &c, e, ch, t, weeks)
    };
    let (a, b) = (at(u.low), at(u.high));
    let differs = |x: f64, y: f64| (x - y).abs() > 1e-9 * (x.abs() + y.abs());
    (t.clicks.is_some() && differs(a.clicks, b.clicks))
        || ((t.orders.is_some() || t.commission.is_some()) && differs(a.orders, b.orders))
        || (t.commission.is_some() && differs(a.commission, b.commission))
}

/// The sampled value of an uncertain input.
fn value_of(f: Field, p: &Person, c: &ChannelParams, eps: f64) -> f64 {
    match f {
        Field::Person(x) => x.get(p),
        Field::Channel(_, x) => x.get(c),
        Field::DiscountElasticity => eps,
        _ => 0.0,
    }
}
