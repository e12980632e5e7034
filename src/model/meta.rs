//! Field metadata types and `Field::meta` (tables in `labels.rs` and `sources.rs`).

use super::field::Field;
use super::labels::{self, channel_static, person_static};
use super::scenario::Scenario;
use super::sources::{self, channel_spec, person_spec};
use serde::{Deserialize, Serialize};

/// Unit of a field, for display.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub enum Unit {
    People,
    /// A fraction, shown as %.
    Fraction,
    Yuan,
    YuanPerHour,
    YuanPerWeek,
    YuanPerMonth,
    Weeks,
    Days,
    Minutes,
    Hours,
    HoursPerWeek,
    PerWeek,
    PerMonth,
    Count,
    Multiplier,
}

/// How well a default is founded (SOURCES.md: S / D / E).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub enum SourceStatus {
    /// S: a quoted figure.
    Sourced,
    /// D: derived from sourced figures.
    Derived,
    /// E: an estimate.
    Estimate,
}

/// Where a default comes from, in both languages.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Source {
    pub status: SourceStatus,
    pub zh: &'static str,
    pub en: &'static str,
}

/// Topic group for the 高级假设 panel.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub enum Group {
    Audience,
    Funnel,
    Money,
    Attribution,
    Donation,
    Maturity,
    Network,
    Costs,
    Time,
    Simulation,
}

/// Everything the UI needs to show and check one field.
#[derive(Clone, Copy, PartialEq, Debug, Serialize)]
pub struct FieldMeta {
    pub label_zh: &'static str,
    pub label_en: &'static str,
    pub unit: Unit,
    /// Smallest valid value.
    pub min: f64,
    /// Largest valid value.
    pub max: f64,
    /// Must be a whole number.
    pub integer: bool,
    /// Default for this channel (MODEL.md §3).
    pub default: f64,
    /// Low end of the uncertainty range around the default (== default when certain).
    pub low: f64,
    /// High end of the uncertainty range around the default (== default when certain).
    pub high: f64,
    pub source: Source,
    pub group: Group,
    /// Whether the channel uses the field.
    pub applicable: bool,
}

impl Field {
    /// Metadata of this field; `default` is the value in `Scenario::default()`.
    pub fn meta(self) -> FieldMeta {
        let (st, (range, source)) = match self {
            Field::Person(p) => (person_static(p), person_spec(p)),
            Field::Channel(ch, f) => (channel_static(f), channel_spec(ch, f)),
            Field::DiscountElasticity => (labels::ELASTICITY, sources::ELASTICITY),
            Field::Draws => (labels::DRAWS, sources::DRAWS),
        };
        let (label_zh, label_en, unit, min, max, integer, group) = st;
        let default = Scenario::default().get(self);
        let (low, high) = range.unwrap_or((default, default));
        FieldMeta {
            label_zh,
            label_en,
            unit,
            min,
            max,
            integer,
            default,
            low,
            high,
            source,
            group,
            applicable: self.applicable(),
        }
    }
}
