//! A QR code as inline SVG, from a real encoder (the `qrcodegen` crate, Project Nayuki's).

use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrProps {
    /// What the code encodes (a link).
    pub text: AttrValue,
    /// Accessible name.
    pub label: AttrValue,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// The SVG path of the dark modules and the side length in modules (with a 4-module quiet zone),
/// or None when the text is too long for a QR code.
pub fn qr_path(text: &str) -> Option<(String, usize)> {
    let (dark, w) = qr_modules(text)?;
    let mut d = String::with_capacity(w * w * 4);
    for (i, c) in dark.iter().enumerate() {
        if *c {
            let (x, y) = (i % w + 4, i / w + 4);
            d.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some((d, w + 8))
}

/// The modules of `text`'s QR code (EC level M), row-major, `true` = dark, and the side length
/// in modules (no quiet zone); None when the text is too long for a QR code.
pub fn qr_modules(text: &str) -> Option<(Vec<bool>, usize)> {
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let w = code.size() as usize;
    Some((
        (0..w * w)
            .map(|i| code.get_module((i % w) as i32, (i / w) as i32))
            .collect(),
        w,
    ))
}

#[component]
pub fn Qr(p: &QrProps) -> Html {
    let path = use_memo(p.text.clone(), |t| qr_path(t));
    match &*path {
        Some((d, n)) => html! {
            <svg class="qr" id={p.id.clone()} role="img" aria-label={p.label.clone()}
                viewBox={format!("0 0 {n} {n}")} shape-rendering="crispEdges"
                data-text={p.text.clone()}>
                <rect width={n.to_string()} height={n.to_string()} fill="#fff" />
                <path d={d.clone()} fill="#000" />
            </svg>
        },
        None => html! {},
    }
}
