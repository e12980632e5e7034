//! The reasons behind a verdict (MODEL.md §7), as structured data with the numbers they quote,
//! in §7's order; `i18n` words them in zh/en.

use super::calendar::ATTRIBUTION_FOREVER_DAYS;
use super::channel::ChannelId;
use super::scenario::Scenario;
use super::sim::{project, setup, EntryComparison, Flag, Projection, Totals};

/// What the Monte Carlo adds to the pay reason: the P10–P90 range and the chances. It never
/// changes the verdict.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PayRange {
    /// Draws the figures are based on.
    pub draws: u32,
    /// P10 and P90 of net per hour, yuan/hour.
    pub p10: f64,
    pub p90: f64,
    /// P(net per hour ≥ hourly value).
    pub p_beats_hourly: f64,
    /// P(net > 0).
    pub p_net_positive: f64,
}

/// One reason behind the verdict, with the numbers it quotes; `i18n` words it in zh/en. The
/// order of [`Verdict::reasons`](crate::model::Verdict::reasons) is MODEL.md §7's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// §7.1 The bar: central net per hour against what your hour is worth, with the Monte
    /// Carlo's range once it is in.
    Pay {
        net_per_hour: f64,
        hourly_value: f64,
        net: f64,
        range: Option<PayRange>,
    },
    /// §7.2 Article §4: "转发直播间就把自己的流量送给了这些公域的达人直播间" — for every yuan
    /// earned, `ratio` yuan of commission-equivalent goes to the 达人 with the followers you gave
    /// away.
    DonationRatio {
        ratio: f64,
        donated_followers: f64,
        visits: f64,
        donated_gmv: f64,
    },
    /// Article §4: "微信小店目前没有中心化的购物入口…商家凭什么给这些中小推客们定向破价" — no
    /// targeted coupon today; one of `mature_coupon` yuan expected after `maturity_weeks`.
    NoCentralSearch {
        coupon_now: f64,
        mature_coupon: f64,
        maturity_weeks: f64,
    },
    /// Article §1: the buyer really saves (`saving` yuan, `saving_share` of the price), which is
    /// why 淘宝客 sells without 种草.
    SavingsDriveTaoke { saving: f64, saving_share: f64 },
    /// Article §2: "90%不能卖货的团长，他们自购也可以赚佣金" — members' self-purchase share of GMV.
    SelfPurchaseDominates { self_share: f64, overrides: f64 },
    /// Article §3: "从2024年开始快团团模式逐渐凋落"; 假货、A货.
    KttDeclining {
        trend_per_month: f64,
        problem_share: f64,
    },
    /// Article §4: your own private live room keeps the traffic, but perks cost money.
    OwnRoomCosts {
        fixed_cost_per_week: f64,
        costs: f64,
    },
    /// Article §4 closing: "有能力就去视频号里做账号做内容" — it takes hours and grows followers.
    ContentTakesTime {
        hours_per_week: f64,
        followers_gained: f64,
    },
    /// §7.3 The best channel for this person ([`best_channel`](crate::model::best_channel)), when
    /// it is not the chosen one.
    BestChannel {
        channel: ChannelId,
        net_per_hour: f64,
    },
    /// §7.4 Entering `delay_weeks` later over the same calendar horizon: per hour and total,
    /// said together (article §4 conclusion "慢半拍不要紧").
    Waiting {
        delay_weeks: u32,
        /// The person's hourly value: waiting counts only when it reaches it.
        hourly_value: f64,
        now_per_hour: f64,
        later_per_hour: f64,
        now_net: f64,
        later_net: f64,
    },
    /// §7.5 Article §4: "除非…后续的成交一直锁定给我" — net with today's window against
    /// permanent lock-in.
    LockInWhatIf {
        attribution_days: f64,
        net_now: f64,
        net_locked: f64,
    },
    /// §7.5 A compliance or plausibility flag (MODEL.md §4.6).
    Compliance(Flag),
}

/// The reasons for the chosen channel of `s` (guarded): `all` are the six central projections,
/// `entry` the chosen channel's now against later, `best` the best of the six.
pub(crate) fn reasons(
    s: &Scenario,
    all: &[Projection],
    entry: &EntryComparison,
    best: ChannelId,
) -> Vec<Reason> {
    let ch = s.channel;
    let (t, later) = (&entry.now.summary.totals, &entry.later.summary.totals);
    let hv = s.person.hourly_value;
    // §7.1 the bar.
    let mut reasons = vec![Reason::Pay {
        net_per_hour: t.net_per_hour(),
        hourly_value: hv,
        net: t.net,
        range: None,
    }];
    // §7.2 what the article says about this channel, with this person's numbers.
    if t.visits_donated > 0.0 || t.followers_donated > 0.0 {
        reasons.push(Reason::DonationRatio {
            ratio: t.donation_ratio(),
            donated_followers: t.followers_donated,
            visits: t.visits_donated,
            donated_gmv: t.donated_gmv,
        });
    }
    reasons.extend(article_reason(s, t));
    // §7.3 the best channel, named when it is not this one.
    if best != ch {
        if let Some(p) = all.iter().find(|p| p.summary.channel == best) {
            reasons.push(Reason::BestChannel {
                channel: best,
                net_per_hour: p.summary.totals.net_per_hour(),
            });
        }
    }
    // §7.4 waiting, per hour and total on the same calendar horizon — only when the later
    // entrant has weeks left in it (on a horizon shorter than the wait there is nothing to
    // compare).
    if later_active_weeks(s, entry.delay_weeks) > 0.0 {
        reasons.push(Reason::Waiting {
            delay_weeks: entry.delay_weeks,
            hourly_value: hv,
            now_per_hour: t.net_per_hour(),
            later_per_hour: later.net_per_hour(),
            now_net: t.net,
            later_net: later.net,
        });
    }
    // §7.5 compliance and the attribution what-if.
    reasons.extend(
        entry
            .now
            .summary
            .flags
            .iter()
            .copied()
            .map(Reason::Compliance),
    );
    reasons.extend(lock_in(s, t));
    reasons
}

/// §7.2 What the article says about the chosen channel, with this person's numbers.
fn article_reason(s: &Scenario, t: &Totals) -> Option<Reason> {
    let ch = s.channel;
    let c = s.params(ch);
    match ch {
        ChannelId::Wxshop => {
            let mature = c.mature_coupon_share * c.price;
            (mature > c.coupon).then_some(Reason::NoCentralSearch {
                coupon_now: c.coupon,
                mature_coupon: mature,
                maturity_weeks: c.maturity_weeks,
            })
        }
        ChannelId::Taoke => (c.price > 0.0).then(|| Reason::SavingsDriveTaoke {
            saving: c.buyer_saving(),
            saving_share: c.buyer_saving() / c.price,
        }),
        ChannelId::Social => (t.member_gmv > 0.0).then(|| Reason::SelfPurchaseDominates {
            self_share: t.member_self_purchase_gmv / t.member_gmv,
            overrides: t.overrides,
        }),
        ChannelId::Ktt => {
            (c.trend_per_month < 0.0 || c.problem_share > 0.0).then_some(Reason::KttDeclining {
                trend_per_month: c.trend_per_month,
                problem_share: c.problem_share,
            })
        }
        ChannelId::PrivateLive => (c.fixed_cost_per_week > 0.0).then_some(Reason::OwnRoomCosts {
            fixed_cost_per_week: c.fixed_cost_per_week,
            costs: t.costs,
        }),
        ChannelId::Creator => {
            let active = active_weeks(s);
            Some(Reason::ContentTakesTime {
                hours_per_week: t.hours / active.max(1.0),
                followers_gained: c.audience_growth_per_week * active,
            })
        }
    }
}

/// §7.5 Article §4's "除非…后续的成交一直锁定给我": on 微信小店 with repeats, the net with
/// today's attribution window against permanent lock-in.
fn lock_in(s: &Scenario, t: &Totals) -> Option<Reason> {
    let ch = s.channel;
    let c = s.params(ch);
    if ch != ChannelId::Wxshop
        || c.attribution_days >= ATTRIBUTION_FOREVER_DAYS
        || c.repeat_per_month <= 0.0
    {
        return None;
    }
    let mut locked = s.clone();
    locked.params_mut(ch).attribution_days = ATTRIBUTION_FOREVER_DAYS;
    Some(Reason::LockInWhatIf {
        attribution_days: c.attribution_days,
        net_now: t.net,
        net_locked: project(&locked, ch).summary.totals.net,
    })
}

/// Weeks in which the person posts in the horizon (after any entry delay).
fn active_weeks(s: &Scenario) -> f64 {
    setup(s, s.channel).3.active_weeks() as f64
}

/// Weeks the later entrant (`delay` weeks after the person's own entry) posts in the horizon.
fn later_active_weeks(s: &Scenario, delay: u32) -> f64 {
    setup(s, s.channel).3.later(delay as usize).active_weeks() as f64
}
