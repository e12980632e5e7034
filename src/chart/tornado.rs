//! Tornado chart (MODEL.md §6): the change in net over the whole horizon when one assumption
//! moves to the low or the high end of its range, one row per assumption, largest swing on top.

use super::legend::{legend_strip, Item, Mark};
use super::plot::{fin, fit, title_gap, value_range, x_area};
use super::style::Style;
use crate::i18n::fields::short_label;
use crate::i18n::num::{money, with_unit};
use crate::i18n::{charts, t, Key};
use crate::model::{sort_by_swing, TornadoBar};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Most bars drawn (the largest swings).
pub const MAX_TORNADO_BARS: usize = 8;

/// Suggested CSS height for a tornado of `bars` bars (at most [`MAX_TORNADO_BARS`]).
pub fn tornado_height(bars: usize) -> u32 {
    let rows = bars.clamp(1, MAX_TORNADO_BARS) as u32;
    30 + 22 + 36 + rows * 34
}

/// Draw up to [`MAX_TORNADO_BARS`] bars (largest swing first) around the base net.
pub fn draw_tornado<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    bars: &[TornadoBar],
    st: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let th = st.theme;
    let l = st.lang;
    area.fill(&th.background)?;
    let mut bars = bars.to_vec();
    sort_by_swing(&mut bars);
    bars.truncate(MAX_TORNADO_BARS);
    let (w, h) = area.dim_in_pixel();
    if bars.is_empty() {
        area.draw_text(
            t(l, Key::ChartNoUncertain),
            &st.font(th.muted).pos(Pos::new(HPos::Center, VPos::Center)),
            (w as i32 / 2, h as i32 / 2),
        )?;
        return Ok(());
    }
    let items = [
        Item::new(t(l, Key::ChartAtLow), th.low, Mark::Swatch(1.0)),
        Item::new(t(l, Key::ChartAtHigh), th.high, Mark::Swatch(1.0)),
    ];
    let rest = legend_strip(area, &items, st)?;
    let (_, rh) = rest.dim_in_pixel();

    // Rows that fit: each needs a text line and a bar.
    let row_px = st.text_px() * 2.4;
    let avail = rh as f64 - (title_gap(st) + x_area(st)) as f64;
    bars.truncate(((avail / row_px).floor() as usize).max(1));
    let rows = bars.len();

    let base = fin(bars[0].base_net);
    let deltas: Vec<(f64, f64)> = bars
        .iter()
        .map(|b| (fin(b.net_low - base), fin(b.net_high - base)))
        .collect();
    let (lo, hi) = value_range(deltas.iter().flat_map(|&(a, b)| [a, b]), 0.08);
    // Symmetric around 0 when both sides are used, so the base line sits in the middle.
    let (lo, hi) = if lo < 0.0 && hi > 0.0 {
        let m = hi.max(-lo);
        (-m, m)
    } else {
        (lo, hi)
    };
    let mut chart = ChartBuilder::on(&rest)
        .margin_top(title_gap(st))
        .margin_left(st.px(8.0))
        .margin_right(st.px(14.0))
        .x_label_area_size(x_area(st))
        .y_label_area_size(0)
        .build_cartesian_2d(lo..hi, 0.0..rows as f64)?;
    // A change: "+¥100" / "−¥100" (money's own sign and rounding).
    let fmt_x = |v: &f64| {
        let m = money(*v, l);
        if *v > 0.0 && m != money(0.0, l) {
            format!("+{m}")
        } else {
            m
        }
    };
    chart
        .configure_mesh()
        .disable_y_mesh()
        .disable_y_axis()
        .max_light_lines(0)
        .bold_line_style(th.grid.stroke_width(st.stroke(1.0)))
        .axis_style(th.axis.stroke_width(st.stroke(1.0)))
        .x_labels(5)
        .y_labels(0)
        .x_label_formatter(&fmt_x)
        .label_style(st.font(th.muted))
        .set_all_tick_mark_size(st.px(3.0))
        .draw()?;

    let pa = chart.plotting_area();
    let (xr, _) = pa.get_pixel_range();
    let label_font = st.font(th.text).pos(Pos::new(HPos::Left, VPos::Top));
    for (i, (b, &(dl, dh))) in bars.iter().zip(&deltas).enumerate() {
        let top = (rows - i) as f64;
        let unit = b.field.def().unit;
        let label = format!(
            "{}: {} – {}",
            short_label(b.field, l),
            with_unit(b.low_value, unit, l),
            with_unit(b.high_value, unit, l)
        );
        let label = fit(&label, xr.end - xr.start, st.text_px());
        pa.draw(&Text::new(label, (lo, top - 0.04), label_font.clone()))?;
        let (y0, y1) = (top - 0.92, top - 0.5);
        if dl != 0.0 {
            pa.draw(&Rectangle::new([(0.0, y0), (dl, y1)], th.low.filled()))?;
        }
        if dh != 0.0 {
            pa.draw(&Rectangle::new([(0.0, y0), (dh, y1)], th.high.filled()))?;
        }
        // The base line, only across the bar band so it never runs through a label.
        pa.draw(&PathElement::new(
            vec![(0.0, top - 1.0), (0.0, top - 0.42)],
            th.text.stroke_width(st.stroke(1.0)),
        ))?;
    }

    // The base above the plot, the axis title under it.
    let base_px = rest.get_base_pixel();
    let (xr, yr) = pa.get_pixel_range();
    let (_, rh) = rest.dim_in_pixel();
    let title = charts::tornado_base(base, l);
    rest.draw_text(
        &title,
        &st.font_px(th.text, st.title_px(), false)
            .pos(Pos::new(HPos::Left, VPos::Bottom)),
        (st.px(4.0), yr.start - base_px.1 - st.px(4.0)),
    )?;
    let x_title = t(l, Key::ChartChangeNet);
    let cx = (xr.start + xr.end) / 2 - base_px.0;
    rest.draw_text(
        x_title,
        &st.font(th.muted).pos(Pos::new(HPos::Center, VPos::Bottom)),
        (cx, rh as i32 - st.px(2.0)),
    )
}
