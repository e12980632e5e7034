//! When the pinned bar shows: only once the answer is out of sight. On a phone the answer card
//! sits on the first screen, right under the reach and the channel; a bar repeating it over the
//! bottom of that screen covered its 「看理由和图表 ↓」. The bar shows while neither the answer card
//! nor the verdict card is in view: a scroll check (two `getBoundingClientRect` per scroll event)
//! that sets `data-answer-away` on `<html>` for the stylesheet — no re-render while scrolling.

use gloo::events::EventListener;

/// The cards that say the verdict in full; while one is in view the bar would only repeat it.
const ANSWER_IDS: [&str; 2] = ["answer", "verdict"];

/// Whether one of [`ANSWER_IDS`] is in view: a quarter of it, or 80 px of a tall one.
fn answer_in_view() -> bool {
    let w = gloo::utils::window();
    let vh = w
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let doc = gloo::utils::document();
    ANSWER_IDS.iter().any(|id| {
        doc.get_element_by_id(id).is_some_and(|el| {
            let r = el.get_bounding_client_rect();
            let seen = r.bottom().min(vh) - r.top().max(0.0);
            r.height() > 0.0 && seen >= (r.height() * 0.25).min(80.0)
        })
    })
}

/// `<html data-answer-away>` while the answer is out of sight.
fn mark() {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = if answer_in_view() {
            root.remove_attribute("data-answer-away")
        } else {
            root.set_attribute("data-answer-away", "")
        };
    }
}

/// Keep `data-answer-away` up to date from now on: at once, on scroll and on resize, for the
/// page's life (the app is the page: there is nothing to take down).
pub fn follow_scroll() {
    mark();
    let w = gloo::utils::window();
    for event in ["scroll", "resize"] {
        EventListener::new(&w, event, |_| mark()).forget();
    }
}
