//! **The one table of fields**: every input of the model declared once, with its key, labels,
//! unit, valid bounds and panel group, and its default, uncertainty range and source — per
//! channel for the channel fields (MODEL.md §3, SOURCES.md: S sourced, D derived, E estimate).
//! Each declaration also makes the struct field that holds the value, the enum variant that
//! names it (and its place in `ALL`) and its accessors (`spec.rs`'s `fields!`), so a field is added
//! here and nowhere else. The model's defaults, validation, clamping, the Monte Carlo ranges and
//! the page's hints all read this table.
//!
//! Ranges are roughly symmetric around the default and inside SOURCES.md's ranges (which span
//! different people and platforms), so the default stays near the Monte Carlo median: a skewed
//! range such as click 1–3–15% would put "your numbers" at P10 (MODEL.md §6).

mod channel;
mod person;
mod spec;
mod trial;

pub use channel::{ChannelField, ChannelParams, CHANNEL};
pub use person::{Person, PersonField, DRAWS, ELASTICITY, PERSON};
pub use spec::{FieldDef, Group, Row, Source, SourceStatus, Spec, Unit};
pub use trial::{Trial, TrialField, GOAL, TRIAL};
