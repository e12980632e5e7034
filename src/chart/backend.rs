//! plotters-canvas's backend for a `<canvas>`, measuring text with the canvas's own
//! `measureText`: the charts (`canvas`) and the 分享海报's PNG draw through it. Browser-only.

use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// plotters-canvas's error type (not exported by name).
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;

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
