//! Everything the page shows that the model computes deterministically for one scenario.

use crate::model::{
    break_even, entry_comparison, project_all, tornado, BreakEven, ChannelId, EntryComparison,
    Projection, Scenario, TornadoBar,
};

/// The deterministic results of one scenario (the Monte Carlo refines after, in slices).
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// All six channels, in `ChannelId::ALL` order.
    pub all: Vec<Projection>,
    /// 微信小店推客: enter now against enter later (the article's 慢半拍).
    pub entry: EntryComparison,
    /// What decides the chosen channel's result, largest swing first.
    pub tornado: Vec<TornadoBar>,
    /// "What would have to be true" for the chosen channel.
    pub break_even: Vec<BreakEven>,
}

impl Results {
    pub fn compute(s: &Scenario) -> Results {
        Results {
            all: project_all(s),
            entry: entry_comparison(s, ChannelId::Wxshop),
            tornado: tornado(s, s.channel),
            break_even: break_even(s, s.channel),
        }
    }

    /// The chosen channel's projection.
    pub fn chosen(&self, ch: ChannelId) -> &Projection {
        &self.all[ch.index()]
    }
}
