//! Table-driven access to every numeric input: keys, get/set with typed validation errors.

use super::channel::ChannelId;
use super::table::{
    ChannelFieldRow, FieldDef, FieldRow, Group, Source, Unit, CHANNEL, DRAWS, ELASTICITY, GOAL,
    PERSON, TRIAL,
};
use crate::lang::Label;

/// A field of the person (MODEL.md §3.1).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum PersonField {
    Followers,
    PostsPerWeek,
    MinutesPerPost,
    ReachRate,
    ClickRate,
    MuteRate,
    HourlyValue,
    HorizonWeeks,
    EntryDelayWeeks,
}

impl PersonField {
    /// All person fields in display order.
    pub const ALL: [PersonField; 9] = [
        PersonField::Followers,
        PersonField::PostsPerWeek,
        PersonField::MinutesPerPost,
        PersonField::ReachRate,
        PersonField::ClickRate,
        PersonField::MuteRate,
        PersonField::HourlyValue,
        PersonField::HorizonWeeks,
        PersonField::EntryDelayWeeks,
    ];

    /// Its row of the field table.
    pub fn row(self) -> &'static FieldRow {
        &PERSON[self as usize]
    }

    /// snake_case key (the struct field name).
    pub fn key(self) -> &'static str {
        self.row().field.key
    }
}

/// A field of a channel's parameter set (one per [`ChannelParams`](super::ChannelParams) field; `override_rates` is
/// split into `OverrideRate1..4`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ChannelField {
    Price,
    Coupon,
    CommissionRate,
    RebateShare,
    PlatformFee,
    BaseConversion,
    RepeatPerMonth,
    AttributionDays,
    FollowAwayRate,
    BuyerFollowRate,
    BypassShare,
    DonatedOrdersPerMonth,
    SettlementDays,
    TrendPerMonth,
    ProblemShare,
    ProblemMuteRate,
    FixedCostPerWeek,
    EntryCost,
    ExtraHoursPerWeek,
    AudienceGrowthPerWeek,
    MaturityWeeks,
    MatureCouponShare,
    Levels,
    OverrideRate1,
    OverrideRate2,
    OverrideRate3,
    OverrideRate4,
    RecruitSharePerMonth,
    DownlineRecruitsPerMonth,
    SellerShare,
    SelfPurchasePerMonth,
    MemberFollowers,
    MemberChurnPerMonth,
    MemberHoursPerWeek,
}

impl ChannelField {
    /// All channel fields in display order.
    pub const ALL: [ChannelField; 34] = [
        ChannelField::Price,
        ChannelField::Coupon,
        ChannelField::CommissionRate,
        ChannelField::RebateShare,
        ChannelField::PlatformFee,
        ChannelField::BaseConversion,
        ChannelField::RepeatPerMonth,
        ChannelField::AttributionDays,
        ChannelField::FollowAwayRate,
        ChannelField::BuyerFollowRate,
        ChannelField::BypassShare,
        ChannelField::DonatedOrdersPerMonth,
        ChannelField::SettlementDays,
        ChannelField::TrendPerMonth,
        ChannelField::ProblemShare,
        ChannelField::ProblemMuteRate,
        ChannelField::FixedCostPerWeek,
        ChannelField::EntryCost,
        ChannelField::ExtraHoursPerWeek,
        ChannelField::AudienceGrowthPerWeek,
        ChannelField::MaturityWeeks,
        ChannelField::MatureCouponShare,
        ChannelField::Levels,
        ChannelField::OverrideRate1,
        ChannelField::OverrideRate2,
        ChannelField::OverrideRate3,
        ChannelField::OverrideRate4,
        ChannelField::RecruitSharePerMonth,
        ChannelField::DownlineRecruitsPerMonth,
        ChannelField::SellerShare,
        ChannelField::SelfPurchasePerMonth,
        ChannelField::MemberFollowers,
        ChannelField::MemberChurnPerMonth,
        ChannelField::MemberHoursPerWeek,
    ];

    /// Its row of the field table.
    pub fn row(self) -> &'static ChannelFieldRow {
        &CHANNEL[self as usize]
    }

    /// snake_case key (the struct field name; `override_rate_1`..`override_rate_4`).
    pub fn key(self) -> &'static str {
        self.row().field.key
    }

    /// Whether `ch` uses this field (MODEL.md §3.2: "–" cells are not applicable).
    pub fn applicable(self, ch: ChannelId) -> bool {
        self.row().channels[ch.index()].applies
    }
}

/// One result of the trial.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum TrialField {
    Weeks,
    Posts,
    Clicks,
    Orders,
    Commission,
}

impl TrialField {
    pub const ALL: [TrialField; 5] = [
        TrialField::Weeks,
        TrialField::Posts,
        TrialField::Clicks,
        TrialField::Orders,
        TrialField::Commission,
    ];

    /// Its row of the field table.
    pub fn row(self) -> &'static FieldRow {
        &TRIAL[self as usize]
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
            Field::Person(p) => &p.row().field,
            Field::Channel(_, f) => &f.row().field,
            Field::DiscountElasticity => &ELASTICITY.field,
            Field::Draws => &DRAWS.field,
            Field::Trial(t) => &t.row().field,
            Field::Goal => &GOAL.field,
        }
    }

    /// The field's row in the field table for its channel.
    pub fn meta(self) -> FieldMeta {
        let spec = match self {
            Field::Person(p) => &p.row().spec,
            Field::Channel(ch, f) => &f.row().channels[ch.index()],
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
