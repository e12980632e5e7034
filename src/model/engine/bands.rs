//! The ranges of MODEL.md §6: the draws run over the horizon, P10/P50/P90 per week and per
//! summary figure. Without a calibration the draws come fresh from the stream around the
//! scenario's values; with one (MODEL.md §9) they are the calibration's own draws resampled by
//! their weights, each run through the trial's weeks and on over the horizon.

use super::calibration::{Calibration, Weighed};
use super::draws::{rng, uncertain_inputs, with_values, DrawSet, Inputs};
use super::percentile::{band_keys, key64, resample, Band};
use crate::model::channel::ChannelId;
use crate::model::scenario::Scenario;
use crate::model::sim::{setup, simulate, Plan};
use rand_xoshiro::Xoshiro256PlusPlus;
use std::rc::Rc;

/// Most draws a run of bands may ask for (MODEL.md §6).
pub const MAX_DRAWS: u32 = 20_000;
/// Draws the calibrated bands resample.
pub const RESAMPLED: u32 = 10_000;

/// Monte Carlo result of one channel (MODEL.md §6). Per-week series are indexed by week.
#[derive(Clone, Debug, Default, PartialEq)]
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
    /// When the draws are weighted by a trial (试过再算): net per hour of the same number of
    /// fresh, unweighted draws, so the page can show how much the trial narrowed it.
    pub prior_net_per_hour: Option<Band>,
}

/// Per-draw summary figures.
const NSUM: usize = 8;

/// Where the draws come from.
#[derive(Clone, Debug)]
enum Source {
    /// Fresh from the stream around the scenario's values.
    Fresh(DrawSet, Xoshiro256PlusPlus),
    /// A calibration's draws, resampled: `slots[i]` is the i-th distinct draw run, `pick` the
    /// resample (indices into `slots`).
    Resampled {
        weighed: Rc<Weighed>,
        slots: Vec<u32>,
        pick: Vec<u32>,
    },
}

/// The bands being computed: the page advances it in slices ([`Bands::step`], then the
/// percentile columns a few at a time, [`Bands::bands_into`]) and reads the result at the end.
/// Draws come in stream order, so the result does not depend on how the run was sliced.
#[derive(Clone, Debug)]
pub struct Bands {
    base: Scenario,
    ch: ChannelId,
    plan: Plan,
    source: Source,
    /// Draws to run.
    total: u32,
    done: u32,
    weeks: usize,
    /// Draw-major per-week series, `3 × weeks` values per draw: cumulative net, cumulative
    /// visits donated, followers donated (f32 keeps 20,000 × 156 × 3 at 37 MB).
    series: Vec<f32>,
    /// Draw-major summary figures: `[draw * NSUM + k]`.
    sums: Vec<f64>,
    /// With a calibration: fresh draws for the unweighted range (net per hour).
    prior: Option<(DrawSet, Xoshiro256PlusPlus, Vec<f64>, u32)>,
}

impl Bands {
    /// The bands of `s`'s chosen channel: resampled from `cal` when it calibrates that channel,
    /// else fresh draws around the scenario the figures are for (`cal` applied).
    pub fn new(s: &Scenario, cal: Option<&Calibration>) -> Bands {
        let ch = s.channel;
        let weighted = cal.filter(|c| c.calibrated() && c.channel == ch);
        let at = match cal {
            Some(c) if weighted.is_none() => c.apply(s),
            _ => s.clone(),
        };
        let (p, c, eps, plan) = setup(&at, ch);
        let mut base = at.clone();
        base.person = p;
        *base.params_mut(ch) = c;
        base.discount_elasticity = eps;
        let fresh = |n: u32| {
            let set = DrawSet {
                inputs: uncertain_inputs(&base, ch),
                ..DrawSet::default()
            };
            (set, rng(base.seed), n)
        };
        let (source, total, prior) = match weighted {
            Some(cal) => {
                let (slots, pick) = resample(&cal.weighed.log_lik, RESAMPLED, base.seed);
                let n = slots.len() as u32;
                let (set, r, m) = fresh(base.draws.clamp(1, MAX_DRAWS));
                let source = Source::Resampled {
                    weighed: cal.weighed.0.clone(),
                    slots,
                    pick,
                };
                (source, n, Some((set, r, Vec::new(), m)))
            }
            None => {
                let (set, r, n) = fresh(base.draws.clamp(1, MAX_DRAWS));
                (Source::Fresh(set, r), n, None)
            }
        };
        let weeks = plan.horizon;
        Bands {
            series: vec![0.0; 3 * weeks * total as usize],
            sums: vec![0.0; total as usize * NSUM],
            base,
            ch,
            plan,
            source,
            total,
            done: 0,
            weeks,
            prior,
        }
    }

    /// Draws done so far.
    pub fn done_draws(&self) -> u32 {
        self.done
    }

    /// Run up to `max` more draws; true when all are done.
    pub fn step(&mut self, max: u32) -> bool {
        let mut left = max;
        while left > 0 && self.done < self.total {
            self.draw();
            left -= 1;
        }
        if let Some((set, r, nph, m)) = &mut self.prior {
            while left > 0 && (nph.len() as u32) < *m {
                set.push(r);
                let (p, c, eps) =
                    with_values(&self.base, self.ch, &set.inputs, set.draw(set.n - 1));
                nph.push(
                    simulate(&p, &c, eps, self.ch, self.plan, &mut |_| {})
                        .forward
                        .net_per_hour(),
                );
                left -= 1;
            }
        }
        self.complete()
    }

    /// Whether every draw is done.
    pub fn complete(&self) -> bool {
        self.done >= self.total
            && self
                .prior
                .as_ref()
                .is_none_or(|(_, _, nph, m)| nph.len() as u32 >= *m)
    }

    /// The inputs of the next draw.
    fn next_inputs(&mut self) -> Inputs {
        match &mut self.source {
            Source::Fresh(set, r) => {
                set.push(r);
                with_values(&self.base, self.ch, &set.inputs, set.draw(set.n - 1))
            }
            Source::Resampled { weighed, slots, .. } => {
                let set = &weighed.draws;
                let i = slots[self.done as usize] as usize;
                with_values(&self.base, self.ch, &set.inputs, set.draw(i))
            }
        }
    }

    fn draw(&mut self) {
        let (p, c, eps) = self.next_inputs();
        let d = self.done as usize;
        let weeks = self.weeks;
        let block = &mut self.series[3 * weeks * d..3 * weeks * (d + 1)];
        let (cn, rest) = block.split_at_mut(weeks);
        let (cv, fo) = rest.split_at_mut(weeks);
        let t = simulate(&p, &c, eps, self.ch, self.plan, &mut |r| {
            let w = r.week as usize;
            cn[w] = r.cum_net as f32;
            cv[w] = r.cum_visits_donated as f32;
            fo[w] = r.followers_donated as f32;
        })
        .forward;
        let row = [
            t.net,
            t.net_per_hour(),
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

    /// The draws the bands are taken over: the resample once all are done, else those done.
    fn draws_used(&self) -> Vec<u32> {
        match &self.source {
            Source::Resampled { pick, .. } if self.done == self.total => pick.clone(),
            _ => (0..self.done).collect(),
        }
    }

    /// Bands from the draws so far (at least one).
    pub fn result(&self) -> McResult {
        let mut bands = Vec::with_capacity(self.band_columns());
        self.bands_into(0..self.band_columns(), &mut bands);
        self.result_from(bands)
    }

    /// How many per-week percentile columns a result has (cumulative net, cumulative visits
    /// donated, followers donated: 3 × weeks). The browser computes them a range at a time with
    /// [`Bands::bands_into`] so no single task sorts them all.
    pub fn band_columns(&self) -> usize {
        3 * self.weeks
    }

    /// Append the bands of columns `cols` (in order) to `out`.
    pub fn bands_into(&self, cols: std::ops::Range<usize>, out: &mut Vec<Band>) {
        let used = self.draws_used();
        let all = self.band_columns();
        // One column per (series, week): gathered from the draw-major series as integer keys into
        // one reused buffer, then percentiles selected.
        let mut col = vec![0u64; used.len()];
        for j in cols.start.min(all)..cols.end.min(all) {
            for (k, &d) in col.iter_mut().zip(&used) {
                *k = key64(self.series[d as usize * all + j] as f64);
            }
            out.push(band_keys(&mut col));
        }
    }

    /// The result from all `band_columns()` bands (as [`Bands::bands_into`] made them) plus
    /// the summary figures.
    pub fn result_from(&self, mut bands: Vec<Band>) -> McResult {
        let used = self.draws_used();
        let weeks = self.weeks;
        bands.resize(3 * weeks, Band::default());
        let followers_donated = bands.split_off(2 * weeks);
        let cum_visits_donated = bands.split_off(weeks);
        let cum_net = bands;
        let sum = |k: usize| {
            let mut col: Vec<u64> = used
                .iter()
                .map(|&d| key64(self.sums[d as usize * NSUM + k]))
                .collect();
            band_keys(&mut col)
        };
        let share = |ok: &dyn Fn(&[f64]) -> bool| {
            let n = used
                .iter()
                .filter(|&&d| ok(&self.sums[d as usize * NSUM..][..NSUM]))
                .count();
            n as f64 / used.len().max(1) as f64
        };
        let hv = self.base.person.hourly_value;
        let prior_net_per_hour = self.prior.as_ref().map(|(_, _, nph, _)| {
            let mut col: Vec<u64> = nph.iter().map(|&x| key64(x)).collect();
            band_keys(&mut col)
        });
        McResult {
            draws: used.len() as u32,
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

/// Run all the draws of `s` at once, without a calibration.
pub fn monte_carlo(s: &Scenario) -> McResult {
    let mut b = Bands::new(s, None);
    b.step(u32::MAX);
    b.result()
}
