//! Workshops: presets, side-by-side scenarios with one overlaid chart, and presenter mode
//! (演示模式) — a staged walk through the article's argument with this scenario's numbers.

use super::fields::NumberField;
use super::inputs::{first_screen_fields, ChannelPicker};
use super::link::scenario_link;
use super::qr::Qr;
use crate::chart::canvas::{ChartCanvas, ChartSpec};
use crate::i18n::{t, words, Key};
use crate::input::format::{money, people, per_hour, percent, with_unit};
use crate::model::{
    entry_comparison, presets, project, project_all, verdict, ChannelField, ChannelId, Field, Lang,
    PersonField, Projection, Scenario, Verdict,
};
use crate::state::{Action, Results, State, STAGES};
use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

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

/// What a compare column shows: the deterministic projection and verdict of one scenario.
struct Column {
    scenario: Scenario,
    projection: Projection,
    verdict: Verdict,
}

fn column(s: &Scenario) -> Column {
    let all = project_all(s);
    let entry = entry_comparison(s, ChannelId::Wxshop);
    Column {
        verdict: verdict(s, &all, None, Some(&entry)),
        projection: project(s, s.channel),
        scenario: s.clone(),
    }
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub dark: bool,
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
        ("净收益", "Net", |c| c.projection.summary.net, money),
        (
            "每小时净收益",
            "Net per hour",
            |c| c.projection.summary.net_per_hour,
            per_hour,
        ),
        (
            "投入时间（小时）",
            "Hours",
            |c| c.projection.summary.hours,
            |v, _| format!("{v:.0}"),
        ),
        (
            "送出访问",
            "Visits donated",
            |c| c.projection.summary.visits_donated,
            people,
        ),
        (
            "被达人带走的好友",
            "Friends donated",
            |c| c.projection.summary.followers_donated,
            people,
        ),
        (
            "每赚1元送出",
            "Given away per ¥1 earned",
            |c| c.projection.summary.donation_ratio,
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
                                let changed = i > 0 && c.verdict.kind != cols[0].verdict.kind;
                                html! { <td class={classes!("verdict-cell", changed.then_some("diff"))}>
                                    { words::verdict_title(c.verdict.kind, l) }</td> }
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

/// The five stages' titles.
pub fn stage_title(i: usize, l: Lang) -> &'static str {
    match i {
        0 => l.pick("1 淘宝客为什么跑得通", "1 Why Taobao affiliates work"),
        1 => l.pick("2 社交电商团长", "2 Social-commerce group leaders"),
        2 => l.pick("3 快团团帮卖", "3 Kuaituantuan resellers"),
        3 => l.pick("4 微信小店推客今天", "4 WeChat Shop 推客 today"),
        _ => l.pick("结论：慢半拍", "Conclusion: wait a beat (慢半拍)"),
    }
}

/// The article's claim behind each stage.
fn stage_claim(i: usize, l: Lang) -> &'static str {
    match i {
        0 => l.pick("淘宝以搜索为主：商家用定向券和佣金换销量，再换搜索反哺；用户到手真便宜，品牌货不用种草，官方店有保障。（文章§1）",
            "Taobao runs on search: merchants trade targeted coupons and commission for sales and search traffic; buyers really save, brands need no persuasion, official stores are trusted. (article §1)"),
        1 => l.pick("能卖货的团长不到10%，90%靠自购；多级分佣让拉人有利可图，盘子慢慢滚起来。（文章§2）",
            "Fewer than 10% of leaders sell; 90% only buy for themselves, and multi-level overrides make recruiting pay. (article §2)"),
        2 => l.pick("团长自带私域流量，资金立马到账，没有平台抽成所以佣金高；但货品缺乏监管，2024年起逐渐凋落。（文章§3）",
            "Leaders bring their own traffic, money arrives at once and commission is high with no platform cut; but goods go unregulated, and it has declined since 2024. (article §3)"),
        3 => l.pick("微信小店没有中心化搜索，就没有反哺，商家凭什么给中小推客定向破价？转发达人直播间，就把自己的流量送给了达人。（文章§4）",
            "WeChat Shop has no central search, so no reward traffic and no targeted discounts for small 推客; forwarding a host's live room gives your friends to the host. (article §4)"),
        _ => l.pick("值得关注，但入局可以慢半拍：等平台生态完善、有人赚到钱了再切入问题不大。（文章结论）",
            "Worth watching, but entering can wait: once the platform matures and others make money, coming in later is fine. (article's conclusion)"),
    }
}

fn stat(label: String, value: String) -> Html {
    html! { <div class="p-stat"><span class="p-label">{ label }</span><span class="p-value">{ value }</span></div> }
}

#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub results: Rc<Results>,
    pub dark: bool,
}

/// 演示模式: full screen, large type, inputs locked unless unlocked, arrow keys and clicks move
/// through the five stages, a large QR code opens this scenario on phones.
#[component]
pub fn Presenter(p: &PresenterProps) -> Html {
    let st = &p.state;
    let l = st.lang;
    let pres = st.presenter.unwrap_or_default();
    let stage = pres.stage;
    let d = p.dispatch.clone();

    // Keyboard: ← → PageUp PageDown Space Home End Esc, while presenter mode is on.
    {
        let d = d.clone();
        use_effect_with((), move |_| {
            let opts = EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                opts,
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let in_field = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                        .is_some();
                    if in_field {
                        return;
                    }
                    let a = match e.key().as_str() {
                        "ArrowRight" | "ArrowDown" | "PageDown" | " " => Action::Step(1),
                        "ArrowLeft" | "ArrowUp" | "PageUp" => Action::Step(-1),
                        "Home" => Action::Stage(0),
                        "End" => Action::Stage(STAGES - 1),
                        "Escape" => Action::Present(false),
                        _ => return,
                    };
                    e.prevent_default();
                    d.emit(a);
                },
            );
            move || drop(listener)
        });
    }

    let r = &p.results;
    let sum = |ch: ChannelId| &r.all[ch.index()].summary;
    let s = &st.scenario;
    let body = match stage {
        0 => {
            let x = sum(ChannelId::Taoke);
            let c = s.params(ChannelId::Taoke);
            html! { <div class="p-stats">
                { stat(l.pick("买家每单省", "Buyer saves per order").into(), money(c.buyer_saving(), l)) }
                { stat(l.pick("你一年净赚", "You net").into(), money(x.net, l)) }
                { stat(t(l, Key::PerHour).into(), per_hour(x.net_per_hour, l)) }
                { stat(t(l, Key::VisitsDonated).into(), people(x.visits_donated, l)) }
            </div> }
        }
        1 => {
            let x = sum(ChannelId::Social);
            let self_share = if x.member_gmv > 0.0 {
                x.member_self_purchase_gmv / x.member_gmv
            } else {
                0.0
            };
            html! { <div class="p-stats">
                { stat(l.pick("团队人数", "Team members").into(), people(x.members, l)) }
                { stat(l.pick("团队成交中自购占比", "Team GMV that is self-purchase").into(), percent(self_share, l)) }
                { stat(l.pick("团队提成", "Overrides").into(), money(x.overrides, l)) }
                { stat(t(l, Key::PerHour).into(), per_hour(x.net_per_hour, l)) }
            </div> }
        }
        2 => {
            let x = sum(ChannelId::Ktt);
            let c = s.params(ChannelId::Ktt);
            html! { <div class="p-stats">
                { stat(l.pick("佣金率", "Commission").into(), percent(c.commission_rate, l)) }
                { stat(l.pick("每月转化变化", "Conversion trend / month").into(), percent(c.trend_per_month, l)) }
                { stat(l.pick("问题货占比", "Problem goods").into(), percent(c.problem_share, l)) }
                { stat(t(l, Key::PerHour).into(), per_hour(x.net_per_hour, l)) }
            </div> }
        }
        3 => {
            let x = sum(ChannelId::Wxshop);
            html! { <>
                <div class="p-stats">
                    { stat(t(l, Key::VisitsDonated).into(), people(x.visits_donated, l)) }
                    { stat(t(l, Key::FollowersDonated).into(), people(x.followers_donated, l)) }
                    { stat(t(l, Key::DonationRatio).into(), money(x.donation_ratio, l)) }
                    { stat(t(l, Key::PerHour).into(), per_hour(x.net_per_hour, l)) }
                </div>
                <ChartCanvas spec={ChartSpec::Headline { projection: Rc::new(r.all[ChannelId::Wxshop.index()].clone()), mc: None }}
                    lang={l} dark={p.dark} height={300} id="chart-presenter"
                    label={t(l, Key::HeadlineHelp)} />
            </> }
        }
        _ => {
            let e = &r.entry;
            let v = verdict(s, &r.all, None, Some(e));
            let best = v.best_channel;
            html! { <div class="p-final">
                <div class="p-stats">
                    { stat(t(l, Key::ColNow).into(), money(e.now.summary.net, l)) }
                    { stat(format!("{} ({} {})", t(l, Key::ColLater), e.delay_weeks, t(l, Key::Weeks)), money(e.later.summary.net, l)) }
                    { stat(t(l, Key::Verdict).into(), words::verdict_title(v.kind, l).into()) }
                    { stat(t(l, Key::BestChannelMark).into(), best.name(l).into()) }
                </div>
                <figure class="p-qr">
                    <Qr text={AttrValue::from(scenario_link(s, l))} id={AttrValue::from("presenter-qr")}
                        label={AttrValue::from(l.pick("扫码在手机上打开这个测算", "Scan to open this scenario on your phone"))} />
                    <figcaption>{ l.pick("扫码，用你自己的数字试试", "Scan and try your own numbers") }</figcaption>
                </figure>
            </div> }
        }
    };

    let on_edit = d.reform(|(f, text)| Action::Edit(f, text));
    let locked = !pres.unlocked;
    html! {
        <div class="presenter" id="presenter" role="dialog" aria-modal="true" aria-labelledby="p-title"
            data-stage={stage.to_string()}>
            <div class="p-bar">
                <nav class="p-stages" aria-label={l.pick("演示步骤", "Stages")}>
                    { for (0..STAGES).map(|i| html! {
                        <button type="button" class={classes!("p-dot", (i == stage).then_some("on"))}
                            aria-current={(i == stage).then_some("step")}
                            onclick={d.reform(move |_| Action::Stage(i))}>{ stage_title(i, l) }</button>
                    }) }
                </nav>
                <div class="p-tools">
                    <button type="button" id="p-lock" aria-pressed={(!locked).to_string()}
                        onclick={d.reform(move |_| Action::Unlock(locked))}>
                        { if locked { l.pick("输入已锁定 · 点此解锁", "Inputs locked · unlock") } else { l.pick("锁定输入", "Lock inputs") } }
                    </button>
                    <button type="button" id="p-exit" onclick={d.reform(|_| Action::Present(false))}>
                        { l.pick("退出演示 (Esc)", "Exit (Esc)") }</button>
                </div>
            </div>
            <div class="p-main">
                <article class="p-stage" onclick={d.reform(|_| Action::Step(1))}>
                    <h2 id="p-title">{ stage_title(stage, l) }</h2>
                    <blockquote class="p-claim">{ stage_claim(stage, l) }</blockquote>
                    <div onclick={|e: MouseEvent| e.stop_propagation()}>{ body }</div>
                </article>
                <aside class="p-inputs" aria-label={t(l, Key::YourSituation)}>
                    <p class="p-who">{ slot_label(s, l) }</p>
                    if !locked {
                        { for first_screen_fields(s.channel).into_iter().map(|f| html! {
                            <NumberField key={f.key()} field={f} lang={l} value={s.get(f)}
                                draft={st.draft(f).cloned()} on_edit={on_edit.clone()} hint={false} />
                        }) }
                        <ChannelPicker lang={l} channel={s.channel} on_pick={d.reform(Action::SetChannel)} />
                    } else {
                        <dl class="p-readonly">
                            <dt>{ l.pick("可触达人数", "Reach") }</dt>
                            <dd>{ people(s.person.followers, l) }</dd>
                            <dt>{ l.pick("佣金率", "Commission") }</dt>
                            <dd>{ with_unit(s.get(Field::Channel(s.channel, ChannelField::CommissionRate)), crate::model::Unit::Fraction, l) }</dd>
                            <dt>{ l.pick("测算周期", "Horizon") }</dt>
                            <dd>{ with_unit(s.get(Field::Person(PersonField::HorizonWeeks)), crate::model::Unit::Weeks, l) }</dd>
                        </dl>
                    }
                </aside>
            </div>
            <div class="p-nav">
                <button type="button" id="p-prev" disabled={stage == 0} onclick={d.reform(|_| Action::Step(-1))}>
                    { l.pick("← 上一步", "← Back") }</button>
                <span class="p-count">{ format!("{} / {}", stage + 1, STAGES) }</span>
                <button type="button" id="p-next" disabled={stage + 1 == STAGES} onclick={d.reform(|_| Action::Step(1))}>
                    { l.pick("下一步 →", "Next →") }</button>
            </div>
        </div>
    }
}
