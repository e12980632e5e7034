//! The address and the page in step: the scenario and language written into `#hash` (no new
//! history entry, no reload), and a new link pasted into the address bar followed.

use super::boot::is_state;
use crate::share::url::{decode, encode};
use crate::share::Ignored;
use crate::state::{Action, State};
use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Write `#hash` into the address without a new history entry or a reload.
fn write_hash(hash: &str) {
    let w = gloo::utils::window();
    let loc = w.location();
    if loc.hash().unwrap_or_default().trim_start_matches('#') == hash {
        return;
    }
    let Ok(history) = w.history() else { return };
    let url = format!(
        "{}{}#{hash}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    );
    let st = history.state().unwrap_or(JsValue::NULL);
    let _ = history.replace_state_with_url(&st, "", Some(&url));
}

/// Keep the address in step with the scenario and language (when `enabled`), and follow a new
/// link pasted into the address bar (`hashchange`, outside embed mode).
#[hook]
pub fn use_url_sync(
    enabled: bool,
    embed: bool,
    state: &State,
    dispatch: Callback<Action>,
    notice: UseStateHandle<Vec<Ignored>>,
) {
    let current = encode(&state.scenario, state.lang);
    let latest = use_mut_ref(String::new);
    *latest.borrow_mut() = current.clone();
    use_effect_with((current, enabled), |(hash, enabled)| {
        if *enabled {
            write_hash(hash);
        }
    });
    use_effect_with(enabled && !embed, move |&on| {
        let listener = on.then(|| {
            EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                let hash = hash.trim_start_matches('#');
                if !is_state(hash) || *latest.borrow() == hash {
                    return;
                }
                let d = decode(hash);
                dispatch.emit(Action::Load(Box::new(d.scenario)));
                if let Some(l) = d.lang {
                    dispatch.emit(Action::SetLang(l));
                }
                notice.set(d.ignored);
            })
        });
        move || drop(listener)
    });
}
