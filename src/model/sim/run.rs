//! The weekly simulation of MODEL.md §4: one `simulate` over a [`Plan`], week by week through
//! the steps of `steps.rs`, then each week's accounts.

use super::clamp::min2;
use super::plan::{Plan, SPAN};
use super::steps::{funnel, network_income, offer, restock, Posting, Rates, Stocks};
use super::week::{Run, Totals, WeekRow};
use crate::model::channel::ChannelId;
use crate::model::table::{ChannelParams, Person};

/// Run the weekly model of MODEL.md §4 for one channel over `plan`, calling `on_week` with every
/// row of the horizon (numbered from 0 at the end of the trial). No heap allocation: cohorts and
/// settlement live in fixed-size stack arrays.
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
/// - §9 continuation — the trial's weeks are history: run at the trial's posts, they set where
///   the person stands (audience, followers donated, buyers, members), and the horizon counts
///   forward from their end.
///
/// One copy in the binary for every caller (`on_week` is a `dyn` callback, called once a week).
#[inline(never)]
pub(crate) fn simulate(
    p: &Person,
    c: &ChannelParams,
    eps: f64,
    ch: ChannelId,
    plan: Plan,
    on_week: &mut dyn FnMut(&WeekRow),
) -> Run {
    let r = Rates::of(c, ch);
    let trial = Posting::of(p, plan.trial_posts);
    let planned = Posting::of(p, p.posts_per_week);
    let start = min2(plan.trial_weeks as f64, SPAN as f64) as usize;
    let span = (start + plan.horizon).min(SPAN);
    let mut st = Stocks::new(p.followers.max(0.0));
    let mut run = Run::default();
    // The first week the person posts pays the entry cost (once: a trial already paid it).
    let first_active = if plan.tried { 0 } else { start + plan.pause };

    for t in 0..span {
        let history = t < start;
        let (active, post) = if history {
            (plan.tried, trial)
        } else {
            (t >= start + plan.pause, planned)
        };
        let (paid, conv) = offer(c, &r, eps, st.trend, t);
        st.trend *= r.trend_w;

        let mut row = WeekRow {
            week: t.saturating_sub(start) as u32,
            ..WeekRow::default()
        };
        let tot = if history {
            &mut run.history
        } else {
            &mut run.forward
        };
        if active {
            let (addr, new_orders) = funnel(p, c, &r, post, &mut st, t, paid, conv, &mut row);
            let members = network_income(c, &r, post, p, &st, conv, paid, &mut row, tot);
            restock(p, c, &r, &mut st, addr, &row, new_orders);
            row.costs = c.fixed_cost_per_week + if t == first_active { c.entry_cost } else { 0.0 };
            row.net = row.commission + row.overrides + row.savings - row.costs;
            row.hours = post.hours + c.extra_hours_per_week + c.member_hours_per_week * members;
        } else {
            st.buyers_prefix[t + 1] = st.buyers_prefix[t];
        }
        account(&mut st, &r, t, history, active, &mut row, tot);
        if history {
            if t + 1 == start {
                close(tot, &st, c, &r);
            }
        } else {
            on_week(&row);
        }
    }
    close(&mut run.forward, &st, c, &r);
    run
}

/// The accounts of week `t`, its flows already in `row`: §4.7 settlement (cash arrives `lag`
/// weeks after it accrues, costs are paid at once, and the horizon's cash is what its own weeks
/// accrued), the stocks at the end of the week, the running columns and the payback week (the
/// horizon's weeks only), then the week into its totals.
fn account(
    st: &mut Stocks,
    r: &Rates,
    t: usize,
    history: bool,
    active: bool,
    row: &mut WeekRow,
    tot: &mut Totals,
) {
    let income = row.commission + row.overrides + row.savings;
    st.income_hist[t] = if history { 0.0 } else { income };
    let settled = if t >= r.lag {
        st.income_hist[t - r.lag]
    } else {
        0.0
    };
    row.cash = settled - row.costs;
    row.audience = st.a;
    row.followers_donated = st.don;
    row.members = st.shares.map(|x| x * st.a);

    if !history {
        st.cum_net += row.net;
        if tot.payback_week.is_none() && active && st.cum_net > 0.0 {
            tot.payback_week = Some(row.week);
        }
        row.cum_net = st.cum_net;
        st.cum_visits += row.visits_donated;
        st.cum_donated_gmv += row.donated_gmv;
        row.cum_visits_donated = st.cum_visits;
        row.cum_donated_commission = st.cum_donated_gmv * r.cr;
    }
    *tot += &*row;
}

/// The stocks at the end of a stretch of weeks, into its totals.
fn close(tot: &mut Totals, st: &Stocks, c: &ChannelParams, r: &Rates) {
    tot.followers_donated = st.don;
    tot.donated_commission = tot.donated_gmv * r.cr;
    tot.audience_end = st.a;
    tot.addressable_end = (st.a - c.bypass_share * st.don).max(0.0);
    tot.ever_audience = st.ever_audience;
    tot.members = st.shares.iter().sum::<f64>() * st.a;
}
