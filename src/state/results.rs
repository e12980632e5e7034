//! Everything the page shows that the model computes deterministically for one scenario.

use crate::model::{
    break_even, decide_with, tornado, what_it_takes, BreakEven, Calibration, ChannelId, Decision,
    Goal, Projection, Scenario, TornadoBar,
};

/// The deterministic results of one scenario (the Monte Carlo refines after, in slices). When
/// the person's trial calibrates the rates, every figure is at the calibrated rates.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// The central projections, entry comparison and verdict (`model::decide`), with the
    /// trial's calibration.
    pub decision: Decision,
    /// What decides the chosen channel's result, largest swing first.
    pub tornado: Vec<TornadoBar>,
    /// "What would have to be true" for the chosen channel.
    pub break_even: Vec<BreakEven>,
    /// The goal of 要达到多少, and what each lever would have to be to reach it.
    pub goal: Goal,
    pub what_it_takes: Vec<BreakEven>,
}

impl Results {
    /// The results of `s`, at the values `cal` calibrates when one is given.
    pub fn compute(s: &Scenario, cal: Option<&Calibration>) -> Results {
        let decision = decide_with(s, cal);
        let at = &decision.scenario;
        let goal = Goal::of(at);
        // A calibrated value is said to be one, beside the person's own (MODEL.md §9).
        let own = |mut b: BreakEven| {
            b.own = cal
                .and_then(|c| c.value_of(b.field))
                .map(|_| s.get(b.field));
            b
        };
        Results {
            tornado: tornado(at, s.channel),
            break_even: break_even(at, s.channel).into_iter().map(own).collect(),
            what_it_takes: what_it_takes(at, s.channel, goal)
                .into_iter()
                .map(own)
                .collect(),
            goal,
            decision,
        }
    }

    /// All six channels, in `ChannelId::ALL` order.
    pub fn all(&self) -> &[Projection] {
        &self.decision.all
    }

    /// One channel's projection.
    pub fn channel(&self, ch: ChannelId) -> &Projection {
        &self.decision.all[ch.index()]
    }
}
