//! The page's own address and the link that reproduces a scenario (issue 5's codec).

use crate::i18n::Lang;
use crate::model::Scenario;
use crate::share::url::encode;

/// This page's address without its `#fragment` (keeps `?embed=…` options out: a shared link
/// opens the full page). Empty in the build-time render (the link is then the bare `#…`, which
/// the page replaces with its own address when it takes over).
pub fn page_url() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    let loc = gloo::utils::window().location();
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_else(|_| "/".into());
    format!("{origin}{path}")
}

/// The link that opens `s` in `lang` exactly (same numbers, same seed).
pub fn scenario_link(s: &Scenario, lang: Lang) -> String {
    format!("{}#{}", page_url(), encode(s, lang))
}
