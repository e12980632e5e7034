//! Enter as planned against entering later (慢半拍) on the same calendar horizon (MODEL.md §4.5,
//! §7): cumulative net of both, their pay per hour in the legend, the difference in total at the
//! horizon said with its basis.

use super::legend::{legend_strip, Item, Mark};
use super::plot::{draw_path, net_by_week, series, value_range, Dash};
use super::style::Style;
use crate::i18n::charts;
use crate::model::EntryComparison;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Draw both cumulative-net curves (now solid, later dashed) and bracket their difference at
/// the horizon.
pub fn draw_entry<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    e: &EntryComparison,
    st: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let th = st.theme;
    let l = st.lang;
    area.fill(&th.background)?;
    let now = series(e.now.weeks.iter().map(|w| w.cum_net));
    let later = series(e.later.weeks.iter().map(|w| w.cum_net));
    let n = e.now.weeks.len().max(e.later.weeks.len());
    let xmax = n.max(1) as f64;
    let (end_now, end_later) = (e.now.summary.totals.net, e.later.summary.totals.net);
    let d = e.delay_weeks;

    let mut note = Item::new(
        charts::later_total(end_later - end_now, d, l),
        th.text,
        Mark::None,
    );
    note.bold = true;
    let items = [
        Item::new(
            charts::enter_now(e.now.summary.totals.net_per_hour(), l),
            th.net,
            Mark::Line(Dash::Solid),
        ),
        Item::new(
            charts::enter_later(d, e.later.summary.totals.net_per_hour(), l),
            th.later,
            Mark::Line(Dash::Dashed),
        ),
        note,
    ];
    let rest = legend_strip(area, &items, st)?;
    let range = value_range(now.iter().chain(&later).map(|q| q.1), 0.08);
    let chart = net_by_week(&rest, xmax, range, st)?;
    let pa = chart.plotting_area();
    // Where the later entrant starts (its first week with any work).
    let start = e
        .later
        .weeks
        .iter()
        .position(|w| w.hours > 0.0)
        .map_or(0.0, |i| i as f64);
    if start > 0.0 && start < xmax {
        draw_path(
            pa,
            &[(start, range.0), (start, range.1)],
            th.axis,
            st.stroke(1.0),
            Dash::Dotted,
            st,
        )?;
    }
    draw_path(pa, &later, th.later, st.stroke(2.5), Dash::Dashed, st)?;
    draw_path(pa, &now, th.net, st.stroke(2.5), Dash::Solid, st)?;

    // The difference at the horizon: a bracket between the two end points.
    if end_later != end_now && n > 0 {
        let (x0, y0) = pa.map_coordinate(&(xmax, end_now));
        let (_, y1) = pa.map_coordinate(&(xmax, end_later));
        let base = rest.get_base_pixel();
        let bx = x0 - base.0 + st.px(5.0);
        let (y0, y1) = (y0 - base.1, y1 - base.1);
        let tick = st.px(3.0);
        rest.draw(&PathElement::new(
            vec![(bx - tick, y0), (bx, y0), (bx, y1), (bx - tick, y1)],
            th.text.stroke_width(st.stroke(1.0)),
        ))?;
    }
    Ok(())
}
