//! The 分享海报 drawn to SVG natively — the same layout and drawing code the browser runs on a
//! canvas — for the four posters people make (the default, 3,000 people, a trial entered,
//! English), from `model::decide` and the Monte Carlo as the page has them: every text inside the
//! image, no two overlapping, no sentence cut with "…", the page's verdict word, ¥/小时 and first
//! reason whole, and a QR code with its quiet zone inside the image that decodes to the link.
#![cfg(not(target_arch = "wasm32"))]

mod cases;
mod svg;

use plotters::prelude::*;
use svg::text_boxes;
use tuike_calc::chart::{draw_poster, layout_poster, PosterData, QrPlace, QUIET_ZONE};
use tuike_calc::i18n::num::per_hour;
use tuike_calc::i18n::{reasons, t, verdict, Key, Lang};
use tuike_calc::model::{calibrate, decide_with, Bands, McResult, Scenario, Verdict};
use tuike_calc::share::url::encode;

type TextBox = (f64, f64, f64, f64, String);

/// What the page shows for `s` once its Monte Carlo has run: the verdict with its range, the
/// chosen channel's projection, the Monte Carlo.
fn page(s: &Scenario) -> (Verdict, tuike_calc::model::Projection, McResult) {
    let cal = calibrate(s);
    let d = decide_with(s, cal.as_ref());
    let mut run = Bands::new(s, cal.as_ref());
    while !run.step(500) {}
    let mc = run.result();
    (d.verdict.with_monte_carlo(&mc), d.chosen().clone(), mc)
}

struct Drawn {
    svg: String,
    size: (u32, u32),
    qr: Option<QrPlace>,
    link: String,
    verdict: Verdict,
}

fn draw(s: &Scenario, lang: Lang) -> Drawn {
    draw_with_link(
        s,
        lang,
        format!("https://tuike.example/#{}", encode(s, lang)),
    )
}

fn draw_with_link(s: &Scenario, lang: Lang, link: String) -> Drawn {
    let (v, p, mc) = page(s);
    let data = PosterData {
        scenario: s,
        projection: &p,
        mc: Some(&mc),
        verdict: &v,
        lang,
        link: &link,
    };
    let poster = layout_poster(&data);
    let size = poster.size();
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        draw_poster(&root, &poster).expect("draw_poster");
        root.present().expect("present");
    }
    Drawn {
        svg: out,
        size,
        qr: poster.qr(),
        link,
        verdict: v,
    }
}

fn overlap(a: &TextBox, b: (f64, f64, f64, f64)) -> bool {
    !(a.2 <= b.0 + 1.0 || b.2 <= a.0 + 1.0 || a.3 <= b.1 + 1.0 || b.3 <= a.1 + 1.0)
}

/// The SVG's filled rectangles of colour `fill` ("#000000"): (x, y, width, height).
fn rects(svg: &str, fill: &str) -> Vec<(i32, i32, i32, i32)> {
    let attr = |head: &str, name: &str| -> i32 {
        head.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|r| r.split('"').next())
            .and_then(|v| v.parse().ok())
            .expect("a rect attribute")
    };
    svg.split("<rect")
        .skip(1)
        .map(|part| part.split("/>").next().unwrap_or(""))
        .filter(|head| head.contains(&format!("fill=\"{fill}\"")))
        .map(|h| {
            (
                attr(h, "x"),
                attr(h, "y"),
                attr(h, "width"),
                attr(h, "height"),
            )
        })
        .collect()
}

/// The dark rectangles painted on white at the poster's size, read as a QR reader would.
fn decode_qr(size: (u32, u32), dark: &[(i32, i32, i32, i32)]) -> Result<String, String> {
    let mut img = image::GrayImage::from_pixel(size.0, size.1, image::Luma([255]));
    for &(x, y, w, h) in dark {
        for py in y.max(0)..(y + h).min(size.1 as i32) {
            for px in x.max(0)..(x + w).min(size.0 as i32) {
                img.put_pixel(px as u32, py as u32, image::Luma([0]));
            }
        }
    }
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    if grids.len() != 1 {
        return Err(format!("{} QR codes found", grids.len()));
    }
    grids[0]
        .decode()
        .map(|(_, text)| text)
        .map_err(|e| e.to_string())
}

/// Text without white space, to find a sentence across the lines it was wrapped into.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_text_lies_inside_the_poster_and_none_overlaps() {
    for (name, s, lang) in cases::posters() {
        let p = draw(&s, lang);
        let (w, h) = (p.size.0 as f64, p.size.1 as f64);
        let boxes = text_boxes(&p.svg);
        assert!(boxes.len() > 20, "{name}: only {} texts", boxes.len());
        for b in &boxes {
            assert!(
                b.0 >= 0.0 && b.1 >= 0.0 && b.2 <= w && b.3 <= h,
                "{name}: {b:?} outside the {w}×{h} poster"
            );
            assert!(
                !b.4.ends_with('…') && !b.4.ends_with("..."),
                "{name}: a text cut short: {b:?}"
            );
        }
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(
                    !overlap(a, (b.0, b.1, b.2, b.3)),
                    "{name}: {a:?} overlaps {b:?}"
                );
            }
        }
        assert!(!p.svg.contains("NaN") && !p.svg.contains("inf"), "{name}");
    }
}

#[test]
fn the_poster_says_the_pages_verdict_in_whole_sentences() {
    // The trial poster is of calibrated figures, not the default's again.
    let (_, trial, _) = &cases::posters()[2];
    let cal = calibrate(trial);
    assert!(
        cal.is_some_and(|c| c.calibrated()),
        "the trial case calibrates"
    );
    for (name, s, lang) in cases::posters() {
        let p = draw(&s, lang);
        let boxes = text_boxes(&p.svg);
        let all: String = boxes
            .iter()
            .map(|b| b.4.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let word = verdict::title(p.verdict.kind, lang);
        assert!(
            boxes.iter().any(|b| b.4 == word),
            "{name}: no verdict word {word:?} in {all}"
        );
        let figure = per_hour(p.verdict.net_per_hour, lang);
        assert!(all.contains(&figure), "{name}: no {figure} in {all}");
        // The line under the verdict and the first reason (with the Monte Carlo's range), whole.
        for sentence in [
            verdict::summary(&p.verdict, lang),
            reasons::reason(&p.verdict.reasons[0], lang),
        ] {
            assert!(
                squeeze(&all).contains(&squeeze(&sentence)),
                "{name}: {sentence:?} is not whole in {all}"
            );
        }
        // Its height follows what it holds: the last line ends near the bottom edge.
        let last = boxes.iter().map(|b| b.3).fold(0.0, f64::max);
        let h = p.size.1 as f64;
        assert!(
            h - last <= 60.0,
            "{name}: {} px empty under the last line",
            h - last
        );
    }
}

#[test]
fn the_qr_code_keeps_its_quiet_zone_inside_the_poster_and_decodes_to_the_link() {
    for (name, s, lang) in cases::posters() {
        let p = draw(&s, lang);
        let (w, h) = (p.size.0 as i32, p.size.1 as i32);
        let q = p.qr.unwrap_or_else(|| panic!("{name}: no QR code"));
        assert!(
            q.left >= 0 && q.top >= 0 && q.left + q.side <= w && q.top + q.side <= h,
            "{name}: QR {q:?} (with its quiet zone) not inside {w}×{h}"
        );
        // Every dark module inside the QR box, 4 modules in from its edge.
        let quiet = QUIET_ZONE as i32 * q.module;
        let dark = rects(&p.svg, "#000000");
        assert!(dark.len() > 50, "{name}: {} dark rectangles", dark.len());
        for &(x, y, dw, dh) in &dark {
            assert!(
                x >= q.left + quiet
                    && y >= q.top + quiet
                    && x + dw <= q.left + q.side - quiet
                    && y + dh <= q.top + q.side - quiet,
                "{name}: a module at {x},{y} in the quiet zone of {q:?}"
            );
        }
        // No text on the code or its quiet zone.
        let qb = (
            q.left as f64,
            q.top as f64,
            (q.left + q.side) as f64,
            (q.top + q.side) as f64,
        );
        for b in text_boxes(&p.svg) {
            assert!(!overlap(&b, qb), "{name}: {b:?} on the QR code {q:?}");
        }
        assert!(q.module >= 3, "{name}: modules of {} px", q.module);
        assert_eq!(
            decode_qr(p.size, &dark).as_deref(),
            Ok(p.link.as_str()),
            "{name}: the QR code does not read back as the link"
        );
    }
}

#[test]
fn a_link_too_long_for_a_qr_code_is_said_inside_the_poster() {
    let s = Scenario::default();
    for lang in [Lang::Zh, Lang::En] {
        // Past a QR code's 2,331 bytes at level M.
        let link = format!("https://tuike.example/#{}", "x".repeat(3000));
        let p = draw_with_link(&s, lang, link);
        assert!(p.qr.is_none());
        assert!(
            rects(&p.svg, "#000000").is_empty(),
            "{lang:?}: modules drawn"
        );
        let boxes = text_boxes(&p.svg);
        let all: String = boxes.iter().map(|b| b.4.as_str()).collect();
        let msg = t(lang, Key::LinkTooLongForQr);
        assert!(squeeze(&all).contains(&squeeze(msg)), "{lang:?}: {all}");
        let (w, h) = (p.size.0 as f64, p.size.1 as f64);
        for b in &boxes {
            assert!(
                b.0 >= 0.0 && b.2 <= w && b.3 <= h,
                "{lang:?}: {b:?} outside"
            );
        }
    }
}
