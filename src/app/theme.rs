//! The colour scheme the charts draw in: the theme setting, else the system preference.

use crate::state::Theme;
use yew::prelude::*;

/// Whether the page is dark right now (theme setting, else the system preference).
#[hook]
pub fn use_dark(theme: Theme) -> bool {
    match theme {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .map(|m| m.matches())
            .unwrap_or(false),
    }
}
