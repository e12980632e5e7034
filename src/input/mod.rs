//! Reading what people type into number fields: full-width digits, 1.2万, 15%, ∞. Pure Rust: no
//! browser crate; compiles and is tested natively (tests/input.rs). Showing numbers back is
//! `i18n::num`'s job.

pub mod parse;
mod words;

pub use parse::{parse_number, ParseError, MAX_INPUT_CHARS};

use crate::model::Unit;

/// Whether people write values of this unit with 万 ("1.2万"): head counts, which run into tens
/// of thousands. Such a field is offered a keyboard that can type 万, and its message suggests
/// it; every other field gets a number pad and examples without 万 (万 is still read there).
pub fn written_with_wan(unit: Unit) -> bool {
    unit == Unit::People
}
