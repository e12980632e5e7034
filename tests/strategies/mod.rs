//! Named proptest strategies shared by the native test files: valid scenarios, field by field.
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use tuike_calc::i18n::Lang;
use tuike_calc::model::*;

/// `cases` cases, no failure files.
pub fn cfg(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
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

pub fn any_lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Zh), Just(Lang::En)]
}
