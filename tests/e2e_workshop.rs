//! End-to-end for workshops: presets, compare three scenarios, presenter mode by keyboard,
//! and offline after the first visit (presenter too, once opened online). Screenshots: presenter at 1920×1080, compare at 375 px.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::{key::Key, Locator};
use support::*;
use tuike_calc::i18n::num::money;
use tuike_calc::i18n::Lang;
use tuike_calc::model::{presets, project};

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn a_preset_shows_its_own_numbers() {
    let (_s, _d, c) = open_app(Viewport::Desktop, vec![]).await;
    for p in presets().into_iter().filter(|p| p.id != "default").take(3) {
        click(&c, &format!("#preset-{}", p.id)).await;
        let expected = money(
            project(&p.scenario, p.scenario.channel).summary.net,
            Lang::Zh,
        );
        let got = text_of(&c, "#s-net .stat-value").await;
        assert_eq!(got, expected, "preset {}", p.id);
        let rationale = text_of(&c, "#preset-rationale").await;
        assert_eq!(rationale, p.rationale.zh);
        let pressed = js(
            &c,
            &format!(
                "return document.getElementById('preset-{}').getAttribute('aria-pressed')",
                p.id
            ),
        )
        .await;
        assert_eq!(pressed, "true");
    }
    c.close().await.unwrap();
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn compare_three_scenarios_side_by_side_at_phone_width() {
    let (_s, _d, c) = open_app(Viewport::Phone, vec![]).await;
    // The first tap loads the full build, which then does what the button says.
    click(&c, "#compare-channels").await;
    wait_for(&c, "#compare-table").await;
    let cols = c
        .find_all(Locator::Css("#compare-table thead th.slot"))
        .await
        .unwrap();
    assert_eq!(cols.len(), 3, "three columns");
    let diffs = c
        .find_all(Locator::Css("#compare-table td.diff"))
        .await
        .unwrap();
    assert!(!diffs.is_empty(), "differences not highlighted");
    let drawn = js(
        &c,
        "return Number(document.getElementById('chart-overlay').dataset.drawn || 0)",
    )
    .await;
    assert!(drawn.as_f64().unwrap() >= 1.0, "overlay chart not drawn");
    let no_hscroll = js(
        &c,
        "return document.documentElement.scrollWidth <= window.innerWidth",
    )
    .await;
    assert_eq!(no_hscroll, true, "compare scrolls the page sideways");
    js(
        &c,
        "document.getElementById('scenarios').scrollIntoView({block:'start'})",
    )
    .await;
    frame(&c).await;
    screenshot(&c, "compare-375-zh").await;

    // Now against later: two columns, both 微信小店推客.
    click(&c, "#compare-entry").await;
    let names: Vec<String> = {
        let mut v = vec![];
        for e in c
            .find_all(Locator::Css("#compare-table .slot-name"))
            .await
            .unwrap()
        {
            v.push(e.text().await.unwrap());
        }
        v
    };
    assert_eq!(names.len(), 2);
    assert!(
        names.iter().all(|n| n.contains("微信小店推客")),
        "{names:?}"
    );
    assert!(names[1].contains("晚"), "{names:?}");
    c.close().await.unwrap();
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn presenter_mode_steps_through_every_stage_by_keyboard() {
    let (_s, _d, c) = open_app(Viewport::Window(1920, 1080), vec![]).await;
    click(&c, "#present").await;
    c.wait()
        .for_element(Locator::Css("#presenter"))
        .await
        .unwrap();
    let stage = || async {
        js(
            &c,
            "return document.getElementById('presenter').dataset.stage",
        )
        .await
    };
    assert_eq!(stage().await, "0");
    let mut titles = vec![text_of(&c, "#p-title").await];
    // Inputs are locked: no editable fields in presenter mode until unlocked.
    assert!(c
        .find_all(Locator::Css("#presenter input"))
        .await
        .unwrap()
        .is_empty());
    screenshot(&c, "presenter-1920-stage1").await;
    let body = c.find(Locator::Css("body")).await.unwrap();
    for i in 1..5 {
        body.send_keys(&Key::Right.to_string()).await.unwrap();
        assert_eq!(stage().await, i.to_string(), "ArrowRight to stage {i}");
        titles.push(text_of(&c, "#p-title").await);
        // The charts of stages 4 and 5 use the screen: at least two thirds of its width, tick
        // labels of 20 px or more (titles 1.4 times that), drawn.
        let id = match i {
            3 => "chart-presenter",
            4 => "chart-presenter-entry",
            _ => continue,
        };
        let r = js(
            &c,
            &format!(
                "const e = document.getElementById('{id}');
                 return {{ w: e.getBoundingClientRect().width, vw: innerWidth,
                          px: Number(e.dataset.textPx), drawn: Number(e.dataset.drawn) }}"
            ),
        )
        .await;
        let (w, vw) = (r["w"].as_f64().unwrap(), r["vw"].as_f64().unwrap());
        assert!(w >= vw * 2.0 / 3.0, "{id}: {w} of {vw} px wide");
        assert!(r["px"].as_f64().unwrap() >= 20.0, "{id}: {r}");
        assert!(r["drawn"].as_f64().unwrap() >= 1.0, "{id}: {r}");
    }
    assert_eq!(
        titles,
        [
            "1 淘宝客为什么跑得通",
            "2 社交电商团长",
            "3 快团团帮卖",
            "4 微信小店推客今天",
            "结论：慢半拍"
        ]
    );
    // The last stage has a large QR code of this scenario's link.
    let qr = js(
        &c,
        "const q = document.getElementById('presenter-qr'); return q ? [q.getBoundingClientRect().width, q.dataset.text] : null",
    )
    .await;
    let w = qr[0].as_f64().unwrap();
    assert!(w >= 250.0, "QR only {w} px wide");
    assert!(qr[1].as_str().unwrap().contains("#v=1"), "{qr}");
    screenshot(&c, "presenter-1920-stage5").await;
    body.send_keys(&Key::Right.to_string()).await.unwrap();
    assert_eq!(stage().await, "4", "stepped past the last stage");
    body.send_keys(&Key::Left.to_string()).await.unwrap();
    assert_eq!(stage().await, "3");
    body.send_keys(&Key::Home.to_string()).await.unwrap();
    assert_eq!(stage().await, "0");

    // Unlock: the inputs appear and work.
    click(&c, "#p-lock").await;
    assert!(!c
        .find_all(Locator::Css("#presenter input"))
        .await
        .unwrap()
        .is_empty());
    body.send_keys(&Key::Escape.to_string()).await.unwrap();
    assert!(c
        .find_all(Locator::Css("#presenter"))
        .await
        .unwrap()
        .is_empty());
    close_clean(c).await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn works_offline_after_the_first_visit() {
    let (server, _d, c) = open_app(Viewport::Desktop, vec![]).await;
    // Wait until the service worker controls the page and has cached the app.
    let ok = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             navigator.serviceWorker.ready.then(() => {
               const check = () => navigator.serviceWorker.controller ? done(true) : setTimeout(check, 50);
               check();
             });
             setTimeout(() => done(false), 15000);",
            vec![],
        )
        .await
        .unwrap();
    if ok != true {
        let state = c
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 
                 navigator.serviceWorker.getRegistration().then(r => done(JSON.stringify({
                   reg: !!r, active: r && r.active && r.active.state,
                   installing: r && r.installing && r.installing.state,
                   waiting: r && r.waiting && r.waiting.state })), e => done(String(e)));",
                vec![],
            )
            .await
            .unwrap();
        panic!(
            "service worker never took control: {state} {:?}",
            console_errors(&c).await
        );
    }
    let manifest = js(
        &c,
        "return document.querySelector('link[rel=manifest]').href",
    )
    .await;
    assert!(manifest.as_str().unwrap().ends_with("manifest.webmanifest"));
    // Nothing but the page itself was opened online: the service worker cached every file of the
    // release at install, so every tool works offline from the first visit.
    server.stop();
    drop(server);
    // The server is gone: a plain fetch now fails…
    let online = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch('./no-such-file-' + Date.now(), {cache: 'no-store'}).then(() => done(true), () => done(false));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(online, false, "the server still answers");
    // …but the app reloads and computes.
    c.refresh().await.unwrap();
    wait_app(&c).await;
    let net = text_of(&c, "#s-net .stat-value").await;
    assert!(net.contains('¥'), "no result offline: {net}");
    // …and 方案对比, 分享海报 and 演示模式 open and work, never opened before.
    click(&c, "#compare-channels").await;
    wait_for(&c, "#compare-table").await;
    click(&c, "#share-card-open").await;
    wait_for(&c, "#share-card").await;
    click(&c, "#card-dialog .modal-close").await;
    click(&c, "#present").await;
    wait_for(&c, "#presenter").await;
    let stage = text_of(&c, "#presenter .p-stats").await;
    assert!(stage.contains('¥'), "presenter offline: {stage}");
    c.close().await.unwrap();
}
