//! 推客值不值？— is becoming a 微信小店推客 worth it? The crate root only declares modules.

pub mod bench;
pub mod chart;
pub mod model;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;
pub mod i18n;
pub mod input;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod renders;
pub mod share;
pub mod state;
