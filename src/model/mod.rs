//! The economics model of MODEL.md: pure Rust, no browser crate, deterministic on native and wasm.

mod access;
mod calendar;
mod channel;
mod engine;
mod explain;
mod field;
mod fingerprint;
mod guard;
mod presets;
mod reasons;
mod rules;
mod scenario;
mod sensitivity;
mod sim;
mod sort;
mod table;
mod verdict;

pub use calendar::{ATTRIBUTION_FOREVER_DAYS, WEEKS_PER_MONTH};
pub use channel::{ChannelId, Channels};
pub use engine::trial_expectation;
pub use engine::{
    calibrate, log_lik, monte_carlo, out_of_reach, range_around, triangular, uncertain_inputs,
    Band, Bands, Calibration, Calibrator, Counts, McResult, Moved, Status, Uncertain,
    COMMISSION_SPREAD, DRAW_BLOCK, ESS_FLOOR, ESS_TARGET, MAX_CAL_DRAWS, MAX_DRAWS, MIN_DRAWS,
    MIX_SPREAD, REACH_DEVIANCE, RESAMPLED, WEEK_SIZE,
};
pub use explain::{explain, Explanation};
pub use field::{Field, FieldError, FieldErrorKind, FieldMeta};
pub use fingerprint::{fingerprint, FINGERPRINT, FINGERPRINT_SEED};
pub use presets::{presets, Preset};
pub use reasons::{PayRange, Reason};
pub use scenario::{Scenario, SCHEMA_VERSION};
pub use sensitivity::{
    break_even, break_even_fields, levers, sort_by_swing, tornado, what_it_takes, BreakEven, Goal,
    TornadoBar,
};
pub use sim::{
    entry_comparison, project, project_all, EntryComparison, Flag, Projection, Summary, Totals,
    WeekRow, FRIEND_LIMIT, LATER_WEEKS, MAX_TRIAL_WEEKS, MAX_WEEKS, MIN_HOURS, WEEK_COLUMNS,
};
pub use table::{
    ChannelField, ChannelParams, FieldDef, Group, Person, PersonField, Row, Source, SourceStatus,
    Spec, Trial, TrialField, Unit, CHANNEL, DRAWS, ELASTICITY, GOAL, PERSON, TRIAL,
};
pub use verdict::{
    best_channel, decide, decide_with, rank_channels, verdict, Decision, History, Verdict,
    VerdictKind,
};
