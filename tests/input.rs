//! Native tests of the input layer: number parsing (unit cases + fuzz), display formatting
//! (round trip), and the wording of model outputs in both languages.

use proptest::prelude::*;
use tuike_calc::i18n::words;
use tuike_calc::input::{
    format_value, money, number, parse_number, people, per_hour, percent, ratio, unit_label,
    ParseError,
};
use tuike_calc::model::{
    break_even, decide, project, BreakEven, ChannelField, ChannelId, Field, FieldError,
    FieldErrorKind, Flag, Lang, PayRange, PersonField, Reason, Scenario, SourceStatus, Unit,
    VerdictKind, ATTRIBUTION_FOREVER_DAYS,
};

const UNITS: [Unit; 15] = [
    Unit::People,
    Unit::Fraction,
    Unit::Yuan,
    Unit::YuanPerHour,
    Unit::YuanPerWeek,
    Unit::YuanPerMonth,
    Unit::Weeks,
    Unit::Days,
    Unit::Minutes,
    Unit::Hours,
    Unit::HoursPerWeek,
    Unit::PerWeek,
    Unit::PerMonth,
    Unit::Count,
    Unit::Multiplier,
];
const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

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
        let zh = words::parse_error(&e, Lang::Zh);
        let en = words::parse_error(&e, Lang::En);
        assert!(!zh.is_empty() && !en.is_empty());
        assert_ne!(zh, en);
        assert_eq!(e.to_string(), en);
    }
    assert!(words::parse_error(&BadSuffix("天".into()), Lang::Zh).contains('天'));
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
    #![proptest_config(ProptestConfig::with_cases(100_000))]

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
            prop_assert!(!words::parse_error(&e, Lang::Zh).is_empty());
        }
    }
}

// ---------------------------------------------------------------- format

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    /// What a field shows reads back to the same value within the shown precision.
    #[test]
    fn format_value_round_trips(v in prop_oneof![
        -1e7f64..1e7,
        0f64..1.0,
        0f64..1000.0,
        (0u32..10_000_000).prop_map(f64::from),
    ], ui in 0usize..15, li in 0usize..2) {
        let u = UNITS[ui];
        let l = LANGS[li];
        let text = format_value(v, u, l);
        let back = parse_number(&text, u);
        if u == Unit::Days && v >= ATTRIBUTION_FOREVER_DAYS {
            prop_assert_eq!(back, Ok(ATTRIBUTION_FOREVER_DAYS));
        } else {
            let back = back.map_err(|e| TestCaseError::fail(format!("{text:?}: {e:?}")))?;
            // 2 decimals shown (4 in percent = 6 of a fraction).
            let tol = if u == Unit::Fraction { 0.5e-6 } else { 0.5e-2 } + 1e-12 * v.abs();
            prop_assert!((back - v).abs() <= tol, "{} {:?} → {:?} → {}", v, u, text, back);
        }
    }

    /// Display helpers never show NaN/inf text and never panic.
    #[test]
    fn display_is_finite_text(v in any::<f64>(), li in 0usize..2) {
        let l = LANGS[li];
        for s in [money(v, l), people(v, l), percent(v, l), per_hour(v, l), number(v, l), ratio(v)] {
            prop_assert!(!s.is_empty());
            prop_assert!(!s.contains("NaN") && !s.contains("inf"), "{}", s);
        }
    }
}

#[test]
fn money_examples() {
    assert_eq!(money(1234.0, Lang::Zh), "¥1,234");
    assert_eq!(money(1234.0, Lang::En), "¥1,234");
    assert_eq!(money(12_345.0, Lang::Zh), "¥1.23万");
    assert_eq!(money(12_345.0, Lang::En), "¥12.3k");
    assert_eq!(money(123_456.0, Lang::Zh), "¥12.3万");
    assert_eq!(money(3.2e8, Lang::Zh), "¥3.2亿");
    assert_eq!(money(2.5e6, Lang::En), "¥2.5M");
    assert_eq!(money(-12.0, Lang::Zh), "−¥12");
    assert_eq!(money(12.5, Lang::Zh), "¥12.5");
    assert_eq!(money(-0.001, Lang::Zh), "¥0");
    assert_eq!(money(f64::NAN, Lang::Zh), "—");
    assert_eq!(money(f64::INFINITY, Lang::En), "—");
    assert_eq!(per_hour(12.0, Lang::Zh), "¥12/小时");
    assert_eq!(per_hour(12.0, Lang::En), "¥12/h");
    assert_eq!(percent(0.15, Lang::Zh), "15%");
    assert_eq!(percent(0.128, Lang::Zh), "12.8%");
    assert_eq!(percent(0.0015, Lang::Zh), "0.15%");
    assert_eq!(percent(-0.03, Lang::En), "−3%");
    assert_eq!(people(1234.0, Lang::Zh), "1,234 人");
    assert_eq!(people(12_000.0, Lang::Zh), "1.2万人");
    assert_eq!(people(12_000.0, Lang::En), "12k people");
    assert_eq!(people(1.0, Lang::En), "1 person");
    assert_eq!(format_value(0.15, Unit::Fraction, Lang::Zh), "15");
    assert_eq!(format_value(0.001, Unit::Fraction, Lang::Zh), "0.1");
    assert_eq!(format_value(800.0, Unit::People, Lang::Zh), "800");
    assert_eq!(format_value(1e7, Unit::People, Lang::En), "10,000,000");
    assert_eq!(
        format_value(ATTRIBUTION_FOREVER_DAYS, Unit::Days, Lang::Zh),
        "∞"
    );
    assert_eq!(unit_label(Unit::HoursPerWeek, Lang::Zh), "小时/周");
    assert_eq!(unit_label(Unit::YuanPerHour, Lang::Zh), "元/小时");
}

#[test]
fn every_field_default_round_trips() {
    let s = Scenario::default();
    for f in Field::all() {
        let m = f.meta();
        for l in LANGS {
            let v = s.get(f);
            let text = format_value(v, m.unit, l);
            let back = parse_number(&text, m.unit).unwrap();
            assert!((back - v).abs() < 1e-6, "{f:?} {v} → {text} → {back}");
            assert!(s.check(f, back).is_ok(), "{f:?} {text}");
        }
    }
}

// ---------------------------------------------------------------- wording

fn every_reason() -> Vec<Reason> {
    let mut v = vec![
        Reason::Pay {
            net_per_hour: 3.21,
            hourly_value: 25.0,
            net: 120.0,
            range: None,
        },
        Reason::Pay {
            net_per_hour: -4.5,
            hourly_value: 25.0,
            net: -80.0,
            range: None,
        },
        Reason::Pay {
            net_per_hour: 41.0,
            hourly_value: 25.0,
            net: 2000.0,
            range: Some(PayRange {
                draws: 10_000,
                p10: 20.0,
                p90: 60.5,
                p_beats_hourly: 0.71,
                p_net_positive: 0.99,
            }),
        },
        Reason::Pay {
            net_per_hour: 0.0,
            hourly_value: 0.0,
            net: 0.0,
            range: None,
        },
        Reason::DonationRatio {
            ratio: 3.2,
            donated_followers: 120.0,
            visits: 1500.0,
            donated_gmv: 84_000.0,
        },
        Reason::NoCentralSearch {
            coupon_now: 0.0,
            mature_coupon: 40.0,
            maturity_weeks: 52.0,
        },
        Reason::Waiting {
            delay_weeks: 26,
            now_per_hour: 3.2,
            later_per_hour: 8.1,
            now_net: 228.0,
            later_net: 130.0,
        },
        Reason::Waiting {
            delay_weeks: 26,
            now_per_hour: 7.18,
            later_per_hour: 7.27,
            now_net: 311.0,
            later_net: 158.0,
        },
        Reason::LockInWhatIf {
            attribution_days: 30.0,
            net_now: 420.0,
            net_locked: 610.0,
        },
        Reason::SavingsDriveTaoke {
            saving: 15.0,
            saving_share: 15.0 / 49.0,
        },
        Reason::SelfPurchaseDominates {
            self_share: 0.93,
            overrides: 1234.0,
        },
        Reason::KttDeclining {
            trend_per_month: -0.03,
            problem_share: 0.05,
        },
        Reason::KttDeclining {
            trend_per_month: 0.0,
            problem_share: 0.0,
        },
        Reason::OwnRoomCosts {
            fixed_cost_per_week: 50.0,
            costs: 2600.0,
        },
        Reason::ContentTakesTime {
            hours_per_week: 14.2,
            followers_gained: 1040.0,
        },
    ];
    for ch in ChannelId::ALL {
        v.push(Reason::BestChannel {
            channel: ch,
            net_per_hour: 12.0,
        });
    }
    v.push(Reason::BestChannel {
        channel: ChannelId::Taoke,
        net_per_hour: -2.0,
    });
    v.extend(every_flag().into_iter().map(Reason::Compliance));
    v
}

fn every_flag() -> Vec<Flag> {
    vec![
        Flag::ThreeLevels { levels: 3 },
        Flag::EntryFeeWithOverrides { entry_cost: 398.0 },
        Flag::ProblemGoods { share: 0.05 },
        Flag::OverFriendLimit {
            followers: 12_000.0,
        },
    ]
}

fn no_bad_text(s: &str) {
    assert!(!s.is_empty());
    for bad in ["NaN", "inf", "{", "}", "¥—", "— 人"] {
        assert!(!s.contains(bad), "{bad:?} in {s:?}");
    }
}

#[test]
fn every_reason_is_worded_in_both_languages() {
    for r in every_reason() {
        let zh = words::reason(&r, Lang::Zh);
        let en = words::reason(&r, Lang::En);
        no_bad_text(&zh);
        no_bad_text(&en);
        assert_ne!(zh, en, "{r:?}");
        assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
        assert!(
            en.chars().filter(|c| c.is_ascii_alphabetic()).count() > 20,
            "{en}"
        );
        let sec = words::reason_article_ref(&r);
        if !sec.is_empty() {
            assert!(zh.contains(sec) || zh.contains("文章"), "{r:?}: {zh}");
        }
    }
}

#[test]
fn reasons_quote_the_numbers() {
    let r = Reason::DonationRatio {
        ratio: 3.2,
        donated_followers: 120.0,
        visits: 1500.0,
        donated_gmv: 84_000.0,
    };
    let zh = words::reason(&r, Lang::Zh);
    // The ratio is money, written as everywhere else ("¥3.20" is "¥3.2").
    assert!(
        zh.contains(&money(3.2, Lang::Zh)) && zh.contains("¥3.2"),
        "{zh}"
    );
    assert!(
        zh.contains("120") && zh.contains("1,500") && zh.contains("¥8.4万"),
        "{zh}"
    );
    assert!(zh.contains("§4"));
    let en = words::reason(&r, Lang::En);
    assert!(
        en.contains("3.2") && en.contains("120") && en.contains("¥84k"),
        "{en}"
    );

    let zh = words::reason(
        &Reason::Pay {
            net_per_hour: 3.21,
            hourly_value: 25.0,
            net: 120.0,
            range: Some(PayRange {
                draws: 10_000,
                p10: 2.0,
                p90: 9.3,
                p_beats_hourly: 0.44,
                p_net_positive: 0.97,
            }),
        },
        Lang::Zh,
    );
    assert!(zh.contains("¥3.21/小时") && zh.contains("¥25/小时"), "{zh}");
    assert!(
        zh.contains("在 10,000 次模拟里")
            && zh.contains("44%")
            && zh.contains("¥2/小时 – ¥9.3/小时"),
        "{zh}"
    );
    let zh = words::reason(
        &Reason::SavingsDriveTaoke {
            saving: 15.0,
            saving_share: 15.0 / 49.0,
        },
        Lang::Zh,
    );
    assert!(
        zh.contains("¥15") && zh.contains("30.6%") && zh.contains("§1"),
        "{zh}"
    );
    // Now against later: per hour and total, said together.
    let w = Reason::Waiting {
        delay_weeks: 26,
        now_per_hour: 5.27,
        later_per_hour: 6.01,
        now_net: 228.0,
        later_net: 130.0,
    };
    let en = words::reason(&w, Lang::En);
    assert!(
        en.contains("26 weeks") && en.contains("¥6.01/h") && en.contains("¥5.27/h"),
        "{en}"
    );
    assert!(
        en.contains("¥130") && en.contains("¥228") && en.contains("¥98 less"),
        "{en}"
    );
    let zh = words::reason(&w, Lang::Zh);
    assert!(
        zh.contains("少 ¥98") && zh.contains("多 ¥0.74/小时"),
        "{zh}"
    );
}

#[test]
fn every_flag_and_verdict_kind_is_worded() {
    for f in every_flag() {
        let zh = words::flag(&f, Lang::Zh);
        let en = words::flag(&f, Lang::En);
        no_bad_text(&zh);
        no_bad_text(&en);
        assert_ne!(zh, en);
    }
    assert!(words::flag(&Flag::ThreeLevels { levels: 3 }, Lang::Zh).contains("《禁止传销条例》"));
    let kinds = [
        VerdictKind::Worth,
        VerdictKind::Wait,
        VerdictKind::NotAdvised,
    ];
    let mut seen = std::collections::HashSet::new();
    for k in kinds {
        let zh = words::verdict_title(k, Lang::Zh);
        let en = words::verdict_title(k, Lang::En);
        assert!(!zh.is_empty() && !en.is_empty() && zh != en);
        assert!(seen.insert(zh) && seen.insert(en));
    }
    assert_eq!(words::verdict_title(VerdictKind::Wait, Lang::Zh), "慢半拍");
}

#[test]
fn verdict_summary_for_every_channel() {
    for ch in ChannelId::ALL {
        let s = Scenario {
            channel: ch,
            ..Scenario::default()
        };
        let v = decide(&s).verdict;
        for l in LANGS {
            let line = words::verdict_summary(&v, l);
            no_bad_text(&line);
            assert!(line.contains(ch.name(l)), "{line}");
            for r in &v.reasons {
                no_bad_text(&words::reason(r, l));
            }
        }
    }
}

#[test]
fn break_even_sentences() {
    let conv = Field::Channel(ChannelId::Wxshop, ChannelField::BaseConversion);
    let b = BreakEven {
        field: conv,
        current: 0.01,
        value: Some(0.023),
        needs_higher: true,
    };
    let zh = words::break_even(&b, Lang::Zh);
    assert!(zh.contains("需要高于 2.3% 才值得（现在 1%）"), "{zh}");
    let en = words::break_even(&b, Lang::En);
    assert!(en.contains("would have to be above 2.3% (now 1%)"), "{en}");
    for (value, needs_higher) in [(None, true), (None, false), (Some(0.005), false)] {
        let b = BreakEven {
            field: conv,
            current: 0.01,
            value,
            needs_higher,
        };
        for l in LANGS {
            no_bad_text(&words::break_even(&b, l));
        }
    }
    assert!(words::break_even(
        &BreakEven {
            field: conv,
            current: 0.01,
            value: None,
            needs_higher: true
        },
        Lang::Zh
    )
    .contains("即使"));
    // Real break-evens of every channel.
    for ch in ChannelId::ALL {
        let s = Scenario {
            channel: ch,
            ..Scenario::default()
        };
        for b in break_even(&s, ch) {
            for l in LANGS {
                no_bad_text(&words::break_even(&b, l));
            }
        }
    }
}

#[test]
fn field_errors_name_the_range_and_unit() {
    let followers = Field::Person(PersonField::Followers);
    let e = FieldError {
        field: followers,
        kind: FieldErrorKind::AboveMax { max: 1e7 },
    };
    let zh = words::field_error(&e, Lang::Zh);
    assert!(zh.contains("0 到 10,000,000") && zh.contains('人'), "{zh}");
    let en = words::field_error(&e, Lang::En);
    assert!(en.contains("from 0 to 10,000,000"), "{en}");
    let reach = Field::Person(PersonField::MuteRate);
    let zh = words::field_error(
        &FieldError {
            field: reach,
            kind: FieldErrorKind::AboveMax { max: 0.02 },
        },
        Lang::Zh,
    );
    assert!(zh.contains("0 到 2") && zh.contains('%'), "{zh}");
    let kinds = [
        FieldErrorKind::NotFinite,
        FieldErrorKind::BelowMin { min: 1.0 },
        FieldErrorKind::AboveMax { max: 156.0 },
        FieldErrorKind::NotInteger,
        FieldErrorKind::CouponAbovePrice { price: 49.0 },
        FieldErrorKind::PriceBelowCoupon { coupon: 10.0 },
    ];
    for f in Field::all() {
        for k in kinds {
            let e = FieldError { field: f, kind: k };
            let zh = words::field_error(&e, Lang::Zh);
            let en = words::field_error(&e, Lang::En);
            assert!(!zh.is_empty() && !en.is_empty() && zh != en);
            assert!(!zh.contains("NaN") && !en.contains("NaN"));
        }
    }
}

#[test]
fn source_notes() {
    for f in Field::all() {
        let src = f.meta().source;
        for l in LANGS {
            let n = words::source_note(&src, l);
            assert!(!n.is_empty());
            assert!(
                !n.contains("估计：估计") && !n.contains("Estimate: estimate"),
                "{n}"
            );
            match (src.status, l) {
                (SourceStatus::Sourced, Lang::Zh) => assert!(n.starts_with("来源：")),
                (SourceStatus::Derived, Lang::Zh) => assert!(n.starts_with("推算：")),
                (SourceStatus::Estimate, Lang::Zh) => assert!(n.starts_with("估计")),
                (SourceStatus::Sourced, Lang::En) => assert!(n.starts_with("Source: ")),
                (SourceStatus::Derived, Lang::En) => assert!(n.starts_with("Derived: ")),
                (SourceStatus::Estimate, Lang::En) => assert!(n.starts_with("Estimate")),
            }
        }
    }
}

#[test]
fn math_steps_for_every_channel() {
    for ch in ChannelId::ALL {
        let s = Scenario {
            channel: ch,
            ..Scenario::default()
        };
        let p = project(&s, ch);
        let zh = words::math_steps(&s, &p, Lang::Zh);
        let en = words::math_steps(&s, &p, Lang::En);
        assert!(zh.len() >= 10, "{ch:?}");
        assert_eq!(zh.len(), en.len());
        for ((tz, bz), (te, be)) in zh.iter().zip(&en) {
            no_bad_text(tz);
            no_bad_text(bz);
            no_bad_text(te);
            no_bad_text(be);
            assert_ne!(bz, be);
        }
        let all: String = zh.iter().map(|(t, b)| format!("{t}{b}")).collect();
        assert!(all.contains("800"), "followers quoted");
        if ch == ChannelId::Wxshop {
            assert!(all.contains("送出") && all.contains("§4"));
        }
    }
    // Degenerate: nobody to reach, entry delay, extreme values — still no NaN.
    let mut s = Scenario::default();
    s.person.followers = 0.0;
    s.person.entry_delay_weeks = 10.0;
    for ch in ChannelId::ALL {
        let p = project(&s, ch);
        for l in LANGS {
            for (t, b) in words::math_steps(&s, &p, l) {
                no_bad_text(&t);
                no_bad_text(&b);
            }
        }
    }
    s.person.followers = 1e7;
    s.person.horizon_weeks = 156.0;
    let p = project(&s, ChannelId::Social);
    for (t, b) in words::math_steps(&s, &p, Lang::En) {
        no_bad_text(&t);
        no_bad_text(&b);
    }
}
