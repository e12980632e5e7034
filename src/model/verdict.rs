//! The verdict of MODEL.md §7: 值得入局 / 慢半拍 / 不建议, with reasons as structured data.
//!
//! The verdict is a pure function of the scenario's **central figures** (the deterministic
//! projection at the person's own inputs), computed once by [`decide`]; every surface shows
//! that one. The Monte Carlo only adds its range and chances to the first reason
//! ([`Verdict::with_monte_carlo`]), so the word never changes when the band arrives.

use super::calendar::ATTRIBUTION_FOREVER_DAYS;
use super::channel::ChannelId;
use super::engine::{Calibration, McResult};
use super::scenario::Scenario;
use super::sim::{
    entry_comparison, project, project_all, trial_run, EntryComparison, Flag, Projection, MIN_HOURS,
};
use super::sort::sort_small;

/// The three answers of MODEL.md §7.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerdictKind {
    /// 值得入局: central net per hour ≥ your hourly value, and net > 0.
    Worth,
    /// 慢半拍: not worth it now, but entering [`super::LATER_WEEKS`] weeks later makes the hours
    /// worth your time value, with a positive net (MODEL.md §7 revised 2026-12-06; article §4
    /// conclusion: "入局可以慢半拍"). Waiting that pays more but still less than that is 不建议.
    Wait,
    /// 不建议.
    NotAdvised,
}

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
/// order of [`Verdict::reasons`] is MODEL.md §7's.
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
    /// §7.3 The best channel for this person ([`best_channel`]), when it is not the chosen one.
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

/// The answer for the chosen channel, from its central figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub kind: VerdictKind,
    pub channel: ChannelId,
    /// [`best_channel`] of the six (the ★ of the six-channel table).
    pub best_channel: ChannelId,
    /// Central net per hour of the chosen channel (N), yuan/hour: the number every surface shows.
    pub net_per_hour: f64,
    /// Central net over the horizon, yuan.
    pub net: f64,
    /// Central net per hour entering [`super::LATER_WEEKS`] weeks later (L), yuan/hour.
    pub later_per_hour: f64,
    /// The person's hourly value, yuan/hour.
    pub hourly_value: f64,
    pub reasons: Vec<Reason>,
}

/// What the person's trial came to (MODEL.md §9: history, beside the forecast): "试了 4 周：收到
/// ¥18，约 3.3 小时，¥5.4/小时".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct History {
    pub weeks: f64,
    /// Hours the trial took (the model's: posts × minutes, plus the channel's extra hours).
    pub hours: f64,
    /// What it brought: the commission the person entered, else the model's net of those weeks.
    pub received: f64,
    /// Whether `received` is the person's own figure.
    pub own: bool,
}

impl History {
    /// Received per hour.
    pub fn per_hour(&self) -> f64 {
        self.received / self.hours.max(MIN_HOURS)
    }
}

/// What the page decides on for one scenario, computed once: the six central projections, the
/// chosen channel's now-against-later comparison, and the verdict from them — at the
/// calibrated rates when a calibration of the person's trial is given (试过再算). Deterministic:
/// the calibration itself is the draws' work ([`super::Calibrator`]), done before.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    /// All six channels, in `ChannelId::ALL` order.
    pub all: Vec<Projection>,
    /// The chosen channel, entered as set against [`super::LATER_WEEKS`] weeks later.
    pub entry: EntryComparison,
    pub verdict: Verdict,
    /// The scenario the figures are for: the calibrated one, or the person's own.
    pub scenario: Scenario,
    /// The trial's calibration, when one was given.
    pub calibration: Option<Calibration>,
    /// The verdict at the person's own values (only when calibrated).
    pub before: Option<Verdict>,
    /// The trial's own weeks, when the person tried the chosen channel.
    pub history: Option<History>,
}

impl Decision {
    /// The chosen channel's projection.
    pub fn chosen(&self) -> &Projection {
        &self.entry.now
    }
}

/// Central figures, entry comparison and verdict of `s` (MODEL.md §7) at the person's own values
/// (with a trial: counted forward from its end, MODEL.md §9).
pub fn decide(s: &Scenario) -> Decision {
    decide_with(s, None)
}

/// [`decide`] at the values `cal` calibrates (when it does; its status is kept either way).
pub fn decide_with(s: &Scenario, cal: Option<&Calibration>) -> Decision {
    let at = cal.map_or_else(|| s.clone(), |c| c.apply(s));
    let all = project_all(&at);
    let entry = entry_comparison(&at, at.channel);
    let verdict = verdict(&at, &all, &entry);
    let before = cal
        .filter(|c| c.calibrated())
        .map(|_| decide_with(s, None).verdict);
    let history = trial_run(&at, at.channel).map(|t| {
        let own = s.trial.commission;
        History {
            weeks: s.trial.weeks.unwrap_or(0.0).round(),
            hours: t.hours,
            received: own.unwrap_or(t.net),
            own: own.is_some(),
        }
    });
    Decision {
        all,
        entry,
        verdict,
        scenario: at,
        calibration: cal.cloned(),
        before,
        history,
    }
}

/// Channels from the highest central net per hour to the lowest (ties: `ChannelId::ALL`
/// order). The one ranking behind the best channel, the ★ and 三个渠道.
pub fn rank_channels(all: &[Projection]) -> Vec<ChannelId> {
    let mut v: Vec<(ChannelId, f64)> = all
        .iter()
        .map(|p| (p.summary.channel, p.summary.totals.net_per_hour()))
        .collect();
    sort_small(&mut v, |a, b| a.1 > b.1);
    v.into_iter().map(|(c, _)| c).collect()
}

/// The channel with the highest central net per hour, whatever channel is chosen.
pub fn best_channel(all: &[Projection]) -> ChannelId {
    rank_channels(all)
        .first()
        .copied()
        .unwrap_or(ChannelId::Wxshop)
}

/// MODEL.md §7 for the chosen channel `s.channel`: `all` are the six central projections
/// (`project_all`), `entry` the chosen channel's [`entry_comparison`].
pub fn verdict(s: &Scenario, all: &[Projection], entry: &EntryComparison) -> Verdict {
    let ch = s.channel;
    let s = &super::guard::scenario(s, ch);
    let summary = &entry.now.summary;
    let hv = s.person.hourly_value;
    let n = summary.totals.net_per_hour();
    let l = entry.later.summary.totals.net_per_hour();

    let later_net = entry.later.summary.totals.net;
    let kind = if n >= hv && summary.totals.net > 0.0 {
        VerdictKind::Worth
    } else if l >= hv && later_net > 0.0 {
        VerdictKind::Wait
    } else {
        VerdictKind::NotAdvised
    };
    let best = best_channel(all);

    // §7.1 the bar.
    let mut reasons = vec![Reason::Pay {
        net_per_hour: n,
        hourly_value: hv,
        net: summary.totals.net,
        range: None,
    }];
    // §7.2 what the article says about this channel, with this person's numbers.
    let c = s.params(ch);
    if summary.totals.visits_donated > 0.0 || summary.totals.followers_donated > 0.0 {
        reasons.push(Reason::DonationRatio {
            ratio: summary.totals.donation_ratio(),
            donated_followers: summary.totals.followers_donated,
            visits: summary.totals.visits_donated,
            donated_gmv: summary.totals.donated_gmv,
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
            if summary.totals.member_gmv > 0.0 {
                reasons.push(Reason::SelfPurchaseDominates {
                    self_share: summary.totals.member_self_purchase_gmv / summary.totals.member_gmv,
                    overrides: summary.totals.overrides,
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
                    costs: summary.totals.costs,
                });
            }
        }
        ChannelId::Creator => {
            let active = active_weeks(s);
            reasons.push(Reason::ContentTakesTime {
                hours_per_week: summary.totals.hours / active.max(1.0),
                followers_gained: c.audience_growth_per_week * active,
            });
        }
    }
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
            now_per_hour: n,
            later_per_hour: l,
            now_net: summary.totals.net,
            later_net,
        });
    }
    // §7.5 compliance and the attribution what-if.
    reasons.extend(summary.flags.iter().copied().map(Reason::Compliance));
    if ch == ChannelId::Wxshop
        && c.attribution_days < ATTRIBUTION_FOREVER_DAYS
        && c.repeat_per_month > 0.0
    {
        let mut locked = s.clone();
        locked.params_mut(ch).attribution_days = ATTRIBUTION_FOREVER_DAYS;
        reasons.push(Reason::LockInWhatIf {
            attribution_days: c.attribution_days,
            net_now: summary.totals.net,
            net_locked: project(&locked, ch).summary.totals.net,
        });
    }
    Verdict {
        kind,
        channel: ch,
        best_channel: best,
        net_per_hour: n,
        net: summary.totals.net,
        later_per_hour: l,
        hourly_value: hv,
        reasons,
    }
}

impl Verdict {
    /// The same verdict with the Monte Carlo's range and chances in its pay reason. The kind and
    /// every central figure stay as they are.
    pub fn with_monte_carlo(&self, mc: &McResult) -> Verdict {
        let mut v = self.clone();
        for r in &mut v.reasons {
            if let Reason::Pay { range, .. } = r {
                *range = Some(PayRange {
                    draws: mc.draws,
                    p10: mc.net_per_hour.p10,
                    p90: mc.net_per_hour.p90,
                    p_beats_hourly: mc.p_beats_hourly,
                    p_net_positive: mc.p_net_positive,
                });
            }
        }
        v
    }
}

/// Weeks in which the person posts in the horizon (after any entry delay).
fn active_weeks(s: &Scenario) -> f64 {
    super::sim::setup(s, s.channel).3.active_weeks() as f64
}

/// Weeks the later entrant (`delay` weeks after the person's own entry) posts in the horizon.
fn later_active_weeks(s: &Scenario, delay: u32) -> f64 {
    super::sim::setup(s, s.channel)
        .3
        .later(delay as usize)
        .active_weeks() as f64
}
