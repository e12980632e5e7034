//! Up to three scenarios' cumulative net, overlaid (for comparing scenarios).

use super::{
    axis_titles, compact, draw_markers, draw_path, legend_strip, title_gap, value_range,
    week_label, x_area, y_label_width, Dash, Key, Mark, Series, Style,
};
use crate::model::Projection;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Most scenarios drawn.
pub const MAX_OVERLAY: usize = 3;

/// Draw the cumulative net of up to [`MAX_OVERLAY`] named projections, each with its own
/// colour and line pattern (solid, dashed, dotted with markers) and a legend.
pub fn draw_overlay<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    series: &[(String, &Projection)],
    style: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let st = style;
    let th = st.theme;
    area.fill(&th.background)?;
    let series = &series[..series.len().min(MAX_OVERLAY)];
    let looks = [
        (th.net, Mark::Line(Dash::Solid), Dash::Solid),
        (th.visits, Mark::Line(Dash::Dashed), Dash::Dashed),
        (th.later, Mark::LineDots(Dash::Dotted), Dash::Dotted),
    ];
    let nets: Vec<Vec<(f64, f64)>> = series.iter().map(|(_, p)| Series::of(p).net).collect();
    let keys: Vec<Key> = series
        .iter()
        .zip(looks)
        .map(|((name, _), (c, m, _))| Key::new(name.clone(), c, m))
        .collect();
    let rest = legend_strip(area, &keys, st)?;

    let n = series.iter().map(|(_, p)| p.weeks.len()).max().unwrap_or(0);
    let xmax = n.max(1) as f64;
    let (lo, hi) = value_range(nets.iter().flatten().map(|q| q.1), 0.06);
    let mut chart = ChartBuilder::on(&rest)
        .margin_top(title_gap(st))
        .margin_left(st.px(2.0))
        .margin_right(st.px(12.0))
        .x_label_area_size(x_area(st))
        .y_label_area_size(y_label_width(lo, hi, st))
        .build_cartesian_2d(0.0..xmax, lo..hi)?;
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
        .draw()?;
    let pa = chart.plotting_area();
    if lo < 0.0 {
        pa.draw(&PathElement::new(
            vec![(0.0, 0.0), (xmax, 0.0)],
            th.axis.stroke_width(st.stroke(1.0)),
        ))?;
    }
    // Draw the last first so the first scenario stays on top.
    for (net, (c, m, d)) in nets.iter().zip(looks).rev() {
        draw_path(pa, net, c, st.stroke(2.5), d, st)?;
        if matches!(m, Mark::LineDots(_)) {
            draw_markers(pa, net, c, 6, st)?;
        }
    }
    axis_titles(
        &rest,
        pa.get_pixel_range(),
        st.t("净收益（元）", "net (yuan)"),
        None,
        st.t("周", "week"),
        st,
    )?;
    Ok(())
}
