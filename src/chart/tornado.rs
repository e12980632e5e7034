//! Tornado chart (MODEL.md §6): the change in net over the horizon when one input moves to the
//! low or the high end of its range, one row per input, largest swing on top.

use super::{
    axis_titles, compact, fin, legend_strip, money, sig3, text_w, title_gap, value_range, x_area,
    Key, Mark, Style,
};
use crate::model::{sort_by_swing, Lang, TornadoBar, Unit};
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

/// An input value in its unit: `15%`, `¥35`, `1200`.
fn value_text(v: f64, unit: Unit, lang: Lang) -> String {
    if !v.is_finite() {
        return compact(v, lang);
    }
    match unit {
        Unit::Fraction => {
            let pct = sig3((v * 100.0).abs());
            if v < 0.0 && pct != "0" {
                format!("-{pct}%")
            } else {
                format!("{pct}%")
            }
        }
        Unit::Yuan | Unit::YuanPerHour | Unit::YuanPerWeek | Unit::YuanPerMonth => {
            money(v, lang, false)
        }
        _ => compact(v, lang),
    }
}

/// `text`, cut with "…" to fit `max_w` px.
fn fit(text: &str, max_w: i32, px: f64) -> String {
    if text_w(text, px) <= max_w {
        return text.to_string();
    }
    let mut out: String = text.to_string();
    while !out.is_empty() && text_w(&format!("{out}…"), px) > max_w {
        out.pop();
    }
    format!("{out}…")
}

/// Draw up to [`MAX_TORNADO_BARS`] bars (largest swing first) around the base net.
pub fn draw_tornado<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    bars: &[TornadoBar],
    style: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let st = style;
    let th = st.theme;
    area.fill(&th.background)?;
    let mut bars = bars.to_vec();
    sort_by_swing(&mut bars);
    bars.truncate(MAX_TORNADO_BARS);

    let (w, h) = area.dim_in_pixel();
    if bars.is_empty() {
        area.draw_text(
            st.t("没有不确定的输入", "no uncertain inputs"),
            &st.font(th.muted).pos(Pos::new(HPos::Center, VPos::Center)),
            (w as i32 / 2, h as i32 / 2),
        )?;
        return Ok(());
    }

    let keys = [
        Key::new(
            st.t("输入取低值", "input at low"),
            th.low,
            Mark::Swatch(1.0),
        ),
        Key::new(
            st.t("输入取高值", "input at high"),
            th.high,
            Mark::Swatch(1.0),
        ),
    ];
    let rest = legend_strip(area, &keys, st)?;
    let (_, rh) = rest.dim_in_pixel();

    // Rows that fit: each needs a text line and a bar.
    let row_px = st.text_px() * 2.4;
    let avail = rh as f64 - (title_gap(st) + x_area(st)) as f64;
    let fit_rows = ((avail / row_px).floor() as usize).max(1);
    bars.truncate(fit_rows);
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
    let lang = st.lang;
    let fmt_x = |v: &f64| {
        let t = compact(*v, lang);
        if *v > 0.0 && t != "0" {
            format!("+{t}")
        } else {
            t
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
    let plot_w = xr.end - xr.start;
    let label_font = st.font(th.text).pos(Pos::new(HPos::Left, VPos::Top));
    let sep = if st.zh() { "：" } else { ": " };
    for (i, (b, &(dl, dh))) in bars.iter().zip(&deltas).enumerate() {
        let top = (rows - i) as f64;
        let meta = b.field.meta();
        let name = if st.zh() {
            meta.label_zh
        } else {
            meta.label_en
        };
        let label = format!(
            "{name}{sep}{} – {}",
            value_text(b.low_value, meta.unit, lang),
            value_text(b.high_value, meta.unit, lang)
        );
        let label = fit(&label, plot_w, st.text_px());
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

    let base_title = if st.zh() {
        format!("基准净收益 {}", money(base, lang, false))
    } else {
        format!("base net {}", money(base, lang, false))
    };
    axis_titles(
        &rest,
        pa.get_pixel_range(),
        &base_title,
        None,
        st.t("净收益变化（元）", "change in net (yuan)"),
        st,
    )?;
    Ok(())
}
