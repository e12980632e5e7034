//! The weekly simulation of MODEL.md §4 and the per-channel summary of §5.

use super::calendar::{ATTRIBUTION_FOREVER_DAYS, WEEKS_PER_MONTH};
use super::channel::ChannelId;
use super::detmath;
use super::scenario::Scenario;
use super::table::{ChannelParams, Person};

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
#[derive(Clone, Copy, Debug, Default, PartialEq)]
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
#[derive(Clone, Copy, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    pub weeks: Vec<WeekRow>,
    pub summary: Summary,
}

/// Entering as set against entering later, both over the same calendar horizon (MODEL.md §4.5,
/// §7; article §4 conclusion "慢半拍不要紧").
#[derive(Clone, Debug, PartialEq)]
pub struct EntryComparison {
    /// How many weeks later `later` enters than `now` ([`LATER_WEEKS`]).
    pub delay_weeks: u32,
    /// Entering as the person set it (their own entry delay).
    pub now: Projection,
    pub later: Projection,
}

/// Everything a run accumulates over the weeks it reports; the summary is built from it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Totals {
    pub net: f64,
    pub cash: f64,
    pub hours: f64,
    pub clicks: f64,
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

impl std::ops::AddAssign<&WeekRow> for Totals {
    /// Add one week's flows (the stocks are set once, at the end of the run).
    fn add_assign(&mut self, row: &WeekRow) {
        self.net += row.net;
        self.cash += row.cash;
        self.hours += row.hours;
        self.clicks += row.clicks;
        self.orders += row.orders;
        self.gmv += row.gmv;
        self.commission += row.commission;
        self.overrides += row.overrides;
        self.savings += row.savings;
        self.costs += row.costs;
        self.visits_donated += row.visits_donated;
        self.donated_gmv += row.donated_gmv;
    }
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

/// What one run gives: the totals of the horizon's weeks (the forecast) and of the trial's
/// weeks before them (history, MODEL.md §9; all zero without a trial).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Run {
    pub forward: Totals,
    pub history: Totals,
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

/// Longest trial (weeks, MODEL.md §9).
pub const MAX_TRIAL_WEEKS: usize = 104;
/// Longest run: a trial's weeks, then the horizon's.
const SPAN: usize = MAX_TRIAL_WEEKS + MAX_WEEKS;

/// The weeks of one run on one clock (MODEL.md §9 "Continuation"): week 0 is the trial's first
/// week; the trial's weeks are history, then the horizon's weeks count forward from the end of
/// the trial, the first `pause` of them idle (the entry delay, plus 26 for the enter-later
/// what-if). Without a trial it is MODEL.md §4 as it always was: `pause` idle weeks, then posting.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Plan {
    /// Weeks already tried (0: no trial).
    pub trial_weeks: usize,
    /// Whether this channel is the one tried: its trial weeks are active, at `trial_posts` posts
    /// a week; another channel's are idle (like the weeks before entry).
    pub tried: bool,
    /// Posts a week during the trial (MODEL.md §9: P / w, or the planned posts when not given).
    pub trial_posts: f64,
    /// Idle weeks at the start of the horizon.
    pub pause: usize,
    /// Weeks reported.
    pub horizon: usize,
}

impl Plan {
    /// The plan of scenario `s` (its person already guarded) for channel `ch`: its trial when
    /// the weeks tried are given, its entry delay and horizon.
    pub fn of(s: &Scenario, p: &Person, ch: ChannelId) -> Plan {
        let t = &s.trial;
        let trial_weeks = t.weeks.map_or(0, |w| round_clamp(w, 1, MAX_TRIAL_WEEKS));
        let trial_posts = match t.posts {
            Some(n) if trial_weeks > 0 && n.is_finite() => max2(n, 0.0) / trial_weeks as f64,
            _ => p.posts_per_week,
        };
        Plan {
            trial_weeks,
            tried: trial_weeks > 0 && t.channel == ch,
            trial_posts,
            pause: entry_delay(p),
            horizon: horizon(p),
        }
    }

    /// The same plan entering `weeks` later (the pause after the trial grows; MODEL.md §9: the
    /// entry cost is paid once).
    pub fn later(self, weeks: usize) -> Plan {
        Plan {
            pause: self.pause + weeks,
            ..self
        }
    }

    /// Only the trial's weeks (what a draw expects of the trial, MODEL.md §9).
    pub fn trial_only(self) -> Plan {
        Plan { horizon: 0, ..self }
    }

    /// Weeks the person posts in the horizon.
    pub fn active_weeks(&self) -> usize {
        self.horizon.saturating_sub(self.pause)
    }
}

/// A channel's constants for one run, computed once: no division in the weekly loop.
struct Rates {
    /// Weeks per month's reciprocal.
    w: f64,
    price: f64,
    cr: f64,
    /// What you keep of each yuan of GMV.
    keep: f64,
    trend_w: f64,
    window: usize,
    lag: usize,
    levels: usize,
    donates: bool,
    inv_maturity: f64,
    inv_price: f64,
    problem_mute: f64,
}

impl Rates {
    fn of(c: &ChannelParams, ch: ChannelId) -> Rates {
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
            trend_w: detmath::pow((1.0 + c.trend_per_month).max(1e-9), w),
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
struct Posting {
    reach: f64,
    hours: f64,
}

impl Posting {
    fn of(p: &Person, posts: f64) -> Posting {
        Posting {
            reach: posts * p.reach_rate,
            hours: posts * p.minutes_per_post / 60.0,
        }
    }
}

/// What a run carries from week to week: the stocks of MODEL.md §4.
struct Stocks {
    /// Audience A.
    a: f64,
    /// Donated followers D.
    don: f64,
    /// §4.6 network members by level, as shares of the current audience (members = share × A).
    shares: [f64; 4],
    /// Prefix sums of new buyers (cohorts).
    buyers_prefix: [f64; SPAN + 1],
    /// Income accrued per week, for settlement.
    income_hist: [f64; SPAN],
    trend: f64,
    ever_audience: f64,
    cum_net: f64,
    cum_visits: f64,
    cum_donated_gmv: f64,
}

/// Price, coupon and conversion in week `t` (§4.2, §4.5): the targeted coupon ramps with
/// calendar weeks (article §4: "没有平台给商家反哺流量的机制…凭什么定向破价"), so a later
/// entrant starts better off; the savings share (article §1: coupon + rebate make it "香")
/// drives conversion.
fn offer(c: &ChannelParams, r: &Rates, eps: f64, trend: f64, t: usize) -> (f64, f64) {
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
fn funnel(
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
fn network_income(
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
            tot.member_self_gmv += m * sp;
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
fn restock(
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
    let a0 = p.followers.max(0.0);
    let mut st = Stocks {
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
    };
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
        let mut income = 0.0;
        if active {
            let (addr, new_orders) = funnel(p, c, &r, post, &mut st, t, paid, conv, &mut row);
            let members = network_income(c, &r, post, p, &st, conv, paid, &mut row, tot);
            restock(p, c, &r, &mut st, addr, &row, new_orders);
            row.costs = c.fixed_cost_per_week + if t == first_active { c.entry_cost } else { 0.0 };
            income = row.commission + row.overrides + row.savings;
            row.net = income - row.costs;
            row.hours = post.hours + c.extra_hours_per_week + c.member_hours_per_week * members;
        } else {
            st.buyers_prefix[t + 1] = st.buyers_prefix[t];
        }
        // §4.7 settlement: cash arrives `lag` weeks after it accrues; costs are paid at once.
        // The horizon's cash is what its own weeks accrued.
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
        *tot += &row;
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

/// The stocks at the end of a stretch of weeks, into its totals.
fn close(tot: &mut Totals, st: &Stocks, c: &ChannelParams, r: &Rates) {
    tot.followers_donated = st.don;
    tot.donated_commission = tot.donated_gmv * r.cr;
    tot.audience_end = st.a;
    tot.addressable_end = (st.a - c.bypass_share * st.don).max(0.0);
    tot.ever_audience = st.ever_audience;
    tot.members = st.shares.iter().sum::<f64>() * st.a;
}

fn flags(p: &Person, c: &ChannelParams) -> Vec<Flag> {
    let mut f = Vec::new();
    let levels = round_clamp(c.levels, 0, 4);
    if levels >= 3 {
        f.push(Flag::ThreeLevels {
            levels: levels as u32,
        });
    }
    let pays_overrides = c.override_rates().iter().take(levels).any(|&r| r > 0.0);
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

/// The summary of a run's horizon (MODEL.md §5).
fn summary(p: &Person, c: &ChannelParams, ch: ChannelId, t: &Totals) -> Summary {
    Summary {
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
    }
}

/// The guarded person, channel and ε of `s` for `ch`, and its plan.
pub(crate) fn setup(s: &Scenario, ch: ChannelId) -> (Person, ChannelParams, f64, Plan) {
    let p = super::guard::person(&s.person);
    let c = super::guard::channel(s.params(ch));
    let eps = super::guard::elasticity(s.discount_elasticity);
    let plan = Plan::of(s, &p, ch);
    (p, c, eps, plan)
}

/// The projection of `s` for `ch` over `plan`, and the run's trial (history) totals.
fn project_plan(s: &Scenario, ch: ChannelId, later: usize) -> (Projection, Totals) {
    let (p, c, eps, plan) = setup(s, ch);
    let mut weeks = Vec::with_capacity(plan.horizon);
    let run = simulate(&p, &c, eps, ch, plan.later(later), &mut |r| weeks.push(*r));
    let summary = summary(&p, &c, ch, &run.forward);
    (Projection { weeks, summary }, run.history)
}

/// Entry delay of the person in whole weeks.
pub(crate) fn entry_delay(p: &Person) -> usize {
    round_clamp(p.entry_delay_weeks, 0, MAX_WEEKS)
}

/// Deterministic projection of one channel at the scenario's values (MODEL.md §4–§5, and §9's
/// continuation when it has a trial): the central figures every surface shows.
pub fn project(s: &Scenario, ch: ChannelId) -> Projection {
    project_plan(s, ch, 0).0
}

/// Projections of all six channels, in `ChannelId::ALL` order.
pub fn project_all(s: &Scenario) -> Vec<Projection> {
    ChannelId::ALL.iter().map(|&ch| project(s, ch)).collect()
}

/// Entering as set against entering [`LATER_WEEKS`] weeks later (MODEL.md §4.5, §7; article §4
/// conclusion "入局可以慢半拍"). Both cover the same calendar horizon, so the later entrant has
/// fewer weeks: per hour and total are both reported, side by side. With a trial, the later
/// entrant pauses after it (MODEL.md §9).
pub fn entry_comparison(s: &Scenario, ch: ChannelId) -> EntryComparison {
    EntryComparison {
        delay_weeks: LATER_WEEKS,
        now: project(s, ch),
        later: project_plan(s, ch, LATER_WEEKS as usize).0,
    }
}

/// What the trial's own weeks came to (MODEL.md §9: history, shown beside the forecast): the
/// model's run of them at the scenario's rates; `None` without a trial of `ch`.
pub(crate) fn trial_run(s: &Scenario, ch: ChannelId) -> Option<Totals> {
    let (p, c, eps, plan) = setup(s, ch);
    plan.tried
        .then(|| simulate(&p, &c, eps, ch, plan.trial_only(), &mut |_| {}).history)
}
