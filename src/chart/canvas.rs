//! `<ChartCanvas>`: a Yew component that owns a `<canvas>` and draws one chart on it with
//! plotters-canvas, at CSS width × devicePixelRatio, redrawing when its props change and when
//! the window is resized. Browser-only.

use super::{draw_entry, draw_headline, draw_overlay, draw_tornado, Style, Theme, TEXT_PX};
use crate::i18n::Lang;
use crate::model::{EntryComparison, McResult, Projection, TornadoBar};
use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;

/// plotters-canvas's error type (not exported by name).
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// plotters-canvas's backend, measuring text with the canvas's own `measureText` (the font it
/// draws with). plotters otherwise measures each label by adding a `<span>` to the page and
/// reading its size, which lays out the whole page once per label: most of a chart's drawing
/// time, and the one inline `style` attribute the page set.
pub struct Canvas {
    inner: CanvasBackend,
    ctx: web_sys::CanvasRenderingContext2d,
}

impl Canvas {
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Canvas> {
        use wasm_bindgen::JsCast;
        let ctx = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Canvas {
            inner: CanvasBackend::with_canvas_object(canvas.clone())?,
            ctx,
        })
    }
}

impl DrawingBackend for Canvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.present()
    }
    fn draw_pixel(
        &mut self,
        p: BackendCoord,
        c: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_pixel(p, c)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_line(a, b, s)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_rect(a, b, s, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_path(path, s)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        c: BackendCoord,
        r: u32,
        s: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_circle(c, r, s, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.fill_polygon(vert, s)
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        s: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_text(text, s, pos)
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        s: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        // The font string plotters-canvas draws with.
        self.ctx.set_font(&format!(
            "{} {}px {}",
            s.style().as_str(),
            s.size(),
            s.family().as_str()
        ));
        let m = self
            .ctx
            .measure_text(text)
            .map_err(|_| DrawingErrorKind::FontError("measureText".into()))?;
        // The font's line box, as the span's height was (1.2 × the size without the metric).
        let h = m.font_bounding_box_ascent() + m.font_bounding_box_descent();
        let h = if h > 0.0 { h } else { s.size() * 1.2 };
        Ok((m.width().ceil() as u32, h.ceil() as u32))
    }
}

/// What to draw. Equality is pointer equality first, then value equality (cheap: at most a few
/// hundred numbers), so re-wrapping the same data does not redraw.
#[derive(Clone, Debug)]
pub enum ChartSpec {
    Headline {
        projection: Rc<Projection>,
        mc: Option<Rc<McResult>>,
    },
    Entry(Rc<EntryComparison>),
    Tornado(Rc<Vec<TornadoBar>>),
    Overlay(Rc<Vec<(String, Projection)>>),
}

fn rc_eq<T: PartialEq>(a: &Rc<T>, b: &Rc<T>) -> bool {
    Rc::ptr_eq(a, b) || **a == **b
}

impl PartialEq for ChartSpec {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (
                ChartSpec::Headline {
                    projection: p,
                    mc: m,
                },
                ChartSpec::Headline {
                    projection: q,
                    mc: n,
                },
            ) => {
                rc_eq(p, q)
                    && match (m, n) {
                        (Some(a), Some(b)) => rc_eq(a, b),
                        (None, None) => true,
                        _ => false,
                    }
            }
            (ChartSpec::Entry(a), ChartSpec::Entry(b)) => rc_eq(a, b),
            (ChartSpec::Tornado(a), ChartSpec::Tornado(b)) => rc_eq(a, b),
            (ChartSpec::Overlay(a), ChartSpec::Overlay(b)) => rc_eq(a, b),
            _ => false,
        }
    }
}

impl ChartSpec {
    /// Monte Carlo draws behind the chart's band (0: none yet).
    fn draws(&self) -> u32 {
        match self {
            ChartSpec::Headline { mc: Some(m), .. } => m.draws,
            _ => 0,
        }
    }

    /// The last point of each cumulative-net line the chart draws, in drawing order (the
    /// headline's net; now, then later; each overlaid scenario): what a reader sees the lines
    /// end at, for tests to hold against the tables beside them. Empty for the tornado.
    pub fn ends(&self) -> Vec<f64> {
        let end = |p: &Projection| p.weeks.last().map_or(0.0, |w| w.cum_net);
        match self {
            ChartSpec::Headline { projection, .. } => vec![end(projection)],
            ChartSpec::Entry(e) => vec![end(&e.now), end(&e.later)],
            ChartSpec::Tornado(_) => vec![],
            ChartSpec::Overlay(v) => v.iter().map(|(_, p)| end(p)).collect(),
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ChartCanvasProps {
    pub spec: ChartSpec,
    pub lang: Lang,
    #[prop_or(false)]
    pub dark: bool,
    /// Height in CSS px (the width is 100% of the container).
    #[prop_or(260)]
    pub height: u32,
    /// Take the height and the text size from the stylesheet instead of `height` and `text`: the
    /// canvas fills the box its CSS gives it (`canvas.chart-canvas.fill`) and its tick labels
    /// are its CSS `font-size`, so a screen-sized layout sizes the chart and its type.
    #[prop_or(false)]
    pub fill: bool,
    /// Tick-label size in CSS px (titles are 1.4 times it): larger on a projector.
    #[prop_or(TEXT_PX)]
    pub text: f64,
    /// Accessible name of the chart (`aria-label`).
    pub label: AttrValue,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

fn draw_spec(
    root: &DrawingArea<Canvas, plotters::coord::Shift>,
    spec: &ChartSpec,
    st: &Style,
) -> bool {
    let r = match spec {
        ChartSpec::Headline { projection, mc } => {
            draw_headline(root, projection, mc.as_deref(), st).is_ok()
        }
        ChartSpec::Entry(e) => draw_entry(root, e, st).is_ok(),
        ChartSpec::Tornado(b) => draw_tornado(root, b, st).is_ok(),
        ChartSpec::Overlay(v) => {
            let refs: Vec<(String, &Projection)> = v.iter().map(|(n, p)| (n.clone(), p)).collect();
            draw_overlay(root, &refs, st).is_ok()
        }
    };
    r && root.present().is_ok()
}

/// Size the canvas to its CSS box × devicePixelRatio and draw; on success bump `data-drawn` and
/// set `data-draws` (the band's draws), `data-text-px` (the tick-label size drawn, CSS px) and
/// `data-ends` (where its net lines end, [`ChartSpec::ends`], comma-separated).
fn paint(canvas: &HtmlCanvasElement, props: &ChartCanvasProps, drawn: &RefCell<u32>) {
    let dpr = gloo::utils::window().device_pixel_ratio();
    let dpr = if dpr.is_finite() && dpr > 0.0 {
        dpr.min(4.0)
    } else {
        1.0
    };
    let css_w = match canvas.client_width() {
        w if w > 0 => w as f64,
        // Not laid out yet (hidden tab, display:none parent): a phone width.
        _ => 375.0,
    };
    // With `fill`, the stylesheet also gives the text size: the canvas's own `font-size`.
    let css_text = || {
        let style = gloo::utils::window().get_computed_style(canvas).ok()??;
        let px = style.get_property_value("font-size").ok()?;
        // The browser's own parseFloat ("20.48px" → 20.48): no float parser in the wasm.
        Some(js_sys::Number::parse_float(&px))
    };
    let text = match css_text() {
        Some(px) if props.fill && px.is_finite() && px > 0.0 => px,
        _ => props.text,
    };
    let css_h = match canvas.client_height() {
        h if props.fill && h > 0 => h as f64,
        _ => {
            // The CSS height through the CSSOM, not a `style=` attribute: a strict CSP forbids
            // those.
            let _ = canvas
                .style()
                .set_property("height", &format!("{}px", props.height.max(1)));
            props.height.max(1) as f64
        }
    };
    let (w, h) = ((css_w * dpr).round() as u32, (css_h * dpr).round() as u32);
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let Some(backend) = Canvas::new(canvas) else {
        return;
    };
    let root = backend.into_drawing_area();
    let st = Style {
        lang: props.lang,
        theme: Theme::pick(props.dark),
        scale: dpr,
        text,
    };
    if draw_spec(&root, &props.spec, &st) {
        // The theme drawn in: a test (and a reader of the DOM) can tell a redraw in the other.
        let _ = canvas.set_attribute("data-theme", if props.dark { "dark" } else { "light" });
        let n = {
            let mut d = drawn.borrow_mut();
            *d += 1;
            *d
        };
        let _ = canvas.set_attribute("data-drawn", &n.to_string());
        let _ = canvas.set_attribute("data-draws", &props.spec.draws().to_string());
        let _ = canvas.set_attribute("data-text-px", &text.to_string());
        let ends: Vec<String> = props.spec.ends().iter().map(f64::to_string).collect();
        let _ = canvas.set_attribute("data-ends", &ends.join(","));
    }
}

/// A `<canvas>` showing one chart; `role="img"` with `aria-label`.
#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let node = use_node_ref();
    let drawn = use_mut_ref(|| 0u32);
    let latest = use_mut_ref(|| props.clone());
    *latest.borrow_mut() = props.clone();

    {
        let node = node.clone();
        let drawn = drawn.clone();
        use_effect_with(props.clone(), move |p| {
            if let Some(c) = node.cast::<HtmlCanvasElement>() {
                paint(&c, p, &drawn);
            }
        });
    }
    {
        let node = node.clone();
        let drawn = drawn.clone();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    if let Some(c) = node.cast::<HtmlCanvasElement>() {
                        paint(&c, &latest.borrow(), &drawn);
                    }
                });
            move || drop(listener)
        });
    }

    // Width and display come from the stylesheet (`canvas.chart-canvas`), the height from `paint`
    // — and, for the first screen's heights, from the stylesheet too (`h-440`, `h-300`), so the
    // build-time page has the painted chart's box before the app paints it.
    html! {
        <canvas ref={node} id={props.id.clone()} class={if props.fill { "chart-canvas fill".to_string() } else { format!("chart-canvas h-{}", props.height) }} role="img"
                aria-label={props.label.clone()} data-drawn="0"></canvas>
    }
}
