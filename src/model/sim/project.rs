//! A channel's projection (MODEL.md §4–§5): its weeks and their summary, the six channels, and
//! entering now against later.

use super::clamp::round_clamp;
use super::plan::setup;
use super::run::simulate;
use super::week::{Totals, WeekRow};
use crate::model::channel::ChannelId;
use crate::model::scenario::Scenario;
use crate::model::table::{ChannelParams, Person};

/// How much later the enter-later what-if starts than the person's own entry (MODEL.md §7).
pub const LATER_WEEKS: u32 = 26;
/// WeChat's friend limit per account: above it the audience cannot be one person's 私域.
pub const FRIEND_LIMIT: f64 = 10_000.0;

/// Compliance and plausibility warnings (MODEL.md §4.6).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Flag {
    /// Three or more distribution levels: banned by WeChat's rules, may fall under 《禁止传销条例》
    /// (SOURCES.md mechanism 5: criminal threshold 3+ levels).
    ThreeLevels { levels: u32 },
    /// Entry fee plus pay on downline sales: both are listed by 《禁止传销条例》 Art. 7.
    EntryFeeWithOverrides { entry_cost: f64 },
    /// Problem goods (article §3: 假货、A货) — refunds, complaints, lost friends.
    ProblemGoods { share: f64 },
    /// More than one WeChat account's friend limit (~10,000).
    OverFriendLimit { followers: f64 },
}

/// Per-channel totals over the horizon (MODEL.md §5): what its weeks add up to, and the
/// compliance flags of the channel's settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub channel: ChannelId,
    /// The horizon's flows and the stocks at its end; net per hour, pending cash, the donation
    /// ratio and the audience kept are its methods.
    pub totals: Totals,
    pub flags: Vec<Flag>,
}

/// Weekly rows and the summary of one channel.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    pub weeks: Vec<WeekRow>,
    pub summary: Summary,
}

/// Entering as set against entering later, both over the same calendar horizon (MODEL.md §4.5,
/// §7; article §4 conclusion "慢半拍不要紧").
#[derive(Clone, Debug, PartialEq)]
pub struct EntryComparison {
    /// How many weeks later `later` enters than `now` ([`LATER_WEEKS`]).
    pub delay_weeks: u32,
    /// Entering as the person set it (their own entry delay).
    pub now: Projection,
    pub later: Projection,
}

fn flags(p: &Person, c: &ChannelParams) -> Vec<Flag> {
    let mut f = Vec::new();
    let levels = round_clamp(c.levels, 0, 4);
    if levels >= 3 {
        f.push(Flag::ThreeLevels {
            levels: levels as u32,
        });
    }
    let pays_overrides = c.override_rates().iter().take(levels).any(|&r| r > 0.0);
    if c.entry_cost > 0.0 && pays_overrides {
        f.push(Flag::EntryFeeWithOverrides {
            entry_cost: c.entry_cost,
        });
    }
    if c.problem_share > 0.0 {
        f.push(Flag::ProblemGoods {
            share: c.problem_share,
        });
    }
    if p.followers > FRIEND_LIMIT {
        f.push(Flag::OverFriendLimit {
            followers: p.followers,
        });
    }
    f
}

/// The projection of `s` for `ch` over `plan`, and the run's trial (history) totals.
fn project_plan(s: &Scenario, ch: ChannelId, later: usize) -> (Projection, Totals) {
    let (p, c, eps, plan) = setup(s, ch);
    let mut weeks = Vec::with_capacity(plan.horizon);
    let run = simulate(&p, &c, eps, ch, plan.later(later), &mut |r| weeks.push(*r));
    let summary = Summary {
        channel: ch,
        totals: run.forward,
        flags: flags(&p, &c),
    };
    (Projection { weeks, summary }, run.history)
}

/// Deterministic projection of one channel at the scenario's values (MODEL.md §4–§5, and §9's
/// continuation when it has a trial): the central figures every surface shows.
pub fn project(s: &Scenario, ch: ChannelId) -> Projection {
    project_plan(s, ch, 0).0
}

/// Projections of all six channels, in `ChannelId::ALL` order.
pub fn project_all(s: &Scenario) -> Vec<Projection> {
    ChannelId::ALL.iter().map(|&ch| project(s, ch)).collect()
}

/// Entering as set against entering [`LATER_WEEKS`] weeks later (MODEL.md §4.5, §7; article §4
/// conclusion "入局可以慢半拍"). Both cover the same calendar horizon, so the later entrant has
/// fewer weeks: per hour and total are both reported, side by side. With a trial, the later
/// entrant pauses after it (MODEL.md §9).
pub fn entry_comparison(s: &Scenario, ch: ChannelId) -> EntryComparison {
    EntryComparison {
        delay_weeks: LATER_WEEKS,
        now: project(s, ch),
        later: project_plan(s, ch, LATER_WEEKS as usize).0,
    }
}

/// What the trial's own weeks came to (MODEL.md §9: history, shown beside the forecast): the
/// model's run of them at the scenario's rates; `None` without a trial of `ch`.
pub(crate) fn trial_run(s: &Scenario, ch: ChannelId) -> Option<Totals> {
    let (p, c, eps, plan) = setup(s, ch);
    plan.tried
        .then(|| simulate(&p, &c, eps, ch, plan.trial_only(), &mut |_| {}).history)
}
