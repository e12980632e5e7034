//! The page rendered at build time (issue 23), natively with Yew's server renderer: for the
//! default scenario, in Chinese (what index.html ships) and in English, the HTML holds the
//! question, the inputs with their values, the verdict word, its ¥/小时 and first reason, the
//! summary and the headline chart — all from `model::decide` through `i18n` — and the chart's
//! picture is the same chart drawn as SVG.
#![cfg(feature = "prerender")]

use tuike_calc::app::prerender::{chart_css, fill, headline_svg, render};
use tuike_calc::i18n::num::per_hour;
use tuike_calc::i18n::reasons::reason;
use tuike_calc::i18n::verdict::title;
use tuike_calc::i18n::{t, Key, Lang};
use tuike_calc::model::{decide, Scenario};

/// `s` as HTML text escapes it.
fn escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn the_first_screen_is_in_the_html_in_both_languages() {
    let d = decide(&Scenario::default());
    let v = &d.verdict;
    for lang in [Lang::Zh, Lang::En] {
        let html = render(lang).unwrap();
        let has = |what: &str| {
            assert!(
                html.contains(&escaped(what)),
                "{lang:?}: {what:?} is not in the page"
            )
        };
        has(t(lang, Key::AppName));
        has(title(v.kind, lang));
        has(&per_hour(v.net_per_hour, lang));
        has(&reason(&v.reasons[0], lang));
        // The inputs with their values, the summary and the chart.
        assert!(
            html.contains("id=\"f-followers\""),
            "{lang:?}: no reach field"
        );
        assert!(
            html.contains("value=\"800\""),
            "{lang:?}: the reach is not 800"
        );
        assert!(html.contains("id=\"summary\""), "{lang:?}: no summary");
        assert!(html.contains("id=\"chart-headline\""), "{lang:?}: no chart");
        assert!(
            html.contains("h-440"),
            "{lang:?}: the chart's box has no height"
        );
        // No browser-only state rendered into it: the page's own address is not known yet.
        assert!(!html.contains("http://") && !html.contains("https://"));
    }
}

#[test]
fn the_chart_is_drawn_as_svg_under_its_canvas() {
    let svg = headline_svg(Lang::Zh, 320);
    assert!(
        svg.starts_with("<svg") && svg.contains("width=\"320\"") && svg.contains("height=\"440\"")
    );
    // Its axis titles and legend, in the page's words.
    assert!(svg.contains("<text"), "no text in the chart");
    let css = chart_css(Lang::Zh);
    assert_eq!(css.matches("#chart-headline").count(), 2, "{css:.200}");
    assert!(css.contains("(max-width: 899px)") && css.contains("(min-width: 900px)"));
    assert!(
        !css.contains('\n') || css.lines().all(|l| !l.contains("<svg")),
        "raw < in the CSS"
    );
}

#[test]
fn the_page_goes_into_index_html_minified_or_not() {
    for index in [
        "<!doctype html><html><head><title>x</title></head><body><div id=app></div></body></html>",
        "<!DOCTYPE html>\n<html>\n<head>\n</head>\n<body>\n  <div id=\"app\"></div>\n</body>\n</html>\n",
    ] {
        let out = fill(index, "<p>PAGE</p>", "prerender.css").unwrap();
        assert!(out.contains("<div id=\"app\"><p>PAGE</p></div>"), "{out}");
        assert!(out.find("prerender.css").unwrap() < out.find("</head>").unwrap());
        assert!(out.contains("id=\"boot-link\"") && out.contains("<noscript>"));
    }
    assert_eq!(fill("<html><body></body></html>", "x", "a.css"), None);
}

/// The wasm is not preloaded beside the first screen's CSS (it would share a slow network with
/// it); the JS glue's modulepreload and the stylesheets stay.
#[test]
fn the_wasm_is_not_preloaded() {
    let index = "<!doctype html><html><head><link href=./style.css rel=stylesheet>\
        <link crossorigin href=./app.js integrity=sha384-x rel=modulepreload>\
        <link as=fetch crossorigin href=./app_bg.wasm integrity=sha384-y rel=preload type=application/wasm>\
        <link rel=\"preload\" href=\"./b.wasm\" as=\"fetch\"></head><body><div id=app></div></body></html>";
    let out = fill(index, "<p>PAGE</p>", "prerender.css").unwrap();
    assert!(!out.contains(".wasm"), "{out}");
    assert!(
        out.contains("rel=modulepreload") && out.contains("rel=stylesheet"),
        "{out}"
    );
    assert!(out.contains("<div id=\"app\"><p>PAGE</p></div>"), "{out}");
}
