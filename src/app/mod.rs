//! The Yew app: a thin layer that shows what `model` returns. Browser-only.

#[cfg(target_arch = "wasm32")]
mod boot;
mod engine;
mod fields;
mod inputs;
pub mod link;
mod math;
mod offline;
mod outputs;
mod pinned;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod qr;
mod sections;
mod share;
mod theme;
mod trial;
mod workshop;

use crate::i18n::{t, Key};
use crate::share::view::Panel;
use crate::state::{Action, Results, State, Theme};
use std::rc::Rc;
use yew::prelude::*;

/// Start the app on `#app`: take over the page rendered at build time (hydration) when it is the
/// default page, else (a link's scenario, an embed: `html.boot-link`, set before the page was
/// parsed by `init-early.js`) render afresh. What the person typed or tapped before is kept.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    boot::mark_failure_on_panic();
    let doc = gloo::utils::document();
    let html = doc.document_element();
    let classes = html.as_ref().map(|h| h.class_list());
    let props = AppProps {
        url: true,
        lang: None,
    };
    match doc.get_element_by_id("app") {
        Some(el) => {
            let link = classes.as_ref().is_some_and(|c| c.contains("boot-link"));
            if el.child_element_count() > 0 && !link {
                let typed = boot::typed_inputs(&el);
                yew::Renderer::<App>::with_root_and_props(el, props).hydrate();
                // Yew renders in a microtask of its own: this one runs after it, before the
                // browser paints the page taken over.
                wasm_bindgen_futures::spawn_local(async move { boot::replay(typed) });
            } else {
                el.set_inner_html("");
                yew::Renderer::<App>::with_root_and_props(el, props).render();
            }
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
    if let Some(c) = classes {
        let _ = c.remove_1("boot-link");
        let _ = c.add_1("booted");
    }
    offline::register_service_worker();
}

/// `use_reducer` glue over the pure `State::apply`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Store(pub Rc<State>);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = crate::state::reduce(self.0.clone(), action);
        if Rc::ptr_eq(&next, &self.0) {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// Read the scenario and view options from the page's address and keep `#hash` in step
    /// (the real page; tests mount the app without it).
    #[prop_or_default]
    pub url: bool,
    /// The language to start in when the address does not name one (the build-time render of
    /// each language; the page itself starts in Chinese).
    #[prop_or_default]
    pub lang: Option<crate::i18n::Lang>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let boot = use_memo(props.url, |&url| {
        if url {
            share::Boot::read()
        } else {
            share::Boot::default()
        }
    });
    let store = {
        let boot = boot.clone();
        let lang = props.lang;
        use_reducer(move || {
            let mut s = boot.state();
            if let (Some(l), None) = (lang, boot.decoded.as_ref().and_then(|d| d.lang)) {
                s.lang = l;
            }
            Store(Rc::new(s))
        })
    };
    let state = store.0.clone();
    let dispatch = {
        let store = store.clone();
        Callback::from(move |a: Action| store.dispatch(a))
    };
    let notice = {
        let boot = boot.clone();
        use_state(move || boot.ignored())
    };
    let embed = boot.embed();
    share::use_url_sync(props.url, embed, &state, dispatch.clone(), notice.clone());
    share::use_embed_height(embed);

    // Language and theme live on <html>, outside Yew's root.
    use_effect_with((state.lang, state.theme), |(lang, theme)| {
        let doc = gloo::utils::document();
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", lang.tag());
            match theme {
                Theme::Auto => {
                    let _ = html.remove_attribute("data-theme");
                }
                Theme::Light => {
                    let _ = html.set_attribute("data-theme", "light");
                }
                Theme::Dark => {
                    let _ = html.set_attribute("data-theme", "dark");
                }
            }
        }
        doc.set_title(t(*lang, Key::Title));
    });

    // The trial's calibration: the draws' work, in slices off the keystroke (kept by key, so a
    // change that does not touch it reuses it).
    let (cals, calibrating) = engine::use_calibrations(vec![state.scenario.clone()]);
    let cal = cals.into_iter().next().flatten();
    // Deterministic results at the calibrated values: recomputed on every valid change,
    // synchronously (well under a frame).
    let fresh = use_memo((state.scenario.clone(), cal.clone()), |(s, c)| {
        Results::compute(s, c.as_deref())
    });
    // While a calibration is on its way the page keeps the last answer it settled on, marked as
    // updating, so the uncalibrated figures are never shown as the person's.
    let settled = use_mut_ref(|| None::<Rc<Results>>);
    let results = if calibrating {
        settled.borrow().clone().unwrap_or_else(|| fresh.clone())
    } else {
        *settled.borrow_mut() = Some(fresh.clone());
        fresh.clone()
    };
    // The ranges refine after, in slices, so the page never freezes.
    let mc = engine::use_bands(&state.scenario, cal, !calibrating, state.revision);
    // The system's dark mode, followed (below) while the page is open.
    let system_dark = use_state_eq(theme::system_dark);
    let dark = theme::dark(state.theme, *system_dark);
    let l = state.lang;
    // The verdict of the central figures; the Monte Carlo only adds its range to the reasons.
    let v = Rc::new(match &mc {
        Some(m) => results.decision.verdict.with_monte_carlo(m),
        None => results.decision.verdict.clone(),
    });
    let show = |p: Panel| boot.shows(p);
    // The first render is the first screen (inputs, verdict, headline chart, summary: what the
    // build-time page holds); the rest of the page follows in the next task, so the first chart
    // is drawn without waiting for it.
    let rest = use_state(|| false);
    {
        let rest = rest.clone();
        let system_dark = system_dark.clone();
        use_effect_with((), move |_| {
            gloo::timers::callback::Timeout::new(0, move || rest.set(true)).forget();
            // A system switch to dark mode redraws the charts dark.
            theme::follow_system(move |d| system_dark.set(d));
            // The pinned bar only once the answer has scrolled away (it repeats it).
            if !embed {
                pinned::follow_scroll();
            }
        });
    }
    let rest = *rest;
    // Some typed text is not used: the figures shown are from the last valid inputs (or, while
    // the trial calibrates, from the last settled answer).
    let stale = state.issues().next().is_some() || calibrating;

    html! {
        <div class={if embed { "page embed" } else { "page" }}>
            if embed {
                { share::embed_bar(l, !boot.view.hide_title, link::scenario_link(&state.scenario, l)) }
            } else {
            <header class="top">
                <div class="brand">
                    <h1>{ t(l, Key::AppName) }</h1>
                    <p class="tagline">{ t(l, Key::Tagline) }</p>
                </div>
                <div class="top-tools">
                { present_button(&state, &dispatch) }
                <share::Tools state={state.clone()} projection={Rc::new(results.decision.chosen().clone())}
                    mc={mc.clone()} verdict={v.clone()} />
                <button class="tool" type="button" id="print"
                        onclick={Callback::from(|_| offline::print_page())}>
                    { t(l, Key::PrintPage) }
                </button>
                <button class="lang-switch" type="button" id="lang-switch"
                        aria-label={t(l, Key::LangSwitchLabel)} lang={l.other().tag()}
                        onclick={dispatch.reform(|_| Action::ToggleLang)}>
                    { t(l, Key::LangSwitch) }
                </button>
                </div>
            </header>
            }
            { share::url_notice(l, &notice, { let n = notice.clone(); Callback::from(move |_| n.set(Vec::new())) }) }
            <main id="calc" class={if show(Panel::Inputs) { "calc" } else { "calc no-inputs" }}
                data-complete={rest.then_some("1")} data-calibrating={calibrating.then_some("1")}>
                if show(Panel::Inputs) {
                <section class="col inputs" aria-labelledby="h-inputs">
                    if show(Panel::Presets) {
                        { workshop::presets_bar(&state, &dispatch) }
                    }
                    // In an embed the verdict card follows the inputs at once: no answer card.
                    { inputs::inputs(&state, &dispatch,
                        if embed { html! {} } else { outputs::answer(l, &v, stale) },
                        show(Panel::Advanced)) }
                    if rest && show(Panel::Trial) {
                        { trial::trial_section(&state, &results, mc.as_deref(), &dispatch) }
                    }
                    if !embed && rest {
                        <share::MyScenarios state={state.clone()} dispatch={dispatch.clone()}
                            results={results.clone()} />
                    }
                </section>
                }
                <section class="col outputs" aria-labelledby="h-results">
                    <h2 id="h-results" class="visually-hidden">{ t(l, Key::Results) }</h2>
                    if calibrating {
                        <p class="stale-note" id="calibrating" role="status">{ t(l, Key::Calibrating) }</p>
                    } else if stale {
                        <p class="stale-note" role="status">{ t(l, Key::FixErrors) }</p>
                    }
                    if show(Panel::Verdict) {
                    { outputs::verdict_card(l, &v) }
                    }
                    if show(Panel::Chart) {
                    { sections::headline(l, dark, &results, mc.clone()) }
                    }
                    if show(Panel::Summary) {
                    { outputs::summary_cards(l, &state.scenario, &results, mc.as_deref()) }
                    }
                    if rest {
                    if show(Panel::Compare) {
                    { outputs::compare_table(l, &results, &dispatch) }
                    }
                    if !embed {
                    <workshop::ComparePanel state={state.clone()} dispatch={dispatch.clone()} dark={dark} />
                    }
                    if show(Panel::Sensitivity) {
                    { sections::sensitivity(l, dark, &results) }
                    }
                    if !embed {
                    { trial::what_it_takes(&state, &results, &dispatch) }
                    }
                    if show(Panel::Entry) {
                    { sections::entry(l, dark, &results) }
                    }
                    if show(Panel::Math) {
                    <math::ShowTheMath lang={l} scenario={Rc::new(results.decision.scenario.clone())}
                        results={results.clone()} mc={mc.clone()} />
                    }
                    }
                </section>
            </main>
            if !embed && rest {
            <footer class="foot"><p>{ t(l, Key::Footer) }</p></footer>
            { outputs::result_bar(l, &v, stale) }
            }
            if state.presenter.is_some() {
                <workshop::Presenter state={state.clone()} dispatch={dispatch.clone()}
                    results={results.clone()} dark={dark} />
            }
        </div>
    }
}

/// Whether a `<details>` is open, and the `ontoggle` that keeps it so: what is inside is built
/// only while it is open.
#[hook]
pub fn use_details_open() -> (UseStateHandle<bool>, Callback<Event>) {
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(el.open());
        })
    };
    (open, ontoggle)
}

/// `name` when `cond` holds, else nothing: a part for [`class_list`].
pub fn on(cond: bool, name: &'static str) -> &'static str {
    if cond {
        name
    } else {
        ""
    }
}

/// A class attribute from its parts, empty ones left out (a string, not yew's `classes!` and
/// the index set behind it).
pub fn class_list(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts.iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

/// 演示模式's button.
fn present_button(state: &Rc<State>, dispatch: &Callback<Action>) -> Html {
    html! {
        <button class="tool" type="button" id="present"
                onclick={dispatch.reform(|_| Action::Present(true))}>
            { t(state.lang, Key::PresentOpen) }
        </button>
    }
}
