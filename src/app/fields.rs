//! A controlled numeric field: the person's text, a message beside it when it is wrong, and
//! where its default comes from.

use super::ui::{class_list, on};
use crate::i18n::num::{format_value, unit_label_for};
use crate::i18n::{self, Lang};
use crate::model::{Field, SourceStatus};
use crate::state::{Draft, FieldIssue};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How a field is shown: larger on the first screen; with its default, range and source under
/// it (`hint`) in 高级假设.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub big: bool,
    pub hint: bool,
}

/// A value as the field shows it, with its unit: "9,999,999 人", "15 %".
fn with_unit_text(v: f64, unit: crate::model::Unit, l: Lang) -> String {
    let u = unit_label_for(unit, v, l);
    if u.is_empty() {
        format_value(v, unit)
    } else {
        format!("{} {u}", format_value(v, unit))
    }
}

/// The DOM id of a field's input ("f-wxshop-price").
pub fn input_id(f: Field) -> String {
    format!("f-{}", f.key().replace(['.', '_'], "-"))
}

/// Field `f` showing `value` (in the valid scenario; `None`: an optional field left empty), or
/// `draft`, what the person typed.
pub fn number_field(
    f: Field,
    l: Lang,
    value: Option<f64>,
    draft: Option<&Draft>,
    on_edit: &Callback<(Field, String)>,
    look: Look,
) -> Html {
    let m = f.meta();
    let id = input_id(f);
    let text = match (draft, value) {
        (Some(d), _) => d.text.clone(),
        (None, Some(v)) => format_value(v, m.unit),
        // An optional field not given.
        (None, None) => String::new(),
    };
    let message = draft.and_then(|d| d.issue.as_ref()).map(|i| match i {
        FieldIssue::Parse(e) => i18n::errors::parse_error(e, m.unit, l),
        FieldIssue::Invalid(e) => i18n::errors::field_error(e, l),
    });
    let label = i18n::fields::label(f, l);
    // The unit agrees with the value in use ("1 week", "2 weeks").
    let unit = unit_label_for(m.unit, value.unwrap_or(0.0), l);
    let oninput = {
        let on_edit = on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            on_edit.emit((f, el.value()));
        })
    };
    // A field emptied or filled without an `input` event (the browser's own clearing, as
    // WebDriver's Element Clear does it; some autofill) still counts, once: only text that
    // differs from what the state shows.
    let onchange = {
        let on_edit = on_edit.clone();
        let shown = text.clone();
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            if el.value() != shown {
                on_edit.emit((f, el.value()));
            }
        })
    };
    let err_id = format!("{id}-err");
    let hint_id = format!("{id}-hint");
    let describedby = match (&message, look.hint) {
        (Some(_), true) => format!("{err_id} {hint_id}"),
        (Some(_), false) => err_id.clone(),
        (None, true) => hint_id.clone(),
        (None, false) => String::new(),
    };
    let status = match m.source.status {
        SourceStatus::Sourced => "sourced",
        SourceStatus::Derived => "derived",
        SourceStatus::Estimate => "estimate",
    };
    let class = class_list(&[
        "field",
        on(look.big, "big"),
        on(message.is_some(), "invalid"),
    ]);
    html! {
        <div class={class} data-field={f.key()} key={f.key()}>
            <label for={id.clone()}>{ label }</label>
            <div class="input-row">
                <input id={id} type="text" inputmode={if crate::input::written_with_wan(m.unit) { "text" } else { "decimal" }} autocomplete="off"
                    spellcheck="false" value={text} {oninput} {onchange}
                    aria-invalid={if message.is_some() { "true" } else { "false" }}
                    aria-describedby={describedby} />
                if !unit.is_empty() { <span class="unit" aria-hidden="true">{ unit }</span> }
            </div>
            if let Some(msg) = message {
                <p class="error" id={err_id} role="alert">{ msg }
                    <span class="still">{ i18n::errors::still_using(value.map(|v| with_unit_text(v, m.unit, l)).as_deref(), l) }</span></p>
            }
            if look.hint {
                <p class="hint" id={hint_id}>
                    { i18n::fields::hint(f, l) }
                    <span class={format!("src src-{status}")} title={i18n::fields::source_note(&m.source, l)}>
                        { i18n::fields::source_note(&m.source, l) }
                    </span>
                </p>
            }
        </div>
    }
}
