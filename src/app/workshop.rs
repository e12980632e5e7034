//! Workshops: presets, side-by-side scenarios with one overlaid chart, and presenter mode
//! (演示模式) — a staged walk through the article's argument with this scenario's numbers.

mod compare;
mod presenter;

pub use compare::ComparePanel;
pub use presenter::Presenter;

use crate::i18n::{t, Key};
use crate::input::format::people;
use crate::model::{presets, Lang, Scenario};
use crate::state::{Action, Results, State};
use std::rc::Rc;
use yew::prelude::*;

/// Props of 方案对比.
#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub dark: bool,
}

/// Props of 演示模式.
#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub results: Rc<Results>,
    pub dark: bool,
}

#[derive(Properties, PartialEq)]
pub struct StateProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}

/// One tap each: the article's examples and the personas, with their one-line rationale.
#[component]
pub fn Presets(p: &StateProps) -> Html {
    let l = p.state.lang;
    let all = use_memo((), |_| presets());
    let current = p.state.preset;
    let rationale = current
        .and_then(|id| all.iter().find(|x| x.id == id))
        .map(|x| l.pick(x.rationale_zh, x.rationale_en));
    html! {
        <section class="presets" id="presets" aria-labelledby="h-presets">
            <h2 id="h-presets">{ t(l, Key::Presets) }</h2>
            <div class="chips">
                { for all.iter().map(|x| {
                    let id = x.id.to_string();
                    let on = current == Some(x.id);
                    html! {
                        <button type="button" class={classes!("chip", on.then_some("on"))}
                            id={format!("preset-{}", x.id)} aria-pressed={on.to_string()}
                            title={l.pick(x.rationale_zh, x.rationale_en)}
                            onclick={p.dispatch.reform(move |_| Action::ApplyPreset(id.clone()))}>
                            { l.pick(x.name_zh, x.name_en) }
                        </button>
                    }
                }) }
                <button type="button" class="chip reset" id="preset-reset"
                    onclick={p.dispatch.reform(|_| Action::Reset)}>{ t(l, Key::Reset) }</button>
            </div>
            if let Some(r) = rationale {
                <p class="rationale" id="preset-rationale" aria-live="polite">{ r }</p>
            }
        </section>
    }
}

/// A pinned scenario's label: channel, reach and entry delay, in the current language.
pub fn slot_label(s: &Scenario, l: Lang) -> String {
    // The channel's name without its bracketed note, so three columns fit on a phone.
    let name = s.channel.name(l);
    let short = name.split(['（', '(']).next().unwrap_or(name).trim();
    let mut label = format!("{} · {}", short, people(s.person.followers, l));
    if s.person.entry_delay_weeks > 0.0 {
        label.push_str(l.pick(" · 晚", " · +"));
        label.push_str(&format!(
            "{}{}",
            s.person.entry_delay_weeks,
            l.pick("周入局", " weeks")
        ));
    }
    label
}
