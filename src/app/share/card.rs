//! 分享海报: a PNG share card drawn in the browser on one offscreen canvas — verdict, key
//! figures, the headline chart (the same `draw_headline` as the page, via plotters-canvas) and a
//! QR code of this scenario's link — shown as an `<img>` (long-press to save in WeChat) with a
//! download link.

use super::dialog::Modal;
use crate::app::qr::qr_modules;
use crate::chart::canvas::Canvas;
use crate::chart::{draw_headline, Style, Theme, FONT};
use crate::i18n::num::{hours, money, people, per_hour};
use crate::i18n::Lang;
use crate::i18n::{self, t, Key};
use crate::model::{McResult, Projection, Scenario, Verdict, VerdictKind};
use plotters::prelude::*;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

/// Card width in canvas pixels (a 375 px phone screen at 2×).
pub const CARD_W: u32 = 750;
const SCALE: f64 = 2.0;
const PAD: f64 = 40.0;
const INK: &str = "#1d1d1b";
const MUTED: &str = "#5d5d57";
const LINE: &str = "#d9d9d2";

/// Everything the card shows.
pub struct CardData<'a> {
    pub scenario: &'a Scenario,
    pub projection: &'a Projection,
    pub mc: Option<&'a McResult>,
    pub verdict: &'a Verdict,
    pub lang: Lang,
    pub link: &'a str,
}

fn verdict_colors(k: VerdictKind) -> (&'static str, &'static str) {
    match k {
        VerdictKind::Worth => ("#0072b2", "#e8f3fa"),
        VerdictKind::Wait => ("#9a6700", "#fdf4e0"),
        VerdictKind::NotAdvised => ("#b5480a", "#fbece3"),
    }
}

/// Set the font, left-aligned, top baseline (plotters leaves its own alignment behind).
fn font(ctx: &CanvasRenderingContext2d, px: f64, bold: bool) {
    ctx.set_text_align("start");
    ctx.set_text_baseline("top");
    ctx.set_font(&format!("{}{px}px {FONT}", if bold { "bold " } else { "" }));
}

fn width_of(ctx: &CanvasRenderingContext2d, s: &str) -> f64 {
    ctx.measure_text(s).map(|m| m.width()).unwrap_or(0.0)
}

/// Break `text` into lines at most `max` wide: between CJK characters anywhere, between other
/// words at spaces.
fn wrap(ctx: &CanvasRenderingContext2d, text: &str, max: f64) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_ascii() && !c.is_ascii_whitespace() {
            word.push(c);
        } else {
            if !word.is_empty() {
                tokens.push(std::mem::take(&mut word));
            }
            tokens.push(c.to_string());
        }
    }
    if !word.is_empty() {
        tokens.push(word);
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for tk in tokens {
        let trial = format!("{line}{tk}");
        // No line starts with closing CJK punctuation (，。：etc.): it stays on its line.
        let closing = tk.chars().all(|c| "，。、；：！？）」』”’》…".contains(c));
        if !line.is_empty() && !closing && width_of(ctx, &trial) > max {
            lines.push(line.trim_end().to_string());
            line = tk.trim_start().to_string();
        } else {
            line = trial;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Draw wrapped text from `y` (top), at most `max_lines`; returns the y below it.
#[allow(clippy::too_many_arguments)]
fn para(
    ctx: &CanvasRenderingContext2d,
    text: &str,
    x: f64,
    y: f64,
    max_w: f64,
    px: f64,
    bold: bool,
    color: &str,
    max_lines: usize,
) -> f64 {
    font(ctx, px, bold);
    ctx.set_fill_style_str(color);
    let lh = px * 1.4;
    let mut lines = wrap(ctx, text, max_w);
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    let mut y = y;
    for line in &lines {
        let _ = ctx.fill_text(line, x, y);
        y += lh;
    }
    y
}

/// Draw the card; the PNG as a `data:` URL.
pub fn render(d: &CardData) -> Result<String, JsValue> {
    let l = d.lang;
    let doc = gloo::utils::document();
    let canvas: HtmlCanvasElement = doc.create_element("canvas")?.dyn_into()?;
    let s = &d.projection.summary;
    let qr = qr_modules(d.link);
    let chart_h = if crate::chart::donates(d.projection) {
        560.0
    } else {
        400.0
    };
    let w = CARD_W as f64;
    let inner = w - 2.0 * PAD;
    // Height: header 150, verdict ≤ 230, figures 3 × 104, chart, QR block 300, footer 70.
    let h = 150.0 + 230.0 + 3.0 * 104.0 + chart_h + 40.0 + 300.0 + 70.0;
    canvas.set_width(CARD_W);
    canvas.set_height(h as u32);
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .dyn_into()?;
    ctx.set_text_baseline("top");
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, w, h);
    // Brand bar.
    ctx.set_fill_style_str("#0b6e4f");
    ctx.fill_rect(0.0, 0.0, w, 12.0);

    // Header: name and who this is.
    let mut y = PAD + 8.0;
    font(&ctx, 44.0, true);
    ctx.set_fill_style_str(INK);
    let _ = ctx.fill_text(t(l, Key::AppName), PAD, y);
    y += 64.0;
    let who = format!(
        "{} · {} {} · {} {}",
        i18n::verdict::channel(d.scenario.channel, l),
        people(d.scenario.person.followers, l),
        t(l, Key::Reachable),
        d.scenario.person.horizon_weeks,
        t(l, Key::Weeks)
    );
    y = para(&ctx, &who, PAD, y, inner, 26.0, false, MUTED, 1) + 12.0;

    // Verdict box.
    let (fg, bg) = verdict_colors(d.verdict.kind);
    let box_top = y;
    let reasons: Vec<String> = d
        .verdict
        .reasons
        .iter()
        .take(2)
        .map(|r| format!("· {}", i18n::verdict::reason(r, l)))
        .collect();
    // Measure first, then paint the box behind.
    font(&ctx, 24.0, false);
    let reason_lines: usize = reasons
        .iter()
        .map(|r| wrap(&ctx, r, inner - 48.0).len().min(3))
        .sum();
    let box_h = 24.0 + 36.0 + 16.0 + 58.0 + reason_lines as f64 * 24.0 * 1.4 + 16.0;
    ctx.set_fill_style_str(bg);
    ctx.fill_rect(PAD, box_top, inner, box_h);
    ctx.set_fill_style_str(fg);
    ctx.fill_rect(PAD, box_top, 8.0, box_h);
    let mut vy = box_top + 24.0;
    vy = para(
        &ctx,
        &format!(
            "{} · {}",
            t(l, Key::Verdict),
            i18n::verdict::channel(d.verdict.channel, l)
        ),
        PAD + 28.0,
        vy,
        inner - 48.0,
        26.0,
        false,
        MUTED,
        1,
    ) + 16.0;
    font(&ctx, 52.0, true);
    ctx.set_fill_style_str(fg);
    let _ = ctx.fill_text(i18n::verdict::title(d.verdict.kind, l), PAD + 28.0, vy);
    vy += 58.0 + 8.0;
    for r in &reasons {
        vy = para(&ctx, r, PAD + 28.0, vy, inner - 48.0, 24.0, false, INK, 3);
    }
    y = box_top + box_h.max(vy - box_top + 8.0) + 28.0;

    // Key figures, two columns.
    let figures: Vec<(&str, String)> = vec![
        (t(l, Key::NetAccrued), money(s.net, l)),
        (t(l, Key::PerHour), per_hour(d.verdict.net_per_hour, l)),
        (t(l, Key::VisitsDonated), people(s.visits_donated, l)),
        (t(l, Key::FollowersDonated), people(s.followers_donated, l)),
        (t(l, Key::DonationRatio), money(s.donation_ratio, l)),
        (t(l, Key::Hours), hours(s.hours, l)),
    ];
    let col_w = (inner - 20.0) / 2.0;
    for (i, (label, value)) in figures.iter().enumerate() {
        let x = PAD + (i % 2) as f64 * (col_w + 20.0);
        let fy = y + (i / 2) as f64 * 104.0;
        ctx.set_fill_style_str(LINE);
        ctx.fill_rect(x, fy, col_w, 2.0);
        para(&ctx, label, x, fy + 12.0, col_w, 22.0, false, MUTED, 1);
        para(&ctx, value, x, fy + 44.0, col_w, 38.0, true, INK, 1);
    }
    y += 3.0 * 104.0 + 8.0;

    // The headline chart, drawn by the page's own chart code.
    let backend = Canvas::new(&canvas).ok_or_else(|| JsValue::from_str("no canvas backend"))?;
    let root = backend.into_drawing_area();
    let area = root.shrink((PAD as u32, y as u32), (inner as u32, chart_h as u32));
    let style = Style {
        lang: l,
        theme: Theme::light(),
        scale: SCALE,
        text: crate::chart::TEXT_PX,
    };
    draw_headline(&area, d.projection, d.mc, &style).map_err(|_| JsValue::from_str("chart"))?;
    area.present().map_err(|_| JsValue::from_str("chart"))?;
    y += chart_h + 40.0;

    // QR code of this scenario's link, with its quiet zone, and the call to action.
    ctx.set_text_baseline("top");
    let qr_box = 260.0;
    let text_x = PAD + qr_box + 32.0;
    match &qr {
        Some((dark, n)) => {
            let m = (qr_box / (*n as f64 + 8.0)).floor().max(2.0);
            let side = m * (*n as f64 + 8.0);
            ctx.set_fill_style_str("#ffffff");
            ctx.fill_rect(PAD, y, side, side);
            ctx.set_fill_style_str("#000000");
            for (i, on) in dark.iter().enumerate() {
                if *on {
                    let (cx, cy) = ((i % n + 4) as f64, (i / n + 4) as f64);
                    ctx.fill_rect(PAD + cx * m, y + cy * m, m, m);
                }
            }
            let ty = para(
                &ctx,
                t(l, Key::ScanOpenScenario),
                text_x,
                y + 40.0,
                w - text_x - PAD,
                32.0,
                true,
                INK,
                2,
            );
            para(
                &ctx,
                t(l, Key::PutOwnReachChannel),
                text_x,
                ty + 12.0,
                w - text_x - PAD,
                24.0,
                false,
                MUTED,
                4,
            );
        }
        None => {
            para(
                &ctx,
                t(l, Key::LinkTooLongForQr),
                PAD,
                y + 40.0,
                inner,
                26.0,
                false,
                MUTED,
                3,
            );
        }
    }
    y += 300.0;
    para(
        &ctx,
        t(l, Key::ModelEstimatesReferenceOnly),
        PAD,
        y + 16.0,
        inner,
        20.0,
        false,
        MUTED,
        1,
    );
    canvas.to_data_url_with_type("image/png")
}

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub lang: Lang,
    pub scenario: Rc<Scenario>,
    pub projection: Rc<Projection>,
    pub mc: Option<Rc<McResult>>,
    pub verdict: Rc<Verdict>,
    pub link: AttrValue,
    pub on_close: Callback<()>,
}

#[component]
pub fn CardDialog(p: &CardProps) -> Html {
    let l = p.lang;
    let url = use_memo(
        (
            p.scenario.clone(),
            p.mc.as_ref().map(|m| m.draws),
            l,
            p.link.clone(),
        ),
        |_| {
            render(&CardData {
                scenario: &p.scenario,
                projection: &p.projection,
                mc: p.mc.as_deref(),
                verdict: &p.verdict,
                lang: l,
                link: &p.link,
            })
        },
    );
    html! {
        <Modal id="card-dialog" title={t(l, Key::ShareCard)}
            close_label={t(l, Key::Close)} on_close={p.on_close.clone()}>
            { match &*url {
                Ok(src) => html! { <>
                    <p class="help">{ t(l, Key::LongPressPictureSave) }</p>
                    // What the picture says, for checks that it says what the page says.
                    <img class="share-card" id="share-card" src={src.clone()} data-link={p.link.clone()}
                        data-verdict={i18n::verdict::title(p.verdict.kind, l)}
                        data-per-hour={per_hour(p.verdict.net_per_hour, l)}
                        alt={t(l, Key::ShareCardVerdictKey)} />
                    <p><a class="button" id="card-download" href={src.clone()} download="tuike-calc.png">
                        { t(l, Key::DownloadPicture) }</a></p>
                </> },
                Err(_) => html! { <p class="error" role="alert">{ t(l, Key::CouldNotDrawPicture) }</p> },
            } }
        </Modal>
    }
}
