//! Copy to the clipboard, with a fallback for browsers without the Clipboard API (WeChat's
//! built-in browser, old WebViews): select a visible read-only field holding the text and run
//! `document.execCommand('copy')`; if even that fails, leave the text selected and ask the
//! person to long-press it.

use super::dom;
use crate::i18n::{t, Key};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What happened to the last copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CopyStatus {
    #[default]
    Idle,
    /// On the clipboard.
    Copied,
    /// The browser would not copy: the field is selected, long-press it.
    Manual,
}

impl CopyStatus {
    /// The feedback line in `lang` (empty when idle).
    pub fn message(self, lang: crate::i18n::Lang) -> &'static str {
        match self {
            CopyStatus::Idle => "",
            CopyStatus::Copied => t(lang, Key::Copied),
            CopyStatus::Manual => t(lang, Key::CouldNotCopyAutomatically),
        }
    }
}

/// Select all the text of an `<input>` or `<textarea>`.
pub fn select_field(field: &NodeRef) -> bool {
    if let Some(i) = field.cast::<web_sys::HtmlInputElement>() {
        let _ = i.focus();
        i.select();
        let _ = i.set_selection_range(0, i.value().encode_utf16().count() as u32);
        true
    } else if let Some(t) = field.cast::<web_sys::HtmlTextAreaElement>() {
        let _ = t.focus();
        t.select();
        let _ = t.set_selection_range(0, t.value().encode_utf16().count() as u32);
        true
    } else {
        false
    }
}

fn exec_copy(field: &NodeRef) -> CopyStatus {
    if !select_field(field) {
        return CopyStatus::Manual;
    }
    let doc = gloo::utils::document();
    let html_doc: Option<&web_sys::HtmlDocument> = doc.dyn_ref();
    match html_doc.map(|d| d.exec_command("copy")) {
        Some(Ok(true)) => CopyStatus::Copied,
        _ => {
            select_field(field);
            CopyStatus::Manual
        }
    }
}

/// Copy `text` (also shown in `field`); `done` gets the outcome.
pub fn copy(text: String, field: NodeRef, done: Callback<CopyStatus>) {
    let nav = gloo::utils::window().navigator();
    if dom::has(&nav, "clipboard") {
        let promise = nav.clipboard().write_text(&text);
        dom::on_settled(promise, move |r| {
            let status = match r {
                Ok(_) => {
                    // Also select it, so the person sees what was copied.
                    select_field(&field);
                    CopyStatus::Copied
                }
                // Denied (no focus, no permission, insecure context): the fallback.
                Err(_) => exec_copy(&field),
            };
            done.emit(status);
        });
    } else {
        done.emit(exec_copy(&field));
    }
}
