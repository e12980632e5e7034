//! Numbers for display, per language. Every function is NaN/∞ safe: a non-finite value shows
//! as "—". Negative amounts use the minus sign "−" (U+2212), which [`super::parse_number`]
//! also reads.

use crate::model::{Lang, Unit, ATTRIBUTION_FOREVER_DAYS};

/// What a non-finite value shows as.
pub const DASH: &str = "—";
/// The minus sign used for negative values.
pub const MINUS: char = '\u{2212}';

/// Insert "," every three digits of an ASCII digit string.
fn group(int: &str) -> String {
    let n = int.len();
    let mut out = String::with_capacity(n + n / 3);
    for (k, ch) in int.chars().enumerate() {
        if k > 0 && (n - k) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// `|v|` with at most `dec` decimals, trailing zeros trimmed, thousands grouped; no sign.
/// Values too large for a readable fixed form (≥ 1e21) fall back to Rust's `{:e}`-free
/// rendering of the integer part, which is still finite text.
fn fixed_abs(v: f64, dec: usize) -> String {
    let s = format!("{:.*}", dec, v.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), f.trim_end_matches('0').to_string()),
        None => (s.clone(), String::new()),
    };
    let mut out = group(&int);
    if !frac.is_empty() {
        out.push('.');
        out.push_str(&frac);
    }
    out
}

/// Whether `v` shows as zero at `dec` decimals (so it gets no sign).
fn rounds_to_zero(v: f64, dec: usize) -> bool {
    let s = format!("{:.*}", dec, v.abs());
    s.chars().all(|c| c == '0' || c == '.')
}

/// `v` with at most `dec` decimals, trimmed, grouped, with "−" when negative.
pub fn fixed(v: f64, dec: usize) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let body = fixed_abs(v, dec);
    if v < 0.0 && !rounds_to_zero(v, dec) {
        format!("{MINUS}{body}")
    } else {
        body
    }
}

/// Decimals that keep about three significant digits for a value of this size (at most `max`).
fn sig_decimals(a: f64, max: usize) -> usize {
    let d = if a >= 100.0 {
        0
    } else if a >= 10.0 {
        1
    } else {
        2
    };
    d.min(max)
}

/// Compact magnitude: (scaled value, suffix) in the language's way of counting.
fn compact(a: f64, lang: Lang) -> Option<(f64, &'static str)> {
    match lang {
        Lang::Zh if a >= 1e8 => Some((a / 1e8, "亿")),
        Lang::Zh if a >= 1e4 => Some((a / 1e4, "万")),
        Lang::En if a >= 1e9 => Some((a / 1e9, "B")),
        Lang::En if a >= 1e6 => Some((a / 1e6, "M")),
        Lang::En if a >= 1e4 => Some((a / 1e3, "k")),
        _ => None,
    }
}

/// A plain number for reading (not for inputs): "1,234", "1.2万" / "12.3k" when large, two
/// decimals at most when small ("0.35", "3.2").
pub fn number(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let a = v.abs();
    let sign = |s: String| {
        if v < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
            format!("{MINUS}{s}")
        } else {
            s
        }
    };
    if let Some((x, suf)) = compact(a, lang) {
        // 9,999.6万 would read "10000万": step up instead.
        let d = sig_decimals(x, 2);
        return sign(format!("{}{suf}", fixed_abs(x, d)));
    }
    let d = if a >= 100.0 { 0 } else { sig_decimals(a, 2) };
    sign(fixed_abs(v, d))
}

/// A ratio like the donation ratio: one decimal ("3.2"), two below 1 ("0.45").
pub fn ratio(v: f64) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    fixed(v, if v.abs() < 1.0 { 2 } else { 1 })
}

/// Money: "¥1,234", "¥12.5"; large: "¥1.23万" (zh) / "¥12.3k" (en); negative "−¥12".
pub fn money(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let a = v.abs();
    let body = if let Some((x, suf)) = compact(a, lang) {
        format!("{}{suf}", fixed_abs(x, sig_decimals(x, 2)))
    } else if a >= 100.0 {
        fixed_abs(a, 0)
    } else {
        fixed_abs(a, 2)
    };
    let zero = !body.chars().any(|c| c.is_ascii_digit() && c != '0');
    if v < 0.0 && !zero {
        format!("{MINUS}¥{body}")
    } else {
        format!("¥{body}")
    }
}

/// People: "1,234 人" / "1,234 people", "1.2万人" / "12.3k people"; small expected values keep a
/// decimal ("3.4 人").
pub fn people(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let a = v.abs();
    let n = if a >= 10.0 || compact(a, lang).is_some() {
        number(v.round(), lang)
    } else {
        fixed(v, 1)
    };
    match lang {
        Lang::Zh if n.ends_with(['万', '亿']) => format!("{n}人"),
        Lang::Zh => format!("{n} 人"),
        Lang::En if n == "1" => "1 person".to_string(),
        Lang::En => format!("{n} people"),
    }
}

/// A fraction as a percentage: 0.15 → "15%", 0.128 → "12.8%", 0.0015 → "0.15%", −0.03 → "−3%".
pub fn percent(v: f64, _lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let p = v * 100.0;
    let a = p.abs();
    let d = if a >= 100.0 {
        0
    } else if a >= 1.0 {
        1
    } else if a >= 0.01 {
        2
    } else {
        3
    };
    format!("{}%", fixed(p, d))
}

/// Money per hour: "¥12/小时" / "¥12/h".
pub fn per_hour(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    match lang {
        Lang::Zh => format!("{}/小时", money(v, lang)),
        Lang::En => format!("{}/h", money(v, lang)),
    }
}

/// Hours: "12.5 小时" / "12.5 h".
pub fn hours(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let n = number(v, lang);
    match lang {
        Lang::Zh if n.ends_with(['万', '亿']) => format!("{n}小时"),
        Lang::Zh => format!("{n} 小时"),
        Lang::En => format!("{n} h"),
    }
}

/// The unit shown beside an input (and accepted after a typed number).
pub fn unit_label(unit: Unit, lang: Lang) -> &'static str {
    use Unit::*;
    match (unit, lang) {
        (People, Lang::Zh) => "人",
        (People, Lang::En) => "people",
        (Fraction, _) => "%",
        (Yuan, Lang::Zh) => "元",
        (Yuan, Lang::En) => "¥",
        (YuanPerHour, Lang::Zh) => "元/小时",
        (YuanPerHour, Lang::En) => "¥/h",
        (YuanPerWeek, Lang::Zh) => "元/周",
        (YuanPerWeek, Lang::En) => "¥/week",
        (YuanPerMonth, Lang::Zh) => "元/月",
        (YuanPerMonth, Lang::En) => "¥/month",
        (Weeks, Lang::Zh) => "周",
        (Weeks, Lang::En) => "weeks",
        (Days, Lang::Zh) => "天",
        (Days, Lang::En) => "days",
        (Minutes, Lang::Zh) => "分钟",
        (Minutes, Lang::En) => "min",
        (Hours, Lang::Zh) => "小时",
        (Hours, Lang::En) => "h",
        (HoursPerWeek, Lang::Zh) => "小时/周",
        (HoursPerWeek, Lang::En) => "h/week",
        (PerWeek, Lang::Zh) => "/周",
        (PerWeek, Lang::En) => "/week",
        (PerMonth, Lang::Zh) => "/月",
        (PerMonth, Lang::En) => "/month",
        (Count, _) => "",
        (Multiplier, Lang::Zh) => "倍",
        (Multiplier, Lang::En) => "×",
    }
}

/// Decimals a field value keeps when shown back in its input.
fn input_decimals(unit: Unit) -> usize {
    match unit {
        Unit::Fraction => 4, // in percent: 0.0015 → "0.15"
        Unit::People | Unit::Count => 2,
        _ => 2,
    }
}

/// A field value as it is shown back in its input (the text [`super::parse_number`] reads back
/// to the same value within the shown precision): fractions in percent without the sign
/// ("15", "0.15"), money and counts grouped ("1,200", "12.5"), "∞" for forever days.
pub fn format_value(v: f64, unit: Unit, _lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    if unit == Unit::Days && v >= ATTRIBUTION_FOREVER_DAYS {
        return "∞".to_string();
    }
    let shown = if unit == Unit::Fraction { v * 100.0 } else { v };
    let d = input_decimals(unit);
    let body = fixed_abs(shown, d);
    if shown < 0.0 && !rounds_to_zero(shown, d) {
        // ASCII hyphen: what a keyboard types, so the field's text stays editable as typed.
        format!("-{body}")
    } else {
        body
    }
}

/// A value with its unit, for sentences: money as "¥1,234", fractions as "15%", forever days as
/// "永久" / "forever", others as "52 周" / "52 weeks".
pub fn with_unit(v: f64, unit: Unit, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    match unit {
        Unit::Fraction => percent(v, lang),
        Unit::Yuan => money(v, lang),
        Unit::YuanPerHour => per_hour(v, lang),
        Unit::YuanPerWeek | Unit::YuanPerMonth => {
            let per = match (unit, lang) {
                (Unit::YuanPerWeek, Lang::Zh) => "/周",
                (Unit::YuanPerWeek, Lang::En) => "/week",
                (_, Lang::Zh) => "/月",
                (_, Lang::En) => "/month",
            };
            format!("{}{per}", money(v, lang))
        }
        Unit::Days if v >= ATTRIBUTION_FOREVER_DAYS => match lang {
            Lang::Zh => "永久".to_string(),
            Lang::En => "forever".to_string(),
        },
        Unit::People => people(v, lang),
        Unit::Count => number(v, lang),
        Unit::Multiplier => match lang {
            Lang::Zh => format!("{} 倍", number(v, lang)),
            Lang::En => format!("{}×", number(v, lang)),
        },
        Unit::PerWeek | Unit::PerMonth => format!("{}{}", number(v, lang), unit_label(unit, lang)),
        _ => format!("{} {}", number(v, lang), unit_label(unit, lang)),
    }
}
