//! Fuzz target `reducer`: `tests/invariants/mod.rs`'s `reducer` on libFuzzer's input.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::reducer(data));
