//! Result cards: the verdict with its reasons, the summary figures, the six-channel comparison.

use super::store::use_dispatch;
use super::ui::{class_list, on};
use crate::i18n::num::{hours, money, orders, people, per_hour, percent, visits, weeks};
use crate::i18n::Lang;
use crate::i18n::{self, t, Key};
use crate::model::{Band, McResult, Scenario, Verdict, VerdictKind};
use crate::state::{Action, Results};
use std::rc::Rc;
use yew::prelude::*;

/// Reasons shown before "更多理由".
const SHOWN_REASONS: usize = 1;

/// The verdict's CSS class.
fn kind_class(k: VerdictKind) -> &'static str {
    match k {
        VerdictKind::Worth => "worth",
        VerdictKind::Wait => "wait",
        VerdictKind::NotAdvised => "no",
    }
}

#[derive(Properties, PartialEq)]
pub struct VerdictCardProps {
    pub lang: Lang,
    /// The verdict, with the Monte Carlo's range in its first reason once it is in.
    pub verdict: Rc<Verdict>,
}

/// The verdict with its reasons.
#[component]
pub fn VerdictCard(p: &VerdictCardProps) -> Html {
    crate::renders::count("VerdictCard");
    let (l, v) = (p.lang, &*p.verdict);
    let kind = kind_class(v.kind);
    html! {
        <section class={format!("card verdict {kind}")} id="verdict" aria-live="polite">
            <h3>
                <span class="label">{ t(l, Key::Verdict) }{ " · " }{ i18n::verdict::channel(v.channel, l) }</span>
                <span class="kind" id="verdict-kind">{ i18n::verdict::title(v.kind, l) }</span>
            </h3>
            <p class="verdict-line" id="verdict-line">{ i18n::verdict::summary(v, l) }</p>
            // The first reason (pay, with its range) in sight; the rest a tap away, so the headline
            // chart, which draws the second (what you give away), is on a desktop's first screen.
            <ul class="reasons">
                { for v.reasons.iter().take(SHOWN_REASONS).map(|r| html! { <li>{ i18n::reasons::reason(r, l) }</li> }) }
            </ul>
            if v.reasons.len() > SHOWN_REASONS {
                <details class="more-reasons" id="more-reasons">
                    <summary>{ i18n::verdict::more_reasons(v.reasons.len() - SHOWN_REASONS, l) }</summary>
                    <ul class="reasons">
                        { for v.reasons.iter().skip(SHOWN_REASONS).map(|r| html! { <li>{ i18n::reasons::reason(r, l) }</li> }) }
                    </ul>
                </details>
            }
        </section>
    }
}

fn band_text(b: Option<&Band>, f: impl Fn(f64) -> String, l: Lang) -> Html {
    match b {
        Some(b) => {
            html! { <span class="band">{ format!("P10–P90 {} – {}", f(b.p10), f(b.p90)) }</span> }
        }
        None => html! { <span class="band pending">{ t(l, Key::Refining) }</span> },
    }
}

fn card(id: &'static str, label: &str, value: String, extra: Html) -> Html {
    html! {
        <div class="stat" id={id}>
            <span class="stat-label">{ label.to_string() }</span>
            <span class="stat-value">{ value }</span>
            { extra }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub lang: Lang,
    /// The person's scenario (its channel, horizon and hourly value head the figures).
    pub scenario: Scenario,
    pub results: Rc<Results>,
    pub mc: Option<Rc<McResult>>,
}

/// The chosen channel's figures, with their ranges once the Monte Carlo has them.
#[component]
pub fn Summary(p: &SummaryProps) -> Html {
    crate::renders::count("Summary");
    let (l, scenario, mc) = (p.lang, &p.scenario, p.mc.as_deref());
    let ch = scenario.channel;
    let s = &p.results.decision.chosen().summary;
    let m = |v| money(v, l);
    let donates = ch.donates_traffic();
    html! {
        <section class="card summary" id="summary" aria-labelledby="h-summary">
            <h3 id="h-summary">{ i18n::verdict::channel(ch, l) }{ " · " }{ weeks(scenario.person.horizon_weeks, l) }</h3>
            <div class="stats">
                { card("s-net", t(l, Key::NetAccrued), m(s.totals.net), band_text(mc.map(|r| &r.net), m, l)) }
                { card("s-cash", t(l, Key::Cash), m(s.totals.cash),
                    html! { <span class="band">{ format!("{} {}", t(l, Key::Pending), m(s.totals.pending())) }</span> }) }
                { card("s-hours", t(l, Key::Hours), hours(s.totals.hours, l), html! {}) }
                { card("s-per-hour", t(l, Key::PerHour), per_hour(s.totals.net_per_hour(), l),
                    html! { <span class="band">{ format!("{} {}", t(l, Key::YourHourlyValue), per_hour(scenario.person.hourly_value, l)) }</span> }) }
                { card("s-orders", t(l, Key::Orders), orders(s.totals.orders, l), html! {}) }
                if donates {
                    { card("s-visits", t(l, Key::VisitsDonated), visits(s.totals.visits_donated, l),
                        band_text(mc.map(|r| &r.visits_donated), |v| visits(v, l), l)) }
                    { card("s-followers", t(l, Key::FollowersDonated), people(s.totals.followers_donated, l),
                        band_text(mc.map(|r| &r.followers_donated_total), |v| people(v, l), l)) }
                    { card("s-donated-gmv", t(l, Key::DonatedGmv), m(s.totals.donated_gmv), html! {}) }
                    { card("s-ratio", t(l, Key::DonationRatio), m(s.totals.donation_ratio()), html! {}) }
                }
                if let Some(r) = mc {
                    { card("s-prob", t(l, Key::ProbPositive), percent(r.p_net_positive),
                        html! { <span class="band">{ format!("{} {}", t(l, Key::ProbBeatsHourly), percent(r.p_beats_hourly)) }</span> }) }
                }
            </div>
            // Nothing to say when there is no warning.
            if !s.flags.is_empty() {
                <div class="flags" id="flags">
                    <h4>{ t(l, Key::Flags) }</h4>
                    <ul>{ for s.flags.iter().map(|f| html! { <li class="flag">{ i18n::verdict::flag(f, l) }</li> }) }</ul>
                </div>
            }
            <p class="muted small">{ t(l, Key::RangeNote) }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChannelTableProps {
    pub lang: Lang,
    pub results: Rc<Results>,
}

/// All six channels for this person, the chosen one and the best marked; a tap picks one.
#[component]
pub fn ChannelTable(p: &ChannelTableProps) -> Html {
    crate::renders::count("ChannelTable");
    let l = p.lang;
    let dispatch = use_dispatch();
    let d = &p.results.decision;
    let (best, chosen) = (d.verdict.best_channel, d.verdict.channel);
    let max_ph = d
        .all
        .iter()
        .map(|x| x.summary.totals.net_per_hour().abs())
        .fold(1e-9, f64::max);
    html! {
        <section class="card compare" id="compare" aria-labelledby="h-compare">
            <h3 id="h-compare">{ t(l, Key::CompareTitle) }</h3>
            <div class="table-wrap">
            <table>
                <thead><tr>
                    <th scope="col">{ t(l, Key::ColChannel) }</th>
                    <th scope="col">{ t(l, Key::ColNet) }</th>
                    <th scope="col">{ t(l, Key::ColPerHour) }</th>
                    <th scope="col">{ t(l, Key::ColDonated) }</th>
                </tr></thead>
                <tbody>
                { for d.all.iter().map(|x| {
                    let s = &x.summary;
                    let c = s.channel;
                    let w = (s.totals.net_per_hour().abs() / max_ph * 100.0).clamp(0.0, 100.0);
                    let pick = dispatch.reform(move |_| Action::SetChannel(c));
                    html! {
                        <tr key={c.key()} class={class_list(&[on(c == chosen, "chosen"), on(c == best, "best")])}
                            data-channel={c.key()}>
                            <th scope="row">
                                <button type="button" class="linkish" onclick={pick}>{ i18n::verdict::channel(c, l) }</button>
                                if c == best { <span class="best-mark">{ "★ " }{ t(l, Key::BestChannelMark) }</span> }
                            </th>
                            <td class="num">{ money(s.totals.net, l) }</td>
                            <td class="num">
                                // An SVG bar, not a `style=` width: a strict CSP forbids inline styles.
                                <svg class={if s.totals.net_per_hour() < 0.0 { "bar neg" } else { "bar" }}
                                    viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                    <rect x={((100.0 - w).round() as i32).to_string()} width={(w.round() as i32).to_string()} height="6" rx="3" />
                                </svg>
                                <span class="bar-val">{ per_hour(s.totals.net_per_hour(), l) }</span>
                            </td>
                            <td class="num">{ format!("{} / {}", keep(&visits(s.totals.visits_donated, l)), keep(&people(s.totals.followers_donated, l))) }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}

/// A figure with its unit kept on one line ("9,207 人" does not break before 人).
fn keep(s: &str) -> String {
    s.replace(' ', "\u{a0}")
}

/// "¥12.30/小时 · 净收益 ¥640": the verdict's own figures, wherever they are pinned.
fn figures(l: Lang, v: &Verdict) -> String {
    format!(
        "{} · {} {}",
        per_hour(v.net_per_hour, l),
        t(l, Key::ColNet),
        money(v.net, l)
    )
}

/// Scroll an element into view without touching the address (its `#` holds the scenario).
fn scroll_to(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        el.scroll_into_view();
    }
}

#[derive(Properties, PartialEq)]
pub struct AnswerCardProps {
    pub lang: Lang,
    /// Its verdict is the central one: the card shows no range.
    pub results: Rc<Results>,
    /// The figures are not from what the person typed (marked as not updated).
    pub stale: bool,
}

/// On phones, right under the reach and the channel: the verdict, its ¥/小时 and its one line,
/// so the first screen answers the question (the full card with its reasons is further down).
#[component]
pub fn AnswerCard(p: &AnswerCardProps) -> Html {
    crate::renders::count("AnswerCard");
    let (l, v, stale) = (p.lang, &p.results.decision.verdict, p.stale);
    html! {
        <section class={class_list(&["card", "answer", kind_class(v.kind), on(stale, "stale")])} id="answer"
            aria-label={t(l, Key::YourAnswer)}>
            <p class="answer-head">
                <span class="answer-kind" id="answer-kind">{ i18n::verdict::title(v.kind, l) }</span>
                <span class="answer-figs" id="answer-figs">{ figures(l, v) }</span>
            </p>
            if stale { <p class="rb-stale">{ t(l, Key::NotUpdated) }</p> }
            <p class="answer-line" id="answer-line">{ i18n::verdict::summary(v, l) }</p>
            <button type="button" class="linkish" onclick={Callback::from(|_| scroll_to("verdict"))}>
                { t(l, Key::SeeReasons) }{ " ↓" }</button>
        </section>
    }
}

/// What the pinned bar shows: what the answer card shows.
pub type ResultBarProps = AnswerCardProps;

/// On phones the inputs come first, so the answer rides along at the bottom of the screen:
/// verdict, net per hour and net, a tap away from the full verdict. Shown only while the answer
/// card and the verdict card are out of sight (`pinned`, `data-answer-away` in the stylesheet): it
/// would repeat them.
#[component]
pub fn ResultBar(p: &ResultBarProps) -> Html {
    crate::renders::count("ResultBar");
    let (l, v, stale) = (p.lang, &p.results.decision.verdict, p.stale);
    let class = class_list(&["result-bar", kind_class(v.kind), on(stale, "stale")]);
    html! {
        // A button that scrolls, not a link to #verdict: the address holds the scenario.
        <button type="button" {class} id="result-bar" onclick={Callback::from(|_| scroll_to("verdict"))}>
            // The warning beside the struck-through figures, not inside them: a line through
            // an element is drawn through all it holds, whatever their own `text-decoration`.
            // (It shows on a line of its own above them: static/style.css.)
            if stale { <span class="rb-stale">{ t(l, Key::NotUpdated) }</span> }
            <span class="rb-kind">{ i18n::verdict::title(v.kind, l) }</span>
            <span class="rb-figs">{ figures(l, v) }</span>
        </button>
    }
}
