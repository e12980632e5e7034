//! End-to-end: share and embed. A shared link reproduces the page in a fresh browser; a hostile
//! link falls back with a notice; a host page on a second loopback origin embeds the
//! self-sizing iframe from the page's own 嵌入代码 and its height follows; the share card's QR
//! code decodes to the scenario link, and the four posters people make (default, 3,000 people, a
//! trial, English) each decode to a link that reopens the same verdict; saved scenarios survive a
//! reload. Screenshots of the two dialogs at 375 px and 1280 px and the four posters go to
//! target/screenshots/.
#![cfg(not(target_arch = "wasm32"))]

mod cases;
mod support;

use base64::Engine;
use fantoccini::{Client, Locator};
use std::time::Duration;
use support::*;
use tuike_calc::i18n::num::per_hour;
use tuike_calc::i18n::verdict::title as verdict_title;
use tuike_calc::model::{calibrate, decide_with};
use tuike_calc::share::url::encode;

/// What must be identical on a page opened from a link: net, per hour, verdict, chart data.
async fn numbers(c: &Client) -> Vec<String> {
    let mut v = Vec::new();
    for css in [
        "#s-net .stat-value",
        "#s-per-hour .stat-value",
        "#verdict-kind",
    ] {
        v.push(text_of(c, css).await);
    }
    let points = js(
        c,
        "return document.getElementById('chart-headline').getAttribute('data-points')",
    )
    .await;
    v.push(points.as_str().unwrap_or("").to_string());
    v
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn a_shared_link_opens_with_the_same_numbers() {
    let (_server, driver, c) = open_app(Viewport::Desktop, vec![]).await;
    let entries = js(&c, "return history.length").await;
    type_in(&c, "#f-followers", "1.2万").await;
    click(&c, "#ch-wxshop").await;
    type_in(&c, "#f-wxshop-commission-rate", "8").await;
    wait_band(&c, Duration::from_secs(20)).await;
    let here = numbers(&c).await;

    // The address follows the inputs, without new history entries.
    let href = js(&c, "return location.href").await;
    let href = href.as_str().unwrap().to_string();
    assert!(
        href.contains("followers=12000") && href.contains("ch=wxshop"),
        "{href}"
    );
    assert_eq!(js(&c, "return history.length").await, entries);

    // 复制链接: the field holds the link and there is visible feedback.
    click(&c, "#copy-link").await;
    let link = until(
        &c,
        "the link field",
        "var f = document.getElementById('share-link'); return f && f.value",
    )
    .await;
    assert_eq!(link.as_str().unwrap(), href);
    let status = until(
        &c,
        "copy feedback",
        "return document.getElementById('copy-status').textContent",
    )
    .await;
    assert!(
        ["已复制", "长按复制"]
            .iter()
            .any(|m| status.as_str().unwrap().contains(m)),
        "{status}"
    );
    // Without the Clipboard API (WeChat's browser): the field is selected, then execCommand.
    js(
        &c,
        "Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })",
    )
    .await;
    click(&c, "#copy-pop .modal-close").await;
    click(&c, "#copy-link").await;
    let sel = until(
        &c,
        "the link selected by the fallback",
        "var f = document.activeElement; return f && f.id === 'share-link' && f.selectionStart === 0 && f.selectionEnd === f.value.length && document.getElementById('copy-status').textContent",
    )
    .await;
    assert!(
        sel.as_str().unwrap().contains("已复制") || sel.as_str().unwrap().contains("长按"),
        "{sel}"
    );
    close_clean(c).await;

    // A fresh browser (new profile) opens the link: same numbers, same chart.
    let c = browser(&driver, Viewport::Phone).await;
    c.goto(&href).await.unwrap();
    wait_app(&c).await;
    wait_band(&c, Duration::from_secs(20)).await;
    assert_eq!(
        numbers(&c).await,
        here,
        "the link did not reproduce the page"
    );
    assert!(c
        .find_all(Locator::Css("#url-notice"))
        .await
        .unwrap()
        .is_empty());
    close_clean(c).await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn a_hostile_link_falls_back_with_a_notice() {
    let (server, _driver, c) = open_app(Viewport::Desktop, vec![]).await;
    wait_band(&c, Duration::from_secs(20)).await;
    let defaults = numbers(&c).await;

    c.goto("about:blank").await.unwrap();
    let hostile = "/#v=1&lang=zh&followers=abc&wxshop.commission_rate=9&seed=-1\
                   &%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&followers=5&ch=%00%FF";
    c.goto(&server.url(hostile)).await.unwrap();
    wait_app(&c).await;
    wait_band(&c, Duration::from_secs(20)).await;
    let notice = text_of(&c, "#url-notice").await;
    let items = c
        .find_all(Locator::Css("#url-notice li"))
        .await
        .unwrap()
        .len();
    assert!(items >= 5, "{items} ignored values listed: {notice}");
    assert!(notice.contains("已忽略"), "{notice}");
    assert!(
        notice.contains("<img src=x onerror=alert(1)>"),
        "the hostile key is shown as text: {notice}"
    );
    assert_eq!(
        js(
            &c,
            "return document.querySelector('#url-notice img') === null"
        )
        .await,
        true
    );
    // Every field fell back to its default: the numbers are the default page's.
    assert_eq!(numbers(&c).await, defaults);
    // The address now holds the clean state.
    let href = js(&c, "return location.hash").await;
    assert!(!href.as_str().unwrap().contains("abc"), "{href}");

    // The notice is in the current language and goes away when dismissed.
    click(&c, "#lang-switch").await;
    let en = text_of(&c, "#url-notice").await;
    assert!(en.contains("ignored"), "{en}");
    click(&c, "#url-notice-dismiss").await;
    assert!(c
        .find_all(Locator::Css("#url-notice"))
        .await
        .unwrap()
        .is_empty());

    // A new link pasted into the address bar (same document, hashchange) is followed.
    js(&c, "location.hash = 'v=1&lang=zh&followers=3000&bad=1'").await;
    until(
        &c,
        "the pasted link",
        "var f = document.getElementById('f-followers'); return f && f.value.indexOf('3') === 0 && document.getElementById('url-notice')",
    )
    .await;
    close_clean(c).await;
}

/// The host page of a blog that pastes the self-sizing snippet.
fn host_page(snippet: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>host</title><link rel=\"icon\" href=\"data:,\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>\
         <body><h1>一篇博客文章</h1><p>下面是嵌入的计算器：</p>\n{snippet}\n<p id=\"after\">正文继续。</p></body></html>"
    )
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn a_host_page_on_another_origin_embeds_the_self_sizing_iframe() {
    let (app, _driver, c) = open_app(Viewport::Desktop, vec![]).await;
    type_in(&c, "#f-followers", "8123").await;
    click(&c, "#embed-open").await;
    // 计算过程 added to what an embed shows by default.
    click(&c, "#embed-section-math").await;
    let snippet = until(
        &c,
        "the self-sizing snippet",
        "var t = document.getElementById('embed-auto'); return t && t.value",
    )
    .await;
    let snippet = snippet.as_str().unwrap().to_string();
    assert!(snippet.contains("followers=8123"), "{snippet}");
    assert!(snippet.contains("sections=math"), "{snippet}");
    assert!(snippet.contains(&format!("http://127.0.0.1:{}", app.port)));

    let dir = std::env::temp_dir().join(format!("tuike-host-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), host_page(&snippet)).unwrap();
    let host = StaticServer::start(dir.clone(), vec![]).await;
    assert_ne!(host.port, app.port);
    c.goto(&host.url("/")).await.unwrap();

    // The iframe loads, renders, and posts its height: the host sets it (from 600).
    let h1 = until(
        &c,
        "the first height message",
        "var f = document.querySelector('iframe'); var h = f && parseFloat(f.style.height); return h > 0 && h !== 600 ? h : 0",
    )
    .await
    .as_f64()
    .unwrap();
    c.find(Locator::Css("iframe"))
        .await
        .unwrap()
        .enter_frame()
        .await
        .unwrap();
    until(
        &c,
        "the embedded page",
        "return !!document.querySelector('#embed-bar') && !document.querySelector('header.top') && !document.querySelector('footer')",
    )
    .await;
    click(&c, "#math > summary").await;
    c.enter_parent_frame().await.unwrap();
    let h2 = until(
        &c,
        "the iframe to grow",
        &format!(
            "var h = parseFloat(document.querySelector('iframe').style.height); return h > {} ? h : 0",
            h1 + 200.0
        ),
    )
    .await
    .as_f64()
    .unwrap();
    assert!(h2 > h1 + 200.0, "{h1} → {h2}");
    // The whole embedded page fits: no inner scrolling needed.
    let inner = js(
        &c,
        "var f = document.querySelector('iframe'); return f.getBoundingClientRect().height",
    )
    .await;
    assert!((inner.as_f64().unwrap() - h2).abs() < 2.0);

    // A message from another window with the right shape changes nothing (origin check).
    js(
        &c,
        "window.postMessage({type: 'tuike-calc:height', version: 1, height: 321}, '*')",
    )
    .await;
    // The message is a task queued before the next frame's: after it, the listener has run.
    frame(&c).await;
    let h3 = js(
        &c,
        "return parseFloat(document.querySelector('iframe').style.height)",
    )
    .await;
    assert_eq!(h3.as_f64().unwrap(), h2, "a forged message was accepted");

    close_clean(c).await;
    let _ = std::fs::remove_dir_all(dir);
}

/// Decode the QR code in a PNG.
fn qr_text(png: &[u8]) -> String {
    let img = image::load_from_memory(png).expect("a PNG").to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the card");
    let (_, content) = grids[0].decode().expect("the QR code decodes");
    content
}

/// The poster PNG of the open 分享海报 dialog, with its `data-verdict`, `data-per-hour` and
/// `data-link`.
async fn poster_png(c: &Client) -> (Vec<u8>, [String; 3]) {
    let src = until(
        c,
        "the poster",
        "var i = document.getElementById('share-card'); return i && i.complete && i.naturalWidth > 0 && i.src",
    )
    .await;
    let b64 = src
        .as_str()
        .and_then(|s| s.strip_prefix("data:image/png;base64,"))
        .expect("a PNG data URL")
        .to_string();
    let png = base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap();
    let data = js(
        c,
        "var i = document.getElementById('share-card'); return [i.dataset.verdict, i.dataset.perHour, i.dataset.link]",
    )
    .await;
    let at = |k: usize| data[k].as_str().unwrap_or("").to_string();
    (png, [at(0), at(1), at(2)])
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn each_posters_qr_code_reopens_its_scenario() {
    let server = StaticServer::start(dist_dir(), vec![]).await;
    let driver = Driver::start().await;
    let c = browser(&driver, Viewport::Phone).await;
    for (tag, s, lang) in cases::posters() {
        c.goto(&server.url(&format!("/#{}", encode(&s, lang))))
            .await
            .unwrap();
        c.refresh().await.unwrap(); // a hash-only navigation does not reload
        wait_app(&c).await;
        wait_band(&c, Duration::from_secs(30)).await;
        click(&c, "#share-card-open").await;
        let (png, [word, ph, link]) = poster_png(&c).await;
        let path = shots_dir().join(format!("poster-{tag}.png"));
        std::fs::write(&path, &png).unwrap();
        let size = image::load_from_memory(&png).unwrap();
        println!(
            "poster {tag}: {}×{} px, {}",
            size.width(),
            size.height(),
            path.display()
        );
        // The picture was drawn with the page's verdict, which is the model's (at the trial's
        // calibration when there is one).
        let v = decide_with(&s, calibrate(&s).as_ref()).verdict;
        assert_eq!(word, verdict_title(v.kind, lang), "{tag}: data-verdict");
        assert_eq!(ph, per_hour(v.net_per_hour, lang), "{tag}: data-per-hour");
        // Its QR code, read from the PNG as a phone would, is the scenario's link…
        let read = qr_text(&png);
        assert_eq!(read, link, "{tag}: the QR code is not the poster's link");
        click(&c, "#card-dialog .modal-close").await;

        // …and that link, opened, shows the same verdict and ¥/小时.
        c.goto("about:blank").await.unwrap();
        c.goto(&read).await.unwrap();
        wait_app(&c).await;
        assert_eq!(
            text_of(&c, "#verdict-kind").await,
            word,
            "{tag}: reopened verdict"
        );
        assert_eq!(
            text_of(&c, "#s-per-hour .stat-value").await,
            ph,
            "{tag}: reopened ¥/小时"
        );
    }
    close_clean(c).await;
}

async fn dialogs(vp: Viewport, tag: &str) {
    let (_server, _driver, c) = open_app(vp, vec![]).await;
    type_in(&c, "#f-followers", "1.5万").await;
    click(&c, "#ch-wxshop").await;
    wait_band(&c, Duration::from_secs(20)).await;
    let href = js(&c, "return location.href").await;
    let href = href.as_str().unwrap().to_string();

    // 分享海报: a PNG whose QR code opens this scenario.
    click(&c, "#share-card-open").await;
    let src = until(
        &c,
        "the share card",
        "var i = document.getElementById('share-card'); return i && i.complete && i.naturalWidth > 0 && i.src",
    )
    .await;
    let src = src.as_str().unwrap();
    let b64 = src
        .strip_prefix("data:image/png;base64,")
        .expect("a PNG data URL");
    let png = base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap();
    std::fs::write(
        shots_dir().join(format!("share-card-image-{tag}.png")),
        &png,
    )
    .unwrap();
    assert_eq!(
        qr_text(&png),
        href,
        "the QR code is not this scenario's link"
    );
    let dl = js(
        &c,
        "var a = document.getElementById('card-download'); return a.getAttribute('download') + ' ' + (a.href === document.getElementById('share-card').src)",
    )
    .await;
    assert_eq!(dl, "tuike-calc.png true");
    until(
        &c,
        "the card image",
        "return document.getElementById('share-card').complete",
    )
    .await;
    frame(&c).await;
    screenshot(&c, &format!("share-card-{tag}")).await;
    click(&c, "#card-dialog .modal-close").await;
    until(
        &c,
        "the card dialog to close",
        "return !document.getElementById('card-dialog')",
    )
    .await;

    // 嵌入代码: both forms hold this scenario's hash.
    click(&c, "#embed-open").await;
    let hash = js(&c, "return location.hash.slice(1)").await;
    let hash = hash.as_str().unwrap().to_string();
    for id in ["embed-auto", "embed-fixed"] {
        let v = js(&c, &format!("return document.getElementById('{id}').value")).await;
        let v = v.as_str().unwrap().to_string();
        assert!(
            v.contains(&hash.replace('&', "&amp;")),
            "{id} lacks the scenario: {v}"
        );
        assert!(v.contains("embed=1"), "{v}");
    }
    // Options change the snippet: by default what an article needs, ticked sections added.
    let v = js(&c, "return document.getElementById('embed-fixed').value").await;
    assert!(!v.as_str().unwrap().contains("sections="), "{v}");
    click(&c, "#embed-section-math").await;
    click(&c, "#embed-section-summary").await;
    click(&c, "#embed-lock").await;
    let v = js(&c, "return document.getElementById('embed-fixed').value").await;
    let v = v.as_str().unwrap();
    assert!(v.contains("sections=summary,math"), "{v}");
    assert!(v.contains("lock=1"));
    js(
        &c,
        "document.querySelector('#embed-dialog .modal-body').scrollTop = 0",
    )
    .await;
    screenshot(&c, &format!("embed-dialog-{tag}")).await;
    let no_hscroll = js(
        &c,
        "return document.documentElement.scrollWidth <= window.innerWidth",
    )
    .await;
    assert_eq!(no_hscroll, true, "horizontal scrolling at {tag}");
    close_clean(c).await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn share_card_and_embed_dialog_at_phone_width() {
    dialogs(Viewport::Phone, "375").await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn share_card_and_embed_dialog_at_desktop_width() {
    dialogs(Viewport::Desktop, "1280").await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn saved_scenarios_survive_a_reload_and_corrupt_entries_are_kept() {
    let (_server, _driver, c) = open_app(Viewport::Desktop, vec![]).await;
    type_in(&c, "#f-followers", "5000").await;
    click(&c, "#ch-ktt").await;
    wait_band(&c, Duration::from_secs(20)).await;
    let saved = numbers(&c).await;
    type_in(&c, "#save-name", "我的快团团").await;
    click(&c, "#save-scenario").await;
    until(
        &c,
        "the saved list",
        "var l = document.getElementById('saved-list'); return l && l.textContent.indexOf('我的快团团') >= 0",
    )
    .await;
    assert_eq!(numbers(&c).await, saved, "saving changed the numbers");

    // Something else, then a reload: the list is still there and loads the numbers back.
    click(&c, "#preset-reset").await;
    click(&c, "#ch-taoke").await;
    wait_band(&c, Duration::from_secs(20)).await;
    assert_ne!(numbers(&c).await, saved);
    c.refresh().await.unwrap();
    wait_app(&c).await;
    wait_for(&c, "#saved-list").await;
    let list = text_of(&c, "#saved-list").await;
    assert!(list.contains("我的快团团"), "{list}");
    click(&c, "#saved-list .saved-load").await;
    wait_band(&c, Duration::from_secs(20)).await;
    until(
        &c,
        "the loaded scenario",
        "return document.querySelector('#ch-ktt').checked",
    )
    .await;
    wait_band(&c, Duration::from_secs(20)).await;
    assert_eq!(numbers(&c).await, saved);

    // A corrupt entry is set aside under its own key, reported, never overwritten.
    js(
        &c,
        "var s = JSON.parse(localStorage.getItem('tuike-calc:saved')); \
         s.items.push({name: 'broken', saved_at: 1, scenario: {followers: 'lots'}}); \
         localStorage.setItem('tuike-calc:saved', JSON.stringify(s));",
    )
    .await;
    c.refresh().await.unwrap();
    wait_app(&c).await;
    wait_for(&c, "#saved-note").await;
    let note = text_of(&c, "#saved-note").await;
    assert!(note.contains("1 条") && note.contains("备份"), "{note}");
    let kept = js(
        &c,
        "return localStorage.getItem('tuike-calc:saved:corrupt')",
    )
    .await;
    assert!(kept.as_str().unwrap_or("").contains("lots"), "{kept}");
    let store = js(&c, "return localStorage.getItem('tuike-calc:saved')").await;
    let store = store.as_str().unwrap();
    assert!(
        store.contains("我的快团团") && !store.contains("lots"),
        "{store}"
    );

    // Delete.
    click(&c, "#saved-list .saved-delete").await;
    until(
        &c,
        "the list to empty",
        "return !document.getElementById('saved-list')",
    )
    .await;
    close_clean(c).await;
}

/// The self-sizing snippet of the default embed, pasted into a blog on another origin.
async fn blog_with_the_default_embed(vp: Viewport, tag: &str, english: bool) {
    let (_app, _driver, c) = open_app(vp, vec![]).await;
    if english {
        switch_language(&c).await;
    }
    click(&c, "#embed-open").await;
    let snippet = until(
        &c,
        "the self-sizing snippet",
        "var t = document.getElementById('embed-auto'); return t && t.value",
    )
    .await;
    let snippet = snippet.as_str().unwrap().to_string();
    assert!(
        !snippet.contains("panels=") && !snippet.contains("sections="),
        "{snippet}"
    );
    let dir = std::env::temp_dir().join(format!("tuike-blog-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), host_page(&snippet)).unwrap();
    let host = StaticServer::start(dir.clone(), vec![]).await;
    c.goto(&host.url("/")).await.unwrap();
    // Settled: the iframe's height follows the page inside, and the page has stopped growing.
    let mut last = 0.0;
    let mut height = 0.0;
    for _ in 0..100 {
        let h = js(
            &c,
            "var f = document.querySelector('iframe'); var h = f && parseFloat(f.style.height); return h > 0 && h !== 600 ? h : 0",
        )
        .await
        .as_f64()
        .unwrap();
        if h > 0.0 && h == last {
            height = h;
            break;
        }
        last = h;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    assert!(height > 0.0, "the iframe never settled on a height");
    c.find(Locator::Css("iframe"))
        .await
        .unwrap()
        .enter_frame()
        .await
        .unwrap();
    wait_app(&c).await;
    let inside = js(
        &c,
        "var q = function (s) { return !!document.querySelector(s); }; \
         var c = document.getElementById('chart-headline'); \
         return { verdict: q('#verdict-kind') && q('#verdict .reasons li'), chart: !!c && c.dataset.drawn !== '0', \
           reach: q('#f-followers'), channel: q('#channels'), commission: q('[id$=commission-rate]'), \
           full: q('#open-full'), presets: q('#presets'), advanced: q('#advanced'), trial: q('#trial'), \
           summary: q('#summary'), compare: q('#compare'), math: q('#math'), answer: q('#answer'), \
           bg: getComputedStyle(document.body).backgroundColor, height: document.documentElement.getBoundingClientRect().height }",
    )
    .await;
    for need in ["verdict", "chart", "reach", "channel", "commission", "full"] {
        assert_eq!(
            inside[need], true,
            "{tag}: the default embed lacks its {need}: {inside}"
        );
    }
    for extra in [
        "presets", "advanced", "trial", "summary", "compare", "math", "answer",
    ] {
        assert_eq!(
            inside[extra], false,
            "{tag}: the default embed shows its {extra}: {inside}"
        );
    }
    // No page background of its own: the blog's white shows through.
    assert_eq!(inside["bg"], "rgba(0, 0, 0, 0)", "{tag}: {inside}");
    c.enter_parent_frame().await.unwrap();
    println!("default embed at {tag}: {height} px tall");
    js(&c, "document.querySelector('iframe').scrollIntoView()").await;
    frame(&c).await;
    screenshot_full(&c, &format!("embed-blog-{tag}")).await;
    if vp == Viewport::Phone {
        // At most two phone screens (812 px each) in the middle of an article.
        assert!(
            height <= 2.0 * 812.0,
            "the default embed is {height} px tall at {tag}"
        );
    }
    close_clean(c).await;
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn the_default_embed_sits_in_a_blog_at_phone_width() {
    blog_with_the_default_embed(Viewport::Phone, "375", false).await;
    // English runs longer.
    blog_with_the_default_embed(Viewport::Phone, "375-en", true).await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn the_default_embed_sits_in_a_blog_at_desktop_width() {
    blog_with_the_default_embed(Viewport::Desktop, "1280", false).await;
}
