//! End-to-end: the release `dist/` served on loopback, driven in headless Chromium.
//! Run by `./dev.sh test` (these tests are `#[ignore]`d for a bare `cargo test`).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::*;

async fn shell_in(vp: Viewport, tag: &str) {
    let (_server, _driver, c) = open_app(vp, vec![]).await;

    assert_eq!(c.title().await.unwrap(), "推客值不值？微信小店推客收益测算");
    assert_eq!(
        js(&c, "return document.documentElement.lang").await,
        "zh-CN"
    );
    let width = js(&c, "return window.innerWidth").await.as_u64().unwrap();
    match vp {
        Viewport::Phone => assert_eq!(width, 375, "device emulation gives a 375 px viewport"),
        _ => assert!(width >= 1000, "desktop viewport is {width}"),
    }
    let no_hscroll = js(
        &c,
        "return document.documentElement.scrollWidth <= window.innerWidth",
    )
    .await;
    assert_eq!(
        no_hscroll, true,
        "the page scrolls horizontally at {width} px"
    );
    screenshot(&c, &format!("shell-{tag}-zh")).await;

    // The switch changes every string and the document language.
    let before = text_of(&c, "body").await;
    c.find(fantoccini::Locator::Css("#lang-switch"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    c.wait()
        .for_element(fantoccini::Locator::XPath("//html[@lang='en']"))
        .await
        .unwrap();
    assert!(c
        .title()
        .await
        .unwrap()
        .starts_with("Is being a WeChat Shop affiliate"));
    let after = text_of(&c, "body").await;
    assert_ne!(before, after);
    let han = after
        .chars()
        .filter(|ch| ('\u{4e00}'..='\u{9fff}').contains(ch))
        .count();
    let total = after.chars().filter(|ch| !ch.is_whitespace()).count();
    // Chinese may remain only in proper names (推客, the article's title): under a fifth of the text.
    assert!(
        han * 5 < total,
        "English page still mostly Chinese: {han} of {total} chars"
    );
    assert!(
        !after.contains("全部计算在你的浏览器里完成"),
        "zh footer left in English"
    );
    screenshot(&c, &format!("shell-{tag}-en")).await;

    close_clean(c).await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn shell_renders_and_switches_language_at_phone_width() {
    shell_in(Viewport::Phone, "375").await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn shell_renders_and_switches_language_at_desktop_width() {
    shell_in(Viewport::Desktop, "1280").await;
}
