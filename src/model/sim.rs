//! The weekly simulation of MODEL.md §4 and the per-channel summary of §5.

use super::channel::ChannelId;
use super::detmath;
use super::scenario::{ChannelParams, Person, Scenario};
use super::{ATTRIBUTION_FOREVER_DAYS, WEEKS_PER_MONTH};
use serde::{Deserialize, Serialize};

/// Longest horizon the model supports (weeks): fixed-size cohort arrays live on the stack.
pub const MAX_WEEKS: usize = 156;
/// How much later the enter-later what-if starts than the person's own entry (MODEL.md §7).
pub const LATER_WEEKS: u32 = 26;
/// WeChat's friend limit per account: above it the audience cannot be one person's 私域.
pub const FRIEND_LIMIT: f64 = 10_000.0;
/// Total hours below this (one minute) count as this many hours in "net per hour" (keeps it
/// finite when no time is spent).
pub const MIN_HOURS: f64 = 1.0 / 60.0;

/// One week of one channel. Flows are per week, except `audience`, `followers_donated` and
/// `members`, which are stocks at the end of the week, and the `cum_…` running totals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct WeekRow {
    pub week: u32,
    /// People still in your audience (stock, end of week).
    pub audience: f64,
    pub impressions: f64,
    pub clicks: f64,
    /// New + credited repeat orders.
    pub orders: f64,
    pub gmv: f64,
    pub commission: f64,
    pub overrides: f64,
    /// Commission on your own self-purchase (自购省钱).
    pub savings: f64,
    pub costs: f64,
    /// Accrued net: commission + overrides + savings − costs.
    pub net: f64,
    /// Cash received this week (settled income − costs).
    pub cash: f64,
    pub hours: f64,
    /// Clicks sent to the 达人's room (article §4's "1000个流量").
    pub visits_donated: f64,
    /// Followers given to the 达人 so far (stock D).
    pub followers_donated: f64,
    /// GMV donated followers spend at the 达人 without you this week.
    pub donated_gmv: f64,
    /// Network members by level (stock).
    pub members: [f64; 4],
    /// Accrued net from week 0 through this week.
    pub cum_net: f64,
    /// Visits donated from week 0 through this week.
    pub cum_visits_donated: f64,
    /// Commission-equivalent of the donated GMV (donated GMV × commission rate) from week 0
    /// through this week: what the donated traffic earns the 达人 that you are never paid for.
    pub cum_donated_commission: f64,
}

/// Columns of the weekly table ([`WeekRow::columns`]).
pub const WEEK_COLUMNS: usize = 16;

impl WeekRow {
    /// The weekly table's columns (the CSV export's, in its order): the week numbered from 1 as
    /// on the page, then audience, impressions, clicks, orders, GMV, commission, overrides,
    /// savings, costs, net, cash, hours, visits and followers donated, donated GMV.
    pub fn columns(&self) -> [f64; WEEK_COLUMNS] {
        [
            self.week as f64 + 1.0,
            self.audience,
            self.impressions,
            self.clicks,
            self.orders,
            self.gmv,
            self.commission,
            self.overrides,
            self.savings,
            self.costs,
            self.net,
            self.cash,
            self.hours,
            self.visits_donated,
            self.followers_donated,
            self.donated_gmv,
        ]
    }
}

/// Compliance and plausibility warnings (MODEL.md §4.6).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Flag {
    /// Three or more distribution levels: banned by WeChat's rules, may fall under 《禁止传销条例》
    /// (SOURCES.md mechanism 5: criminal threshold 3+ levels).
    ThreeLevels { levels: u32 },
    /// Entry fee plus pay on downline sales: both are listed by 《禁止传销条例》 Art. 7.
    EntryFeeWithOverrides { entry_cost: f64 },
    /// Problem goods (article §3: 假货、A货) — refunds, complaints, lost friends.
    ProblemGoods { share: f64 },
    /// More than one WeChat account's friend limit (~10,000).
    OverFriendLimit { followers: f64 },
}

/// Per-channel totals over the horizon (MODEL.md §5).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub channel: ChannelId,
    /// Accrued net (commission + overrides + savings − costs), yuan.
    pub net: f64,
    /// Net cash received by the horizon, yuan.
    pub cash: f64,
    /// Accrued but not yet paid at the horizon (`net − cash`), yuan.
    pub pending: f64,
    pub hours: f64,
    /// `net / max(hours, MIN_HOURS)`, yuan/hour.
    pub net_per_hour: f64,
    pub orders: f64,
    pub gmv: f64,
    pub commission: f64,
    pub overrides: f64,
    pub savings: f64,
    pub costs: f64,
    pub visits_donated: f64,
    /// Followers donated at the horizon (stock).
    pub followers_donated: f64,
    pub donated_gmv: f64,
    /// Commission-equivalent of the donated GMV: `donated_gmv × commission_rate`.
    pub donated_commission: f64,
    /// "每赚1元，送出X元": donated_commission / commission (0 when nothing donated; finite).
    pub donation_ratio: f64,
    /// Share of everyone who was ever in your audience that you can still reach at the horizon.
    pub audience_kept: f64,
    /// First week (0-based) at which cumulative net is positive.
    pub payback_week: Option<u32>,
    /// Network GMV of all members (self-purchase + sales), yuan.
    pub member_gmv: f64,
    /// Of which members' self-purchase, yuan.
    pub member_self_purchase_gmv: f64,
    /// Members at the horizon (all levels).
    pub members: f64,
    pub flags: Vec<Flag>,
}

/// Weekly rows and the summary of one channel.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Projection {
    pub weeks: Vec<WeekRow>,
    pub summary: Summary,
}

/// Entering as set against entering later, both over the same calendar horizon (MODEL.md §4.5,
/// §7; article §4 conclusion "慢半拍不要紧").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntryComparison {
    /// How many weeks later `later` enters than `now` ([`LATER_WEEKS`]).
    pub delay_weeks: u32,
    /// Entering as the person set it (their own entry delay).
    pub now: Projection,
    pub later: Projection,
}

/// Everything a run accumulates; the summary is built from it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Totals {
    pub net: f64,
    pub cash: f64,
    pub hours: f64,
    pub orders: f64,
    pub gmv: f64,
    pub commission: f64,
    pub overrides: f64,
    pub savings: f64,
    pub costs: f64,
    pub visits_donated: f64,
    pub followers_donated: f64,
    pub donated_gmv: f64,
    pub donated_commission: f64,
    pub audience_end: f64,
    pub addressable_end: f64,
    pub ever_audience: f64,
    pub payback_week: Option<u32>,
    pub member_gmv: f64,
    pub member_self_gmv: f64,
    pub members: f64,
}

impl Totals {
    /// "每赚1元，送出X元" (§5), finite always: earnings below one fen count as one fen.
    pub fn donation_ratio(&self) -> f64 {
        if self.donated_commission <= 0.0 {
            0.0
        } else {
            self.donated_commission / self.commission.max(0.01)
        }
    }

    /// Net per hour; less than [`MIN_HOURS`] in total counts as `MIN_HOURS`.
    pub fn net_per_hour(&self) -> f64 {
        self.net / self.hours.max(MIN_HOURS)
    }

    /// Fraction of everyone ever in the audience you can still reach (1 when nobody ever was).
    pub fn audience_kept(&self) -> f64 {
        if self.ever_audience <= 0.0 {
            1.0
        } else {
            (self.addressable_end / self.ever_audience).clamp(0.0, 1.0)
        }
    }
}

/// `a.min(b)` without a libm call (at opt-level "z" `f64::min` becomes a call to `fmin`).
#[inline(always)]
fn min2(a: f64, b: f64) -> f64 {
    if b < a {
        b
    } else {
        a
    }
}

/// `a.max(b)` without a libm call.
#[inline(always)]
fn max2(a: f64, b: f64) -> f64 {
    if b > a {
        b
    } else {
        a
    }
}

fn round_clamp(x: f64, lo: usize, hi: usize) -> usize {
    if x.is_finite() {
        (x.round().max(lo as f64) as usize).clamp(lo, hi)
    } else {
        lo
    }
}

/// Horizon in whole weeks, 1..=156.
pub(crate) fn horizon(p: &Person) -> usize {
    round_clamp(p.horizon_weeks, 1, MAX_WEEKS)
}

/// Run the weekly model of MODEL.md §4 for one channel, calling `on_week` with every row.
/// No heap allocation: cohorts and settlement live in fixed-size stack arrays.
///
/// Mechanisms, each with the article's claim it encodes:
/// - §4.1 audience and muting — the article's premise that a small 推客 has "只有几百、几千个好友";
///   over-posting and bad goods (§3 "假货、A货") cost friends.
/// - §4.2 funnel — §1: a real saving (coupon + rebate, "香不香") is why 淘宝客 sells; ε turns the
///   savings share into conversion; the monthly trend is §3's "逐渐凋落".
/// - §4.3 cohorts and attribution — §4: "如果只锁定一段时间其实意义也不大" (30-day last click).
/// - §4.4 traffic donated — §4: "转发直播间就把自己的流量送给了这些公域的达人直播间"; 1,000
///   visits → 10 orders, the rest follow the 达人 and later buy "和你都没有一毛钱的关系".
/// - §4.5 platform maturity — §4: "没有搜索的逻辑…没有平台给商家反哺流量的机制…凭什么定向破价",
///   and the conclusion "慢半拍不要紧".
/// - §4.6 network — §2: "真正能卖动货的人占比10%都不到…90%…自购也可以赚佣金" with multi-level
///   overrides; §4's private live room binds promoters "长期绑定分佣".
/// - §4.7 money — §1's rebate and 淘宝联盟 fee; §3's "资金立马到账" (no settlement delay) against
///   the 35-day 淘客 payout; costs (§4: 抽奖和福利) and hours.
///
/// One copy in the binary for every caller (`on_week` is a `dyn` callback, called once a week).
#[inline(never)]
pub(crate) fn simulate(
    p: &Person,
    c: &ChannelParams,
    eps: f64,
    ch: ChannelId,
    delay: usize,
    on_week: &mut dyn FnMut(&WeekRow),
) -> Totals {
    let h = horizon(p);
    let w = 1.0 / WEEKS_PER_MONTH;
    let price = c.price.max(0.0);
    let cr = c.commission_rate;
    // §4.7: what you keep of each yuan of GMV (platform fee, rebate to the buyer, refunds of
    // bad goods — article §1 rebates, §3 假货).
    let keep = cr * (1.0 - c.platform_fee) * (1.0 - c.rebate_share) * (1.0 - c.problem_share);
    // §4.2 trend, §3 "逐渐凋落": weekly factor computed once, then multiplied in (no powf).
    let trend_w = detmath::pow((1.0 + c.trend_per_month).max(1e-9), w);
    // §4.3 attribution window in whole weeks of cohort age (∞ = the whole horizon).
    let window = if c.attribution_days >= ATTRIBUTION_FOREVER_DAYS {
        MAX_WEEKS
    } else {
        round_clamp((c.attribution_days / 7.0).floor(), 0, MAX_WEEKS)
    };
    let lag = round_clamp((c.settlement_days / 7.0).ceil(), 0, MAX_WEEKS);
    let levels = round_clamp(c.levels, 0, 4);
    let donates = ch.donates_traffic();
    let post_hours = p.posts_per_week * p.minutes_per_post / 60.0;
    // Reciprocals computed once: no division in the weekly loop.
    let inv_maturity = if c.maturity_weeks > 0.0 {
        1.0 / c.maturity_weeks
    } else {
        0.0
    };
    let inv_price = if price > 0.0 { 1.0 / price } else { 0.0 };
    let post_reach = p.posts_per_week * p.reach_rate;
    let problem_mute = c.problem_share * c.problem_mute_rate;

    // Stocks.
    let mut a = p.followers.max(0.0); // audience A
    let mut don = 0.0; // donated followers D
                       // §4.6 network members by level, as shares of your current audience (members = share × A).
    let mut shares = [0.0f64; 4];
    // Prefix sums of new buyers (cohorts) and income history for settlement.
    let mut buyers_prefix = [0.0f64; MAX_WEEKS + 1];
    let mut income_hist = [0.0f64; MAX_WEEKS];
    let mut trend = 1.0;

    let mut t_ = Totals {
        ever_audience: a,
        ..Totals::default()
    };
    let mut cum_net = 0.0;

    for t in 0..h {
        let active = t >= delay;
        // §4.5 platform maturity (article §4: "没有平台给商家反哺流量的机制…凭什么定向破价"):
        // the targeted coupon ramps with calendar weeks, so a later entrant starts better off.
        let ramp = if t as f64 >= c.maturity_weeks {
            1.0
        } else {
            t as f64 * inv_maturity
        };
        let coupon = min2(max2(c.coupon, c.mature_coupon_share * price * ramp), price);
        let paid = price - coupon;
        // §4.2 savings share (article §1: coupon + rebate make it "香") drives conversion.
        let s = (coupon + c.rebate_share * cr * paid) * inv_price;
        let conv = min2(max2(c.base_conversion * (1.0 + eps * s) * trend, 0.0), 1.0);
        trend *= trend_w;

        let mut row = WeekRow {
            week: t as u32,
            ..WeekRow::default()
        };
        let mut income = 0.0;
        if active {
            // §4.1 audience: donated followers who bypass you are no longer addressable.
            let addr = max2(a - c.bypass_share * don, 0.0);
            let impressions = post_reach * addr;
            let clicks = impressions * p.click_rate;
            let new_orders = clicks * conv;
            // §4.3 repeats of past cohorts aged 1..=window weeks (≤ attribution_days).
            let lo = t.saturating_sub(window);
            let credited = buyers_prefix[t] - buyers_prefix[lo];
            let repeats = c.repeat_per_month * w * credited;
            buyers_prefix[t + 1] = buyers_prefix[t] + new_orders;
            let orders = new_orders + repeats;
            let gmv = orders * paid;
            let commission = gmv * keep;

            // §4.4 traffic donated (article §4: "1000个流量…10个人成交…990个流量也是一分价值没给我带来").
            let donated_gmv = don * c.donated_orders_per_month * w * paid;

            // §4.6 network (article §2: <10% sell, 90% self-purchase, overrides pay recruiting).
            let mut overrides = 0.0;
            let mut savings = 0.0;
            let mut member_total = 0.0;
            if levels > 0 {
                let sp = c.self_purchase_per_month * w;
                let sells = c.member_followers * post_reach * p.click_rate * conv * paid;
                let per_member = sp + c.seller_share * sells;
                for (k, share) in shares.iter().enumerate().take(levels) {
                    let m = share * a;
                    let g = m * per_member;
                    overrides += c.override_rates[k] * g;
                    t_.member_gmv += g;
                    t_.member_self_gmv += m * sp;
                    member_total += m;
                }
            }
            // §4.6 the person's own self-purchase earns commission (自购省钱).
            savings += cr * c.self_purchase_per_month * w;

            // §4.1 muting, from exposure: over-posting, and (§3 假货、A货) the share of what you
            // show that is bad goods. Not from orders, so selling more never costs audience.
            let mutes = min2(impressions * (p.mute_rate + problem_mute), addr);
            // §4.4 followers donated (article §4: "这些流量后续就会关注那个达人的账号"): people,
            // so no more than the reachable people left after muting, and capped by the audience.
            let follow = min2(
                clicks * c.follow_away_rate + new_orders * c.buyer_follow_rate,
                addr - mutes,
            );
            a = max2(a - mutes + c.audience_growth_per_week, 0.0);
            t_.ever_audience += c.audience_growth_per_week;
            don = min2(don + follow, a);

            // §4.6 network stocks. A member is someone you can reach and serve, so members are
            // counted as shares of your audience: level 1 gains `recruit_share_per_month` of it
            // a month, level k+1 `downline_recruits_per_month` per level-k member, each level
            // loses `member_churn_per_month`, and all levels together never exceed the audience
            // (filled from level 1 down). Strong recruiting saturates instead of growing without
            // bound, and a larger audience never means a smaller network at any level.
            if levels > 0 {
                let keep_m = max2(1.0 - c.member_churn_per_month * w, 0.0);
                let mut room = 1.0;
                let mut next = [0.0f64; 4];
                for k in 0..levels {
                    let inflow = if k == 0 {
                        c.recruit_share_per_month * w
                    } else {
                        c.downline_recruits_per_month * w * shares[k - 1]
                    };
                    next[k] = min2((shares[k] + inflow) * keep_m, room);
                    room = max2(room - next[k], 0.0);
                }
                shares = next;
            }

            let costs = c.fixed_cost_per_week + if t == delay { c.entry_cost } else { 0.0 };
            income = commission + overrides + savings;
            let hours =
                post_hours + c.extra_hours_per_week + c.member_hours_per_week * member_total;

            row.impressions = impressions;
            row.clicks = clicks;
            row.orders = orders;
            row.gmv = gmv;
            row.commission = commission;
            row.overrides = overrides;
            row.savings = savings;
            row.costs = costs;
            row.net = income - costs;
            row.hours = hours;
            row.visits_donated = if donates { clicks } else { 0.0 };
            row.donated_gmv = donated_gmv;
        } else {
            buyers_prefix[t + 1] = buyers_prefix[t];
        }
        // §4.7 settlement: cash arrives `lag` weeks after it accrues; costs are paid at once.
        income_hist[t] = income;
        let settled = if t >= lag { income_hist[t - lag] } else { 0.0 };
        row.cash = settled - row.costs;
        row.audience = a;
        row.followers_donated = don;
        row.members = shares.map(|x| x * a);

        cum_net += row.net;
        if t_.payback_week.is_none() && active && cum_net > 0.0 {
            t_.payback_week = Some(t as u32);
        }
        row.cum_net = cum_net;
        row.cum_visits_donated = t_.visits_donated + row.visits_donated;
        row.cum_donated_commission = (t_.donated_gmv + row.donated_gmv) * cr;
        t_.net += row.net;
        t_.cash += row.cash;
        t_.hours += row.hours;
        t_.orders += row.orders;
        t_.gmv += row.gmv;
        t_.commission += row.commission;
        t_.overrides += row.overrides;
        t_.savings += row.savings;
        t_.costs += row.costs;
        t_.visits_donated += row.visits_donated;
        t_.donated_gmv += row.donated_gmv;
        on_week(&row);
    }
    t_.followers_donated = don;
    t_.donated_commission = t_.donated_gmv * cr;
    t_.audience_end = a;
    t_.addressable_end = (a - c.bypass_share * don).max(0.0);
    t_.members = shares.iter().sum::<f64>() * a;
    t_
}

fn flags(p: &Person, c: &ChannelParams) -> Vec<Flag> {
    let mut f = Vec::new();
    let levels = round_clamp(c.levels, 0, 4);
    if levels >= 3 {
        f.push(Flag::ThreeLevels {
            levels: levels as u32,
        });
    }
    let pays_overrides = c.override_rates.iter().take(levels).any(|&r| r > 0.0);
    if c.entry_cost > 0.0 && pays_overrides {
        f.push(Flag::EntryFeeWithOverrides {
            entry_cost: c.entry_cost,
        });
    }
    if c.problem_share > 0.0 {
        f.push(Flag::ProblemGoods {
            share: c.problem_share,
        });
    }
    if p.followers > FRIEND_LIMIT {
        f.push(Flag::OverFriendLimit {
            followers: p.followers,
        });
    }
    f
}

fn project_with_delay(s: &Scenario, ch: ChannelId, delay: usize) -> Projection {
    let p = &super::guard::person(&s.person);
    let c = &super::guard::channel(s.params(ch));
    let eps = super::guard::elasticity(s.discount_elasticity);
    let mut weeks = Vec::with_capacity(horizon(p));
    let t = simulate(p, c, eps, ch, delay, &mut |r| weeks.push(*r));
    let summary = Summary {
        channel: ch,
        net: t.net,
        cash: t.cash,
        pending: t.net - t.cash,
        hours: t.hours,
        net_per_hour: t.net_per_hour(),
        orders: t.orders,
        gmv: t.gmv,
        commission: t.commission,
        overrides: t.overrides,
        savings: t.savings,
        costs: t.costs,
        visits_donated: t.visits_donated,
        followers_donated: t.followers_donated,
        donated_gmv: t.donated_gmv,
        donated_commission: t.donated_commission,
        donation_ratio: t.donation_ratio(),
        audience_kept: t.audience_kept(),
        payback_week: t.payback_week,
        member_gmv: t.member_gmv,
        member_self_purchase_gmv: t.member_self_gmv,
        members: t.members,
        flags: flags(p, c),
    };
    Projection { weeks, summary }
}

/// Entry delay of the person in whole weeks.
pub(crate) fn entry_delay(p: &Person) -> usize {
    round_clamp(p.entry_delay_weeks, 0, MAX_WEEKS)
}

/// Deterministic projection of one channel at the scenario's values (MODEL.md §4–§5): the
/// central figures every surface shows.
pub fn project(s: &Scenario, ch: ChannelId) -> Projection {
    project_with_delay(s, ch, entry_delay(&s.person))
}

/// Projections of all six channels, in `ChannelId::ALL` order.
pub fn project_all(s: &Scenario) -> Vec<Projection> {
    ChannelId::ALL.iter().map(|&ch| project(s, ch)).collect()
}

/// Entering as set against entering [`LATER_WEEKS`] weeks later (MODEL.md §4.5, §7; article §4
/// conclusion "入局可以慢半拍"). Both cover the same calendar horizon, so the later entrant has
/// fewer weeks: per hour and total are both reported, side by side.
pub fn entry_comparison(s: &Scenario, ch: ChannelId) -> EntryComparison {
    let d = entry_delay(&s.person);
    EntryComparison {
        delay_weeks: LATER_WEEKS,
        now: project_with_delay(s, ch, d),
        later: project_with_delay(s, ch, d + LATER_WEEKS as usize),
    }
}
