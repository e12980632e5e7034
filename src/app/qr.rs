//! A QR code as inline SVG, from the modules `chart::qr_modules` encodes.

use crate::chart::{qr_modules, QUIET_ZONE};
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
            let (x, y) = (i % w + QUIET_ZONE, i / w + QUIET_ZONE);
            d.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some((d, w + 2 * QUIET_ZONE))
}

#[component]
pub fn Qr(p: &QrProps) -> Html {
    crate::renders::count("Qr");
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
