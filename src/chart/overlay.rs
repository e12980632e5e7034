//! Up to three scenarios' cumulative net, overlaid (方案对比).

use super::legend::{legend_strip, Item, Mark};
use super::plot::{draw_markers, draw_path, net_by_week, series, value_range, Dash};
use super::style::Style;
use crate::model::Projection;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Most scenarios drawn.
pub const MAX_OVERLAY: usize = 3;

/// Draw the cumulative net of up to [`MAX_OVERLAY`] named projections, each with its own
/// colour and line pattern (solid, dashed, dotted with markers) and a legend.
pub fn draw_overlay<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    named: &[(String, &Projection)],
    st: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let th = st.theme;
    area.fill(&th.background)?;
    let named = &named[..named.len().min(MAX_OVERLAY)];
    let looks = [
        (th.net, Mark::Line(Dash::Solid), Dash::Solid),
        (th.donated, Mark::Line(Dash::Dashed), Dash::Dashed),
        (th.later, Mark::LineDots(Dash::Dotted), Dash::Dotted),
    ];
    let nets: Vec<Vec<(f64, f64)>> = named
        .iter()
        .map(|(_, p)| series(p.weeks.iter().map(|w| w.cum_net)))
        .collect();
    let items: Vec<Item> = named
        .iter()
        .zip(looks)
        .map(|((name, _), (c, m, _))| Item::new(name.clone(), c, m))
        .collect();
    let rest = legend_strip(area, &items, st)?;
    let n = named.iter().map(|(_, p)| p.weeks.len()).max().unwrap_or(0);
    let range = value_range(nets.iter().flatten().map(|q| q.1), 0.06);
    let chart = net_by_week(&rest, n.max(1) as f64, range, st)?;
    let pa = chart.plotting_area();
    // The last first, so the first scenario stays on top.
    for (net, (c, m, d)) in nets.iter().zip(looks).rev() {
        draw_path(pa, net, c, st.stroke(2.5), d, st)?;
        if matches!(m, Mark::LineDots(_)) {
            draw_markers(pa, net, c, 6, st)?;
        }
    }
    Ok(())
}
