//! Browser tests: mount the real app in headless Chromium and drive it (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use tuike_calc::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mount a fresh app in its own element.
fn mount() -> Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

/// Let Yew's scheduler run (renders and effects).
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
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
    let root = mount();
    settle().await;
    assert_eq!(q(&root, "h1").text_content().unwrap(), "推客值不值？");
    let html = gloo::utils::document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("zh-CN"));

    click(&root, "#lang-switch");
    settle().await;
    assert_eq!(
        q(&root, "h1").text_content().unwrap(),
        "Worth being a 推客?"
    );
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert!(gloo::utils::document().title().starts_with("Is being"));

    click(&root, "#lang-switch");
    settle().await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("zh-CN"));
    root.remove();
}
