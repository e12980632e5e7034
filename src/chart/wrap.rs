//! Sentences set in lines for the 海报: a width estimate that errs wide, so a line measured to
//! fit also fits in the fonts a phone or a browser draws it with, and line breaking between CJK
//! characters anywhere and between other words at spaces, keeping figures, units and
//! punctuation with their neighbours. Pure: no browser crate.

/// Width in px of `text` at `px` (bold a tenth wider): CJK, full-width punctuation and the
/// quotes, dashes and ellipsis a CJK font draws full-width 1 em, wide Latin letters 0.9 em,
/// capitals and other signs (¥, ·, §) 0.72 em, the rest 0.6 em: at least what any of the page's
/// fonts draws.
pub(crate) fn measure(text: &str, px: f64, bold: bool) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'M' | 'W' | 'm' | 'w' | '@' | '%' => 0.9,
            c if c.is_ascii_uppercase() => 0.72,
            c if c.is_ascii() => 0.6,
            '“' | '”' | '‘' | '’' | '—' | '…' => 1.0,
            c if cjk(c) => 1.0,
            _ => 0.72,
        })
        .sum();
    em * px * if bold { 1.1 } else { 1.0 }
}

/// A character set apart by itself in Chinese text (ideographs, kana, full-width punctuation).
fn cjk(c: char) -> bool {
    (c as u32) >= 0x2E80
}

/// Punctuation that never starts a line: it stays with what comes before.
fn closing(t: &str) -> bool {
    !t.is_empty()
        && t.chars()
            .all(|c| "，。、；：！？）」』”’》…,.;:!?)".contains(c))
}

/// Punctuation that never ends a line: it goes with what follows.
fn opening(t: &str) -> bool {
    t.ends_with(['（', '「', '『', '“', '‘', '《', '('])
}

/// The pieces a line may break between: each CJK character, each run of other non-space
/// characters (a word, a figure like "¥38.18/"), each space.
fn pieces(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_whitespace() || cjk(c) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(if c.is_whitespace() {
                " ".into()
            } else {
                c.into()
            });
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Whether `next` must stay on the line of `prev`: closing punctuation, what follows opening
/// punctuation, a unit after a figure ("¥6.01/小时", "1.2万").
fn glued(prev: &str, next: &str, after_slash: usize) -> bool {
    let unit = next.chars().count() == 1 && next.chars().all(cjk);
    closing(next)
        || opening(prev)
        || (unit && after_slash > 0)
        || (prev.ends_with(|c: char| c.is_ascii_digit()) && (next == "万" || next == "亿"))
}

/// The unbreakable units of `text`, in order.
fn units(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // CJK characters still to glue after a "/" (a unit: "/小时", "/次").
    let mut after_slash = 0usize;
    for p in pieces(text) {
        match out.last_mut() {
            Some(prev) if p != " " && prev != " " && glued(prev, &p, after_slash) => {
                prev.push_str(&p)
            }
            _ => out.push(p.clone()),
        }
        after_slash = if p.ends_with('/') {
            2
        } else if p.chars().all(cjk) {
            after_slash.saturating_sub(1)
        } else {
            0
        };
    }
    out
}

/// Split a unit wider than `max` into pieces that fit (at least one character each).
fn split_wide(unit: &str, max: f64, px: f64, bold: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in unit.chars() {
        let mut next = cur.clone();
        next.push(c);
        if !cur.is_empty() && measure(&next, px, bold) > max {
            out.push(std::mem::take(&mut cur));
            cur.push(c);
        } else {
            cur = next;
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `text` broken into lines at most `max` px wide (by [`measure`]) at `px`: every character
/// kept, none cut; no line starts or ends with a space.
pub(crate) fn wrap(text: &str, max: f64, px: f64, bold: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for unit in units(text) {
        let trial = format!("{line}{unit}");
        if measure(trial.trim_end(), px, bold) <= max || line.trim().is_empty() {
            line = if line.trim().is_empty() {
                unit.trim_start().to_string()
            } else {
                trial
            };
        } else {
            lines.push(line.trim_end().to_string());
            line = unit.trim_start().to_string();
        }
        // A single unit wider than the line: broken by characters.
        if measure(line.trim_end(), px, bold) > max {
            let mut parts = split_wide(line.trim_end(), max, px, bold);
            line = parts.pop().unwrap_or_default();
            lines.extend(parts);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// The largest size up to `px` at which `text` fits on one line `max` px wide (by [`measure`]):
/// a title in a narrow chart, or the verdict word in English, shrinks instead of running off
/// the edge.
pub(crate) fn fit_px(text: &str, max: f64, px: f64, bold: bool) -> f64 {
    let w = measure(text, px, bold);
    if w <= max || w <= 0.0 || max <= 0.0 {
        px
    } else {
        (px * max / w).floor().max(1.0)
    }
}
