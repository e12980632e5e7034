//! How a chart is drawn: colours (light and dark), language, and size. Every font size, stroke and
//! spacing is a CSS-px figure times `scale` (the device pixel ratio), so the same drawing code
//! serves a phone, a projector and the 海报 at their own sizes.

use crate::i18n::Lang;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

/// Font stack for all chart text: a CJK-capable family must be in it or Chinese renders as boxes
/// on the canvas. Single quotes so the string is valid both in the canvas `font` shorthand that
/// plotters-canvas builds (`"normal 12px <family>"`) and in an SVG attribute.
pub const FONT: &str =
    "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

/// Tick-label size in CSS px on the page (the presenter and the 海报 pass their own).
pub const TEXT_PX: f64 = 12.0;

/// Colours of a chart. The series colours are Okabe–Ito (colour-blind safe); each series also
/// has its own line pattern or markers, so colour is never the only cue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub axis: RGBColor,
    /// Cumulative net (solid) and its P10–P90 band.
    pub net: RGBColor,
    /// What the donated traffic earns the 达人, commission-equivalent (dashed).
    pub donated: RGBColor,
    /// Visits donated (dashed).
    pub visits: RGBColor,
    /// Followers donated (dotted, round markers).
    pub followers: RGBColor,
    /// Enter later (dashed).
    pub later: RGBColor,
    /// Tornado: input at its low value.
    pub low: RGBColor,
    /// Tornado: input at its high value.
    pub high: RGBColor,
    /// Opacity of the P10–P90 band fill.
    pub band_alpha: f64,
}

impl Theme {
    /// On a white card.
    pub fn light() -> Self {
        Theme {
            background: RGBColor(0xff, 0xff, 0xff),
            text: RGBColor(0x1d, 0x1d, 0x1b),
            muted: RGBColor(0x5d, 0x5d, 0x57),
            grid: RGBColor(0xe4, 0xe4, 0xde),
            axis: RGBColor(0x8a, 0x8a, 0x82),
            net: RGBColor(0x00, 0x72, 0xb2),
            donated: RGBColor(0xd5, 0x5e, 0x00),
            visits: RGBColor(0xb3, 0x6b, 0x00),
            followers: RGBColor(0xa8, 0x4f, 0x87),
            later: RGBColor(0x00, 0x9e, 0x73),
            low: RGBColor(0xd5, 0x5e, 0x00),
            high: RGBColor(0x00, 0x72, 0xb2),
            band_alpha: 0.2,
        }
    }

    /// On the dark card (#22221f): the lighter Okabe–Ito variants.
    pub fn dark() -> Self {
        Theme {
            background: RGBColor(0x22, 0x22, 0x1f),
            text: RGBColor(0xec, 0xec, 0xe6),
            muted: RGBColor(0xa9, 0xa9, 0xa0),
            grid: RGBColor(0x3a, 0x3a, 0x35),
            axis: RGBColor(0x77, 0x77, 0x6f),
            net: RGBColor(0x56, 0xb4, 0xe9),
            donated: RGBColor(0xf0, 0x88, 0x3e),
            visits: RGBColor(0xe6, 0x9f, 0x00),
            followers: RGBColor(0xcc, 0x79, 0xa7),
            later: RGBColor(0x2b, 0xc8, 0x9a),
            low: RGBColor(0xe6, 0x9f, 0x00),
            high: RGBColor(0x56, 0xb4, 0xe9),
            band_alpha: 0.3,
        }
    }

    /// `dark()` when `dark`, else `light()`.
    pub fn pick(dark: bool) -> Self {
        if dark {
            Theme::dark()
        } else {
            Theme::light()
        }
    }
}

/// How to draw: language, colours, `scale` (device pixels per CSS px) and `text`, the tick-label
/// size in CSS px (titles are 1.4 times it, legends 1.15 times).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub lang: Lang,
    pub theme: Theme,
    pub scale: f64,
    pub text: f64,
}

impl Style {
    /// Light theme at scale 1, page text size.
    pub fn new(lang: Lang) -> Self {
        Style {
            lang,
            theme: Theme::light(),
            scale: 1.0,
            text: TEXT_PX,
        }
    }

    /// `scale`, made finite and kept in 0.5..=8.
    pub(crate) fn s(&self) -> f64 {
        if self.scale.is_finite() {
            self.scale.clamp(0.5, 8.0)
        } else {
            1.0
        }
    }

    /// The text size in CSS px, made finite and kept in 8..=64.
    fn text_css(&self) -> f64 {
        if self.text.is_finite() {
            self.text.clamp(8.0, 64.0)
        } else {
            TEXT_PX
        }
    }

    /// `v` CSS px of spacing in device px, grown with the text size.
    pub(crate) fn px(&self, v: f64) -> i32 {
        (v * self.s() * self.text_css() / TEXT_PX).round() as i32
    }

    /// Stroke width of `v` CSS px (at least 1 device px), grown with the text size.
    pub(crate) fn stroke(&self, v: f64) -> u32 {
        (v * self.s() * self.text_css() / TEXT_PX).round().max(1.0) as u32
    }

    /// Tick-label size in device px.
    pub(crate) fn text_px(&self) -> f64 {
        self.text_css() * self.s()
    }

    /// Legend size in device px.
    pub(crate) fn legend_px(&self) -> f64 {
        self.text_px() * 1.15
    }

    /// Title size in device px (panel titles, the ratio label).
    pub(crate) fn title_px(&self) -> f64 {
        self.text_px() * 1.4
    }

    /// A font of `px` device px.
    pub(crate) fn font_px(&self, color: RGBColor, px: f64, bold: bool) -> TextStyle<'static> {
        let fs = if bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        TextStyle {
            font: FontDesc::new(FontFamily::Name(FONT), px, fs),
            color: color.to_backend_color(),
            pos: Pos::new(HPos::Left, VPos::Top),
        }
    }

    /// The tick-label font.
    pub(crate) fn font(&self, color: RGBColor) -> TextStyle<'static> {
        self.font_px(color, self.text_px(), false)
    }
}
