//! The page's address: what it asks for at start (`boot`: the scenario in the `#hash`, the view
//! options in the `?query`), kept in step with the state (`sync`), and what a link carried that
//! the page could not use (`notice`). The pure codecs are `crate::share::{url, view}`.

mod boot;
mod notice;
mod sync;

pub use boot::Boot;
pub use notice::url_notice;
pub use sync::use_url_sync;
