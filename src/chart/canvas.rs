//! `<ChartCanvas>`: a Yew component that owns a `<canvas>` and draws one chart on it with
//! plotters-canvas, at CSS width × devicePixelRatio, redrawing when its props change and when
//! its box changes size (a `ResizeObserver`: the container narrowed, a column reflowed, the
//! window resized). Browser-only.

use super::backend::Canvas;
use super::{draw_entry, draw_headline, draw_overlay, draw_tornado, Style, Theme, TEXT_PX};
use crate::i18n::Lang;
use crate::model::{EntryComparison, McResult, Projection, TornadoBar};
use plotters::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

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

/// What a canvas was last drawn at.
#[derive(Default)]
struct Drawn {
    /// Times drawn (`data-drawn`).
    count: u32,
    /// The CSS box it was drawn for, px (width, and height when the stylesheet gives it).
    size: (i32, i32),
}

/// The CSS box a chart is drawn for: its width, and its height when the stylesheet gives it
/// (`fill`; otherwise `height` sets it).
fn css_box(canvas: &HtmlCanvasElement, props: &ChartCanvasProps) -> (i32, i32) {
    let h = if props.fill {
        canvas.client_height()
    } else {
        0
    };
    (canvas.client_width(), h)
}

/// Size the canvas to its CSS box × devicePixelRatio and draw; on success bump `data-drawn` and
/// set `data-draws` (the band's draws), `data-text-px` (the tick-label size drawn, CSS px) and
/// `data-ends` (where its net lines end, [`ChartSpec::ends`], comma-separated).
fn paint(canvas: &HtmlCanvasElement, props: &ChartCanvasProps, drawn: &RefCell<Drawn>) {
    let dpr = gloo::utils::window().device_pixel_ratio();
    let dpr = if dpr.is_finite() && dpr > 0.0 {
        dpr.min(4.0)
    } else {
        1.0
    };
    let laid_out = css_box(canvas, props);
    let css_w = match laid_out.0 {
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
    let css_h = match laid_out.1 {
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
            d.count += 1;
            d.size = laid_out;
            d.count
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
    crate::renders::count(props.id.as_deref().unwrap_or("ChartCanvas"));
    let node = use_node_ref();
    let drawn = use_mut_ref(Drawn::default);
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
            let canvas = node.cast::<HtmlCanvasElement>();
            let watch = canvas.map(|c| {
                let canvas = c.clone();
                // Drawn again only when the box it was drawn for changed (and is laid out).
                Resized::watch(&c, move || {
                    let now = css_box(&canvas, &latest.borrow());
                    if now.0 > 0 && now != drawn.borrow().size {
                        paint(&canvas, &latest.borrow(), &drawn);
                    }
                })
            });
            move || drop(watch)
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

/// Calls back when an element's box changes size: a `ResizeObserver` on it, or, in a browser
/// without one, on every window resize. Dropping it stops watching.
struct Resized {
    observer: Option<web_sys::ResizeObserver>,
    _callback: Closure<dyn FnMut()>,
    _listener: Option<gloo::events::EventListener>,
}

impl Resized {
    fn watch(el: &web_sys::Element, on_resize: impl Fn() + 'static) -> Resized {
        let on_resize = Rc::new(on_resize);
        let callback = {
            let on_resize = on_resize.clone();
            Closure::<dyn FnMut()>::new(move || on_resize())
        };
        // Fails where the browser has no ResizeObserver.
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        if let Some(o) = &observer {
            o.observe(el);
        }
        let listener = observer.is_none().then(|| {
            gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| on_resize())
        });
        Resized {
            observer,
            _callback: callback,
            _listener: listener,
        }
    }
}

impl Drop for Resized {
    fn drop(&mut self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
    }
}
