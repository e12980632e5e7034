//! Labels, units, valid bounds and panel groups of every field (MODEL.md §3 "range" columns).

use super::field::{ChannelField, PersonField};
use super::meta::{Group, Unit};

/// (label_zh, label_en, unit, min, max, integer, group) of a field.
pub(crate) type Static = (&'static str, &'static str, Unit, f64, f64, bool, Group);

/// Person fields (§3.1). Validation bounds are MODEL.md's where it gives one (followers 0–10⁷,
/// posts 0–70, minutes 0–600, mute ≤ 2%, hourly 0–10,000, horizon 1–156, delay 0–104); rates
/// otherwise span 0–100%.
#[rustfmt::skip]
pub(crate) fn person_static(f: PersonField) -> Static {
    use PersonField as P;
    use Unit::*;
    match f {
        P::Followers => ("可触达人数（好友+群成员）", "Reachable people (friends + group members)", People, 0.0, 1e7, true, Group::Audience),
        P::PostsPerWeek => ("每周转发次数", "Posts per week", PerWeek, 0.0, 70.0, false, Group::Audience),
        P::MinutesPerPost => ("每次转发耗时", "Minutes per post", Minutes, 0.0, 600.0, false, Group::Time),
        P::ReachRate => ("每条触达率", "Reach per post", Fraction, 0.0, 1.0, false, Group::Funnel),
        P::ClickRate => ("点击率", "Click rate", Fraction, 0.0, 1.0, false, Group::Funnel),
        P::MuteRate => ("每次曝光的屏蔽率", "Mutes per impression", Fraction, 0.0, 0.02, false, Group::Audience),
        P::HourlyValue => ("你的时间值多少", "What your hour is worth", YuanPerHour, 0.0, 10_000.0, false, Group::Time),
        P::HorizonWeeks => ("测算周期", "Horizon", Weeks, 1.0, 156.0, true, Group::Simulation),
        P::EntryDelayWeeks => ("推迟入局", "Delay entry by", Weeks, 0.0, 104.0, true, Group::Maturity),
    }
}

/// Channel fields (§3.2, §4.5, §4.6).
#[rustfmt::skip]
pub(crate) fn channel_static(f: ChannelField) -> Static {
    use ChannelField as F;
    use Unit::*;
    match f {
        F::Price => ("商品价格", "Item list price", Yuan, 0.0, 100_000.0, false, Group::Money),
        F::Coupon => ("定向优惠券", "Targeted coupon", Yuan, 0.0, 100_000.0, false, Group::Money),
        F::CommissionRate => ("佣金率（占实付）", "Commission (share of paid price)", Fraction, 0.0, 1.0, false, Group::Money),
        F::RebateShare => ("返给买家的佣金比例", "Commission rebated to the buyer", Fraction, 0.0, 1.0, false, Group::Money),
        F::PlatformFee => ("平台技术服务费（占佣金）", "Platform fee (share of commission)", Fraction, 0.0, 1.0, false, Group::Money),
        F::BaseConversion => ("无优惠下单率（每次点击）", "Orders per click without discount", Fraction, 0.0, 1.0, false, Group::Funnel),
        F::RepeatPerMonth => ("老买家每月复购", "Repeat orders per buyer per month", PerMonth, 0.0, 30.0, false, Group::Attribution),
        F::AttributionDays => ("复购归属期（≥3650天=永久锁定）", "Repeats credited to you for (≥3650 days = forever)", Days, 0.0, super::ATTRIBUTION_FOREVER_DAYS, false, Group::Attribution),
        F::FollowAwayRate => ("访客关注达人的比例", "Visitors who follow the streamer", Fraction, 0.0, 1.0, false, Group::Donation),
        F::BuyerFollowRate => ("买家关注达人的比例", "Buyers who follow the streamer", Fraction, 0.0, 1.0, false, Group::Donation),
        F::BypassShare => ("关注后绕过你购买的比例", "Donated followers who bypass you", Fraction, 0.0, 1.0, false, Group::Donation),
        F::DonatedOrdersPerMonth => ("送出的粉丝每月在达人处下单", "Orders per donated follower per month at the streamer", PerMonth, 0.0, 30.0, false, Group::Donation),
        F::SettlementDays => ("结算账期", "Settlement delay", Days, 0.0, 365.0, false, Group::Money),
        F::TrendPerMonth => ("下单率每月变化", "Conversion trend per month", Fraction, -0.5, 0.5, false, Group::Funnel),
        F::ProblemShare => ("问题货品订单比例", "Orders with bad goods", Fraction, 0.0, 1.0, false, Group::Money),
        F::ProblemMuteRate => ("看到问题货后屏蔽你的比例", "Viewers of a bad item who mute you", Fraction, 0.0, 1.0, false, Group::Audience),
        F::FixedCostPerWeek => ("每周固定成本", "Fixed cost per week", YuanPerWeek, 0.0, 1e6, false, Group::Costs),
        F::EntryCost => ("入门费", "Entry fee", Yuan, 0.0, 1e6, false, Group::Costs),
        F::ExtraHoursPerWeek => ("每周额外投入时间", "Extra hours per week", HoursPerWeek, 0.0, 168.0, false, Group::Time),
        F::AudienceGrowthPerWeek => ("每周新增粉丝", "New followers per week", PerWeek, 0.0, 1e6, false, Group::Audience),
        F::MaturityWeeks => ("平台成熟所需时间", "Weeks until the platform matures", Weeks, 0.0, 520.0, false, Group::Maturity),
        F::MatureCouponShare => ("成熟后定向优惠（占价格）", "Targeted coupon at maturity (share of price)", Fraction, 0.0, 1.0, false, Group::Maturity),
        F::Levels => ("分销层级", "Distribution levels", Count, 0.0, 4.0, true, Group::Network),
        F::OverrideRate1 => ("一级下线业绩提成", "Override on level-1 GMV", Fraction, 0.0, 1.0, false, Group::Network),
        F::OverrideRate2 => ("二级下线业绩提成", "Override on level-2 GMV", Fraction, 0.0, 1.0, false, Group::Network),
        F::OverrideRate3 => ("三级下线业绩提成", "Override on level-3 GMV", Fraction, 0.0, 1.0, false, Group::Network),
        F::OverrideRate4 => ("四级下线业绩提成", "Override on level-4 GMV", Fraction, 0.0, 1.0, false, Group::Network),
        F::RecruitSharePerMonth => ("每月加入你团队的受众比例", "Audience joining your team per month", Fraction, 0.0, 1.0, false, Group::Network),
        F::DownlineRecruitsPerMonth => ("每位成员每月发展下线", "Recruits per member per month", PerMonth, 0.0, 30.0, false, Group::Network),
        F::SellerShare => ("真正能卖货的成员比例", "Members who really sell", Fraction, 0.0, 1.0, false, Group::Network),
        F::SelfPurchasePerMonth => ("每人每月自购", "Self-purchase per member per month", YuanPerMonth, 0.0, 1e6, false, Group::Network),
        F::MemberFollowers => ("每位成员的受众", "Audience per member", People, 0.0, 1e7, false, Group::Network),
        F::MemberChurnPerMonth => ("成员每月流失率", "Member churn per month", Fraction, 0.0, 1.0, false, Group::Network),
        F::MemberHoursPerWeek => ("每位成员占用你的时间", "Your hours per member per week", HoursPerWeek, 0.0, 10.0, false, Group::Time),
    }
}

/// ε, the shared discount elasticity (§4.2).
pub(crate) const ELASTICITY: Static = (
    "优惠弹性 ε",
    "Discount elasticity ε",
    Unit::Multiplier,
    0.0,
    50.0,
    false,
    Group::Funnel,
);

/// Monte Carlo draws (§6: 100–20,000).
pub(crate) const DRAWS: Static = (
    "模拟次数",
    "Monte Carlo draws",
    Unit::Count,
    100.0,
    20_000.0,
    true,
    Group::Simulation,
);
