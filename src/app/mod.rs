//! The Yew app: a thin layer that shows what `model` returns. Browser-only.
//!
//! `App` holds the state (`store`) and the page's answer (`answer`), and lays the page out of
//! sections that each get what they show in their props; the dispatcher travels in a context.
//! A section re-renders only when what it shows changed.

mod address;
mod answer;
#[cfg(target_arch = "wasm32")]
mod boot;
mod embedded;
mod engine;
mod fields;
mod header;
mod inputs;
pub mod link;
mod math;
mod offline;
mod outputs;
mod pinned;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod qr;
mod saved;
mod sections;
mod share;
mod store;
mod theme;
mod trial;
mod ui;
mod workshop;

use crate::i18n::{t, Key, Lang};
use crate::share::view::Panel;
use crate::state::State;
use address::Boot;
use answer::Answer;
use std::rc::Rc;
use store::{Dispatch, Store};
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
    crate::renders::count("App");
    let boot = use_memo(
        props.url,
        |&url| {
            if url {
                Boot::read()
            } else {
                Boot::default()
            }
        },
    );
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
    let dispatch = Dispatch::new(&store);
    let notice = {
        let boot = boot.clone();
        use_state(move || boot.ignored())
    };
    let embed = boot.embed();
    address::use_url_sync(
        props.url,
        embed,
        &state,
        dispatch.callback(),
        notice.clone(),
    );
    embedded::use_embed_height(embed);
    theme::use_html(state.lang, state.theme);
    let answer = answer::use_answer(&state);
    let page = Page {
        dark: theme::use_dark(state.theme),
        rest: use_rest(embed),
        state: &state,
        answer: &answer,
        boot: &boot,
    };
    let (l, rest) = (state.lang, page.rest);
    html! {
        <ContextProvider<Dispatch> context={dispatch.clone()}>
        <ContextProvider<Answer> context={answer.clone()}>
        <div class={if embed { "page embed" } else { "page" }}>
            if embed {
                <embedded::EmbedBar lang={l} title={!boot.view.hide_title}
                    scenario={state.scenario.clone()} />
            } else {
                { header::header(&state, &dispatch) }
            }
            { address::url_notice(l, &notice) }
            <main id="calc" class={if page.shows(Panel::Inputs) { "calc" } else { "calc no-inputs" }}
                data-complete={rest.then_some("1")} data-calibrating={answer.calibrating.then_some("1")}>
                if page.shows(Panel::Inputs) {
                    { inputs_column(&page) }
                }
                { outputs_column(&page) }
            </main>
            if !embed && rest {
                <footer class="foot"><p>{ t(l, Key::Footer) }</p></footer>
                <outputs::ResultBar lang={l} results={answer.results.clone()} stale={page.stale()} />
            }
            if state.presenter.is_some() {
                <workshop::Presenter state={state.clone()} results={answer.results.clone()}
                    dark={page.dark} />
            }
        </div>
        </ContextProvider<Answer>>
        </ContextProvider<Dispatch>>
    }
}

/// What the page's columns are laid out from.
struct Page<'a> {
    state: &'a Rc<State>,
    answer: &'a Answer,
    boot: &'a Boot,
    /// The charts draw dark.
    dark: bool,
    /// The rest of the page, after the first screen, is in.
    rest: bool,
}

impl Page<'_> {
    fn lang(&self) -> Lang {
        self.state.lang
    }
    fn embed(&self) -> bool {
        self.boot.embed()
    }
    /// Whether a section is shown (all are outside embed mode).
    fn shows(&self, p: Panel) -> bool {
        self.boot.shows(p)
    }
    /// Some typed text is not used: the figures shown are from the last valid inputs (or, while
    /// the trial calibrates, from the last settled answer).
    fn stale(&self) -> bool {
        self.state.issues().next().is_some() || self.answer.calibrating
    }
}

/// The inputs column: presets, the inputs with the answer card among them, 试过再算, 我的方案.
fn inputs_column(p: &Page) -> Html {
    let (l, s, a) = (p.lang(), p.state, p.answer);
    // The trial's narrowing, once the ranges are in.
    let narrowing =
        a.mc.as_deref()
            .and_then(|m| m.prior_net_per_hour.map(|prior| (prior, m.net_per_hour)));
    html! {
        <section class="col inputs" aria-labelledby="h-inputs">
            <inputs::Inputs state={s.clone()} presets={p.shows(Panel::Presets)}
                advanced={p.shows(Panel::Advanced)}>
                // In an embed the verdict card follows the inputs at once: no answer card.
                if !p.embed() {
                    <outputs::AnswerCard lang={l} results={a.results.clone()} stale={p.stale()} />
                }
            </inputs::Inputs>
            if p.rest && p.shows(Panel::Trial) {
                <trial::Trial state={s.clone()} results={a.results.clone()} {narrowing} />
            }
            if !p.embed() && p.rest {
                <saved::MyScenarios lang={l} scenario={s.scenario.clone()}
                    results={a.results.clone()} />
            }
        </section>
    }
}

/// The outputs column: the verdict and the headline chart, then the rest of the page.
fn outputs_column(p: &Page) -> Html {
    let (l, s, a, dark) = (p.lang(), p.state, p.answer, p.dark);
    let r = &a.results;
    html! {
        <section class="col outputs" aria-labelledby="h-results">
            <h2 id="h-results" class="visually-hidden">{ t(l, Key::Results) }</h2>
            if a.calibrating {
                <p class="stale-note" id="calibrating" role="status">{ t(l, Key::Calibrating) }</p>
            } else if p.stale() {
                <p class="stale-note" role="status">{ t(l, Key::FixErrors) }</p>
            }
            if p.shows(Panel::Verdict) {
                <outputs::VerdictCard lang={l} verdict={a.verdict.clone()} />
            }
            if p.shows(Panel::Chart) {
                <sections::Headline lang={l} {dark} results={r.clone()} mc={a.mc.clone()} />
            }
            // The summary is on the first screen too (the build-time page holds it).
            if p.shows(Panel::Summary) {
                <outputs::Summary lang={l} scenario={s.scenario.clone()} results={r.clone()}
                    mc={a.mc.clone()} />
            }
            if p.rest {
                if p.shows(Panel::Compare) {
                    <outputs::ChannelTable lang={l} results={r.clone()} />
                }
                if !p.embed() {
                    <workshop::ComparePanel lang={l} pins={s.compare.clone()} {dark} />
                }
                if p.shows(Panel::Sensitivity) {
                    <sections::Sensitivity lang={l} {dark} results={r.clone()} />
                }
                if !p.embed() {
                    <trial::WhatItTakes state={s.clone()} results={r.clone()} />
                }
                if p.shows(Panel::Entry) {
                    <sections::Entry lang={l} {dark} results={r.clone()} />
                }
                if p.shows(Panel::Math) {
                    <math::ShowTheMath lang={l} results={r.clone()} mc={a.mc.clone()} />
                }
            }
        </section>
    }
}

/// Whether the rest of the page is in. The first render is the first screen (inputs, verdict,
/// headline chart); the rest follows in the next task, so the first chart is drawn without
/// waiting for it. From then on the pinned bar shows once the answer has scrolled away (it
/// repeats it; not in an embed).
#[hook]
fn use_rest(embed: bool) -> bool {
    let rest = use_state(|| false);
    {
        let rest = rest.clone();
        use_effect_with((), move |_| {
            gloo::timers::callback::Timeout::new(0, move || rest.set(true)).forget();
            if !embed {
                pinned::follow_scroll();
            }
        });
    }
    *rest
}
