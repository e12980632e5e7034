//! Everything the page shows that the model computes deterministically for one scenario.

use crate::model::{
    break_even, decide, tornado, BreakEven, ChannelId, Decision, Projection, Scenario, TornadoBar,
};

/// The deterministic results of one scenario (the Monte Carlo refines after, in slices).
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// The central projections, entry comparison and verdict (`model::decide`).
    pub decision: Decision,
    /// What decides the chosen channel's result, largest swing first.
    pub tornado: Vec<TornadoBar>,
    /// "What would have to be true" for the chosen channel.
    pub break_even: Vec<BreakEven>,
}

impl Results {
    pub fn compute(s: &Scenario) -> Results {
        Results {
            decision: decide(s),
            tornado: tornado(s, s.channel),
            break_even: break_even(s, s.channel),
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
