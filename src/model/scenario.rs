//! Inputs of MODEL.md §3: the whole scenario (the person, one parameter set per channel, the
//! trial), with the defaults of the field table and what a channel's parameters imply.

use super::channel::ChannelId;
use super::table::{ChannelField, ChannelParams, Person, PersonField, Trial, TrialField};
use super::table::{DRAWS, ELASTICITY};

/// Version of the serialised [`Scenario`] schema.
pub const SCHEMA_VERSION: u32 = 1;

impl Default for Person {
    /// MODEL.md §3.1's defaults, from the field table.
    fn default() -> Self {
        let mut p = Person::EMPTY;
        for f in PersonField::ALL {
            *f.slot(&mut p) = f.row().spec.default;
        }
        p
    }
}

impl ChannelParams {
    /// MODEL.md §3.2 defaults for one channel, from the field table (where each default says
    /// what in the article or SOURCES.md it comes from).
    pub fn defaults(ch: ChannelId) -> Self {
        let mut c = ChannelParams::EMPTY;
        for f in ChannelField::ALL {
            *f.slot(&mut c) = f.row().spec.get(ch).default;
        }
        c
    }

    /// What the buyer pays at checkout: `price − coupon` (MODEL.md §3.2), never negative.
    pub fn paid(&self) -> f64 {
        (self.price - self.coupon).max(0.0)
    }

    /// Gross commission on one order at the current coupon: `commission_rate × paid`.
    pub fn commission_per_order(&self) -> f64 {
        self.commission_rate * self.paid()
    }

    /// What the buyer finally spends after the rebate (article §1: 49 − 10 − 5 = 34).
    pub fn buyer_cost(&self) -> f64 {
        self.paid() - self.rebate_share * self.commission_per_order()
    }

    /// What the buyer saves against the list price (article §1: ¥15).
    pub fn buyer_saving(&self) -> f64 {
        self.price - self.buyer_cost()
    }
}

/// The whole calculator state: person, all six channel parameter sets, the shared elasticity,
/// the chosen channel and the Monte Carlo settings. Serialised as JSON for export/import.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Schema version ([`SCHEMA_VERSION`]).
    pub version: u32,
    /// The person (§3.1).
    pub person: Person,
    /// One parameter set per channel, indexed by [`ChannelId::index`].
    pub channels: [ChannelParams; 6],
    /// ε: conversion multiplier per unit of savings share (§4.2), multiplier.
    pub discount_elasticity: f64,
    /// The chosen channel.
    pub channel: ChannelId,
    /// Monte Carlo seed: part of the shareable state so a link always shows the same chart.
    pub seed: u64,
    /// Monte Carlo draws (100–20,000).
    pub draws: u32,
    /// 试过再算: what the person saw in the weeks they already tried (empty: not tried).
    pub trial: Trial,
    /// 要达到多少: the monthly net aimed for (`None`: aim for the hourly value).
    pub goal_monthly: Option<f64>,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            version: SCHEMA_VERSION,
            person: Person::default(),
            channels: ChannelId::ALL.map(ChannelParams::defaults),
            discount_elasticity: ELASTICITY.spec.default,
            channel: ChannelId::Wxshop,
            seed: 20250312,
            draws: DRAWS.spec.default as u32,
            trial: Trial::default(),
            goal_monthly: None,
        }
    }
}

impl Scenario {
    /// The parameter set of one channel.
    pub fn params(&self, ch: ChannelId) -> &ChannelParams {
        &self.channels[ch.index()]
    }

    /// The parameter set of one channel, mutably (no validation: call `validate` after).
    pub fn params_mut(&mut self, ch: ChannelId) -> &mut ChannelParams {
        &mut self.channels[ch.index()]
    }
}

impl Default for Trial {
    fn default() -> Self {
        Trial::EMPTY
    }
}

impl Trial {
    /// Nothing entered: not tried.
    pub fn is_empty(&self) -> bool {
        TrialField::ALL.iter().all(|f| f.get(self).is_none())
    }
}
