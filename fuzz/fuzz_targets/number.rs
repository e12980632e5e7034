//! Fuzz target `number`: `tests/invariants/mod.rs`'s `number` on libFuzzer's input.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::number(data));
