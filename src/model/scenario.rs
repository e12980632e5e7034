//! Inputs of MODEL.md §3: the person, one parameter set per channel, and the whole scenario.

use super::channel::ChannelId;
use super::field::{ChannelField, PersonField, TrialField};
use super::table::{DRAWS, ELASTICITY};

/// Version of the serialised [`Scenario`] schema.
pub const SCHEMA_VERSION: u32 = 1;

/// The person, shared by all channels (MODEL.md §3.1). Rates are fractions (0.25 = 25%).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Person {
    /// People reachable in private (WeChat friends + group members), people. Article: "只有几百、几千个好友".
    pub followers: f64,
    /// Posts (forwards) per week, count/week.
    pub posts_per_week: f64,
    /// Minutes spent per post, minutes.
    pub minutes_per_post: f64,
    /// Share of the audience that sees one post, fraction.
    pub reach_rate: f64,
    /// Share of impressions that click, fraction.
    pub click_rate: f64,
    /// Share of impressions that mute/block you, fraction per impression.
    pub mute_rate: f64,
    /// What an hour of your time is worth, yuan/hour: the bar for "worth it".
    pub hourly_value: f64,
    /// Horizon of the projection, weeks (integer, 1–156).
    pub horizon_weeks: f64,
    /// Weeks to wait before starting to post, weeks (integer). Article §4 conclusion: "慢半拍不要紧".
    pub entry_delay_weeks: f64,
}

impl Default for Person {
    /// MODEL.md §3.1's defaults, from the field table.
    fn default() -> Self {
        let mut p = Person {
            followers: 0.0,
            posts_per_week: 0.0,
            minutes_per_post: 0.0,
            reach_rate: 0.0,
            click_rate: 0.0,
            mute_rate: 0.0,
            hourly_value: 0.0,
            horizon_weeks: 0.0,
            entry_delay_weeks: 0.0,
        };
        for f in PersonField::ALL {
            *f.slot(&mut p) = f.row().spec.default;
        }
        p
    }
}

/// One parameter set, used by every channel (MODEL.md §3.2, §4.5, §4.6). Fields a channel does
/// not use are 0 and marked not applicable in the field metadata. Rates are fractions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChannelParams {
    /// List price of a typical item, yuan.
    pub price: f64,
    /// Targeted discount the buyer gets only through your link, yuan (≤ price). Article §1:
    /// the ¥10 coupon that makes 淘宝客 "香"; §4: none yet on 微信小店.
    pub coupon: f64,
    /// Commission as a share of the paid price, fraction.
    pub commission_rate: f64,
    /// Share of your commission returned to the buyer (返利), fraction. Article §1: ¥5 返利.
    pub rebate_share: f64,
    /// Platform's cut of the commission (技术服务费), fraction. SOURCES.md: 淘宝联盟 10%.
    pub platform_fee: f64,
    /// Orders per click with no discount, fraction. Article §4: 1,000 visits → 10 orders.
    pub base_conversion: f64,
    /// Repeat orders per past buyer per month, orders/month.
    pub repeat_per_month: f64,
    /// Days after a purchase during which repeats are credited to you, days (≥ 3650 = forever).
    /// Article §4: "除非…后续的成交一直锁定给我…如果只锁定一段时间其实意义也不大".
    pub attribution_days: f64,
    /// Share of visitors who start following the 达人, fraction. Article §4: "说不定还有一部分
    /// 也去关注了达人直播间".
    pub follow_away_rate: f64,
    /// Share of buyers who start following the 达人, fraction. Article §4: "这10个人以后都去
    /// 达人直播间购买了".
    pub buyer_follow_rate: f64,
    /// Share of donated followers who no longer need your link, fraction. Article §4: "和你都
    /// 没有一毛钱的关系".
    pub bypass_share: f64,
    /// Orders per donated follower per month at the 达人 (without you), orders/month.
    pub donated_orders_per_month: f64,
    /// Settlement delay (账期), days. Article §3: 快团团 "资金立马到账"; 淘客 pays on the 20th.
    pub settlement_days: f64,
    /// Monthly drift of conversion, fraction/month (−0.03 = −3% a month). Article §3: 快团团
    /// "从2024年开始…逐渐凋落".
    pub trend_per_month: f64,
    /// Share of orders with bad goods (refunded, no commission; the buyer mutes you), fraction.
    /// Article §3: "假货、A货" on an unregulated platform.
    pub problem_share: f64,
    /// Share of the people shown a problem good who mute you, fraction per impression of
    /// problem goods (MODEL.md §4.1: muting comes from exposure, not from orders).
    pub problem_mute_rate: f64,
    /// Fixed costs, yuan/week. Article §4: a private live room's "抽奖和福利".
    pub fixed_cost_per_week: f64,
    /// One-off entry fee paid in the first active week, yuan.
    pub entry_cost: f64,
    /// Hours per week beyond posting (live, editing, group work), hours/week.
    pub extra_hours_per_week: f64,
    /// New followers per week the channel brings, people/week.
    pub audience_growth_per_week: f64,
    /// Weeks until the platform has search-driven 反哺 and mature coupons, weeks. Article §4:
    /// "现在时机还不成熟…等平台生态逐步完善成熟了…再切入问题不大".
    pub maturity_weeks: f64,
    /// Targeted coupon at maturity as a share of price, fraction. Article §1's 淘客 coupon is
    /// 10/49 ≈ 20%.
    pub mature_coupon_share: f64,
    /// Distribution levels paid overrides (integer 0–4; ≥ 3 is flagged). Article §2: "多级分销".
    pub levels: f64,
    /// Override as a share of level-k downline GMV, fraction (k = 1..4).
    pub override_rates: [f64; 4],
    /// Share of your audience joining under you per month, fraction/month.
    pub recruit_share_per_month: f64,
    /// Members each member recruits per month, people/month.
    pub downline_recruits_per_month: f64,
    /// Share of members who sell beyond themselves, fraction. Article §2: "占比10%都不到".
    pub seller_share: f64,
    /// Self-purchase per member (and you), yuan/month. Article §2: "90%…自购也可以赚佣金".
    pub self_purchase_per_month: f64,
    /// Audience of each member, people.
    pub member_followers: f64,
    /// Share of members who quit per month, fraction/month.
    pub member_churn_per_month: f64,
    /// Your time per member (training, answering, 群管理), hours/week.
    pub member_hours_per_week: f64,
}

impl Default for ChannelParams {
    /// All zero except a neutral price: the base every channel default starts from.
    fn default() -> Self {
        ChannelParams {
            price: 0.0,
            coupon: 0.0,
            commission_rate: 0.0,
            rebate_share: 0.0,
            platform_fee: 0.0,
            base_conversion: 0.0,
            repeat_per_month: 0.0,
            attribution_days: 0.0,
            follow_away_rate: 0.0,
            buyer_follow_rate: 0.0,
            bypass_share: 0.0,
            donated_orders_per_month: 0.0,
            settlement_days: 0.0,
            trend_per_month: 0.0,
            problem_share: 0.0,
            problem_mute_rate: 0.0,
            fixed_cost_per_week: 0.0,
            entry_cost: 0.0,
            extra_hours_per_week: 0.0,
            audience_growth_per_week: 0.0,
            maturity_weeks: 0.0,
            mature_coupon_share: 0.0,
            levels: 0.0,
            override_rates: [0.0; 4],
            recruit_share_per_month: 0.0,
            downline_recruits_per_month: 0.0,
            seller_share: 0.0,
            self_purchase_per_month: 0.0,
            member_followers: 0.0,
            member_churn_per_month: 0.0,
            member_hours_per_week: 0.0,
        }
    }
}

impl ChannelParams {
    /// MODEL.md §3.2 defaults for one channel, from the field table (where each default says
    /// what in the article or SOURCES.md it comes from).
    pub fn defaults(ch: ChannelId) -> Self {
        let mut c = ChannelParams::default();
        for f in ChannelField::ALL {
            *f.slot(&mut c) = f.row().channels[ch.index()].default;
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

/// What the person saw in the weeks they already tried one channel (all optional).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trial {
    /// The channel tried.
    pub channel: ChannelId,
    /// Weeks tried (needed for the rest to count).
    pub weeks: Option<f64>,
    /// Posts made in all (empty: as planned, posts per week × weeks).
    pub posts: Option<f64>,
    /// Visits or clicks in all.
    pub clicks: Option<f64>,
    /// Orders in all.
    pub orders: Option<f64>,
    /// Commission received in all, yuan.
    pub commission: Option<f64>,
}

impl Default for Trial {
    fn default() -> Self {
        Trial {
            channel: ChannelId::Wxshop,
            weeks: None,
            posts: None,
            clicks: None,
            orders: None,
            commission: None,
        }
    }
}

impl Trial {
    /// Nothing entered: not tried.
    pub fn is_empty(&self) -> bool {
        TrialField::ALL.iter().all(|f| f.get(self).is_none())
    }
}
