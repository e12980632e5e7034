//! Workshops: presets, side-by-side scenarios with one overlaid chart, and presenter mode
//! (演示模式) — a staged walk through the article's argument with this scenario's numbers.

mod compare;
mod presenter;

pub use compare::ComparePanel;
pub use presenter::Presenter;

use super::store::Dispatch;
use crate::i18n::{t, Key, Lang};
use crate::model::presets;
use crate::state::Action;
use yew::prelude::*;

/// One tap each: the article's examples and the personas, with their one-line rationale;
/// `current` is the preset last applied, while the scenario still is its.
pub fn presets_bar(l: Lang, current: Option<&'static str>, dispatch: &Dispatch) -> Html {
    let all = presets();
    let rationale = current
        .and_then(|id| all.iter().find(|x| x.id == id))
        .map(|x| l.label(x.rationale));
    html! {
        <section class="presets" id="presets" aria-labelledby="h-presets">
            <h2 id="h-presets">{ t(l, Key::Presets) }</h2>
            <div class="chips">
                { for all.iter().map(|x| {
                    let id = x.id.to_string();
                    let on = current == Some(x.id);
                    html! {
                        <button type="button" class={if on { "chip on" } else { "chip" }}
                            id={format!("preset-{}", x.id)} aria-pressed={on.to_string()}
                            title={l.label(x.rationale)}
                            onclick={dispatch.reform(move |_| Action::ApplyPreset(id.clone()))}>
                            { l.label(x.name) }
                        </button>
                    }
                }) }
                <button type="button" class="chip reset" id="preset-reset"
                    onclick={dispatch.reform(|_| Action::Reset)}>{ t(l, Key::Reset) }</button>
            </div>
            if let Some(r) = rationale {
                <p class="rationale" id="preset-rationale" aria-live="polite">{ r }</p>
            }
        </section>
    }
}
