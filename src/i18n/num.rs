//! Numbers as the page shows them, with their units in each language: the one number module of
//! every surface (cards, sentences, tables, charts, the 海报, CSV headers aside). Every function is
//! NaN/∞ safe (a non-finite value shows as "—"), and negative values use the minus sign "−"
//! (U+2212), which `input::parse_number` also reads.
//!
//! Rounding, one rule per kind of quantity:
//! - amounts (money, people, orders, plain numbers) of 10,000 or more are compact with three
//!   significant digits: "1.23万" / "12.3k", "3.4亿" / "3.4M";
//! - money below that: whole yuan from ¥100, two decimals below ("¥5.27", "¥12.5");
//! - people and orders: whole from 10, one decimal below ("3.4 人");
//! - percentages: about three significant digits ("12.8%", "0.15%").

use super::Lang;
use crate::model::{Unit, ATTRIBUTION_FOREVER_DAYS};

/// What a non-finite value shows as.
pub const DASH: &str = "—";
/// The minus sign used for negative values.
pub const MINUS: char = '\u{2212}';

/// `a` (≥ 0) rounded to `dec` decimals, thousands grouped, trailing zeros of the decimals cut.
/// Integer arithmetic below 10^15 (the page's amounts); larger values show whole.
fn digits(a: f64, dec: usize) -> String {
    let scale = 10u64.pow(dec as u32);
    let (int, frac) = if a < 1e15 {
        let n = (a * scale as f64).round() as u64;
        (n / scale, n % scale)
    } else {
        (0, 0)
    };
    let int = if a < 1e15 {
        int.to_string()
    } else {
        format!("{}", a.round())
    };
    let n = int.len();
    let mut out = String::with_capacity(n + n / 3 + dec + 1);
    for (k, ch) in int.chars().enumerate() {
        if k > 0 && (n - k) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if frac > 0 {
        let f = format!("{frac:0dec$}");
        out.push('.');
        out.push_str(f.trim_end_matches('0'));
    }
    out
}

/// `body` with "−" in front when `v` is negative and `body` is not all zeros.
fn signed(v: f64, body: String) -> String {
    if v < 0.0 && body.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("{MINUS}{body}")
    } else {
        body
    }
}

/// `v` with at most `dec` decimals, grouped, with "−" when negative.
pub fn fixed(v: f64, dec: usize) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    signed(v, digits(v.abs(), dec))
}

/// Compact magnitude: (scaled value, suffix), in the language's way of counting.
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

/// Decimals that keep three significant digits for a value of this size.
fn sig(a: f64) -> usize {
    if a >= 100.0 {
        0
    } else if a >= 10.0 {
        1
    } else {
        2
    }
}

/// An amount without unit: compact from 10,000, else `small` decimals below 100 (whole above).
fn amount(v: f64, lang: Lang, small: usize) -> String {
    let a = v.abs();
    let body = match compact(a, lang) {
        Some((x, suf)) => format!("{}{suf}", digits(x, sig(x))),
        None if a >= 100.0 => digits(a, 0),
        None => digits(a, small),
    };
    signed(v, body)
}

/// A plain number for reading: "1,234", "1.2万" / "12.3k", "0.35", "3.2".
pub fn number(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    amount(v, lang, sig(v.abs()))
}

/// A count that is read exactly (draws, weeks): whole, grouped, never compact ("10,000").
pub fn count(v: f64) -> String {
    fixed(v.round(), 0)
}

/// Money: "¥1,234", "¥12.5", "¥5.27"; "¥1.23万" / "¥12.3k" from ¥10,000; negative "−¥12".
pub fn money(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let body = amount(v.abs(), lang, 2);
    if v < 0.0 && body.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("{MINUS}¥{body}")
    } else {
        format!("¥{body}")
    }
}

/// Money per hour: "¥12/小时" / "¥12/h".
pub fn per_hour(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let m = money(v, lang);
    match lang {
        Lang::Zh => format!("{m}/小时"),
        Lang::En => format!("{m}/h"),
    }
}

/// A head count's number: whole from 10, one decimal below (expected values: "3.4").
fn heads(v: f64, lang: Lang) -> String {
    amount(v, lang, 1)
}

/// People: "1,234 人" / "1,234 people", "1.2万人" / "12.3k people", "3.4 人".
pub fn people(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let n = heads(if v.abs() >= 10.0 { v.round() } else { v }, lang);
    match lang {
        Lang::Zh if n.ends_with(['万', '亿']) => format!("{n}人"),
        Lang::Zh => format!("{n} 人"),
        Lang::En if n == "1" => "1 person".to_string(),
        Lang::En => format!("{n} people"),
    }
}

/// Orders: "26 单" / "26 orders", "4.9 单".
pub fn orders(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let n = heads(if v.abs() >= 10.0 { v.round() } else { v }, lang);
    match lang {
        Lang::Zh if n.ends_with(['万', '亿']) => format!("{n}单"),
        Lang::Zh => format!("{n} 单"),
        Lang::En if n == "1" => "1 order".to_string(),
        Lang::En => format!("{n} orders"),
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

/// Weeks: "52 周" / "52 weeks" ("1 week").
pub fn weeks(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let n = count(v);
    match lang {
        Lang::Zh => format!("{n} 周"),
        Lang::En if n == "1" => "1 week".to_string(),
        Lang::En => format!("{n} weeks"),
    }
}

/// A fraction as a percentage: 0.15 → "15%", 0.128 → "12.8%", 0.0015 → "0.15%", −0.03 → "−3%".
pub fn percent(v: f64) -> String {
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

/// A field value as it is shown back in its input (the text `input::parse_number` reads back
/// to the same value within the shown precision): fractions in percent without the sign ("15",
/// "0.15"), other values grouped ("1,200", "12.5"), "∞" for forever days; an ASCII hyphen for
/// negatives (what a keyboard types, so the text stays editable as typed).
pub fn format_value(v: f64, unit: Unit) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    if unit == Unit::Days && v >= ATTRIBUTION_FOREVER_DAYS {
        return "∞".to_string();
    }
    let (shown, dec) = if unit == Unit::Fraction {
        (v * 100.0, 4)
    } else {
        (v, 2)
    };
    let body = digits(shown.abs(), dec);
    if shown < 0.0 && body.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("-{body}")
    } else {
        body
    }
}

/// A value with its unit, for sentences and axes: money as "¥1,234", fractions as "15%", forever
/// days as "永久" / "forever", others as "52 周" / "52 weeks".
pub fn with_unit(v: f64, unit: Unit, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    match unit {
        Unit::Fraction => percent(v),
        Unit::Yuan => money(v, lang),
        Unit::YuanPerHour => per_hour(v, lang),
        Unit::YuanPerWeek | Unit::YuanPerMonth => {
            format!(
                "{}{}",
                money(v, lang),
                unit_label(unit, lang).trim_start_matches(['元', '¥'])
            )
        }
        Unit::Days if v >= ATTRIBUTION_FOREVER_DAYS => match lang {
            Lang::Zh => "永久".to_string(),
            Lang::En => "forever".to_string(),
        },
        Unit::People => people(v, lang),
        Unit::Weeks => weeks(v, lang),
        Unit::Hours => hours(v, lang),
        Unit::Count => number(v, lang),
        Unit::Multiplier => match lang {
            Lang::Zh => format!("{} 倍", number(v, lang)),
            Lang::En => format!("{}×", number(v, lang)),
        },
        Unit::PerWeek | Unit::PerMonth => format!("{}{}", number(v, lang), unit_label(unit, lang)),
        _ => format!("{} {}", number(v, lang), unit_label(unit, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_group_and_trim() {
        assert_eq!(digits(1234567.0, 0), "1,234,567");
        assert_eq!(digits(12.5, 2), "12.5");
        assert_eq!(digits(5.2678, 2), "5.27");
        assert_eq!(digits(0.0015, 4), "0.0015");
        assert_eq!(digits(999.995, 2), "1,000");
        assert_eq!(digits(2e15, 0), "2,000,000,000,000,000");
    }

    #[test]
    fn one_format_per_kind() {
        assert_eq!(money(1500.0, Lang::En), "¥1,500");
        assert_eq!(money(15000.0, Lang::En), "¥15k");
        assert_eq!(money(12345.0, Lang::Zh), "¥1.23万");
        assert_eq!(money(-12.0, Lang::Zh), "−¥12");
        assert_eq!(money(2.28, Lang::Zh), "¥2.28");
        assert_eq!(per_hour(5.27, Lang::Zh), "¥5.27/小时");
        assert_eq!(orders(26.0, Lang::Zh), "26 单");
        assert_eq!(orders(4.9, Lang::En), "4.9 orders");
        assert_eq!(people(3.44, Lang::Zh), "3.4 人");
        assert_eq!(hours(43.3, Lang::Zh), "43.3 小时");
        assert_eq!(weeks(52.0, Lang::En), "52 weeks");
        assert_eq!(count(10_000.0), "10,000");
        assert_eq!(percent(-0.03), "−3%");
        assert_eq!(format_value(-0.03, Unit::Fraction), "-3");
    }
}
