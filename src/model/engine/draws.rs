//! The draws (MODEL.md §6): every uncertain input's triangular range around the person's value,
//! and one seeded stream that draws them in order — the same stream for the bands and for the
//! trial's calibration, so a draw is the same "you" in both.

use crate::model::channel::ChannelId;
use crate::model::field::Field;
use crate::model::scenario::Scenario;
use crate::model::table::{ChannelParams, Person};
use rand_core::{RngCore, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

/// One uncertain input: triangular(low, mode, high) with mode = the user's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Uncertain {
    pub field: Field,
    pub low: f64,
    pub mode: f64,
    pub high: f64,
}

/// The range of `f` around the user's value (MODEL.md §6): it follows the value
/// proportionally, `low' = value·low/default`, `high' = value·high/default`; when the default
/// is 0 the range is shifted instead (`value + low − default`, `value + high − default`); then
/// clamped to the field's `[min, max]` and widened to include the value. `None` when the field
/// is certain, not applicable, or the range collapses.
pub fn range_around(s: &Scenario, f: Field) -> Option<(f64, f64)> {
    let m = f.meta();
    if !m.applicable || m.integer || m.low >= m.high {
        return None;
    }
    let v = s.get(f);
    let (a, b) = if m.default != 0.0 {
        (v * m.low / m.default, v * m.high / m.default)
    } else {
        (v + m.low - m.default, v + m.high - m.default)
    };
    let lo = a.min(b).clamp(m.min, m.max).min(v);
    let hi = a.max(b).clamp(m.min, m.max).max(v);
    if lo < hi && lo.is_finite() && hi.is_finite() {
        Some((lo, hi))
    } else {
        None
    }
}

/// Every uncertain input of one channel at the scenario's values, in `Field::for_channel` order.
pub fn uncertain_inputs(s: &Scenario, ch: ChannelId) -> Vec<Uncertain> {
    Field::for_channel(ch)
        .filter_map(|f| {
            range_around(s, f).map(|(low, high)| Uncertain {
                field: f,
                low,
                mode: s.get(f),
                high,
            })
        })
        .collect()
}

/// The random stream of `seed`.
pub(crate) fn rng(seed: u64) -> Xoshiro256PlusPlus {
    Xoshiro256PlusPlus::seed_from_u64(seed)
}

/// Uniform in [0, 1) from the top 53 bits.
pub(crate) fn uniform(rng: &mut Xoshiro256PlusPlus) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// Triangular(a, c, b) by inverse CDF (only + − × ÷ √, all correctly rounded: same bits on
/// every target).
pub fn triangular(u: f64, a: f64, c: f64, b: f64) -> f64 {
    let w = b - a;
    if w <= 0.0 {
        return c;
    }
    let fc = (c - a) / w;
    let x = if u < fc {
        a + (u * w * (c - a)).sqrt()
    } else {
        b - ((1.0 - u) * w * (b - c)).sqrt()
    };
    // Clamp by comparison (no libm call at opt-level "z").
    if x < a {
        a
    } else if x > b {
        b
    } else {
        x
    }
}

/// One draw's inputs: the person, the channel's parameters and ε.
pub(crate) type Inputs = (Person, ChannelParams, f64);

/// Draw every uncertain input in order into `out` (one value each).
pub(crate) fn draw_values(inputs: &[Uncertain], rng: &mut Xoshiro256PlusPlus, out: &mut Vec<f64>) {
    out.extend(
        inputs
            .iter()
            .map(|u| triangular(uniform(rng), u.low, u.mode, u.high)),
    );
}

/// `base`'s person, channel `ch` and ε with the uncertain inputs set to `values` (in `inputs`
/// order).
pub(crate) fn with_values(
    base: &Scenario,
    ch: ChannelId,
    inputs: &[Uncertain],
    values: &[f64],
) -> Inputs {
    let mut p = base.person;
    let mut c = *base.params(ch);
    let mut eps = base.discount_elasticity;
    for (u, &v) in inputs.iter().zip(values) {
        match u.field {
            Field::Person(f) => *f.slot(&mut p) = v,
            Field::Channel(_, f) => *f.slot(&mut c) = v,
            Field::DiscountElasticity => eps = v,
            _ => {}
        }
    }
    (p, c, eps)
}

/// The draws of one stream, kept: `values` holds `inputs.len()` values per draw, draw after
/// draw, so any draw can be run again (the calibration weighs them; the bands resample them).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct DrawSet {
    pub inputs: Vec<Uncertain>,
    pub values: Vec<f64>,
    /// Draws held.
    pub n: usize,
}

impl DrawSet {
    /// Draw one more from `rng`.
    pub fn push(&mut self, rng: &mut Xoshiro256PlusPlus) {
        draw_values(&self.inputs, rng, &mut self.values);
        self.n += 1;
    }

    /// The values of draw `i`.
    pub fn draw(&self, i: usize) -> &[f64] {
        let k = self.inputs.len();
        &self.values[i * k..(i + 1) * k]
    }
}
