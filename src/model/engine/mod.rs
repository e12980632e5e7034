//! Every draw the model makes, in one place (MODEL.md §6 and §9): the seeded stream of
//! uncertain inputs (`draws`), the trial's likelihood of each (`likelihood`), the calibration
//! that weighs them (`calibrate`) and the ranges they give, fresh or resampled by the weights
//! (`bands`). Both long jobs are resumable, so the page runs them in slices off the keystroke;
//! `decide` itself is deterministic and draws nothing.

mod bands;
mod calibrate;
mod calibration;
mod draws;
mod likelihood;
mod percentile;

pub use bands::{monte_carlo, Bands, McResult, MAX_DRAWS, RESAMPLED};
pub use calibrate::{trial_expectation, Calibrator};
pub use calibration::{
    Calibration, Moved, Status, DRAW_BLOCK, ESS_FLOOR, ESS_TARGET, MAX_CAL_DRAWS, MIN_DRAWS,
};
pub use draws::{range_around, triangular, uncertain_inputs, Uncertain};
pub use likelihood::{
    log_lik, out_of_reach, Counts, COMMISSION_SPREAD, MIX_SPREAD, REACH_DEVIANCE, WEEK_SIZE,
};
pub use percentile::Band;

/// Calibrate `s` with its trial in one go (`None` without a trial's results): what the page does
/// in slices, for tests and tools.
pub fn calibrate(s: &crate::model::scenario::Scenario) -> Option<Calibration> {
    let mut c = Calibrator::new(s)?;
    while !c.step(u32::MAX) {}
    Some(c.finish())
}
