//! 试过再算 (MODEL.md §9): the person's trial weighs the draws. Every draw is a possible "you";
//! run over the trial's weeks it expects some visits, orders and commission, and the person's
//! own counts say how likely it is ([`super::likelihood`]). The weighted draws move each rate
//! the trial can see by what the trial taught (`own + weighted mean − mean`), and later resampled
//! they give the forward bands ([`super::Bands`]).
//!
//! Resumable: [`Calibrator::step`] runs a slice of draws, so the page never holds the main
//! thread; at least 10,000 draws, 10,000 more while the effective sample size is under 200, up to
//! 50,000.

use super::calibration::{
    Calibration, Moved, Shared, Status, Weighed, DRAW_BLOCK, ESS_FLOOR, ESS_TARGET, MAX_CAL_DRAWS,
};
use super::draws::{rng, with_values, DrawSet, Uncertain};
use super::likelihood::{log_lik, out_of_reach, Counts};
use crate::model::channel::ChannelId;
use crate::model::scenario::Scenario;
use crate::model::sim::{setup, simulate, Plan};
use crate::model::table::Trial;
use rand_xoshiro::Xoshiro256PlusPlus;
use std::rc::Rc;

/// What the model expects over the trial's weeks for the scenario `s` at draw `values`.
fn expected(
    s: &Scenario,
    ch: ChannelId,
    plan: Plan,
    inputs: &[Uncertain],
    values: &[f64],
) -> Counts {
    let (p, c, eps) = with_values(s, ch, inputs, values);
    let h = simulate(&p, &c, eps, ch, plan, &mut |_| {}).history;
    Counts {
        clicks: h.clicks,
        orders: h.orders,
        commission: h.commission,
    }
}

/// What the model expects of `s`'s trial (visits, orders, commission over its weeks, at its
/// posts) at `s`'s values; `None` without the weeks tried.
pub fn trial_expectation(s: &Scenario) -> Option<Counts> {
    let ch = s.trial.channel;
    let (p, c, eps, plan) = setup(s, ch);
    plan.tried.then(|| {
        let h = simulate(&p, &c, eps, ch, plan.trial_only(), &mut |_| {}).history;
        Counts {
            clicks: h.clicks,
            orders: h.orders,
            commission: h.commission,
        }
    })
}

/// A calibration under way: draws weighed so far.
#[derive(Clone, Debug)]
pub struct Calibrator {
    /// The scenario of the key, guarded.
    base: Scenario,
    ch: ChannelId,
    plan: Plan,
    trial: Trial,
    rng: Xoshiro256PlusPlus,
    weighed: Weighed,
    /// Draws to weigh before the next look at the effective sample size.
    target: u32,
    /// The best draw's log-likelihood and expectation.
    best: (f64, Counts),
    /// Running sums over the draws, the weights relative to the best so far (rescaled when it
    /// rises): Σw, Σw², Σw·x and Σx per input — so neither a look at the effective sample size
    /// nor the end is a pass over every draw.
    sums: Sums,
}

/// See [`Calibrator::sums`].
#[derive(Clone, Debug, Default)]
struct Sums {
    w: f64,
    w2: f64,
    wx: Vec<f64>,
    x: Vec<f64>,
}

impl Sums {
    /// Add a draw of log-likelihood `l` (the best so far being `top`, before this draw) and
    /// values `x`.
    fn add(&mut self, l: f64, top: f64, x: &[f64]) {
        if self.wx.len() != x.len() {
            self.wx = vec![0.0; x.len()];
            self.x = vec![0.0; x.len()];
        }
        let top = if l > top {
            let k = if top.is_finite() {
                libm::exp(top - l)
            } else {
                0.0
            };
            self.w *= k;
            self.w2 *= k * k;
            self.wx.iter_mut().for_each(|v| *v *= k);
            l
        } else {
            top
        };
        let w = libm::exp(l - top);
        self.w += w;
        self.w2 += w * w;
        for ((wx, sx), &v) in self.wx.iter_mut().zip(self.x.iter_mut()).zip(x) {
            *wx += w * v;
            *sx += v;
        }
    }

    /// Effective sample size, `(Σw)² / Σw²`.
    fn ess(&self) -> f64 {
        if self.w2 > 0.0 {
            self.w * self.w / self.w2
        } else {
            0.0
        }
    }
}

impl Calibrator {
    /// Start calibrating `s`; `None` without a trial's results.
    pub fn new(s: &Scenario) -> Option<Calibrator> {
        let key = Calibration::key(s)?;
        let ch = key.channel;
        let (p, c, eps, plan) = setup(&key, ch);
        let mut base = key.clone();
        base.person = p;
        *base.params_mut(ch) = c;
        base.discount_elasticity = eps;
        let inputs = super::draws::uncertain_inputs(&base, ch);
        let target = if plan.tried {
            base.draws.min(20_000)
        } else {
            0
        };
        Some(Calibrator {
            rng: rng(base.seed),
            trial: key.trial,
            plan: plan.trial_only(),
            ch,
            base,
            weighed: Weighed {
                draws: DrawSet {
                    inputs,
                    ..DrawSet::default()
                },
                log_lik: Vec::new(),
            },
            target,
            best: (f64::NEG_INFINITY, Counts::default()),
            sums: Sums::default(),
        })
    }

    /// Draws weighed so far.
    pub fn done(&self) -> u32 {
        self.weighed.draws.n as u32
    }

    /// Weigh up to `max` more draws; true when the calibration is complete.
    pub fn step(&mut self, max: u32) -> bool {
        let weeks = self.plan.trial_weeks as f64;
        for _ in 0..max {
            if self.done() >= self.target && !self.extend() {
                return true;
            }
            let set = &mut self.weighed.draws;
            set.push(&mut self.rng);
            let e = expected(
                &self.base,
                self.ch,
                self.plan,
                &set.inputs,
                set.draw(set.n - 1),
            );
            let l = log_lik(&self.trial, &e, weeks);
            // Not a number or −∞ (libm's logarithm of 0): this draw cannot give the trial.
            let l = if l.is_finite() { l } else { -1e300 };
            self.sums.add(l, self.best.0, set.draw(set.n - 1));
            if l > self.best.0 {
                self.best = (l, e);
            }
            self.weighed.log_lik.push(l);
        }
        self.done() >= self.target && !self.extend()
    }

    /// At the target: draw another block when the effective sample size is short of
    /// [`ESS_TARGET`] and there is room; whether it did.
    fn extend(&mut self) -> bool {
        if self.target == 0 || self.target >= MAX_CAL_DRAWS {
            return false;
        }
        if self.sums.ess() >= ESS_TARGET {
            return false;
        }
        self.target = (self.target + DRAW_BLOCK).min(MAX_CAL_DRAWS);
        true
    }

    /// The calibration of the draws weighed (call once [`Calibrator::step`] says complete).
    pub fn finish(self) -> Calibration {
        let weeks = self.plan.trial_weeks as f64;
        let own = vec_of(&self.weighed.draws.inputs);
        let before = expected(
            &self.base,
            self.ch,
            self.plan,
            &self.weighed.draws.inputs,
            &own,
        );
        let mut cal = Calibration {
            status: Status::NeedsWeeks,
            channel: self.ch,
            weeks,
            draws: self.done(),
            ess: self.sums.ess(),
            expected_before: before,
            expected_after: before,
            moved: Vec::new(),
            weighed: Shared::default(),
        };
        if self.plan.trial_weeks == 0 {
            return cal;
        }
        cal.status = match out_of_reach(&self.trial, &self.best.1, weeks) {
            Some(f) => Status::OutOfReach(f),
            None if cal.ess < ESS_FLOOR => Status::TooFew,
            None => Status::Calibrated,
        };
        let sees: Vec<bool> = (0..self.weighed.draws.inputs.len())
            .map(|j| self.informs(j, &own))
            .collect();
        cal.moved = moved(&self.weighed.draws, &self.sums, &sees, cal.calibrated());
        if cal.calibrated() {
            let after: Vec<f64> = cal.moved_values(&self.weighed.draws.inputs);
            cal.expected_after = expected(
                &self.base,
                self.ch,
                self.plan,
                &self.weighed.draws.inputs,
                &after,
            );
        }
        crate::model::sort::sort_small(&mut cal.moved, |a, b| a.shift() > b.shift());
        cal.weighed = Shared(Rc::new(self.weighed));
        cal
    }
}

impl Calibrator {
    /// Whether input `j` changes what the trial's results would be (its low against its high,
    /// the rest at the person's values): only what the trial can see is calibrated.
    fn informs(&self, j: usize, own: &[f64]) -> bool {
        let inputs = &self.weighed.draws.inputs;
        let at = |v: f64| {
            let mut x = own.to_vec();
            x[j] = v;
            expected(&self.base, self.ch, self.plan, inputs, &x)
        };
        let (a, b) = (at(inputs[j].low), at(inputs[j].high));
        let differs = |x: f64, y: f64| (x - y).abs() > 1e-9 * (x.abs() + y.abs());
        let t = &self.trial;
        (t.clicks.is_some() && differs(a.clicks, b.clicks))
            || ((t.orders.is_some() || t.commission.is_some()) && differs(a.orders, b.orders))
            || (t.commission.is_some() && differs(a.commission, b.commission))
    }
}

/// The person's own values of `inputs`.
fn vec_of(inputs: &[Uncertain]) -> Vec<f64> {
    inputs.iter().map(|u| u.mode).collect()
}

/// Each input's calibrated value, `own + (weighted mean − mean)` over the same draws, kept inside
/// its range (MODEL.md §9); an input the trial cannot see (`sees[j]` false) keeps the person's
/// value rather than move by chance, and nothing moves when the trial is not used (`use_it`).
fn moved(set: &DrawSet, sums: &Sums, sees: &[bool], use_it: bool) -> Vec<Moved> {
    let n = set.n.max(1) as f64;
    set.inputs
        .iter()
        .enumerate()
        .map(|(j, u)| Moved {
            field: u.field,
            low: u.low,
            mode: u.mode,
            high: u.high,
            value: if use_it && sees[j] && sums.w > 0.0 {
                (u.mode + sums.wx[j] / sums.w - sums.x[j] / n).clamp(u.low, u.high)
            } else {
                u.mode
            },
        })
        .collect()
}
