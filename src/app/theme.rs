//! The colour scheme the charts draw in: the theme setting, else the system preference, followed
//! while the page is open (a phone switching to dark mode at dusk redraws the charts dark).

use crate::state::Theme;
use gloo::events::EventListener;

/// The system's dark-mode query, where the browser has `matchMedia` (none in the build-time
/// render, which draws light).
fn dark_query() -> Option<web_sys::MediaQueryList> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
}

/// Whether the system asks for dark now.
pub fn system_dark() -> bool {
    dark_query().is_some_and(|m| m.matches())
}

/// Call `on_change` with the system's preference each time it changes, for the page's life (the
/// app is the page: there is nothing to take down).
pub fn follow_system(on_change: impl Fn(bool) + 'static) {
    if let Some(m) = dark_query() {
        let query = m.clone();
        EventListener::new(&m, "change", move |_| on_change(query.matches())).forget();
    }
}

/// Whether the page is dark: the theme setting, else the system's preference (`system`, kept up
/// to date by [`follow_system`]).
pub fn dark(theme: Theme, system: bool) -> bool {
    match theme {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => system,
    }
}
