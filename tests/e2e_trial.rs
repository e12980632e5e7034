//! 试过再算 in the browser (issue 21): the calibration runs in slices off the keystroke — the
//! page records its longest slice — and typing with the heaviest trial keeps every main-thread
//! task short; the page never shows the uncalibrated answer as the person's; a long trial that
//! the 1,000-draw engine refused now calibrates.
#![cfg(not(target_arch = "wasm32"))]

#[path = "cases/heavy_trial.rs"]
mod heavy_trial;
mod support;

use fantoccini::Client;
use heavy_trial::heavy;
use serde_json::{json, Value};
use support::*;
use tuike_calc::i18n::Lang;
use tuike_calc::model::*;
use tuike_calc::share::url::encode;

/// Records Long Tasks from before any page script.
const WATCH: &str = r#"
window.__long = [];
try {
  new PerformanceObserver(l => { for (const e of l.getEntries()) window.__long.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
} catch (e) {}
"#;

/// The tests of this file one at a time: the first measures main-thread time, which another
/// Chromium on the same two cores would inflate.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn open_link(hash: &str) -> (StaticServer, Driver, Client) {
    let server = StaticServer::start(dist_dir(), vec![]).await;
    let driver = Driver::start().await;
    let c = browser(&driver, Viewport::Desktop).await;
    cdp(
        &c,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": WATCH }),
    )
    .await;
    c.goto(&server.url(&format!("/#{hash}"))).await.unwrap();
    wait_app(&c).await;
    (server, driver, c)
}

async fn long_tasks(c: &Client) -> Vec<f64> {
    match js(c, "var l = window.__long; window.__long = []; return l").await {
        Value::Array(a) => a.iter().filter_map(Value::as_f64).collect(),
        _ => vec![],
    }
}

#[tokio::test]
#[ignore = "browser: run by ./dev.sh test"]
async fn the_heaviest_trial_runs_in_short_slices_and_typing_stays_quick() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let s = heavy();
    let (_server, _driver, c) = open_link(&encode(&s, Lang::Zh)).await;
    wait_band(&c, std::time::Duration::from_secs(60)).await;
    let status = text_of(&c, "#trial-status").await;
    assert!(status.starts_with("已按你的结果校准"), "{status}");
    let (slice, chunk) = longest_slice(&c).await;
    println!("heaviest trial: longest slice {slice:.2} ms, longest chunk {chunk:.2} ms");
    // A slice stops at the first clock read past 8 ms: at most 8 ms plus one chunk.
    assert!(
        slice <= 8.0 + chunk,
        "a slice of {slice} ms (chunk {chunk} ms)"
    );
    // And it fits in one frame at 60 Hz, so a slice never costs the page a frame (9–12 ms
    // measured on a quiet 2-core machine). A chunk's work — 25 draws of 208 weeks, or three
    // percentile columns of 20,000 draws — takes at most 0.51 ms natively (`cargo run --release
    // --example chunks`); the longest chunk in the page (4–10 ms here) is wall-clock time, a
    // garbage collection or another process included: reported, not bounded. The bound was
    // 4 ms, a guess the quiet machine broke; the frame is what a person would see.
    let frame = 1000.0 / 60.0;
    assert!(
        slice <= frame,
        "a slice of {slice} ms, over one frame ({frame:.1} ms; chunk {chunk} ms)"
    );
    // Typing in that state: every keystroke recomputes the figures and restarts the draws.
    long_tasks(&c).await;
    for text in ["5001", "5002", "6000"] {
        type_in(&c, "#f-followers", text).await;
    }
    wait_app(&c).await;
    wait_band(&c, std::time::Duration::from_secs(60)).await;
    let long = long_tasks(&c).await;
    let worst = long.iter().copied().fold(0.0, f64::max);
    println!("typing with the heaviest trial: long tasks {long:?}");
    assert!(
        worst <= 50.0,
        "a main-thread task of {worst:.0} ms: {long:?}"
    );
    close_clean(c).await;
}

/// The issue's link: an 8-week trial the 1,000-draw engine refused ("数据太少或太特别：1,000 次模拟里
/// 只有相当于 23 次…") now calibrates, and the page says what the trial itself came to.
#[tokio::test]
#[ignore = "browser: run by ./dev.sh test"]
async fn the_eight_week_link_calibrates_and_shows_its_history() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let hash = "v=1&lang=zh&ch=wxshop&followers=5000&trial.ch=wxshop&trial.weeks=8&trial.posts=40&trial.clicks=1500&trial.orders=4&trial.commission=30";
    let (_server, _driver, c) = open_link(hash).await;
    let status = text_of(&c, "#trial-status").await;
    assert!(status.starts_with("已按你的结果校准"), "{status}");
    let history = text_of(&c, "#trial-history").await;
    assert!(history.starts_with("试了 8 周：收到 ¥30"), "{history}");
    // The page's figure is the model's, at the calibration the model makes of the link.
    let d = tuike_calc::share::url::decode(hash).scenario;
    let cal = calibrate(&d).unwrap();
    assert!(cal.calibrated());
    let v = decide_with(&d, Some(&cal)).verdict;
    assert_eq!(
        text_of(&c, "#verdict-kind").await,
        tuike_calc::i18n::verdict::title(v.kind, Lang::Zh)
    );
    assert_eq!(
        text_of(&c, "#s-per-hour .stat-value").await,
        tuike_calc::i18n::num::per_hour(v.net_per_hour, Lang::Zh)
    );
    close_clean(c).await;
}

/// While a trial calibrates, the figures on screen are never the uncalibrated ones presented as
/// the person's: the verdict and ¥/小时 shown are either the calibrated ones, or marked — as
/// calibrating, or, before the app has read the link, as the build-time page's default example
/// standing back (`html.boot-link`: dimmed, with a note that the link's figures are loading).
#[tokio::test]
#[ignore = "browser: run by ./dev.sh test"]
async fn no_uncalibrated_answer_is_shown_as_the_persons() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let s = heavy();
    let server = StaticServer::start(dist_dir(), vec![]).await;
    let driver = Driver::start().await;
    let c = browser(&driver, Viewport::Desktop).await;
    // Sample the page from the first frame on: every shown ¥/小时 unmarked must be the calibrated one.
    cdp(&c, "Page.addScriptToEvaluateOnNewDocument", json!({ "source": r#"
        window.__seen = [];
        (function poll() {
          var m = document.querySelector('main#calc'), p = document.querySelector('#s-per-hour .stat-value');
          if (m && p) {
            var early = document.documentElement.classList.contains('boot-link');
            window.__seen.push([early || m.hasAttribute('data-calibrating'), p.textContent, early]);
          }
          requestAnimationFrame(poll);
        })();
    "# })).await;
    c.goto(&server.url(&format!("/#{}", encode(&s, Lang::Zh))))
        .await
        .unwrap();
    wait_app(&c).await;
    let cal = calibrate(&s).unwrap();
    let want =
        tuike_calc::i18n::num::per_hour(decide_with(&s, Some(&cal)).verdict.net_per_hour, Lang::Zh);
    let seen = js(&c, "return window.__seen").await;
    let seen = seen.as_array().unwrap();
    assert!(!seen.is_empty());
    // The app took over and was sampled too (not only the build-time page).
    assert!(
        seen.iter().any(|v| v[2] == json!(false)),
        "only the build-time page was sampled"
    );
    for v in seen {
        let (marked, shown) = (v[0].as_bool().unwrap(), v[1].as_str().unwrap());
        assert!(
            marked || shown == want,
            "{shown} shown unmarked; calibrated {want}"
        );
    }
    close_clean(c).await;
}
