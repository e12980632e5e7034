//! The page rendered at build time (issue 23): the same `App` the browser runs, rendered natively
//! by Yew's server renderer for the default scenario, so the first screen — the question, the
//! inputs with their values, the verdict with its reasons, the summary and the headline chart —
//! is in `index.html` before any wasm arrives; the browser then takes it over (hydration).
//!
//! The headline chart is a `<canvas>`, empty until the app paints it; its picture before that is
//! the same chart drawn as SVG by the same drawing code, given to the canvas as a CSS background
//! (`prerender.css`): no element the app does not render itself, so hydration finds exactly the
//! nodes it made, and no inline style, so the strict CSP holds.

use super::{App, AppProps};
use crate::chart::{donates, draw_headline, Style};
use crate::i18n::{boot_notes, Lang};
use crate::model::{decide, Scenario};
use plotters::prelude::*;

/// The page's HTML for the default scenario in `lang`, hydratable.
pub fn render(lang: Lang) -> std::io::Result<String> {
    let rt = tokio::runtime::Builder::new_current_thread().build()?;
    let local = tokio::task::LocalSet::new();
    Ok(local.block_on(&rt, async move {
        yew::LocalServerRenderer::<App>::with_props(AppProps {
            url: true,
            lang: Some(lang),
        })
        .hydratable(true)
        .render()
        .await
    }))
}

/// Widths (CSS px) the headline chart is drawn at before the app paints it: the phone's column
/// (up to 899 px wide screens) and the desktop's (from 900 px), and the media query of each.
const WIDTHS: [(u32, &str); 2] = [(320, "(max-width: 899px)"), (740, "(min-width: 900px)")];

/// The default scenario's headline chart as SVG, `width` CSS px wide, at the height the page
/// gives it (the same projection and drawing code as the page's first paint: no band yet).
pub fn headline_svg(lang: Lang, width: u32) -> String {
    let d = decide(&Scenario::default());
    let p = d.chosen();
    let height = if donates(p) { 440 } else { 300 };
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        let _ = draw_headline(&root, p, None, &Style::new(lang));
        let _ = root.present();
    }
    out
}

/// `prerender.css`: the headline chart's picture under its canvas, per screen width.
pub fn chart_css(lang: Lang) -> String {
    let mut css = String::from(
        "/* The headline chart drawn at build time, shown under its canvas until the app paints. */\n",
    );
    for (w, media) in WIDTHS {
        css.push_str(&format!(
            "@media {media} {{ #chart-headline {{ background: url(\"data:image/svg+xml,{}\") center / 100% 100% no-repeat; }} }}\n",
            url_escape(&headline_svg(lang, w))
        ));
    }
    css
}

/// Percent-escape what a `data:` URL in a quoted CSS string cannot hold as is.
fn url_escape(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    for c in svg.chars() {
        match c {
            '%' => out.push_str("%25"),
            '#' => out.push_str("%23"),
            '"' => out.push_str("%22"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The notes the page shows before the app starts, outside the app's root (it does not render
/// them), in both languages: a link's figures on their way (`html.boot-link`, set by
/// `init-early.js`), that changing the numbers needs WebAssembly (`html.no-wasm`, and without
/// JavaScript at all), and that the app could not start (`html.app-failed`).
pub fn notes() -> String {
    let [(zh, z), (en, e)] = boot_notes();
    let both = |i: usize| {
        format!(
            "<span lang=\"{}\">{}</span> <span lang=\"{}\">{}</span>",
            zh.tag(),
            z[i],
            en.tag(),
            e[i]
        )
    };
    format!(
        "<p class=\"boot-note\" id=\"boot-link\" role=\"status\">{}</p>\n  \
         <p class=\"boot-note\" id=\"boot-no-wasm\">{}</p>\n  \
         <p class=\"boot-note\" id=\"boot-failed\" role=\"alert\">{}</p>\n  \
         <noscript><p class=\"boot-note shown\">{}</p></noscript>",
        both(0),
        both(1),
        both(2),
        both(1)
    )
}

/// `index.html` with the rendered page in its empty `<div id="app">` (quoted or, minified, not),
/// the notes before it, and a link to `css_name` at the end of its head; `None` when the file has
/// no empty `#app` to fill or no `</head>`.
///
/// Trunk's `<link rel=preload>` of the wasm goes: with the answer in the HTML, the first screen
/// needs the HTML and the CSS only, and 320 KB of wasm fetched beside them on a slow network
/// delays it (Lighthouse mobile: largest contentful paint 2.86 s with the preload, 1.06–1.21 s
/// without; time to interactive unchanged, 3.3–3.5 s: `init.js` fetches the wasm as soon as the
/// CSS is in).
pub fn fill(index: &str, app_html: &str, css_name: &str) -> Option<String> {
    let index = &without_wasm_preload(index);
    let (at, root) = ["<div id=\"app\"></div>", "<div id=app></div>"]
        .iter()
        .find_map(|r| index.find(r).map(|i| (i, *r)))?;
    let head_end = index.find("</head>")?;
    if head_end > at {
        return None;
    }
    let mut out = String::with_capacity(index.len() + app_html.len() + 2048);
    out.push_str(&index[..head_end]);
    out.push_str(&format!("<link rel=\"stylesheet\" href=\"./{css_name}\">"));
    out.push_str(&index[head_end..at]);
    out.push_str(&notes());
    out.push_str("<div id=\"app\">");
    out.push_str(app_html);
    out.push_str("</div>");
    out.push_str(&index[at + root.len()..]);
    Some(out)
}

/// `index.html` without any `<link … rel=preload …>` of a `.wasm` file (quoted or not).
fn without_wasm_preload(index: &str) -> String {
    let mut out = String::with_capacity(index.len());
    let mut rest = index;
    while let Some(i) = rest.find("<link") {
        let Some(len) = rest[i..].find('>') else {
            break;
        };
        let tag = &rest[i..=i + len];
        out.push_str(&rest[..i]);
        let preload = tag.contains("rel=preload") || tag.contains("rel=\"preload\"");
        if !(preload && tag.contains(".wasm")) {
            out.push_str(tag);
        }
        rest = &rest[i + len + 1..];
    }
    out.push_str(rest);
    out
}
