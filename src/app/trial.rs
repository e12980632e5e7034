//! 试过再算 (the person's trial results, and what they changed) and 要达到多少 (what each lever
//! would have to be). The model calibrates and bisects (`model::calibrate`,
//! `model::what_it_takes`); this only shows it.

use super::fields::{number_field, Look};
use super::store::use_dispatch;
use crate::i18n::{self, t, Key};
use crate::model::{Band, Counts, Field, TrialField};
use crate::state::{Action, Results, State};
use std::rc::Rc;
use yew::prelude::*;

/// Moved assumptions listed (the ones that moved most), and the least shift (share of the
/// range) worth listing.
const MOVED_SHOWN: usize = 3;
const MOVED_MIN_SHIFT: f64 = 0.02;

#[derive(Properties, PartialEq)]
pub struct TrialProps {
    pub state: Rc<State>,
    pub results: Rc<Results>,
    /// Net per hour before and after the trial narrowed it (P10–P90), once the ranges are in.
    pub narrowing: Option<(Band, Band)>,
}

/// 试过再算: the trial's fields, and once they say something, how the calibration came out.
#[component]
pub fn Trial(p: &TrialProps) -> Html {
    crate::renders::count("Trial");
    let (s, results) = (&p.state, &p.results);
    let dispatch = use_dispatch();
    let l = s.lang;
    let on_edit = dispatch.reform(|(f, text)| Action::Edit(f, text));
    let look = Look {
        big: false,
        hint: false,
    };
    let d = &results.decision;
    let trial = &s.scenario.trial;
    html! {
        <section class={if trial.is_empty() { "card trial empty" } else { "card trial" }} id="trial"
            aria-labelledby="h-trial">
            <h3 id="h-trial">{ t(l, Key::TrialTitle) }</h3>
            <p class="help">{ t(l, Key::TrialHelp) }</p>
            <div class="trial-fields">
                { for TrialField::ALL.iter().map(|&tf| {
                    let f = Field::Trial(tf);
                    number_field(f, l, s.scenario.value(f), s.draft(f), &on_edit, look)
                }) }
            </div>
            if let Some(cal) = &d.calibration {
                if cal.channel != s.scenario.channel {
                    <p class="note" id="trial-channel">{ i18n::trial::other_channel(cal, l) }</p>
                }
                <p class={if cal.calibrated() { "trial-status ok" } else { "trial-status" }}
                    id="trial-status" role="status">{ i18n::trial::status(cal, l) }</p>
                if let Some(h) = &d.history {
                    <p class="trial-history" id="trial-history">{ i18n::trial::history(h, l) }</p>
                }
                if let (Some(before), true) = (&d.before, cal.calibrated()) {
                    <p class="before-after" id="trial-before-after">
                        <strong>{ i18n::trial::before_after(before, &d.verdict, l) }</strong></p>
                    <p class="muted">{ i18n::trial::expected(cal, &seen(trial), given(trial), l) }</p>
                    if let Some((prior, post)) = p.narrowing {
                        <p id="trial-narrowing">{ i18n::trial::narrowing((prior.p10, prior.p90), (post.p10, post.p90), l) }</p>
                    }
                    <h4>{ t(l, Key::MovedTitle) }</h4>
                    <ul class="moved" id="trial-moved">
                        { for cal.moved.iter().filter(|m| m.shift() >= MOVED_MIN_SHIFT).take(MOVED_SHOWN)
                            .map(|m| html! { <li>{ i18n::trial::moved(m, l) }</li> }) }
                    </ul>
                }
                <button type="button" class="secondary" id="trial-clear"
                    onclick={dispatch.reform(|_| Action::ClearTrial)}>{ t(l, Key::ClearTrial) }</button>
            }
        </section>
    }
}

/// The trial's counts as entered (0 for what was left out).
fn seen(t: &crate::model::Trial) -> Counts {
    Counts {
        clicks: t.clicks.unwrap_or(0.0),
        orders: t.orders.unwrap_or(0.0),
        commission: t.commission.unwrap_or(0.0),
    }
}

/// Which of clicks, orders and commission were entered.
fn given(t: &crate::model::Trial) -> [bool; 3] {
    [
        t.clicks.is_some(),
        t.orders.is_some(),
        t.commission.is_some(),
    ]
}

#[derive(Properties, PartialEq)]
pub struct WhatItTakesProps {
    pub state: Rc<State>,
    pub results: Rc<Results>,
}

/// 要达到多少: the goal (the hourly value, or a monthly net the person types) and each lever.
#[component]
pub fn WhatItTakes(p: &WhatItTakesProps) -> Html {
    crate::renders::count("WhatItTakes");
    let (s, results) = (&p.state, &p.results);
    let dispatch = use_dispatch();
    let l = s.lang;
    let on_edit = dispatch.reform(|(f, text)| Action::Edit(f, text));
    let look = Look {
        big: false,
        hint: false,
    };
    html! {
        <section class="card what-it-takes" id="what-it-takes" aria-labelledby="h-what-it-takes">
            <h3 id="h-what-it-takes">{ t(l, Key::WhatItTakesTitle) }</h3>
            { number_field(Field::Goal, l, s.scenario.value(Field::Goal), s.draft(Field::Goal), &on_edit, look) }
            <p class="goal" id="goal"><strong>{ i18n::trial::goal(results.goal, l) }</strong></p>
            <ul class="levers" id="levers">
                { for results.what_it_takes.iter().map(|b| html! {
                    <li data-field={b.field.key()}>{ i18n::trial::lever(b, l) }</li>
                }) }
            </ul>
            <p class="help">{ t(l, Key::WhatItTakesHelp) }</p>
        </section>
    }
}
