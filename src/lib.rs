//! 推客值不值？— is becoming a 微信小店推客 worth it? The crate root only declares modules.

pub mod chart;
pub mod model;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
mod bench;
pub mod i18n;
pub mod input;
pub mod lang;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod renders;
pub mod share;
pub mod state;
