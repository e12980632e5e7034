//! 方案对比: up to three scenarios side by side, with one overlaid chart (full build).

use super::{slot_label, CompareProps};
use crate::chart::canvas::{ChartCanvas, ChartSpec};
use crate::i18n::{t, words, Key};
use crate::input::format::{money, people, per_hour, percent};
use crate::model::{decide, project, Decision, Lang, Projection, Scenario};
use crate::state::Action;
use yew::prelude::*;

/// What a compare column shows: one scenario's decision (central figures and verdict), the
/// same function as the main page's.
struct Column {
    scenario: Scenario,
    decision: Decision,
}

impl Column {
    fn projection(&self) -> &Projection {
        self.decision.chosen()
    }
}

fn column(s: &Scenario) -> Column {
    Column {
        decision: decide(s),
        scenario: s.clone(),
    }
}

/// How a value compares with the first column's.
fn diff_class(v: f64, base: f64) -> (Option<&'static str>, &'static str) {
    let tol = 1e-9 + base.abs() * 1e-6;
    if (v - base).abs() <= tol {
        (None, "")
    } else if v > base {
        (Some("diff"), "▲")
    } else {
        (Some("diff"), "▼")
    }
}

/// Up to three scenarios side by side, differences against the first highlighted, one
/// overlaid chart.
#[component]
pub fn ComparePanel(p: &CompareProps) -> Html {
    let l = p.state.lang;
    let cols = use_memo(p.state.compare.clone(), |pins| {
        pins.iter().map(column).collect::<Vec<_>>()
    });
    let overlay = use_memo((p.state.compare.clone(), l), |(pins, l)| {
        pins.iter()
            .map(|s| (slot_label(s, *l), project(s, s.channel)))
            .collect::<Vec<_>>()
    });
    let d = &p.dispatch;
    type Row = (
        &'static str,
        &'static str,
        fn(&Column) -> f64,
        fn(f64, Lang) -> String,
    );
    let rows: [Row; 9] = [
        (
            "可触达人数",
            "Reach",
            |c| c.scenario.person.followers,
            people,
        ),
        (
            "佣金率",
            "Commission",
            |c| c.scenario.params(c.scenario.channel).commission_rate,
            percent,
        ),
        (
            "推迟入局（周）",
            "Entry delay (weeks)",
            |c| c.scenario.person.entry_delay_weeks,
            |v, _| format!("{v}"),
        ),
        ("净收益", "Net", |c| c.projection().summary.net, money),
        (
            "每小时净收益",
            "Net per hour",
            |c| c.projection().summary.net_per_hour,
            per_hour,
        ),
        (
            "投入时间（小时）",
            "Hours",
            |c| c.projection().summary.hours,
            |v, _| format!("{v:.0}"),
        ),
        (
            "送出访问",
            "Visits donated",
            |c| c.projection().summary.visits_donated,
            people,
        ),
        (
            "被达人带走的好友",
            "Friends donated",
            |c| c.projection().summary.followers_donated,
            people,
        ),
        (
            "每赚1元送出",
            "Given away per ¥1 earned",
            |c| c.projection().summary.donation_ratio,
            money,
        ),
    ];
    html! {
        <section class="card compare-scenarios" id="scenarios" aria-labelledby="h-scenarios">
            <h3 id="h-scenarios">{ l.pick("方案对比（最多 3 个）", "Compare scenarios (up to 3)") }</h3>
            <div class="btn-row">
                <button type="button" class="secondary" id="pin" onclick={d.reform(|_| Action::PinCompare)}>
                    { l.pick("＋ 加入当前方案", "+ Pin this scenario") }</button>
                <button type="button" class="secondary" id="compare-channels" onclick={d.reform(|_| Action::CompareChannels)}>
                    { l.pick("同一个人 · 三个渠道", "Same person · three channels") }</button>
                <button type="button" class="secondary" id="compare-entry" onclick={d.reform(|_| Action::CompareEntry)}>
                    { l.pick("现在入局 vs 慢半拍", "Enter now vs later") }</button>
                if !cols.is_empty() {
                    <button type="button" class="secondary" id="compare-clear" onclick={d.reform(|_| Action::ClearCompare)}>
                        { l.pick("清空", "Clear") }</button>
                }
            </div>
            if cols.is_empty() {
                <p class="muted">{ l.pick("还没有方案。把当前方案加入对比，或一键比较三个渠道、现在与晚入局。",
                    "Nothing pinned yet. Pin the current scenario, or compare three channels or now against later in one tap.") }</p>
            } else {
                <div class="table-wrap">
                <table class="compare-table" id="compare-table">
                    <thead><tr>
                        <th scope="col"><span class="visually-hidden">{ l.pick("项目", "Item") }</span></th>
                        { for cols.iter().enumerate().map(|(i, c)| html! {
                            <th scope="col" class={format!("slot slot-{i}")}>
                                <span class="slot-name">{ slot_label(&c.scenario, l) }</span>
                                <span class="slot-actions">
                                    <button type="button" class="linkish" onclick={d.reform(move |_| Action::LoadPinned(i))}>
                                        { l.pick("载入", "Load") }</button>
                                    <button type="button" class="linkish" aria-label={l.pick("移除这个方案", "Remove this scenario")}
                                        onclick={d.reform(move |_| Action::Unpin(i))}>{ "✕" }</button>
                                </span>
                            </th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|(zh, en, get, fmt)| {
                            let base = get(&cols[0]);
                            html! {
                                <tr>
                                    <th scope="row">{ l.pick(zh, en) }</th>
                                    { for cols.iter().enumerate().map(|(i, c)| {
                                        let v = get(c);
                                        let (cls, mark) = if i == 0 { (None, "") } else { diff_class(v, base) };
                                        html! { <td class={classes!("num", cls)}>{ fmt(v, l) }{ " " }{ mark }</td> }
                                    }) }
                                </tr>
                            }
                        }) }
                        <tr>
                            <th scope="row">{ t(l, Key::Verdict) }</th>
                            { for cols.iter().enumerate().map(|(i, c)| {
                                let changed = i > 0 && c.decision.verdict.kind != cols[0].decision.verdict.kind;
                                html! { <td class={classes!("verdict-cell", changed.then_some("diff"))}>
                                    { words::verdict_title(c.decision.verdict.kind, l) }</td> }
                            }) }
                        </tr>
                    </tbody>
                </table>
                </div>
                <ChartCanvas spec={ChartSpec::Overlay(overlay)} lang={l} dark={p.dark} height={260}
                    id="chart-overlay" label={l.pick("各方案累计净收益叠加对比", "Cumulative net of each scenario, overlaid")} />
            }
        </section>
    }
}
