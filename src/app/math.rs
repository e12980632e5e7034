//! 计算过程 / show the math: the model's steps with this person's numbers, and every chart as
//! a data table (for screen readers and for checking).

use crate::i18n::num::{money, number, people};
use crate::i18n::Lang;
use crate::i18n::{self, t, Key};
use crate::model::{McResult, Scenario};
use crate::state::Results;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MathProps {
    pub lang: Lang,
    pub scenario: Rc<Scenario>,
    pub results: Rc<Results>,
    pub mc: Option<Rc<McResult>>,
}

#[component]
pub fn ShowTheMath(p: &MathProps) -> Html {
    let l = p.lang;
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(el.open());
        })
    };
    let proj = p.results.decision.chosen();
    html! {
        <details class="card math" id="math" {ontoggle}>
            <summary><h3>{ t(l, Key::MathTitle) }</h3></summary>
            // Rendered only when open: the tables are long.
            if *open {
                <p class="help">{ t(l, Key::MathHelp) }</p>
                <ol class="steps">
                    { for i18n::math::steps(&p.scenario, proj, l).into_iter().map(|(title, body)| html! {
                        <li><strong>{ title }</strong><p>{ body }</p></li>
                    }) }
                </ol>
                <h4>{ t(l, Key::TableWeekly) }</h4>
                <div class="table-wrap">
                <table class="data" id="table-weekly">
                    <thead><tr>
                        <th scope="col">{ t(l, Key::ColWeek) }</th>
                        <th scope="col">{ t(l, Key::ColCumNet) }</th>
                        <th scope="col">{ t(l, Key::ColP10) }</th>
                        <th scope="col">{ t(l, Key::ColP90) }</th>
                        <th scope="col">{ t(l, Key::ColCumDonatedCommission) }</th>
                        <th scope="col">{ t(l, Key::ColCumVisits) }</th>
                        <th scope="col">{ t(l, Key::ColFollowers) }</th>
                    </tr></thead>
                    <tbody>
                    // The headline chart's numbers, week by week (its table for screen readers).
                    { for proj.weeks.iter().map(|w| {
                        let band = p.mc.as_ref().and_then(|m| m.cum_net.get(w.week as usize).copied());
                        html! {
                            <tr>
                                <td class="num">{ w.week + 1 }</td>
                                <td class="num">{ money(w.cum_net, l) }</td>
                                <td class="num">{ band.map(|b| money(b.p10, l)).unwrap_or_default() }</td>
                                <td class="num">{ band.map(|b| money(b.p90, l)).unwrap_or_default() }</td>
                                <td class="num">{ money(w.cum_donated_commission, l) }</td>
                                <td class="num">{ number(w.cum_visits_donated, l) }</td>
                                <td class="num">{ people(w.followers_donated, l) }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
                <h4>{ t(l, Key::TableTornado) }</h4>
                <div class="table-wrap">
                <table class="data" id="table-tornado">
                    <thead><tr>
                        <th scope="col">{ t(l, Key::ColInput) }</th>
                        <th scope="col">{ t(l, Key::ColLow) }</th>
                        <th scope="col">{ t(l, Key::ColHigh) }</th>
                    </tr></thead>
                    <tbody>
                    { for p.results.tornado.iter().map(|b| {
                        html! {
                            <tr>
                                <th scope="row">{ i18n::fields::label(b.field, l) }</th>
                                <td class="num">{ money(b.net_low, l) }</td>
                                <td class="num">{ money(b.net_high, l) }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
                <h4>{ t(l, Key::TableEntry) }</h4>
                <div class="table-wrap">
                <table class="data" id="table-entry">
                    <thead><tr>
                        <th scope="col">{ t(l, Key::ColWeek) }</th>
                        <th scope="col">{ t(l, Key::ColNow) }</th>
                        <th scope="col">{ t(l, Key::ColLater) }</th>
                    </tr></thead>
                    <tbody>
                    { for p.results.decision.entry.now.weeks.iter().zip(p.results.decision.entry.later.weeks.iter())
                        .map(|(a, b)| html! {
                            <tr><td class="num">{ a.week + 1 }</td><td class="num">{ money(a.cum_net, l) }</td><td class="num">{ money(b.cum_net, l) }</td></tr>
                        }) }
                    </tbody>
                </table>
                </div>
            }
        </details>
    }
}
