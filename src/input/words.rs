//! The words a typed number may carry, by the field's unit: "forever" in a days field, the
//! multipliers (百 千 万 亿 k w), the unit words ("元", "人", "周", "小时", …) and the characters
//! normalised first (full-width digits and signs, invisible marks). `parse.rs` reads with them.

use crate::model::Unit;

/// Words that mean "forever" in a days field (compared case-insensitively).
pub(super) const FOREVER: &[&str] = &[
    "∞",
    "+∞",
    "永久",
    "永久锁定",
    "永远",
    "无限",
    "无限期",
    "不限",
    "forever",
    "inf",
    "infinite",
    "infinity",
    "unlimited",
    "permanent",
];

/// Map one character to its normal form; `None` drops it (invisible formatting marks).
pub(super) fn normalise(c: char) -> Option<char> {
    let n = match c {
        // Full-width ASCII block (！ to ～) → ASCII.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{FFE5}' | '\u{00A5}' => '¥',
        '\u{3002}' | '\u{FF61}' => '.', // 。 ｡ typed as a decimal point by phone IMEs
        '\u{3001}' => ',',              // 、
        '\u{2212}' | '\u{2013}' | '\u{2014}' | '\u{FE63}' => '-', // − – — ﹣
        '\u{FE50}' | '\u{FE51}' => ',', // small commas
        '\u{FE52}' => '.',
        '\u{066B}' => '.',                     // Arabic decimal separator
        '\u{066C}' | '\u{2019}' | '\'' => ',', // Arabic/Swiss thousands separators
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' => return None,
        '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{061C}' | '\u{180E}' => return None,
        c if c.is_whitespace() => ' ',
        c => c,
    };
    Some(n)
}

/// Power of ten of a multiplier character.
pub(super) fn multiplier(c: char) -> Option<i32> {
    match c {
        '百' => Some(2),
        '千' | 'k' | 'K' => Some(3),
        '万' | '萬' | 'w' | 'W' => Some(4),
        '亿' | '億' => Some(8),
        _ => None,
    }
}

/// Unit words accepted after the number for each unit (ASCII compared case-insensitively),
/// including every label the page shows beside a field (`i18n::num::unit_label`; a test keeps
/// the two in step).
fn suffixes(unit: Unit) -> &'static [&'static str] {
    match unit {
        Unit::People => &[
            "人", "个", "位", "名", "个人", "people", "persons", "person", "ppl",
        ],
        Unit::Fraction => &["percent", "pct"],
        Unit::Yuan => &["元", "块", "块钱", "元钱", "rmb", "cny", "yuan", "¥", "￥"],
        Unit::YuanPerHour => &[
            "元/小时",
            "元/时",
            "元每小时",
            "块/小时",
            "/小时",
            "/时",
            "/h",
            "/hr",
            "/hour",
            "元/h",
            "yuan/h",
            "rmb/h",
            "每小时",
            "¥/h",
        ],
        Unit::YuanPerWeek => &[
            "元/周",
            "元每周",
            "块/周",
            "/周",
            "/w",
            "/wk",
            "/week",
            "每周",
            "¥/week",
        ],
        Unit::YuanPerMonth => &[
            "元/月",
            "元每月",
            "块/月",
            "/月",
            "/mo",
            "/month",
            "每月",
            "¥/month",
        ],
        Unit::Weeks => &[
            "周",
            "个星期",
            "星期",
            "礼拜",
            "个礼拜",
            "wk",
            "wks",
            "week",
            "weeks",
        ],
        Unit::Days => &["天", "日", "d", "day", "days"],
        Unit::Minutes => &["分钟", "分", "min", "mins", "minute", "minutes", "m"],
        Unit::Hours => &["小时", "个小时", "时", "h", "hr", "hrs", "hour", "hours"],
        Unit::HoursPerWeek => &[
            "小时/周",
            "小时每周",
            "个小时/周",
            "h/周",
            "/周",
            "小时",
            "h",
            "hr",
            "hrs",
            "hours",
            "h/w",
            "h/wk",
            "h/week",
            "hours/week",
            "hrs/week",
            "每周",
        ],
        Unit::PerWeek => &[
            "次/周", "人/周", "个/周", "条/周", "单/周", "/周", "次", "人", "个", "条", "/w",
            "/wk", "/week", "每周",
        ],
        Unit::PerMonth => &[
            "次/月", "单/月", "人/月", "个/月", "/月", "次", "单", "人", "个", "/mo", "/month",
            "每月",
        ],
        Unit::Count => &["个", "次", "级", "层", "单", "条"],
        Unit::Multiplier => &["倍", "x", "×"],
    }
}

pub(super) fn is_money(unit: Unit) -> bool {
    matches!(
        unit,
        Unit::Yuan | Unit::YuanPerHour | Unit::YuanPerWeek | Unit::YuanPerMonth
    )
}

pub(super) fn suffix_ok(suffix: &str, unit: Unit) -> bool {
    let s = suffix.trim();
    if s.is_empty() {
        return true;
    }
    // The unit labels the page shows beside each field are in these lists too (checked by
    // tests/input.rs against `i18n::num::unit_label`).
    suffixes(unit).iter().any(|w| w.eq_ignore_ascii_case(s))
}
