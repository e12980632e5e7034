//! Chart sections: the headline (earnings against traffic donated), sensitivity with
//! break-even sentences, and enter now against later.

use crate::chart::canvas::{ChartCanvas, ChartSpec};
use crate::i18n::{t, words, Key};
use crate::input::format::money;
use crate::model::{Lang, McResult};
use crate::state::Results;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub lang: Lang,
    pub dark: bool,
    pub results: Rc<Results>,
    pub mc: Option<Rc<McResult>>,
}

#[component]
pub fn Headline(p: &HeadlineProps) -> Html {
    let l = p.lang;
    let projection = use_memo(p.results.clone(), |r| r.decision.chosen().clone());
    let spec = ChartSpec::Headline {
        projection,
        mc: p.mc.clone(),
    };
    html! {
        <section class="card chart" id="headline" aria-labelledby="h-headline">
            <h3 id="h-headline">{ t(l, Key::HeadlineTitle) }</h3>
            <p class="help">{ t(l, Key::HeadlineHelp) }</p>
            <ChartCanvas {spec} lang={l} dark={p.dark} height={280}
                id="chart-headline" label={t(l, Key::HeadlineHelp)} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartSectionProps {
    pub lang: Lang,
    pub dark: bool,
    pub results: Rc<Results>,
}

#[component]
pub fn Sensitivity(p: &ChartSectionProps) -> Html {
    let l = p.lang;
    let bars = use_memo(p.results.clone(), |r| r.tornado.clone());
    let rows = bars.len().clamp(1, 8) as u32;
    html! {
        <section class="card chart" id="sensitivity" aria-labelledby="h-tornado">
            <h3 id="h-tornado">{ t(l, Key::TornadoTitle) }</h3>
            <p class="help">{ t(l, Key::TornadoHelp) }</p>
            <ChartCanvas spec={ChartSpec::Tornado(bars)} lang={l} dark={p.dark}
                height={60 + rows * 30} id="chart-tornado" label={t(l, Key::TornadoHelp)} />
            <h4>{ t(l, Key::BreakEvenTitle) }</h4>
            <ul class="break-even" id="break-even">
                { for p.results.break_even.iter().map(|b| html! { <li>{ words::break_even(b, l) }</li> }) }
            </ul>
        </section>
    }
}

#[component]
pub fn Entry(p: &ChartSectionProps) -> Html {
    let l = p.lang;
    let entry = use_memo(p.results.clone(), |r| r.decision.entry.clone());
    let diff = entry.later.summary.net - entry.now.summary.net;
    let (key, amount) = if diff >= 0.0 {
        (Key::EntryDiff, diff)
    } else {
        (Key::EntryDiffLess, -diff)
    };
    html! {
        <section class="card chart" id="entry" aria-labelledby="h-entry">
            <h3 id="h-entry">{ t(l, Key::EntryTitle) }</h3>
            <p class="help">{ t(l, Key::EntryHelp) }</p>
            <ChartCanvas spec={ChartSpec::Entry(entry.clone())} lang={l} dark={p.dark}
                height={240} id="chart-entry" label={t(l, Key::EntryHelp)} />
            <p class="entry-diff" id="entry-diff">
                { format!("{} {} ({} {} {})", t(l, key), money(amount, l),
                    entry.delay_weeks, t(l, Key::Weeks), l.pick("后入局", "later")) }
            </p>
        </section>
    }
}
