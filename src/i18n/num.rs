//! Numbers as the page shows them, with their units in each language: the one number module of
//! every surface (cards, sentences, tables, charts, the 海报, CSV headers aside). Every function is
//! NaN/∞ safe (a non-finite value shows as "—"), and negative values use the minus sign "−"
//! (U+2212), which `input::parse_number` also reads.
//!
//! Rounding, one rule per kind of quantity:
//! - amounts (money, people, visits, orders, plain numbers) of 10,000 or more are compact with
//!   three significant digits: "1.23万" / "12.3k", "3.4亿" / "3.4M";
//! - money (and money per hour) below that: three significant digits, so neighbours round
//!   alike — whole yuan from ¥100 ("¥312"), one decimal from ¥10 ("¥34.5", "¥21.1/小时"), two
//!   below ("¥5.27"); trailing zeros dropped ("¥12", "¥20.2");
//! - people and visits: whole ("8 人", "1,473 次" / "1 visit"), they are counted, not measured;
//! - orders: whole ("26 单"), except an expected count said as one ([`orders_expected`]: one
//!   decimal below 10, "4.9 单");
//! - percentages: about three significant digits ("12.8%", "0.15%").
//!
//! English counts agree with their number: "1 person", "1 visit", "1 order", "1 week", "1 day".

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

/// Money: "¥1,234", "¥34.5", "¥5.27" (three significant digits below ¥100); "¥1.23万" /
/// "¥12.3k" from ¥10,000; negative "−¥12".
pub fn money(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let a = v.abs();
    let body = amount(a, lang, sig(a));
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

/// A count's number, whole: "1,234", "1.23万" / "12.3k".
fn whole(v: f64, lang: Lang) -> String {
    amount(v.round(), lang, 0)
}

/// `n` (a formatted number) with its Chinese measure word: "1,234 人", but "1.2万人".
fn zh_counted(n: &str, word: &str) -> String {
    if n.ends_with(['万', '亿']) {
        format!("{n}{word}")
    } else {
        format!("{n} {word}")
    }
}

/// `n` (a formatted number) with the English noun agreeing with it: "1 visit", "3 visits".
pub fn en_counted(n: &str, one: &str, many: &str) -> String {
    if n == "1" {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// People, whole: "1,234 人" / "1,234 people", "1.2万人" / "12.3k people", "1 person".
pub fn people(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let n = whole(v, lang);
    match lang {
        Lang::Zh => zh_counted(&n, "人"),
        Lang::En => en_counted(&n, "person", "people"),
    }
}

/// Visits (a click into a live room or a store), whole: "1,473 次" / "2.21万次", "1,473 visits"
/// / "1 visit". Visits are not people: one person may visit many times.
pub fn visits(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let n = whole(v, lang);
    match lang {
        Lang::Zh => zh_counted(&n, "次"),
        Lang::En => en_counted(&n, "visit", "visits"),
    }
}

/// Orders, whole: "26 单" / "26 orders", "1 order".
pub fn orders(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let n = whole(v, lang);
    match lang {
        Lang::Zh => zh_counted(&n, "单"),
        Lang::En => en_counted(&n, "order", "orders"),
    }
}

/// Orders the model expects, for a sentence that says so ("约", "按估计"): one decimal below 10
/// ("4.9 单" / "4.9 orders"), whole from 10.
pub fn orders_expected(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return DASH.to_string();
    }
    let n = amount(if v.abs() >= 10.0 { v.round() } else { v }, lang, 1);
    match lang {
        Lang::Zh => zh_counted(&n, "单"),
        Lang::En => en_counted(&n, "order", "orders"),
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
        Lang::En => en_counted(&n, "week", "weeks"),
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

/// The unit beside an input holding `v`: [`unit_label`], in the singular for one in English
/// ("1 week", "1 person", "1 day").
pub fn unit_label_for(unit: Unit, v: f64, lang: Lang) -> &'static str {
    match (unit, lang) {
        (Unit::People, Lang::En) if v == 1.0 => "person",
        (Unit::Weeks, Lang::En) if v == 1.0 => "week",
        (Unit::Days, Lang::En) if v == 1.0 => "day",
        _ => unit_label(unit, lang),
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
        _ => {
            let n = number(v, lang);
            let one = if n == "1" { 1.0 } else { v };
            format!("{n} {}", unit_label_for(unit, one, lang))
        }
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
        // Three significant digits below ¥100: one decimal from ¥10, two below.
        assert_eq!(money(34.45, Lang::Zh), "¥34.5");
        assert_eq!(money(11.1, Lang::Zh), "¥11.1");
        assert_eq!(money(99.97, Lang::Zh), "¥100");
        assert_eq!(money(9.996, Lang::Zh), "¥10");
        assert_eq!(per_hour(5.27, Lang::Zh), "¥5.27/小时");
        assert_eq!(per_hour(21.13, Lang::Zh), "¥21.1/小时");
        assert_eq!(orders(26.0, Lang::Zh), "26 单");
        assert_eq!(orders(4.9, Lang::En), "5 orders");
        assert_eq!(orders_expected(4.9, Lang::En), "4.9 orders");
        assert_eq!(orders_expected(1.0, Lang::En), "1 order");
        assert_eq!(people(3.44, Lang::Zh), "3 人");
        assert_eq!(people(8.5, Lang::Zh), "9 人");
        assert_eq!(people(1.2, Lang::En), "1 person");
        assert_eq!(visits(22_100.0, Lang::Zh), "2.21万次");
        assert_eq!(visits(1234.0, Lang::Zh), "1,234 次");
        assert_eq!(visits(1234.0, Lang::En), "1,234 visits");
        assert_eq!(visits(1.0, Lang::En), "1 visit");
        assert_eq!(with_unit(1.0, Unit::Days, Lang::En), "1 day");
        assert_eq!(with_unit(7.0, Unit::Days, Lang::En), "7 days");
        assert_eq!(hours(43.3, Lang::Zh), "43.3 小时");
        assert_eq!(weeks(52.0, Lang::En), "52 weeks");
        assert_eq!(count(10_000.0), "10,000");
        assert_eq!(percent(-0.03), "−3%");
        assert_eq!(format_value(-0.03, Unit::Fraction), "-3");
    }
}
