//! Native tests of what the page says: numbers with their units (one formatter per kind, and the
//! input echo read back), and the wording of model output in both languages.

mod strategies;

use proptest::prelude::*;
use strategies::{LANGS, UNITS};
use tuike_calc::i18n::num::{format_value, money, number, people, per_hour, percent, unit_label};
use tuike_calc::i18n::{self, Lang};
use tuike_calc::input::parse_number;
use tuike_calc::model::{
    break_even, decide, project, BreakEven, ChannelField, ChannelId, Field, FieldError,
    FieldErrorKind, Flag, PayRange, PersonField, Reason, Scenario, SourceStatus, Unit, VerdictKind,
    ATTRIBUTION_FOREVER_DAYS,
};

// ---------------------------------------------------------------- format

proptest! {
    #![proptest_config(strategies::cfg("i18n"))]

    /// What a field shows reads back to the same value within the shown precision.
    #[test]
    fn format_value_round_trips(v in prop_oneof![
        -1e7f64..1e7,
        0f64..1.0,
        0f64..1000.0,
        (0u32..10_000_000).prop_map(f64::from),
    ], ui in 0usize..15) {
        let u = UNITS[ui];
        let text = format_value(v, u);
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
        for s in [money(v, l), people(v, l), percent(v), per_hour(v, l), number(v, l)] {
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
    assert_eq!(percent(0.15), "15%");
    assert_eq!(percent(0.128), "12.8%");
    assert_eq!(percent(0.0015), "0.15%");
    assert_eq!(percent(-0.03), "−3%");
    assert_eq!(people(1234.0, Lang::Zh), "1,234 人");
    assert_eq!(people(12_000.0, Lang::Zh), "1.2万人");
    assert_eq!(people(12_000.0, Lang::En), "12k people");
    assert_eq!(people(1.0, Lang::En), "1 person");
    assert_eq!(format_value(0.15, Unit::Fraction), "15");
    assert_eq!(format_value(0.001, Unit::Fraction), "0.1");
    assert_eq!(format_value(800.0, Unit::People), "800");
    assert_eq!(format_value(1e7, Unit::People), "10,000,000");
    assert_eq!(format_value(ATTRIBUTION_FOREVER_DAYS, Unit::Days), "∞");
    assert_eq!(unit_label(Unit::HoursPerWeek, Lang::Zh), "小时/周");
    assert_eq!(unit_label(Unit::YuanPerHour, Lang::Zh), "元/小时");
}

#[test]
fn every_field_default_round_trips() {
    let s = Scenario::default();
    for f in Field::all() {
        let m = f.meta();
        let v = s.get(f);
        let text = format_value(v, m.unit);
        let back = parse_number(&text, m.unit).unwrap();
        assert!((back - v).abs() < 1e-6, "{f:?} {v} → {text} → {back}");
        assert!(s.check(f, back).is_ok(), "{f:?} {text}");
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
            hourly_value: 25.0,
            now_per_hour: 3.2,
            later_per_hour: 8.1,
            now_net: 228.0,
            later_net: 130.0,
        },
        Reason::Waiting {
            delay_weeks: 26,
            hourly_value: 25.0,
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
        let zh = i18n::reasons::reason(&r, Lang::Zh);
        let en = i18n::reasons::reason(&r, Lang::En);
        no_bad_text(&zh);
        no_bad_text(&en);
        assert_ne!(zh, en, "{r:?}");
        assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
        assert!(
            en.chars().filter(|c| c.is_ascii_alphabetic()).count() > 20,
            "{en}"
        );
        let sec = i18n::reasons::article_ref(&r);
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
    let zh = i18n::reasons::reason(&r, Lang::Zh);
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
    let en = i18n::reasons::reason(&r, Lang::En);
    assert!(
        en.contains("3.2") && en.contains("120") && en.contains("¥84k"),
        "{en}"
    );

    let zh = i18n::reasons::reason(
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
    let zh = i18n::reasons::reason(
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
        hourly_value: 25.0,
        now_per_hour: 5.27,
        later_per_hour: 6.01,
        now_net: 228.0,
        later_net: 130.0,
    };
    let en = i18n::reasons::reason(&w, Lang::En);
    assert!(
        en.contains("26 weeks") && en.contains("¥6.01/h") && en.contains("¥5.27/h"),
        "{en}"
    );
    assert!(
        en.contains("¥130") && en.contains("¥228") && en.contains("¥98 less"),
        "{en}"
    );
    let zh = i18n::reasons::reason(&w, Lang::Zh);
    assert!(
        zh.contains("少 ¥98") && zh.contains("多 ¥0.74/小时"),
        "{zh}"
    );
    // MODEL.md §7 (2026-12-06): waiting that pays more but less than the hourly value is said
    // to be still below it, never "wait".
    assert!(zh.contains("但仍低于你的 ¥25/小时"), "{zh}");
    assert!(en.contains("still less than your ¥25/h"), "{en}");
    let reaches = Reason::Waiting {
        delay_weeks: 26,
        hourly_value: 25.0,
        now_per_hour: 5.27,
        later_per_hour: 26.0,
        now_net: 228.0,
        later_net: 130.0,
    };
    let zh = i18n::reasons::reason(&reaches, Lang::Zh);
    assert!(
        zh.contains("晚入局能达到你的 ¥25/小时") && !zh.contains("仍低于"),
        "{zh}"
    );
}

#[test]
fn every_flag_and_verdict_kind_is_worded() {
    for f in every_flag() {
        let zh = i18n::verdict::flag(&f, Lang::Zh);
        let en = i18n::verdict::flag(&f, Lang::En);
        no_bad_text(&zh);
        no_bad_text(&en);
        assert_ne!(zh, en);
    }
    assert!(
        i18n::verdict::flag(&Flag::ThreeLevels { levels: 3 }, Lang::Zh)
            .contains("《禁止传销条例》")
    );
    let kinds = [
        VerdictKind::Worth,
        VerdictKind::Wait,
        VerdictKind::NotAdvised,
    ];
    let mut seen = std::collections::HashSet::new();
    for k in kinds {
        let zh = i18n::verdict::title(k, Lang::Zh);
        let en = i18n::verdict::title(k, Lang::En);
        assert!(!zh.is_empty() && !en.is_empty() && zh != en);
        assert!(seen.insert(zh) && seen.insert(en));
    }
    assert_eq!(i18n::verdict::title(VerdictKind::Wait, Lang::Zh), "慢半拍");
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
            let line = i18n::verdict::summary(&v, l);
            no_bad_text(&line);
            assert!(line.contains(i18n::verdict::channel(ch, l)), "{line}");
            for r in &v.reasons {
                no_bad_text(&i18n::reasons::reason(r, l));
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
        met_now: false,
        own: None,
    };
    let zh = i18n::fields::break_even(&b, Lang::Zh);
    assert!(zh.contains("需要高于 2.3% 才值得（现在 1%）"), "{zh}");
    let en = i18n::fields::break_even(&b, Lang::En);
    assert!(en.contains("would have to be above 2.3% (now 1%)"), "{en}");
    // A value the trial calibrated is said to be one, beside the person's own (MODEL.md §9).
    let cal = BreakEven {
        current: 0.009,
        own: Some(0.01),
        ..b
    };
    let zh = i18n::fields::break_even(&cal, Lang::Zh);
    assert!(
        zh.contains("（按你的试用校准为 0.9%，你填的是 1%）") && !zh.contains("现在"),
        "{zh}"
    );
    let lever = i18n::trial::lever(&cal, Lang::En);
    assert!(
        lever.contains("calibrated by your trial to 0.9%; you entered 1%"),
        "{lever}"
    );
    for (value, needs_higher) in [(None, true), (None, false), (Some(0.005), false)] {
        let b = BreakEven {
            field: conv,
            current: 0.01,
            value,
            needs_higher,
            met_now: !needs_higher,
            own: None,
        };
        for l in LANGS {
            no_bad_text(&i18n::fields::break_even(&b, l));
        }
    }
    assert!(i18n::fields::break_even(
        &BreakEven {
            field: conv,
            current: 0.01,
            value: None,
            needs_higher: true,
            met_now: false,
            own: None,
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
                no_bad_text(&i18n::fields::break_even(&b, l));
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
    let zh = i18n::errors::field_error(&e, Lang::Zh);
    assert!(zh.contains("0 到 10,000,000") && zh.contains('人'), "{zh}");
    let en = i18n::errors::field_error(&e, Lang::En);
    assert!(en.contains("from 0 to 10,000,000"), "{en}");
    let reach = Field::Person(PersonField::MuteRate);
    let zh = i18n::errors::field_error(
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
            let zh = i18n::errors::field_error(&e, Lang::Zh);
            let en = i18n::errors::field_error(&e, Lang::En);
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
            let n = i18n::fields::source_note(&src, l);
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
        let zh = i18n::math::steps(&s, &p, Lang::Zh);
        let en = i18n::math::steps(&s, &p, Lang::En);
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
            for (t, b) in i18n::math::steps(&s, &p, l) {
                no_bad_text(t);
                no_bad_text(&b);
            }
        }
    }
    s.person.followers = 1e7;
    s.person.horizon_weeks = 156.0;
    let p = project(&s, ChannelId::Social);
    for (t, b) in i18n::math::steps(&s, &p, Lang::En) {
        no_bad_text(t);
        no_bad_text(&b);
    }
}

// ---------------------------------------------------------------- units said one way (issue 20)

/// English nouns that must agree with a count of one ("1 weeks", "1 visits" are wrong).
const PLURALS_AFTER_ONE: [&str; 11] = [
    "weeks", "people", "visits", "orders", "days", "posts", "times", "levels", "draws", "persons",
    "members",
];

/// Fails on "1 weeks", "1 people", … and on "these 1 week": text written for many, shown for one.
fn agrees_with_one(s: &str) {
    for w in PLURALS_AFTER_ONE {
        for (i, _) in s.match_indices(&format!("1 {w}")) {
            // "1 weeks" but not "21 weeks" or "1.1 weeks" or "1,001 weeks".
            let before = s[..i].chars().last();
            let after = s[i + 2 + w.len()..].chars().next();
            let starts = !before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',');
            let ends = !after.is_some_and(|c| c.is_ascii_alphanumeric());
            assert!(!(starts && ends), "\"1 {w}\" in {s:?}");
        }
    }
    assert!(!s.contains("these 1 "), "{s:?}");
    assert!(!s.contains("1 person start "), "{s:?}");
}

/// Visits counted in 人: "访问 2.21万人", "访问 1,473 人" (visits are 次; one friend visits often).
fn visits_in_people(s: &str) -> bool {
    s.match_indices("访问").any(|(i, m)| {
        let rest = s[i + m.len()..].trim_start_matches([' ', '\u{a0}', '：', ':']);
        let fig: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || ",.万亿 \u{a0}".contains(*c))
            .collect();
        fig.chars().any(|c| c.is_ascii_digit()) && rest[fig.len()..].starts_with('人')
    })
}

#[test]
fn the_visits_in_people_check_sees_the_old_wording() {
    // The check above, against the summary card as it read ("送给达人直播间的访问 2.21万人").
    assert!(visits_in_people("送给达人直播间的访问 2.21万人"));
    assert!(visits_in_people("访问 1,473\u{a0}人"));
    assert!(!visits_in_people("送给达人直播间的访问 2.21万次"));
    assert!(!visits_in_people("1,473 次访问 · 51 人关注了达人"));
}

/// Every sentence that counts something, with a count of one: English agrees ("1 week", "1 visit",
/// "1 order", "1 post", "1 level"), and no Chinese sentence counts visits in 人.
#[test]
fn counts_of_one_read_right_in_english() {
    use tuike_calc::i18n::num::{orders, unit_label_for, visits, weeks, with_unit};
    use tuike_calc::model::{calibrate, Counts, Trial};
    let mut texts: Vec<String> = Vec::new();
    for l in LANGS {
        texts.extend([
            people(1.0, l),
            visits(1.0, l),
            orders(1.0, l),
            weeks(1.0, l),
            with_unit(1.0, Unit::Days, l),
            with_unit(1.0, Unit::Weeks, l),
            with_unit(1.0, Unit::People, l),
            format!("1 {}", unit_label_for(Unit::Weeks, 1.0, l)),
            format!("1 {}", unit_label_for(Unit::People, 1.0, l)),
            format!("1 {}", unit_label_for(Unit::Days, 1.0, l)),
            i18n::charts::donated_people(1.0, 1.0, l),
            i18n::reasons::reason(
                &Reason::DonationRatio {
                    ratio: 2.0,
                    donated_followers: 1.0,
                    visits: 1.0,
                    donated_gmv: 50.0,
                },
                l,
            ),
            i18n::reasons::reason(
                &Reason::NoCentralSearch {
                    coupon_now: 0.0,
                    mature_coupon: 5.0,
                    maturity_weeks: 1.0,
                },
                l,
            ),
            i18n::reasons::reason(
                &Reason::LockInWhatIf {
                    attribution_days: 1.0,
                    net_now: 10.0,
                    net_locked: 20.0,
                },
                l,
            ),
            i18n::errors::field_error(
                &FieldError {
                    field: Field::Trial(tuike_calc::model::TrialField::Orders),
                    kind: FieldErrorKind::OrdersAboveClicks { clicks: 1.0 },
                },
                l,
            ),
            i18n::errors::field_error(
                &FieldError {
                    field: Field::Trial(tuike_calc::model::TrialField::Clicks),
                    kind: FieldErrorKind::ClicksBelowOrders { orders: 1.0 },
                },
                l,
            ),
        ]);
        // A one-week trial that saw one visit and one order.
        let one = Counts {
            clicks: 1.0,
            orders: 1.0,
            commission: 1.0,
        };
        let tried = Scenario {
            trial: Trial {
                weeks: Some(1.0),
                clicks: Some(1.0),
                orders: Some(1.0),
                commission: Some(1.0),
                ..Trial::default()
            },
            ..Scenario::default()
        };
        let cal = calibrate(&tried).unwrap();
        texts.push(i18n::trial::expected(&cal, &one, [true, true, true], l));
        texts.push(i18n::math::calibration_step(&cal, l).1);
        // One post a week, one level, a one-week delay, one repeat a month, one week's
        // settlement: every step of 计算过程 on every channel.
        for ch in ChannelId::ALL {
            let mut s = Scenario {
                channel: ch,
                ..Scenario::default()
            };
            s.person.posts_per_week = 1.0;
            s.person.entry_delay_weeks = 1.0;
            let c = s.params_mut(ch);
            c.levels = 1.0;
            c.repeat_per_month = 1.0;
            c.donated_orders_per_month = 1.0;
            c.settlement_days = 7.0;
            let p = project(&s, ch);
            texts.extend(i18n::math::steps(&s, &p, l).into_iter().map(|(_, b)| b));
            texts.push(i18n::workshop::slot_label(&s, l));
        }
    }
    for t in &texts {
        agrees_with_one(t);
        assert!(!visits_in_people(t), "{t}");
    }
}

/// People are whole ("8.5 人" is no one); money and ¥/小时 keep three significant digits below
/// ¥100, so neighbours round alike ("¥11.1 – ¥34.5", "¥20.2/小时" beside "¥21.1/小时").
#[test]
fn people_are_whole_and_money_keeps_three_digits() {
    assert_eq!(people(8.5, Lang::Zh), "9 人");
    assert_eq!(people(3.44, Lang::En), "3 people");
    assert_eq!(people(0.6, Lang::En), "1 person");
    assert_eq!(money(34.45, Lang::Zh), "¥34.5");
    assert_eq!(money(11.1, Lang::Zh), "¥11.1");
    assert_eq!(money(5.27, Lang::Zh), "¥5.27");
    assert_eq!(money(0.5, Lang::Zh), "¥0.5");
    assert_eq!(money(99.95, Lang::En), "¥100");
    assert_eq!(money(-34.45, Lang::Zh), "−¥34.5");
    assert_eq!(per_hour(21.13, Lang::Zh), "¥21.1/小时");
    assert_eq!(per_hour(20.2, Lang::Zh), "¥20.2/小时");
    assert_eq!(per_hour(6.013, Lang::En), "¥6.01/h");
}

/// The headline chart's text alternative states what the chart shows, with the summary's figures
/// formatted as the summary cards format them.
#[test]
fn the_headline_chart_says_its_figures() {
    use tuike_calc::i18n::num::visits;
    let s = Scenario {
        channel: ChannelId::Wxshop,
        ..Scenario::default()
    };
    let p = project(&s, ChannelId::Wxshop);
    let sm = &p.summary;
    assert!(sm.totals.commission > 0.0 && sm.totals.visits_donated > 0.0);
    for l in LANGS {
        let alt = i18n::charts::headline_alt(sm, p.weeks.len(), true, l);
        no_bad_text(&alt);
        for part in [
            money(sm.totals.net, l),
            money(sm.totals.donated_commission, l),
            i18n::charts::donation_ratio(sm.totals.donation_ratio(), l),
            visits(sm.totals.visits_donated, l),
            people(sm.totals.followers_donated, l),
        ] {
            assert!(alt.contains(&part), "{part:?} missing from {alt:?}");
        }
        assert!(!visits_in_people(&alt), "{alt}");
    }
    assert!(
        i18n::charts::headline_alt(sm, p.weeks.len(), true, Lang::Zh).contains("每赚 1 元，送出 ¥")
    );
    // A channel that gives nothing away says so, with its net.
    let t = project(&s, ChannelId::Taoke);
    let alt = i18n::charts::headline_alt(&t.summary, t.weeks.len(), false, Lang::Zh);
    assert!(
        alt.contains(&money(t.summary.totals.net, Lang::Zh))
            && alt.contains("不把访问和粉丝送给达人"),
        "{alt}"
    );
    // Nothing earned: no ratio to state (it would divide by zero), the rest still said.
    let mut z = sm.clone();
    z.totals.commission = 0.0;
    let alt = i18n::charts::headline_alt(&z, 52, true, Lang::En);
    assert!(!alt.contains("for every ¥1") && !alt.contains('—'), "{alt}");
}
