//! A trial's calibration as a value (MODEL.md §9): how it came out, what moved and by how much,
//! the draws and their weights kept for the bands. [`super::Calibrator`] makes one.

use super::draws::{DrawSet, Uncertain};
use super::likelihood::Counts;
use crate::model::channel::ChannelId;
use crate::model::field::Field;
use crate::model::scenario::Scenario;
use crate::model::table::{Trial, TrialField};
use std::rc::Rc;

/// Fewest draws a calibration weighs (MODEL.md §9: whatever `draws` is set to).
pub const MIN_DRAWS: u32 = 10_000;
/// Draws added while the effective sample size is under [`ESS_TARGET`].
pub const DRAW_BLOCK: u32 = 10_000;
/// Most draws a calibration weighs.
pub const MAX_CAL_DRAWS: u32 = 50_000;
/// Effective sample size the calibration draws on for.
pub const ESS_TARGET: f64 = 200.0;
/// Fewest effective draws a calibration may rest on.
pub const ESS_FLOOR: f64 = 50.0;

/// How a calibration came out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Status {
    /// Results were entered but not the weeks they took.
    NeedsWeeks,
    /// The figures are the calibrated ones.
    Calibrated,
    /// Fewer than [`ESS_FLOOR`] effective draws after [`MAX_CAL_DRAWS`]: too little to go on.
    TooFew,
    /// Even the closest draw is far from this result.
    OutOfReach(TrialField),
}

/// One uncertain input before and after: its range, the person's value and the calibrated one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Moved {
    pub field: Field,
    pub low: f64,
    pub mode: f64,
    pub high: f64,
    /// The calibrated value: the person's own, moved by what the trial taught.
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

/// The weighed draws, kept for the bands: the draw set and each draw's log-likelihood.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Weighed {
    pub draws: DrawSet,
    pub log_lik: Vec<f64>,
}

/// A trial's calibration (module docs). A pure value: the page caches it by [`Calibration::key`]
/// and applies it to any scenario with the same key ([`Calibration::apply`]).
#[derive(Clone, Debug, PartialEq)]
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
    /// The draws and their weights (for the bands).
    pub(crate) weighed: Shared,
}

/// The weighed draws of a calibration, shared: equal only to themselves (one calibration's
/// draws are never compared value by value — the page compares calibrations on every render).
#[derive(Clone, Debug, Default)]
pub(crate) struct Shared(pub Rc<Weighed>);

impl PartialEq for Shared {
    fn eq(&self, other: &Shared) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Shared {
    type Target = Weighed;
    fn deref(&self) -> &Weighed {
        &self.0
    }
}

impl Calibration {
    pub fn calibrated(&self) -> bool {
        self.status == Status::Calibrated
    }

    /// What a calibration of `s` depends on: `s` with everything else set aside (the channel on
    /// screen, the horizon, the entry delay, the time value, the goal, the channels not tried).
    /// Two scenarios with the same key have the same calibration. `None` without a trial's
    /// results.
    pub fn key(s: &Scenario) -> Option<Scenario> {
        let t = &s.trial;
        if !has_results(t) {
            return None;
        }
        let mut k = Scenario {
            channel: t.channel,
            draws: s.draws.max(MIN_DRAWS),
            goal_monthly: None,
            ..s.clone()
        };
        k.person.horizon_weeks = 1.0;
        k.person.entry_delay_weeks = 0.0;
        k.person.hourly_value = 0.0;
        let base = Scenario::default();
        for ch in ChannelId::ALL {
            if ch != t.channel {
                *k.params_mut(ch) = *base.params(ch);
            }
        }
        Some(k)
    }

    /// `s` at the calibrated values (`s` itself unless calibrated).
    pub fn apply(&self, s: &Scenario) -> Scenario {
        let mut out = s.clone();
        if self.calibrated() {
            for m in &self.moved {
                out.set_unchecked(m.field, m.value);
            }
        }
        out
    }

    /// The calibrated value of `f`, when the calibration moved it.
    pub fn value_of(&self, f: Field) -> Option<f64> {
        self.calibrated()
            .then(|| {
                self.moved
                    .iter()
                    .find(|m| m.field == f && m.value != m.mode)
            })
            .flatten()
            .map(|m| m.value)
    }
}

/// Whether the trial gives any result to calibrate on (visits, orders or commission).
fn has_results(t: &Trial) -> bool {
    t.clicks.is_some() || t.orders.is_some() || t.commission.is_some()
}

impl Calibration {
    /// The calibrated values of `inputs`, in their order.
    pub(crate) fn moved_values(&self, inputs: &[Uncertain]) -> Vec<f64> {
        inputs
            .iter()
            .map(|u| {
                self.moved
                    .iter()
                    .find(|m| m.field == u.field)
                    .map_or(u.mode, |m| m.value)
            })
            .collect()
    }
}
