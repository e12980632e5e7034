//! The economics model of MODEL.md: pure Rust, no browser crate, deterministic on native and wasm.

mod access;
mod channel;
mod detmath;
mod engine;
mod explain;
mod field;
mod fingerprint;
mod guard;
mod presets;
mod rules;
mod scenario;
mod sensitivity;
mod sim;
mod table;
mod verdict;

pub use channel::ChannelId;
pub use engine::trial_expectation;
pub use engine::{
    calibrate, log_lik, monte_carlo, out_of_reach, range_around, triangular, uncertain_inputs,
    Band, Bands, Calibration, Calibrator, Counts, McResult, Moved, Status, Uncertain,
    COMMISSION_SPREAD, DRAW_BLOCK, ESS_FLOOR, ESS_TARGET, MAX_CAL_DRAWS, MAX_DRAWS, MIN_DRAWS,
    MIX_SPREAD, REACH_DEVIANCE, RESAMPLED, WEEK_SIZE,
};
pub use explain::{explain, Explanation};
pub use field::{
    ChannelField, Field, FieldError, FieldErrorKind, FieldMeta, PersonField, TrialField,
};
pub use fingerprint::{fingerprint, FINGERPRINT, FINGERPRINT_SEED};
pub use presets::{presets, Preset};
pub use scenario::{ChannelParams, Person, Scenario, Trial};
pub use sensitivity::{
    break_even, break_even_fields, levers, sort_by_swing, tornado, what_it_takes, BreakEven, Goal,
    TornadoBar,
};
pub use sim::{
    entry_comparison, project, project_all, EntryComparison, Flag, Projection, Summary, WeekRow,
    FRIEND_LIMIT, LATER_WEEKS, MAX_TRIAL_WEEKS, MAX_WEEKS, MIN_HOURS, WEEK_COLUMNS,
};
pub use table::{
    ChannelFieldRow, FieldDef, FieldRow, Group, Source, SourceStatus, Spec, Unit, CHANNEL, DRAWS,
    ELASTICITY, GOAL, PERSON, TRIAL,
};
pub use verdict::{
    best_channel, decide, decide_with, rank_channels, verdict, Decision, History, PayRange, Reason,
    Verdict, VerdictKind,
};

/// A name or note in both languages: data the model's tables carry (field labels, sources,
/// channel and preset names). Only `i18n` chooses one of the two.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Label {
    pub zh: &'static str,
    pub en: &'static str,
}

/// Sort a handful of items (six channels, a tornado's bars, a file's keys) in place by
/// insertion, stable: `before(a, b)` says whether `a` goes before `b`. One small loop in the
/// wasm instead of the standard library's quicksort for every place that sorts.
pub fn sort_small<T>(v: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && before(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Version of the serialised [`Scenario`] schema.
pub const SCHEMA_VERSION: u32 = 1;
/// Weeks per month (365.25 / 12 / 7 ≈ 4.345), MODEL.md §4.
pub const WEEKS_PER_MONTH: f64 = 4.345;
/// `attribution_days` at or above this means "forever" (永久锁定); stored finite, so files and links carry it as a number.
pub const ATTRIBUTION_FOREVER_DAYS: f64 = 3650.0;
