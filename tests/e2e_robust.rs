//! End-to-end robustness of the release page (issue 7): no request leaves the page's origin; it
//! works under a strict Content-Security-Policy; axe-core finds no serious or critical
//! accessibility violation (main page, scenario compare, presenter mode); extreme inputs keep
//! the page responsive with no NaN on screen: the Monte Carlo's slices bounded where they run
//! (the engine's own record), each render against the same render at the defaults.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::{Client, Locator};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use support::*;

/// The header documented in the README for hosts. Scripts are strict (no inline script, no
/// `eval`; only `'wasm-unsafe-eval'` to compile the wasm) and no inline style at all: the charts
/// measure their text with the canvas (`chart::canvas::Canvas`), not with a styled `<span>`.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *";

/// Installed before any page script: records CSP violations and Long Tasks.
const WATCH: &str = r#"
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => {
  const t = e.target && e.target.tagName ? e.target.tagName + '#' + e.target.id + '.' + e.target.getAttribute('class') : '';
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '') + ' ' + t + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
});
window.__long = [];
try {
  new PerformanceObserver(l => { for (const e of l.getEntries()) window.__long.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
} catch (e) {}
"#;

async fn open(vp: Viewport, headers: Vec<(String, String)>) -> (StaticServer, Driver, Client) {
    let server = StaticServer::start(dist_dir(), headers).await;
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
    (server, driver, c)
}

/// Set a field's text as a person would (value + a bubbling input event).
async fn set_field(c: &Client, id: &str, text: &str) {
    let v = js(
        c,
        &format!(
            "const e = document.getElementById({id:?}); if (!e) return false; \
             e.value = {text:?}; e.dispatchEvent(new InputEvent('input', {{bubbles: true}})); return true"
        ),
    )
    .await;
    assert_eq!(v, true, "no #{id}");
}

async fn list(c: &Client, script: &str) -> Vec<String> {
    match js(c, script).await {
        Value::Array(a) => a
            .into_iter()
            .map(|v| v.as_str().map(String::from).unwrap_or(v.to_string()))
            .collect(),
        v => panic!("not a list: {v}"),
    }
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn no_request_leaves_the_page_origin() {
    let (_s, _d, c) = open(Viewport::Desktop, vec![]).await;
    wait_band(&c, Duration::from_secs(20)).await;
    // Use the page a little: the advanced panel, another channel, the other language.
    click(&c, "#advanced > summary").await;
    click(&c, "#ch-taoke").await;
    switch_language(&c).await;
    let urls = list(
        &c,
        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map(e => e.name)",
    )
    .await;
    let origin = js(&c, "return location.origin").await;
    let origin = origin.as_str().unwrap().to_string();
    assert!(urls.len() >= 3, "too few entries to be real: {urls:?}");
    let foreign: Vec<&String> = urls
        .iter()
        .filter(|u| {
            !(u.starts_with(&format!("{origin}/"))
                || u.starts_with("data:")
                || u.starts_with("blob:"))
        })
        .collect();
    assert!(foreign.is_empty(), "requests to other origins: {foreign:?}");
    c.close().await.unwrap();
}

/// Use the page under `policy`; return the CSP violations and the console errors.
async fn under_csp(policy: &str) -> (Vec<String>, Vec<String>) {
    let headers = vec![("Content-Security-Policy".to_string(), policy.to_string())];
    let (_s, _d, c) = open(Viewport::Desktop, headers).await;
    wait_band(&c, Duration::from_secs(20)).await;
    set_field(&c, "f-followers", "1.2万").await;
    click(&c, "#ch-wxshop").await;
    wait_band(&c, Duration::from_secs(20)).await;
    click(&c, "#advanced > summary").await;
    click(&c, "#math > summary").await;
    switch_language(&c).await;
    for id in ["chart-headline", "chart-tornado", "chart-entry"] {
        let n = js(
            &c,
            &format!("return Number(document.getElementById('{id}').dataset.drawn || 0)"),
        )
        .await;
        assert!(n.as_f64().unwrap_or(0.0) >= 1.0, "{id} not drawn under CSP");
    }
    // Charts are sized (the height comes through the CSSOM, not a style attribute).
    let h = js(
        &c,
        "return document.getElementById('chart-headline').getBoundingClientRect().height",
    )
    .await;
    assert!(
        h.as_f64().unwrap_or(0.0) > 100.0,
        "headline chart height {h}"
    );
    let violations = list(&c, "return window.__csp").await;
    let errors = console_errors(&c).await;
    c.close().await.unwrap();
    (violations, errors)
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn works_under_the_documented_content_security_policy() {
    let (violations, errors) = under_csp(CSP).await;
    assert!(violations.is_empty(), "CSP violations: {violations:#?}");
    assert!(errors.is_empty(), "console errors under CSP: {errors:#?}");
}

/// axe-core's serious and critical violations on the page as it is now.
async fn axe(c: &Client, what: &str) -> Vec<String> {
    let path = repo_root().join(".tools/axe/node_modules/axe-core/axe.min.js");
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (./dev.sh test installs axe-core from npm)",
            path.display()
        )
    });
    c.execute(&src, vec![]).await.expect("inject axe-core");
    let v = c
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then(r => done(
              r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — ' +
                  v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\s+/g, ' ') + ')').join('; '))
            ), e => done(['axe failed: ' + e]));"#,
            vec![],
        )
        .await
        .expect("run axe-core");
    let out: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| format!("[{what}] {}", x.as_str().unwrap_or("")))
        .collect();
    for o in &out {
        println!("{o}");
    }
    out
}

async fn axe_pass(vp: Viewport, tag: &str) {
    let (_s, _d, c) = open(vp, vec![]).await;
    wait_band(&c, Duration::from_secs(20)).await;
    let mut found = Vec::new();
    click(&c, "#advanced > summary").await;
    // Its fields are built when it opens: check them too.
    wait_for(&c, "#advanced .field input").await;
    found.extend(axe(&c, &format!("main {tag} zh")).await);
    switch_language(&c).await;
    found.extend(axe(&c, &format!("main {tag} en")).await);
    // Scenario compare (issue 6), when the page has it.
    if c.find(Locator::Css("#compare-channels")).await.is_ok() {
        click(&c, "#compare-channels").await;
        until(
            &c,
            "the compare table",
            "return !!document.getElementById('compare-table')",
        )
        .await;
        frame(&c).await;
        found.extend(axe(&c, &format!("compare {tag}")).await);
    }
    // Presenter mode (issue 6), when the page has it.
    if c.find(Locator::Css("#present")).await.is_ok() {
        click(&c, "#present").await;
        c.wait()
            .at_most(Duration::from_secs(5))
            .for_element(Locator::Css("#presenter"))
            .await
            .expect("presenter mode did not open");
        frame(&c).await;
        found.extend(axe(&c, &format!("presenter {tag}")).await);
    }
    assert!(
        found.is_empty(),
        "axe-core: serious or critical violations:\n{}",
        found.join("\n")
    );
    c.close().await.unwrap();
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn axe_finds_no_serious_violation_at_desktop_width() {
    axe_pass(Viewport::Desktop, "1280").await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn axe_finds_no_serious_violation_at_phone_width() {
    axe_pass(Viewport::Phone, "375").await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn extreme_inputs_stay_responsive_with_no_nan() {
    let (_s, _d, c) = open(Viewport::Desktop, vec![]).await;
    wait_band(&c, Duration::from_secs(20)).await;
    // 计算过程 open (its weekly tables are the page's largest render) and 高级假设 open (its
    // fields are built when it opens).
    click(&c, "#math > summary").await;
    click(&c, "#advanced > summary").await;
    wait_for(&c, "#f-draws").await;
    wait_band(&c, Duration::from_secs(20)).await;
    // What a person waits for at the defaults (52 weeks, 1,000 draws): typing, opening
    // 计算过程, switching the language.
    let at_defaults = renders(&c, 52).await;
    let before = text_of(&c, "#s-net .stat-value").await;
    js(&c, "window.__long = []").await;
    // 10,000,000 people, 156 weeks, 20,000 draws — the top of every range at once.
    let t0 = Instant::now();
    set_field(&c, "f-draws", "20000").await;
    set_field(&c, "f-horizon-weeks", "156").await;
    set_field(&c, "f-followers", "1000万").await;
    // The page answers at once (a frozen main thread would hold this script) and the summary
    // already shows the new deterministic figures.
    let answered = t0.elapsed();
    let after = text_of(&c, "#s-net .stat-value").await;
    assert_ne!(after, before, "the summary did not update");
    let h = text_of(&c, "#summary h3").await;
    assert!(h.contains("156"), "horizon not applied: {h}");
    let errors = list(
        &c,
        "return [...document.querySelectorAll('.field .error')].map(e => e.textContent)",
    )
    .await;
    assert!(
        errors.is_empty(),
        "extreme but valid inputs rejected: {errors:?}"
    );
    // While the 20,000-draw Monte Carlo refines, the page keeps answering.
    let mut worst = Duration::ZERO;
    let t1 = Instant::now();
    loop {
        let p0 = Instant::now();
        let band = text_of(&c, "#s-net .band").await;
        worst = worst.max(p0.elapsed());
        if band.contains("P10") {
            break;
        }
        assert!(
            t1.elapsed() < Duration::from_secs(30),
            "the 20,000-draw band never arrived"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let refine = t1.elapsed();
    // The Monte Carlo's own main-thread time, where it happens: the engine records its longest
    // slice. A slice stops at the first clock read past 8 ms (ARCHITECTURE.md), so it lasts at
    // most 8 ms plus the chunk of work it was in.
    let (slice, chunk) = longest_slice(&c).await;
    assert!(
        slice <= 8.0 + chunk,
        "a Monte Carlo slice of {slice:.1} ms (its longest chunk {chunk:.1} ms)"
    );
    // The same three renders at 156 weeks and 20,000 draws.
    let at_extremes = renders(&c, 156).await;
    let long: Vec<f64> = match js(&c, "return window.__long").await {
        Value::Array(a) => a.iter().filter_map(Value::as_f64).collect(),
        _ => vec![],
    };
    println!(
        "extreme inputs: answered in {answered:?}, refined in {refine:?}, slowest poll {worst:?}, \
         longest slice {slice:.2} ms (chunk {chunk:.2} ms), long tasks {long:?}; \
         input to painted frame, median of {REPEATS} (ms): defaults {at_defaults:?}, \
         extremes {at_extremes:?}"
    );
    // A render at 156 weeks does at most 156/52 = 3 times the work of one at 52: the weekly
    // tables and charts grow with the weeks, nothing on screen grows with the draws or the
    // people. So each is bounded by 3 × the same render at the defaults, measured just before in
    // the same browser (the machine's load is in both), plus one Monte Carlo slice that may run
    // before the frame (the draws restart on every input) and one frame of the wait for paint.
    let mut largest = 0.0f64;
    for ((what, d), (_, x)) in at_defaults.iter().zip(&at_extremes) {
        let bound = 156.0 / 52.0 * d + slice + FRAME_MS;
        largest = largest.max(bound);
        assert!(
            *x <= bound,
            "{what} at extreme inputs: {x:.0} ms (> 3 × {d:.0} ms at the defaults + a slice of \
             {slice:.1} ms + a frame = {bound:.0} ms)"
        );
    }
    // Every other main-thread task at these inputs (the render when the band lands, the charts
    // redrawn) does less than the largest of those renders: a language switch re-renders
    // everything.
    let max_long = long.iter().copied().fold(0.0, f64::max);
    assert!(
        max_long <= largest,
        "a main-thread task of {max_long:.0} ms at extreme inputs (> {largest:.0} ms): {long:?}"
    );
    // Other languages and the math panel at these extremes.
    let text_zh = js(&c, "return document.body.innerText").await;
    switch_language(&c).await;
    let text_en = js(&c, "return document.body.innerText").await;
    let zh = text_zh.as_str().unwrap_or("").to_string();
    assert!(
        per_hour_said_twice(&zh).is_none(),
        "'每小时 … ¥x/小时' says per hour twice: {:?}",
        per_hour_said_twice(&zh)
    );
    for (lang, t) in [("zh", text_zh), ("en", text_en)] {
        let t = t.as_str().unwrap_or("");
        for bad in ["NaN", "inf", "Infinity", "∞", "undefined"] {
            let hit = t
                .split(|ch: char| !ch.is_alphanumeric() && ch != '∞')
                .any(|w| w == bad);
            assert!(!hit, "{bad} on screen ({lang})");
        }
    }
    assert!(
        worst < Duration::from_millis(1000),
        "the page froze for {worst:?}"
    );
    close_clean(c).await;
}

/// Each kind of render measured this many times (the median is compared).
const REPEATS: usize = 3;
/// One frame at 60 Hz: the wait from a render to its paint is up to one frame.
const FRAME_MS: f64 = 1000.0 / 60.0;

/// From an action (run by the page's own script) to the second animation frame after its
/// effect shows (`shown` true): the render, its layout and paint, in ms. What a person waits
/// for after a keystroke or a click.
async fn to_painted(c: &Client, action: &str, shown: &str) -> f64 {
    let v = c
        .execute_async(
            &format!(
                "const done = arguments[arguments.length - 1];
                 const t0 = performance.now();
                 {action};
                 const shown = () => {{ try {{ return !!({shown}); }} catch (e) {{ return false; }} }};
                 (function wait() {{
                   if (shown()) requestAnimationFrame(() => requestAnimationFrame(() =>
                     done(performance.now() - t0)));
                   else requestAnimationFrame(wait);
                 }})();"
            ),
            vec![],
        )
        .await
        .unwrap_or_else(|e| panic!("{action}: {e}"));
    v.as_f64().unwrap_or_else(|| panic!("{action}: {v}"))
}

/// The median wait after typing a number of people, opening 计算过程 (built when it opens) and
/// switching the language, `REPEATS` times each, with 计算过程 open and `weeks` weeks shown.
async fn renders(c: &Client, weeks: u32) -> Vec<(&'static str, f64)> {
    let h = text_of(c, "#summary h3").await;
    assert!(h.contains(&weeks.to_string()), "{h}: not {weeks} weeks");
    // 计算过程's steps quote the number of people (open, they re-render with every input).
    let steps = "document.querySelector('#math ol.steps').textContent";
    let mut typing = Vec::new();
    let mut math = Vec::new();
    let mut language = Vec::new();
    for i in 0..REPEATS {
        // Distinct as the page shows them (1,000 人 … / 600万人 …).
        let people = if weeks == 52 {
            1000 * (i + 1)
        } else {
            1_000_000 * (i + 6)
        };
        typing.push(
            to_painted(
                c,
                &format!(
                    "window.__steps = {steps}; const e = document.getElementById('f-followers'); \
                     e.value = '{people}'; e.dispatchEvent(new InputEvent('input', {{bubbles: true}}))"
                ),
                &format!("{steps} !== window.__steps"),
            )
            .await,
        );
        frame(c).await;
        to_painted(
            c,
            "document.querySelector('#math > summary').click()",
            "!document.getElementById('table-weekly')",
        )
        .await;
        math.push(
            to_painted(
                c,
                "document.querySelector('#math > summary').click()",
                "document.querySelectorAll('#table-weekly tbody tr').length > 0",
            )
            .await,
        );
        frame(c).await;
        for _ in 0..2 {
            language.push(
                to_painted(
                    c,
                    "window.__lang = document.documentElement.lang; \
                     document.getElementById('lang-switch').click()",
                    "document.documentElement.lang !== window.__lang",
                )
                .await,
            );
            frame(c).await;
        }
    }
    let rows = js(
        c,
        "return document.querySelectorAll('#table-weekly tbody tr').length",
    )
    .await;
    assert_eq!(
        rows.as_u64(),
        Some(u64::from(weeks)),
        "the weekly table's rows"
    );
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    vec![
        ("typing", median(typing)),
        ("opening 计算过程", median(math)),
        ("switching the language", median(language)),
    ]
}

/// The first "每小时 + up to four characters + ¥figure/小时" in `text` ("每小时净赚 ¥25/小时"):
/// a rate said twice. A formula ("每小时净收入 = ¥x ÷ y = ¥z/小时") has an "=" between.
fn per_hour_said_twice(text: &str) -> Option<String> {
    for (i, _) in text.match_indices("每小时") {
        let rest: String = text[i..].chars().skip(3).take(24).collect();
        let mut cs = rest.chars().peekable();
        let mut words = 0;
        while matches!(cs.peek(), Some(c) if ('\u{4e00}'..='\u{9fff}').contains(c)) && words < 4 {
            cs.next();
            words += 1;
        }
        if cs.peek() == Some(&' ') {
            cs.next();
        }
        if cs.next() != Some('¥') {
            continue;
        }
        let figure: String = cs.by_ref().take_while(|c| !c.is_whitespace()).collect();
        if figure.contains("/小时") {
            return Some(text[i..].chars().take(30).collect());
        }
    }
    None
}

#[test]
fn per_hour_said_twice_finds_the_double_and_spares_formulas() {
    assert!(per_hour_said_twice("目标：每小时净赚 ¥25/小时（你的时间值）").is_some());
    assert!(per_hour_said_twice("每小时 ¥5.27/小时").is_some());
    assert!(per_hour_said_twice("目标：净赚 ¥25/小时（你的时间值）").is_none());
    assert!(per_hour_said_twice("每小时净收入 = ¥458 ÷ 43.3 小时 = ¥10.57/小时").is_none());
    assert!(per_hour_said_twice("每小时净收益\n¥126/小时").is_none());
}
