//! One week's steps (MODEL.md §4): the offer, your own funnel, the network, and the stocks
//! after the week, over the run's [`Stocks`].

use super::clamp::{max2, min2, round_clamp};
use super::plan::SPAN;
use super::week::{Totals, WeekRow};
use crate::model::calendar::{ATTRIBUTION_FOREVER_DAYS, WEEKS_PER_MONTH};
use crate::model::channel::ChannelId;
use crate::model::table::{ChannelParams, Person};

/// A channel's constants for one run, computed once: no division in the weekly loop.
pub(crate) struct Rates {
    /// Weeks per month's reciprocal.
    pub w: f64,
    pub price: f64,
    pub cr: f64,
    /// What you keep of each yuan of GMV.
    pub keep: f64,
    pub trend_w: f64,
    pub window: usize,
    pub lag: usize,
    pub levels: usize,
    pub donates: bool,
    pub inv_maturity: f64,
    pub inv_price: f64,
    pub problem_mute: f64,
}

impl Rates {
    pub fn of(c: &ChannelParams, ch: ChannelId) -> Rates {
        let w = 1.0 / WEEKS_PER_MONTH;
        let price = c.price.max(0.0);
        let cr = c.commission_rate;
        Rates {
            w,
            price,
            cr,
            // §4.7: what you keep of each yuan of GMV (platform fee, rebate to the buyer, refunds
            // of bad goods — article §1 rebates, §3 假货).
            keep: cr * (1.0 - c.platform_fee) * (1.0 - c.rebate_share) * (1.0 - c.problem_share),
            // §4.2 trend, §3 "逐渐凋落": weekly factor computed once, then multiplied in.
            trend_w: libm::pow((1.0 + c.trend_per_month).max(1e-9), w),
            // §4.3 attribution window in whole weeks of cohort age (∞ = the whole run).
            window: if c.attribution_days >= ATTRIBUTION_FOREVER_DAYS {
                SPAN
            } else {
                round_clamp((c.attribution_days / 7.0).floor(), 0, SPAN)
            },
            lag: round_clamp((c.settlement_days / 7.0).ceil(), 0, SPAN),
            levels: round_clamp(c.levels, 0, 4),
            donates: ch.donates_traffic(),
            inv_maturity: if c.maturity_weeks > 0.0 {
                1.0 / c.maturity_weeks
            } else {
                0.0
            },
            inv_price: if price > 0.0 { 1.0 / price } else { 0.0 },
            problem_mute: c.problem_share * c.problem_mute_rate,
        }
    }
}

/// How much a week's posting reaches and costs: posts a week × reach rate, and hours.
#[derive(Clone, Copy)]
pub(crate) struct Posting {
    pub reach: f64,
    pub hours: f64,
}

impl Posting {
    pub fn of(p: &Person, posts: f64) -> Posting {
        Posting {
            reach: posts * p.reach_rate,
            hours: posts * p.minutes_per_post / 60.0,
        }
    }
}

/// What a run carries from week to week: the stocks of MODEL.md §4.
pub(crate) struct Stocks {
    /// Audience A.
    pub a: f64,
    /// Donated followers D.
    pub don: f64,
    /// §4.6 network members by level, as shares of the current audience (members = share × A).
    pub shares: [f64; 4],
    /// Prefix sums of new buyers (cohorts).
    pub buyers_prefix: [f64; SPAN + 1],
    /// Income accrued per week, for settlement.
    pub income_hist: [f64; SPAN],
    pub trend: f64,
    pub ever_audience: f64,
    pub cum_net: f64,
    pub cum_visits: f64,
    pub cum_donated_gmv: f64,
}

impl Stocks {
    /// The stocks before the first week: an audience of `a0`, nothing else.
    pub fn new(a0: f64) -> Stocks {
        Stocks {
            a: a0,
            don: 0.0,
            shares: [0.0; 4],
            buyers_prefix: [0.0; SPAN + 1],
            income_hist: [0.0; SPAN],
            trend: 1.0,
            ever_audience: a0,
            cum_net: 0.0,
            cum_visits: 0.0,
            cum_donated_gmv: 0.0,
        }
    }
}

/// Price, coupon and conversion in week `t` (§4.2, §4.5): the targeted coupon ramps with
/// calendar weeks (article §4: "没有平台给商家反哺流量的机制…凭什么定向破价"), so a later
/// entrant starts better off; the savings share (article §1: coupon + rebate make it "香")
/// drives conversion.
pub(crate) fn offer(c: &ChannelParams, r: &Rates, eps: f64, trend: f64, t: usize) -> (f64, f64) {
    let ramp = if t as f64 >= c.maturity_weeks {
        1.0
    } else {
        t as f64 * r.inv_maturity
    };
    let coupon = min2(
        max2(c.coupon, c.mature_coupon_share * r.price * ramp),
        r.price,
    );
    let paid = r.price - coupon;
    let s = (coupon + c.rebate_share * r.cr * paid) * r.inv_price;
    let conv = min2(max2(c.base_conversion * (1.0 + eps * s) * trend, 0.0), 1.0);
    (paid, conv)
}

/// §4.1–§4.4 one active week of your own funnel: impressions, clicks, new and repeat orders,
/// GMV and commission, traffic and GMV donated. Records this week's buyers as a cohort.
#[allow(clippy::too_many_arguments)]
pub(crate) fn funnel(
    p: &Person,
    c: &ChannelParams,
    r: &Rates,
    post: Posting,
    st: &mut Stocks,
    t: usize,
    paid: f64,
    conv: f64,
    row: &mut WeekRow,
) -> (f64, f64) {
    // §4.1 audience: donated followers who bypass you are no longer addressable.
    let addr = max2(st.a - c.bypass_share * st.don, 0.0);
    let impressions = post.reach * addr;
    let clicks = impressions * p.click_rate;
    let new_orders = clicks * conv;
    // §4.3 repeats of past cohorts aged 1..=window weeks (≤ attribution_days).
    let lo = t.saturating_sub(r.window);
    let credited = st.buyers_prefix[t] - st.buyers_prefix[lo];
    let repeats = c.repeat_per_month * r.w * credited;
    st.buyers_prefix[t + 1] = st.buyers_prefix[t] + new_orders;
    let orders = new_orders + repeats;
    let gmv = orders * paid;
    row.impressions = impressions;
    row.clicks = clicks;
    row.orders = orders;
    row.gmv = gmv;
    row.commission = gmv * r.keep;
    // §4.4 traffic donated (article §4: "1000个流量…10个人成交…990个流量也是一分价值没给我带来").
    row.donated_gmv = st.don * c.donated_orders_per_month * r.w * paid;
    row.visits_donated = if r.donates { clicks } else { 0.0 };
    (addr, new_orders)
}

/// §4.6 one active week of the network (article §2: <10% sell, 90% self-purchase, overrides pay
/// recruiting): overrides on members' GMV and your own self-purchase savings; returns the
/// members served this week. Adds the members' GMV to `tot`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn network_income(
    c: &ChannelParams,
    r: &Rates,
    post: Posting,
    p: &Person,
    st: &Stocks,
    conv: f64,
    paid: f64,
    row: &mut WeekRow,
    tot: &mut Totals,
) -> f64 {
    let mut overrides = 0.0;
    let mut member_total = 0.0;
    if r.levels > 0 {
        let sp = c.self_purchase_per_month * r.w;
        let sells = c.member_followers * post.reach * p.click_rate * conv * paid;
        let per_member = sp + c.seller_share * sells;
        let rates = c.override_rates();
        for (k, share) in st.shares.iter().enumerate().take(r.levels) {
            let m = share * st.a;
            let g = m * per_member;
            overrides += rates[k] * g;
            tot.member_gmv += g;
            tot.member_self_purchase_gmv += m * sp;
            member_total += m;
        }
    }
    row.overrides = overrides;
    // §4.6 the person's own self-purchase earns commission (自购省钱).
    row.savings = r.cr * c.self_purchase_per_month * r.w;
    member_total
}

/// §4.1, §4.4, §4.6 the stocks after an active week: muting from exposure (over-posting, and —
/// §3 假货、A货 — the share of what you show that is bad goods; not from orders, so selling more
/// never costs audience), followers donated (people: no more than the reachable people left),
/// and the network's levels as shares of the audience (level 1 gains `recruit_share_per_month`
/// of it a month, level k+1 `downline_recruits_per_month` per level-k member, each loses
/// `member_churn_per_month`, all levels together never above the audience, filled from level 1
/// down: strong recruiting saturates).
pub(crate) fn restock(
    p: &Person,
    c: &ChannelParams,
    r: &Rates,
    st: &mut Stocks,
    addr: f64,
    row: &WeekRow,
    new_orders: f64,
) {
    let mutes = min2(row.impressions * (p.mute_rate + r.problem_mute), addr);
    let follow = min2(
        row.clicks * c.follow_away_rate + new_orders * c.buyer_follow_rate,
        addr - mutes,
    );
    st.a = max2(st.a - mutes + c.audience_growth_per_week, 0.0);
    st.ever_audience += c.audience_growth_per_week;
    st.don = min2(st.don + follow, st.a);
    if r.levels > 0 {
        let keep_m = max2(1.0 - c.member_churn_per_month * r.w, 0.0);
        let mut room = 1.0;
        let mut next = [0.0f64; 4];
        for (k, slot) in next.iter_mut().enumerate().take(r.levels) {
            let inflow = if k == 0 {
                c.recruit_share_per_month * r.w
            } else {
                c.downline_recruits_per_month * r.w * st.shares[k - 1]
            };
            *slot = min2((st.shares[k] + inflow) * keep_m, room);
            room = max2(room - *slot, 0.0);
        }
        st.shares = next;
    }
}
