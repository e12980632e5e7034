//! Seeded Monte Carlo over the input ranges (MODEL.md §6): triangular draws, P10/P50/P90 bands.

use super::channel::ChannelId;
use super::field::Field;
use super::scenario::{ChannelParams, Person, Scenario};
use super::sim::{entry_delay, horizon, simulate};
use rand_core::{RngCore, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::Serialize;

/// Most draws a run may ask for (MODEL.md §6).
pub const MAX_DRAWS: u32 = 20_000;

/// 10th, 50th and 90th percentiles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Band {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// Monte Carlo result of one channel (MODEL.md §6). Per-week series are indexed by week.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct McResult {
    /// Draws the result is based on.
    pub draws: u32,
    /// Cumulative accrued net by week.
    pub cum_net: Vec<Band>,
    /// Cumulative visits donated to 达人 rooms by week (article §4).
    pub cum_visits_donated: Vec<Band>,
    /// Followers donated (stock) by week (article §4).
    pub followers_donated: Vec<Band>,
    pub net: Band,
    pub net_per_hour: Band,
    pub hours: Band,
    pub orders: Band,
    pub visits_donated: Band,
    pub followers_donated_total: Band,
    pub donated_gmv: Band,
    pub donation_ratio: Band,
    /// P(net > 0).
    pub p_net_positive: f64,
    /// P(net per hour ≥ hourly_value).
    pub p_beats_hourly: f64,
    /// When the draws are weighted by a trial (试过再算): net per hour before the weighting, so
    /// the page can show how much the trial narrowed it.
    pub prior_net_per_hour: Option<Band>,
}

/// One uncertain input: triangular(low, mode, high) with mode = the user's value.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Uncertain {
    pub field: Field,
    pub low: f64,
    pub mode: f64,
    pub high: f64,
}

/// The range of `f` around the user's value (MODEL.md §6): it follows the value
/// proportionally, `low' = value·low/default`, `high' = value·high/default`; when the default
/// is 0 the range is shifted instead (`value + low − default`, `value + high − default`); then
/// clamped to the field's `[min, max]` and widened to include the value. `None` when the field
/// is certain, not applicable, or the range collapses.
pub fn range_around(s: &Scenario, f: Field) -> Option<(f64, f64)> {
    let m = f.meta();
    if !m.applicable || m.integer || m.low >= m.high {
        return None;
    }
    let v = s.get(f);
    let (a, b) = if m.default != 0.0 {
        (v * m.low / m.default, v * m.high / m.default)
    } else {
        (v + m.low - m.default, v + m.high - m.default)
    };
    let lo = a.min(b).clamp(m.min, m.max).min(v);
    let hi = a.max(b).clamp(m.min, m.max).max(v);
    if lo < hi && lo.is_finite() && hi.is_finite() {
        Some((lo, hi))
    } else {
        None
    }
}

/// Every uncertain input of one channel at the scenario's values, in `Field::for_channel` order.
pub fn uncertain_inputs(s: &Scenario, ch: ChannelId) -> Vec<Uncertain> {
    Field::for_channel(ch)
        .filter_map(|f| {
            range_around(s, f).map(|(low, high)| Uncertain {
                field: f,
                low,
                mode: s.get(f),
                high,
            })
        })
        .collect()
}

/// The Monte Carlo's random stream for `seed`.
pub(crate) fn rng(seed: u64) -> Xoshiro256PlusPlus {
    Xoshiro256PlusPlus::seed_from_u64(seed)
}

/// One draw: every uncertain input of `base` drawn in order from its triangular range (the
/// Monte Carlo and the trial calibration draw the same inputs from the same stream).
pub(crate) fn sample(
    base: &Scenario,
    ch: ChannelId,
    inputs: &[Uncertain],
    rng: &mut Xoshiro256PlusPlus,
) -> (Person, ChannelParams, f64) {
    let mut p = base.person;
    let mut c = *base.params(ch);
    let mut eps = base.discount_elasticity;
    for u in inputs {
        let v = triangular(uniform(rng), u.low, u.mode, u.high);
        match u.field {
            Field::Person(f) => *f.slot(&mut p) = v,
            Field::Channel(_, f) => *f.slot(&mut c) = v,
            Field::DiscountElasticity => eps = v,
            _ => {}
        }
    }
    (p, c, eps)
}

/// Draw indices resampled in proportion to `exp(log_lik)` (systematic resampling, one uniform
/// from the seed): a weighted sample as an ordinary one, so the bands are computed as always.
fn resample(log_lik: &[f64], seed: u64) -> Vec<u32> {
    let n = log_lik.len();
    let top = log_lik.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let w: Vec<f64> = log_lik
        .iter()
        .map(|&l| super::detmath::exp(l - top))
        .collect();
    let total: f64 = w.iter().sum();
    let mut r = rng(seed ^ 0x7472_6961_6c00_0001);
    let step = total / n as f64;
    let mut at = uniform(&mut r) * step;
    let (mut i, mut cum) = (0usize, w.first().copied().unwrap_or(0.0));
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        while at > cum && i + 1 < n {
            i += 1;
            cum += w[i];
        }
        out.push(i as u32);
        at += step;
    }
    out
}

/// Uniform in [0, 1) from the top 53 bits.
fn uniform(rng: &mut Xoshiro256PlusPlus) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// Triangular(a, c, b) by inverse CDF (only + − × ÷ √, all correctly rounded: same bits on
/// every target).
pub fn triangular(u: f64, a: f64, c: f64, b: f64) -> f64 {
    let w = b - a;
    if w <= 0.0 {
        return c;
    }
    let fc = (c - a) / w;
    let x = if u < fc {
        a + (u * w * (c - a)).sqrt()
    } else {
        b - ((1.0 - u) * w * (b - c)).sqrt()
    };
    // Clamp by comparison (no libm call at opt-level "z").
    if x < a {
        a
    } else if x > b {
        b
    } else {
        x
    }
}

/// Order-preserving integer key of an f64.
fn key64(x: f64) -> u64 {
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
fn band_keys<K: Copy + Ord>(keys: &mut [K], decode: impl Fn(K) -> f64) -> Band {
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
    // P50's upper neighbour is the smallest key above it.
    let interp = |a: K, next: Option<K>, f: f64| {
        let a = decode(a);
        match next {
            Some(b) if f > 0.0 => a + (decode(b) - a) * f,
            _ => a,
        }
    };
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

/// Per-draw summary figures.
const NSUM: usize = 8;

/// An incremental Monte Carlo run: the UI advances it in slices (`step`) and reads `result` at
/// any time. Draws use one seeded xoshiro256++ stream in order, so the result does not depend on
/// how the run was sliced.
#[derive(Clone, Debug)]
pub struct MonteCarlo {
    base: Scenario,
    ch: ChannelId,
    inputs: Vec<Uncertain>,
    rng: Xoshiro256PlusPlus,
    total: u32,
    done: u32,
    weeks: usize,
    delay: usize,
    /// Draw-major per-week series, `3 × weeks` values per draw: cumulative net, cumulative
    /// visits donated, followers donated (f32 keeps 20,000 × 156 × 3 at 37 MB).
    series: Vec<f32>,
    /// Draw-major summary figures: `[draw * NSUM + k]`.
    sums: Vec<f64>,
    /// The draws the bands are taken over when the run is weighted by a trial (resampled).
    pick: Option<Vec<u32>>,
}

impl MonteCarlo {
    /// Prepare a run of `s.draws` draws with seed `s.seed` for channel `ch`, and make the first draw.
    pub fn new(s: &Scenario, ch: ChannelId) -> Self {
        let s = &super::guard::scenario(s, ch);
        let total = s.draws.clamp(1, MAX_DRAWS);
        let weeks = horizon(&s.person);
        let cells = weeks * total as usize;
        let mut mc = MonteCarlo {
            base: s.clone(),
            ch,
            inputs: uncertain_inputs(s, ch),
            rng: Xoshiro256PlusPlus::seed_from_u64(s.seed),
            total,
            done: 0,
            weeks,
            delay: entry_delay(&s.person),
            series: vec![0.0; 3 * cells],
            sums: vec![0.0; total as usize * NSUM],
            pick: None,
        };
        mc.step(1);
        mc
    }

    /// Weight the draws by a trial's log-likelihoods (`Calibration::log_lik`, computed from the
    /// same scenario, channel, seed and draws): the bands become the posterior. Ignored when
    /// the lengths differ.
    pub fn weighted(mut self, log_lik: &[f64]) -> Self {
        if log_lik.len() == self.total as usize {
            self.pick = Some(resample(log_lik, self.base.seed));
        }
        self
    }

    /// The draws the bands are taken over: the resampled ones once all are done, else those
    /// done so far.
    fn draws_used(&self) -> Vec<u32> {
        match &self.pick {
            Some(p) if self.done == self.total => p.clone(),
            _ => (0..self.done).collect(),
        }
    }

    /// The uncertain inputs being drawn.
    pub fn inputs(&self) -> &[Uncertain] {
        &self.inputs
    }

    /// Draws requested.
    pub fn total_draws(&self) -> u32 {
        self.total
    }

    /// Draws done so far.
    pub fn done_draws(&self) -> u32 {
        self.done
    }

    /// Run up to `max_draws` more draws; true when all are done.
    pub fn step(&mut self, max_draws: u32) -> bool {
        let end = self.done.saturating_add(max_draws).min(self.total);
        while self.done < end {
            self.draw();
        }
        self.done >= self.total
    }

    fn draw(&mut self) {
        let (p, c, eps) = sample(&self.base, self.ch, &self.inputs, &mut self.rng);
        let d = self.done as usize;
        let weeks = self.weeks;
        let block = &mut self.series[3 * weeks * d..3 * weeks * (d + 1)];
        let (cn, rest) = block.split_at_mut(weeks);
        let (cv, fo) = rest.split_at_mut(weeks);
        let t = simulate(&p, &c, eps, self.ch, self.delay, &mut |r| {
            let w = r.week as usize;
            cn[w] = r.cum_net as f32;
            cv[w] = r.cum_visits_donated as f32;
            fo[w] = r.followers_donated as f32;
        });
        let nph = t.net_per_hour();
        let row = [
            t.net,
            nph,
            t.hours,
            t.orders,
            t.visits_donated,
            t.followers_donated,
            t.donated_gmv,
            t.donation_ratio(),
        ];
        self.sums[d * NSUM..(d + 1) * NSUM].copy_from_slice(&row);
        self.done += 1;
    }

    /// Bands from the draws so far (at least one).
    pub fn result(&self) -> McResult {
        let mut bands = Vec::with_capacity(self.band_columns());
        self.bands_into(0..self.band_columns(), &mut bands);
        self.result_from(bands)
    }

    /// How many per-week percentile columns a result has (cumulative net, cumulative visits
    /// donated, followers donated: 3 × weeks). The browser computes them a range at a time with
    /// [`MonteCarlo::bands_into`] so no single task sorts them all.
    pub fn band_columns(&self) -> usize {
        3 * self.weeks
    }

    /// Append the bands of columns `cols` (in order) to `out`.
    pub fn bands_into(&self, cols: std::ops::Range<usize>, out: &mut Vec<Band>) {
        let used = self.draws_used();
        let all = self.band_columns();
        // One column per (series, week): gathered from the draw-major series as integer keys into
        // one reused buffer (no transposed copy: 20,000 × 156 × 3 would double the memory), then
        // percentiles selected.
        // (f64 keys for the f32 series too: one selection routine in the binary, not two.)
        let mut col = vec![0u64; used.len()];
        for j in cols.start.min(all)..cols.end.min(all) {
            for (k, &d) in col.iter_mut().zip(&used) {
                *k = key64(self.series[d as usize * all + j] as f64);
            }
            out.push(band_keys(&mut col, unkey64));
        }
    }

    /// The result from all `band_columns()` bands (as [`MonteCarlo::bands_into`] made them) plus
    /// the summary figures.
    pub fn result_from(&self, mut bands: Vec<Band>) -> McResult {
        let used = self.draws_used();
        let weeks = self.weeks;
        bands.resize(3 * weeks, Band::default());
        let followers_donated = bands.split_off(2 * weeks);
        let cum_visits_donated = bands.split_off(weeks);
        let cum_net = bands;
        let band_over = |draws: &[u32], k: usize| -> Band {
            let mut col: Vec<u64> = draws
                .iter()
                .map(|&d| key64(self.sums[d as usize * NSUM + k]))
                .collect();
            band_keys(&mut col, unkey64)
        };
        let sum = |k: usize| band_over(&used, k);
        let share = |ok: &dyn Fn(&[f64]) -> bool| {
            let n = used
                .iter()
                .filter(|&&d| ok(&self.sums[d as usize * NSUM..][..NSUM]))
                .count();
            n as f64 / used.len().max(1) as f64
        };
        let hv = self.base.person.hourly_value;
        let prior_net_per_hour = self.pick.is_some().then(|| {
            let all: Vec<u32> = (0..self.done).collect();
            band_over(&all, 1)
        });
        McResult {
            draws: self.done,
            cum_net,
            cum_visits_donated,
            followers_donated,
            net: sum(0),
            net_per_hour: sum(1),
            hours: sum(2),
            orders: sum(3),
            visits_donated: sum(4),
            followers_donated_total: sum(5),
            donated_gmv: sum(6),
            donation_ratio: sum(7),
            p_net_positive: share(&|r| r[0] > 0.0),
            p_beats_hourly: share(&|r| r[1] >= hv),
            prior_net_per_hour,
        }
    }
}

/// Run all `s.draws` draws at once.
pub fn monte_carlo(s: &Scenario, ch: ChannelId) -> McResult {
    let mut mc = MonteCarlo::new(s, ch);
    mc.step(u32::MAX);
    mc.result()
}
