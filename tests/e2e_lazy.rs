//! End-to-end for the two builds (src/app/lazy.rs): the page loads only the core build; the
//! first tap on an on-demand tool loads the full build, which takes over without losing what
//! the person typed or where they were; offline before it was ever loaded, the tap says so and
//! the calculator keeps working.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::Duration;
use support::*;

/// Names of the files fetched so far under `full/`.
async fn full_files(c: &fantoccini::Client) -> Vec<String> {
    let v = js(
        c,
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.indexOf('/full/') >= 0)",
    )
    .await;
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn the_full_build_loads_on_demand_and_keeps_what_was_typed() {
    let (_s, _d, c) = open_app(Viewport::Phone, vec![]).await;
    wait_band(&c, Duration::from_secs(20)).await;
    assert!(
        full_files(&c).await.is_empty(),
        "the full build was fetched at load"
    );

    // A valid edit and a bad one (its message beside the field).
    type_in(&c, "#f-followers", "2000").await;
    type_in(&c, "#f-wxshop-commission-rate", "12%x").await;
    wait_band(&c, Duration::from_secs(20)).await;
    let net = text_of(&c, "#s-net .stat-value").await;
    let msg = text_of(&c, "#f-wxshop-commission-rate-err").await;
    assert!(!msg.is_empty(), "no message for a bad value");
    // Where `click` puts it (the middle of the screen), so the position below is the tap's.
    js(
        &c,
        "document.getElementById('compare-channels').scrollIntoView({block:'center'})",
    )
    .await;
    let top = "return Math.round(document.getElementById('compare-channels').getBoundingClientRect().top)";
    let y0 = js(&c, top).await;
    screenshot(&c, "lazy-core-375").await;

    click(&c, "#compare-channels").await;
    wait_for(&c, "#compare-table").await;
    let files = full_files(&c).await;
    assert!(
        files.iter().any(|f| f.ends_with(".wasm")) && files.iter().any(|f| f.ends_with(".css")),
        "{files:?}"
    );

    // Same numbers, same typed text and message, one app on the page, the button where it was.
    wait_band(&c, Duration::from_secs(20)).await;
    assert_eq!(text_of(&c, "#s-net .stat-value").await, net);
    let typed = js(
        &c,
        "return [document.getElementById('f-followers').value, document.getElementById('f-wxshop-commission-rate').value]",
    )
    .await;
    assert_eq!(typed, serde_json::json!(["2000", "12%x"]));
    assert_eq!(
        text_of(&c, "#f-wxshop-commission-rate-err").await,
        msg,
        "the bad value's message"
    );
    let apps = js(&c, "return document.querySelectorAll('header.top').length").await;
    assert_eq!(apps, 1, "two apps on the page");
    let retire = js(&c, "return typeof window.tuikeRetire").await;
    assert_eq!(retire, "undefined");
    let y1 = js(&c, top).await;
    screenshot(&c, "lazy-full-375").await;
    let (y0, y1) = (y0.as_f64().unwrap(), y1.as_f64().unwrap());
    assert!(
        (y1 - y0).abs() <= 2.0,
        "the tapped button moved on screen from {y0} px to {y1} px on take-over"
    );

    // A second tool: no second download.
    let n = files.len();
    click(&c, "#present").await;
    wait_for(&c, "#presenter").await;
    assert_eq!(
        full_files(&c).await.len(),
        n,
        "the full build was fetched again"
    );
    close_clean(c).await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn offline_before_the_full_build_was_loaded_the_tap_says_so() {
    let (server, _d, c) = open_app(Viewport::Desktop, vec![]).await;
    wait_band(&c, Duration::from_secs(20)).await;
    server.stop();
    tokio::time::sleep(Duration::from_millis(200)).await;
    click(&c, "#present").await;
    wait_for(&c, "#present ~ .lazy-status.bad").await;
    let alert = text_of(&c, "#present ~ .lazy-status.bad").await;
    screenshot(&c, "lazy-offline-1280").await;
    assert!(alert.contains("没能加载"), "{alert}");
    // The calculator still works.
    let before = text_of(&c, "#s-net .stat-value").await;
    type_in(&c, "#f-followers", "3000").await;
    let after = text_of(&c, "#s-net .stat-value").await;
    assert_ne!(before, after, "the page stopped working");
    c.close().await.unwrap();
}
