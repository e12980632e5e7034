//! The weeks of one run (MODEL.md §4, §9): how many, which are the trial's, which are idle.

use super::clamp::{max2, round_clamp};
use crate::model::channel::ChannelId;
use crate::model::guard;
use crate::model::scenario::Scenario;
use crate::model::table::{ChannelParams, Person};

/// Longest horizon the model supports (weeks): fixed-size cohort arrays live on the stack.
pub const MAX_WEEKS: usize = 156;
/// Horizon in whole weeks, 1..=156.
pub(crate) fn horizon(p: &Person) -> usize {
    round_clamp(p.horizon_weeks, 1, MAX_WEEKS)
}

/// Longest trial (weeks, MODEL.md §9).
pub const MAX_TRIAL_WEEKS: usize = 104;
/// Longest run: a trial's weeks, then the horizon's.
pub(crate) const SPAN: usize = MAX_TRIAL_WEEKS + MAX_WEEKS;

/// The weeks of one run on one clock (MODEL.md §9 "Continuation"): week 0 is the trial's first
/// week; the trial's weeks are history, then the horizon's weeks count forward from the end of
/// the trial, the first `pause` of them idle (the entry delay, plus 26 for the enter-later
/// what-if). Without a trial it is MODEL.md §4 as it always was: `pause` idle weeks, then posting.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Plan {
    /// Weeks already tried (0: no trial).
    pub trial_weeks: usize,
    /// Whether this channel is the one tried: its trial weeks are active, at `trial_posts` posts
    /// a week; another channel's are idle (like the weeks before entry).
    pub tried: bool,
    /// Posts a week during the trial (MODEL.md §9: P / w, or the planned posts when not given).
    pub trial_posts: f64,
    /// Idle weeks at the start of the horizon.
    pub pause: usize,
    /// Weeks reported.
    pub horizon: usize,
}

impl Plan {
    /// The plan of scenario `s` (its person already guarded) for channel `ch`: its trial when
    /// the weeks tried are given, its entry delay and horizon.
    pub fn of(s: &Scenario, p: &Person, ch: ChannelId) -> Plan {
        let t = &s.trial;
        let trial_weeks = t.weeks.map_or(0, |w| round_clamp(w, 1, MAX_TRIAL_WEEKS));
        let trial_posts = match t.posts {
            Some(n) if trial_weeks > 0 && n.is_finite() => max2(n, 0.0) / trial_weeks as f64,
            _ => p.posts_per_week,
        };
        Plan {
            trial_weeks,
            tried: trial_weeks > 0 && t.channel == ch,
            trial_posts,
            pause: entry_delay(p),
            horizon: horizon(p),
        }
    }

    /// The same plan entering `weeks` later (the pause after the trial grows; MODEL.md §9: the
    /// entry cost is paid once).
    pub fn later(self, weeks: usize) -> Plan {
        Plan {
            pause: self.pause + weeks,
            ..self
        }
    }

    /// Only the trial's weeks (what a draw expects of the trial, MODEL.md §9).
    pub fn trial_only(self) -> Plan {
        Plan { horizon: 0, ..self }
    }

    /// Weeks the person posts in the horizon.
    pub fn active_weeks(&self) -> usize {
        self.horizon.saturating_sub(self.pause)
    }
}

/// Entry delay of the person in whole weeks.
pub(crate) fn entry_delay(p: &Person) -> usize {
    round_clamp(p.entry_delay_weeks, 0, MAX_WEEKS)
}

/// The guarded person, channel and ε of `s` for `ch`, and its plan.
pub(crate) fn setup(s: &Scenario, ch: ChannelId) -> (Person, ChannelParams, f64, Plan) {
    let p = guard::person(&s.person);
    let c = guard::channel(s.params(ch));
    let eps = guard::elasticity(s.discount_elasticity);
    let plan = Plan::of(s, &p, ch);
    (p, c, eps, plan)
}
