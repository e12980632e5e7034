//! Native tests of the link codec (the `#hash` that reproduces a scenario): round trip, hostile
//! links (one generator, 100,000 links), field-by-field fallback, frozen v1 links.

mod strategies;

use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use strategies::*;
use tuike_calc::i18n::Lang;
use tuike_calc::model::*;
use tuike_calc::share::url::*;
use tuike_calc::share::view::*;
use tuike_calc::share::*;

fn hostile_keys() -> Vec<String> {
    Field::all()
        .chain(Field::optional())
        .map(|f| f.key())
        .chain(
            [
                "v",
                "lang",
                "ch",
                "trial.ch",
                "trial.",
                "seed",
                "embed",
                "panels",
                "theme",
                "",
                "x",
                "%ZZ",
                "followers%00",
                "%66ollowers",
                "中",
                "draws.",
                ".price",
                "wxshop.",
                "#",
                "?",
                "FOLLOWERS",
                "followers+",
            ]
            .map(String::from),
        )
        .collect()
}

/// Values a hostile link draws from: good, bad, hostile.
const HOSTILE_VALUES: [&str; 40] = [
    "",
    "NaN",
    "inf",
    "-inf",
    "1e400",
    "-1e400",
    "1e-400",
    "-5",
    "-0",
    "0",
    "1",
    "0.5",
    "12000",
    "%ZZ",
    "%",
    "%2",
    "+",
    "1e",
    "..",
    "0x10",
    "999999999999999999999999",
    "2",
    "999",
    "zh",
    "en",
    "wxshop",
    "taoke",
    "中文",
    "😀",
    "=",
    "1,5",
    "+7+",
    "5e-324",
    "1.7976931348623157e308",
    "%31%32",
    "1e5",
    "100",
    "0.06",
    "\\u0000",
    "\u{0}",
];

const SEPARATORS: [&str; 6] = ["&", "&", "&", "", "&&", "="];
const PREFIXES: [&str; 5] = ["", "#", "?", "##", "#?"];

/// splitmix64: the cheap generator behind [`hostile_link`].
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The hostile link of one seed: a prefix and up to 10 `key=value` pieces picked from the tables
/// above (or a random number of any bit pattern), joined by mostly `&`.
fn hostile_link_from(keys: &[String], seed: u64) -> String {
    let mut st = seed;
    let mut r = |n: usize| (splitmix(&mut st) % n as u64) as usize;
    let mut q = String::from(PREFIXES[r(PREFIXES.len())]);
    for _ in 0..r(11) {
        q.push_str(&keys[r(keys.len())]);
        q.push('=');
        if r(5) == 0 {
            // Any bit pattern: negative, tiny, huge, NaN, inf.
            q.push_str(&format!("{}", f64::from_bits(r(usize::MAX) as u64)));
        } else {
            q.push_str(HOSTILE_VALUES[r(HOSTILE_VALUES.len())]);
        }
        q.push_str(SEPARATORS[r(SEPARATORS.len())]);
    }
    q
}

/// A hostile link drawn from a seed: one integer per case keeps 100,000 cases quick in debug
/// builds (a failure prints the seed's link, which reproduces it).
fn hostile_link() -> impl Strategy<Value = String> {
    let keys = hostile_keys();
    any::<u64>().prop_map(move |seed| hostile_link_from(&keys, seed))
}

/// Cheap invariants of any decode: coupon ≤ price everywhere, short echoed keys, bounded list.
fn assert_decoded_cheap(d: &Decoded) {
    for ch in ChannelId::ALL {
        let p = d.scenario.params(ch);
        assert!(p.coupon <= p.price);
    }
    assert!(d.ignored.len() <= MAX_IGNORED + 1 + 12);
    for i in &d.ignored {
        assert!(i.key.chars().count() <= 64);
    }
}

/// Every invariant of a decode, including the full validation and the messages.
fn assert_decoded_sane(d: &Decoded) {
    assert_decoded_cheap(d);
    assert_eq!(d.scenario.validate(), Ok(()));
    for i in &d.ignored {
        assert!(!tuike_calc::i18n::errors::ignored(i, Lang::Zh).is_empty());
        assert!(!tuike_calc::i18n::errors::ignored(i, Lang::En).is_empty());
    }
}

// ---------- URL codec ----------

proptest! {
    #![proptest_config(cfg("share_link"))]

    #[test]
    fn url_round_trips(s in valid_scenario(), lang in any_lang()) {
        let q = encode(&s, lang);
        prop_assert!(q.starts_with("v=1&lang="));
        prop_assert!(q.len() <= MAX_QUERY_LEN);
        let d = decode(&q);
        prop_assert_eq!(&d.ignored, &Vec::<Ignored>::new());
        prop_assert_eq!(&d.scenario, &s);
        prop_assert_eq!(d.lang, Some(lang));
        prop_assert_eq!(d.version, 1);
        // Identical bits, not just ==, so charts are the same.
        for f in Field::all() {
            prop_assert_eq!(d.scenario.get(f).to_bits(), (s.get(f) + 0.0).to_bits(), "{}", f.key());
        }
        // With a leading '#' too.
        prop_assert_eq!(decode(&format!("#{q}")).scenario, s);
    }
}

#[test]
fn hostile_links_never_panic_100k() {
    let n = std::cell::Cell::new(0u32);
    let mut runner = TestRunner::new(cfg("hostile_links"));
    runner
        .run(&hostile_link(), |q| {
            let d = decode(&q);
            // The full validation costs more than a decode in debug builds: every 50th case.
            n.set(n.get() + 1);
            if n.get() % 50 == 0 {
                assert_decoded_sane(&d);
            } else {
                assert_decoded_cheap(&d);
            }
            let _ = decode_view(&q);
            Ok(())
        })
        .unwrap();
}

#[test]
fn hand_picked_hostile_links() {
    let long_digits = format!("followers={}", "9".repeat(100_000));
    let long_junk = "a=b&".repeat(20_000);
    let many_followers = "followers=1&".repeat(5_000);
    let unicode_long = "中文😀".repeat(10_000);
    // Multi-byte characters across every cut point (the length cap and the echoed-key cap).
    let unicode_shifted: Vec<String> = (0..4)
        .map(|i| format!("{}{}", "a".repeat(i), "😀".repeat(MAX_QUERY_LEN / 3)))
        .chain((0..4).map(|i| format!("{}{}", "a".repeat(i), "😀".repeat(100))))
        .chain((0..4).map(|i| format!("{}{}=1", "a".repeat(i), "😀".repeat(100))))
        .collect();
    let near_cap = format!("{}&followers=5", "x".repeat(MAX_QUERY_LEN - 3));
    let cases: Vec<&str> = vec![
        "",
        "#",
        "?",
        "&&&",
        "=",
        "==",
        "v=999",
        "v=0",
        "v=-1",
        "v=abc",
        "v=99999999999999999999999",
        "followers=NaN",
        "followers=1e400",
        "followers=-5",
        "followers=inf",
        "followers=0.5",
        "%ZZ",
        "%",
        "%E4%B8",
        "followers",
        "followers=1&followers=2",
        "draws=1e9",
        "draws=150.5",
        "seed=-1",
        "seed=18446744073709551616",
        "ch=nope",
        "lang=fr",
        "中文=值&😀=1",
        "\u{0}\u{1}\u{7f}",
        "wxshop.coupon=1e5&wxshop.price=1",
        &long_digits,
        &long_junk,
        &many_followers,
        &unicode_long,
        &near_cap,
    ];
    for q in cases
        .into_iter()
        .chain(unicode_shifted.iter().map(String::as_str))
    {
        let d = decode(q);
        assert_decoded_sane(&d);
        let _ = decode_view(q);
    }
}

#[test]
fn bad_values_fall_back_field_by_field() {
    let d =
        decode("#followers=NaN&posts_per_week=7&reach_rate=2&draws=150.5&ch=nope&lang=fr&zzz=1");
    let def = Scenario::default();
    assert_eq!(d.scenario.person.followers, def.person.followers);
    assert_eq!(d.scenario.person.posts_per_week, 7.0);
    assert_eq!(d.scenario.person.reach_rate, def.person.reach_rate);
    assert_eq!(d.scenario.draws, def.draws);
    assert_eq!(d.scenario.channel, def.channel);
    assert_eq!(d.lang, None);
    assert_eq!(d.version, 1, "no v means v1");
    let keys: Vec<(&str, &IgnoreReason)> = d
        .ignored
        .iter()
        .map(|i| (i.key.as_str(), &i.reason))
        .collect();
    assert_eq!(keys[0], ("followers", &IgnoreReason::NotANumber));
    assert!(matches!(
        keys[1],
        (
            "reach_rate",
            IgnoreReason::OutOfRange(FieldError {
                kind: FieldErrorKind::AboveMax { .. },
                ..
            })
        )
    ));
    assert!(matches!(
        keys[2],
        (
            "draws",
            IgnoreReason::OutOfRange(FieldError {
                kind: FieldErrorKind::NotInteger,
                ..
            })
        )
    ));
    assert_eq!(keys[3], ("ch", &IgnoreReason::UnknownValue));
    assert_eq!(keys[4], ("lang", &IgnoreReason::UnknownValue));
    assert_eq!(keys[5], ("zzz", &IgnoreReason::UnknownKey));
    assert_eq!(keys.len(), 6);
    // 1e400 is out of range as "not finite".
    let d = decode("followers=1e400");
    assert!(matches!(
        d.ignored[0].reason,
        IgnoreReason::OutOfRange(FieldError {
            kind: FieldErrorKind::NotFinite,
            ..
        })
    ));
    // Messages name the field in both languages.
    let said = |l| tuike_calc::i18n::errors::ignored(&decode("followers=-5").ignored[0], l);
    assert!(said(Lang::Zh).contains("可触达人数"), "{}", said(Lang::Zh));
    assert!(
        said(Lang::En).contains("Too small. Enter a whole number from 0"),
        "{}",
        said(Lang::En)
    );
}

#[test]
fn coupon_and_price_are_order_independent() {
    // taoke defaults: price 49, coupon 10. A coupon of 80 needs the price of 100 first.
    for q in [
        "taoke.coupon=80&taoke.price=100",
        "taoke.price=100&taoke.coupon=80",
    ] {
        let d = decode(q);
        assert!(d.ignored.is_empty(), "{q}: {:?}", d.ignored);
        assert_eq!(d.scenario.channels[0].price, 100.0);
        assert_eq!(d.scenario.channels[0].coupon, 80.0);
    }
    // A price below the default coupon, alone, is inconsistent and reverts.
    let d = decode("taoke.price=5");
    assert_eq!(d.scenario.channels[0].price, 49.0);
    assert!(matches!(
        &d.ignored[..],
        [Ignored { key, reason: IgnoreReason::Inconsistent(_) }] if key == "taoke.price"
    ));
    // Both given, coupon above price: both revert (the default coupon 10 > 5 too).
    let d = decode("taoke.price=5&taoke.coupon=20");
    assert_eq!(d.scenario.channels[0].price, 49.0);
    assert_eq!(d.scenario.channels[0].coupon, 10.0);
    assert_eq!(d.ignored.len(), 2);
    assert!(d
        .ignored
        .iter()
        .all(|i| matches!(i.reason, IgnoreReason::Inconsistent(_))));
    // Coupon above a kept price: only the coupon reverts.
    let d = decode("taoke.price=60&taoke.coupon=70");
    assert_eq!(d.scenario.channels[0].price, 60.0);
    assert_eq!(d.scenario.channels[0].coupon, 10.0);
    assert_eq!(d.ignored.len(), 1);
    assert_eq!(d.ignored[0].key, "taoke.coupon");
}

#[test]
fn versions_duplicates_and_length() {
    let d = decode("v=2&followers=900&newkey=1");
    assert_eq!(d.version, 2);
    assert_eq!(d.scenario.person.followers, 900.0);
    assert_eq!(
        d.ignored[0],
        Ignored {
            key: "v".into(),
            reason: IgnoreReason::NewerVersion(2)
        }
    );
    assert_eq!(d.ignored[1].reason, IgnoreReason::UnknownKey);

    let d = decode("followers=1&followers=2");
    assert_eq!(d.scenario.person.followers, 1.0);
    assert_eq!(
        d.ignored,
        vec![Ignored {
            key: "followers".into(),
            reason: IgnoreReason::Duplicate
        }]
    );

    // View keys in the same string are not reported as unknown.
    assert!(decode("embed=1&theme=dark&followers=3").ignored.is_empty());

    // Past the length cap: the rest is reported, what came before is kept.
    let q = format!(
        "followers=5&{}&posts_per_week=9",
        "x=1&".repeat(MAX_QUERY_LEN / 4)
    );
    let d = decode(&q);
    assert_eq!(d.scenario.person.followers, 5.0);
    assert_eq!(d.scenario.person.posts_per_week, 5.0);
    assert!(d.ignored.iter().any(|i| i.reason == IgnoreReason::TooLong));
}

/// A link made by v1. It must keep decoding to these numbers forever: never edit it.
const FROZEN_V1_LINK: &str =
    "v=1&lang=zh&ch=wxshop&seed=7&followers=12000&wxshop.commission_rate=0.06";
/// A fuller v1 link (percent-encoded, '+', exponent form, other channels): also frozen.
const FROZEN_V1_LINK_2: &str =
    "#v=1&lang=en&ch=private_live&seed=18446744073709551615&draws=5000&elasticity=2.5&taoke.price=100&taoke.coupon=80&posts_per_week=%31%34&mute_rate=5e-4&private_live.levels=3&horizon_weeks=+104";

#[test]
fn frozen_v1_link_still_decodes() {
    let d = decode(FROZEN_V1_LINK);
    assert_eq!(d.version, 1);
    assert_eq!(d.lang, Some(Lang::Zh));
    assert!(d.ignored.is_empty(), "{:?}", d.ignored);
    let s = &d.scenario;
    assert_eq!(s.channel, ChannelId::Wxshop);
    assert_eq!(s.seed, 7);
    assert_eq!(s.person.followers, 12000.0);
    assert_eq!(s.channels[ChannelId::Wxshop.index()].commission_rate, 0.06);
    let mut expect = Scenario {
        channel: ChannelId::Wxshop,
        seed: 7,
        ..Scenario::default()
    };
    expect.person.followers = 12000.0;
    expect.params_mut(ChannelId::Wxshop).commission_rate = 0.06;
    assert_eq!(s, &expect);

    let d = decode(FROZEN_V1_LINK_2);
    assert!(d.ignored.is_empty(), "{:?}", d.ignored);
    assert_eq!(d.lang, Some(Lang::En));
    let s = &d.scenario;
    assert_eq!(s.channel, ChannelId::PrivateLive);
    assert_eq!(s.seed, u64::MAX);
    assert_eq!(s.draws, 5000);
    assert_eq!(s.discount_elasticity, 2.5);
    assert_eq!(s.channels[0].price, 100.0);
    assert_eq!(s.channels[0].coupon, 80.0);
    assert_eq!(s.person.posts_per_week, 14.0);
    assert_eq!(s.person.mute_rate, 0.0005);
    assert_eq!(s.channels[ChannelId::PrivateLive.index()].levels, 3.0);
    assert_eq!(s.person.horizon_weeks, 104.0);
}

#[test]
fn key_migration_mechanism() {
    let table = [
        KeyRename {
            before: 2,
            old: "friends",
            new: "fans",
        },
        KeyRename {
            before: 3,
            old: "fans",
            new: "followers",
        },
    ];
    assert_eq!(migrate_key_with(&table, 1, "friends"), "followers");
    assert_eq!(migrate_key_with(&table, 2, "fans"), "followers");
    assert_eq!(migrate_key_with(&table, 2, "friends"), "friends");
    assert_eq!(migrate_key_with(&table, 3, "fans"), "fans");
    assert_eq!(migrate_key_with(&table, 1, "draws"), "draws");
    // The live table maps every current key to itself.
    for f in Field::all() {
        assert_eq!(migrate_key(SHARE_VERSION, &f.key()), f.key());
    }
}

#[test]
fn encode_is_compact_and_exact() {
    assert_eq!(
        encode(&Scenario::default(), Lang::Zh),
        "v=1&lang=zh&ch=wxshop&seed=20250312"
    );
    let mut s = Scenario::default();
    s.person.followers = 12000.0;
    s.params_mut(ChannelId::Wxshop).commission_rate = 0.06;
    s.seed = 7;
    assert_eq!(encode(&s, Lang::Zh), FROZEN_V1_LINK);
    s.person.mute_rate = 1.5e-7;
    s.draws = 150;
    let q = encode(&s, Lang::En);
    // Plain decimals, never exponents (people read and edit links).
    assert!(q.contains("mute_rate=0.00000015"), "{q}");
    for (k, v) in q.split('&').filter_map(|kv| kv.split_once('=')) {
        if Field::from_key(k).is_some() {
            assert!(!v.contains(['e', 'E']), "{k}={v} in {q}");
        }
    }
    assert!(q.contains("draws=150&") || q.ends_with("draws=150"), "{q}");
    assert_eq!(decode(&q).scenario, s);
    // -0 is 0: not written, decodes equal.
    s.person.entry_delay_weeks = -0.0;
    assert!(!encode(&s, Lang::En).contains("entry_delay"));
}

/// A link's value may be up to `MAX_VALUE_LEN` characters (zeros in front are still a number);
/// one more is too long (written against two survivors of mutation testing, TESTING.md).
#[test]
fn a_value_is_read_up_to_its_length_limit() {
    let at_limit = format!("{}5", "0".repeat(MAX_VALUE_LEN - 1));
    assert_eq!(at_limit.len(), MAX_VALUE_LEN);
    assert_eq!(parse_number(&at_limit), Ok(5.0));
    let over = format!("0{at_limit}");
    assert_eq!(parse_number(&over), Err(IgnoreReason::TooLong));
    assert_eq!(parse_number("5"), Ok(5.0));
    // No digit at all is no number, whatever surrounds it.
    for s in ["-", "+", ".", "-.", "-.e5", "e5", "1e", "1.2.3"] {
        assert_eq!(parse_number(s), Err(IgnoreReason::NotANumber), "{s:?}");
    }
    assert_eq!(parse_number(".5"), Ok(0.5));
    assert_eq!(parse_number("-0.5e-3"), Ok(-0.0005));
    assert_eq!(parse_number("1E5"), Ok(100_000.0));
    assert_eq!(parse_number("1e+5"), Ok(100_000.0));
}

/// A seed is digits only, at most 20 of them: a sign or a zero-padded 21-digit seed is set aside
/// (said, and the default kept), where Rust's own integer parser would take both.
#[test]
fn a_seed_is_plain_digits() {
    let default = Scenario::default().seed;
    for bad in ["%2B5", "000000000000000000001", "", "5x"] {
        let d = decode(&format!("v=1&seed={bad}"));
        assert_eq!(d.scenario.seed, default, "seed={bad}");
        assert!(
            d.ignored.iter().any(|i| i.key == "seed"),
            "seed={bad}: {:?}",
            d.ignored
        );
    }
    assert_eq!(decode("v=1&seed=00000000000000000005").scenario.seed, 5);
}

/// A link of version 0 does not exist: its `v` is set aside and said, and the rest is read as
/// the current version.
#[test]
fn version_zero_is_set_aside() {
    let d = decode("v=0&followers=1200");
    assert!(
        d.ignored
            .iter()
            .any(|i| i.key == "v" && i.reason == IgnoreReason::UnknownValue),
        "{:?}",
        d.ignored
    );
    assert_eq!(d.scenario.person.followers, 1200.0);
}
