//! Reading what people type into number fields: full-width digits, 1.2万, 15%, ∞. Pure Rust: no
//! browser crate; compiles and is tested natively (tests/input.rs). Showing numbers back is
//! `i18n::num`'s job.

pub mod parse;

pub use parse::{parse_number, ParseError, MAX_INPUT_CHARS};
