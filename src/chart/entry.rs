//! Enter now against enter later (慢半拍) for 微信小店推客 (MODEL.md §4.5).

use super::{
    draw_path, legend_strip, money, net_week_titles, value_range, weekly_yuan_chart, Dash, Key,
    Mark, Series, Style,
};
use crate::model::EntryComparison;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Draw both cumulative-net curves (now solid, later dashed) and annotate the difference at the
/// horizon ("晚入局 +¥x" / "later: +¥x").
pub fn draw_entry<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    e: &EntryComparison,
    style: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let st = style;
    let th = st.theme;
    area.fill(&th.background)?;
    let now = Series::of(&e.now).net;
    let later = Series::of(&e.later).net;
    let n = e.now.weeks.len().max(e.later.weeks.len());
    let xmax = n.max(1) as f64;
    let end_now = now.last().map_or(0.0, |q| q.1);
    let end_later = later.last().map_or(0.0, |q| q.1);
    let diff = end_later - end_now;
    let d = e.delay_weeks;

    let delay_label = if st.zh() {
        format!("晚{d}周入局")
    } else {
        format!("enter {d} weeks later")
    };
    let note = if st.zh() {
        format!("晚入局 {}", money(diff, st.lang, true))
    } else {
        format!("later: {}", money(diff, st.lang, true))
    };
    let mut note_key = Key::new(note, th.text, Mark::None);
    note_key.bold = true;
    let keys = [
        Key::new(
            st.t("现在入局", "enter now"),
            th.net,
            Mark::Line(Dash::Solid),
        ),
        Key::new(delay_label, th.later, Mark::Line(Dash::Dashed)),
        note_key,
    ];
    let rest = legend_strip(area, &keys, st)?;

    let (lo, hi) = value_range(now.iter().chain(&later).map(|q| q.1), 0.08);
    let chart = weekly_yuan_chart(&rest, xmax, (lo, hi), st)?;
    let pa = chart.plotting_area();
    // Where the later entrant starts.
    let dx = d as f64;
    if dx > 0.0 && dx < xmax {
        draw_path(
            pa,
            &[(dx, lo), (dx, hi)],
            th.axis,
            st.stroke(1.0),
            Dash::Dotted,
            st,
        )?;
    }
    draw_path(pa, &later, th.later, st.stroke(2.5), Dash::Dashed, st)?;
    draw_path(pa, &now, th.net, st.stroke(2.5), Dash::Solid, st)?;

    // The difference at the horizon: a bracket between the two end points.
    if diff.abs() > 0.0 && n > 0 {
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

    net_week_titles(&rest, pa.get_pixel_range(), st)?;
    Ok(())
}
