//! The intermediate values of one projection that 计算过程 ("show the math") walks through
//! (MODEL.md §4), so the page words them and computes nothing itself.

use super::calendar::{ATTRIBUTION_FOREVER_DAYS, WEEKS_PER_MONTH};
use super::scenario::Scenario;
use super::sim::{entry_delay, Projection, WeekRow};

/// What the math steps quote besides the inputs and the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// Weeks in the horizon, and those after the entry delay.
    pub weeks: u32,
    pub active_weeks: u32,
    pub delay_weeks: u32,
    /// The first week the person posts (week `delay_weeks`), or an empty row.
    pub first: WeekRow,
    /// The last week.
    pub last: WeekRow,
    /// Impressions and clicks over the horizon.
    pub impressions: f64,
    pub clicks: f64,
    /// What the buyer pays at the start: price − coupon, yuan.
    pub paid: f64,
    /// Savings share s = (coupon + rebate) ÷ price at the start (§4.2).
    pub savings_share: f64,
    /// Orders per click in the first active week (§4.2).
    pub first_conversion: f64,
    /// Repeat orders per buyer per week (§4.3).
    pub repeats_per_week: f64,
    /// Repeats are credited forever (attribution ≥ 3,650 days).
    pub forever: bool,
    /// What you keep of each order: paid × commission × (1 − fee) × (1 − rebate) × (1 − bad
    /// goods), yuan (§4.7).
    pub commission_per_order: f64,
    /// Members' self-purchase as a share of the team's GMV (§4.6), 0 without a team.
    pub self_share: f64,
    /// Hours a week spent posting (posts × minutes ÷ 60).
    pub post_hours: f64,
    /// Whole weeks between earning and being paid: ⌈settlement days ÷ 7⌉ (§4.7).
    pub lag_weeks: f64,
}

/// The explanation of `p`, a projection of `s` (usually `project(s, s.channel)`).
pub fn explain(s: &Scenario, p: &Projection) -> Explanation {
    let ch = p.summary.channel;
    let s = super::guard::scenario(s, ch);
    let c = s.params(ch);
    let pe = &s.person;
    let delay = entry_delay(pe) as u32;
    let first = p
        .weeks
        .iter()
        .find(|w| w.week >= delay)
        .copied()
        .unwrap_or_default();
    let paid = c.paid();
    let sm = &p.summary;
    Explanation {
        weeks: p.weeks.len() as u32,
        active_weeks: p.weeks.iter().filter(|w| w.week >= delay).count() as u32,
        delay_weeks: delay,
        first,
        last: p.weeks.last().copied().unwrap_or_default(),
        impressions: p.weeks.iter().map(|w| w.impressions).sum(),
        clicks: p.weeks.iter().map(|w| w.clicks).sum(),
        paid,
        savings_share: if c.price > 0.0 {
            (c.coupon + c.rebate_share * c.commission_rate * paid) / c.price
        } else {
            0.0
        },
        // The first active week has no past buyers: its orders are all new.
        first_conversion: if first.clicks > 0.0 {
            first.orders / first.clicks
        } else {
            0.0
        },
        repeats_per_week: c.repeat_per_month / WEEKS_PER_MONTH,
        forever: c.attribution_days >= ATTRIBUTION_FOREVER_DAYS,
        commission_per_order: paid
            * c.commission_rate
            * (1.0 - c.platform_fee)
            * (1.0 - c.rebate_share)
            * (1.0 - c.problem_share),
        self_share: if sm.totals.member_gmv > 0.0 {
            sm.totals.member_self_purchase_gmv / sm.totals.member_gmv
        } else {
            0.0
        },
        post_hours: pe.posts_per_week * pe.minutes_per_post / 60.0,
        lag_weeks: (c.settlement_days / 7.0).ceil().max(0.0),
    }
}
