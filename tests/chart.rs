//! Native tests of the chart module: every chart drawn to SVG from real model output.
#![cfg(not(target_arch = "wasm32"))]

use plotters::prelude::*;
use tuike_calc::chart::{
    compact, draw_entry, draw_headline, draw_overlay, draw_tornado, fingerprint_projection, money,
    Style, Theme, MAX_TORNADO_BARS,
};
use tuike_calc::model::{
    entry_comparison, monte_carlo, project, tornado, ChannelId, Lang, McResult, Projection,
    Scenario,
};

fn style(lang: Lang, dark: bool, scale: f64) -> Style {
    Style {
        lang,
        theme: Theme::pick(dark),
        scale,
    }
}

fn small_mc(s: &Scenario, ch: ChannelId) -> McResult {
    let mut s = s.clone();
    s.draws = 100;
    monte_carlo(&s, ch)
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

#[test]
fn headline_has_axis_titles_in_both_languages() {
    let s = Scenario::default();
    let p = project(&s, ChannelId::Wxshop);
    let zh = headline_svg(&p, None, &style(Lang::Zh, false, 1.0), 375, 260);
    for t in [
        "净收益（元）",
        "送出流量（人）",
        "周",
        "累计净收益",
        "送出访问",
        "送出粉丝",
    ] {
        assert!(zh.contains(t), "zh SVG lacks {t}");
    }
    let en = headline_svg(&p, None, &style(Lang::En, true, 2.0), 750, 520);
    for t in [
        "net (yuan)",
        "donated (people)",
        "week",
        "cumulative net",
        "visits donated",
    ] {
        assert!(en.contains(t), "en SVG lacks {t}");
    }
    assert!(!en.contains("净收益"), "en chart has zh labels");
    assert_clean(&zh);
    assert_clean(&en);
}

#[test]
fn band_polygon_only_with_monte_carlo() {
    let s = Scenario::default();
    let p = project(&s, ChannelId::Wxshop);
    let mc = small_mc(&s, ChannelId::Wxshop);
    assert!(mc.draws > 0 && !mc.cum_net.is_empty());
    let st = style(Lang::Zh, false, 1.0);
    let with = headline_svg(&p, Some(&mc), &st, 800, 400);
    let without = headline_svg(&p, None, &st, 800, 400);
    assert!(with.contains("<polygon"), "no band polygon with mc");
    assert!(with.contains("P10–P90"));
    assert!(!without.contains("<polygon"), "band polygon without mc");
    assert!(!without.contains("P10–P90"));
    assert_clean(&with);
}

#[test]
fn taoke_shows_no_donation_note_and_no_right_axis() {
    let s = Scenario::default();
    let p = project(&s, ChannelId::Taoke);
    assert!(p.weeks.iter().all(|w| w.visits_donated == 0.0));
    let mc = small_mc(&s, ChannelId::Taoke);
    let zh = headline_svg(&p, Some(&mc), &style(Lang::Zh, false, 1.0), 375, 260);
    assert!(zh.contains("不送出流量"));
    assert!(!zh.contains("送出流量（人）"));
    assert!(!zh.contains("送出访问"));
    let en = headline_svg(&p, None, &style(Lang::En, false, 1.0), 375, 260);
    assert!(en.contains("no traffic donated"));
    // And the wxshop chart does not carry the note.
    let w = headline_svg(
        &project(&s, ChannelId::Wxshop),
        None,
        &style(Lang::Zh, false, 1.0),
        375,
        260,
    );
    assert!(!w.contains("不送出流量"));
}

#[test]
fn entry_comparison_annotates_the_difference() {
    let s = Scenario::default();
    let e = entry_comparison(&s, ChannelId::Wxshop);
    let diff = e.later.summary.net - e.now.summary.net;
    let zh = svg(375, 260, |a| {
        draw_entry(a, &e, &style(Lang::Zh, false, 1.0)).unwrap()
    });
    let expect = format!("晚入局 {}", money(diff, Lang::Zh, true));
    assert!(zh.contains(&expect), "zh lacks {expect}");
    assert!(zh.contains(&format!("晚{}周入局", e.delay_weeks)));
    assert!(zh.contains("现在入局"));
    let en = svg(800, 400, |a| {
        draw_entry(a, &e, &style(Lang::En, true, 1.0)).unwrap()
    });
    assert!(en.contains(&format!("later: {}", money(diff, Lang::En, true))));
    assert!(en.contains("enter now"));
    assert_clean(&zh);
    assert_clean(&en);
}

#[test]
fn tornado_has_one_label_per_bar() {
    let s = Scenario::default();
    let bars = tornado(&s, ChannelId::Wxshop);
    assert!(!bars.is_empty());
    let shown = bars.len().min(MAX_TORNADO_BARS);
    let h = tuike_calc::chart::tornado_height(bars.len());
    for lang in [Lang::Zh, Lang::En] {
        let out = svg(375, h, |a| {
            draw_tornado(a, &bars, &style(lang, false, 1.0)).unwrap()
        });
        for (i, b) in bars.iter().enumerate() {
            let m = b.field.meta();
            let label = if lang == Lang::Zh {
                m.label_zh
            } else {
                m.label_en
            };
            // Labels may be shortened with "…" at 375 px; the start of the label is there.
            let head: String = label.chars().take(4).collect();
            let found = out.matches(&head).count();
            if i < shown {
                assert!(found >= 1, "{lang:?}: bar {i} label {label} missing");
            }
        }
        let sep = if lang == Lang::Zh { "：" } else { ": " };
        let rows = out.matches(sep).count();
        assert_eq!(rows, shown, "{lang:?}: one label per bar");
        assert_clean(&out);
    }
    // Bars beyond 8 are not drawn: count bar rectangles at scale 1 in a tall area.
    let out = svg(800, 600, |a| {
        draw_tornado(a, &bars, &style(Lang::En, false, 1.0)).unwrap()
    });
    assert!(out.matches(": ").count() <= MAX_TORNADO_BARS);
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
    assert!(fingerprint_projection(&empty).starts_with("w0:"));
}

#[test]
fn compact_numbers() {
    use Lang::{En, Zh};
    let cases = [
        (0.0, "0", "0"),
        (-0.0, "0", "0"),
        (-0.00001, "0", "0"),
        (5.0, "5", "5"),
        (0.25, "0.25", "0.25"),
        (12.5, "12.5", "12.5"),
        (999.0, "999", "999"),
        (1500.0, "1500", "1.5k"),
        (9999.0, "1万", "10k"),
        (12_000.0, "1.2万", "12k"),
        (15_500.0, "1.55万", "15.5k"),
        (-12_000.0, "-1.2万", "-12k"),
        (123_456.0, "12.3万", "123k"),
        (2_500_000.0, "250万", "2.5M"),
        (340_000_000.0, "3.4亿", "340M"),
        (10_000_000.0, "1000万", "10M"),
        (3.4e9, "34亿", "3.4B"),
        (99_999.9, "10万", "100k"),
    ];
    for (v, zh, en) in cases {
        assert_eq!(compact(v, Zh), zh, "zh {v}");
        assert_eq!(compact(v, En), en, "en {v}");
    }
    assert_eq!(compact(f64::NAN, Zh), "—");
    assert_eq!(compact(f64::INFINITY, En), "∞");
    assert_eq!(compact(f64::NEG_INFINITY, En), "-∞");
    assert!(!compact(1e308, Zh).contains("inf"));
    assert_eq!(money(-300.0, Zh, true), "-¥300");
    assert_eq!(money(12_000.0, Zh, true), "+¥1.2万");
    assert_eq!(money(0.0, En, true), "¥0");
    assert_eq!(money(-0.001, En, true), "¥0");
}

/// Writes PNG-ready SVGs to target/chart-shots when CHART_SHOTS is set (for looking at them).
/// Font sizes are multiplied by 1.24: plotters' SVG backend writes `size / 1.24`, while the
/// canvas backend draws `size` px, so this makes the SVG look like the canvas.
#[test]
fn write_shots_when_asked() {
    let Ok(dir) = std::env::var("CHART_SHOTS") else {
        return;
    };
    std::fs::create_dir_all(&dir).unwrap();
    let s = Scenario::default();
    let p = project(&s, ChannelId::Wxshop);
    let mc = small_mc(&s, ChannelId::Wxshop);
    let pt = project(&s, ChannelId::Taoke);
    let e = entry_comparison(&s, ChannelId::Wxshop);
    let bars = tornado(&s, ChannelId::Wxshop);
    let mut huge = Scenario::default();
    huge.person.followers = 10_000_000.0;
    huge.person.horizon_weeks = 156.0;
    let ph = project(&huge, ChannelId::Wxshop);
    let mch = small_mc(&huge, ChannelId::Wxshop);
    let sizes = [
        ("m1", 375, 260, 1.0),
        ("m2", 750, 520, 2.0),
        ("d", 800, 400, 1.0),
    ];
    for (sz, w, h, scale) in sizes {
        for (ln, lang) in [("zh", Lang::Zh), ("en", Lang::En)] {
            for (tn, dark) in [("light", false), ("dark", true)] {
                let st = style(lang, dark, scale);
                let th = (tornado_h(bars.len()) as f64 * scale) as u32;
                let charts: Vec<(&str, u32, String)> = vec![
                    ("headline", h, headline_svg(&p, Some(&mc), &st, w, h)),
                    ("taoke", h, headline_svg(&pt, None, &st, w, h)),
                    ("huge", h, headline_svg(&ph, Some(&mch), &st, w, h)),
                    ("entry", h, svg(w, h, |a| draw_entry(a, &e, &st).unwrap())),
                    (
                        "tornado",
                        th,
                        svg(w, th, |a| draw_tornado(a, &bars, &st).unwrap()),
                    ),
                    (
                        "overlay",
                        h,
                        svg(w, h, |a| {
                            draw_overlay(
                                a,
                                &[
                                    ("默认".into(), &p),
                                    ("淘宝客".into(), &pt),
                                    ("1000万".into(), &ph),
                                ],
                                &st,
                            )
                            .unwrap()
                        }),
                    ),
                ];
                for (name, hh, out) in charts {
                    let out = canvas_like(&out);
                    let f = format!("{dir}/{name}-{sz}-{ln}-{tn}.svg");
                    std::fs::write(&f, out).unwrap();
                    let _ = hh;
                }
            }
        }
    }
}

fn tornado_h(n: usize) -> u32 {
    tuike_calc::chart::tornado_height(n)
}

fn canvas_like(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(i) = rest.find("font-size=\"") {
        let (head, tail) = rest.split_at(i + 11);
        out.push_str(head);
        let j = tail.find('"').unwrap();
        let v: f64 = tail[..j].parse().unwrap_or(12.0);
        out.push_str(&format!("{:.2}", v * 1.24));
        rest = &tail[j..];
    }
    out.push_str(rest);
    out
}
