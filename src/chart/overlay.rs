//! Up to three scenarios' cumulative net, overlaid (for comparing scenarios).

use super::{
    draw_markers, draw_path, legend_strip, net_week_titles, value_range, weekly_yuan_chart, Dash,
    Key, Mark, Series, Style,
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
    let chart = weekly_yuan_chart(&rest, xmax, (lo, hi), st)?;
    let pa = chart.plotting_area();
    // Draw the last first so the first scenario stays on top.
    for (net, (c, m, d)) in nets.iter().zip(looks).rev() {
        draw_path(pa, net, c, st.stroke(2.5), d, st)?;
        if matches!(m, Mark::LineDots(_)) {
            draw_markers(pa, net, c, 6, st)?;
        }
    }
    net_week_titles(&rest, pa.get_pixel_range(), st)?;
    Ok(())
}
