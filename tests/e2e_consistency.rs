//! One verdict, one set of numbers (issue 11): for 20 random scenarios opened by link, every
//! surface — verdict card, pinned bar, summary card, six-channel table and its ★, 方案对比, 分享海报,
//! 演示模式 and the embed — shows the verdict word and the ¥/小时 that `model::decide` gives natively,
//! before and after the Monte Carlo band arrives.

mod strategies;
mod support;

use std::time::Duration;
use strategies::Rng;
use support::*;
use tuike_calc::i18n::num::per_hour;
use tuike_calc::i18n::verdict::title as verdict_title;
use tuike_calc::i18n::Lang;
use tuike_calc::model::{
    calibrate, decide_with, ChannelId, Field, PersonField, Scenario, VerdictKind,
};
use tuike_calc::share::url::encode;

/// Scenario `i`: any channel, reach from 100 to 30,000, a few of the person's habits and the
/// channel's commission varied, rounded as a person would type them.
fn scenario(i: u64) -> Scenario {
    let mut r = Rng::new(0xC0FFEE ^ i);
    let ch = ChannelId::ALL[(r.next() % 6) as usize];
    let mut s = Scenario {
        channel: ch,
        ..Scenario::default()
    };
    let set = |s: &mut Scenario, f: Field, v: f64| s.set(f, v).expect("valid by construction");
    set(
        &mut s,
        Field::Person(PersonField::Followers),
        (r.range(2.0, 4.5)).exp().round() * 10.0,
    );
    set(
        &mut s,
        Field::Person(PersonField::PostsPerWeek),
        r.range(1.0, 14.0).round(),
    );
    set(
        &mut s,
        Field::Person(PersonField::ClickRate),
        (r.range(1.0, 8.0)).round() / 100.0,
    );
    set(
        &mut s,
        Field::Person(PersonField::HourlyValue),
        r.range(5.0, 40.0).round(),
    );
    let cr = Field::Channel(ch, tuike_calc::model::ChannelField::CommissionRate);
    let m = cr.meta();
    set(
        &mut s,
        cr,
        (r.range(m.low, m.high) * 1000.0).round() / 1000.0,
    );
    // Every fourth person has tried the channel for a few weeks (试过再算): the surfaces then show
    // the calibrated figures, the same on each.
    if i % 4 == 3 {
        let weeks = r.range(2.0, 8.0).round();
        s.trial = tuike_calc::model::Trial {
            channel: ch,
            weeks: Some(weeks),
            ..Default::default()
        };
        let e = tuike_calc::model::trial_expectation(&s).expect("a trial of weeks");
        let k = (e.clicks * r.range(0.6, 1.4)).round().max(1.0);
        let o = (e.orders * r.range(0.5, 1.5)).round().min(k);
        s.trial.clicks = Some(k);
        s.trial.orders = Some(o);
        if o >= 1.0 {
            s.trial.commission = Some((e.commission / e.orders.max(1e-9) * o).round());
        }
        assert_eq!(s.conflicts(), vec![], "a valid trial by construction");
    }
    s
}

/// What every surface must show for `s`: the verdict word, ¥/小时, and the best channel's key.
fn expected(s: &Scenario) -> (String, String, &'static str, VerdictKind) {
    let cal = calibrate(s);
    let v = decide_with(s, cal.as_ref()).verdict;
    (
        verdict_title(v.kind, Lang::Zh).to_string(),
        per_hour(v.net_per_hour, Lang::Zh),
        v.best_channel.key(),
        v.kind,
    )
}

/// The text of `css`, shown or not (the pinned bar is hidden on a desktop screen).
async fn content(c: &fantoccini::Client, css: &str) -> String {
    let script = format!("var e = document.querySelector({css:?}); return e ? e.textContent : ''");
    js(c, &script)
        .await
        .as_str()
        .unwrap_or("")
        .trim()
        .to_string()
}

/// The page's own surfaces (main page).
async fn check_page(c: &fantoccini::Client, i: u64, word: &str, ph: &str, best: &str, ch: &str) {
    let who = format!("scenario {i}");
    assert_eq!(
        text_of(c, "#verdict-kind").await,
        word,
        "{who}: verdict card"
    );
    let line = text_of(c, "#verdict-line").await;
    assert!(line.contains(ph), "{who}: verdict line {line:?} lacks {ph}");
    assert_eq!(
        content(c, "#result-bar .rb-kind").await,
        word,
        "{who}: pinned bar"
    );
    let bar = content(c, "#result-bar .rb-figs").await;
    assert!(bar.starts_with(ph), "{who}: pinned bar {bar:?} lacks {ph}");
    // The phone's answer under the reach and channel (in the page at every width).
    assert_eq!(content(c, "#answer-kind").await, word, "{who}: answer card");
    let figs = content(c, "#answer-figs").await;
    assert!(
        figs.starts_with(ph),
        "{who}: answer card {figs:?} lacks {ph}"
    );
    assert_eq!(content(c, "#answer-line").await, line, "{who}: answer line");
    assert_eq!(
        text_of(c, "#s-per-hour .stat-value").await,
        ph,
        "{who}: summary card"
    );
    let row = text_of(c, &format!("#compare tr[data-channel={ch}]")).await;
    assert!(
        row.contains(ph),
        "{who}: six-channel row {row:?} lacks {ph}"
    );
    let star = js(
        c,
        "return document.querySelector('#compare tr.best').dataset.channel",
    )
    .await;
    assert_eq!(star.as_str(), Some(best), "{who}: the ★");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn every_surface_shows_the_same_verdict_and_pay_for_20_scenarios() {
    let server = StaticServer::start(dist_dir(), vec![]).await;
    let driver = Driver::start().await;
    let c = browser(&driver, Viewport::Desktop).await;
    let mut kinds = std::collections::HashSet::new();
    for i in 0..20 {
        let s = scenario(i);
        let hash = encode(&s, Lang::Zh);
        let (word, ph, best, kind) = expected(&s);
        kinds.insert(format!("{kind:?}"));
        let ch = s.channel.key();
        c.goto(&server.url(&format!("/#{hash}"))).await.unwrap();
        c.refresh().await.unwrap(); // a hash-only navigation does not reload
        wait_app(&c).await;
        // Before the Monte Carlo band…
        check_page(&c, i, &word, &ph, best, ch).await;
        // …and after it: the same word and figure.
        wait_band(&c, Duration::from_secs(30)).await;
        check_page(&c, i, &word, &ph, best, ch).await;

        // 方案对比: the current scenario pinned.
        click(&c, "#pin").await;
        wait_for(&c, "#compare-table").await;
        let cell = text_of(&c, "#compare-table .verdict-cell").await;
        assert_eq!(cell.trim(), word, "scenario {i}: 方案对比 verdict");
        let table = text_of(&c, "#compare-table").await;
        assert!(
            table.contains(&ph),
            "scenario {i}: 方案对比 lacks {ph}: {table}"
        );
        click(&c, "#compare-clear").await;

        // 分享海报: what the picture was drawn with.
        click(&c, "#share-card-open").await;
        wait_for(&c, "#share-card").await;
        let card = js(
            &c,
            "var i = document.getElementById('share-card'); return [i.dataset.verdict, i.dataset.perHour]",
        )
        .await;
        assert_eq!(
            card[0].as_str(),
            Some(word.as_str()),
            "scenario {i}: 海报 verdict"
        );
        assert_eq!(
            card[1].as_str(),
            Some(ph.as_str()),
            "scenario {i}: 海报 ¥/小时"
        );
        click(&c, "#card-dialog .modal-close").await;

        // 演示模式, its conclusion stage.
        click(&c, "#present").await;
        wait_for(&c, "#presenter").await;
        click(&c, "#presenter .p-stages button:last-child").await;
        assert_eq!(
            text_of(&c, "#p-title").await,
            word,
            "scenario {i}: 演示模式's conclusion"
        );
        let stats = text_of(&c, "#presenter .p-final .p-stats").await;
        assert!(
            stats.contains(&ph),
            "scenario {i}: 演示模式 {stats:?} lacks {ph}"
        );
        click(&c, "#p-exit").await;

        // The embed of the same link.
        c.goto(&server.url(&format!("/?embed=1#{hash}")))
            .await
            .unwrap();
        wait_app(&c).await;
        check_page_embed(&c, i, &word, &ph).await;
    }
    assert!(
        kinds.len() >= 2,
        "the scenarios should not all give one verdict: {kinds:?}"
    );
    close_clean(c).await;
}

/// The default embed shows the verdict card with its line (no summary, no pinned bar).
async fn check_page_embed(c: &fantoccini::Client, i: u64, word: &str, ph: &str) {
    assert_eq!(
        text_of(c, "#verdict-kind").await,
        word,
        "scenario {i}: embed verdict"
    );
    let line = text_of(c, "#verdict-line").await;
    assert!(
        line.contains(ph),
        "scenario {i}: embed verdict line {line:?} lacks {ph}"
    );
}
