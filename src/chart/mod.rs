//! Charts of the model's output, drawn with plotters on any `DrawingBackend`: a `<canvas>` in
//! the browser (`canvas::ChartCanvas`) and SVG in native tests. Pure: no browser crate here.
//!
//! Every chart fills its area with the theme's background, puts its legend in a strip at the
//! top (wrapped to the width, never over the data), writes axis titles horizontally beside the
//! axes, and survives NaN, infinities, empty series and huge numbers without panicking.

mod entry;
mod headline;
mod overlay;
mod tornado;

#[cfg(target_arch = "wasm32")]
pub mod canvas;

pub use entry::draw_entry;
pub use headline::draw_headline;
pub use overlay::{draw_overlay, MAX_OVERLAY};
pub use tornado::{draw_tornado, tornado_height, MAX_TORNADO_BARS};

use crate::model::{EntryComparison, Lang, Projection, TornadoBar};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

/// Font stack for all chart text: a CJK-capable family must be in it or Chinese renders as boxes
/// on the canvas. Single quotes so the string is valid both in the canvas `font` shorthand that
/// plotters-canvas builds (`"normal 12px <family>"`) and in an SVG attribute.
pub const FONT: &str =
    "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

/// Base text size in CSS px (before `Style::scale`).
pub const TEXT_PX: f64 = 12.0;

/// Colours of a chart. The series colours are Okabe–Ito (colour-blind safe); each series also
/// has its own line pattern, so colour is never the only cue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub axis: RGBColor,
    /// Cumulative net (solid).
    pub net: RGBColor,
    /// Visits donated (dashed).
    pub visits: RGBColor,
    /// Followers donated (dotted, round markers).
    pub followers: RGBColor,
    /// Enter later (dashed).
    pub later: RGBColor,
    /// Tornado: input at its low value.
    pub low: RGBColor,
    /// Tornado: input at its high value.
    pub high: RGBColor,
    /// Opacity of the P10–P90 band fill.
    pub band_alpha: f64,
}

impl Theme {
    /// On a white card.
    pub fn light() -> Self {
        Theme {
            background: RGBColor(0xff, 0xff, 0xff),
            text: RGBColor(0x1d, 0x1d, 0x1b),
            muted: RGBColor(0x5d, 0x5d, 0x57),
            grid: RGBColor(0xe4, 0xe4, 0xde),
            axis: RGBColor(0x8a, 0x8a, 0x82),
            net: RGBColor(0x00, 0x72, 0xb2),
            visits: RGBColor(0xd5, 0x5e, 0x00),
            followers: RGBColor(0xcc, 0x79, 0xa7),
            later: RGBColor(0x00, 0x9e, 0x73),
            low: RGBColor(0xd5, 0x5e, 0x00),
            high: RGBColor(0x00, 0x72, 0xb2),
            band_alpha: 0.18,
        }
    }

    /// On the dark card (#22221f): the lighter Okabe–Ito variants.
    pub fn dark() -> Self {
        Theme {
            background: RGBColor(0x22, 0x22, 0x1f),
            text: RGBColor(0xec, 0xec, 0xe6),
            muted: RGBColor(0xa9, 0xa9, 0xa0),
            grid: RGBColor(0x3a, 0x3a, 0x35),
            axis: RGBColor(0x77, 0x77, 0x6f),
            net: RGBColor(0x56, 0xb4, 0xe9),
            visits: RGBColor(0xe6, 0x9f, 0x00),
            followers: RGBColor(0xcc, 0x79, 0xa7),
            later: RGBColor(0x2b, 0xc8, 0x9a),
            low: RGBColor(0xe6, 0x9f, 0x00),
            high: RGBColor(0x56, 0xb4, 0xe9),
            band_alpha: 0.26,
        }
    }

    /// `dark()` when `dark`, else `light()`.
    pub fn pick(dark: bool) -> Self {
        if dark {
            Theme::dark()
        } else {
            Theme::light()
        }
    }
}

/// How to draw: language of the labels, colours, and `scale` (device pixel ratio), which
/// multiplies every font size, stroke width and spacing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub lang: Lang,
    pub theme: Theme,
    pub scale: f64,
}

impl Style {
    /// Light theme at scale 1.
    pub fn new(lang: Lang) -> Self {
        Style {
            lang,
            theme: Theme::light(),
            scale: 1.0,
        }
    }

    /// `scale`, made finite and kept in 0.5..=8.
    pub(crate) fn s(&self) -> f64 {
        if self.scale.is_finite() {
            self.scale.clamp(0.5, 8.0)
        } else {
            1.0
        }
    }

    /// `v` CSS px in device px.
    pub(crate) fn px(&self, v: f64) -> i32 {
        (v * self.s()).round() as i32
    }

    /// Stroke width of `v` CSS px (at least 1 device px).
    pub(crate) fn stroke(&self, v: f64) -> u32 {
        (v * self.s()).round().max(1.0) as u32
    }

    /// Text size in device px.
    pub(crate) fn text_px(&self) -> f64 {
        TEXT_PX * self.s()
    }

    pub(crate) fn font(&self, color: RGBColor) -> TextStyle<'static> {
        self.font_with(color, FontStyle::Normal)
    }

    pub(crate) fn font_with(&self, color: RGBColor, fs: FontStyle) -> TextStyle<'static> {
        TextStyle {
            font: FontDesc::new(FontFamily::Name(FONT), self.text_px(), fs),
            color: color.to_backend_color(),
            pos: Pos::new(HPos::Left, VPos::Top),
        }
    }

    pub(crate) fn zh(&self) -> bool {
        self.lang == Lang::Zh
    }

    pub(crate) fn t(&self, zh: &'static str, en: &'static str) -> &'static str {
        if self.zh() {
            zh
        } else {
            en
        }
    }
}

/// Compact number for axis labels and annotations: zh `1.2万`, `3.4亿`; en `12k`, `3.4M`, `2B`.
/// At most three significant digits after scaling (all integer digits are kept below 10,000),
/// trailing zeros trimmed, never `-0`; NaN gives `—` and infinities `∞` / `-∞`.
pub fn compact(v: f64, lang: Lang) -> String {
    if v.is_nan() {
        return "—".to_string();
    }
    if v.is_infinite() {
        return if v > 0.0 { "∞" } else { "-∞" }.to_string();
    }
    let a = v.abs();
    let steps: &[(f64, &str)] = match lang {
        Lang::Zh => &[(1e12, "万亿"), (1e8, "亿"), (1e4, "万")],
        Lang::En => &[(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")],
    };
    // Pick the unit on the rounded value, so 9,999.9 shows as 1万 rather than 10000.
    let mut out = None;
    for &(div, suffix) in steps {
        let scaled = a / div;
        let txt = sig3(scaled);
        if txt.parse::<f64>().unwrap_or(0.0) >= 1.0 {
            out = Some(format!("{txt}{suffix}"));
            break;
        }
    }
    let body = out.unwrap_or_else(|| sig3(a));
    if body == "0" || v >= 0.0 {
        body
    } else {
        format!("-{body}")
    }
}

/// `a` (≥ 0) with at most three significant digits (integer digits are never cut), trimmed.
fn sig3(a: f64) -> String {
    let decimals = if a >= 100.0 {
        0
    } else if a >= 10.0 {
        1
    } else if a >= 1.0 {
        2
    } else if a >= 0.1 {
        3
    } else {
        4
    };
    let mut s = format!("{a:.decimals$}");
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    if s.chars().all(|c| c == '0' || c == '.') {
        "0".to_string()
    } else {
        s
    }
}

/// Money: `¥` + [`compact`], with an explicit sign when `signed` (`+¥1.2万`, `-¥300`).
pub fn money(v: f64, lang: Lang, signed: bool) -> String {
    let v = if v.is_finite() {
        (v * 100.0).round() / 100.0
    } else {
        v
    };
    let body = compact(v.abs(), lang);
    let neg = v < 0.0 && body != "0";
    let sign = if neg {
        "-"
    } else if signed && body != "0" {
        "+"
    } else {
        ""
    };
    format!("{sign}¥{body}")
}

/// A short deterministic fingerprint of a projection as charted (weeks, cumulative net,
/// visits and followers donated at the horizon): tests read it to see that a chart changed.
pub fn fingerprint_projection(p: &Projection) -> String {
    let s = Series::of(p);
    format!(
        "w{}:n{}:v{}:f{}",
        p.weeks.len(),
        s.net.last().map_or(0.0, |q| q.1).round(),
        s.visits.last().map_or(0.0, |q| q.1).round(),
        s.followers.last().map_or(0.0, |q| q.1).round()
    )
}

/// Fingerprint of an enter-now/enter-later comparison.
pub fn fingerprint_entry(e: &EntryComparison) -> String {
    format!(
        "d{}:{}:{}",
        e.delay_weeks,
        fingerprint_projection(&e.now),
        fingerprint_projection(&e.later)
    )
}

/// Fingerprint of a tornado: number of bars drawn and the largest swing.
pub fn fingerprint_tornado(bars: &[TornadoBar]) -> String {
    let swing = bars
        .iter()
        .map(|b| fin(b.swing()))
        .fold(0.0f64, f64::max)
        .round();
    format!("b{}:s{}", bars.len().min(MAX_TORNADO_BARS), swing)
}

// ---------------------------------------------------------------------------------------------
// Shared drawing helpers.

pub(crate) type Cart = Cartesian2d<RangedCoordf64, RangedCoordf64>;

/// `v`, or 0 when not finite.
pub(crate) fn fin(v: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

/// The chart series of a projection: points (x = end of week, starting at (0, 0)).
pub(crate) struct Series {
    pub net: Vec<(f64, f64)>,
    pub visits: Vec<(f64, f64)>,
    pub followers: Vec<(f64, f64)>,
}

impl Series {
    pub(crate) fn of(p: &Projection) -> Series {
        let n = p.weeks.len();
        let mut net = Vec::with_capacity(n + 1);
        let mut visits = Vec::with_capacity(n + 1);
        let mut followers = Vec::with_capacity(n + 1);
        net.push((0.0, 0.0));
        visits.push((0.0, 0.0));
        followers.push((0.0, 0.0));
        let (mut cn, mut cv) = (0.0, 0.0);
        for (i, w) in p.weeks.iter().enumerate() {
            let x = (i + 1) as f64;
            cn = fin(cn + fin(w.net));
            cv = fin(cv + fin(w.visits_donated));
            net.push((x, cn));
            visits.push((x, cv));
            followers.push((x, fin(w.followers_donated)));
        }
        Series {
            net,
            visits,
            followers,
        }
    }
}

/// Min and max of finite values, always including 0, never empty or zero-width: padded by
/// `pad` of the span on the side(s) away from zero.
pub(crate) fn value_range(vals: impl IntoIterator<Item = f64>, pad: f64) -> (f64, f64) {
    let (mut lo, mut hi) = (0.0f64, 0.0f64);
    for v in vals {
        if v.is_finite() {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    let span = hi - lo;
    if !(span.is_finite()) || span <= 0.0 {
        return (0.0, 1.0);
    }
    // Keep a tiny range readable (and avoid precision trouble near f64 limits).
    let span = span.max(1e-9);
    if hi > 0.0 {
        hi += span * pad;
    }
    if lo < 0.0 {
        lo -= span * pad;
    }
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo {
        return (0.0, 1.0);
    }
    (lo, hi)
}

/// Approximate width in px of `text` at `px` (CJK ≈ 1 em, Latin ≈ 0.58 em): used for layout,
/// identical on canvas and SVG so both lay out the same.
pub(crate) fn text_w(text: &str, px: f64) -> i32 {
    let em: f64 = text
        .chars()
        .map(|c| {
            if (c as u32) >= 0x2E80 {
                1.0
            } else if c.is_ascii_uppercase() || c == 'm' || c == 'w' || c == '¥' {
                0.72
            } else if c == ' ' || c == '.' || c == ',' || c == 'i' || c == 'l' || c == '1' {
                0.34
            } else {
                0.58
            }
        })
        .sum();
    (em * px).ceil() as i32
}

/// Line pattern of a series.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dash {
    Solid,
    Dashed,
    Dotted,
}

/// Draw a polyline with a pattern, on a plotting area.
pub(crate) fn draw_path<DB: DrawingBackend>(
    pa: &DrawingArea<DB, Cart>,
    pts: &[(f64, f64)],
    color: RGBColor,
    width: u32,
    dash: Dash,
    st: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    if pts.len() < 2 {
        if let Some(&p) = pts.first() {
            pa.draw(&Circle::new(p, st.px(2.5), color.filled()))?;
        }
        return Ok(());
    }
    let style = color.stroke_width(width);
    match dash {
        Dash::Solid => pa.draw(&PathElement::new(pts.to_vec(), style)),
        Dash::Dashed => pa.draw(&DashedPathElement::new(
            pts.iter().copied(),
            st.px(7.0),
            st.px(4.0),
            style,
        )),
        Dash::Dotted => pa.draw(&DashedPathElement::new(
            pts.iter().copied(),
            st.px(2.0),
            st.px(3.5),
            style,
        )),
    }
}

/// Round markers at about `n` evenly spaced points (the end point always included).
pub(crate) fn draw_markers<DB: DrawingBackend>(
    pa: &DrawingArea<DB, Cart>,
    pts: &[(f64, f64)],
    color: RGBColor,
    n: usize,
    st: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    if pts.len() < 2 || n == 0 {
        return Ok(());
    }
    let last = pts.len() - 1;
    let step = (last as f64 / n as f64).max(1.0);
    let mut k = 1.0;
    while (k * step).round() as usize <= last {
        let p = pts[(k * step).round() as usize];
        pa.draw(&Circle::new(p, st.px(3.0), color.filled()))?;
        k += 1.0;
    }
    Ok(())
}

/// What a legend key shows before its label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Mark {
    Line(Dash),
    /// A line with round markers.
    LineDots(Dash),
    /// A filled swatch (band, bar).
    Swatch(f64),
    /// Text only (notes).
    None,
}

pub(crate) struct Key {
    pub label: String,
    pub color: RGBColor,
    pub mark: Mark,
    pub bold: bool,
}

impl Key {
    pub(crate) fn new(label: impl Into<String>, color: RGBColor, mark: Mark) -> Self {
        Key {
            label: label.into(),
            color,
            mark,
            bold: false,
        }
    }
}

fn key_width(k: &Key, st: &Style) -> i32 {
    let sample = if k.mark == Mark::None { 0 } else { st.px(26.0) };
    sample + text_w(&k.label, st.text_px())
}

/// Lay the keys out in rows within `width`; returns (row, x) of each key and the row count.
fn legend_layout(keys: &[Key], width: i32, st: &Style) -> (Vec<(usize, i32)>, usize) {
    let gap = st.px(14.0);
    let pad = st.px(6.0);
    let mut pos = Vec::with_capacity(keys.len());
    let (mut row, mut x) = (0usize, pad);
    for k in keys {
        let w = key_width(k, st);
        if x > pad && x + w > width - pad {
            row += 1;
            x = pad;
        }
        pos.push((row, x));
        x += w + gap;
    }
    let rows = if keys.is_empty() { 0 } else { row + 1 };
    (pos, rows)
}

fn row_h(st: &Style) -> i32 {
    (st.text_px() * 1.55).round() as i32
}

/// Height of the legend strip for `keys` at `width` device px.
pub(crate) fn legend_height(keys: &[Key], width: i32, st: &Style) -> i32 {
    let (_, rows) = legend_layout(keys, width, st);
    if rows == 0 {
        0
    } else {
        rows as i32 * row_h(st) + st.px(4.0)
    }
}

/// Split off a legend strip at the top of `area`, draw the keys in it, return the rest.
pub(crate) fn legend_strip<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    keys: &[Key],
    st: &Style,
) -> Result<DrawingArea<DB, Shift>, DrawingAreaErrorKind<DB::ErrorType>> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let lh = legend_height(keys, w, st).min(h / 2).max(0);
    if lh == 0 {
        return Ok(area.clone());
    }
    let (top, rest) = area.split_vertically(lh);
    let (pos, _) = legend_layout(keys, w, st);
    let rh = row_h(st);
    for (k, &(row, x)) in keys.iter().zip(&pos) {
        let cy = st.px(2.0) + row as i32 * rh + rh / 2;
        let sample = st.px(22.0);
        match k.mark {
            Mark::Line(d) | Mark::LineDots(d) => {
                let style = k.color.stroke_width(st.stroke(2.0));
                let pts = vec![(x, cy), (x + sample, cy)];
                match d {
                    Dash::Solid => top.draw(&PathElement::new(pts, style))?,
                    Dash::Dashed => {
                        top.draw(&DashedPathElement::new(pts, st.px(7.0), st.px(4.0), style))?
                    }
                    Dash::Dotted => {
                        top.draw(&DashedPathElement::new(pts, st.px(2.0), st.px(3.5), style))?
                    }
                }
                if matches!(k.mark, Mark::LineDots(_)) {
                    top.draw(&Circle::new(
                        (x + sample / 2, cy),
                        st.px(3.0),
                        k.color.filled(),
                    ))?;
                }
            }
            Mark::Swatch(alpha) => {
                let hh = st.px(5.0);
                top.draw(&Rectangle::new(
                    [(x, cy - hh), (x + sample, cy + hh)],
                    k.color.mix(alpha).filled(),
                ))?;
            }
            Mark::None => {}
        }
        let tx = if k.mark == Mark::None {
            x
        } else {
            x + st.px(26.0)
        };
        let fs = if k.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        // Labels in the text colour (series colours are too light for text); notes keep theirs.
        let color = if k.mark == Mark::None {
            k.color
        } else {
            st.theme.text
        };
        let font = st
            .font_with(color, fs)
            .pos(Pos::new(HPos::Left, VPos::Center));
        top.draw_text(&k.label, &font, (tx, cy))?;
    }
    Ok(rest)
}

/// Width in device px needed by y-axis labels covering `lo..hi`.
pub(crate) fn y_label_width(lo: f64, hi: f64, st: &Style) -> i32 {
    let mid = (lo + hi) / 2.0;
    let w = [lo, hi, mid, hi * 0.75, lo * 0.75]
        .iter()
        .map(|&v| text_w(&compact(v, st.lang), st.text_px()))
        .max()
        .unwrap_or(0);
    w + st.px(10.0)
}

/// Label for an x tick in weeks: integers only (ticks between weeks are left blank).
pub(crate) fn week_label(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let r = v.round();
    if (v - r).abs() < 1e-6 {
        format!("{}", r as i64)
    } else {
        String::new()
    }
}

/// Draw the unit titles: `left` above the left axis, `right` above the right axis (if any),
/// and `bottom` under the x tick labels, centred on the plot.
pub(crate) fn axis_titles<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: (std::ops::Range<i32>, std::ops::Range<i32>),
    left: &str,
    right: Option<&str>,
    bottom: &str,
    st: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let base = root.get_base_pixel();
    let (w, h) = root.dim_in_pixel();
    let (xr, yr) = plot;
    let (x0, x1) = (xr.start - base.0, xr.end - base.0);
    let y0 = yr.start - base.1;
    let muted = st.theme.muted;
    let above = y0 - st.px(9.0);
    root.draw_text(
        left,
        &st.font(muted).pos(Pos::new(HPos::Left, VPos::Bottom)),
        (st.px(4.0), above),
    )?;
    if let Some(r) = right {
        root.draw_text(
            r,
            &st.font(muted).pos(Pos::new(HPos::Right, VPos::Bottom)),
            (w as i32 - st.px(4.0), above),
        )?;
    }
    root.draw_text(
        bottom,
        &st.font(muted).pos(Pos::new(HPos::Center, VPos::Bottom)),
        ((x0 + x1) / 2, h as i32 - st.px(2.0)),
    )?;
    Ok(())
}

/// Height of the top margin that holds the unit titles.
pub(crate) fn title_gap(st: &Style) -> i32 {
    (st.text_px() * 1.5).round() as i32 + st.px(8.0)
}

/// Height of the x label area: tick labels + the axis title.
pub(crate) fn x_area(st: &Style) -> i32 {
    (st.text_px() * 2.7).round() as i32 + st.px(4.0)
}

/// A chart whose x and y are plain f64 ranges (weeks, yuan).
pub(crate) type WeeklyChart<'a, DB> =
    ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The shared mesh of every weeks-by-yuan chart: horizontal grid only, week labels below,
/// compact yuan labels on the left.
pub(crate) fn weekly_mesh<DB: DrawingBackend>(
    chart: &mut WeeklyChart<'_, DB>,
    st: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let th = st.theme;
    let lang = st.lang;
    let fmt_x = |v: &f64| week_label(*v);
    let fmt_y = |v: &f64| compact(*v, lang);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(0)
        .bold_line_style(th.grid.stroke_width(st.stroke(1.0)))
        .axis_style(th.axis.stroke_width(st.stroke(1.0)))
        .x_labels(6)
        .y_labels(5)
        .x_label_formatter(&fmt_x)
        .y_label_formatter(&fmt_y)
        .label_style(st.font(th.muted))
        .set_all_tick_mark_size(st.px(3.0))
        .draw()
}

/// A chart of yuan over weeks (entry timing, overlay): built on `rest`, with the shared mesh
/// (horizontal grid, compact yuan labels, week labels) and a zero line when values go negative.
pub(crate) fn weekly_yuan_chart<'a, DB: DrawingBackend>(
    rest: &'a DrawingArea<DB, Shift>,
    xmax: f64,
    (lo, hi): (f64, f64),
    st: &Style,
) -> Result<WeeklyChart<'a, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    let th = st.theme;
    let mut chart = ChartBuilder::on(rest)
        .margin_top(title_gap(st))
        .margin_left(st.px(2.0))
        .margin_right(st.px(12.0))
        .x_label_area_size(x_area(st))
        .y_label_area_size(y_label_width(lo, hi, st))
        .build_cartesian_2d(0.0..xmax, lo..hi)?;
    weekly_mesh(&mut chart, st)?;
    if lo < 0.0 {
        chart.plotting_area().draw(&PathElement::new(
            vec![(0.0, 0.0), (xmax, 0.0)],
            th.axis.stroke_width(st.stroke(1.0)),
        ))?;
    }
    Ok(chart)
}

/// The axis titles of a net-over-weeks chart (entry timing, overlay): 净收益（元） and 周.
pub(crate) fn net_week_titles<DB: DrawingBackend>(
    rest: &DrawingArea<DB, Shift>,
    plot: (std::ops::Range<i32>, std::ops::Range<i32>),
    st: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    axis_titles(
        rest,
        plot,
        st.t("净收益（元）", "net (yuan)"),
        None,
        st.t("周", "week"),
        st,
    )
}
