//! 演示模式: the five-stage walk through the article, full screen (full build).

use super::PresenterProps;
use crate::app::fields::{number_field, Look};
use crate::app::inputs::{channel_picker, first_screen_fields};
use crate::app::link::scenario_link;
use crate::app::qr::Qr;
use crate::chart::canvas::{ChartCanvas, ChartSpec};
use crate::i18n::num::{money, people, per_hour, percent, with_unit};
use crate::i18n::Lang;
use crate::i18n::{self, t, Key};
use crate::model::{ChannelField, ChannelId, Field, PersonField, Reason};
use crate::state::{Action, STAGES};
use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Tick-label size of the charts on a projector, CSS px (their titles are 1.4 times it: 28 px).
const PRESENTER_TEXT_PX: f64 = 20.0;

/// The five stages' titles.
pub fn stage_title(i: usize, l: Lang) -> &'static str {
    match i {
        0 => t(l, Key::Stage1Title),
        1 => t(l, Key::Stage2Title),
        2 => t(l, Key::Stage3Title),
        3 => t(l, Key::Stage4Title),
        _ => t(l, Key::Stage5Title),
    }
}

/// The article's claim behind each stage.
fn stage_claim(i: usize, l: Lang) -> &'static str {
    match i {
        0 => t(l, Key::Stage1Claim),
        1 => t(l, Key::Stage2Claim),
        2 => t(l, Key::Stage3Claim),
        3 => t(l, Key::Stage4Claim),
        _ => t(l, Key::Stage5Claim),
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
    // The chart fills the stage: about half the screen's height, never under 300 px.
    let chart_h = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .map_or(300, |h| (h * 0.5).max(300.0) as u32);
    let sum = |ch: ChannelId| &r.channel(ch).summary;
    let s = &st.scenario;
    let body = match stage {
        0 => {
            let x = sum(ChannelId::Taoke);
            let c = s.params(ChannelId::Taoke);
            html! { <div class="p-stats">
                { stat(t(l, Key::BuyerSavesPerOrder).into(), money(c.buyer_saving(), l)) }
                { stat(t(l, Key::PresenterYouNet).into(), money(x.net, l)) }
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
                { stat(t(l, Key::TeamMembers).into(), people(x.members, l)) }
                { stat(t(l, Key::TeamGMVThatSelf).into(), percent(self_share)) }
                { stat(t(l, Key::Overrides).into(), money(x.overrides, l)) }
                { stat(t(l, Key::PerHour).into(), per_hour(x.net_per_hour, l)) }
            </div> }
        }
        2 => {
            let x = sum(ChannelId::Ktt);
            let c = s.params(ChannelId::Ktt);
            html! { <div class="p-stats">
                { stat(t(l, Key::CommissionShort).into(), percent(c.commission_rate)) }
                { stat(t(l, Key::ConversionTrendMonth).into(), percent(c.trend_per_month)) }
                { stat(t(l, Key::ProblemGoods).into(), percent(c.problem_share)) }
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
                    lang={l} dark={p.dark} height={chart_h} text={PRESENTER_TEXT_PX} id="chart-presenter"
                    label={t(l, Key::HeadlineHelp)} />
            </> }
        }
        _ => {
            // The page's own verdict and its own now-against-later, per hour and total.
            let d = &r.decision;
            let v = &d.verdict;
            // Now against later on its stated basis: the chart's legend gives each per hour, its
            // note the totals; the verdict's own sentence says both.
            let waiting = v
                .reasons
                .iter()
                .find(|r| matches!(r, Reason::Waiting { .. }));
            html! { <div class="p-final">
                <div class="p-stats">
                    { stat(format!("{} · {}", t(l, Key::Verdict), i18n::verdict::channel_short(v.channel, l)), i18n::verdict::title(v.kind, l).into()) }
                    { stat(t(l, Key::PerHour).into(), per_hour(v.net_per_hour, l)) }
                    { stat(t(l, Key::BestChannelMark).into(), i18n::verdict::channel(v.best_channel, l).into()) }
                </div>
                <div class="p-final-body">
                    <div class="p-final-chart">
                        <ChartCanvas spec={ChartSpec::Entry(Rc::new(d.entry.clone()))} lang={l} dark={p.dark}
                            height={chart_h} text={PRESENTER_TEXT_PX} id="chart-presenter-entry"
                            label={t(l, Key::EntryHelp)} />
                        if let Some(w) = waiting {
                            <p class="p-note">{ i18n::verdict::reason(w, l) }</p>
                        }
                    </div>
                </div>
            </div> }
        }
    };

    let on_edit = d.reform(|(f, text)| Action::Edit(f, text));
    let locked = !pres.unlocked;
    html! {
        <div class="presenter" id="presenter" role="dialog" aria-modal="true" aria-labelledby="p-title"
            data-stage={stage.to_string()}>
            <div class="p-bar">
                <nav class="p-stages" aria-label={t(l, Key::Stages)}>
                    { for (0..STAGES).map(|i| html! {
                        <button type="button" class={if i == stage { "p-dot on" } else { "p-dot" }}
                            aria-current={(i == stage).then_some("step")}
                            onclick={d.reform(move |_| Action::Stage(i))}>{ stage_title(i, l) }</button>
                    }) }
                </nav>
                <div class="p-tools">
                    <button type="button" id="p-lock" aria-pressed={(!locked).to_string()}
                        onclick={d.reform(move |_| Action::Unlock(locked))}>
                        { if locked { t(l, Key::InputsLockedUnlock) } else { t(l, Key::LockInputs) } }
                    </button>
                    <button type="button" id="p-exit" onclick={d.reform(|_| Action::Present(false))}>
                        { t(l, Key::ExitEsc) }</button>
                </div>
            </div>
            <div class="p-main">
                <article class="p-stage" onclick={d.reform(|_| Action::Step(1))}>
                    <h2 id="p-title">{ stage_title(stage, l) }</h2>
                    <blockquote class="p-claim">{ stage_claim(stage, l) }</blockquote>
                    <div onclick={|e: MouseEvent| e.stop_propagation()}>{ body }</div>
                </article>
                <aside class="p-inputs" aria-label={t(l, Key::YourSituation)}>
                    <p class="p-who">{ i18n::workshop::slot_label(s, l) }</p>
                    if !locked {
                        { for first_screen_fields(s.channel).into_iter().map(|f|
                            number_field(f, l, s.value(f), st.draft(f), &on_edit, Look { big: false, hint: false })) }
                        { channel_picker(l, s.channel, &d) }
                    } else {
                        <dl class="p-readonly">
                            <dt>{ t(l, Key::ReachShort) }</dt>
                            <dd>{ people(s.person.followers, l) }</dd>
                            <dt>{ t(l, Key::CommissionShort) }</dt>
                            <dd>{ with_unit(s.get(Field::Channel(s.channel, ChannelField::CommissionRate)), crate::model::Unit::Fraction, l) }</dd>
                            <dt>{ t(l, Key::HorizonShort) }</dt>
                            <dd>{ with_unit(s.get(Field::Person(PersonField::HorizonWeeks)), crate::model::Unit::Weeks, l) }</dd>
                        </dl>
                    }
                    // The last stage: a large QR code of this scenario, beside the full-width
                    // chart.
                    if stage + 1 == STAGES {
                        <figure class="p-qr">
                            <Qr text={AttrValue::from(scenario_link(s, l))} id={AttrValue::from("presenter-qr")}
                                label={AttrValue::from(t(l, Key::ScanOpenScenarioPhone))} />
                            <figcaption>{ t(l, Key::ScanTryOwnNumbers) }</figcaption>
                        </figure>
                    }
                </aside>
            </div>
            <div class="p-nav">
                <button type="button" id="p-prev" disabled={stage == 0} onclick={d.reform(|_| Action::Step(-1))}>
                    { t(l, Key::Back) }</button>
                <span class="p-count">{ format!("{} / {}", stage + 1, STAGES) }</span>
                <button type="button" id="p-next" disabled={stage + 1 == STAGES} onclick={d.reform(|_| Action::Step(1))}>
                    { t(l, Key::Next) }</button>
            </div>
        </div>
    }
}
