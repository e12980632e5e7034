//! Fields in words: labels, where each default comes from, the hint under an input, and the
//! "what would have to be true" sentences of the break-even values (MODEL.md §6).

use super::num::{format_value, unit_label, with_unit};
use super::{t, Key, Lang};
use crate::model::{BreakEven, Field, Source, SourceStatus};

/// A field's label: "可触达人数（好友+群成员）".
pub fn label(f: Field, lang: Lang) -> &'static str {
    lang.label(f.def().label)
}

/// A field's label without its note in brackets: "无优惠下单率（每次点击）" → "无优惠下单率".
pub fn short_label(f: Field, lang: Lang) -> &'static str {
    let l = label(f, lang);
    l.split(['（', '(']).next().unwrap_or(l).trim()
}

/// A field of one channel, for lists that mix channels: "微信小店推客（转发达人直播间）·佣金率".
pub fn channel_field_label(f: Field, lang: Lang) -> String {
    match f {
        Field::Channel(ch, _) => format!(
            "{}·{}",
            super::verdict::channel_short(ch, lang),
            short_label(f, lang)
        ),
        _ => label(f, lang).to_string(),
    }
}

/// Where a default comes from: "来源：…（已引用）" / "推算：…" / "估计：…".
pub fn source_note(s: &Source, lang: Lang) -> String {
    let text = lang.label(s.note);
    match (s.status, lang) {
        (SourceStatus::Sourced, Lang::Zh) => format!("来源：{text}（已引用）"),
        (SourceStatus::Sourced, Lang::En) => format!("Source: {text} (cited)"),
        (SourceStatus::Derived, Lang::Zh) => format!("推算：{text}"),
        (SourceStatus::Derived, Lang::En) => format!("Derived: {text}"),
        (SourceStatus::Estimate, _) => {
            // Many estimate notes already start with the word; do not say it twice.
            let rest = text
                .strip_prefix("估计")
                .or_else(|| text.strip_prefix("estimate"))
                .unwrap_or(text)
                .trim_start_matches(['：', ':', '；', ';', ' ', '，', ',']);
            match (rest.is_empty(), lang) {
                (true, Lang::Zh) => "估计（没有公开数据）".to_string(),
                (true, Lang::En) => "Estimate (no public figure)".to_string(),
                (false, Lang::Zh) => format!("估计：{rest}"),
                (false, Lang::En) => format!("Estimate: {rest}"),
            }
        }
    }
}

/// The hint under an input: "默认 800 人 · 范围 0 人 – 1,000万人 · ".
pub fn hint(f: Field, lang: Lang) -> String {
    let m = f.meta();
    format!(
        "{} {} · {} {} – {} · ",
        t(lang, Key::Default),
        with_unit(m.default, m.unit, lang),
        t(lang, Key::Range),
        with_unit(m.min, m.unit, lang),
        with_unit(m.max, m.unit, lang)
    )
}

/// The allowed range as typed into the field, and the unit note: ("0 到 10,000,000", "（单位：人）").
pub fn range_text(f: Field, lang: Lang) -> (String, String) {
    let m = f.meta();
    let (lo, hi) = (format_value(m.min, m.unit), format_value(m.max, m.unit));
    let u = unit_label(m.unit, lang);
    match lang {
        Lang::Zh if u.is_empty() => (format!("{lo} 到 {hi}"), String::new()),
        Lang::Zh => (format!("{lo} 到 {hi}"), format!("（单位：{u}）")),
        Lang::En if u.is_empty() => (format!("{lo} to {hi}"), String::new()),
        Lang::En => (format!("{lo} to {hi}"), format!(" ({u})")),
    }
}

/// "What would have to be true" for one input (MODEL.md §6 break-even).
/// Where a lever stands now: "现在 5%", or, when the trial calibrated it, "按你的试用校准为 4.8%，
/// 你填的是 5%" (MODEL.md §9: a calibrated value is never shown as the person's setting).
pub fn now_value(b: &BreakEven, lang: Lang) -> String {
    let v = |x: f64| with_unit(x, b.field.meta().unit, lang);
    match (b.own, lang) {
        (Some(own), Lang::Zh) => format!("按你的试用校准为 {}，你填的是 {}", v(b.current), v(own)),
        (Some(own), Lang::En) => format!(
            "calibrated by your trial to {}; you entered {}",
            v(b.current),
            v(own)
        ),
        (None, Lang::Zh) => format!("现在 {}", v(b.current)),
        (None, Lang::En) => format!("now {}", v(b.current)),
    }
}

pub fn break_even(b: &BreakEven, lang: Lang) -> String {
    let m = b.field.meta();
    let v = |x: f64| with_unit(x, m.unit, lang);
    let now = now_value(b, lang);
    match lang {
        Lang::Zh => {
            let label = short_label(b.field, lang);
            match (b.value, b.needs_higher) {
                (Some(x), true) => {
                    format!("{label}需要高于 {}{}才值得（{now}）", v(x), gap(&v(x)))
                }
                (Some(x), false) => format!(
                    "{label}只要不低于 {}{}就仍然值得（{now}）",
                    v(x),
                    gap(&v(x))
                ),
                (None, true) => format!(
                    "即使{label}提到上限（{}）也达不到你的时薪（{now}）",
                    v(m.max)
                ),
                (None, false) => format!(
                    "{label}在 {} 到 {} 之间取任何值都仍然值得（{now}）",
                    v(m.min),
                    v(m.max)
                ),
            }
        }
        Lang::En => {
            let label = lower_first(short_label(b.field, lang));
            match (b.value, b.needs_higher) {
                (Some(x), true) => format!("The {label} would have to be above {} ({now})", v(x)),
                (Some(x), false) => format!(
                    "Still worth it while the {label} stays above {} ({now})",
                    v(x)
                ),
                (None, true) => format!(
                    "Even at its highest ({}), the {label} would not reach your hourly value ({now})",
                    v(m.max)
                ),
                (None, false) => format!(
                    "Worth it whatever the {label}, from {} to {} ({now})",
                    v(m.min),
                    v(m.max)
                ),
            }
        }
    }
}

/// The space between a value and following Chinese text: none after a Chinese character
/// ("3,798 人才值得"), one after a digit or sign ("2.3% 才值得").
fn gap(v: &str) -> &'static str {
    match v.chars().last() {
        Some(c) if ('\u{4e00}'..='\u{9fff}').contains(&c) => "",
        _ => " ",
    }
}

/// "Click rate" → "click rate" inside an English sentence (acronyms stay: "GMV").
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f)
            if f.is_ascii_uppercase()
                && !c.clone().next().is_some_and(|n| n.is_ascii_uppercase()) =>
        {
            f.to_ascii_lowercase().to_string() + c.as_str()
        }
        Some(f) => f.to_string() + c.as_str(),
        None => String::new(),
    }
}
