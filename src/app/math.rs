//! 计算过程 / show the math: the model's steps with this person's numbers, and every chart as
//! a data table (for screen readers and for checking).

use crate::i18n::num::{money, people, visits};
use crate::i18n::Lang;
use crate::i18n::{self, t, Key};
use crate::model::McResult;
use crate::state::Results;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShowTheMathProps {
    pub lang: Lang,
    pub results: Rc<Results>,
    pub mc: Option<Rc<McResult>>,
}

/// A table of figures: the first column heads its row, the others are numbers.
fn data_table(
    id: &'static str,
    heads: &[Key],
    l: Lang,
    rows: impl Iterator<Item = Vec<String>>,
) -> Html {
    html! {
        <div class="table-wrap">
            <table class="data" {id}>
                <thead><tr>{ for heads.iter().map(|&k| html! { <th scope="col">{ t(l, k) }</th> }) }</tr></thead>
                <tbody>
                { for rows.map(|r| html! {
                    <tr>
                        <th scope="row">{ r[0].clone() }</th>
                        { for r[1..].iter().map(|c| html! { <td class="num">{ c.clone() }</td> }) }
                    </tr>
                }) }
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn ShowTheMath(p: &ShowTheMathProps) -> Html {
    crate::renders::count("ShowTheMath");
    let l = p.lang;
    let (open, ontoggle) = super::ui::use_details_open();
    let proj = p.results.decision.chosen();
    html! {
        <details class="card math" id="math" {ontoggle}>
            <summary><h3>{ t(l, Key::MathTitle) }</h3></summary>
            <p class="help">{ t(l, Key::MathHelp) }</p>
            // The steps are always there (short, and printed); the tables only when open.
            <ol class="steps">
                { for i18n::math::steps(&p.results.decision.scenario, proj, l).into_iter()
                    .chain(p.results.decision.calibration.as_ref().filter(|c| c.calibrated())
                        .map(|c| i18n::math::calibration_step(c, l)))
                    .map(|(title, body)| html! {
                        <li><strong>{ title }</strong><p>{ body }</p></li>
                    }) }
            </ol>
            if *open {
                <h4>{ t(l, Key::TableWeekly) }</h4>
                // The headline chart's numbers, week by week (its table for screen readers).
                { data_table("table-weekly", &[Key::ColWeek, Key::ColCumNet, Key::ColP10, Key::ColP90,
                        Key::ColCumDonatedCommission, Key::ColCumVisits, Key::ColFollowers], l,
                    proj.weeks.iter().map(|w| {
                        let band = p.mc.as_ref().and_then(|m| m.cum_net.get(w.week as usize).copied());
                        vec![
                            (w.week + 1).to_string(),
                            money(w.cum_net, l),
                            band.map(|b| money(b.p10, l)).unwrap_or_default(),
                            band.map(|b| money(b.p90, l)).unwrap_or_default(),
                            money(w.cum_donated_commission, l),
                            visits(w.cum_visits_donated, l),
                            people(w.followers_donated, l),
                        ]
                    })) }
                <h4>{ t(l, Key::TableTornado) }</h4>
                { data_table("table-tornado", &[Key::ColInput, Key::ColLow, Key::ColHigh], l,
                    p.results.tornado.iter().map(|b| vec![
                        i18n::fields::label(b.field, l).to_string(),
                        money(b.net_low, l),
                        money(b.net_high, l),
                    ])) }
                <h4>{ t(l, Key::TableEntry) }</h4>
                { data_table("table-entry", &[Key::ColWeek, Key::ColNow, Key::ColLater], l,
                    p.results.decision.entry.now.weeks.iter().zip(p.results.decision.entry.later.weeks.iter())
                        .map(|(a, b)| vec![(a.week + 1).to_string(), money(a.cum_net, l), money(b.cum_net, l)])) }
            }
        </details>
    }
}
