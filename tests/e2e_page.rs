//! End-to-end: a person's path through the calculator page, in both languages, at 375 px and
//! 1280 px, with screenshots under target/screenshots/.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::{Client, Locator};
use std::time::Duration;
use support::*;

async fn person_path(vp: Viewport, tag: &str) {
    let (_server, _driver, c) = open_app(vp, vec![]).await;
    wait_band(&c, Duration::from_secs(10)).await;
    let net_default = text_of(&c, "#s-net .stat-value").await;

    // 1.2万 followers, as a Chinese user types it.
    type_in(&c, "#f-followers", "1.2万").await;
    // 微信小店推客
    click(&c, "#ch-wxshop").await;
    // Commission 8%.
    type_in(&c, "#f-wxshop-commission-rate", "8").await;
    wait_band(&c, Duration::from_secs(10)).await;
    let net = text_of(&c, "#s-net .stat-value").await;
    assert_ne!(net, net_default, "the summary did not follow the inputs");
    assert!(
        c.find_all(Locator::Css(".field .error"))
            .await
            .unwrap()
            .is_empty(),
        "valid inputs show an error"
    );
    // Donated traffic is shown for 微信小店推客.
    let visits = text_of(&c, "#s-visits .stat-value").await;
    assert!(
        !visits.is_empty() && visits != "0",
        "visits donated: {visits}"
    );

    // Open 高级假设: its grouped fields appear.
    click(&c, "#advanced > summary").await;
    let open = js(&c, "return document.getElementById('advanced').open").await;
    assert_eq!(open, true);
    // They are built when it opens: wait for them.
    until(
        &c,
        "the advanced fields",
        "return document.querySelectorAll('#advanced .field input').length",
    )
    .await;
    let n_fields = c
        .find_all(Locator::Css("#advanced .field input"))
        .await
        .unwrap()
        .len();
    assert!(n_fields >= 10, "advanced panel has {n_fields} fields");

    // Read the verdict.
    let verdict = text_of(&c, "#verdict-kind").await;
    assert!(
        ["值得入局", "慢半拍", "不建议"].contains(&verdict.as_str()),
        "verdict: {verdict}"
    );
    let reasons = c
        .find_all(Locator::Css("#verdict .reasons li"))
        .await
        .unwrap();
    assert!(reasons.len() >= 2, "verdict has {} reasons", reasons.len());

    // Charts drew something.
    for id in ["chart-headline", "chart-tornado", "chart-entry"] {
        let n = js(
            &c,
            &format!("return Number(document.getElementById('{id}').dataset.drawn || 0)"),
        )
        .await;
        assert!(n.as_f64().unwrap_or(0.0) >= 1.0, "{id} not drawn");
    }
    let no_hscroll = js(
        &c,
        "return document.documentElement.scrollWidth <= window.innerWidth",
    )
    .await;
    assert_eq!(no_hscroll, true, "horizontal scrolling at {tag}");

    js(&c, "window.scrollTo(0, 0)").await;
    shot(&c, vp, &format!("page-{tag}-zh")).await;

    click(&c, "#lang-switch").await;
    c.wait()
        .for_element(Locator::XPath("//html[@lang='en']"))
        .await
        .unwrap();
    let verdict_en = text_of(&c, "#verdict-kind").await;
    assert!(
        verdict_en.is_ascii() || verdict_en.contains('('),
        "verdict not in English: {verdict_en}"
    );
    js(&c, "window.scrollTo(0, 0)").await;
    shot(&c, vp, &format!("page-{tag}-en")).await;

    close_clean(c).await;
}

async fn shot(c: &Client, vp: Viewport, name: &str) {
    match vp {
        Viewport::Desktop => {
            screenshot_full(c, name).await;
        }
        // A screen's height per picture.
        _ => {
            screenshot_pieces(c, name, 800.0).await;
        }
    }
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn person_path_at_phone_width() {
    person_path(Viewport::Phone, "375").await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn person_path_at_desktop_width() {
    person_path(Viewport::Desktop, "1280").await;
}
