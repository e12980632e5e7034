//! Baseline page: Yew mounts one component that draws one 52-point line chart with
//! plotters-canvas, then sets `data-drawn="1"` on the canvas (as the app's charts do).

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

fn draw(canvas: &HtmlCanvasElement) -> Option<()> {
    canvas.set_width(800);
    canvas.set_height(300);
    let root = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
    root.fill(&WHITE).ok()?;
    let mut chart = ChartBuilder::on(&root)
        .margin(10)
        .x_label_area_size(30)
        .y_label_area_size(40)
        .build_cartesian_2d(0f64..52f64, 0f64..1000f64)
        .ok()?;
    chart.configure_mesh().draw().ok()?;
    chart
        .draw_series(LineSeries::new(
            (0..=52).map(|w| (w as f64, 1000.0 * (1.0 - (-(w as f64) / 15.0).exp()))),
            &BLUE,
        ))
        .ok()?;
    root.present().ok()?;
    canvas.set_attribute("data-drawn", "1").ok()
}

#[component]
fn App() -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(c) = node.cast::<HtmlCanvasElement>() {
                draw(&c);
            }
        });
    }
    html! {
        <main>
            <h1>{ "baseline" }</h1>
            <canvas ref={node} data-drawn="0"></canvas>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
