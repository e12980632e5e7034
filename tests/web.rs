//! Browser tests: mount the real app in headless Chromium and drive it (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use tuike_calc::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    /// Every app the tests mounted, so one test can take down the others'.
    static MOUNTED: std::cell::RefCell<Vec<yew::AppHandle<App>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Mount a fresh app in its own element, and wait until it has rendered its results.
async fn mount() -> Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    MOUNTED.with(|m| m.borrow_mut().push(app));
    until("the app's first render", || {
        root.query_selector("#s-net .stat-value")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    root
}

/// Wait until `cond` holds (polling; the debug build is slow), failing after 10 s.
async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..1000 {
        if cond() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

fn q(root: &Element, css: &str) -> Element {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {css}"))
}

fn click(root: &Element, css: &str) {
    q(root, css).dyn_into::<HtmlElement>().unwrap().click();
}

#[wasm_bindgen_test]
async fn language_switch_changes_strings_title_and_lang() {
    let root = mount().await;
    assert_eq!(q(&root, "h1").text_content().unwrap(), "推客值不值？");
    let html = gloo::utils::document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("zh-CN"));

    click(&root, "#lang-switch");
    changed(&root, "h1", "推客值不值？").await;
    assert_eq!(
        q(&root, "h1").text_content().unwrap(),
        "Worth being a WeChat Shop affiliate?"
    );
    // <html lang> and the title are set by an effect, after the render.
    until("lang=en", || {
        html.get_attribute("lang").as_deref() == Some("en")
    })
    .await;
    assert!(gloo::utils::document().title().starts_with("Is being"));

    click(&root, "#lang-switch");
    until("lang=zh-CN", || {
        html.get_attribute("lang").as_deref() == Some("zh-CN")
    })
    .await;
    root.remove();
}

fn text(root: &Element, css: &str) -> String {
    q(root, css).text_content().unwrap_or_default()
}

/// Type into an input as a person does: set the value, fire a bubbling `input` event.
fn type_into(root: &Element, css: &str, value: &str) {
    let input: web_sys::HtmlInputElement = q(root, css).dyn_into().unwrap();
    input.set_value(value);
    let ev = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    input.dispatch_event(&ev).unwrap();
}

fn input_value(root: &Element, css: &str) -> String {
    q(root, css)
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .value()
}

/// How many times a chart has been drawn.
fn drawn(root: &Element, css: &str) -> u32 {
    q(root, css)
        .get_attribute("data-drawn")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Wait until the text at `css` is no longer `old`; the new text.
async fn changed(root: &Element, css: &str, old: &str) -> String {
    until(&format!("{css} to change from {old:?}"), || {
        text(root, css) != old
    })
    .await;
    text(root, css)
}

#[wasm_bindgen_test]
async fn more_followers_change_the_summary_and_the_chart() {
    let root = mount().await;
    let net0 = text(&root, "#s-net .stat-value");
    until("the headline drawn", || {
        drawn(&root, "#chart-headline") >= 1
    })
    .await;
    let chart0 = drawn(&root, "#chart-headline");

    type_into(&root, "#f-followers", "5000");
    let net1 = changed(&root, "#s-net .stat-value", &net0).await;
    assert_ne!(net0, net1, "net did not change with followers");
    // The chart redraws only when what it shows changed (its props compare the data).
    until("the chart repainted", || {
        drawn(&root, "#chart-headline") > chart0
    })
    .await;
    root.remove();
}

#[wasm_bindgen_test]
async fn picking_a_channel_and_commission_changes_the_results() {
    let root = mount().await;
    let title0 = text(&root, "#h-summary");
    click(&root, "#ch-taoke");
    let title1 = changed(&root, "#h-summary", &title0).await;
    assert_ne!(title0, title1);
    assert!(title1.contains("淘宝客"), "{title1}");
    assert!(text(&root, "#verdict").contains("淘宝客"));

    let net0 = text(&root, "#s-net .stat-value");
    type_into(&root, "#f-taoke-commission-rate", "30");
    changed(&root, "#s-net .stat-value", &net0).await;
    root.remove();
}

#[wasm_bindgen_test]
async fn a_bad_value_shows_a_message_and_keeps_the_last_result() {
    let root = mount().await;
    let start = text(&root, "#s-net .stat-value");
    type_into(&root, "#f-followers", "2000");
    let good = changed(&root, "#s-net .stat-value", &start).await;
    until("the chart of 2000", || drawn(&root, "#chart-headline") >= 2).await;
    let chart = drawn(&root, "#chart-headline");

    type_into(&root, "#f-followers", "abc");
    until("a message beside the field", || {
        root.query_selector("[data-field='followers'] .error")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let err = text(&root, "[data-field='followers'] .error");
    assert!(!err.is_empty(), "no message beside the field");
    assert_eq!(input_value(&root, "#f-followers"), "abc", "typed text lost");
    assert_eq!(
        text(&root, "#s-net .stat-value"),
        good,
        "last result not kept"
    );
    assert_eq!(
        drawn(&root, "#chart-headline"),
        chart,
        "the chart changed on a bad value"
    );

    // Out of range: a message with the allowed range; English when the page is English.
    type_into(&root, "#f-followers", "-5");
    let zh = changed(&root, "[data-field='followers'] .error", &err).await;
    click(&root, "#lang-switch");
    let en = changed(&root, "[data-field='followers'] .error", &zh).await;
    assert_ne!(zh, en);
    assert!(
        en.is_ascii() || en.chars().any(|c| c.is_ascii_alphabetic()),
        "{en}"
    );
    assert_eq!(input_value(&root, "#f-followers"), "-5");

    // Fixing it brings live results back.
    type_into(&root, "#f-followers", "３０００");
    until("the message gone", || {
        root.query_selector("[data-field='followers'] .error")
            .ok()
            .flatten()
            .is_none()
    })
    .await;
    changed(&root, "#s-net .stat-value", &good).await;
    click(&root, "#lang-switch");
    root.remove();
}

#[wasm_bindgen_test]
async fn chinese_number_forms_are_accepted() {
    let root = mount().await;
    let start = text(&root, "#s-net .stat-value");
    type_into(&root, "#f-followers", "1.2万");
    let a = changed(&root, "#s-net .stat-value", &start).await;
    assert!(root
        .query_selector("[data-field='followers'] .error")
        .unwrap()
        .is_none());
    // The same number typed two other ways: the result does not move, and no message.
    for typed in ["12,000", "１２０００"] {
        type_into(&root, "#f-followers", "800");
        changed(&root, "#s-net .stat-value", &a).await;
        type_into(&root, "#f-followers", typed);
        until(&format!("{typed} read as 12,000"), || {
            text(&root, "#s-net .stat-value") == a
        })
        .await;
        assert!(root
            .query_selector("[data-field='followers'] .error")
            .unwrap()
            .is_none());
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn monte_carlo_band_arrives_and_verdict_is_one_of_three() {
    let root = mount().await;
    // The band refines after the deterministic paint, in slices.
    until("the P10–P90 band", || {
        text(&root, "#s-net .band").contains("P10")
    })
    .await;
    let v = text(&root, "#verdict-kind");
    assert!(
        ["值得入局", "慢半拍", "不建议"].contains(&v.as_str()),
        "{v}"
    );
    root.remove();
}

fn clear_saved() {
    if let Ok(Some(s)) = gloo::utils::window().local_storage() {
        let _ = s.remove_item(tuike_calc::share::saved::STORE_KEY);
        let _ = s.remove_item(tuike_calc::share::saved::CORRUPT_KEY);
    }
}

#[wasm_bindgen_test]
async fn a_saved_scenario_is_listed_and_loads_its_numbers_back() {
    clear_saved();
    let root = mount().await;
    let start = text(&root, "#s-net .stat-value");
    type_into(&root, "#f-followers", "4321");
    let net = changed(&root, "#s-net .stat-value", &start).await;
    type_into(&root, "#save-name", "网页测试");
    click(&root, "#save-scenario");
    until("the saved list", || {
        root.query_selector("#saved-list")
            .ok()
            .flatten()
            .and_then(|l| l.text_content())
            .is_some_and(|t| t.contains("网页测试"))
    })
    .await;
    type_into(&root, "#f-followers", "9999");
    changed(&root, "#s-net .stat-value", &net).await;
    click(&root, "#saved-list .saved-load");
    until("the saved numbers", || {
        text(&root, "#s-net .stat-value") == net
    })
    .await;
    click(&root, "#saved-list .saved-delete");
    until("the list to empty", || {
        root.query_selector("#saved-list").ok().flatten().is_none()
    })
    .await;
    clear_saved();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_embed_dialog_gives_snippets_of_the_current_scenario() {
    let root = mount().await;
    let start = text(&root, "#s-net .stat-value");
    type_into(&root, "#f-followers", "7777");
    changed(&root, "#s-net .stat-value", &start).await;
    click(&root, "#embed-open");
    until("the embed dialog", || {
        root.query_selector("#embed-auto").ok().flatten().is_some()
    })
    .await;
    let mut s = tuike_calc::model::Scenario::default();
    s.person.followers = 7777.0;
    let hash = tuike_calc::share::url::encode(&s, tuike_calc::i18n::Lang::Zh).replace('&', "&amp;");
    let value = |css: &str| {
        q(&root, css)
            .dyn_into::<web_sys::HtmlTextAreaElement>()
            .unwrap()
            .value()
    };
    for css in ["#embed-auto", "#embed-fixed"] {
        let v = value(css);
        assert!(v.contains(&hash), "{css} lacks the scenario {hash}: {v}");
        assert!(v.contains("?embed=1"), "{v}");
    }
    assert!(value("#embed-fixed").contains("height=\"900\""));
    assert!(value("#embed-auto").contains("tuike-calc:height"));
    // A bad height: a message beside the field, the text kept, the snippet keeps the last good one.
    type_into(&root, "#embed-height", "abc");
    until("the height message", || {
        root.query_selector("#embed-height-err")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    assert!(!text(&root, "#embed-height-err").is_empty());
    assert_eq!(input_value(&root, "#embed-height"), "abc");
    assert!(value("#embed-fixed").contains("height=\"900\""));
    type_into(&root, "#embed-height", "６００");
    until("the height message gone", || {
        root.query_selector("#embed-height-err")
            .ok()
            .flatten()
            .is_none()
    })
    .await;
    assert!(
        value("#embed-fixed").contains("height=\"600\""),
        "{}",
        value("#embed-fixed")
    );
    click(&root, "#embed-dialog .modal-close");
    until("the dialog to close", || {
        root.query_selector("#embed-dialog")
            .ok()
            .flatten()
            .is_none()
    })
    .await;
    root.remove();
}

/// Same seed, same numbers on native and wasm: the model's fingerprint (every weekly row,
/// Monte Carlo band, tornado bar and break-even of every preset and channel) computed here in
/// the browser equals the one pinned by the native test (`tests/model.rs`).
#[wasm_bindgen_test]
fn the_model_gives_the_native_numbers_bit_for_bit() {
    use tuike_calc::model::{fingerprint, FINGERPRINT, FINGERPRINT_SEED};
    assert_eq!(fingerprint(FINGERPRINT_SEED), FINGERPRINT);
}

/// Renders so far, by component (the test build counts them: `renders`).
fn renders() -> Vec<(String, u32)> {
    tuike_calc::renders::counts()
}

/// What rendered between two counts, and how often, by name.
fn rendered_since(before: &[(String, u32)], after: &[(String, u32)]) -> Vec<(String, u32)> {
    let mut out: Vec<(String, u32)> = after
        .iter()
        .map(|(n, k)| {
            let was = before.iter().find(|(m, _)| m == n).map_or(0, |(_, k)| *k);
            (n.clone(), k - was)
        })
        .filter(|(_, k)| *k > 0)
        .collect();
    out.sort();
    out
}

/// Take down every app mounted so far (a test's removed root leaves its app running: its
/// slices and renders would count as the next test's).
fn unmount_all() {
    MOUNTED.with(|m| m.borrow_mut().drain(..).for_each(|app| app.destroy()));
}

#[wasm_bindgen_test]
async fn a_monte_carlo_completion_re_renders_only_what_reads_the_ranges() {
    unmount_all();
    let root = mount().await;
    until("the rest of the page and the first ranges", || {
        root.query_selector("main[data-complete]")
            .ok()
            .flatten()
            .is_some()
            && text(&root, "#s-net .band").contains("P10")
    })
    .await;
    // A new reach: the page renders its new central figures at once, and the ranges of the new
    // scenario refine after, in slices (tasks).
    type_into(&root, "#f-followers", "4321");
    // Counted from the moment the new figures are on the page with their ranges refining: the
    // edit has rendered, the Monte Carlo has not landed.
    until("the new ranges to start refining", || {
        root.query_selector("#s-net .band.pending")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let before = renders();
    until("the new ranges", || {
        text(&root, "#s-net .band").contains("P10")
    })
    .await;
    // Anything the landing scheduled renders too.
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    let after = renders();
    let got = rendered_since(&before, &after);
    let total: u32 = got.iter().map(|(_, k)| k).sum();
    web_sys::console::log_1(&format!("renders per Monte Carlo completion: {total} {got:?}").into());
    // The ranges are read by the verdict's reasons, the headline chart, the summary and the
    // weekly table of 计算过程; nothing else re-renders, and each once.
    let want: Vec<(String, u32)> = [
        "App",
        "Headline",
        "ShowTheMath",
        "Summary",
        "VerdictCard",
        "chart-headline",
    ]
    .iter()
    .map(|n| (n.to_string(), 1))
    .collect();
    assert_eq!(got, want, "renders per Monte Carlo completion");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_chart_follows_its_container_s_width() {
    // The page's stylesheet: a chart is as wide as its container.
    let doc = gloo::utils::document();
    let style = doc.create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../static/style.css")));
    doc.head().unwrap().append_child(&style).unwrap();
    let root = mount().await;
    let chart = "#chart-headline";
    // Drawn with its ranges: nothing else redraws it from here.
    until("the headline drawn with its ranges", || {
        q(&root, chart)
            .get_attribute("data-draws")
            .is_some_and(|d| d != "0")
    })
    .await;
    let canvas: web_sys::HtmlCanvasElement = q(&root, chart).dyn_into().unwrap();
    let wide = canvas.width();
    let before = drawn(&root, chart);
    // The page's container narrows; the window does not change.
    root.dyn_ref::<HtmlElement>()
        .unwrap()
        .style()
        .set_property("width", "320px")
        .unwrap();
    let dpr = gloo::utils::window().device_pixel_ratio();
    until("the headline drawn again for its narrower box", || {
        drawn(&root, chart) > before
            && canvas.width() == (canvas.client_width() as f64 * dpr).round() as u32
    })
    .await;
    assert!(canvas.width() < wide, "{} < {wide}", canvas.width());
    root.remove();
    style.remove();
}
