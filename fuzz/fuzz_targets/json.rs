//! Fuzz target `json`: `tests/invariants/mod.rs`'s `json_reader` on libFuzzer's input.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::json_reader(data));
