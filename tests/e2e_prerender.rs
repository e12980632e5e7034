//! The page before and as the wasm arrives (issue 23), as a phone user gets it: the first screen
//! is in the HTML (the question, the default person's verdict with its reasons, the summary and
//! the headline chart); without JavaScript it still reads, and says changing the numbers needs
//! WebAssembly; a link for another person never presents the default figures as its own; the app
//! takes over the same nodes (no layout shift, the chart's box keeps its height) and answers
//! typing; what is typed before the wasm arrives is kept.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{json, Value};
use std::time::Duration;
use support::*;
use tuike_calc::i18n::num::per_hour;
use tuike_calc::i18n::verdict::title;
use tuike_calc::i18n::{t, Key, Lang};
use tuike_calc::model::{decide, Scenario};

/// What the default scenario's first screen says, natively.
fn default_answer() -> (String, String) {
    let v = decide(&Scenario::default()).verdict;
    (
        title(v.kind, Lang::Zh).to_string(),
        per_hour(v.net_per_hour, Lang::Zh),
    )
}

#[tokio::test]
#[ignore = "browser: run by ./dev.sh test"]
async fn without_javascript_the_page_still_reads() {
    let server = StaticServer::start(dist_dir(), vec![]).await;
    let driver = Driver::start().await;
    let c = browser_with(
        &driver,
        Viewport::Phone,
        &["--blink-settings=scriptEnabled=false"],
    )
    .await;
    c.goto(&server.url("/")).await.unwrap();
    let (word, ph) = default_answer();
    assert_eq!(text_of(&c, "h1").await, t(Lang::Zh, Key::AppName));
    assert_eq!(text_of(&c, "#verdict-kind").await, word);
    let line = text_of(&c, "#verdict-line").await;
    assert!(line.contains(&ph), "{line}");
    // The summary and the chart: its box, its picture (the SVG under the canvas), its words.
    assert!(text_of(&c, "#s-per-hour .stat-value").await == ph);
    let chart = c
        .find(fantoccini::Locator::Css("#chart-headline"))
        .await
        .unwrap();
    let label = chart.attr("aria-label").await.unwrap().unwrap_or_default();
    assert!(label.contains('¥'), "{label}");
    let note = text_of(&c, ".boot-note.shown").await;
    assert!(note.contains("WebAssembly"), "{note}");
    screenshot(&c, "prerender-no-js-375").await;
    c.close().await.unwrap();
}

/// Installed before any page script: the verdict node and the chart's box as the HTML brought
/// them, and every layout shift from then on.
const WATCH: &str = r#"
window.__cls = 0;
try {
  new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
} catch (e) {}
document.addEventListener('DOMContentLoaded', () => {
  window.__verdict = document.getElementById('verdict-kind');
  window.__verdictText = window.__verdict && window.__verdict.textContent;
  const c = document.getElementById('chart-headline');
  window.__chartH = c && c.getBoundingClientRect().height;
  window.__booted = document.documentElement.classList.contains('booted');
});
"#;

#[tokio::test]
#[ignore = "browser: run by ./dev.sh test"]
async fn the_app_takes_over_the_same_nodes_without_a_shift_and_answers_typing() {
    for vp in [Viewport::Phone, Viewport::Desktop] {
        let server = StaticServer::start(dist_dir(), vec![]).await;
        let driver = Driver::start().await;
        let c = browser(&driver, vp).await;
        cdp(
            &c,
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": WATCH }),
        )
        .await;
        c.goto(&server.url("/")).await.unwrap();
        wait_app(&c).await;
        until(
            &c,
            "the chart painted",
            "return Number(document.getElementById('chart-headline').dataset.drawn) > 0",
        )
        .await;
        let v = js(
            &c,
            "return [window.__booted, window.__verdict === document.getElementById('verdict-kind'), \
             window.__verdictText, document.getElementById('verdict-kind').textContent, window.__chartH, \
             document.getElementById('chart-headline').getBoundingClientRect().height, window.__cls]",
        )
        .await;
        let (word, ph) = default_answer();
        assert_eq!(
            v[0], false,
            "the app had started before the HTML was parsed: {v}"
        );
        assert_eq!(
            v[1], true,
            "the verdict is not the node the HTML brought: {v}"
        );
        assert_eq!(v[2].as_str(), Some(word.as_str()), "{v}");
        assert_eq!(v[3].as_str(), Some(word.as_str()), "{v}");
        assert_eq!(
            v[4], v[5],
            "the chart's box changed height when painted: {v}"
        );
        let cls = v[6].as_f64().unwrap();
        assert!(cls <= 0.02, "cumulative layout shift {cls}");
        assert!(text_of(&c, "#s-per-hour .stat-value").await == ph);
        // …and it answers typing.
        type_in(&c, "#f-followers", "12000").await;
        let mut s = Scenario::default();
        s.person.followers = 12_000.0;
        let v = decide(&s).verdict;
        let want = per_hour(v.net_per_hour, Lang::Zh);
        until(
            &c,
            "the figures for 12,000 people",
            &format!(
                "return document.querySelector('#s-per-hour .stat-value').textContent === {want:?}"
            ),
        )
        .await;
        assert_eq!(text_of(&c, "#verdict-kind").await, title(v.kind, Lang::Zh));
        println!("{vp:?}: CLS {cls}");
        close_clean(c).await;
    }
}

#[tokio::test]
#[ignore = "browser: run by ./dev.sh test"]
async fn what_is_typed_and_tapped_before_the_wasm_arrives_is_kept() {
    let server =
        StaticServer::start_with_wasm_delay(dist_dir(), vec![], Duration::from_secs(4)).await;
    let driver = Driver::start().await;
    let c = browser(&driver, Viewport::Phone).await;
    c.goto(&server.url("/")).await.unwrap();
    // The HTML's field, before the app: type into it, and pick another channel.
    wait_for(&c, "#f-followers").await;
    assert_eq!(
        js(
            &c,
            "return document.documentElement.classList.contains('booted')"
        )
        .await,
        false,
        "the app was already there: the wasm delay did not hold"
    );
    type_in(&c, "#f-followers", "3000").await;
    click(&c, "#ch-taoke").await;
    wait_app(&c).await;
    let mut s = Scenario::default();
    s.person.followers = 3000.0;
    s.channel = tuike_calc::model::ChannelId::Taoke;
    let v = decide(&s).verdict;
    let want = per_hour(v.net_per_hour, Lang::Zh);
    until(
        &c,
        "the figures for what was typed",
        &format!(
            "return document.querySelector('#s-per-hour .stat-value').textContent === {want:?}"
        ),
    )
    .await;
    assert_eq!(
        js(&c, "return document.getElementById('f-followers').value").await,
        "3000"
    );
    assert_eq!(text_of(&c, "#verdict-kind").await, title(v.kind, Lang::Zh));
    close_clean(c).await;
}

#[tokio::test]
#[ignore = "browser: run by ./dev.sh test"]
async fn a_link_never_shows_the_default_figures_as_its_own() {
    let server = StaticServer::start(dist_dir(), vec![]).await;
    let driver = Driver::start().await;
    let c = browser(&driver, Viewport::Phone).await;
    cdp(&c, "Network.enable", json!({})).await;
    cdp(&c, "Network.setBlockedURLs", json!({ "urls": ["*.wasm"] })).await;
    c.goto(&server.url("/#v=1&lang=zh&ch=taoke&followers=12000"))
        .await
        .unwrap();
    wait_for(&c, "#verdict-kind").await;
    let v: Value = until(
        &c,
        "the page to stand back",
        "const h = document.documentElement.classList; \
         if (!h.contains('boot-link') && !h.contains('app-failed')) return null; \
         const note = [...document.querySelectorAll('.boot-note')].find(n => getComputedStyle(n).display !== 'none'); \
         return [Number(getComputedStyle(document.getElementById('app')).opacity), note ? note.textContent : null]",
    )
    .await;
    assert!(
        v[0].as_f64().unwrap() < 0.5,
        "the default figures do not stand back: {v}"
    );
    let note = v[1].as_str().unwrap_or("");
    assert!(
        note.contains(t(Lang::Zh, Key::BootLinkLoading))
            || note.contains(t(Lang::Zh, Key::BootFailed)),
        "{v}"
    );
    screenshot(&c, "prerender-link-no-wasm-375").await;
    c.close().await.unwrap();
}
