//! A controlled numeric field: the person's text, a message beside it when it is wrong, and
//! where its default comes from.

use crate::i18n::num::{format_value, unit_label};
use crate::i18n::{self, Lang};
use crate::model::{Field, SourceStatus};
use crate::state::{Draft, FieldIssue};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub field: Field,
    pub lang: Lang,
    /// The value in the (valid) scenario.
    pub value: f64,
    /// What the person typed, if they edited this field.
    pub draft: Option<Draft>,
    pub on_edit: Callback<(Field, String)>,
    /// Show the default, range and source under the field.
    #[prop_or(true)]
    pub hint: bool,
    /// A larger field for the first screen.
    #[prop_or_default]
    pub big: bool,
}

/// The DOM id of a field's input ("f-wxshop-price").
pub fn input_id(f: Field) -> String {
    format!("f-{}", f.key().replace(['.', '_'], "-"))
}

#[component]
pub fn NumberField(p: &NumberFieldProps) -> Html {
    let l = p.lang;
    let f = p.field;
    let m = f.meta();
    let id = input_id(f);
    let text = match &p.draft {
        Some(d) => d.text.clone(),
        None => format_value(p.value, m.unit),
    };
    let message = p
        .draft
        .as_ref()
        .and_then(|d| d.issue.as_ref())
        .map(|i| match i {
            FieldIssue::Parse(e) => i18n::errors::parse_error(e, l),
            FieldIssue::Invalid(e) => i18n::errors::field_error(e, l),
        });
    let label = i18n::fields::label(f, l);
    let unit = unit_label(m.unit, l);
    let oninput = {
        let on_edit = p.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            on_edit.emit((f, el.value()));
        })
    };
    let err_id = format!("{id}-err");
    let hint_id = format!("{id}-hint");
    let describedby = match (&message, p.hint) {
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
    let class = classes!(
        "field",
        p.big.then_some("big"),
        message.is_some().then_some("invalid")
    );
    html! {
        <div class={class} data-field={f.key()}>
            <label for={id.clone()}>{ label }</label>
            <div class="input-row">
                <input id={id} type="text" inputmode="decimal" autocomplete="off"
                    spellcheck="false" value={text} {oninput}
                    aria-invalid={if message.is_some() { "true" } else { "false" }}
                    aria-describedby={describedby} />
                if !unit.is_empty() { <span class="unit" aria-hidden="true">{ unit }</span> }
            </div>
            if let Some(msg) = message {
                <p class="error" id={err_id} role="alert">{ msg }</p>
            }
            if p.hint {
                <p class="hint" id={hint_id}>
                    { i18n::fields::hint(f, l) }
                    <span class={classes!("src", format!("src-{status}"))} title={i18n::fields::source_note(&m.source, l)}>
                        { i18n::fields::source_note(&m.source, l) }
                    </span>
                </p>
            }
        </div>
    }
}
