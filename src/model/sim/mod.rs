//! The weekly simulation of MODEL.md §4 and the per-channel summary of §5: the weeks of a run
//! (`plan`, rounded with `clamp`), one week's steps over the stocks (`steps`), the run and its accounts (`run`), what
//! the weeks add up to (`week`), and the projections every surface shows (`project`).

mod clamp;
mod plan;
mod project;
mod run;
mod steps;
mod week;

pub(crate) use plan::{entry_delay, setup, Plan};
pub use plan::{MAX_TRIAL_WEEKS, MAX_WEEKS};
pub(crate) use project::trial_run;
pub use project::{
    entry_comparison, project, project_all, EntryComparison, Flag, Projection, Summary,
    FRIEND_LIMIT, LATER_WEEKS,
};
pub(crate) use run::simulate;
pub use week::{Totals, WeekRow, MIN_HOURS, WEEK_COLUMNS};
