//! 分享海报: the picture a person shares — the verdict as the page's verdict card says it, the key
//! figures, the headline chart and a QR code of the scenario's link — laid out from what it
//! holds (its height follows its content; every sentence wraps whole) and drawn on any plotters
//! backend: a `<canvas>` exported as PNG in the browser, SVG in native tests. Pure: no browser
//! crate here.
//!
//! [`layout_poster`] places everything first (text widths by [`super::wrap::measure`], the same
//! natively and in the browser, so both draw the same poster); [`draw_poster`] then draws it.

mod blocks;

use super::headline::draw_headline;
use super::qr::QUIET_ZONE;
use super::style::{Style, Theme, TEXT_PX};
use super::wrap::wrap;
use crate::i18n::Lang;
use crate::model::{McResult, Projection, Scenario, Verdict};
use blocks::{chart, figures, footer, header, qr_block, verdict_box};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Poster width in pixels (a 375 px phone screen at 2×).
pub const POSTER_W: u32 = 750;
/// Device pixels per CSS px of the chart drawn on it.
const SCALE: f64 = 2.0;
/// Margin on every side.
const PAD: i32 = 40;
/// Width inside the margins.
const INNER: i32 = POSTER_W as i32 - 2 * PAD;
/// The QR code's side aimed at, quiet zone included (px); modules are whole pixels, 3 to 8.
const QR_TARGET: i32 = 300;

const WHITE_BG: RGBColor = RGBColor(0xff, 0xff, 0xff);
const INK: RGBColor = RGBColor(0x1d, 0x1d, 0x1b);
const MUTED: RGBColor = RGBColor(0x5d, 0x5d, 0x57);
const LINE: RGBColor = RGBColor(0xd9, 0xd9, 0xd2);
const BRAND: RGBColor = RGBColor(0x0b, 0x6e, 0x4f);
const DARK: RGBColor = RGBColor(0, 0, 0);

/// Everything the poster shows: the page's own scenario, chosen projection, Monte Carlo,
/// verdict (with its range once the Monte Carlo has run) and link.
pub struct PosterData<'a> {
    pub scenario: &'a Scenario,
    pub projection: &'a Projection,
    pub mc: Option<&'a McResult>,
    pub verdict: &'a Verdict,
    pub lang: Lang,
    pub link: &'a str,
}

/// Where the QR code sits: its top-left corner and side with the 4-module quiet zone, and the
/// module size, in poster pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QrPlace {
    pub left: i32,
    pub top: i32,
    /// Side in pixels, quiet zone included.
    pub side: i32,
    /// One module in pixels.
    pub module: i32,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Font {
    px: f64,
    bold: bool,
    color: RGBColor,
}

const fn font(px: f64, bold: bool, color: RGBColor) -> Font {
    Font { px, bold, color }
}

/// One thing drawn, placed.
#[derive(Clone, Debug, PartialEq)]
enum Mark {
    /// One line of text, its top-left corner at `at`.
    Text {
        at: (i32, i32),
        text: String,
        font: Font,
    },
    Fill {
        from: (i32, i32),
        to: (i32, i32),
        color: RGBColor,
    },
    /// The headline chart in this box.
    Chart { at: (i32, i32), size: (u32, u32) },
    /// The QR code's modules (`n` a side, row-major).
    Qr {
        place: QrPlace,
        dark: Vec<bool>,
        n: usize,
    },
}

/// The laid-out poster: its size and every mark placed.
pub struct Poster<'a> {
    data: &'a PosterData<'a>,
    height: u32,
    marks: Vec<Mark>,
    qr: Option<QrPlace>,
}

impl Poster<'_> {
    /// Width and height in pixels.
    pub fn size(&self) -> (u32, u32) {
        (POSTER_W, self.height)
    }

    /// Where the QR code is (None when the link is too long for one).
    pub fn qr(&self) -> Option<QrPlace> {
        self.qr
    }
}

/// The marks so far and the top of what comes next.
struct Build {
    marks: Vec<Mark>,
    y: i32,
}

impl Build {
    /// `text` wrapped to `w` from (x, y) down; the y under its last line.
    fn para(&mut self, text: &str, (x, y): (i32, i32), w: i32, f: Font, leading: f64) -> i32 {
        let lh = (f.px * leading).round() as i32;
        let mut y = y;
        for line in wrap(text, w as f64, f.px, f.bold) {
            self.marks.push(Mark::Text {
                at: (x, y),
                text: line,
                font: f,
            });
            y += lh;
        }
        y
    }

    fn fill(&mut self, from: (i32, i32), to: (i32, i32), color: RGBColor) {
        self.marks.push(Mark::Fill { from, to, color });
    }
}

/// Lay the poster out for `d`: everything placed, its height from what it holds.
pub fn layout_poster<'a>(d: &'a PosterData<'a>) -> Poster<'a> {
    let mut b = Build {
        marks: Vec::new(),
        y: 0,
    };
    header(&mut b, d);
    verdict_box(&mut b, d);
    figures(&mut b, d);
    chart(&mut b, d);
    let qr = qr_block(&mut b, d);
    footer(&mut b, d);
    Poster {
        data: d,
        height: (b.y + PAD).max(1) as u32,
        marks: b.marks,
        qr,
    }
}

/// The chart's style on the poster: light, at 2× the page's size.
fn chart_style(lang: Lang) -> Style {
    Style {
        lang,
        theme: Theme::light(),
        scale: SCALE,
        text: TEXT_PX,
    }
}

/// Draw `p` on `root` (a drawing area of `p.size()`).
pub fn draw_poster<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    p: &Poster,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE_BG)?;
    let st = chart_style(p.data.lang);
    for m in &p.marks {
        match m {
            Mark::Text { at, text, font: f } => {
                let style = st
                    .font_px(f.color, f.px, f.bold)
                    .pos(Pos::new(HPos::Left, VPos::Top));
                root.draw_text(text, &style, *at)?;
            }
            Mark::Fill { from, to, color } => {
                root.draw(&Rectangle::new([*from, *to], color.filled()))?;
            }
            Mark::Chart { at, size } => {
                let area = root.clone().shrink(*at, *size);
                draw_headline(&area, p.data.projection, p.data.mc, &st)?;
            }
            Mark::Qr { place, dark, n } => draw_qr(root, place, dark, *n)?,
        }
    }
    Ok(())
}

/// The quiet zone in white, then each row's runs of dark modules as one rectangle.
fn draw_qr<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    place: &QrPlace,
    dark: &[bool],
    n: usize,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (x0, y0, m) = (place.left, place.top, place.module);
    root.draw(&Rectangle::new(
        [(x0, y0), (x0 + place.side, y0 + place.side)],
        WHITE_BG.filled(),
    ))?;
    let q = QUIET_ZONE as i32;
    for (r, row) in dark.chunks(n.max(1)).enumerate() {
        let y = y0 + (r as i32 + q) * m;
        let mut c = 0;
        while c < row.len() {
            if !row[c] {
                c += 1;
                continue;
            }
            let start = c;
            while c < row.len() && row[c] {
                c += 1;
            }
            let (xa, xb) = (x0 + (start as i32 + q) * m, x0 + (c as i32 + q) * m);
            root.draw(&Rectangle::new([(xa, y), (xb, y + m)], DARK.filled()))?;
        }
    }
    Ok(())
}
