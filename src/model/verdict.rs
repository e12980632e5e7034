//! The verdict of MODEL.md §7: 值得入局 / 慢半拍 / 不建议, with reasons as structured data.

use super::channel::ChannelId;
use super::mc::McResult;
use super::scenario::Scenario;
use super::sim::{entry_comparison, project, EntryComparison, Flag, Projection};
use super::ATTRIBUTION_FOREVER_DAYS;
use serde::Serialize;

/// The three answers of MODEL.md §7.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum VerdictKind {
    /// 值得入局: P50 net per hour ≥ your hourly value, P10 net > 0, donation ratio < 1.
    Worth,
    /// 慢半拍 (观望): 微信小店 where entering later pays more per hour or you give away more
    /// than you earn (article §4 conclusion: "入局可以慢半拍").
    Wait,
    /// 不建议.
    NotAdvised,
}

/// One reason behind the verdict, with the numbers it quotes; the UI words it in zh/en.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub enum Reason {
    /// The bar: P50 net per hour is below what your hour is worth.
    NetPerHourBelowValue { p50: f64, hourly_value: f64 },
    /// The bar: P50 net per hour reaches what your hour is worth.
    NetPerHourAboveValue { p50: f64, hourly_value: f64 },
    /// One case in ten loses at least this much (P10 net < 0).
    DownsideLoss { p10: f64 },
    /// Article §4: "转发直播间就把自己的流量送给了这些公域的达人直播间" — for every yuan earned,
    /// `ratio` yuan of commission-equivalent goes to the 达人 with the followers you gave away.
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
    /// Article §4 conclusion "慢半拍不要紧": entering `delay_weeks` later pays more per hour.
    LaterIsBetter {
        delay_weeks: u32,
        now_per_hour: f64,
        later_per_hour: f64,
    },
    /// Article §4: "除非…后续的成交一直锁定给我" — net with today's window against permanent lock-in.
    LockInWhatIf {
        attribution_days: f64,
        net_now: f64,
        net_locked: f64,
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
    /// The best channel for this person by P50 net per hour.
    BestChannel {
        channel: ChannelId,
        net_per_hour: f64,
    },
    /// A compliance or plausibility flag (MODEL.md §4.6).
    Compliance(Flag),
}

/// The answer for the chosen channel.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verdict {
    pub kind: VerdictKind,
    pub channel: ChannelId,
    pub best_channel: ChannelId,
    pub reasons: Vec<Reason>,
}

/// MODEL.md §7. `all` are the six deterministic projections (`project_all`); `chosen` is the
/// chosen channel's Monte Carlo result when available (None → the deterministic summary is used
/// as P50 and P10); `entry` is the enter-now/later comparison (computed here when None and the
/// channel is 微信小店).
pub fn verdict(
    s: &Scenario,
    all: &[Projection],
    chosen: Option<&McResult>,
    entry: Option<&EntryComparison>,
) -> Verdict {
    let ch = s.channel;
    let s = &super::guard::scenario(s, ch);
    let own;
    let summary = match all.iter().find(|p| p.summary.channel == ch) {
        Some(p) => &p.summary,
        None => {
            own = project(s, ch);
            &own.summary
        }
    };
    let hv = s.person.hourly_value;
    let (p50_nph, p10_net, ratio) = match chosen {
        Some(m) => (m.net_per_hour.p50, m.net.p10, m.donation_ratio.p50),
        None => (summary.net_per_hour, summary.net, summary.donation_ratio),
    };
    let computed;
    let entry = match entry {
        Some(e) => Some(e),
        None if ch == ChannelId::Wxshop => {
            computed = entry_comparison(s, ch);
            Some(&computed)
        }
        None => None,
    };
    let later_better = entry.is_some_and(|e| {
        e.later.summary.net_per_hour > e.now.summary.net_per_hour
            && e.later.summary.net_per_hour > 0.0
    });

    let kind = if p50_nph >= hv && p10_net > 0.0 && ratio < 1.0 {
        VerdictKind::Worth
    } else if ch == ChannelId::Wxshop && (later_better || ratio >= 1.0) {
        VerdictKind::Wait
    } else {
        VerdictKind::NotAdvised
    };

    // Best channel by P50 net per hour (the chosen one's from the Monte Carlo when given).
    let mut best = (ch, p50_nph);
    for p in all {
        let c = p.summary.channel;
        let v = if c == ch {
            p50_nph
        } else {
            p.summary.net_per_hour
        };
        if v > best.1 || (v == best.1 && c.index() < best.0.index()) {
            best = (c, v);
        }
    }

    let mut reasons = Vec::new();
    if p50_nph < hv {
        reasons.push(Reason::NetPerHourBelowValue {
            p50: p50_nph,
            hourly_value: hv,
        });
    } else {
        reasons.push(Reason::NetPerHourAboveValue {
            p50: p50_nph,
            hourly_value: hv,
        });
    }
    if p10_net < 0.0 {
        reasons.push(Reason::DownsideLoss { p10: p10_net });
    }
    let c = s.params(ch);
    if summary.visits_donated > 0.0 || summary.followers_donated > 0.0 {
        reasons.push(Reason::DonationRatio {
            ratio,
            donated_followers: summary.followers_donated,
            visits: summary.visits_donated,
            donated_gmv: summary.donated_gmv,
        });
    }
    match ch {
        ChannelId::Wxshop => {
            let mature = c.mature_coupon_share * c.price;
            if mature > c.coupon {
                reasons.push(Reason::NoCentralSearch {
                    coupon_now: c.coupon,
                    mature_coupon: mature,
                    maturity_weeks: c.maturity_weeks,
                });
            }
            if let Some(e) = entry.filter(|_| later_better) {
                reasons.push(Reason::LaterIsBetter {
                    delay_weeks: e.delay_weeks,
                    now_per_hour: e.now.summary.net_per_hour,
                    later_per_hour: e.later.summary.net_per_hour,
                });
            }
            if c.attribution_days < ATTRIBUTION_FOREVER_DAYS && c.repeat_per_month > 0.0 {
                let mut locked = s.clone();
                locked.params_mut(ch).attribution_days = ATTRIBUTION_FOREVER_DAYS;
                reasons.push(Reason::LockInWhatIf {
                    attribution_days: c.attribution_days,
                    net_now: summary.net,
                    net_locked: project(&locked, ch).summary.net,
                });
            }
        }
        ChannelId::Taoke => {
            if c.price > 0.0 {
                reasons.push(Reason::SavingsDriveTaoke {
                    saving: c.buyer_saving(),
                    saving_share: c.buyer_saving() / c.price,
                });
            }
        }
        ChannelId::Social => {
            if summary.member_gmv > 0.0 {
                reasons.push(Reason::SelfPurchaseDominates {
                    self_share: summary.member_self_purchase_gmv / summary.member_gmv,
                    overrides: summary.overrides,
                });
            }
        }
        ChannelId::Ktt => {
            if c.trend_per_month < 0.0 || c.problem_share > 0.0 {
                reasons.push(Reason::KttDeclining {
                    trend_per_month: c.trend_per_month,
                    problem_share: c.problem_share,
                });
            }
        }
        ChannelId::PrivateLive => {
            if c.fixed_cost_per_week > 0.0 {
                reasons.push(Reason::OwnRoomCosts {
                    fixed_cost_per_week: c.fixed_cost_per_week,
                    costs: summary.costs,
                });
            }
        }
        ChannelId::Creator => {
            let active = active_weeks(s);
            reasons.push(Reason::ContentTakesTime {
                hours_per_week: summary.hours / active.max(1.0),
                followers_gained: c.audience_growth_per_week * active,
            });
        }
    }
    reasons.push(Reason::BestChannel {
        channel: best.0,
        net_per_hour: best.1,
    });
    reasons.extend(summary.flags.iter().copied().map(Reason::Compliance));
    Verdict {
        kind,
        channel: ch,
        best_channel: best.0,
        reasons,
    }
}

/// Weeks in which the person is active (horizon − entry delay).
fn active_weeks(s: &Scenario) -> f64 {
    let h = super::sim::horizon(&s.person);
    h.saturating_sub(super::sim::entry_delay(&s.person)) as f64
}
