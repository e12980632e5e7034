//! Sensitivity (MODEL.md §6): a tornado of each uncertain input and break-even values.

use super::calendar::WEEKS_PER_MONTH;
use super::channel::ChannelId;
use super::engine::uncertain_inputs;
use super::field::Field;
use super::scenario::Scenario;
use super::sim::{setup, simulate, Totals};
use super::sort::sort_small;
use super::table::{ChannelField, PersonField};

/// One bar of the tornado: net at the input's low and high, all else at the user's values.
#[derive(Clone, Copy, Debug, PartialEq)]
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

/// "What would have to be true": the value of one input at which the result reaches a goal
/// (for the break-even list, net per hour equal to the person's hourly value).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreakEven {
    pub field: Field,
    pub current: f64,
    /// None: no value in `[min, max]` crosses the goal.
    pub value: Option<f64>,
    /// Whether the crossing is above the current value.
    pub needs_higher: bool,
    /// Whether the goal is met at the current value (the crossing is then where it stops being).
    pub met_now: bool,
    /// The person's own value, when `current` is one the trial calibrated (MODEL.md §9: a
    /// calibrated value is never shown as the person's setting).
    pub own: Option<f64>,
}

/// What a result is measured against: net per hour, or net per month over the horizon.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Goal {
    /// Yuan per hour.
    PerHour(f64),
    /// Yuan per month (the horizon's net over its months).
    Monthly(f64),
}

impl Goal {
    /// The scenario's own goal: its monthly target when it has one, else its hourly value.
    pub fn of(s: &Scenario) -> Goal {
        match s.goal_monthly {
            Some(m) => Goal::Monthly(m),
            None => Goal::PerHour(s.person.hourly_value),
        }
    }

    /// How far above the goal a run of scenario `s` is (≥ 0: met).
    fn gap(self, s: &Scenario, t: &Totals) -> f64 {
        match self {
            Goal::PerHour(v) => t.net_per_hour() - v,
            Goal::Monthly(v) => t.net * WEEKS_PER_MONTH / s.person.horizon_weeks.max(1.0) - v,
        }
    }
}

fn run(s: &Scenario, ch: ChannelId) -> Totals {
    let (p, c, eps, plan) = setup(s, ch);
    simulate(&p, &c, eps, ch, plan, &mut |_| {}).forward
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
    sort_small(bars, |a, b| {
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

/// Break-even values for [`break_even_fields`]: where net per hour crosses the hourly value.
pub fn break_even(s: &Scenario, ch: ChannelId) -> Vec<BreakEven> {
    let s = &super::guard::scenario(s, ch);
    let goal = Goal::PerHour(s.person.hourly_value);
    break_even_fields(ch)
        .into_iter()
        .map(|f| reach(s, ch, f, goal))
        .collect()
}

/// The levers a person controls (要达到多少): reach, posts per week, the commission rate, and
/// on 微信小店 when to enter.
pub fn levers(ch: ChannelId) -> Vec<Field> {
    let mut v = vec![
        Field::Person(PersonField::Followers),
        Field::Person(PersonField::PostsPerWeek),
        Field::Channel(ch, ChannelField::CommissionRate),
    ];
    if ch == ChannelId::Wxshop {
        v.push(Field::Person(PersonField::EntryDelayWeeks));
    }
    v
}

/// 要达到多少: for each of the [`levers`], the value at which the result reaches `goal`.
pub fn what_it_takes(s: &Scenario, ch: ChannelId, goal: Goal) -> Vec<BreakEven> {
    let s = &super::guard::scenario(s, ch);
    levers(ch)
        .into_iter()
        .map(|f| reach(s, ch, f, goal))
        .collect()
}

/// Points scanned on each side of the current value before bisecting: a result that first
/// rises and then falls (posting more also mutes more) is still found.
const SCAN: usize = 16;

/// The nearest value of `f` in its `[min, max]` at which the result crosses `goal` (from
/// below if it is now below, from above if it is now above): a scan outward from the current
/// value (above first), then bisection inside the first step that crosses.
fn reach(s: &Scenario, ch: ChannelId, f: Field, goal: Goal) -> BreakEven {
    let m = f.meta();
    let current = s.get(f);
    // Price may not fall below the coupon (validation rule); a delay stays within the horizon.
    let min = if let Field::Channel(c, ChannelField::Price) = f {
        m.min.max(s.params(c).coupon)
    } else {
        m.min
    };
    let max = if f == Field::Person(PersonField::EntryDelayWeeks) {
        m.max.min(s.person.horizon_weeks - 1.0).max(min)
    } else {
        m.max
    };
    let g = |x: f64| {
        let t = with(s, f, x);
        goal.gap(&t, &run(&t, ch))
    };
    let met_now = g(current) >= 0.0;
    let flips = |x: f64| (g(x) >= 0.0) != met_now;
    // The first step from `current` towards `to` whose end is on the other side.
    let scan = |to: f64| {
        let mut a = current;
        for i in 1..=SCAN {
            let b = current + (to - current) * i as f64 / SCAN as f64;
            if flips(b) {
                return Some((a, b));
            }
            a = b;
        }
        None
    };
    let Some((near, far, needs_higher)) = scan(max)
        .map(|(a, b)| (a, b, true))
        .or_else(|| scan(min).map(|(a, b)| (a, b, false)))
    else {
        return BreakEven {
            own: None,
            field: f,
            current,
            value: None,
            needs_higher: !met_now,
            met_now,
        };
    };
    // Invariant: `near` is on the current side, `far` across.
    let (mut a, mut b) = (near, far);
    for _ in 0..64 {
        let mid = 0.5 * (a + b);
        if mid == a || mid == b {
            break;
        }
        if flips(mid) {
            b = mid;
        } else {
            a = mid;
        }
    }
    // Report the first value across the crossing.
    let mut x = b;
    if m.integer {
        x = if needs_higher { x.ceil() } else { x.floor() };
    }
    BreakEven {
        own: None,
        field: f,
        current,
        value: Some(x.clamp(min, max)),
        needs_higher,
        met_now,
    }
}
