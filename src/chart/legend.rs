//! The legend strip at the top of a chart: one entry per line, band and bar kind, wrapped to the
//! width, never over the data. Each entry shows its line pattern, markers or swatch, so colour is
//! never the only cue.

use super::plot::{text_w, Dash};
use super::style::Style;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// What a legend entry shows before its label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Mark {
    Line(Dash),
    /// A line with round markers.
    LineDots(Dash),
    /// A filled swatch (band, bar) of this opacity.
    Swatch(f64),
    /// Text only (a note).
    None,
}

/// One legend entry.
pub(crate) struct Item {
    pub label: String,
    pub color: RGBColor,
    pub mark: Mark,
    pub bold: bool,
}

impl Item {
    pub(crate) fn new(label: impl Into<String>, color: RGBColor, mark: Mark) -> Self {
        Item {
            label: label.into(),
            color,
            mark,
            bold: false,
        }
    }
}

fn sample_w(st: &Style) -> i32 {
    st.px(26.0)
}

fn item_width(k: &Item, st: &Style) -> i32 {
    let sample = if k.mark == Mark::None {
        0
    } else {
        sample_w(st)
    };
    sample + text_w(&k.label, st.legend_px())
}

/// Lay the entries out in rows within `width`: (row, x) of each, and the row count.
fn layout(items: &[Item], width: i32, st: &Style) -> (Vec<(usize, i32)>, usize) {
    let (gap, pad) = (st.px(14.0), st.px(6.0));
    let mut pos = Vec::with_capacity(items.len());
    let (mut row, mut x) = (0usize, pad);
    for k in items {
        let w = item_width(k, st);
        if x > pad && x + w > width - pad {
            row += 1;
            x = pad;
        }
        pos.push((row, x));
        x += w + gap;
    }
    (pos, if items.is_empty() { 0 } else { row + 1 })
}

fn row_h(st: &Style) -> i32 {
    (st.legend_px() * 1.5).round() as i32
}

/// A short stroke in a line pattern, from `a` to `b`.
pub(crate) fn dashed<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    a: (i32, i32),
    b: (i32, i32),
    style: ShapeStyle,
    dash: Dash,
    st: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let pts = vec![a, b];
    match dash {
        Dash::Solid => area.draw(&PathElement::new(pts, style)),
        Dash::Dashed => area.draw(&DashedPathElement::new(pts, st.px(7.0), st.px(4.0), style)),
        Dash::Dotted => area.draw(&DashedPathElement::new(pts, st.px(2.0), st.px(3.5), style)),
    }
}

/// Split off a legend strip at the top of `area`, draw the entries in it, return the rest.
pub(crate) fn legend_strip<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    items: &[Item],
    st: &Style,
) -> Result<DrawingArea<DB, Shift>, DrawingAreaErrorKind<DB::ErrorType>> {
    let (w, h) = area.dim_in_pixel();
    let (pos, rows) = layout(items, w as i32, st);
    if rows == 0 {
        return Ok(area.clone());
    }
    let height = (rows as i32 * row_h(st) + st.px(4.0)).min(h as i32 / 2);
    let (top, rest) = area.split_vertically(height);
    let rh = row_h(st);
    for (k, &(row, x)) in items.iter().zip(&pos) {
        let cy = st.px(2.0) + row as i32 * rh + rh / 2;
        let sample = st.px(22.0);
        match k.mark {
            Mark::Line(d) | Mark::LineDots(d) => {
                let style = k.color.stroke_width(st.stroke(2.0));
                dashed(&top, (x, cy), (x + sample, cy), style, d, st)?;
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
            x + sample_w(st)
        };
        // Labels in the text colour (series colours are too light for text); notes keep theirs.
        let color = if k.mark == Mark::None {
            k.color
        } else {
            st.theme.text
        };
        let font = st
            .font_px(color, st.legend_px(), k.bold)
            .pos(Pos::new(HPos::Left, VPos::Center));
        top.draw_text(&k.label, &font, (tx, cy))?;
    }
    Ok(rest)
}
