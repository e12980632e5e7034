//! Taking over the page rendered at build time without losing what the person did meanwhile:
//! text typed into its fields before the wasm arrived (the app would set them back to the
//! defaults it rendered), and taps on its buttons (`init-early.js` keeps their ids in
//! `window.__bootClicks` until the app has started).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, InputEvent, InputEventInit};

/// What the person changed in the page before the app took it over: every text field under
/// `root` whose text differs from what the page was rendered with (and that text), and every
/// choice (a channel's radio button) checked since.
pub struct Typed {
    texts: Vec<(HtmlInputElement, String)>,
    choices: Vec<HtmlInputElement>,
}

pub fn typed_inputs(root: &Element) -> Typed {
    let inputs: Vec<HtmlInputElement> = root
        .query_selector_all("input")
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<HtmlInputElement>().ok())
                .collect()
        })
        .unwrap_or_default();
    let choice = |e: &HtmlInputElement| matches!(e.type_().as_str(), "radio" | "checkbox");
    Typed {
        texts: inputs
            .iter()
            .filter(|e| !choice(e) && e.value() != e.default_value())
            .map(|e| (e.clone(), e.value()))
            .collect(),
        choices: inputs
            .into_iter()
            .filter(|e| choice(e) && e.checked() && !e.default_checked())
            .collect(),
    }
}

/// After the app has taken over: put the typed text back and tell the app (an `input` event, as
/// typing does), then tap again what was tapped.
pub fn replay(typed: Typed) {
    for e in typed.choices {
        e.click();
    }
    for (e, text) in typed.texts {
        e.set_value(&text);
        let init = InputEventInit::new();
        init.set_bubbles(true);
        if let Ok(ev) = InputEvent::new_with_event_init_dict("input", &init) {
            let _ = e.dispatch_event(&ev);
        }
    }
    let window = gloo::utils::window();
    let Ok(clicks) = js_sys::Reflect::get(&window, &"__bootClicks".into()) else {
        return;
    };
    let doc = gloo::utils::document();
    for id in js_sys::Array::from(&clicks)
        .iter()
        .filter_map(|v| v.as_string())
    {
        if let Some(b) = doc
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            b.click();
        }
    }
    let _ = js_sys::Reflect::set(&window, &"__bootClicks".into(), &js_sys::Array::new());
}

/// Should the app ever stop (a panic aborts the wasm), say so on the page rather than leave the
/// page rendered at build time looking alive (`html.app-failed` shows `#boot-failed`).
pub fn mark_failure_on_panic() {
    std::panic::set_hook(Box::new(|_| {
        if let Some(h) = gloo::utils::document().document_element() {
            let _ = h.class_list().add_1("app-failed");
        }
    }));
}
