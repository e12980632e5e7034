//! Fuzz target `link`: `tests/invariants/mod.rs`'s `link` on libFuzzer's input.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::link(data));
