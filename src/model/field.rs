//! Table-driven access to every numeric input: keys, get/set with typed validation errors.

use super::channel::ChannelId;
use super::scenario::{ChannelParams, Person, Scenario};
use super::table::{
    ChannelFieldRow, FieldDef, FieldRow, Group, Source, Unit, CHANNEL, DRAWS, ELASTICITY, GOAL,
    PERSON,
};
use super::trial::TrialField;
use super::Label;
use serde::{Deserialize, Serialize};

/// A field of the person (MODEL.md §3.1).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
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

    /// Read the value.
    pub fn get(self, p: &Person) -> f64 {
        match self {
            PersonField::Followers => p.followers,
            PersonField::PostsPerWeek => p.posts_per_week,
            PersonField::MinutesPerPost => p.minutes_per_post,
            PersonField::ReachRate => p.reach_rate,
            PersonField::ClickRate => p.click_rate,
            PersonField::MuteRate => p.mute_rate,
            PersonField::HourlyValue => p.hourly_value,
            PersonField::HorizonWeeks => p.horizon_weeks,
            PersonField::EntryDelayWeeks => p.entry_delay_weeks,
        }
    }

    /// The value's slot.
    pub fn slot(self, p: &mut Person) -> &mut f64 {
        match self {
            PersonField::Followers => &mut p.followers,
            PersonField::PostsPerWeek => &mut p.posts_per_week,
            PersonField::MinutesPerPost => &mut p.minutes_per_post,
            PersonField::ReachRate => &mut p.reach_rate,
            PersonField::ClickRate => &mut p.click_rate,
            PersonField::MuteRate => &mut p.mute_rate,
            PersonField::HourlyValue => &mut p.hourly_value,
            PersonField::HorizonWeeks => &mut p.horizon_weeks,
            PersonField::EntryDelayWeeks => &mut p.entry_delay_weeks,
        }
    }
}

/// A field of a channel's parameter set (one per [`ChannelParams`] field; `override_rates` is
/// split into `OverrideRate1..4`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
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

    /// Read the value.
    pub fn get(self, c: &ChannelParams) -> f64 {
        let mut c = *c;
        *self.slot(&mut c)
    }

    /// The value's slot.
    pub fn slot(self, c: &mut ChannelParams) -> &mut f64 {
        match self {
            ChannelField::Price => &mut c.price,
            ChannelField::Coupon => &mut c.coupon,
            ChannelField::CommissionRate => &mut c.commission_rate,
            ChannelField::RebateShare => &mut c.rebate_share,
            ChannelField::PlatformFee => &mut c.platform_fee,
            ChannelField::BaseConversion => &mut c.base_conversion,
            ChannelField::RepeatPerMonth => &mut c.repeat_per_month,
            ChannelField::AttributionDays => &mut c.attribution_days,
            ChannelField::FollowAwayRate => &mut c.follow_away_rate,
            ChannelField::BuyerFollowRate => &mut c.buyer_follow_rate,
            ChannelField::BypassShare => &mut c.bypass_share,
            ChannelField::DonatedOrdersPerMonth => &mut c.donated_orders_per_month,
            ChannelField::SettlementDays => &mut c.settlement_days,
            ChannelField::TrendPerMonth => &mut c.trend_per_month,
            ChannelField::ProblemShare => &mut c.problem_share,
            ChannelField::ProblemMuteRate => &mut c.problem_mute_rate,
            ChannelField::FixedCostPerWeek => &mut c.fixed_cost_per_week,
            ChannelField::EntryCost => &mut c.entry_cost,
            ChannelField::ExtraHoursPerWeek => &mut c.extra_hours_per_week,
            ChannelField::AudienceGrowthPerWeek => &mut c.audience_growth_per_week,
            ChannelField::MaturityWeeks => &mut c.maturity_weeks,
            ChannelField::MatureCouponShare => &mut c.mature_coupon_share,
            ChannelField::Levels => &mut c.levels,
            ChannelField::OverrideRate1 => &mut c.override_rates[0],
            ChannelField::OverrideRate2 => &mut c.override_rates[1],
            ChannelField::OverrideRate3 => &mut c.override_rates[2],
            ChannelField::OverrideRate4 => &mut c.override_rates[3],
            ChannelField::RecruitSharePerMonth => &mut c.recruit_share_per_month,
            ChannelField::DownlineRecruitsPerMonth => &mut c.downline_recruits_per_month,
            ChannelField::SellerShare => &mut c.seller_share,
            ChannelField::SelfPurchasePerMonth => &mut c.self_purchase_per_month,
            ChannelField::MemberFollowers => &mut c.member_followers,
            ChannelField::MemberChurnPerMonth => &mut c.member_churn_per_month,
            ChannelField::MemberHoursPerWeek => &mut c.member_hours_per_week,
        }
    }

    /// Whether `ch` uses this field (MODEL.md §3.2: "–" cells are not applicable).
    pub fn applicable(self, ch: ChannelId) -> bool {
        self.row().channels[ch.index()].applies
    }
}

/// Any numeric input of a [`Scenario`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
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
    /// A trial longer than the horizon.
    LongerThanHorizon { horizon: f64 },
    /// More orders than visits or clicks in the trial.
    OrdersAboveClicks { clicks: f64 },
    /// Fewer visits or clicks than orders in the trial.
    ClicksBelowOrders { orders: f64 },
    /// Commission received with no orders.
    CommissionWithoutOrders,
    /// No orders, yet commission received.
    NoOrdersWithCommission { commission: f64 },
}

/// A typed validation error: which field, what is wrong (with the allowed bound).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    /// The offending field.
    pub field: Field,
    /// What is wrong.
    pub kind: FieldErrorKind,
}

impl Scenario {
    /// Read any field (an empty optional field reads 0: see [`Scenario::value`]).
    pub fn get(&self, f: Field) -> f64 {
        match f {
            Field::Person(p) => p.get(&self.person),
            Field::Channel(ch, c) => c.get(self.params(ch)),
            Field::DiscountElasticity => self.discount_elasticity,
            Field::Draws => self.draws as f64,
            Field::Trial(_) | Field::Goal => self.value(f).unwrap_or(0.0),
        }
    }

    /// Read any field, `None` when an optional one is empty.
    pub fn value(&self, f: Field) -> Option<f64> {
        match f {
            Field::Trial(t) => t.get(&self.trial),
            Field::Goal => self.goal_monthly,
            _ => Some(self.get(f)),
        }
    }

    /// Empty an optional field (others keep their value).
    pub fn clear(&mut self, f: Field) {
        match f {
            Field::Trial(t) => *t.slot(&mut self.trial) = None,
            Field::Goal => self.goal_monthly = None,
            _ => {}
        }
    }

    /// Write any field without validation (used by the Monte Carlo and sensitivity code on
    /// values already clamped to the field's range).
    pub(crate) fn set_unchecked(&mut self, f: Field, v: f64) {
        match f {
            Field::Person(p) => *p.slot(&mut self.person) = v,
            Field::Channel(ch, c) => *c.slot(self.params_mut(ch)) = v,
            Field::DiscountElasticity => self.discount_elasticity = v,
            Field::Draws => self.draws = v as u32,
            Field::Trial(t) => *t.slot(&mut self.trial) = Some(v),
            Field::Goal => self.goal_monthly = Some(v),
        }
    }

    /// Check one value for one field, in the context of this scenario (cross-field rules).
    pub fn check(&self, f: Field, v: f64) -> Result<(), FieldError> {
        let err = |kind| Err(FieldError { field: f, kind });
        if !v.is_finite() {
            return err(FieldErrorKind::NotFinite);
        }
        let m = f.meta();
        if v < m.min {
            return err(FieldErrorKind::BelowMin { min: m.min });
        }
        if v > m.max {
            return err(FieldErrorKind::AboveMax { max: m.max });
        }
        if m.integer && v.fract() != 0.0 {
            return err(FieldErrorKind::NotInteger);
        }
        match f {
            Field::Channel(ch, ChannelField::Coupon) if v > self.params(ch).price => {
                err(FieldErrorKind::CouponAbovePrice {
                    price: self.params(ch).price,
                })
            }
            Field::Channel(ch, ChannelField::Price) if v < self.params(ch).coupon => {
                err(FieldErrorKind::PriceBelowCoupon {
                    coupon: self.params(ch).coupon,
                })
            }
            Field::Trial(t) => match self.trial.conflict(t, v, self.person.horizon_weeks) {
                Some(kind) => err(kind),
                None => Ok(()),
            },
            _ => Ok(()),
        }
    }

    /// Set a field after checking it is finite, within `[min, max]`, whole when it must be, and
    /// consistent (coupon ≤ price). On error the scenario is left unchanged.
    pub fn set(&mut self, f: Field, v: f64) -> Result<(), FieldError> {
        self.check(f, v)?;
        self.set_unchecked(f, v);
        Ok(())
    }

    /// Check every field; all errors, in `Field::all()` order.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let errs: Vec<FieldError> = Field::all()
            .filter_map(|f| self.check(f, self.get(f)).err())
            .collect();
        if errs.is_empty() {
            Ok(())
        } else {
            Err(errs)
        }
    }
}
