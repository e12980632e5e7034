//! 方案对比: up to three scenarios side by side, with one overlaid chart (full build).

use crate::app::store::{use_dispatch, Dispatch};
use crate::chart::canvas::{ChartCanvas, ChartSpec};
use crate::i18n::num::{hours, money, number, people, per_hour, percent, weeks};
use crate::i18n::Lang;
use crate::i18n::{self, t, Key};
use crate::model::{decide_with, Calibration, Decision, Projection, Scenario};
use crate::state::Action;
use yew::prelude::*;

/// What a compare column shows: one scenario's decision (central figures and verdict), the
/// same function as the main page's. The table and the overlaid chart both read it.
#[derive(PartialEq)]
struct Column {
    scenario: Scenario,
    decision: Decision,
}

impl Column {
    fn projection(&self) -> &Projection {
        self.decision.chosen()
    }
}

/// A pinned scenario's column: the one place that says which `Decision` a column shows (the
/// page's `decide_with`, at the pin's trial calibration), for the table and the chart alike.
fn column(s: &Scenario, cal: Option<&Calibration>) -> Column {
    Column {
        decision: decide_with(s, cal),
        scenario: s.clone(),
    }
}

/// How a value compares with the first column's.
fn diff_class(v: f64, base: f64) -> (&'static str, &'static str) {
    let tol = 1e-9 + base.abs() * 1e-6;
    if (v - base).abs() <= tol {
        ("num", "")
    } else if v > base {
        ("num diff", "▲")
    } else {
        ("num diff", "▼")
    }
}

/// A row of the table: its name, the value of a column, and the one formatter of its kind.
type Row = (Key, fn(&Column) -> f64, fn(f64, Lang) -> String);

/// The table's rows.
const ROWS: [Row; 9] = [
    (Key::CompareReach, |c| c.scenario.person.followers, people),
    (
        Key::CompareCommission,
        |c| c.scenario.params(c.scenario.channel).commission_rate,
        |v, _| percent(v),
    ),
    (
        Key::CompareDelay,
        |c| c.scenario.person.entry_delay_weeks,
        weeks,
    ),
    (
        Key::CompareNet,
        |c| c.projection().summary.totals.net,
        money,
    ),
    (
        Key::ComparePerHour,
        |c| c.projection().summary.totals.net_per_hour(),
        per_hour,
    ),
    (
        Key::CompareHours,
        |c| c.projection().summary.totals.hours,
        hours,
    ),
    (
        Key::CompareVisits,
        |c| c.projection().summary.totals.visits_donated,
        number,
    ),
    (
        Key::CompareFollowers,
        |c| c.projection().summary.totals.followers_donated,
        people,
    ),
    (
        Key::CompareRatio,
        |c| c.projection().summary.totals.donation_ratio(),
        money,
    ),
];

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    pub lang: Lang,
    /// The pinned scenarios (`State::compare`).
    pub pins: Vec<Scenario>,
    pub dark: bool,
}

/// Up to three scenarios side by side, differences against the first highlighted, one
/// overlaid chart.
#[component]
pub fn ComparePanel(p: &ComparePanelProps) -> Html {
    crate::renders::count("ComparePanel");
    let l = p.lang;
    let dispatch = use_dispatch();
    // Each pin's trial calibration, kept by key (a pin of the page's own scenario finds the
    // page's); the columns wait for them, so no column shows an uncalibrated answer.
    let (cals, calibrating) = crate::app::engine::use_calibrations(p.pins.clone());
    let cols = use_memo((p.pins.clone(), cals, calibrating), |(pins, cals, busy)| {
        if *busy {
            return Vec::new();
        }
        pins.iter()
            .zip(cals)
            .map(|(s, c)| column(s, c.as_deref()))
            .collect::<Vec<_>>()
    });
    // The chart draws the very projections the table's rows read.
    let overlay = use_memo((cols.clone(), l), |(cols, l)| {
        cols.iter()
            .map(|c| {
                let name = i18n::workshop::slot_label(&c.scenario, *l);
                (name, c.projection().clone())
            })
            .collect::<Vec<_>>()
    });
    html! {
        <section class={if cols.is_empty() { "card compare-scenarios empty" } else { "card compare-scenarios" }} id="scenarios" aria-labelledby="h-scenarios">
            <h3 id="h-scenarios">{ t(l, Key::CompareScenariosUp3) }</h3>
            { buttons(l, &dispatch, !cols.is_empty()) }
            if calibrating {
                <p class="muted" id="compare-calibrating" role="status">{ t(l, Key::CompareCalibrating) }</p>
            } else if cols.is_empty() {
                <p class="muted">{ t(l, Key::NothingPinnedYetPin) }</p>
            } else {
                { table(&cols, l, &dispatch) }
                <ChartCanvas spec={ChartSpec::Overlay(overlay)} lang={l} dark={p.dark} height={260}
                    id="chart-overlay" label={t(l, Key::CumulativeNetEachScenario)} />
            }
        </section>
    }
}

/// Pin this scenario, the same person on three channels, now against later, clear (when there
/// is something to clear).
fn buttons(l: Lang, d: &Dispatch, any: bool) -> Html {
    html! {
        <div class="btn-row">
            <button type="button" class="secondary" id="pin" onclick={d.reform(|_| Action::PinCompare)}>
                { t(l, Key::PinScenario) }</button>
            <button type="button" class="secondary" id="compare-channels" onclick={d.reform(|_| Action::CompareChannels)}>
                { t(l, Key::SamePersonThreeChannels) }</button>
            <button type="button" class="secondary" id="compare-entry" onclick={d.reform(|_| Action::CompareEntry)}>
                { t(l, Key::EnterNowVsLater) }</button>
            if any {
                <button type="button" class="secondary" id="compare-clear" onclick={d.reform(|_| Action::ClearCompare)}>
                    { t(l, Key::Clear) }</button>
            }
        </div>
    }
}

/// The columns side by side: a head per scenario (load, remove), a row per figure with the
/// differences against the first marked, and the verdicts.
fn table(cols: &[Column], l: Lang, d: &Dispatch) -> Html {
    html! {
        <div class="table-wrap">
        <table class="compare-table" id="compare-table">
            <thead><tr>
                <th scope="col"><span class="visually-hidden">{ t(l, Key::Item) }</span></th>
                { for cols.iter().enumerate().map(|(i, c)| html! {
                    <th scope="col" class={format!("slot slot-{i}")}>
                        <span class="slot-name">{ i18n::workshop::slot_label(&c.scenario, l) }</span>
                        <span class="slot-actions">
                            <button type="button" class="linkish" onclick={d.reform(move |_| Action::LoadPinned(i))}>
                                { t(l, Key::Load) }</button>
                            <button type="button" class="linkish" aria-label={t(l, Key::RemoveScenario)}
                                onclick={d.reform(move |_| Action::Unpin(i))}>{ "✕" }</button>
                        </span>
                    </th>
                }) }
            </tr></thead>
            <tbody>
                { for ROWS.iter().map(|(key, get, fmt)| {
                    let base = get(&cols[0]);
                    html! {
                        <tr>
                            <th scope="row">{ t(l, *key) }</th>
                            { for cols.iter().enumerate().map(|(i, c)| {
                                let v = get(c);
                                let (cls, mark) = if i == 0 { ("num", "") } else { diff_class(v, base) };
                                html! { <td class={cls}>{ fmt(v, l) }{ " " }{ mark }</td> }
                            }) }
                        </tr>
                    }
                }) }
                <tr>
                    <th scope="row">{ t(l, Key::Verdict) }</th>
                    { for cols.iter().enumerate().map(|(i, c)| {
                        let changed = i > 0 && c.decision.verdict.kind != cols[0].decision.verdict.kind;
                        html! { <td class={if changed { "verdict-cell diff" } else { "verdict-cell" }}>
                            { i18n::verdict::title(c.decision.verdict.kind, l) }</td> }
                    }) }
                </tr>
            </tbody>
        </table>
        </div>
    }
}
