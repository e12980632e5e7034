//! Reading what a chart or the 海报 drew from its SVG: each text and its box, estimated on the
//! test's own terms (not with the drawing code's), shared by `tests/chart.rs` and `tests/poster.rs`.
#![allow(dead_code)]

/// The text of an SVG `<text …>…</text>` element, from just after `<text`.
pub fn text_body(part: &str) -> String {
    let body = part.split('>').nth(1).unwrap_or("");
    let body = body.split('<').next().unwrap_or("");
    // plotters escapes these five; "&amp;" last, so "&amp;lt;" stays "&lt;".
    body.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
        .trim()
        .to_string()
}

/// Every text of an SVG as a box `(left, top, right, bottom, text)`, its width estimated on its
/// own terms (CJK 1 em, other characters 0.6 em, bold a tenth wider), not with the chart's.
pub fn text_boxes(svg: &str) -> Vec<(f64, f64, f64, f64, String)> {
    let attr = |part: &str, name: &str| -> Option<String> {
        part.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|r| r.split('"').next())
            .map(str::to_string)
    };
    let mut out = Vec::new();
    for part in svg.split("<text").skip(1) {
        let head = part.split('>').next().unwrap_or("");
        let num = |n: &str| attr(head, n).and_then(|v| v.parse::<f64>().ok());
        let (Some(x), Some(y), Some(size)) = (num("x"), num("y"), num("font-size")) else {
            continue;
        };
        // plotters writes the size asked for divided by 1.24.
        let em = size * 1.24;
        let body = text_body(part);
        if body.is_empty() {
            continue;
        }
        let bold = if head.contains("font-weight=\"bold\"") {
            1.1
        } else {
            1.0
        };
        let w: f64 = body
            .chars()
            .map(|c| if (c as u32) >= 0x2E80 { 1.0 } else { 0.6 })
            .sum::<f64>()
            * em
            * bold;
        let (l, r) = match attr(head, "text-anchor").as_deref() {
            Some("end") => (x - w, x),
            Some("middle") => (x - w / 2.0, x + w / 2.0),
            _ => (x, x + w),
        };
        let (t, b) = match attr(head, "dy").as_deref() {
            Some("0.76em") => (y, y + em),
            Some("-0.5ex") => (y - em, y),
            _ => (y - em / 2.0, y + em / 2.0),
        };
        out.push((l, t, r, b, body));
    }
    out
}
