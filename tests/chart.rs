//! Native tests of the chart module: every chart drawn to SVG from real model output. The
//! charts are generic over plotters' backend, so these are the same drawings as the page's.
#![cfg(not(target_arch = "wasm32"))]

mod svg;

use plotters::prelude::*;
use svg::{text_body, text_boxes};
use tuike_calc::chart::{
    draw_entry, draw_headline, draw_overlay, draw_tornado, Style, Theme, MAX_TORNADO_BARS, TEXT_PX,
};
use tuike_calc::i18n::num::money;
use tuike_calc::i18n::{self, charts, Lang};
use tuike_calc::model::{
    decide, entry_comparison, monte_carlo, project, tornado, ChannelId, McResult, Projection,
    Reason, Scenario,
};

fn style(lang: Lang, dark: bool, scale: f64) -> Style {
    Style {
        lang,
        theme: Theme::pick(dark),
        scale,
        text: TEXT_PX,
    }
}

fn small_mc(s: &Scenario, ch: ChannelId) -> McResult {
    let mut s = s.clone();
    s.draws = 100;
    s.channel = ch;
    monte_carlo(&s)
}

fn svg<F>(w: u32, h: u32, f: F) -> String
where
    F: FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>),
{
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (w, h)).into_drawing_area();
        f(&root);
        root.present().expect("present");
    }
    out
}

fn headline_svg(p: &Projection, mc: Option<&McResult>, st: &Style, w: u32, h: u32) -> String {
    svg(w, h, |a| {
        draw_headline(a, p, mc, st).expect("draw_headline")
    })
}

fn assert_clean(svg: &str) {
    assert!(!svg.contains("NaN"), "NaN in SVG");
    assert!(!svg.contains("inf"), "inf in SVG");
    assert!(svg.contains("</svg>"));
}

/// The SVG's texts with their x position: `(x, text)`.
fn texts(svg: &str) -> Vec<(f64, String)> {
    let mut out = Vec::new();
    for part in svg.split("<text").skip(1) {
        let x = part
            .split("x=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0);
        out.push((x, text_body(part)));
    }
    out
}

/// The verdict's donation ratio for `s` (its §7.2 reason).
fn verdict_ratio(s: &Scenario) -> f64 {
    decide(s)
        .verdict
        .reasons
        .iter()
        .find_map(|r| match r {
            Reason::DonationRatio { ratio, .. } => Some(*ratio),
            _ => None,
        })
        .expect("a donation reason")
}

#[test]
fn the_headline_shows_earned_against_given_away_in_yuan() {
    let s = Scenario::default();
    let p = project(&s, ChannelId::Wxshop);
    let mc = small_mc(&s, ChannelId::Wxshop);
    for (lang, dark) in [(Lang::Zh, false), (Lang::En, true)] {
        let st = style(lang, dark, 1.0);
        let out = headline_svg(&p, Some(&mc), &st, 375, 440);
        let all: Vec<String> = texts(&out).into_iter().map(|t| t.1).collect();
        // One legend entry per line and band.
        use i18n::Key::*;
        for k in [
            ChartCumulativeNet,
            ChartBand,
            ChartDonatedCommission,
            ChartVisitsDonated,
        ] {
            let label = i18n::t(lang, k);
            assert_eq!(
                all.iter().filter(|t| *t == label).count(),
                1,
                "{lang:?}: legend entry {label:?} once"
            );
        }
        // The ratio on the chart is the verdict's, in the same words and rounding.
        let ratio = charts::donation_ratio(verdict_ratio(&s), lang);
        assert!(all.contains(&ratio), "{lang:?}: no {ratio:?} in {all:?}");
        // Yuan on one axis: every ¥ tick label sits left of the plot (no second y-axis).
        let yuan_ticks: Vec<&(f64, String)> = texts(&out)
            .iter()
            .filter(|t| t.1.starts_with('¥') || t.1.starts_with("−¥"))
            .map(|t| Box::leak(Box::new(t.clone())) as &(f64, String))
            .collect();
        assert!(yuan_ticks.len() >= 3, "{lang:?}: yuan ticks {yuan_ticks:?}");
        assert!(
            yuan_ticks.iter().all(|t| t.0 < 375.0 * 0.3),
            "{lang:?}: a yuan label right of the plot: {yuan_ticks:?}"
        );
        // People have their own panel, and the friends following the streamer are said.
        for k in [ChartYuanCumulative, ChartVisitsTitle] {
            assert!(all.iter().any(|t| t == i18n::t(lang, k)), "{lang:?}: {k:?}");
        }
        let sm = &p.summary;
        let people =
            charts::donated_people(sm.totals.visits_donated, sm.totals.followers_donated, lang);
        assert!(all.contains(&people), "{lang:?}: no {people:?}");
        assert_clean(&out);
    }
}

#[test]
fn a_channel_that_donates_nothing_says_so() {
    let s = Scenario::default();
    let p = project(&s, ChannelId::Taoke);
    assert!(p.weeks.iter().all(|w| w.visits_donated == 0.0));
    let mc = small_mc(&s, ChannelId::Taoke);
    for lang in [Lang::Zh, Lang::En] {
        let out = headline_svg(&p, Some(&mc), &style(lang, false, 1.0), 375, 300);
        let all: Vec<String> = texts(&out).into_iter().map(|t| t.1).collect();
        use i18n::Key::*;
        assert!(all.iter().any(|t| t == i18n::t(lang, ChartNoTraffic)));
        for k in [ChartDonatedCommission, ChartVisitsTitle] {
            assert!(
                !all.iter().any(|t| t == i18n::t(lang, k)),
                "{lang:?}: {k:?} drawn"
            );
        }
        // No ratio either.
        assert!(!all.iter().any(|t| t.contains("¥1")), "{all:?}");
        assert_clean(&out);
    }
    // And the wxshop chart does not carry the note.
    let w = headline_svg(
        &project(&s, ChannelId::Wxshop),
        None,
        &style(Lang::Zh, false, 1.0),
        375,
        300,
    );
    assert!(!w.contains(i18n::t(Lang::Zh, i18n::Key::ChartNoTraffic)));
}

#[test]
fn the_band_is_drawn_and_named_only_with_the_monte_carlo() {
    let s = Scenario::default();
    let p = project(&s, ChannelId::Wxshop);
    let mc = small_mc(&s, ChannelId::Wxshop);
    let st = style(Lang::Zh, false, 1.0);
    let with = headline_svg(&p, Some(&mc), &st, 800, 400);
    let without = headline_svg(&p, None, &st, 800, 400);
    assert!(with.contains("<polygon"), "no band polygon with mc");
    assert!(with.contains("P10–P90"));
    assert!(!without.contains("<polygon"), "band polygon without mc");
    assert!(!without.contains("P10–P90"));
}

#[test]
fn the_text_size_scales_for_a_projector() {
    let s = Scenario::default();
    let p = project(&s, ChannelId::Wxshop);
    let big = Style {
        text: 20.0,
        ..style(Lang::Zh, false, 1.0)
    };
    let out = headline_svg(&p, None, &big, 1400, 560);
    // plotters' SVG writes font sizes divided by 1.24; ticks at 20 px, titles at 28 px.
    let sizes: Vec<f64> = out
        .split("font-size=\"")
        .skip(1)
        .filter_map(|r| r.split('"').next()?.parse().ok())
        .map(|v: f64| v * 1.24)
        .collect();
    assert!(
        sizes.iter().all(|&v| v >= 19.9),
        "a size under 20 px: {sizes:?}"
    );
    assert!(
        sizes.iter().any(|&v| v >= 27.9),
        "no 28 px title: {sizes:?}"
    );
}

#[test]
fn entry_comparison_states_per_hour_and_total() {
    let s = Scenario::default();
    let e = entry_comparison(&s, ChannelId::Wxshop);
    let diff = e.later.summary.totals.net - e.now.summary.totals.net;
    for lang in [Lang::Zh, Lang::En] {
        let out = svg(375, 300, |a| {
            draw_entry(a, &e, &style(lang, false, 1.0)).unwrap()
        });
        let all: Vec<String> = texts(&out).into_iter().map(|t| t.1).collect();
        for want in [
            charts::enter_now(e.now.summary.totals.net_per_hour(), lang),
            charts::enter_later(e.delay_weeks, e.later.summary.totals.net_per_hour(), lang),
            charts::later_total(diff, e.delay_weeks, lang),
        ] {
            assert!(all.contains(&want), "{lang:?}: {want:?} not in {all:?}");
        }
        assert_clean(&out);
    }
    // The totals are the verdict's.
    assert!(charts::later_total(diff, 26, Lang::Zh).contains(&money(diff.abs(), Lang::Zh)));
}

#[test]
fn tornado_has_one_label_per_bar_and_states_its_basis() {
    let s = Scenario::default();
    let bars = tornado(&s, ChannelId::Wxshop);
    assert!(!bars.is_empty());
    let shown = bars.len().min(MAX_TORNADO_BARS);
    let h = tuike_calc::chart::tornado_height(bars.len());
    for lang in [Lang::Zh, Lang::En] {
        let out = svg(375, h, |a| {
            draw_tornado(a, &bars, &style(lang, false, 1.0)).unwrap()
        });
        for b in bars.iter().take(shown) {
            let label = i18n::fields::short_label(b.field, lang);
            // Labels may be cut with "…" at 375 px; their start is there.
            let head: String = label.chars().take(4).collect();
            assert!(out.contains(&head), "{lang:?}: label {label} missing");
        }
        assert_eq!(
            out.matches(" – ").count(),
            shown,
            "{lang:?}: one label per bar"
        );
        assert!(out.contains(i18n::t(lang, i18n::Key::ChartChangeNet)));
        assert!(out.contains(&charts::tornado_base(bars[0].base_net, lang)));
        assert_clean(&out);
    }
    // Empty input draws a message, not a panic.
    let empty = svg(375, 200, |a| {
        draw_tornado(a, &[], &style(Lang::Zh, false, 1.0)).unwrap()
    });
    assert!(empty.contains("没有不确定的输入"));
}

#[test]
fn overlay_draws_up_to_three_with_legend() {
    let s = Scenario::default();
    let a = project(&s, ChannelId::Wxshop);
    let b = project(&s, ChannelId::Taoke);
    let c = project(&s, ChannelId::Creator);
    let d = project(&s, ChannelId::Ktt);
    let series = vec![
        ("甲方案".to_string(), &a),
        ("乙方案".to_string(), &b),
        ("丙方案".to_string(), &c),
        ("丁方案".to_string(), &d),
    ];
    let out = svg(375, 260, |ar| {
        draw_overlay(ar, &series, &style(Lang::Zh, true, 1.0)).unwrap()
    });
    for n in ["甲方案", "乙方案", "丙方案"] {
        assert!(out.contains(n));
    }
    assert!(!out.contains("丁方案"), "a fourth series is drawn");
    assert_clean(&out);
    let none = svg(375, 260, |ar| {
        draw_overlay(ar, &[], &style(Lang::En, false, 1.0)).unwrap()
    });
    assert_clean(&none);
}

fn degenerate_scenarios() -> Vec<(&'static str, Scenario)> {
    let mut zero = Scenario::default();
    zero.person.followers = 0.0;
    let mut one = Scenario::default();
    one.person.horizon_weeks = 1.0;
    let mut huge = Scenario::default();
    huge.person.horizon_weeks = 156.0;
    huge.person.followers = 10_000_000.0;
    vec![("zero followers", zero), ("1 week", one), ("huge", huge)]
}

#[test]
fn degenerate_inputs_do_not_panic_or_print_nan() {
    for (name, s) in degenerate_scenarios() {
        for ch in [ChannelId::Wxshop, ChannelId::Taoke] {
            let p = project(&s, ch);
            let mc = small_mc(&s, ch);
            let e = entry_comparison(&s, ch);
            let bars = tornado(&s, ch);
            for (lang, dark, scale, w, h) in [
                (Lang::Zh, false, 1.0, 375, 260),
                (Lang::En, true, 2.0, 750, 520),
            ] {
                let st = style(lang, dark, scale);
                let out = headline_svg(&p, Some(&mc), &st, w, h);
                assert_clean(&out);
                assert_clean(&svg(w, h, |a| draw_entry(a, &e, &st).unwrap()));
                assert_clean(&svg(w, h, |a| draw_tornado(a, &bars, &st).unwrap()));
                assert_clean(&svg(w, h, |a| {
                    draw_overlay(a, &[("x".into(), &p)], &st).unwrap()
                }));
            }
            let _ = name;
        }
    }
}

#[test]
fn hostile_projection_values_are_survived() {
    let s = Scenario::default();
    let mut p = project(&s, ChannelId::Wxshop);
    p.weeks[0].net = f64::NAN;
    p.weeks[1].net = f64::INFINITY;
    p.weeks[2].visits_donated = f64::NEG_INFINITY;
    p.weeks[3].followers_donated = 1e300;
    let mut mc = small_mc(&s, ChannelId::Wxshop);
    mc.cum_net[0].p90 = f64::NAN;
    mc.cum_net.truncate(5); // a band from a shorter, older run
    let st = style(Lang::Zh, false, 1.0);
    assert_clean(&headline_svg(&p, Some(&mc), &st, 375, 260));
    let mut empty = p.clone();
    empty.weeks.clear();
    assert_clean(&headline_svg(&empty, Some(&mc), &st, 375, 260));
    assert_clean(&headline_svg(&empty, None, &st, 10, 10));
    // Odd scales.
    for scale in [f64::NAN, 0.0, 100.0] {
        let st = Style { scale, ..st };
        assert_clean(&headline_svg(&p, None, &st, 375, 260));
    }
}

#[test]
fn the_headline_texts_never_overlap_at_phone_poster_or_desktop_size() {
    let mut s = Scenario::default();
    // Ten-thousands of visits: the longest people note and five-digit ticks.
    s.person.followers = 15_000.0;
    let p = project(&s, ChannelId::Wxshop);
    let mc = small_mc(&s, ChannelId::Wxshop);
    for lang in [Lang::Zh, Lang::En] {
        for (w, h, scale) in [
            (343, 440, 1.0),
            (375, 440, 1.0),
            (700, 400, 1.0),
            (686, 560, 2.0),
        ] {
            let st = style(lang, false, scale);
            let boxes = text_boxes(&headline_svg(&p, Some(&mc), &st, w, h));
            assert!(boxes.len() > 10, "{lang:?} {w}: texts {boxes:?}");
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    let apart = a.2 <= b.0 + 1.0
                        || b.2 <= a.0 + 1.0
                        || a.3 <= b.1 + 1.0
                        || b.3 <= a.1 + 1.0;
                    assert!(
                        apart,
                        "{lang:?} at {w}×{h} ×{scale}: {:?} overlaps {:?}",
                        a, b
                    );
                }
            }
        }
    }
}
