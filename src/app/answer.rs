//! The page's answer for the current state: the deterministic results at the calibrated values
//! (the last settled ones while a trial's calibration is on its way), then the Monte Carlo's
//! ranges and the verdict that quotes them. Computed in `App`; the sections get the parts they
//! show in their props, and the 分享海报, deep in the header's tools, reads it from a context.

use super::engine;
use crate::model::{McResult, Verdict};
use crate::state::{Results, State};
use std::rc::Rc;
use yew::prelude::*;

/// What the page answers. Equal when its parts are, so a context of it notifies only when the
/// answer changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The deterministic results (the settled ones while `calibrating`).
    pub results: Rc<Results>,
    /// The chosen channel's ranges, once they are in.
    pub mc: Option<Rc<McResult>>,
    /// The verdict of the central figures, with the ranges in its first reason once they are in.
    pub verdict: Rc<Verdict>,
    /// A trial's calibration is still on its way.
    pub calibrating: bool,
}

/// The answer for `state`, its slow parts computed off the keystroke (`engine`).
#[hook]
pub fn use_answer(state: &State) -> Answer {
    // The trial's calibration: the draws' work, in slices off the keystroke (kept by key, so a
    // change that does not touch it reuses it).
    let (cals, calibrating) = engine::use_calibrations(vec![state.scenario.clone()]);
    let cal = cals.into_iter().next().flatten();
    // Deterministic results at the calibrated values: recomputed on every valid change,
    // synchronously (well under a frame).
    let fresh = use_memo((state.scenario.clone(), cal.clone()), |(s, c)| {
        Results::compute(s, c.as_deref())
    });
    // While a calibration is on its way the page keeps the last answer it settled on, marked as
    // updating, so the uncalibrated figures are never shown as the person's.
    let settled = use_mut_ref(|| None::<Rc<Results>>);
    let results = if calibrating {
        settled.borrow().clone().unwrap_or_else(|| fresh.clone())
    } else {
        *settled.borrow_mut() = Some(fresh.clone());
        fresh
    };
    // The ranges refine after, in slices, so the page never freezes.
    let mc = engine::use_bands(&state.scenario, cal, !calibrating, state.revision);
    // The verdict of the central figures; the Monte Carlo only adds its range to the reasons.
    let verdict = use_memo((results.clone(), mc.clone()), |(r, mc)| match mc {
        Some(m) => r.decision.verdict.with_monte_carlo(m),
        None => r.decision.verdict.clone(),
    });
    Answer {
        results,
        mc,
        verdict,
        calibrating,
    }
}
