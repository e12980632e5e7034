//! Native tests of the share layer: URL codec round trip and fuzzing, the frozen v1 link, view
//! options, iframe snippets, CSV and JSON export/import, the saved-scenario store.

use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, TestRunner};
use tuike_calc::model::*;
use tuike_calc::share::export::*;
use tuike_calc::share::saved::*;
use tuike_calc::share::url::*;
use tuike_calc::share::*;

fn cfg(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------- named strategies ----------

/// A valid value of one field: a bound, the default, a round number or any value in range.
fn field_value(f: Field) -> BoxedStrategy<f64> {
    let m = f.meta();
    if m.integer {
        return prop_oneof![
            1 => Just(m.min),
            1 => Just(m.max),
            2 => Just(m.default),
            4 => (m.min as i64..=m.max as i64).prop_map(|v| v as f64),
        ]
        .boxed();
    }
    prop_oneof![
        1 => Just(m.min),
        1 => Just(m.max),
        4 => Just(m.default),
        2 => (m.min..=m.max).prop_map(move |v| ((v * 100.0).round() / 100.0).clamp(m.min, m.max)),
        2 => m.min..=m.max,
    ]
    .boxed()
}

/// Write a value into a field without the cross-field check (via the model's public slots).
fn put(s: &mut Scenario, f: Field, v: f64) {
    match f {
        Field::Person(p) => *p.slot(&mut s.person) = v,
        Field::Channel(ch, c) => *c.slot(s.params_mut(ch)) = v,
        Field::DiscountElasticity => s.discount_elasticity = v,
        Field::Draws => s.draws = v as u32,
    }
}

/// A valid scenario: every field drawn from its range (whole where it must be), coupon ≤ price,
/// any seed and channel.
fn valid_scenario() -> impl Strategy<Value = Scenario> {
    let fields: Vec<Field> = Field::all().collect();
    let values: Vec<BoxedStrategy<f64>> = fields.iter().map(|&f| field_value(f)).collect();
    (values, any::<u64>(), 0usize..6).prop_map(move |(vals, seed, ch)| {
        let mut s = Scenario::default();
        for (&f, &v) in fields.iter().zip(&vals) {
            put(&mut s, f, v);
        }
        for c in ChannelId::ALL {
            let p = s.params_mut(c);
            if p.coupon > p.price {
                std::mem::swap(&mut p.coupon, &mut p.price);
            }
        }
        s.seed = seed;
        s.channel = ChannelId::ALL[ch];
        assert_eq!(s.validate(), Ok(()));
        s
    })
}

fn any_lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Zh), Just(Lang::En)]
}

/// Keys a hostile link draws from: every real key, view keys and junk.
fn hostile_keys() -> Vec<String> {
    Field::all()
        .map(|f| f.key())
        .chain(
            [
                "v",
                "lang",
                "ch",
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

/// Fully random text (any chars, random numbers after real keys): fewer cases, slower to make.
fn random_link() -> impl Strategy<Value = String> {
    let keys: Vec<String> = Field::all().map(|f| f.key()).collect();
    prop_oneof![
        proptest::collection::vec(any::<char>(), 0..40)
            .prop_map(|c| c.into_iter().collect::<String>()),
        proptest::collection::vec((proptest::sample::select(keys), any::<f64>()), 0..8).prop_map(
            |kv| kv
                .into_iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("&")
        ),
        proptest::collection::vec(
            proptest::sample::select(b"=&%#?+.-0123456789eEa".to_vec()),
            0..24
        )
        .prop_map(|b| String::from_utf8(b).unwrap()),
    ]
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
        assert!(!i.message(Lang::Zh).is_empty());
        assert!(!i.message(Lang::En).is_empty());
    }
}

// ---------- URL codec ----------

proptest! {
    #![proptest_config(cfg(1_000))]

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
    let mut runner = TestRunner::new(cfg(100_000));
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
fn random_text_never_panics() {
    let mut runner = TestRunner::new(cfg(5_000));
    runner
        .run(&random_link(), |q| {
            assert_decoded_sane(&decode(&q));
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
    assert!(decode("followers=-5").ignored[0]
        .message(Lang::Zh)
        .contains("可触达人数"));
    assert!(decode("followers=-5").ignored[0]
        .message(Lang::En)
        .contains("minimum 0"));
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

// ---------- view options and iframe ----------

fn any_view() -> impl Strategy<Value = ViewOptions> {
    (
        any::<bool>(),
        proptest::option::of(proptest::sample::select(ThemeOpt::ALL.to_vec())),
        any::<bool>(),
        proptest::option::of(
            proptest::sample::subsequence(Panel::ALL.to_vec(), 1..=8).prop_shuffle(),
        ),
        any::<bool>(),
    )
        .prop_map(
            |(embed, theme, hide_title, panels, lock_channel)| ViewOptions {
                embed,
                theme,
                hide_title,
                panels,
                lock_channel,
            },
        )
}

proptest! {
    #![proptest_config(cfg(500))]

    #[test]
    fn view_options_round_trip(v in any_view()) {
        let q = encode_view(&v);
        prop_assert_eq!(&decode_view(&q), &v);
        prop_assert_eq!(&decode_view(&format!("?{q}")), &v);
    }
}

#[test]
fn view_options_tolerate_junk() {
    let v = decode_view(
        "?embed=1&theme=DARK&title=0&panels=verdict,chart,bogus,chart,compare&lock=1&followers=NaN",
    );
    assert_eq!(
        v,
        ViewOptions {
            embed: true,
            theme: Some(ThemeOpt::Dark),
            hide_title: true,
            panels: Some(vec![Panel::Verdict, Panel::Chart, Panel::Compare]),
            lock_channel: true,
        }
    );
    assert_eq!(decode_view(""), ViewOptions::default());
    assert_eq!(
        decode_view("theme=purple&panels=nope&embed=0"),
        ViewOptions::default()
    );
    assert_eq!(
        decode_view("panels=verdict%2Cchart").panels,
        Some(vec![Panel::Verdict, Panel::Chart])
    );
    assert_eq!(encode_view(&ViewOptions::default()), "");
    for p in Panel::ALL {
        assert_eq!(Panel::from_key(p.key()), Some(p));
    }
}

#[test]
fn iframe_fixed_height() {
    let view = ViewOptions {
        theme: Some(ThemeOpt::Dark),
        ..ViewOptions::default()
    };
    let html = iframe_snippet(
        "https://calc.example.com/tuike/",
        "v=1&followers=3",
        &view,
        Some(720),
    );
    assert_eq!(
        html,
        "<iframe src=\"https://calc.example.com/tuike/?embed=1&amp;theme=dark#v=1&amp;followers=3\" width=\"100%\" height=\"720\" loading=\"lazy\" title=\"推客值不值？\" style=\"border:0\"></iframe>"
    );
}

#[test]
fn iframe_self_sizing_checks_origin_and_lazy_loads() {
    let html = iframe_snippet(
        "HTTPS://Calc.Example.com:443/tuike/?a=1#old",
        "#v=1",
        &ViewOptions::default(),
        None,
    );
    assert!(
        html.contains(r#"var origin = "https://calc.example.com";"#),
        "{html}"
    );
    assert!(html.contains("event.origin !== origin"));
    assert!(html.contains("event.source !== f.contentWindow"));
    assert!(html.contains(&format!("d.type !== \"{HEIGHT_MESSAGE_TYPE}\"")));
    assert!(html.contains("d.version !== 1"));
    assert!(html.contains("Math.min(20000, Math.max(200,"));
    assert!(html.contains("IntersectionObserver"));
    assert!(html.contains("rootMargin"));
    assert!(html.contains("} else {\n    load();"));
    assert!(
        html.contains("data-src=\"HTTPS://Calc.Example.com:443/tuike/?a=1&amp;embed=1#v=1\""),
        "{html}"
    );
    assert!(!html.contains("#old"));
    // Hostile URL: quotes and angle brackets never break out of the attribute or the script.
    let html = iframe_snippet(
        "https://ex.com/a\"b<c>'</script>",
        "x=\"<",
        &ViewOptions::default(),
        None,
    );
    assert!(!html.contains("a\"b"));
    assert!(!html.contains("<c>"));
    assert_eq!(html.matches("</script>").count(), 1);
    assert!(html.contains("a&quot;b&lt;c&gt;&#39;&lt;/script&gt;"));
    let html = iframe_snippet(
        "https://ex.com/a\"b<c",
        "",
        &ViewOptions::default(),
        Some(500),
    );
    assert!(html.contains("a&quot;b&lt;c"));
    assert!(!html.contains("a\"b"));
    // Relative page URL: no origin, so no message is ever accepted.
    let html = iframe_snippet("/tuike/", "", &ViewOptions::default(), None);
    assert!(html.contains(r#"var origin = "";"#));
    assert!(html.contains("if (!origin ||"));
}

#[test]
fn origins() {
    assert_eq!(
        origin_of("http://127.0.0.1:8080/x").as_deref(),
        Some("http://127.0.0.1:8080")
    );
    assert_eq!(origin_of("http://a.b:80").as_deref(), Some("http://a.b"));
    assert_eq!(
        origin_of("https://user:pw@a.b/x").as_deref(),
        Some("https://a.b")
    );
    assert_eq!(origin_of("a.b/x"), None);
    assert_eq!(origin_of("https:///x"), None);
}

// ---------- CSV ----------

#[test]
fn weekly_csv_round_trips() {
    let mut s = Scenario::default();
    s.person.horizon_weeks = 30.0;
    for ch in ChannelId::ALL {
        s.channel = ch;
        let p = project(&s, ch);
        for lang in [Lang::Zh, Lang::En] {
            let csv = weekly_csv(&s, &p, lang);
            assert!(csv.starts_with('\u{feff}'));
            assert!(csv.ends_with("\r\n"));
            assert_eq!(csv.matches("\r\n").count(), 1 + p.weeks.len());
            assert_eq!(csv.lines().count(), 31);
            let header = csv.lines().next().unwrap();
            match lang {
                Lang::Zh => {
                    assert!(header.starts_with("\u{feff}周,受众,曝光,点击,订单,GMV,佣金,团队提成"))
                }
                Lang::En => assert!(header.starts_with("\u{feff}Week,Audience")),
            }
            let rows = parse_weekly_csv(&csv).unwrap();
            assert_eq!(rows.len(), p.weeks.len());
            for (r, w) in rows.iter().zip(&p.weeks) {
                let want = [
                    w.week as f64,
                    w.audience,
                    w.impressions,
                    w.clicks,
                    w.orders,
                    w.gmv,
                    w.commission,
                    w.overrides,
                    w.savings,
                    w.costs,
                    w.net,
                    w.cash,
                    w.hours,
                    w.visits_donated,
                    w.followers_donated,
                    w.donated_gmv,
                ];
                assert_eq!(r.len(), want.len());
                for (a, b) in r.iter().zip(want) {
                    assert!((a - b).abs() <= 0.005 + 1e-9 * b.abs(), "{a} vs {b}");
                }
            }
        }
    }
}

#[test]
fn csv_cells_and_errors() {
    assert_eq!(csv_number(1.0), "1");
    assert_eq!(csv_number(12.5), "12.5");
    assert_eq!(csv_number(-0.001), "0");
    assert_eq!(csv_number(2.345678), "2.35");
    assert_eq!(csv_cell("a,b"), "\"a,b\"");
    assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(
        parse_weekly_csv("h1,h2\r\n\"1\",\"2,5\"\r\n"),
        Err(CsvError::BadNumber { row: 2, column: 2 })
    );
    assert_eq!(
        parse_weekly_csv("a,b\n\"1,2\n"),
        Err(CsvError::UnterminatedQuote { row: 2 })
    );
    assert_eq!(parse_weekly_csv(""), Err(CsvError::Empty));
    assert_eq!(
        parse_weekly_csv("a,b\r\n1\r\n"),
        Err(CsvError::WrongColumnCount {
            row: 2,
            expected: 2,
            found: 1
        })
    );
    assert_eq!(parse_weekly_csv("a,b\n1,2"), Ok(vec![vec![1.0, 2.0]]));
}

// ---------- JSON ----------

proptest! {
    #![proptest_config(cfg(300))]

    #[test]
    fn json_round_trips(s in valid_scenario()) {
        let text = scenario_json(&s);
        let imp = import_json(&text).unwrap();
        prop_assert_eq!(&imp.ignored, &Vec::<Ignored>::new());
        prop_assert_eq!(&imp.scenario, &s);
        // The nested serde form of older exports imports too (its seed is a JSON number, so
        // exact up to 2^53).
        let s = Scenario { seed: s.seed % (1 << 53), ..s };
        let bare = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(import_json(&bare).unwrap().scenario, s);
    }
}

#[test]
fn json_export_shape() {
    let text = scenario_json(&Scenario::default());
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "tuike-calc/scenario");
    assert_eq!(v["version"], 1);
    // Flat, keyed like the link: every field, the seed as a string (64-bit exact).
    assert_eq!(v["scenario"]["followers"], 800.0);
    assert_eq!(v["scenario"]["wxshop.commission_rate"], 0.05);
    assert_eq!(v["scenario"]["ch"], "wxshop");
    assert_eq!(v["scenario"]["seed"], "20250312");
    assert_eq!(
        v["scenario"].as_object().unwrap().len(),
        2 + Field::all().count()
    );
    assert!(
        text.contains("\n    \"followers\": 800,\n"),
        "one field a line:\n{text}"
    );
}

#[test]
fn json_import_errors_and_field_reports() {
    assert!(matches!(
        import_json("not json"),
        Err(ImportError::NotJson { line: 1, .. })
    ));
    assert_eq!(import_json("[1,2]"), Err(ImportError::WrongFormat));
    assert_eq!(import_json("{}"), Err(ImportError::WrongFormat));
    assert_eq!(import_json("{\"a\":1}"), Err(ImportError::WrongFormat));
    assert_eq!(
        import_json(r#"{"format":"other","version":1,"scenario":{}}"#),
        Err(ImportError::WrongFormat)
    );
    assert_eq!(
        import_json(r#"{"format":"tuike-calc/scenario","version":1,"scenario":3}"#),
        Err(ImportError::WrongFormat)
    );
    assert_eq!(
        import_json(r#"{"format":"tuike-calc/scenario","version":7,"scenario":{}}"#),
        Err(ImportError::NewerVersion(7))
    );
    assert_eq!(
        import_json(&" ".repeat(MAX_IMPORT_LEN + 1)),
        Err(ImportError::TooLarge)
    );
    assert!(matches!(
        import_json(&"[".repeat(10_000)),
        Err(ImportError::NotJson { .. })
    ));
    // A number beyond f64 is read, and refused as a value (the file is otherwise fine).
    let imp = import_json(r#"{"draws":1e400}"#).unwrap();
    assert_eq!(imp.scenario.draws, Scenario::default().draws);
    assert_eq!(imp.ignored[0].key, "draws");
    for e in [
        ImportError::NotJson { line: 1, column: 2 },
        ImportError::WrongFormat,
        ImportError::NewerVersion(2),
        ImportError::TooLarge,
    ] {
        assert!(!e.message(Lang::Zh).is_empty() && !e.to_string().is_empty());
    }

    let text = r#"{
      "format": "tuike-calc/scenario", "version": 1,
      "scenario": {
        "person": { "followers": "lots", "posts_per_week": 9, "reach_rate": 1e300, "junk": {"a": [1]} },
        "channels": [ { "price": 100, "coupon": 80, "override_rates": [0.1, "x", 0.2, 0.3, 0.4] }, 7 ],
        "seed": -3, "channel": "Nope", "draws": 20000.5, "discount_elasticity": null, "extra": [[[]]]
      }
    }"#;
    let imp = import_json(text).unwrap();
    let s = &imp.scenario;
    let d = Scenario::default();
    assert_eq!(s.person.followers, d.person.followers);
    assert_eq!(s.person.posts_per_week, 9.0);
    assert_eq!(s.person.reach_rate, d.person.reach_rate);
    assert_eq!(s.channels[0].price, 100.0);
    assert_eq!(s.channels[0].coupon, 80.0);
    assert_eq!(s.channels[0].override_rates, [0.1, 0.0, 0.2, 0.3]);
    assert_eq!(s.seed, d.seed);
    assert_eq!(s.channel, d.channel);
    assert_eq!(s.draws, d.draws);
    let keys: Vec<&str> = imp.ignored.iter().map(|i| i.key.as_str()).collect();
    for k in [
        "followers",
        "reach_rate",
        "junk",
        "taoke.override_rate_2",
        "taoke.override_rate_5",
        "channels[1]",
        "seed",
        "channel",
        "draws",
        "elasticity",
        "extra",
    ] {
        assert!(keys.contains(&k), "{k} not in {keys:?}");
    }
    assert_eq!(imp.ignored.len(), 11, "{keys:?}");
    assert_eq!(s.validate(), Ok(()));
}

/// Random JSON-ish text built from scenario-shaped fragments.
fn hostile_json() -> impl Strategy<Value = String> {
    let frags = vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"format\"",
        "\"tuike-calc/scenario\"",
        "\"version\"",
        "\"scenario\"",
        "\"person\"",
        "\"channels\"",
        "\"followers\"",
        "\"price\"",
        "\"coupon\"",
        "\"override_rates\"",
        "\"seed\"",
        "\"channel\"",
        "\"draws\"",
        "1",
        "0",
        "-1",
        "1e300",
        "1e400",
        "0.5",
        "null",
        "true",
        "\"x\"",
        "\"Wxshop\"",
        "18446744073709551616",
        "\"\\u0000\"",
    ];
    prop_oneof![
        proptest::collection::vec(proptest::sample::select(frags), 0..40).prop_map(|v| v.concat()),
        (
            valid_scenario(),
            0usize..4000,
            proptest::sample::select(vec!["", "x", "}", "\"", "1e999", "[{"])
        )
            .prop_map(|(s, at, ins)| {
                let mut t = scenario_json(&s);
                let mut at = at.min(t.len());
                while !t.is_char_boundary(at) {
                    at -= 1;
                }
                t.insert_str(at, ins);
                t
            }),
    ]
}

#[test]
fn hostile_json_never_panics() {
    let mut runner = TestRunner::new(cfg(5_000));
    runner
        .run(&hostile_json(), |t| {
            if let Ok(imp) = import_json(&t) {
                assert_eq!(imp.scenario.validate(), Ok(()));
            }
            let l = load_store(Some(&t));
            let _ = save_store(&l.store);
            Ok(())
        })
        .unwrap();
}

// ---------- saved store ----------

fn scen(followers: f64) -> Scenario {
    let mut s = Scenario::default();
    s.person.followers = followers;
    s
}

#[test]
fn store_round_trips() {
    let mut st = SavedStore::default();
    assert!(st.upsert("  A  ", scen(1.0), 1000.0));
    assert!(st.upsert("B", scen(2.0), 2000.0));
    assert!(st.upsert("A", scen(3.0), 3000.0));
    assert_eq!(st.items.len(), 2);
    assert_eq!(st.items[0].name, "A");
    assert_eq!(st.items[0].scenario.person.followers, 3.0);
    let text = save_store(&st);
    let l = load_store(Some(&text));
    assert!(l.corrupt.is_empty() && l.whole_corrupt.is_none());
    assert_eq!(l.store, st);
    assert!(st.remove("B"));
    assert!(!st.remove("B"));
    assert_eq!(st.items.len(), 1);
    assert_eq!(load_store(None), LoadedStore::default());
    assert_eq!(load_store(Some("")), LoadedStore::default());
}

#[test]
fn store_names_and_cap() {
    let mut st = SavedStore::default();
    let long = "名".repeat(100);
    st.upsert(&long, scen(1.0), 0.0);
    assert_eq!(st.items[0].name.chars().count(), MAX_NAME_CHARS);
    st.upsert(" \t\n", scen(1.0), 0.0);
    assert_eq!(st.items[0].name, UNNAMED);
    for i in 0..100 {
        st.upsert(&format!("n{i}"), scen(1.0), i as f64);
    }
    assert_eq!(st.items.len(), MAX_ITEMS);
    assert!(!st.upsert("new", scen(1.0), 0.0));
    assert!(
        st.upsert("n3", scen(9.0), 0.0),
        "replacing is allowed when full"
    );
}

#[test]
fn corrupt_entries_are_kept_aside() {
    let mut st = SavedStore::default();
    st.upsert("good", scen(5.0), 1.0);
    let good = save_store(&st);
    let v: serde_json::Value = serde_json::from_str(&good).unwrap();
    let good_item = v["items"][0].to_string();
    let text = format!(
        r#"{{"version":1,"items":[{good_item},{{"name":"bad","saved_at":2,"scenario":{{"person":{{"followers":-1}}}}}},42,{{"name":7}}]}}"#
    );
    let l = load_store(Some(&text));
    assert_eq!(l.store.items.len(), 1);
    assert_eq!(l.store.items[0].name, "good");
    assert_eq!(l.corrupt.len(), 3);
    assert!(l.corrupt[0].contains("\"followers\":-1"));
    assert_eq!(l.corrupt[1], "42");
    assert!(l.whole_corrupt.is_none());

    for whole in [
        "{not json",
        "{\"version\":2,\"items\":[]}",
        "{\"items\":3}",
        "\"str\"",
    ] {
        let l = load_store(Some(whole));
        assert_eq!(l.whole_corrupt.as_deref(), Some(whole));
        assert!(l.store.items.is_empty());
    }
    assert_eq!(STORE_KEY, "tuike-calc:saved");
    assert_eq!(CORRUPT_KEY, "tuike-calc:saved:corrupt");
}

#[test]
fn v0_store_migrates() {
    // v0: a bare array of items, no saved_at.
    let v0 =
        r#"[{"name":"old","scenario":{"person":{"followers":1234}}},{"name":"x","scenario":"?"}]"#;
    let l = load_store(Some(v0));
    assert_eq!(l.store.version, STORE_VERSION);
    assert_eq!(l.store.items.len(), 1);
    assert_eq!(l.store.items[0].name, "old");
    assert_eq!(l.store.items[0].saved_at, 0.0);
    assert_eq!(l.store.items[0].scenario, scen(1234.0));
    assert_eq!(l.corrupt.len(), 1);
    let again = load_store(Some(&save_store(&l.store)));
    assert_eq!(again.store, l.store);
    assert!(save_store(&l.store).starts_with("{\"version\":1,"));
}
