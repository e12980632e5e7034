//! Chart sections: the headline (earnings against traffic donated), sensitivity with
//! break-even sentences, and enter now against later.

use crate::chart::canvas::{ChartCanvas, ChartSpec};
use crate::i18n::Lang;
use crate::i18n::{self, t, Key};
use crate::model::{McResult, Reason};
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

/// The headline: what you earn against what you give away.
#[component]
pub fn Headline(p: &HeadlineProps) -> Html {
    crate::renders::count("Headline");
    let (l, dark, results, mc) = (p.lang, p.dark, &p.results, p.mc.clone());
    let projection = Rc::new(results.decision.chosen().clone());
    // A panel of the people given away needs room under the yuan.
    let gives = crate::chart::donates(&projection);
    // What the chart says, with its figures, for those who cannot see it.
    let label = i18n::charts::headline_alt(&projection.summary, projection.weeks.len(), gives, l);
    let spec = ChartSpec::Headline { projection, mc };
    html! {
        <section class="card chart" id="headline" aria-labelledby="h-headline">
            <h3 id="h-headline">{ t(l, Key::HeadlineTitle) }</h3>
            <ChartCanvas {spec} lang={l} dark={dark} height={if gives { 440 } else { 300 }}
                id="chart-headline" {label} />
            // How to read it, under the chart (the chart itself comes first on a desktop's
            // first screen).
            <p class="help">{ t(l, Key::HeadlineHelp) }</p>
        </section>
    }
}

/// What a chart section draws from: the results, in the page's language and theme.
#[derive(Properties, PartialEq)]
pub struct ChartSectionProps {
    pub lang: Lang,
    pub dark: bool,
    pub results: Rc<Results>,
}

pub type SensitivityProps = ChartSectionProps;

/// Which inputs move the result most, and the break-even values.
#[component]
pub fn Sensitivity(p: &SensitivityProps) -> Html {
    crate::renders::count("Sensitivity");
    let (l, dark, results) = (p.lang, p.dark, &p.results);
    let bars = Rc::new(results.tornado.clone());
    let rows = bars.len().clamp(1, 8) as u32;
    html! {
        <section class="card chart" id="sensitivity" aria-labelledby="h-tornado">
            <h3 id="h-tornado">{ t(l, Key::TornadoTitle) }</h3>
            <p class="help">{ t(l, Key::TornadoHelp) }</p>
            <ChartCanvas spec={ChartSpec::Tornado(bars)} lang={l} dark={dark}
                height={60 + rows * 30} id="chart-tornado" label={t(l, Key::TornadoHelp)} />
            <h4>{ t(l, Key::BreakEvenTitle) }</h4>
            <ul class="break-even" id="break-even">
                { for results.break_even.iter().map(|b| html! { <li>{ i18n::fields::break_even(b, l) }</li> }) }
            </ul>
        </section>
    }
}

pub type EntryProps = ChartSectionProps;

/// Entering now against 26 weeks later.
#[component]
pub fn Entry(p: &EntryProps) -> Html {
    crate::renders::count("Entry");
    let (l, dark, results) = (p.lang, p.dark, &p.results);
    let entry = Rc::new(results.decision.entry.clone());
    // Per hour and total on the same horizon, in the verdict's own words (none when the
    // horizon ends before the later entrant starts).
    let said = results
        .decision
        .verdict
        .reasons
        .iter()
        .find(|r| matches!(r, Reason::Waiting { .. }))
        .map_or_else(
            || i18n::reasons::waiting_beyond_horizon(entry.delay_weeks, l),
            |r| i18n::reasons::reason(r, l),
        );
    html! {
        <section class="card chart" id="entry" aria-labelledby="h-entry">
            <h3 id="h-entry">{ t(l, Key::EntryTitle) }</h3>
            <p class="help">{ t(l, Key::EntryHelp) }</p>
            <ChartCanvas spec={ChartSpec::Entry(entry.clone())} lang={l} dark={dark}
                height={240} id="chart-entry" label={t(l, Key::EntryHelp)} />
            <p class="entry-diff" id="entry-diff">{ said }</p>
        </section>
    }
}
