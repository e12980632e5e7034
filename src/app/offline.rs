//! Offline and print, at the edge: the service worker registration and printing with the math
//! open.

/// Register `sw.js` (caches the app's own files, so the calculator works offline after the
/// first visit). Browsers without service workers (some in-app browsers) simply skip it.
#[cfg(target_arch = "wasm32")]
pub fn register_service_worker() {
    let window = gloo::utils::window();
    let nav = window.navigator();
    let has_sw = js_sys::Reflect::has(&nav, &wasm_bindgen::JsValue::from_str("serviceWorker"))
        .unwrap_or(false);
    let http = window
        .location()
        .protocol()
        .map(|p| p == "http:" || p == "https:")
        .unwrap_or(false);
    if has_sw && http {
        let _ = nav.service_worker().register("./sw.js");
    }
}

/// Open 计算过程 (so its tables print too), then print once it has rendered.
pub fn print_page() {
    // (Printing shows 高级假设 and the steps of 计算过程 even when they are closed, by the print
    // stylesheet; opening them as well serves browsers without `::details-content`.)
    let doc = gloo::utils::document();
    for id in ["advanced", "math"] {
        if let Some(el) = doc.get_element_by_id(id) {
            if el.get_attribute("open").is_none() {
                let _ = el.set_attribute("open", "");
            }
        }
    }
    gloo::timers::callback::Timeout::new(150, || {
        let _ = gloo::utils::window().print();
    })
    .forget();
}
