//! Renders counted by component (`app`'s, and the chart canvas), for the browser test that holds
//! a Monte Carlo completion to re-rendering only what changed (`tests/web.rs`). Counted only with the `render-count` feature,
//! which the wasm test build turns on (a dev-dependency on this crate); in the product `count`
//! is empty and compiles away.

#[cfg(feature = "render-count")]
thread_local! {
    static COUNTS: std::cell::RefCell<Vec<(String, u32)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// One render of `name` (a component; a chart by its id).
#[inline(always)]
pub fn count(name: &str) {
    #[cfg(feature = "render-count")]
    COUNTS.with(|c| {
        let mut c = c.borrow_mut();
        match c.iter_mut().find(|(n, _)| n == name) {
            Some((_, k)) => *k += 1,
            None => c.push((name.to_string(), 1)),
        }
    });
    #[cfg(not(feature = "render-count"))]
    let _ = name;
}

/// Renders so far, by name, in the order first rendered.
#[cfg(feature = "render-count")]
pub fn counts() -> Vec<(String, u32)> {
    COUNTS.with(|c| c.borrow().clone())
}
