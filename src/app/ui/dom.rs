//! Small browser helpers at the edge: downloads, localStorage that never panics, dates,
//! feature detection, a promise's outcome.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

/// Offer `text` as a file download named `name` (a Blob of `mime`, an object URL, a click on a
/// temporary `<a download>`). False when the browser refused.
pub fn download_text(text: &str, mime: &str, name: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let ok = click_download(&url, name);
    // Revoke later: the download reads the URL after this click returns.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    ok
}

fn click_download(href: &str, name: &str) -> bool {
    let doc = gloo::utils::document();
    let Ok(a) = doc.create_element("a") else {
        return false;
    };
    let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return false;
    };
    a.set_href(href);
    a.set_download(name);
    let _ = a.set_attribute("hidden", "");
    let Some(body) = doc.body() else { return false };
    if body.append_child(&a).is_err() {
        return false;
    }
    a.click();
    a.remove();
    true
}

/// The page's localStorage, where the browser allows it (not in some private modes or
/// third-party iframes).
pub fn local_storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// `2025-01-31 14:05` in local time.
pub fn local_date(ms: f64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms));
    if d.get_time().is_nan() {
        return String::new();
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// Whether `obj` has a property `name` that is not undefined/null (feature detection).
pub fn has(obj: &JsValue, name: &str) -> bool {
    js_sys::Reflect::get(obj, &JsValue::from_str(name))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false)
}

/// Call `f` once `promise` settles, with its value or its rejection (a callback, not an async
/// executor: the page awaits two promises, a clipboard write and a file read). The two small
/// closures stay alive for the page's life; one of them never runs.
pub fn on_settled(promise: js_sys::Promise, f: impl FnOnce(Result<JsValue, JsValue>) + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    let f = Rc::new(RefCell::new(Some(f)));
    let g = f.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |v| {
        if let Some(f) = f.borrow_mut().take() {
            f(Ok(v))
        }
    });
    let err = Closure::<dyn FnMut(JsValue)>::new(move |e| {
        if let Some(f) = g.borrow_mut().take() {
            f(Err(e))
        }
    });
    let _ = promise.then2(&ok, &err);
    ok.forget();
    err.forget();
}
