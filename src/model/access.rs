//! Reading and writing a scenario by field ([`Field`]: the person's, a channel's, the trial's,
//! the goal), and the checks a value passes before it is written: range, whole number, and the
//! rules across fields (coupon ≤ price; the trial's orders, visits and commission agreeing).

use super::field::{ChannelField, Field, FieldError, FieldErrorKind, PersonField, TrialField};
use super::scenario::{ChannelParams, Person, Scenario, Trial};

impl PersonField {
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

impl ChannelField {
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
}

impl TrialField {
    pub fn get(self, t: &Trial) -> Option<f64> {
        let mut t = *t;
        *self.slot(&mut t)
    }

    pub fn slot(self, t: &mut Trial) -> &mut Option<f64> {
        match self {
            TrialField::Weeks => &mut t.weeks,
            TrialField::Posts => &mut t.posts,
            TrialField::Clicks => &mut t.clicks,
            TrialField::Orders => &mut t.orders,
            TrialField::Commission => &mut t.commission,
        }
    }
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
}

impl Scenario {
    /// Check one value for one field on its own: finite, within `[min, max]`, whole when it must
    /// be (the rules across fields aside: [`Scenario::check`]).
    pub fn check_value(f: Field, v: f64) -> Result<(), FieldError> {
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
        Ok(())
    }

    /// Check one value for one field, in the context of this scenario: on its own, then against
    /// the rules across fields ([`Scenario::conflicts`]) as the scenario would be with it.
    pub fn check(&self, f: Field, v: f64) -> Result<(), FieldError> {
        Self::check_value(f, v)?;
        let err = |kind| Err(FieldError { field: f, kind });
        // The rules across fields, on the scenario as it would be (MODEL.md §3.2, §9).
        let mut next = self.clone();
        next.set_unchecked(f, v);
        match next.conflict_on(f) {
            Some(kind) => err(kind),
            None => Ok(()),
        }
    }

    /// Whether an optional field may be emptied: `Err` when that would break a rule across
    /// fields (commission kept with neither orders nor a visit).
    pub fn check_clear(&self, f: Field) -> Result<(), FieldError> {
        let mut next = self.clone();
        next.clear(f);
        match next.conflicts().first() {
            Some(e) => Err(FieldError {
                field: f,
                kind: e.kind,
            }),
            None => Ok(()),
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
