//! What went wrong, in words: a number that cannot be read, a value the model refuses, a value of
//! a link or file that was not used, a file that cannot be imported. One wording per problem,
//! whether it is shown beside a field or in a link's notice.

use super::fields::{channel_field_label, range_text};
use super::num::{money, orders, visits};
use super::Lang;
use crate::input::{ParseError, MAX_INPUT_CHARS};
use crate::model::{Field, FieldError, FieldErrorKind, Unit};
use crate::share::export::{ImportError, MAX_IMPORT_LEN};
use crate::share::{IgnoreReason, Ignored};

/// Examples of what a field of `unit` accepts: 万 where people write it
/// ([`crate::input::written_with_wan`]), % only for shares.
fn examples(unit: Unit, lang: Lang) -> &'static str {
    match (unit, lang) {
        (Unit::Fraction, Lang::Zh) => "15%、15 或 0.15",
        (Unit::Fraction, Lang::En) => "15%, 15 or 0.15",
        (Unit::People, Lang::Zh) => "1200、1,200 或 1.2万",
        (Unit::People, Lang::En) => "1200, 1,200 or 12k",
        (Unit::Yuan | Unit::YuanPerMonth | Unit::YuanPerWeek, Lang::Zh) => "49、1,200 或 9.9",
        (Unit::Yuan | Unit::YuanPerMonth | Unit::YuanPerWeek, Lang::En) => "49, 1,200 or 9.9",
        (_, Lang::Zh) => "3、12 或 ３",
        (_, Lang::En) => "3 or 12",
    }
}

/// Why the typed text is not a number, with what to type instead in a field of `unit`.
pub fn parse_error(e: &ParseError, unit: Unit, lang: Lang) -> String {
    match (e, lang) {
        (ParseError::Empty, Lang::Zh) => "请输入一个数字".into(),
        (ParseError::Empty, Lang::En) => "Enter a number".into(),
        (ParseError::NotANumber, Lang::Zh) => {
            format!("看不懂这个数字：可以输入 {}", examples(unit, lang))
        }
        (ParseError::NotANumber, Lang::En) => {
            format!("That is not a number: type e.g. {}", examples(unit, lang))
        }
        (ParseError::TooLong, Lang::Zh) => format!("太长了：最多 {MAX_INPUT_CHARS} 个字符"),
        (ParseError::TooLong, Lang::En) => {
            format!("Too long: at most {MAX_INPUT_CHARS} characters")
        }
        (ParseError::Multiple, Lang::Zh) => {
            "有重复的小数点、单位或符号（如 1.2.3、1万万）：只保留一个".into()
        }
        (ParseError::Multiple, Lang::En) => {
            "Something appears twice (like 1.2.3 or 1万万): keep only one".into()
        }
        (ParseError::BadGrouping, Lang::Zh) => {
            "千位分隔符的位置不对：应写成 1,200 或 12,000，小数用“.”".into()
        }
        (ParseError::BadGrouping, Lang::En) => {
            "Thousands separators are misplaced: write 1,200 or 12,000, and use “.” for decimals"
                .into()
        }
        (ParseError::BadSuffix(s), Lang::Zh) => format!("“{s}”不是这个字段的单位：只填数字即可"),
        (ParseError::BadSuffix(s), Lang::En) => {
            format!("“{s}” is not this field's unit: just type the number")
        }
        (ParseError::TooLarge, Lang::Zh) => "数字太大了".into(),
        (ParseError::TooLarge, Lang::En) => "That number is too large".into(),
    }
}

/// A value the model does not accept, with the allowed range in the field's unit: beside the
/// field, and in the notice of a link or file that carried it.
pub fn field_error(e: &FieldError, lang: Lang) -> String {
    let (range, unit) = range_text(e.field, lang);
    let whole = e.field.def().integer;
    let enter = match (lang, whole) {
        (Lang::Zh, true) => format!("请输入 {range} 之间的整数{unit}"),
        (Lang::Zh, false) => format!("请输入 {range} 之间的数字{unit}"),
        (Lang::En, true) => format!("Enter a whole number from {range}{unit}"),
        (Lang::En, false) => format!("Enter a number from {range}{unit}"),
    };
    match (e.kind, lang) {
        (FieldErrorKind::BelowMin { .. }, Lang::Zh) => format!("太小了：{enter}"),
        (FieldErrorKind::BelowMin { .. }, Lang::En) => format!("Too small. {enter}"),
        (FieldErrorKind::AboveMax { .. }, Lang::Zh) => format!("太大了：{enter}"),
        (FieldErrorKind::AboveMax { .. }, Lang::En) => format!("Too large. {enter}"),
        (FieldErrorKind::NotFinite, _) => enter,
        (FieldErrorKind::NotInteger, Lang::Zh) => format!("这里只能填整数：{enter}"),
        (FieldErrorKind::NotInteger, Lang::En) => format!("Whole numbers only here. {enter}"),
        (FieldErrorKind::CouponAbovePrice { price }, Lang::Zh) => {
            format!("优惠券不能高于商品价格 {}", money(price, lang))
        }
        (FieldErrorKind::CouponAbovePrice { price }, Lang::En) => format!(
            "The coupon cannot be more than the item's price of {}",
            money(price, lang)
        ),
        (FieldErrorKind::PriceBelowCoupon { coupon }, Lang::Zh) => {
            format!("商品价格不能低于优惠券 {}", money(coupon, lang))
        }
        (FieldErrorKind::PriceBelowCoupon { coupon }, Lang::En) => {
            format!(
                "The price cannot be below the coupon of {}",
                money(coupon, lang)
            )
        }
        (FieldErrorKind::OrdersAboveClicks { clicks }, Lang::Zh) => {
            format!("成交单数不能多于访问或点击 {}", visits(clicks, lang))
        }
        (FieldErrorKind::OrdersAboveClicks { clicks }, Lang::En) => {
            format!(
                "Orders cannot exceed the visits or clicks ({})",
                visits(clicks, lang)
            )
        }
        (FieldErrorKind::ClicksBelowOrders { orders: n }, Lang::Zh) => {
            format!("访问或点击不能少于成交单数 {}", orders(n, lang))
        }
        (FieldErrorKind::ClicksBelowOrders { orders: n }, Lang::En) => {
            format!(
                "Visits or clicks cannot be fewer than the orders ({})",
                orders(n, lang)
            )
        }
        (FieldErrorKind::CommissionWithoutOrders, Lang::Zh) => {
            "没有成交就不会有佣金：先改成交单数".into()
        }
        (FieldErrorKind::CommissionWithoutOrders, Lang::En) => {
            "No orders means no commission: fix the orders first".into()
        }
        (FieldErrorKind::CommissionWithoutVisits, Lang::Zh) => {
            "没有访问就不会有佣金：先改访问次数".into()
        }
        (FieldErrorKind::CommissionWithoutVisits, Lang::En) => {
            "No visits means no commission: fix the visits first".into()
        }
        (FieldErrorKind::NoVisitsWithCommission { commission }, Lang::Zh) => {
            format!("收到了 {} 佣金，访问不会是 0", money(commission, lang))
        }
        (FieldErrorKind::NoVisitsWithCommission { commission }, Lang::En) => {
            format!(
                "With {} of commission received, visits cannot be 0",
                money(commission, lang)
            )
        }
        (FieldErrorKind::NoOrdersWithCommission { commission }, Lang::Zh) => {
            format!("收到了 {} 佣金，成交单数不会是 0", money(commission, lang))
        }
        (FieldErrorKind::NoOrdersWithCommission { commission }, Lang::En) => {
            format!(
                "With {} of commission received, orders cannot be 0",
                money(commission, lang)
            )
        }
    }
}

/// Why one value of a link, file or stored entry was not used.
pub fn ignore_reason(r: &IgnoreReason, lang: Lang) -> String {
    match (r, lang) {
        (IgnoreReason::UnknownKey, Lang::Zh) => "无法识别的参数".into(),
        (IgnoreReason::UnknownKey, Lang::En) => "unknown setting".into(),
        (IgnoreReason::NotANumber, Lang::Zh) => "不是有效数字".into(),
        (IgnoreReason::NotANumber, Lang::En) => "not a valid number".into(),
        (IgnoreReason::OutOfRange(e) | IgnoreReason::Inconsistent(e), _) => field_error(e, lang),
        (IgnoreReason::NewerVersion(v), Lang::Zh) => {
            format!("来自更新版本（v{v}）的链接，部分内容可能无法识别")
        }
        (IgnoreReason::NewerVersion(v), Lang::En) => {
            format!("made by a newer version (v{v}); some settings may not be understood")
        }
        (IgnoreReason::Duplicate, Lang::Zh) => "重复出现，已使用第一次的值".into(),
        (IgnoreReason::Duplicate, Lang::En) => "repeated; the first value was used".into(),
        (IgnoreReason::TooLong, Lang::Zh) => "内容过长，超出部分已忽略".into(),
        (IgnoreReason::TooLong, Lang::En) => "too long; the rest was ignored".into(),
        (IgnoreReason::UnknownValue, Lang::Zh) => "取值无法识别".into(),
        (IgnoreReason::UnknownValue, Lang::En) => "value not recognised".into(),
    }
}

/// "「label」已忽略：reason", with the field's label when the key names a field.
pub fn ignored(i: &Ignored, lang: Lang) -> String {
    let label = match Field::from_key(&i.key) {
        Some(f) => channel_field_label(f, lang),
        None => i.key.clone(),
    };
    let why = ignore_reason(&i.reason, lang);
    match lang {
        Lang::Zh => format!("「{label}」已忽略：{why}"),
        Lang::En => format!("“{label}” ignored: {why}"),
    }
}

/// Why a file could not be imported at all.
pub fn import_error(e: &ImportError, lang: Lang) -> String {
    match (e, lang) {
        (ImportError::NotJson { line, column }, Lang::Zh) => {
            format!("不是有效的 JSON 文件（第 {line} 行第 {column} 列）")
        }
        (ImportError::NotJson { line, column }, Lang::En) => {
            format!("not a valid JSON file (line {line}, column {column})")
        }
        (ImportError::WrongFormat, Lang::Zh) => "这不是推客值不值的方案文件".into(),
        (ImportError::WrongFormat, Lang::En) => "not a tuike-calc scenario file".into(),
        (ImportError::NewerVersion(v), Lang::Zh) => {
            format!("文件来自更新的版本（v{v}），请使用最新页面打开")
        }
        (ImportError::NewerVersion(v), Lang::En) => {
            format!("made by a newer version (v{v}); open it with the latest page")
        }
        (ImportError::TooLarge, Lang::Zh) => {
            format!("文件过大（上限 {} KB）", MAX_IMPORT_LEN / 1024)
        }
        (ImportError::TooLarge, Lang::En) => {
            format!("file too large (limit {} KB)", MAX_IMPORT_LEN / 1024)
        }
    }
}

/// The head of a link's notice: "这个链接里有 3 项无法使用，已改用默认值：".
pub fn link_notice_head(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("这个链接里有 {n} 项无法使用，已改用默认值："),
        Lang::En => {
            format!("{n} value(s) in this link could not be used; the defaults are shown instead:")
        }
    }
}

/// "……还有 4 项" at the end of a cut list.
pub fn and_more(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("……还有 {n} 项"),
        Lang::En => format!("… and {n} more"),
    }
}

/// Under a field whose text is not used: the value the results still use (`None`: an optional
/// field, left out).
pub fn still_using(value: Option<&str>, lang: Lang) -> String {
    match (value, lang) {
        (Some(v), Lang::Zh) => format!("结果仍按 {v} 计算"),
        (Some(v), Lang::En) => format!("Results still use {v}"),
        (None, Lang::Zh) => "结果暂不计这一项".into(),
        (None, Lang::En) => "Results leave this out for now".into(),
    }
}

/// While a field's text is not used: what 复制链接, 嵌入代码 and 分享海报 hold, and which fields
/// they leave out ("「可触达人数」里的输入没有用上：链接和嵌入代码里是上次有效的数字；改正后才能生成海报。").
pub fn shared_last_valid(fields: &[Field], lang: Lang) -> String {
    let mut names = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            names.push_str(if lang == Lang::Zh {
                "」「"
            } else {
                "”, “"
            });
        }
        names.push_str(super::fields::short_label(*f, lang));
    }
    match lang {
        Lang::Zh => format!(
            "「{names}」里的输入没有用上：链接和嵌入代码里是上次有效的数字；改正后才能生成海报。"
        ),
        Lang::En => format!(
            "What is typed in “{names}” is not used: the link and embed code hold the last valid figures; fix it to make a poster."
        ),
    }
}

/// Saved scenarios that could not be read (and whether they could be backed up).
pub fn corrupt_saved(n: usize, stuck: bool, backup_key: &str, lang: Lang) -> String {
    match (lang, stuck) {
        (Lang::Zh, false) => format!("有 {n} 条已保存的方案无法读取，已原样移到备份（{backup_key}），没有删除。"),
        (Lang::En, false) => format!("{n} saved scenario(s) could not be read; they were moved, unchanged, to a backup ({backup_key}), not deleted."),
        (Lang::Zh, true) => format!("有 {n} 条已保存的方案无法读取，且无法备份：为了不覆盖它们，暂时不能保存。"),
        (Lang::En, true) => format!("{n} saved scenario(s) could not be read nor backed up: saving is paused so they are not overwritten."),
    }
}

/// What 我的方案 just did with a named scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Done {
    Saved,
    Loaded,
    Deleted,
}

/// "已保存「name」", "Loaded “name”".
pub fn saved_note(done: Done, name: &str, lang: Lang) -> String {
    match (done, lang) {
        (Done::Saved, Lang::Zh) => format!("已保存「{name}」"),
        (Done::Saved, Lang::En) => format!("Saved “{name}”"),
        (Done::Loaded, Lang::Zh) => format!("已载入「{name}」"),
        (Done::Loaded, Lang::En) => format!("Loaded “{name}”"),
        (Done::Deleted, Lang::Zh) => format!("已删除「{name}」"),
        (Done::Deleted, Lang::En) => format!("Deleted “{name}”"),
    }
}
