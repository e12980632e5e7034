//! Generic UI, nothing of this page's: a modal `<dialog>` (`dialog`), copying to the clipboard
//! with its fallbacks (`copy`), small browser helpers (`dom`: downloads, promises, dates,
//! storage), a `<details>` that builds its inside only while open, and class lists.

pub mod copy;
pub mod dialog;
pub mod dom;

use yew::prelude::*;

/// Whether a `<details>` is open, and the `ontoggle` that keeps it so: what is inside is built
/// only while it is open.
#[hook]
pub fn use_details_open() -> (UseStateHandle<bool>, Callback<Event>) {
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(el.open());
        })
    };
    (open, ontoggle)
}

/// `name` when `cond` holds, else nothing: a part for [`class_list`].
pub fn on(cond: bool, name: &'static str) -> &'static str {
    if cond {
        name
    } else {
        ""
    }
}

/// A class attribute from its parts, empty ones left out (a string, not yew's `classes!` and
/// the index set behind it).
pub fn class_list(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts.iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}
