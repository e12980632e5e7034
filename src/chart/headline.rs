//! The headline chart (MODEL.md §5): cumulative net earnings (元, left axis) against the
//! traffic donated to 达人 rooms (人, right axis), with P10–P90 bands from the Monte Carlo.

use super::{
    axis_titles, compact, draw_markers, draw_path, fin, legend_strip, title_gap, value_range,
    weekly_mesh, x_area, y_label_width, Dash, Key, Mark, Series, Style,
};
use crate::model::{Band, McResult, Projection};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Band polygon (P90 forward, P10 back) over the first `n` weeks, starting at (0, 0).
fn band_polygon(b: &[Band], n: usize) -> Option<Vec<(f64, f64)>> {
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

fn band_values(b: Option<&Vec<(f64, f64)>>) -> impl Iterator<Item = f64> + '_ {
    b.into_iter().flat_map(|v| v.iter().map(|p| p.1))
}

/// Draw the headline chart of `p` (and the P10–P90 bands of `mc`, when given) on `area`.
///
/// When the channel donates nothing (all traffic series zero) only the net is drawn, with the
/// note "不送出流量 / no traffic donated" in the legend.
pub fn draw_headline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    p: &Projection,
    mc: Option<&McResult>,
    style: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let st = style;
    let th = st.theme;
    area.fill(&th.background)?;
    let s = Series::of(p);
    let n = p.weeks.len();
    let xmax = n.max(1) as f64;
    let donates = s.visits.iter().chain(&s.followers).any(|q| q.1 > 0.0);
    let mc = mc.filter(|m| m.draws > 0);

    let net_band = mc.and_then(|m| band_polygon(&m.cum_net, n));
    let vis_band = mc
        .filter(|_| donates)
        .and_then(|m| band_polygon(&m.cum_visits_donated, n));
    let fol_band = mc
        .filter(|_| donates)
        .and_then(|m| band_polygon(&m.followers_donated, n));

    // Legend.
    let mut keys = vec![Key::new(
        st.t("累计净收益", "cumulative net"),
        th.net,
        Mark::Line(Dash::Solid),
    )];
    if donates {
        keys.push(Key::new(
            st.t("送出访问", "visits donated"),
            th.visits,
            Mark::Line(Dash::Dashed),
        ));
        keys.push(Key::new(
            st.t("送出粉丝", "followers donated"),
            th.followers,
            Mark::LineDots(Dash::Dotted),
        ));
    }
    if net_band.is_some() {
        keys.push(Key::new(
            st.t("P10–P90 区间", "P10–P90 range"),
            th.net,
            Mark::Swatch(th.band_alpha + 0.1),
        ));
    }
    if !donates {
        keys.push(Key::new(
            st.t("不送出流量", "no traffic donated"),
            th.muted,
            Mark::None,
        ));
    }
    let rest = legend_strip(area, &keys, st)?;

    // Ranges: left (元) and right (人), zeros aligned when the net goes below zero.
    let (lo, hi) = value_range(
        s.net
            .iter()
            .map(|q| q.1)
            .chain(band_values(net_band.as_ref())),
        0.06,
    );
    let (_, rhi) = value_range(
        s.visits
            .iter()
            .chain(&s.followers)
            .map(|q| q.1)
            .chain(band_values(vis_band.as_ref()))
            .chain(band_values(fol_band.as_ref())),
        0.06,
    );
    let rlo = if lo < 0.0 && hi > 0.0 {
        let r = -rhi * (-lo / hi);
        if r.is_finite() {
            r
        } else {
            0.0
        }
    } else {
        0.0
    };

    let right_w = if donates {
        y_label_width(0.0, rhi, st)
    } else {
        st.px(12.0)
    };
    let mut chart = ChartBuilder::on(&rest)
        .margin_top(title_gap(st))
        .margin_left(st.px(2.0))
        .margin_right(st.px(2.0))
        .x_label_area_size(x_area(st))
        .y_label_area_size(y_label_width(lo, hi, st))
        .right_y_label_area_size(right_w)
        .build_cartesian_2d(0.0..xmax, lo..hi)?
        .set_secondary_coord(0.0..xmax, rlo..rhi);

    let lang = st.lang;
    let fmt_r = |v: &f64| {
        if *v < -1e-9 * rhi.abs().max(1.0) {
            String::new()
        } else {
            compact(*v, lang)
        }
    };
    weekly_mesh(&mut chart, st)?;
    if donates {
        chart
            .configure_secondary_axes()
            .y_labels(5)
            .y_label_formatter(&fmt_r)
            .label_style(st.font(th.muted))
            .axis_style(th.axis.stroke_width(st.stroke(1.0)))
            .set_all_tick_mark_size(st.px(3.0))
            .draw()?;
    }

    let pa = chart.plotting_area();
    let sa = chart.secondary_plotting_area();
    if lo < 0.0 {
        pa.draw(&PathElement::new(
            vec![(0.0, 0.0), (xmax, 0.0)],
            th.axis.stroke_width(st.stroke(1.0)),
        ))?;
    }

    // Bands under the lines: traffic first (lighter), then the net.
    let a = th.band_alpha;
    if let Some(b) = &vis_band {
        sa.draw(&Polygon::new(b.clone(), th.visits.mix(a * 0.45).filled()))?;
    }
    if let Some(b) = &fol_band {
        sa.draw(&Polygon::new(
            b.clone(),
            th.followers.mix(a * 0.45).filled(),
        ))?;
    }
    if let Some(b) = &net_band {
        pa.draw(&Polygon::new(b.clone(), th.net.mix(a).filled()))?;
    }

    if donates {
        draw_path(sa, &s.visits, th.visits, st.stroke(2.0), Dash::Dashed, st)?;
        draw_path(
            sa,
            &s.followers,
            th.followers,
            st.stroke(2.0),
            Dash::Dotted,
            st,
        )?;
        draw_markers(sa, &s.followers, th.followers, 6, st)?;
    }
    draw_path(pa, &s.net, th.net, st.stroke(2.5), Dash::Solid, st)?;

    let plot = pa.get_pixel_range();
    axis_titles(
        &rest,
        plot,
        st.t("净收益（元）", "net (yuan)"),
        donates.then(|| st.t("送出流量（人）", "donated (people)")),
        st.t("周", "week"),
        st,
    )?;
    Ok(())
}
