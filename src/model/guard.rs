//! Defensive input clamping: the simulation never sees NaN, ±∞ or out-of-range values, even if a
//! caller skipped `Scenario::validate` (the UI never should; this keeps outputs finite anyway).

use super::channel::ChannelId;
use super::scenario::Scenario;
use super::table::{ChannelField, PersonField};
use super::table::{ChannelParams, Person};
use super::table::{FieldDef, ELASTICITY};

/// `x` clamped to the field's `[min, max]`; NaN becomes `min`.
fn fix(x: f64, d: &FieldDef) -> f64 {
    if x >= d.min && x <= d.max {
        x
    } else if x > d.max {
        d.max
    } else {
        d.min
    }
}

/// The person with every field inside its valid bounds.
pub(crate) fn person(p: &Person) -> Person {
    let mut p = *p;
    for f in PersonField::ALL {
        let slot = f.slot(&mut p);
        *slot = fix(*slot, &f.row().def);
    }
    p
}

/// The channel parameters with every field inside its valid bounds and coupon ≤ price.
pub(crate) fn channel(c: &ChannelParams) -> ChannelParams {
    let mut c = *c;
    for f in ChannelField::ALL {
        let slot = f.slot(&mut c);
        *slot = fix(*slot, &f.row().def);
    }
    c.coupon = c.coupon.min(c.price);
    c
}

/// ε inside its valid bounds.
pub(crate) fn elasticity(e: f64) -> f64 {
    fix(e, &ELASTICITY.def)
}

/// A copy of the scenario with the person, channel `ch` and ε inside their bounds.
pub(crate) fn scenario(s: &Scenario, ch: ChannelId) -> Scenario {
    let mut t = s.clone();
    t.person = person(&s.person);
    *t.params_mut(ch) = channel(s.params(ch));
    t.discount_elasticity = elasticity(s.discount_elasticity);
    t
}
