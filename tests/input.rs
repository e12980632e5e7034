//! Native tests of number input: what people type (unit cases and fuzz), and every parse error
//! worded in both languages.

mod strategies;

use proptest::prelude::*;
use strategies::{LANGS, UNITS};
use tuike_calc::i18n::{self, num::unit_label, Lang};
use tuike_calc::input::{parse_number, ParseError};
use tuike_calc::model::{Unit, ATTRIBUTION_FOREVER_DAYS};

fn ok(s: &str, u: Unit) -> f64 {
    parse_number(s, u).unwrap_or_else(|e| panic!("{s:?} as {u:?}: {e:?}"))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

// ---------------------------------------------------------------- parse: unit cases

#[test]
fn plain_and_grouped_numbers() {
    let p = Unit::People;
    assert_eq!(ok("1200", p), 1200.0);
    assert_eq!(ok("1,200", p), 1200.0);
    assert_eq!(ok("1，200", p), 1200.0);
    assert_eq!(ok("1 200", p), 1200.0);
    assert_eq!(ok("12,345,678", p), 12_345_678.0);
    assert_eq!(ok("１，２００", p), 1200.0);
    assert_eq!(ok("１２００", p), 1200.0);
    assert_eq!(ok("  800  ", p), 800.0);
    assert_eq!(ok("\u{3000}800\u{3000}", p), 800.0);
    assert_eq!(ok("1.5", Unit::Hours), 1.5);
    assert_eq!(ok("１．５", Unit::Hours), 1.5);
    assert_eq!(ok("1。5", Unit::Hours), 1.5);
    assert_eq!(ok(".5", Unit::Hours), 0.5);
    assert_eq!(ok("5.", Unit::Hours), 5.0);
    assert_eq!(ok("1,200.5", Unit::Yuan), 1200.5);
    assert_eq!(ok("约1000", p), 1000.0);
}

#[test]
fn chinese_and_latin_multipliers() {
    let p = Unit::People;
    assert_eq!(ok("1.2万", p), 12000.0);
    assert_eq!(ok("1.2w", p), 12000.0);
    assert_eq!(ok("1.2W", p), 12000.0);
    assert_eq!(ok("１．２ｗ", p), 12000.0);
    assert_eq!(ok("3千", p), 3000.0);
    assert_eq!(ok("3k", p), 3000.0);
    assert_eq!(ok("3K", p), 3000.0);
    assert_eq!(ok("2亿", Unit::Yuan), 2e8);
    assert_eq!(ok("1千万", p), 1e7);
    assert_eq!(ok("1kw", p), 1e7);
    assert_eq!(ok("5百", p), 500.0);
    assert_eq!(ok("1.2 万", p), 12000.0);
    assert_eq!(ok("1.2万人", p), 12000.0);
    assert_eq!(ok("0.35万", p), 3500.0);
    assert_eq!(ok("1.5M", p), 1.5e6);
}

#[test]
fn percent_fields_are_typed_in_percent() {
    let f = Unit::Fraction;
    assert!(close(ok("15", f), 0.15));
    assert!(close(ok("15%", f), 0.15));
    assert!(close(ok("15％", f), 0.15));
    assert!(close(ok("１５％", f), 0.15));
    assert!(close(ok("0.5", f), 0.005));
    assert!(close(ok("12.8%", f), 0.128));
    assert!(close(ok("-3%", f), -0.03));
    assert!(close(ok("－3％", f), -0.03));
    assert!(close(ok("−3", f), -0.03));
    assert!(close(ok("100", f), 1.0));
}

#[test]
fn money_and_unit_words() {
    assert_eq!(ok("¥49", Unit::Yuan), 49.0);
    assert_eq!(ok("￥49", Unit::Yuan), 49.0);
    assert_eq!(ok("49元", Unit::Yuan), 49.0);
    assert_eq!(ok("49 元", Unit::Yuan), 49.0);
    assert_eq!(ok("49块", Unit::Yuan), 49.0);
    assert_eq!(ok("¥1.2万", Unit::Yuan), 12000.0);
    assert_eq!(ok("-¥12", Unit::Yuan), -12.0);
    assert_eq!(ok("−¥12", Unit::Yuan), -12.0);
    assert_eq!(ok("¥-12", Unit::Yuan), -12.0);
    assert_eq!(ok("25元/小时", Unit::YuanPerHour), 25.0);
    assert_eq!(ok("¥25/h", Unit::YuanPerHour), 25.0);
    assert_eq!(ok("50元/周", Unit::YuanPerWeek), 50.0);
    assert_eq!(ok("800人", Unit::People), 800.0);
    assert_eq!(ok("52周", Unit::Weeks), 52.0);
    assert_eq!(ok("52 weeks", Unit::Weeks), 52.0);
    assert_eq!(ok("2wk", Unit::Weeks), 2.0);
    assert_eq!(ok("30天", Unit::Days), 30.0);
    assert_eq!(ok("30 days", Unit::Days), 30.0);
    assert_eq!(ok("10分钟", Unit::Minutes), 10.0);
    assert_eq!(ok("10 min", Unit::Minutes), 10.0);
    assert_eq!(ok("2小时", Unit::Hours), 2.0);
    assert_eq!(ok("4小时/周", Unit::HoursPerWeek), 4.0);
    assert_eq!(ok("5次/周", Unit::PerWeek), 5.0);
    assert_eq!(ok("0.2次/月", Unit::PerMonth), 0.2);
    assert_eq!(ok("5倍", Unit::Multiplier), 5.0);
    // Every unit accepts its own label in both languages.
    for u in UNITS {
        for l in LANGS {
            let lab = unit_label(u, l);
            let typed = format!("3{lab}");
            assert!(close(
                ok(&typed, u),
                if u == Unit::Fraction { 0.03 } else { 3.0 }
            ));
        }
    }
}

#[test]
fn forever_days() {
    for w in [
        "∞",
        "永久",
        "无限",
        "forever",
        "inf",
        "INF",
        "Forever",
        " 永久 ",
        "永久锁定",
    ] {
        assert_eq!(ok(w, Unit::Days), ATTRIBUTION_FOREVER_DAYS, "{w}");
    }
    assert_eq!(parse_number("∞", Unit::People), Err(ParseError::NotANumber));
    assert_eq!(parse_number("inf", Unit::Yuan), Err(ParseError::NotANumber));
}

#[test]
fn rejections_are_typed() {
    use ParseError::*;
    let p = Unit::People;
    assert_eq!(parse_number("", p), Err(Empty));
    assert_eq!(parse_number("   ", p), Err(Empty));
    assert_eq!(parse_number("\u{200F}\u{200E}", p), Err(Empty));
    assert_eq!(parse_number("abc", p), Err(NotANumber));
    assert_eq!(parse_number("NaN", p), Err(NotANumber));
    assert_eq!(parse_number("-", p), Err(NotANumber));
    assert_eq!(parse_number(".", p), Err(NotANumber));
    assert_eq!(parse_number("万", p), Err(NotANumber));
    assert_eq!(parse_number("1e999", p), Err(NotANumber));
    assert_eq!(parse_number("1e5", p), Err(NotANumber));
    assert_eq!(parse_number("1.2.3", p), Err(Multiple));
    assert_eq!(parse_number("1万万", p), Err(Multiple));
    assert_eq!(parse_number("1万千", p), Err(Multiple));
    assert_eq!(parse_number("15%%", Unit::Fraction), Err(Multiple));
    assert_eq!(parse_number("--5", p), Err(Multiple));
    assert_eq!(parse_number("¥¥5", Unit::Yuan), Err(Multiple));
    assert_eq!(parse_number("1,2", p), Err(BadGrouping));
    assert_eq!(parse_number("12,34", p), Err(BadGrouping));
    assert_eq!(parse_number("1,2000", p), Err(BadGrouping));
    assert_eq!(parse_number("1234,567", p), Err(BadGrouping));
    assert_eq!(parse_number("1 2", p), Err(BadGrouping));
    assert_eq!(parse_number("1,", p), Err(BadGrouping));
    assert_eq!(parse_number("15%", p), Err(BadSuffix("%".into())));
    assert_eq!(
        parse_number("¥15", Unit::Fraction),
        Err(BadSuffix("¥".into()))
    );
    assert_eq!(
        parse_number("15天", Unit::Yuan),
        Err(BadSuffix("天".into()))
    );
    assert_eq!(parse_number("12abc", p), Err(BadSuffix("abc".into())));
    assert_eq!(parse_number(&"1".repeat(100), p), Err(TooLong));
    assert_eq!(parse_number(&"9".repeat(47), p), Ok(ok(&"9".repeat(47), p)));
}

#[test]
fn hostile_strings_are_finite_or_rejected() {
    let nasty = [
        "-0",
        "+0",
        "−0",
        "0",
        "1e999",
        "NaN",
        "nan",
        "Infinity",
        "-inf",
        "\u{202E}123",
        "\u{200F}1,200\u{200E}",
        "\u{FEFF}12",
        "12\u{200B}34",
        "😀",
        "1😀",
        "٣",
        "१२",
        "𝟏𝟐",
        "½",
        "1/2",
        "0x10",
        "1_000",
        "99999999999999999999999999999999999999999999亿",
        "9999999999999999999999999999999999999999999999",
        "\0",
        "1\n2",
        "¥",
        "%",
        "万万",
        ",,,",
        "....",
        "-.",
        "1.",
        "1..",
        "١٬٢٠٠٫٥",
    ];
    for s in nasty {
        for u in UNITS {
            if let Ok(v) = parse_number(s, u) {
                assert!(v.is_finite(), "{s:?} {u:?} → {v}");
                assert!(!(v == 0.0 && v.is_sign_negative()), "{s:?} gave -0");
            }
        }
    }
    assert_eq!(parse_number("-0", Unit::People), Ok(0.0));
    assert!(parse_number("-0", Unit::People).unwrap().is_sign_positive());
    // RTL marks around a number are ignored.
    assert_eq!(
        parse_number("\u{200F}1,200\u{200E}", Unit::People),
        Ok(1200.0)
    );
}

#[test]
fn every_parse_error_has_a_message() {
    use ParseError::*;
    for e in [
        Empty,
        NotANumber,
        TooLong,
        Multiple,
        BadGrouping,
        BadSuffix("天".into()),
        TooLarge,
    ] {
        for u in UNITS {
            let zh = i18n::errors::parse_error(&e, u, Lang::Zh);
            let en = i18n::errors::parse_error(&e, u, Lang::En);
            assert!(!zh.is_empty() && !en.is_empty());
            assert_ne!(zh, en);
        }
    }
    assert!(
        i18n::errors::parse_error(&BadSuffix("天".into()), Unit::People, Lang::Zh).contains('天')
    );
}

/// The examples a field's message suggests are ones that field accepts, and a head count is
/// never told to type a percentage (issue 15).
#[test]
fn suggested_examples_parse_in_their_field() {
    for u in UNITS {
        for lang in [Lang::Zh, Lang::En] {
            let msg = i18n::errors::parse_error(&ParseError::NotANumber, u, lang);
            let list = msg.split_once(['：', ':']).unwrap().1;
            let examples: Vec<&str> = list
                .split(['、', ' '])
                .map(|x| x.trim_end_matches(','))
                .filter(|x| !x.is_empty() && !["或", "or", "e.g.", "type", "可以输入"].contains(x))
                .collect();
            assert!(examples.len() >= 2, "{msg}");
            for x in examples {
                assert!(
                    parse_number(x, u).is_ok(),
                    "{u:?}: “{x}” suggested in “{msg}” does not parse"
                );
            }
            if u != Unit::Fraction {
                assert!(!msg.contains('%'), "{u:?}: {msg}");
            }
            if lang == Lang::Zh {
                // 万 is suggested exactly where the field's keyboard can type it.
                assert_eq!(
                    msg.contains('万'),
                    tuike_calc::input::written_with_wan(u),
                    "{u:?}: {msg}"
                );
            }
        }
    }
}

// ---------------------------------------------------------------- parse: fuzz

/// Pieces people (and attackers) type; combined at random they hit every branch fast.
const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "9",
    "12",
    "123",
    "1234",
    "00",
    ".",
    "．",
    "。",
    ",",
    "，",
    " ",
    "\u{3000}",
    "%",
    "％",
    "-",
    "－",
    "−",
    "+",
    "¥",
    "￥",
    "万",
    "千",
    "亿",
    "百",
    "w",
    "W",
    "k",
    "K",
    "M",
    "kw",
    "元",
    "人",
    "周",
    "天",
    "小时",
    "分钟",
    "/周",
    "/h",
    "e",
    "E",
    "e999",
    "∞",
    "inf",
    "NaN",
    "永久",
    "约",
    "\u{200F}",
    "\u{202E}",
    "\u{FEFF}",
    "\u{200B}",
    "😀",
    "a",
    "Z",
    "１",
    "９",
    "ｗ",
    "\0",
    "\n",
    "\\",
    "'",
    "\"",
    "999999999999",
    "1,200",
    "1.2.3",
    "万万",
    "0.5",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(strategies::cfg("input"))]

    /// No panic for any string; any accepted value is finite (and never −0).
    #[test]
    fn parse_never_panics(s in prop_oneof![
        4 => pieces(),
        2 => any::<String>(),
        1 => "[0-9]{1,400}",
        1 => "[0-9,.万亿kKwW%¥ -]{0,60}",
    ], ui in 0usize..15) {
        let u = UNITS[ui];
        if let Ok(v) = parse_number(&s, u) {
            prop_assert!(v.is_finite(), "{:?} {:?} → {}", s, u, v);
            prop_assert!(!(v == 0.0 && v.is_sign_negative()));
        } else if let Err(e) = parse_number(&s, u) {
            prop_assert!(!i18n::errors::parse_error(&e, u, Lang::Zh).is_empty());
        }
    }
}

/// Every unit label the page shows beside a field is a suffix the parser accepts for it.
#[test]
fn the_unit_shown_beside_a_field_can_be_typed() {
    for u in UNITS {
        for l in LANGS {
            let label = unit_label(u, l);
            if label.is_empty() {
                continue;
            }
            let v = parse_number(&format!("5{label}"), u);
            assert!(v.is_ok(), "{u:?} {l:?}: \"5{label}\" → {v:?}");
        }
    }
}

/// What each refusal says, exactly, where the reader's conditions decide it (each case written
/// against a mutant of `input/parse.rs` or `input/words.rs` that survived the suite: TESTING.md).
#[test]
fn refusals_name_what_is_wrong() {
    use tuike_calc::input::ParseError::*;
    let bad = |s: &str| BadSuffix(s.to_string());
    let cases: [(&str, Unit, Result<f64, ParseError>); 14] = [
        // A dollar sign is named, not taken for a stray character.
        ("$5", Unit::Yuan, Err(bad("$"))),
        // A comma before any digit is not a thousands separator.
        (",500", Unit::People, Err(NotANumber)),
        (",", Unit::People, Err(NotANumber)),
        (",,5", Unit::People, Err(NotANumber)),
        // After the decimals: a comma and a digit is grouping; anything else is a suffix.
        ("1.5,000", Unit::Yuan, Err(BadGrouping)),
        ("1.5x2", Unit::Yuan, Err(bad("x2"))),
        ("1.5,", Unit::Yuan, Err(bad(","))),
        ("1.5元5", Unit::Yuan, Err(bad("元5"))),
        // A second number, a second point, percent or multiplier after a space.
        ("12 34", Unit::People, Err(BadGrouping)),
        ("1 .5", Unit::People, Err(Multiple)),
        ("15% %", Unit::Fraction, Err(Multiple)),
        ("1万 万", Unit::People, Err(Multiple)),
        // Any kind of space groups thousands (the ideographic space, a tab).
        ("1\u{3000}000", Unit::People, Ok(1000.0)),
        ("1\t000", Unit::People, Ok(1000.0)),
    ];
    for (text, unit, want) in cases {
        assert_eq!(parse_number(text, unit), want, "{text:?} as {unit:?}");
    }
    // Invisible marks around a number are dropped before its length is counted.
    let marked = format!("{}5", "\u{200B}".repeat(60));
    assert_eq!(parse_number(&marked, Unit::People), Ok(5.0));
}
