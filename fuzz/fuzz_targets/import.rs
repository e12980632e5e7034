//! Fuzz target `import`: `tests/invariants/mod.rs`'s `import` on libFuzzer's input.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::import(data));
