//! 分享海报: the picture a person shares — the verdict as the page's verdict card says it, the key
//! figures, the headline chart and a QR code of the scenario's link — laid out from what it
//! holds (its height follows its content; every sentence wraps whole) and drawn on any plotters
//! backend: a `<canvas>` exported as PNG in the browser, SVG in native tests. Pure: no browser
//! crate here.
//!
//! [`layout_poster`] places everything first (text widths by [`super::wrap::measure`], the same
//! natively and in the browser, so both draw the same poster); [`draw_poster`] then draws it.

use super::headline::{donates, draw_headline};
use super::qr::{qr_modules, QUIET_ZONE};
use super::style::{Style, Theme, TEXT_PX};
use super::wrap::{fit_px, wrap};
use crate::i18n::num::{hours, money, orders, people, per_hour, weeks};
use crate::i18n::{self, t, Key, Lang};
use crate::model::{McResult, Projection, Scenario, Verdict, VerdictKind};
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

/// Brand bar, the calculator's name and who this is for (channel, reach, horizon).
fn header(b: &mut Build, d: &PosterData) {
    let l = d.lang;
    b.fill((0, 0), (POSTER_W as i32, 12), BRAND);
    let y = b.para(
        t(l, Key::AppName),
        (PAD, PAD + 8),
        INNER,
        font(44.0, true, INK),
        1.3,
    );
    let who = format!(
        "{} · {} {} · {}",
        i18n::verdict::channel(d.scenario.channel, l),
        people(d.scenario.person.followers, l),
        t(l, Key::Reachable),
        weeks(d.scenario.person.horizon_weeks, l)
    );
    b.y = b.para(&who, (PAD, y + 8), INNER, font(26.0, false, MUTED), 1.4) + 20;
}

/// The verdict's colour and its box's background.
fn verdict_colors(k: VerdictKind) -> (RGBColor, RGBColor) {
    match k {
        VerdictKind::Worth => (RGBColor(0x00, 0x72, 0xb2), RGBColor(0xe8, 0xf3, 0xfa)),
        VerdictKind::Wait => (RGBColor(0x9a, 0x67, 0x00), RGBColor(0xfd, 0xf4, 0xe0)),
        VerdictKind::NotAdvised => (RGBColor(0xb5, 0x48, 0x0a), RGBColor(0xfb, 0xec, 0xe3)),
    }
}

/// What the page's verdict card shows before 更多理由: its label, the verdict word, the line
/// under it and the first reason (pay, with its range once the Monte Carlo has run), whole.
fn verdict_box(b: &mut Build, d: &PosterData) {
    let (l, v) = (d.lang, d.verdict);
    let (fg, bg) = verdict_colors(v.kind);
    let top = b.y;
    // The box goes under the text: its marks first, its size once the text is placed.
    let at = b.marks.len();
    let (x, w) = (PAD + 32, INNER - 56);
    let label = format!(
        "{} · {}",
        t(l, Key::Verdict),
        i18n::verdict::channel(v.channel, l)
    );
    let mut y = b.para(&label, (x, top + 24), w, font(26.0, false, MUTED), 1.4) + 6;
    // The verdict word on one line ("Wait a beat (慢半拍)" a little smaller).
    let word = i18n::verdict::title(v.kind, l);
    let px = fit_px(word, w as f64, 52.0, true);
    y = b.para(word, (x, y), w, font(px, true, fg), 1.25) + 10;
    y = b.para(
        &i18n::verdict::summary(v, l),
        (x, y),
        w,
        font(26.0, false, INK),
        1.45,
    ) + 8;
    if let Some(r) = v.reasons.first() {
        let reason = i18n::verdict::reason(r, l);
        y = b.para(&reason, (x, y), w, font(24.0, false, INK), 1.45);
    }
    let bottom = y + 16;
    b.marks.insert(
        at,
        Mark::Fill {
            from: (PAD, top),
            to: (PAD + INNER, bottom),
            color: bg,
        },
    );
    b.marks.insert(
        at + 1,
        Mark::Fill {
            from: (PAD, top),
            to: (PAD + 8, bottom),
            color: fg,
        },
    );
    b.y = bottom + 32;
}

/// The summary card's figures, two to a row: label over value, the values of a row aligned.
fn figures(b: &mut Build, d: &PosterData) {
    let l = d.lang;
    let s = &d.projection.summary;
    let mut cells: Vec<(&str, String)> = vec![
        (t(l, Key::NetAccrued), money(s.net, l)),
        (t(l, Key::PerHour), per_hour(d.verdict.net_per_hour, l)),
    ];
    if d.scenario.channel.donates_traffic() {
        cells.push((t(l, Key::VisitsDonated), people(s.visits_donated, l)));
        cells.push((t(l, Key::FollowersDonated), people(s.followers_donated, l)));
        cells.push((t(l, Key::DonationRatio), money(s.donation_ratio, l)));
    } else {
        cells.push((t(l, Key::Orders), orders(s.orders, l)));
    }
    cells.push((t(l, Key::Hours), hours(s.hours, l)));
    let gap = 24;
    let col = (INNER - gap) / 2;
    let (label, value) = (font(22.0, false, MUTED), font(38.0, true, INK));
    let mut y = b.y;
    for row in cells.chunks(2) {
        // Labels first, so both values of the row start under the longer label.
        let mut under = y;
        for (i, (name, _)) in row.iter().enumerate() {
            let x = PAD + i as i32 * (col + gap);
            b.fill((x, y), (x + col, y + 2), LINE);
            under = under.max(b.para(name, (x, y + 14), col, label, 1.35));
        }
        let mut next = under;
        for (i, (_, figure)) in row.iter().enumerate() {
            let x = PAD + i as i32 * (col + gap);
            next = next.max(b.para(figure, (x, under + 4), col, value, 1.25));
        }
        y = next + 20;
    }
    b.y = y + 12;
}

/// The headline chart, drawn by the page's own chart code; taller when there are people
/// given away to show in its lower panel.
fn chart(b: &mut Build, d: &PosterData) {
    let h = if donates(d.projection) { 560 } else { 400 };
    b.marks.push(Mark::Chart {
        at: (PAD, b.y),
        size: (INNER as u32, h),
    });
    b.y += h as i32 + 36;
}

/// The QR code of the scenario's link with its quiet zone, the dark modules lined up with the
/// margin, and beside it (under it, when it leaves no room) the call to scan; or, when the link
/// is too long for a QR code, the sentence that says so.
fn qr_block(b: &mut Build, d: &PosterData) -> Option<QrPlace> {
    let l = d.lang;
    let Some((dark, n)) = qr_modules(d.link) else {
        let msg = t(l, Key::LinkTooLongForQr);
        b.y = b.para(msg, (PAD, b.y), INNER, font(26.0, false, MUTED), 1.4) + 16;
        return None;
    };
    let count = (n + 2 * QUIET_ZONE) as i32;
    let module = (QR_TARGET / count).clamp(3, 8);
    let quiet = QUIET_ZONE as i32 * module;
    let place = QrPlace {
        left: PAD - quiet,
        top: b.y,
        side: module * count,
        module,
    };
    b.marks.push(Mark::Qr { place, dark, n });
    let right = place.left + place.side + 24;
    let (x, y, w) = if PAD + INNER - right >= 240 {
        (right, place.top + quiet, PAD + INNER - right)
    } else {
        (PAD, place.top + place.side, INNER)
    };
    let y = b.para(
        t(l, Key::ScanOpenScenario),
        (x, y),
        w,
        font(32.0, true, INK),
        1.3,
    );
    let y = b.para(
        t(l, Key::PutOwnReachChannel),
        (x, y + 12),
        w,
        font(24.0, false, MUTED),
        1.45,
    );
    b.y = y.max(place.top + place.side);
    Some(place)
}

/// The line that says these are the model's estimates.
fn footer(b: &mut Build, d: &PosterData) {
    b.fill((PAD, b.y + 8), (PAD + INNER, b.y + 10), LINE);
    let text = t(d.lang, Key::ModelEstimatesReferenceOnly);
    b.y = b.para(text, (PAD, b.y + 24), INNER, font(20.0, false, MUTED), 1.4);
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
