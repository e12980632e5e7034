//! 演示模式: the five-stage walk through the article, full screen (full build).

use super::{slot_label, PresenterProps};
use crate::app::fields::NumberField;
use crate::app::inputs::{first_screen_fields, ChannelPicker};
use crate::app::link::scenario_link;
use crate::app::qr::Qr;
use crate::chart::canvas::{ChartCanvas, ChartSpec};
use crate::i18n::{t, words, Key};
use crate::input::format::{money, people, per_hour, percent, with_unit};
use crate::model::{ChannelField, ChannelId, Field, Lang, PersonField};
use crate::state::{Action, STAGES};
use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

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
    let sum = |ch: ChannelId| &r.channel(ch).summary;
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
                <ChartCanvas spec={ChartSpec::Headline { projection: Rc::new(r.channel(ChannelId::Wxshop).clone()), mc: None }}
                    lang={l} dark={p.dark} height={300} id="chart-presenter"
                    label={t(l, Key::HeadlineHelp)} />
            </> }
        }
        _ => {
            // The page's own verdict and its own now-against-later, per hour and total.
            let d = &r.decision;
            let v = &d.verdict;
            let later = format!(
                "{} ({} {})",
                t(l, Key::ColLater),
                d.entry.delay_weeks,
                t(l, Key::Weeks)
            );
            html! { <div class="p-final">
                <div class="p-stats">
                    { stat(t(l, Key::Verdict).into(), words::verdict_title(v.kind, l).into()) }
                    { stat(t(l, Key::PerHour).into(), per_hour(v.net_per_hour, l)) }
                    { stat(format!("{} · {}", t(l, Key::ColNow), t(l, Key::PerHour)), per_hour(d.entry.now.summary.net_per_hour, l)) }
                    { stat(format!("{later} · {}", t(l, Key::PerHour)), per_hour(d.entry.later.summary.net_per_hour, l)) }
                    { stat(format!("{} · {}", t(l, Key::ColNow), t(l, Key::NetAccrued)), money(d.entry.now.summary.net, l)) }
                    { stat(format!("{later} · {}", t(l, Key::NetAccrued)), money(d.entry.later.summary.net, l)) }
                    { stat(t(l, Key::BestChannelMark).into(), v.best_channel.name(l).into()) }
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
