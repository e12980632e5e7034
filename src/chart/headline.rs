//! The headline chart (MODEL.md §5, revised): what you earn against what you give away, in one
//! unit. The main panel is yuan only: cumulative net (solid, with its P10–P90 band) beside the
//! commission-equivalent of the sales the donated traffic makes for the 达人 (dashed), and the gap
//! between them bracketed and labelled with the donation ratio — the same figure the verdict
//! quotes. The people given away get their own small panel under it, on the same weeks axis:
//! cumulative visits, annotated with the friends who now follow the 达人. Channels that donate
//! nothing say so.

use super::legend::{legend_strip, Item, Mark};
use super::plot::{
    band_polygon, draw_markers, draw_path, series, text_w, title_gap, value_range, weekly, x_area,
    Dash,
};
use super::style::Style;
use super::wrap::fit_px;
use crate::i18n::num::{money, number};
use crate::i18n::{charts, t, Key};
use crate::model::{McResult, Projection};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Whether the projection gives anything away (visits, followers, or their sales).
pub fn donates(p: &Projection) -> bool {
    let s = &p.summary;
    s.totals.visits_donated > 0.0
        || s.totals.followers_donated > 0.0
        || s.totals.donated_commission > 0.0
}

/// Draw the headline chart of `p` (with the P10–P90 band of `mc`, when given) on `area`.
pub fn draw_headline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    p: &Projection,
    mc: Option<&McResult>,
    st: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let th = st.theme;
    let l = st.lang;
    area.fill(&th.background)?;
    let n = p.weeks.len();
    let xmax = n.max(1) as f64;
    let gives = donates(p);
    let net = series(p.weeks.iter().map(|w| w.cum_net));
    let given = series(p.weeks.iter().map(|w| w.cum_donated_commission));
    let band = mc
        .filter(|m| m.draws > 0)
        .and_then(|m| band_polygon(&m.cum_net, n));

    // Legend: every line and the band, each with its own pattern.
    let mut items = vec![Item::new(
        t(l, Key::ChartCumulativeNet),
        th.net,
        Mark::Line(Dash::Solid),
    )];
    if band.is_some() {
        items.push(Item::new(
            t(l, Key::ChartBand),
            th.net,
            Mark::Swatch(th.band_alpha + 0.1),
        ));
    }
    if gives {
        items.push(Item::new(
            t(l, Key::ChartDonatedCommission),
            th.donated,
            Mark::Line(Dash::Dashed),
        ));
        items.push(Item::new(
            t(l, Key::ChartVisitsDonated),
            th.visits,
            Mark::LineDots(Dash::Solid),
        ));
    } else {
        items.push(Item::new(t(l, Key::ChartNoTraffic), th.muted, Mark::None));
    }
    let rest = legend_strip(area, &items, st)?;

    // Yuan on top (two thirds of the height); the people given away in a panel under it.
    let (_, h) = rest.dim_in_pixel();
    let (main, lower) = if gives {
        // The panel keeps room for its title, its week labels and a plot of four text lines,
        // also on a short chart (the 海报's); the yuan keep at least half.
        let lower_min = title_gap(st) + x_area(st) + (st.text_px() * 4.0) as i32;
        let lower_h = (h as f64 * 0.34).max(lower_min as f64).min(h as f64 * 0.5);
        let (a, b) = rest.split_vertically((h as f64 - lower_h) as u32);
        (a, Some(b))
    } else {
        (rest.clone(), None)
    };
    let yuan = |v: f64| money(v, l);
    let range = value_range(
        net.iter()
            .chain(&given)
            .map(|q| q.1)
            .chain(band.iter().flatten().map(|q| q.1)),
        0.08,
    );
    let week = t(l, Key::ChartWeek);
    let chart = weekly(
        &main,
        xmax,
        range,
        &yuan,
        t(l, Key::ChartYuanCumulative),
        (!gives).then_some(week),
        5,
        st,
    )?;
    let pa = chart.plotting_area();
    if let Some(b) = &band {
        pa.draw(&Polygon::new(b.clone(), th.net.mix(th.band_alpha).filled()))?;
    }
    if gives {
        draw_path(pa, &given, th.donated, st.stroke(2.5), Dash::Dashed, st)?;
    }
    draw_path(pa, &net, th.net, st.stroke(2.5), Dash::Solid, st)?;
    if gives && p.summary.totals.commission > 0.0 {
        let title = t(l, Key::ChartYuanCumulative);
        ratio_label(
            &main,
            pa,
            &net,
            &given,
            p.summary.totals.donation_ratio(),
            title,
            st,
        )?;
    }

    if let Some(lower) = lower {
        let ppl = |v: f64| number(v, l);
        let visits = series(p.weeks.iter().map(|w| w.cum_visits_donated));
        let vr = value_range(visits.iter().map(|q| q.1), 0.25);
        let c = weekly(
            &lower,
            xmax,
            vr,
            &ppl,
            t(l, Key::ChartVisitsTitle),
            Some(week),
            2,
            st,
        )?;
        let pa = c.plotting_area();
        draw_path(pa, &visits, th.visits, st.stroke(2.0), Dash::Solid, st)?;
        draw_markers(pa, &visits, th.visits, 6, st)?;
        // The friends who now follow the 达人, said at the line's end.
        let s = &p.summary;
        let note = charts::donated_people(s.totals.visits_donated, s.totals.followers_donated, l);
        let (xr, _) = pa.get_pixel_range();
        let right = xr.end - lower.get_base_pixel().0 - st.px(4.0);
        annotate(&lower, pa, &note, right, t(l, Key::ChartVisitsTitle), st)?;
    }
    Ok(())
}

/// Say `text` in the title row of `panel`, right-aligned at `right`, when it fits beside the
/// panel's `title`; on a narrow chart (a phone in English) inside the plot's top left corner
/// instead, where rising cumulative lines leave room, so the two never overlap.
fn annotate<DB: DrawingBackend>(
    panel: &DrawingArea<DB, Shift>,
    pa: &DrawingArea<DB, super::plot::Cart>,
    text: &str,
    right: i32,
    title: &str,
    st: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let base = panel.get_base_pixel();
    let (xr, yr) = pa.get_pixel_range();
    let ink = st.theme.text;
    // Bold text runs about a tenth wider than the estimate.
    let title_end = st.px(4.0) + text_w(title, st.title_px());
    let wide = text_w(text, st.title_px()) * 11 / 10;
    if title_end + st.px(12.0) + wide <= right {
        panel.draw_text(
            text,
            &st.font_px(ink, st.title_px(), true)
                .pos(Pos::new(HPos::Right, VPos::Bottom)),
            (right, yr.start - base.1 - st.px(4.0)),
        )
    } else {
        // As large as the tick labels when it fits the plot's width, smaller when it does not.
        let room = (xr.end - xr.start - st.px(12.0)) as f64;
        let px = fit_px(text, room, st.text_px(), true);
        panel.draw_text(
            text,
            &st.font_px(ink, px, true)
                .pos(Pos::new(HPos::Left, VPos::Top)),
            (
                xr.start - base.0 + st.px(6.0),
                yr.start - base.1 + st.px(4.0),
            ),
        )
    }
}

/// A bracket between the two lines' ends and, in the panel's title row above them (or inside
/// the plot when the row is too narrow), the donation ratio: the gap the chart shows, in the
/// words and figure of the verdict.
fn ratio_label<DB: DrawingBackend>(
    main: &DrawingArea<DB, Shift>,
    pa: &DrawingArea<DB, super::plot::Cart>,
    net: &[(f64, f64)],
    given: &[(f64, f64)],
    ratio: f64,
    title: &str,
    st: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (Some(&a), Some(&b)) = (net.last(), given.last()) else {
        return Ok(());
    };
    let base = main.get_base_pixel();
    let (x, ya) = pa.map_coordinate(&a);
    let (_, yb) = pa.map_coordinate(&b);
    let (x, ya, yb) = (x - base.0 + st.px(6.0), ya - base.1, yb - base.1);
    let tick = st.px(4.0);
    main.draw(&PathElement::new(
        vec![(x - tick, ya), (x, ya), (x, yb), (x - tick, yb)],
        st.theme.text.stroke_width(st.stroke(1.5)),
    ))?;
    annotate(
        main,
        pa,
        &charts::donation_ratio(ratio, st.lang),
        x,
        title,
        st,
    )
}
