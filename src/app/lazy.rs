//! Two builds of one app, so the first load stays small.
//!
//! The page loads the **core** build: inputs, results, charts, 计算过程, presets, copy link,
//! print. The **full** build (cargo feature `full`) adds 分享海报, 嵌入代码, 我的方案 (save, load,
//! export, import), 方案对比 and 演示模式. `./dev.sh post-build` (run by Trunk after each build)
//! builds it into `dist/full/`; `static/init.js` loads it with `window.tuikeUpgrade()` the first
//! time the person opens one of those tools.
//!
//! The core build renders those tools' buttons with the same ids. A tap captures a
//! [`Handoff`] (typed text, preset, scroll position, the control's id) and loads the full build;
//! the full build retires the core app (`window.tuikeRetire`), mounts from the address (which
//! holds the scenario and language), resumes the handoff and activates the same control. To the
//! person, the button simply opened what it names, after a short load.

use crate::state::Handoff;
use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// `window` property holding the handoff (an array of strings).
const HANDOFF: &str = "tuikeHandoff";
/// `window` property: the core build's function that unmounts it.
const RETIRE: &str = "tuikeRetire";

fn window_prop(name: &str) -> JsValue {
    Reflect::get(&gloo::utils::window(), &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

#[cfg(feature = "full")]
fn forget_prop(name: &str) {
    let w: js_sys::Object = gloo::utils::window().unchecked_into();
    let _ = Reflect::delete_property(&w, &JsValue::from_str(name));
}

/// The handoff left by the core build, taken once (full build).
#[cfg(feature = "full")]
pub fn take_handoff() -> Option<Handoff> {
    let v = window_prop(HANDOFF);
    let arr = v.dyn_ref::<Array>()?;
    let strings: Vec<String> = arr.iter().filter_map(|x| x.as_string()).collect();
    forget_prop(HANDOFF);
    Handoff::from_strings(&strings)
}

/// Unmount the core app if it is on the page, and give a fresh `#app` element to mount on (the
/// old one keeps the core app's event listeners, detached). Full build.
#[cfg(feature = "full")]
pub fn retire_core() -> Option<web_sys::Element> {
    let retire = window_prop(RETIRE);
    let f = retire.dyn_ref::<js_sys::Function>()?;
    let _ = f.call0(&JsValue::NULL);
    forget_prop(RETIRE);
    let doc = gloo::utils::document();
    let old = doc.get_element_by_id("app")?;
    let fresh = doc.create_element("div").ok()?;
    fresh.set_id("app");
    old.replace_with_with_node_1(&fresh).ok()?;
    Some(fresh)
}

/// Right after the full build's first render: the same scroll position.
#[cfg(feature = "full")]
pub fn restore_scroll(h: &Handoff) {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, h.scroll_y);
}

/// Once the full build's layout is final: fill what was typed, put the control back where it
/// was on screen and activate it.
#[cfg(feature = "full")]
pub fn replay(h: &Handoff) {
    let doc = gloo::utils::document();
    restore_scroll(h);
    for (id, value) in &h.fill {
        if let Some(input) = doc
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value(value);
        }
    }
    if let Some(el) = doc
        .get_element_by_id(&h.click)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        // The control back where it was on screen (the page above it may differ in height).
        if let Some(top) = h.control_top {
            let now = el.get_bounding_client_rect().top();
            gloo::utils::window().scroll_by_with_x_and_y(0.0, now - top);
        }
        let _ = el.focus_with_options(&{
            let o = web_sys::FocusOptions::new();
            o.set_prevent_scroll(true);
            o
        });
        el.click();
    }
}

#[cfg(not(feature = "full"))]
pub use core_build::*;

#[cfg(not(feature = "full"))]
mod core_build {
    use super::*;
    use crate::app::share::{dom, saved_head, SavedProps};
    use crate::app::workshop::{slot_label, CompareProps, PresenterProps};
    use crate::app::App;
    use crate::model::Lang;
    use crate::share::saved::STORE_KEY;
    use crate::state::State;
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen_futures::JsFuture;
    use yew::prelude::*;
    use yew::AppHandle;

    thread_local! {
        static HANDLE: RefCell<Option<AppHandle<App>>> = const { RefCell::new(None) };
    }

    /// Keep the core app's handle and offer `window.tuikeRetire` to the full build.
    pub fn register_retire(handle: AppHandle<App>) {
        HANDLE.with(|h| *h.borrow_mut() = Some(handle));
        let retire = Closure::<dyn FnMut()>::new(|| {
            if let Some(h) = HANDLE.with(|h| h.borrow_mut().take()) {
                h.destroy();
            }
        });
        let _ = Reflect::set(
            &gloo::utils::window(),
            &JsValue::from_str(RETIRE),
            retire.as_ref(),
        );
        retire.forget();
    }

    /// Hand over and load the full build; `Err` when it could not be loaded (offline before it
    /// was ever cached, or no loader on the page).
    async fn upgrade(h: Handoff) -> Result<(), JsValue> {
        let arr: Array = h.to_strings().into_iter().map(JsValue::from).collect();
        let w = gloo::utils::window();
        Reflect::set(&w, &JsValue::from_str(HANDOFF), &arr)?;
        let load = window_prop("tuikeUpgrade")
            .dyn_into::<js_sys::Function>()
            .map_err(|_| JsValue::from_str("no loader"))?;
        let promise = load.call0(&JsValue::NULL)?.dyn_into::<js_sys::Promise>()?;
        JsFuture::from(promise).await.map(|_| ())
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Phase {
        Idle,
        Loading,
        Failed,
    }

    /// Start the upgrade for control `id`; `phase` shows loading, then failure if it failed.
    fn start(state: &State, id: &str, fill: Vec<(String, String)>, phase: UseStateHandle<Phase>) {
        let scroll = gloo::utils::window().scroll_y().unwrap_or(0.0);
        let top = gloo::utils::document()
            .get_element_by_id(id)
            .map(|e| e.get_bounding_client_rect().top());
        let h = Handoff::capture(state, id, fill, scroll, top);
        phase.set(Phase::Loading);
        wasm_bindgen_futures::spawn_local(async move {
            if upgrade(h).await.is_err() {
                phase.set(Phase::Failed);
            }
        });
    }

    fn status(phase: Phase, l: Lang) -> Html {
        match phase {
            Phase::Idle => html! {},
            Phase::Loading => html! {
                <span class="lazy-status" role="status">{ l.pick("正在加载…", "Loading…") }</span>
            },
            Phase::Failed => html! {
                <span class="lazy-status bad" role="alert">{ l.pick(
                    "这部分没能加载（可能离线了），联网后再试。",
                    "This part could not load (offline?); try again when online.") }</span>
            },
        }
    }

    #[derive(Properties, PartialEq)]
    pub struct UpgradeProps {
        pub state: Rc<State>,
        /// The control's id, the same as in the full build.
        pub id: AttrValue,
        pub class: AttrValue,
        pub label: AttrValue,
        /// The control to activate in the full build, when not `id` itself.
        #[prop_or_default]
        pub target: Option<AttrValue>,
    }

    /// A button of an on-demand tool: loads the full build, which then does what it names.
    #[component]
    pub fn Upgrade(p: &UpgradeProps) -> Html {
        let phase = use_state(|| Phase::Idle);
        let onclick = {
            let (state, phase) = (p.state.clone(), phase.clone());
            let target = p.target.clone().unwrap_or_else(|| p.id.clone());
            Callback::from(move |_: MouseEvent| start(&state, &target, Vec::new(), phase.clone()))
        };
        html! {
            <>
                <button type="button" class={p.class.clone()} id={p.id.clone()}
                    aria-busy={(*phase == Phase::Loading).then_some("true")} {onclick}>
                    { p.label.clone() }</button>
                { status(*phase, p.state.lang) }
            </>
        }
    }

    /// 方案对比 before the full build is loaded: its three buttons.
    #[component]
    pub fn ComparePanel(p: &CompareProps) -> Html {
        let l = p.state.lang;
        let b = |id: &'static str, zh: &'static str, en: &'static str| {
            html! { <Upgrade state={p.state.clone()} id={id} class="secondary" label={l.pick(zh, en)} /> }
        };
        html! {
            <section class="card compare-scenarios" id="scenarios" aria-labelledby="h-scenarios">
                <h3 id="h-scenarios">{ l.pick("方案对比（最多 3 个）", "Compare scenarios (up to 3)") }</h3>
                <div class="btn-row">
                    { b("pin", "＋ 加入当前方案", "+ Pin this scenario") }
                    { b("compare-channels", "同一个人 · 三个渠道", "Same person · three channels") }
                    { b("compare-entry", "现在入局 vs 慢半拍", "Enter now vs later") }
                </div>
                <p class="muted">{ l.pick("还没有方案。把当前方案加入对比，或一键比较三个渠道、现在与晚入局。",
                    "Nothing pinned yet. Pin the current scenario, or compare three channels or now against later in one tap.") }</p>
            </section>
        }
    }

    /// Presenter mode is only ever on in the full build (its button loads it).
    #[component]
    pub fn Presenter(_: &PresenterProps) -> Html {
        html! {}
    }

    /// 我的方案 before the full build is loaded: the save form (saving loads the full build and
    /// saves under the typed name) and one button for the list and export / import.
    #[component]
    pub fn MyScenarios(p: &SavedProps) -> Html {
        let l = p.state.lang;
        let phase = use_state(|| Phase::Idle);
        let name_ref = use_node_ref();
        let has_saved = use_memo(
            (),
            |_| matches!(dom::get(STORE_KEY), Ok(Some(s)) if !s.trim().is_empty()),
        );
        let on_save = {
            let (state, phase, name_ref) = (p.state.clone(), phase.clone(), name_ref.clone());
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let typed = name_ref
                    .cast::<web_sys::HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default();
                let fill = vec![("save-name".to_string(), typed)];
                start(&state, "save-scenario", fill, phase.clone());
            })
        };
        html! {
            <section class="card my-scenarios" id="saved" aria-labelledby="h-saved">
                { saved_head(l, on_save, name_ref, slot_label(&p.state.scenario, l)) }
                { status(*phase, l) }
                <p class="muted">{ if *has_saved {
                    l.pick("这个浏览器里有你保存的方案。", "You have scenarios saved in this browser.")
                } else {
                    l.pick("方案只保存在这个浏览器里。", "Scenarios are kept in this browser only.")
                } }</p>
                <div class="btn-row">
                    <Upgrade state={p.state.clone()} id="saved-open" target="saved" class="secondary"
                        label={l.pick("查看已保存的方案 · 导出 / 导入", "Saved scenarios · export / import")} />
                </div>
            </section>
        }
    }
}
