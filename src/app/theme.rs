//! The colour scheme: the theme setting, else the system preference, followed while the page is
//! open (a phone switching to dark mode at dusk redraws the charts dark); and `<html>`'s own
//! theme, language and the document's title, which live outside Yew's root.

use crate::i18n::{t, Key, Lang};
use crate::state::Theme;
use gloo::events::EventListener;
use yew::prelude::*;

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

/// Whether the charts draw dark now: [`dark`], the system followed while the page is open.
#[hook]
pub fn use_dark(theme: Theme) -> bool {
    let system = use_state_eq(system_dark);
    {
        let system = system.clone();
        use_effect_with((), move |_| follow_system(move |d| system.set(d)));
    }
    dark(theme, *system)
}

/// `<html lang>`, `<html data-theme>` and the document's title in step with the state.
#[hook]
pub fn use_html(lang: Lang, theme: Theme) {
    use_effect_with((lang, theme), |(lang, theme)| {
        let doc = gloo::utils::document();
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", lang.tag());
            let _ = match theme {
                Theme::Auto => html.remove_attribute("data-theme"),
                Theme::Light => html.set_attribute("data-theme", "light"),
                Theme::Dark => html.set_attribute("data-theme", "dark"),
            };
        }
        doc.set_title(t(*lang, Key::Title));
    });
}
