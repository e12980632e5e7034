//! Defensive input clamping: the simulation never sees NaN, ±∞ or out-of-range values, even if a
//! caller skipped `Scenario::validate` (the UI never should; this keeps outputs finite anyway).

use super::field::{ChannelField, PersonField};
use super::labels::{channel_static, person_static, ELASTICITY};
use super::scenario::{ChannelParams, Person};

/// `x` clamped to `[min, max]`; NaN becomes `min`.
fn fix(x: f64, min: f64, max: f64) -> f64 {
    if x >= min && x <= max {
        x
    } else if x > max {
        max
    } else {
        min
    }
}

/// The person with every field inside its valid bounds.
pub(crate) fn person(p: &Person) -> Person {
    let mut p = *p;
    for f in PersonField::ALL {
        let (_, _, _, min, max, _, _) = person_static(f);
        let slot = f.slot(&mut p);
        *slot = fix(*slot, min, max);
    }
    p
}

/// The channel parameters with every field inside its valid bounds and coupon ≤ price.
pub(crate) fn channel(c: &ChannelParams) -> ChannelParams {
    let mut c = *c;
    for f in ChannelField::ALL {
        let (_, _, _, min, max, _, _) = channel_static(f);
        let slot = f.slot(&mut c);
        *slot = fix(*slot, min, max);
    }
    c.coupon = c.coupon.min(c.price);
    c
}

/// ε inside its valid bounds.
pub(crate) fn elasticity(e: f64) -> f64 {
    fix(e, ELASTICITY.3, ELASTICITY.4)
}

/// A copy of the scenario with the person, channel `ch` and ε inside their bounds.
pub(crate) fn scenario(
    s: &super::scenario::Scenario,
    ch: super::channel::ChannelId,
) -> super::scenario::Scenario {
    let mut t = s.clone();
    t.person = person(&s.person);
    *t.params_mut(ch) = channel(s.params(ch));
    t.discount_elasticity = elasticity(s.discount_elasticity);
    t
}
