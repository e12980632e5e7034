//! Chart pictures for a person to look at (not a test): `cargo run --example chart_shots -- DIR`
//! writes every chart as SVG in both languages, both themes and three sizes (phone, phone at 2×,
//! desktop) plus the projector size, from the default scenario. Font sizes are multiplied by
//! 1.24: plotters' SVG backend writes `size / 1.24`, while the canvas draws `size` px, so the SVG
//! looks like the page. Convert to PNG with any SVG renderer to view.

use plotters::prelude::*;
use tuike_calc::chart::{draw_entry, draw_headline, draw_overlay, draw_tornado, Style, Theme};
use tuike_calc::i18n::Lang;
use tuike_calc::model::{entry_comparison, monte_carlo, project, tornado, ChannelId, Scenario};

fn svg(w: u32, h: u32, f: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>)) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (w, h)).into_drawing_area();
        f(&root);
        let _ = root.present();
    }
    // Canvas-like font sizes.
    let mut fixed = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(i) = rest.find("font-size=\"") {
        let (head, tail) = rest.split_at(i + 11);
        fixed.push_str(head);
        let j = tail.find('"').unwrap_or(0);
        let v: f64 = tail[..j].parse().unwrap_or(12.0);
        fixed.push_str(&format!("{:.2}", v * 1.24));
        rest = &tail[j..];
    }
    fixed.push_str(rest);
    fixed
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/chart-shots".into());
    std::fs::create_dir_all(&dir).expect("create the folder");
    let s = Scenario {
        draws: 1000,
        ..Scenario::default()
    };
    let p = project(&s, ChannelId::Wxshop);
    let mc = monte_carlo(&s);
    let pt = project(&s, ChannelId::Taoke);
    let e = entry_comparison(&s, ChannelId::Wxshop);
    let bars = tornado(&s, ChannelId::Wxshop);
    for (size, w, h, scale, text) in [
        ("375", 375, 420, 1.0, 12.0),
        ("750", 750, 840, 2.0, 12.0),
        ("1280", 800, 420, 1.0, 12.0),
        ("projector", 1400, 560, 1.0, 20.0),
    ] {
        for (ln, lang) in [("zh", Lang::Zh), ("en", Lang::En)] {
            for (tn, dark) in [("light", false), ("dark", true)] {
                let st = Style {
                    lang,
                    theme: Theme::pick(dark),
                    scale,
                    text,
                };
                let th = (tuike_calc::chart::tornado_height(bars.len()) as f64 * scale) as u32;
                let charts = [
                    (
                        "headline",
                        h,
                        svg(w, h, |a| draw_headline(a, &p, Some(&mc), &st).unwrap_or(())),
                    ),
                    (
                        "taoke",
                        h,
                        svg(w, h, |a| draw_headline(a, &pt, None, &st).unwrap_or(())),
                    ),
                    (
                        "entry",
                        h,
                        svg(w, h, |a| draw_entry(a, &e, &st).unwrap_or(())),
                    ),
                    (
                        "tornado",
                        th,
                        svg(w, th, |a| draw_tornado(a, &bars, &st).unwrap_or(())),
                    ),
                    (
                        "overlay",
                        h,
                        svg(w, h, |a| {
                            draw_overlay(
                                a,
                                &[("微信小店推客".into(), &p), ("淘宝客".into(), &pt)],
                                &st,
                            )
                            .unwrap_or(())
                        }),
                    ),
                ];
                for (name, _, out) in charts {
                    let f = format!("{dir}/{name}-{size}-{ln}-{tn}.svg");
                    std::fs::write(&f, out).expect("write");
                    println!("{f}");
                }
            }
        }
    }
}
