//! Sensitivity (MODEL.md §6): a tornado of each uncertain input and break-even values.

use super::channel::ChannelId;
use super::field::{ChannelField, Field, PersonField};
use super::mc::uncertain_inputs;
use super::scenario::Scenario;
use super::sim::{entry_delay, simulate, Totals};
use serde::Serialize;

/// One bar of the tornado: net at the input's low and high, all else at the user's values.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct TornadoBar {
    pub field: Field,
    pub low_value: f64,
    pub high_value: f64,
    pub net_low: f64,
    pub net_high: f64,
    pub base_net: f64,
}

impl TornadoBar {
    /// |net_high − net_low|.
    pub fn swing(&self) -> f64 {
        (self.net_high - self.net_low).abs()
    }
}

/// "What would have to be true": the value of one input at which net per hour equals the
/// person's hourly value.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct BreakEven {
    pub field: Field,
    pub current: f64,
    /// None: no value in `[min, max]` reaches `hourly_value`.
    pub value: Option<f64>,
    /// Whether the break-even value is above the current one.
    pub needs_higher: bool,
}

fn run(s: &Scenario, ch: ChannelId) -> Totals {
    simulate(
        &s.person,
        s.params(ch),
        s.discount_elasticity,
        ch,
        entry_delay(&s.person),
        |_| {},
    )
}

fn with(s: &Scenario, f: Field, v: f64) -> Scenario {
    let mut t = s.clone();
    t.set_unchecked(f, v);
    t
}

/// Each uncertain input at its low and high (the range follows the user's value, as in the
/// Monte Carlo), sorted by swing, largest first; only inputs with low < high.
pub fn tornado(s: &Scenario, ch: ChannelId) -> Vec<TornadoBar> {
    let s = &super::guard::scenario(s, ch);
    let base_net = run(s, ch).net;
    let mut bars: Vec<TornadoBar> = uncertain_inputs(s, ch)
        .into_iter()
        .map(|u| TornadoBar {
            field: u.field,
            low_value: u.low,
            high_value: u.high,
            net_low: run(&with(s, u.field, u.low), ch).net,
            net_high: run(&with(s, u.field, u.high), ch).net,
            base_net,
        })
        .collect();
    sort_by_swing(&mut bars);
    bars
}

/// Largest swing first (a non-finite swing counts as 0), ties by field key: the order of
/// [`tornado`] and of the chart (one sort, so one copy of it in the wasm).
pub fn sort_by_swing(bars: &mut [TornadoBar]) {
    let swing = |b: &TornadoBar| Some(b.swing()).filter(|v| v.is_finite()).unwrap_or(0.0);
    super::sort_small(bars, |a, b| {
        let (sa, sb) = (swing(a), swing(b));
        sa > sb || (sa == sb && a.field.key() < b.field.key())
    });
}

/// The inputs break-even values are reported for: the decisive ones of MODEL.md §6 that apply
/// to the channel.
pub fn break_even_fields(ch: ChannelId) -> Vec<Field> {
    let mut v = vec![
        Field::Person(PersonField::Followers),
        Field::Person(PersonField::ClickRate),
        Field::Person(PersonField::ReachRate),
        Field::Channel(ch, ChannelField::BaseConversion),
        Field::Channel(ch, ChannelField::CommissionRate),
        Field::Channel(ch, ChannelField::Price),
        Field::Channel(ch, ChannelField::AttributionDays),
    ];
    if ch == ChannelId::Wxshop {
        v.push(Field::Channel(ch, ChannelField::MatureCouponShare));
    }
    if ch.has_network() {
        v.push(Field::Channel(ch, ChannelField::SellerShare));
        v.push(Field::Channel(ch, ChannelField::RecruitSharePerMonth));
    }
    v
}

/// Break-even values by bisection for [`break_even_fields`]: the nearest value in the field's
/// `[min, max]` at which net per hour crosses `hourly_value` (from below if it is now below,
/// from above if it is now above).
pub fn break_even(s: &Scenario, ch: ChannelId) -> Vec<BreakEven> {
    let s = &super::guard::scenario(s, ch);
    let hv = s.person.hourly_value;
    break_even_fields(ch)
        .into_iter()
        .map(|f| {
            let m = f.meta();
            let current = s.get(f);
            // Price may not fall below the coupon (validation rule).
            let min = if let Field::Channel(c, ChannelField::Price) = f {
                m.min.max(s.params(c).coupon)
            } else {
                m.min
            };
            let g = |x: f64| run(&with(s, f, x), ch).net_per_hour() - hv;
            let worth_now = g(current) >= 0.0;
            let flips = |x: f64| (g(x) >= 0.0) != worth_now;
            let (lo, hi, needs_higher) = if flips(m.max) {
                (current, m.max, true)
            } else if flips(min) {
                (min, current, false)
            } else {
                return BreakEven {
                    field: f,
                    current,
                    value: None,
                    needs_higher: !worth_now,
                };
            };
            // Invariant: `lo` is on the current side if needs_higher, else `hi` is.
            let (mut a, mut b) = (lo, hi);
            for _ in 0..64 {
                let mid = 0.5 * (a + b);
                if mid <= a || mid >= b {
                    break;
                }
                let same = !flips(mid);
                if same == needs_higher {
                    a = mid;
                } else {
                    b = mid;
                }
            }
            // Report the first value on the far side of the crossing.
            let mut x = if needs_higher { b } else { a };
            if m.integer {
                x = if needs_higher { x.ceil() } else { x.floor() };
            }
            BreakEven {
                field: f,
                current,
                value: Some(x.clamp(min, m.max)),
                needs_higher,
            }
        })
        .collect()
}
