//! Charts of the model's output and the 分享海报 that carries one, drawn with plotters on any
//! `DrawingBackend`: a `<canvas>` in the browser (`canvas::ChartCanvas`, the 海报's PNG) and SVG in
//! native tests. Pure: no browser crate here. Words and numbers come from `i18n` (keys and the
//! one number module), so a chart says what the page says.
//!
//! Every chart fills its area with the theme's background, puts its legend in a strip at the top
//! (one entry per line, band and bar kind; never over the data), writes its titles horizontally,
//! keeps one unit per axis, and survives NaN, infinities, empty series and huge numbers.

mod entry;
mod headline;
mod legend;
mod overlay;
mod plot;
mod poster;
mod qr;
mod style;
mod tornado;
mod wrap;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod backend;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod canvas;

pub use entry::draw_entry;
pub use headline::{donates, draw_headline};
pub use overlay::{draw_overlay, MAX_OVERLAY};
pub use poster::{draw_poster, layout_poster, Poster, PosterData, QrPlace, POSTER_W};
pub use qr::{qr_modules, QUIET_ZONE};
pub use style::{Style, Theme, FONT, TEXT_PX};
pub use tornado::{draw_tornado, tornado_height, MAX_TORNADO_BARS};
