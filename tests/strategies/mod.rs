//! Named proptest strategies shared by the native test files: valid scenarios, field by field.
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, FileFailurePersistence};
use rand_core::{RngCore, SeedableRng};
use rand_xoshiro::SplitMix64;
use tuike_calc::i18n::Lang;
use tuike_calc::model::*;

/// Every unit a field can have.
pub const UNITS: [Unit; 15] = [
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
/// Both languages.
pub const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

/// A seeded generator for hand-built cases (splitmix64), so a failure names its seed.
pub struct Rng(SplitMix64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(SplitMix64::seed_from_u64(seed))
    }
    pub fn next(&mut self) -> u64 {
        self.0.next_u64()
    }
    /// Uniform in 0..n (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// One of `v`.
    pub fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.below(v.len())]
    }
    /// Uniform in [lo, hi].
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (self.next() >> 11) as f64 / (1u64 << 53) as f64 * (hi - lo)
    }
}

/// The case count of the property group `name`: `name = N` in `proptest.toml`, else its
/// `cases`; the PROPTEST_CASES environment variable overrides both.
pub fn cases(name: &str) -> u32 {
    let setting = |key: &str| {
        include_str!("../../proptest.toml")
            .lines()
            .map(|l| l.split('#').next().unwrap_or(""))
            .filter_map(|l| l.split_once('='))
            .find(|(k, _)| k.trim() == key)
            .map(|(_, v)| {
                v.trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("proptest.toml: {key} = {v}"))
            })
    };
    let from_file = setting(name)
        .or_else(|| setting("cases"))
        .expect("proptest.toml names `cases`");
    match std::env::var("PROPTEST_CASES") {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("PROPTEST_CASES={v} is not a count")),
        Err(_) => from_file,
    }
}

/// The configuration of the property group `name`: [`cases`] cases, and each failing case's
/// seed saved in `proptest-regressions/NAME.txt` (committed), replayed first by every run.
pub fn cfg(name: &str) -> ProptestConfig {
    let file = format!(
        "{}/proptest-regressions/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    ProptestConfig {
        cases: cases(name),
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(Box::leak(
            file.into_boxed_str(),
        )))),
        ..ProptestConfig::default()
    }
}

/// A valid value of one field: a bound, the default, a round number or any value in range.
pub fn field_value(f: Field) -> BoxedStrategy<f64> {
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
pub fn put(s: &mut Scenario, f: Field, v: f64) {
    match f {
        Field::Person(p) => *p.slot(&mut s.person) = v,
        Field::Channel(ch, c) => *c.slot(s.params_mut(ch)) = v,
        Field::DiscountElasticity => s.discount_elasticity = v,
        Field::Draws => s.draws = v as u32,
        Field::Trial(t) => *t.slot(&mut s.trial) = Some(v),
        Field::Goal => s.goal_monthly = Some(v),
    }
}

/// A valid scenario: every field drawn from its range (whole where it must be), coupon ≤ price,
/// any seed and channel.
pub fn valid_scenario() -> impl Strategy<Value = Scenario> {
    let fields: Vec<Field> = Field::all().collect();
    let values: Vec<BoxedStrategy<f64>> = fields.iter().map(|&f| field_value(f)).collect();
    (values, any::<u64>(), 0usize..6, trial_and_goal()).prop_map(
        move |(vals, seed, ch, (trial, goal))| {
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
            // A trial that keeps the rules across its results (orders ≤ visits, commission only
            // with an order or, orders not given, a visit), and a goal, or none.
            if let Some(mut t) = trial {
                if let (Some(o), Some(c)) = (t.orders, t.clicks) {
                    t.orders = Some(o.min(c));
                }
                let no_sale = match t.orders {
                    Some(o) => o < 1.0,
                    None => t.clicks == Some(0.0),
                };
                if no_sale && t.commission.is_some_and(|c| c > 0.0) {
                    t.commission = None;
                }
                // An empty trial has no channel worth keeping (links and files leave it out).
                s.trial = if t.is_empty() { Trial::default() } else { t };
            }
            s.goal_monthly = goal;
            for f in Field::optional() {
                if let Some(v) = s.value(f) {
                    assert_eq!(s.check(f, v), Ok(()), "{f:?} = {v}");
                }
            }
            s
        },
    )
}

/// A trial with any of its results given (whole counts), or none; a monthly goal or none.
fn trial_and_goal() -> impl Strategy<Value = (Option<Trial>, Option<f64>)> {
    let count = |max: f64| prop::option::of((0.0..max).prop_map(f64::round));
    let trial = (
        0usize..6,
        prop::option::of(prop_oneof![
            Just(1.0),
            (1.0..104.0f64).prop_map(f64::round),
            Just(104.0)
        ]),
        count(200.0),
        count(1e6),
        count(1e4),
        prop::option::of(0.0..1e5f64),
    )
        .prop_map(|(ch, weeks, posts, clicks, orders, commission)| Trial {
            channel: ChannelId::ALL[ch],
            weeks,
            posts,
            clicks,
            orders,
            commission,
        });
    (
        prop::option::of(trial),
        prop::option::of(prop_oneof![Just(0.0), 0.0..1e6f64, Just(3000.0)]),
    )
}

pub fn any_lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Zh), Just(Lang::En)]
}
