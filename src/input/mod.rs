//! Reading what people type into number fields and showing numbers back, per language.
//! Pure Rust: no browser crate; compiles and is tested natively (tests/input.rs).

pub mod format;
pub mod parse;

pub use format::{
    fixed, format_value, hours, money, number, people, per_hour, percent, ratio, unit_label,
    with_unit, DASH, MINUS,
};
pub use parse::{parse_number, ParseError, MAX_INPUT_CHARS};
