//! Every numeric input of a scenario as one [`Field`] (the person's, a channel's, the trial's,
//! ε, the draws, the goal): its key, its row of the table for its channel, and typed validation
//! errors.

use super::channel::ChannelId;
use super::table::{
    ChannelField, FieldDef, Group, PersonField, Source, TrialField, Unit, DRAWS, ELASTICITY, GOAL,
};
use crate::lang::Label;

impl ChannelField {
    /// Whether `ch` uses this field (MODEL.md §3.2: "–" cells are not applicable).
    pub fn applicable(self, ch: ChannelId) -> bool {
        self.row().spec.get(ch).applies
    }
}

/// Any numeric input of a [`Scenario`](super::Scenario).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Field {
    /// A person field (shared by all channels).
    Person(PersonField),
    /// A field of one channel's parameter set.
    Channel(ChannelId, ChannelField),
    /// ε, the shared discount elasticity (§4.2).
    DiscountElasticity,
    /// Monte Carlo draws (§6).
    Draws,
    /// 试过再算: one of the person's trial results (optional).
    Trial(TrialField),
    /// 要达到多少: the monthly net aimed for (optional).
    Goal,
}

impl Field {
    /// Every field of every channel, in a stable order: person, channels in `ChannelId::ALL`
    /// order (each in `ChannelField::ALL` order), elasticity, draws.
    pub fn all() -> impl Iterator<Item = Field> {
        PersonField::ALL
            .into_iter()
            .map(Field::Person)
            .chain(ChannelId::ALL.into_iter().flat_map(|ch| {
                ChannelField::ALL
                    .into_iter()
                    .map(move |f| Field::Channel(ch, f))
            }))
            .chain([Field::DiscountElasticity, Field::Draws])
    }

    /// The optional fields, empty until the person fills them: the trial's results and the
    /// goal. Not in [`Field::all`] (they are not model inputs with a default); links, files
    /// and the page handle them where they handle the others.
    pub fn optional() -> impl Iterator<Item = Field> {
        TrialField::ALL
            .into_iter()
            .map(Field::Trial)
            .chain([Field::Goal])
    }

    /// Whether the field may be empty ([`Field::optional`]).
    pub fn is_optional(self) -> bool {
        matches!(self, Field::Trial(_) | Field::Goal)
    }

    /// Person fields + the channel's applicable fields + elasticity.
    pub fn for_channel(ch: ChannelId) -> impl Iterator<Item = Field> {
        PersonField::ALL
            .into_iter()
            .map(Field::Person)
            .chain(
                ChannelField::ALL
                    .into_iter()
                    .filter(move |f| f.applicable(ch))
                    .map(move |f| Field::Channel(ch, f)),
            )
            .chain([Field::DiscountElasticity])
    }

    /// Stable key: "followers", "wxshop.price", "elasticity", "draws".
    pub fn key(self) -> String {
        match self {
            Field::Person(p) => p.key().to_string(),
            Field::Channel(ch, f) => format!("{}.{}", ch.key(), f.key()),
            Field::DiscountElasticity => "elasticity".to_string(),
            Field::Draws => "draws".to_string(),
            Field::Trial(_) | Field::Goal => self.def().key.to_string(),
        }
    }

    /// Inverse of [`Field::key`].
    pub fn from_key(s: &str) -> Option<Field> {
        match s {
            "elasticity" => return Some(Field::DiscountElasticity),
            "draws" => return Some(Field::Draws),
            _ => {}
        }
        if let Some(f) = Field::optional().find(|f| f.def().key == s) {
            return Some(f);
        }
        if let Some((ch, f)) = s.split_once('.') {
            let ch = ChannelId::from_key(ch)?;
            let f = ChannelField::ALL.into_iter().find(|x| x.key() == f)?;
            return Some(Field::Channel(ch, f));
        }
        PersonField::ALL
            .into_iter()
            .find(|x| x.key() == s)
            .map(Field::Person)
    }

    /// Whether the field is used by the channel it belongs to (person fields, elasticity and
    /// draws always are).
    pub fn applicable(self) -> bool {
        match self {
            Field::Channel(ch, f) => f.applicable(ch),
            _ => true,
        }
    }
}

/// Everything the page needs to show and check one field of one channel.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct FieldMeta {
    pub label: Label,
    pub unit: Unit,
    /// Smallest valid value.
    pub min: f64,
    /// Largest valid value.
    pub max: f64,
    /// Must be a whole number.
    pub integer: bool,
    /// Default (MODEL.md §3), the value in `Scenario::default()`.
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
    /// What the field is, whatever the channel (key, label, unit, bounds, group).
    pub fn def(self) -> &'static FieldDef {
        match self {
            Field::Person(p) => &p.row().def,
            Field::Channel(_, f) => &f.row().def,
            Field::DiscountElasticity => &ELASTICITY.def,
            Field::Draws => &DRAWS.def,
            Field::Trial(t) => &t.row().def,
            Field::Goal => &GOAL.def,
        }
    }

    /// The field's row in the field table for its channel.
    pub fn meta(self) -> FieldMeta {
        let spec = match self {
            Field::Person(p) => &p.row().spec,
            Field::Channel(ch, f) => f.row().spec.get(ch),
            Field::DiscountElasticity => &ELASTICITY.spec,
            Field::Draws => &DRAWS.spec,
            Field::Trial(t) => &t.row().spec,
            Field::Goal => &GOAL.spec,
        };
        let d = self.def();
        let (low, high) = spec.range.unwrap_or((spec.default, spec.default));
        FieldMeta {
            label: d.label,
            unit: d.unit,
            min: d.min,
            max: d.max,
            integer: d.integer,
            default: spec.default,
            low,
            high,
            source: spec.source,
            group: d.group,
            applicable: spec.applies,
        }
    }
}

/// What is wrong with a value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldErrorKind {
    /// NaN or infinite.
    NotFinite,
    /// Below the allowed minimum.
    BelowMin { min: f64 },
    /// Above the allowed maximum.
    AboveMax { max: f64 },
    /// Must be a whole number.
    NotInteger,
    /// The coupon may not exceed the item's price.
    CouponAbovePrice { price: f64 },
    /// The price may not fall below the coupon.
    PriceBelowCoupon { coupon: f64 },
    /// More orders than visits or clicks in the trial.
    OrdersAboveClicks { clicks: f64 },
    /// Fewer visits or clicks than orders in the trial.
    ClicksBelowOrders { orders: f64 },
    /// Commission received with no orders.
    CommissionWithoutOrders,
    /// No orders, yet commission received.
    NoOrdersWithCommission { commission: f64 },
    /// Commission received with no visit (and no orders given).
    CommissionWithoutVisits,
    /// No visit, yet commission received (and no orders given).
    NoVisitsWithCommission { commission: f64 },
}

/// A typed validation error: which field, what is wrong (with the allowed bound).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldError {
    /// The offending field.
    pub field: Field,
    /// What is wrong.
    pub kind: FieldErrorKind,
}
