//! `<ChartCanvas>`: a Yew component that owns a `<canvas>` and draws one chart on it with
//! plotters-canvas, at CSS width × devicePixelRatio, redrawing when its props change and when
//! the window is resized. Browser-only.

use super::{draw_entry, draw_headline, draw_overlay, draw_tornado, Style, Theme, TEXT_PX};
use crate::i18n::Lang;
use crate::model::{EntryComparison, McResult, Projection, TornadoBar};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::cell::RefCell;
use std::rc::Rc;
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
    /// Tick-label size in CSS px (titles are 1.4 times it): larger on a projector.
    #[prop_or(TEXT_PX)]
    pub text: f64,
    /// Accessible name of the chart (`aria-label`).
    pub label: AttrValue,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

fn draw_spec(
    root: &DrawingArea<CanvasBackend, plotters::coord::Shift>,
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
/// set `data-draws` (the band's draws) and `data-text-px` (the tick-label size drawn, CSS px).
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
    let css_h = props.height.max(1) as f64;
    // The CSS height through the CSSOM, not a `style=` attribute: a strict CSP forbids those.
    let _ = canvas
        .style()
        .set_property("height", &format!("{}px", props.height.max(1)));
    let (w, h) = ((css_w * dpr).round() as u32, (css_h * dpr).round() as u32);
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        return;
    };
    let root = backend.into_drawing_area();
    let st = Style {
        lang: props.lang,
        theme: Theme::pick(props.dark),
        scale: dpr,
        text: props.text,
    };
    if draw_spec(&root, &props.spec, &st) {
        let n = {
            let mut d = drawn.borrow_mut();
            *d += 1;
            *d
        };
        let _ = canvas.set_attribute("data-drawn", &n.to_string());
        let _ = canvas.set_attribute("data-draws", &props.spec.draws().to_string());
        let _ = canvas.set_attribute("data-text-px", &props.text.to_string());
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

    // Width and display come from the stylesheet (`canvas.chart-canvas`), the height from `paint`.
    html! {
        <canvas ref={node} id={props.id.clone()} class="chart-canvas" role="img"
                aria-label={props.label.clone()} data-drawn="0"></canvas>
    }
}
