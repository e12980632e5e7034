//! Share and embed, the browser side (issue 5): the state in the address (`#hash`, written back
//! with `history.replaceState`), copy link, the embed mode and its height messages, 嵌入代码,
//! 分享海报, export/import and saved scenarios. The pure part is `crate::share`.

mod card;
mod copy;
mod dialog;
pub(in crate::app) mod dom;
mod embed;
mod saved;

pub use saved::MyScenarios;

use crate::app::link::scenario_link;
use crate::i18n::{t, Key};
use crate::model::{Lang, McResult, Projection, Verdict};
use crate::share::url::{
    decode, decode_view, encode, Decoded, Panel, ThemeOpt, ViewOptions, HEIGHT_MESSAGE_TYPE,
    HEIGHT_MESSAGE_VERSION,
};
use crate::share::Ignored;
use crate::state::{Action, State, Theme};
use copy::{copy, CopyStatus};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// What the page's address asks for when the app starts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Boot {
    /// The scenario of the `#hash`, when it holds one.
    pub decoded: Option<Decoded>,
    /// The `?query` view options (panels, title and lock only apply in embed mode).
    pub view: ViewOptions,
}

/// Whether a fragment is scenario state (`key=value…`) rather than an in-page anchor (`#calc`).
fn is_state(hash: &str) -> bool {
    hash.contains('=')
}

impl Boot {
    /// Read `location.hash` and `location.search`.
    pub fn read() -> Boot {
        let loc = gloo::utils::window().location();
        let hash = loc.hash().unwrap_or_default();
        let hash = hash.trim_start_matches('#');
        let mut view = decode_view(&loc.search().unwrap_or_default());
        if !view.embed {
            view = ViewOptions {
                theme: view.theme,
                ..ViewOptions::default()
            };
        }
        Boot {
            decoded: is_state(hash).then(|| decode(hash)),
            view,
        }
    }

    /// The first state: defaults, then the link's scenario and language, then the view's
    /// theme and fixed channel.
    pub fn state(&self) -> State {
        let mut s = State::default();
        if let Some(d) = &self.decoded {
            s = s.apply(Action::Load(Box::new(d.scenario.clone())));
            if let Some(l) = d.lang {
                s = s.apply(Action::SetLang(l));
            }
        }
        if let Some(t) = self.view.theme {
            s.theme = match t {
                ThemeOpt::Light => Theme::Light,
                ThemeOpt::Dark => Theme::Dark,
                ThemeOpt::Auto => Theme::Auto,
            };
        }
        if self.view.lock_channel {
            s.lock_channel = Some(s.scenario.channel);
        }
        s
    }

    /// The values of the link that were not used.
    pub fn ignored(&self) -> Vec<Ignored> {
        self.decoded
            .as_ref()
            .map(|d| d.ignored.clone())
            .unwrap_or_default()
    }

    pub fn embed(&self) -> bool {
        self.view.embed
    }

    /// Whether a panel is shown (all are, outside embed mode or without `panels=`).
    pub fn shows(&self, p: Panel) -> bool {
        self.view.panels.as_ref().is_none_or(|ps| ps.contains(&p))
    }
}

/// Write `#hash` into the address without a new history entry or a reload.
fn write_hash(hash: &str) {
    let w = gloo::utils::window();
    let loc = w.location();
    if loc.hash().unwrap_or_default().trim_start_matches('#') == hash {
        return;
    }
    let Ok(history) = w.history() else { return };
    let url = format!(
        "{}{}#{hash}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    );
    let st = history.state().unwrap_or(JsValue::NULL);
    let _ = history.replace_state_with_url(&st, "", Some(&url));
}

/// Keep the address in step with the scenario and language (when `enabled`), and follow a new
/// link pasted into the address bar (`hashchange`, outside embed mode).
#[hook]
pub fn use_url_sync(
    enabled: bool,
    embed: bool,
    state: &State,
    dispatch: Callback<Action>,
    notice: UseStateHandle<Vec<Ignored>>,
) {
    let current = encode(&state.scenario, state.lang);
    let latest = use_mut_ref(String::new);
    *latest.borrow_mut() = current.clone();
    use_effect_with((current, enabled), |(hash, enabled)| {
        if *enabled {
            write_hash(hash);
        }
    });
    use_effect_with(enabled && !embed, move |&on| {
        let listener = on.then(|| {
            EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                let hash = hash.trim_start_matches('#');
                if !is_state(hash) || *latest.borrow() == hash {
                    return;
                }
                let d = decode(hash);
                dispatch.emit(Action::Load(Box::new(d.scenario)));
                if let Some(l) = d.lang {
                    dispatch.emit(Action::SetLang(l));
                }
                notice.set(d.ignored);
            })
        });
        move || drop(listener)
    });
}

thread_local! {
    static LAST_HEIGHT: Cell<f64> = const { Cell::new(-1.0) };
}

/// Post this page's height to the parent window (embed mode), when it changed.
///
/// Target origin `"*"`: the message holds only a height, which is no secret, and the page
/// cannot know its host's origin in advance (any blog may embed it). The page itself listens
/// to no message at all, so nothing a host posts can change its state.
pub fn post_height() {
    let w = gloo::utils::window();
    let Ok(Some(parent)) = w.parent() else { return };
    if js_sys::Object::is(&parent, &w) {
        return; // Not in a frame.
    }
    let Some(el) = gloo::utils::document().document_element() else {
        return;
    };
    let h = el.get_bounding_client_rect().height().ceil();
    if !h.is_finite() || LAST_HEIGHT.with(|c| c.replace(h)) == h {
        return;
    }
    let msg = js_sys::Object::new();
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&msg, &JsValue::from_str(k), &v);
    let _ = set("type", JsValue::from_str(HEIGHT_MESSAGE_TYPE));
    let _ = set("version", JsValue::from_f64(HEIGHT_MESSAGE_VERSION as f64));
    let _ = set("height", JsValue::from_f64(h));
    let _ = parent.post_message(&msg, "*");
}

/// Watches the layout and posts the height: a ResizeObserver on `<html>` where there is one,
/// and in any case on window resize, `<details>` toggles and loads (plus after each render, in
/// [`use_embed_height`]).
struct HeightWatch {
    observer: Option<web_sys::ResizeObserver>,
    _callback: Option<Closure<dyn FnMut()>>,
    _listeners: Vec<EventListener>,
}

impl HeightWatch {
    fn start() -> HeightWatch {
        let w = gloo::utils::window();
        let doc = gloo::utils::document();
        let mut observer = None;
        let mut callback = None;
        if dom::has(&w, "ResizeObserver") {
            let cb = Closure::<dyn FnMut()>::new(post_height);
            if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
                if let Some(el) = doc.document_element() {
                    ro.observe(&el);
                }
                observer = Some(ro);
                callback = Some(cb);
            }
        }
        let capture = EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: true,
        };
        let listeners = vec![
            EventListener::new(&w, "resize", |_| post_height()),
            EventListener::new_with_options(&doc, "toggle", capture, |_| post_height()),
            EventListener::new_with_options(&doc, "load", capture, |_| post_height()),
        ];
        post_height();
        HeightWatch {
            observer,
            _callback: callback,
            _listeners: listeners,
        }
    }
}

impl Drop for HeightWatch {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
    }
}

/// In embed mode, keep the parent told of this page's height.
#[hook]
pub fn use_embed_height(embed: bool) {
    use_effect_with(embed, |&embed| {
        let watch = embed.then(HeightWatch::start);
        move || drop(watch)
    });
    use_effect(move || {
        if embed {
            post_height();
        }
    });
}

/// Props of 我的方案.
#[derive(Properties, PartialEq)]
pub struct SavedProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub results: Rc<crate::state::Results>,
}

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub lang: Lang,
    pub ignored: Vec<Ignored>,
    pub on_dismiss: Callback<()>,
}

/// Most ignored values listed one by one.
const NOTICE_LIST: usize = 12;

/// "This link had values we could not use" with the list, dismissible.
#[component]
pub fn UrlNotice(p: &NoticeProps) -> Html {
    let l = p.lang;
    if p.ignored.is_empty() {
        return html! {};
    }
    let n = p.ignored.len();
    let more = n.saturating_sub(NOTICE_LIST);
    html! {
        <div class="url-notice" id="url-notice" role="alert">
            <p class="url-notice-head">{ match l {
                Lang::Zh => format!("这个链接里有 {n} 项无法使用，已改用默认值："),
                Lang::En => format!("{n} value(s) in this link could not be used; the defaults are shown instead:"),
            } }</p>
            <ul>
                { for p.ignored.iter().take(NOTICE_LIST).map(|i| html! { <li>{ i.message(l) }</li> }) }
                if more > 0 {
                    <li>{ match l { Lang::Zh => format!("……还有 {more} 项"), Lang::En => format!("… and {more} more") } }</li>
                }
            </ul>
            <button type="button" class="secondary" id="url-notice-dismiss"
                onclick={p.on_dismiss.reform(|_| ())}>{ l.pick("知道了", "Dismiss") }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    pub lang: Lang,
    pub show_title: bool,
    pub link: AttrValue,
}

/// Embed mode's compact top line: the title (unless `title=0`) and a link to the full page.
#[component]
pub fn EmbedBar(p: &EmbedBarProps) -> Html {
    let l = p.lang;
    html! {
        <div class="embed-bar" id="embed-bar">
            if p.show_title {
                <h1 class="embed-title">{ t(l, Key::AppName) }</h1>
            }
            <a class="open-full" id="open-full" href={p.link.clone()} target="_blank" rel="noopener">
                { l.pick("打开完整计算器 ↗", "Open the full calculator ↗") }</a>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ToolsProps {
    pub state: Rc<State>,
    pub projection: Rc<Projection>,
    pub mc: Option<Rc<McResult>>,
    pub verdict: Rc<Verdict>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    None,
    Embed,
    Card,
}

/// The header's share tools: 复制链接, 分享海报, 嵌入代码.
#[component]
pub fn Tools(p: &ToolsProps) -> Html {
    let l = p.state.lang;
    let link = scenario_link(&p.state.scenario, l);
    let copy_req = use_state(|| 0u32);
    let status = use_state(CopyStatus::default);
    let field = use_node_ref();

    {
        // After the popover has rendered (the field must exist for the fallback).
        let field = field.clone();
        let status = status.clone();
        let link = link.clone();
        use_effect_with(*copy_req, move |&n| {
            if n > 0 {
                let status = status.clone();
                copy(link, field, Callback::from(move |s| status.set(s)));
            }
        });
    }
    let on_copy = {
        let copy_req = copy_req.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            status.set(CopyStatus::Idle);
            copy_req.set(*copy_req + 1);
        })
    };
    let close_copy = {
        let copy_req = copy_req.clone();
        Callback::from(move |_: MouseEvent| copy_req.set(0))
    };
    html! {
        <>
            <button class="tool" type="button" id="copy-link" onclick={on_copy}>
                { l.pick("复制链接", "Copy link") }</button>
            <ShareDialogs ..p.clone() />
            if *copy_req > 0 {
                <div class="copy-pop" id="copy-pop" role="group" aria-label={l.pick("复制链接", "Copy link")}>
                    <label for="share-link">{ l.pick("这个测算的链接（打开后数字完全相同）",
                        "This scenario's link (opens with exactly these numbers)") }</label>
                    <div class="copy-row">
                        <input ref={field.clone()} type="text" id="share-link" readonly=true value={link.clone()} />
                        <button type="button" class="modal-close" aria-label={l.pick("关闭", "Close")}
                            onclick={close_copy}>{ "✕" }</button>
                    </div>
                    <p class={classes!("copy-status", (*status == CopyStatus::Manual).then_some("manual"))}
                        id="copy-status" role="status">{ status.message(l) }</p>
                </div>
            }
        </>
    }
}

/// 分享海报 and 嵌入代码: their buttons and dialogs.
#[component]
fn ShareDialogs(p: &ToolsProps) -> Html {
    let l = p.state.lang;
    let open = use_state(|| Open::None);
    let set_open = |o: Open| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(o))
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(Open::None))
    };
    html! {
        <>
            <button class="tool" type="button" id="share-card-open" onclick={set_open(Open::Card)}>
                { l.pick("分享海报", "Share card") }</button>
            <button class="tool" type="button" id="embed-open" onclick={set_open(Open::Embed)}>
                { l.pick("嵌入代码", "Embed") }</button>
            if *open == Open::Embed {
                <embed::EmbedDialog state={p.state.clone()} on_close={close.clone()} />
            }
            if *open == Open::Card {
                <card::CardDialog lang={l} scenario={Rc::new(p.state.scenario.clone())}
                    projection={p.projection.clone()} mc={p.mc.clone()} verdict={p.verdict.clone()}
                    link={scenario_link(&p.state.scenario, l)} on_close={close.clone()} />
            }
        </>
    }
}
