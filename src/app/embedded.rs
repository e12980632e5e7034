//! Embed mode, inside a host's page: the compact top line, and the height messages to the host
//! (the protocol of `share::snippet`).

use super::link::scenario_link;
use super::ui::dom;
use crate::i18n::{t, Key, Lang};
use crate::model::Scenario;
use crate::share::snippet::{HEIGHT_MESSAGE_TYPE, HEIGHT_MESSAGE_VERSION};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use std::cell::Cell;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

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

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    pub lang: Lang,
    /// Show the title (unless `title=0`).
    pub title: bool,
    /// The scenario the link to the full page opens.
    pub scenario: Scenario,
}

/// Embed mode's compact top line: the title (unless `title=0`) and a link to the full page.
#[component]
pub fn EmbedBar(p: &EmbedBarProps) -> Html {
    crate::renders::count("EmbedBar");
    let l = p.lang;
    html! {
        <div class="embed-bar" id="embed-bar">
            if p.title {
                <h1 class="embed-title">{ t(l, Key::AppName) }</h1>
            }
            <a class="open-full" id="open-full" href={scenario_link(&p.scenario, l)} target="_blank" rel="noopener">
                { t(l, Key::OpenFullCalculator) }</a>
        </div>
    }
}
