//! Shared drawing helpers: number ranges, text widths, the weeks-by-values plot every weekly
//! chart stands on, line patterns, markers and bands. Pure: no browser crate here.

use super::style::Style;
use super::wrap::fit_px;
use crate::i18n::num::money;
use crate::i18n::{t, Key};
use crate::model::Band;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub(crate) type Cart = Cartesian2d<RangedCoordf64, RangedCoordf64>;

/// Line pattern of a series.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dash {
    Solid,
    Dashed,
    Dotted,
}

/// A chart whose x and y are plain f64 ranges (weeks, yuan or people).
pub(crate) type WeeklyChart<'a, DB> = ChartContext<'a, DB, Cart>;

/// `v`, or 0 when not finite.
pub(crate) fn fin(v: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        0.0
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
    if !span.is_finite() || span <= 0.0 {
        return (0.0, 1.0);
    }
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
/// the same on canvas and SVG so both lay out the same.
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

/// `text`, cut with "…" to fit `max_w` px.
pub(crate) fn fit(text: &str, max_w: i32, px: f64) -> String {
    if text_w(text, px) <= max_w {
        return text.to_string();
    }
    let mut out: String = text.to_string();
    while !out.is_empty() && text_w(&format!("{out}…"), px) > max_w {
        out.pop();
    }
    format!("{out}…")
}

/// Label for an x tick in weeks: integers only (ticks between weeks are left blank).
fn week_label(v: f64) -> String {
    let r = v.round();
    if v.is_finite() && (v - r).abs() < 1e-6 {
        format!("{}", r as i64)
    } else {
        String::new()
    }
}

/// Height of the top margin that holds a title.
pub(crate) fn title_gap(st: &Style) -> i32 {
    (st.title_px() * 1.3).round() as i32 + st.px(4.0)
}

/// Height of the x label area: tick labels and the axis title.
pub(crate) fn x_area(st: &Style) -> i32 {
    (st.text_px() * 2.7).round() as i32 + st.px(4.0)
}

/// A weeks-by-values plot on `area`: horizontal grid, y labels by `fmt` on the left, week labels
/// below when `weeks_axis` (else none: a panel above another), a zero line when values go
/// negative, and `title` above the y axis.
#[allow(clippy::too_many_arguments)]
pub(crate) fn weekly<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    xmax: f64,
    (lo, hi): (f64, f64),
    fmt: &dyn Fn(f64) -> String,
    title: &str,
    weeks_axis: Option<&str>,
    y_labels: usize,
    st: &Style,
) -> Result<WeeklyChart<'a, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    let th = st.theme;
    let label_w = [lo, hi, (lo + hi) / 2.0, hi * 0.75, lo * 0.75]
        .iter()
        .map(|&v| text_w(&fmt(v), st.text_px()))
        .max()
        .unwrap_or(0)
        + st.px(10.0);
    let x_size = if weeks_axis.is_some() {
        x_area(st)
    } else {
        st.px(4.0)
    };
    let mut chart = ChartBuilder::on(area)
        .margin_top(title_gap(st))
        .margin_left(st.px(2.0))
        .margin_right(st.px(14.0))
        .x_label_area_size(x_size)
        .y_label_area_size(label_w)
        .build_cartesian_2d(0.0..xmax, lo..hi)?;
    let fmt_x = |v: &f64| week_label(*v);
    let fmt_y = |v: &f64| fmt(*v);
    let mut mesh = chart.configure_mesh();
    mesh.disable_x_mesh()
        .max_light_lines(0)
        .bold_line_style(th.grid.stroke_width(st.stroke(1.0)))
        .axis_style(th.axis.stroke_width(st.stroke(1.0)))
        .y_labels(y_labels)
        .y_label_formatter(&fmt_y)
        .label_style(st.font(th.muted))
        .set_all_tick_mark_size(st.px(3.0));
    let none = |_: &f64| String::new();
    if weeks_axis.is_some() {
        mesh.x_labels(6).x_label_formatter(&fmt_x);
    } else {
        mesh.x_labels(6).x_label_formatter(&none);
    }
    mesh.draw()?;
    if lo < 0.0 {
        chart.plotting_area().draw(&PathElement::new(
            vec![(0.0, 0.0), (xmax, 0.0)],
            th.axis.stroke_width(st.stroke(1.0)),
        ))?;
    }
    // The unit title above the y axis, and the weeks title under the week labels.
    let base = area.get_base_pixel();
    let (xr, yr) = chart.plotting_area().get_pixel_range();
    let (w, h) = area.dim_in_pixel();
    // A long title in a narrow chart (English on a phone or the 海报) shrinks to fit its width.
    let room = w as f64 - f64::from(st.px(8.0));
    let title_px = fit_px(title, room, st.title_px(), false);
    area.draw_text(
        title,
        &st.font_px(th.text, title_px, false)
            .pos(Pos::new(HPos::Left, VPos::Bottom)),
        (st.px(4.0), yr.start - base.1 - st.px(4.0)),
    )?;
    if let Some(w) = weeks_axis {
        area.draw_text(
            w,
            &st.font(th.muted).pos(Pos::new(HPos::Center, VPos::Bottom)),
            ((xr.start + xr.end) / 2 - base.0, h as i32 - st.px(2.0)),
        )?;
    }
    Ok(chart)
}

/// Net yuan by week over `xmax` weeks in `range`: the plot of the entry and overlay charts.
pub(crate) fn net_by_week<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    xmax: f64,
    range: (f64, f64),
    st: &Style,
) -> Result<WeeklyChart<'a, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    let l = st.lang;
    let yuan = |v: f64| money(v, l);
    let title = t(l, Key::ChartNetYuan);
    weekly(
        area,
        xmax,
        range,
        &yuan,
        title,
        Some(t(l, Key::ChartWeek)),
        5,
        st,
    )
}

/// Draw a polyline with a pattern on a plotting area (a single point as a dot).
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

/// Points of a weekly series, starting at (0, 0) before the first week.
pub(crate) fn series(vals: impl Iterator<Item = f64>) -> Vec<(f64, f64)> {
    let mut pts = vec![(0.0, 0.0)];
    pts.extend(vals.enumerate().map(|(i, v)| ((i + 1) as f64, fin(v))));
    pts
}

/// Band polygon (P90 forward, P10 back) over the first `n` weeks, starting at (0, 0).
pub(crate) fn band_polygon(b: &[Band], n: usize) -> Option<Vec<(f64, f64)>> {
    let k = b.len().min(n);
    if k == 0 {
        return None;
    }
    let mut pts = Vec::with_capacity(2 * k + 2);
    pts.push((0.0, 0.0));
    for (i, q) in b.iter().take(k).enumerate() {
        pts.push(((i + 1) as f64, fin(q.p90)));
    }
    for (i, q) in b.iter().take(k).enumerate().rev() {
        pts.push(((i + 1) as f64, fin(q.p10)));
    }
    Some(pts)
}
