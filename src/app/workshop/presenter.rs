//! 演示模式: the five-stage walk through the article, full screen (full build). The stylesheet
//! sizes everything from the screen (`static/tools.css`): type, the stage's figures and its charts.

use crate::app::fields::{number_field, Look};
use crate::app::inputs::{channel_picker, first_screen_fields};
use crate::app::link::scenario_link;
use crate::app::qr::Qr;
use crate::app::store::{use_dispatch, Dispatch};
use crate::chart::canvas::{ChartCanvas, ChartSpec};
use crate::i18n::num::{money, people, per_hour, percent, visits, weeks, with_unit};
use crate::i18n::Lang;
use crate::i18n::{self, t, Key};
use crate::model::{
    ChannelField, ChannelId, Decision, Field, PersonField, Reason, Unit, VerdictKind,
};
use crate::state::{Action, Results, State, STAGES};
use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A stage's title: the article's four steps, then the page's own verdict (never a verdict
/// written for this surface: the last stage says what `#verdict-kind` says).
fn stage_title(i: usize, d: &Decision, l: Lang) -> &'static str {
    match i {
        0 => t(l, Key::Stage1Title),
        1 => t(l, Key::Stage2Title),
        2 => t(l, Key::Stage3Title),
        3 => t(l, Key::Stage4Title),
        _ => i18n::verdict::title(d.verdict.kind, l),
    }
}

/// The label of a stage's button in the bar: its title, and for the last "结论 · 不建议".
fn stage_button(i: usize, d: &Decision, l: Lang) -> String {
    if i + 1 < STAGES {
        stage_title(i, d, l).to_string()
    } else {
        format!("{} · {}", t(l, Key::Verdict), stage_title(i, d, l))
    }
}

/// The article's claim behind each of the four steps (the last stage is the verdict's own line).
fn stage_claim(i: usize, l: Lang) -> &'static str {
    match i {
        0 => t(l, Key::Stage1Claim),
        1 => t(l, Key::Stage2Claim),
        2 => t(l, Key::Stage3Claim),
        _ => t(l, Key::Stage4Claim),
    }
}

/// The verdict's CSS class (the page's: `worth`, `wait`, `no`).
fn kind_class(d: &Decision) -> &'static str {
    match d.verdict.kind {
        VerdictKind::Worth => "worth",
        VerdictKind::Wait => "wait",
        VerdictKind::NotAdvised => "no",
    }
}

fn stat(label: String, value: String) -> Html {
    html! { <div class="p-stat"><span class="p-label">{ label }</span><span class="p-value">{ value }</span></div> }
}

/// What a stage's figures are for, as the page's summary heads them: "淘宝客 · 26 周".
fn figures_for(ch: ChannelId, st: &State) -> Html {
    let l = st.lang;
    html! { <p class="p-for">{ format!("{} · {}", i18n::verdict::channel(ch, l), weeks(st.scenario.person.horizon_weeks, l)) }</p> }
}

/// Stages 1–3: one channel of the article, four large figures filling the stage.
fn channel_stage(i: usize, st: &State, r: &Results) -> Html {
    let (l, s) = (st.lang, &st.scenario);
    let ch = [ChannelId::Taoke, ChannelId::Social, ChannelId::Ktt][i.min(2)];
    let x = &r.channel(ch).summary;
    let c = s.params(ch);
    let stats = match ch {
        ChannelId::Taoke => [
            stat(
                t(l, Key::BuyerSavesPerOrder).into(),
                money(c.buyer_saving(), l),
            ),
            stat(t(l, Key::NetAccrued).into(), money(x.totals.net, l)),
            stat(
                t(l, Key::PerHour).into(),
                per_hour(x.totals.net_per_hour(), l),
            ),
            stat(
                t(l, Key::VisitsDonated).into(),
                visits(x.totals.visits_donated, l),
            ),
        ],
        ChannelId::Social => {
            let self_share = if x.totals.member_gmv > 0.0 {
                x.totals.member_self_purchase_gmv / x.totals.member_gmv
            } else {
                0.0
            };
            [
                stat(t(l, Key::TeamMembers).into(), people(x.totals.members, l)),
                stat(t(l, Key::TeamGMVThatSelf).into(), percent(self_share)),
                stat(t(l, Key::Overrides).into(), money(x.totals.overrides, l)),
                stat(
                    t(l, Key::PerHour).into(),
                    per_hour(x.totals.net_per_hour(), l),
                ),
            ]
        }
        _ => [
            stat(
                t(l, Key::CommissionShort).into(),
                percent(c.commission_rate),
            ),
            stat(
                t(l, Key::ConversionTrendMonth).into(),
                percent(c.trend_per_month),
            ),
            stat(t(l, Key::ProblemGoods).into(), percent(c.problem_share)),
            stat(
                t(l, Key::PerHour).into(),
                per_hour(x.totals.net_per_hour(), l),
            ),
        ],
    };
    html! { <div class="p-body">
        { figures_for(ch, st) }
        <div class="p-stats p-big">{ for stats }</div>
    </div> }
}

/// Stage 4: 微信小店推客 today, what it gives away, and the page's headline chart filling the rest.
fn wxshop_stage(st: &State, r: &Results, dark: bool) -> Html {
    let l = st.lang;
    let p = r.channel(ChannelId::Wxshop);
    let x = &p.summary;
    html! { <div class="p-body p-with-chart">
        { figures_for(ChannelId::Wxshop, st) }
        <div class="p-stats">
            { stat(t(l, Key::VisitsDonated).into(), visits(x.totals.visits_donated, l)) }
            { stat(t(l, Key::FollowersDonated).into(), people(x.totals.followers_donated, l)) }
            { stat(t(l, Key::DonationRatio).into(), money(x.totals.donation_ratio(), l)) }
            { stat(t(l, Key::PerHour).into(), per_hour(x.totals.net_per_hour(), l)) }
        </div>
        <div class="p-chart">
            <ChartCanvas spec={ChartSpec::Headline { projection: Rc::new(p.clone()), mc: None }}
                lang={l} dark={dark} fill={true} id="chart-presenter"
                label={t(l, Key::HeadlineHelp)} />
        </div>
    </div> }
}

/// The last stage: the page's verdict (its word is the stage's title), its line, its pay per
/// hour and best channel, and its now-against-later chart with the waiting reason.
fn verdict_stage(st: &State, r: &Results, dark: bool) -> Html {
    let l = st.lang;
    let d = &r.decision;
    let v = &d.verdict;
    let waiting = v
        .reasons
        .iter()
        .find(|r| matches!(r, Reason::Waiting { .. }));
    html! { <div class="p-body p-with-chart p-final">
        <p class="p-line" id="p-verdict-line">{ i18n::verdict::summary(v, l) }</p>
        <div class="p-stats">
            { stat(t(l, Key::PerHour).into(), per_hour(v.net_per_hour, l)) }
            { stat(t(l, Key::YourHourlyValue).into(), per_hour(v.hourly_value, l)) }
            { stat(t(l, Key::BestChannelMark).into(), i18n::verdict::channel(v.best_channel, l).into()) }
        </div>
        <div class="p-chart">
            <ChartCanvas spec={ChartSpec::Entry(Rc::new(d.entry.clone()))} lang={l} dark={dark}
                fill={true} id="chart-presenter-entry"
                label={t(l, Key::EntryHelp)} />
        </div>
        if let Some(w) = waiting {
            <p class="p-note">{ i18n::reasons::reason(w, l) }</p>
        }
    </div> }
}

/// The stage's heading: the article's step and its claim, or on the last stage the verdict as
/// the page's card heads it ("结论 · 微信小店推客", then the word).
fn stage_head(stage: usize, st: &State, d: &Decision) -> Html {
    let l = st.lang;
    if stage + 1 < STAGES {
        return html! { <header class="p-head">
            <h2 id="p-title">{ stage_title(stage, d, l) }</h2>
            <blockquote class="p-claim">{ stage_claim(stage, l) }</blockquote>
        </header> };
    }
    html! { <header class={format!("p-head p-verdict {}", kind_class(d))}>
        <p class="p-kicker">{ t(l, Key::Verdict) }{ " · " }{ i18n::verdict::channel(d.verdict.channel, l) }</p>
        <h2 id="p-title">{ stage_title(stage, d, l) }</h2>
    </header> }
}

/// The bar on top: a button per stage, the lock and the way out.
fn top_bar(stage: usize, locked: bool, st: &State, d: &Decision, go: &Dispatch) -> Html {
    let l = st.lang;
    html! { <div class="p-bar">
        <nav class="p-stages" aria-label={t(l, Key::Stages)}>
            { for (0..STAGES).map(|i| html! {
                <button type="button" class={if i == stage { "p-dot on" } else { "p-dot" }}
                    aria-current={(i == stage).then_some("step")}
                    onclick={go.reform(move |_| Action::Stage(i))}>{ stage_button(i, d, l) }</button>
            }) }
        </nav>
        <div class="p-tools">
            <button type="button" id="p-lock" aria-pressed={(!locked).to_string()}
                onclick={go.reform(move |_| Action::Unlock(locked))}>
                { if locked { t(l, Key::InputsLockedUnlock) } else { t(l, Key::LockInputs) } }
            </button>
            <button type="button" id="p-exit" onclick={go.reform(|_| Action::Present(false))}>
                { t(l, Key::ExitEsc) }</button>
        </div>
    </div> }
}

/// The side column: whose scenario, its inputs (read-only unless unlocked), and on the last
/// stage a large QR code of this scenario.
fn side(stage: usize, locked: bool, st: &State, go: &Dispatch) -> Html {
    let (l, s) = (st.lang, &st.scenario);
    let on_edit = go.reform(|(f, text)| Action::Edit(f, text));
    let commission = s.get(Field::Channel(s.channel, ChannelField::CommissionRate));
    let horizon = s.get(Field::Person(PersonField::HorizonWeeks));
    html! { <aside class="p-inputs" aria-label={t(l, Key::YourSituation)}>
        <p class="p-who">{ i18n::workshop::slot_label(s, l) }</p>
        if !locked {
            { for first_screen_fields(s.channel).into_iter().map(|f|
                number_field(f, l, s.value(f), st.draft(f), &on_edit, Look { big: false, hint: false })) }
            { channel_picker(l, s.channel, go) }
        } else {
            <dl class="p-readonly">
                <dt>{ t(l, Key::ReachShort) }</dt>
                <dd>{ people(s.person.followers, l) }</dd>
                <dt>{ t(l, Key::CommissionShort) }</dt>
                <dd>{ with_unit(commission, Unit::Fraction, l) }</dd>
                <dt>{ t(l, Key::HorizonShort) }</dt>
                <dd>{ with_unit(horizon, Unit::Weeks, l) }</dd>
            </dl>
        }
        if stage + 1 == STAGES {
            <figure class="p-qr">
                <Qr text={AttrValue::from(scenario_link(s, l))} id={AttrValue::from("presenter-qr")}
                    label={AttrValue::from(t(l, Key::ScanOpenScenarioPhone))} />
                <figcaption>{ t(l, Key::ScanTryOwnNumbers) }</figcaption>
            </figure>
        }
    </aside> }
}

/// ← → PageUp PageDown Space Home End move through the stages, Esc leaves, while it is open.
#[hook]
fn use_stage_keys(go: Dispatch) {
    use_effect_with((), move |_| {
        let opts = EventListenerOptions::enable_prevent_default();
        let doc = gloo::utils::document();
        let listener = EventListener::new_with_options(&doc, "keydown", opts, move |e| {
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
            go.emit(a);
        });
        move || drop(listener)
    });
}

#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    pub state: Rc<State>,
    pub results: Rc<Results>,
    pub dark: bool,
}

/// 演示模式: full screen, large type, inputs locked unless unlocked, arrow keys and clicks move
/// through the five stages, the last is the page's verdict with a large QR code of this scenario.
#[component]
pub fn Presenter(p: &PresenterProps) -> Html {
    crate::renders::count("Presenter");
    let st = &p.state;
    let l = st.lang;
    let pres = st.presenter.unwrap_or_default();
    let (stage, locked) = (pres.stage, !pres.unlocked);
    let go = &use_dispatch();
    use_stage_keys(go.clone());
    let r = &p.results;
    let body = match stage {
        0..=2 => channel_stage(stage, st, r),
        3 => wxshop_stage(st, r, p.dark),
        _ => verdict_stage(st, r, p.dark),
    };
    html! {
        <div class="presenter" id="presenter" role="dialog" aria-modal="true" aria-labelledby="p-title"
            data-stage={stage.to_string()}>
            { top_bar(stage, locked, st, &r.decision, go) }
            <div class="p-main">
                <article class="p-stage" onclick={go.reform(|_| Action::Step(1))}>
                    { stage_head(stage, st, &r.decision) }
                    <div class="p-fill" onclick={|e: MouseEvent| e.stop_propagation()}>{ body }</div>
                </article>
                { side(stage, locked, st, go) }
            </div>
            <div class="p-nav">
                <button type="button" id="p-prev" disabled={stage == 0} onclick={go.reform(|_| Action::Step(-1))}>
                    { t(l, Key::Back) }</button>
                <span class="p-count">{ format!("{} / {}", stage + 1, STAGES) }</span>
                <button type="button" id="p-next" disabled={stage + 1 == STAGES} onclick={go.reform(|_| Action::Step(1))}>
                    { t(l, Key::Next) }</button>
            </div>
        </div>
    }
}
