//! 计算过程 / "show the math": MODEL.md §4's steps for the current inputs, with this person's
//! numbers put in. The numbers come from the model (`model::explain` and the projection's
//! summary); this module only words them. Step titles carry no number: the list numbers them.

use super::num::{
    count, en_counted, hours, money, number, orders, orders_expected, people, per_hour, percent,
    visits, weeks, with_unit,
};
use super::Lang;
use crate::model::{
    explain, ChannelId, ChannelParams, Explanation, Person, Projection, Scenario, Summary, Unit,
    MIN_HOURS,
};

/// The steps as (title, body) for projection `p` of scenario `s`.
pub fn steps(s: &Scenario, p: &Projection, lang: Lang) -> Vec<(&'static str, String)> {
    let cx = Cx {
        s,
        ch: p.summary.channel,
        c: s.params(p.summary.channel),
        pe: &s.person,
        sm: &p.summary,
        x: explain(s, p),
        lang,
    };
    let mut out = vec![
        audience(&cx),
        impressions(&cx),
        clicks(&cx),
        conversion(&cx),
        orders_step(&cx),
        commission(&cx),
        donated(&cx),
    ];
    if cx.ch.has_network() {
        out.push(network(&cx));
    }
    out.extend([costs(&cx), hours_step(&cx), net(&cx), settlement(&cx)]);
    out
}

/// What every step reads: the scenario, the chosen channel, the model's intermediate values.
struct Cx<'a> {
    s: &'a Scenario,
    ch: ChannelId,
    c: &'a ChannelParams,
    pe: &'a Person,
    sm: &'a Summary,
    x: Explanation,
    lang: Lang,
}

impl Cx<'_> {
    fn yuan(&self, v: f64) -> String {
        money(v, self.lang)
    }
    fn num(&self, v: f64) -> String {
        number(v, self.lang)
    }
    /// A number with its noun: "3 级" / "3 levels", "1 level".
    fn counted(&self, v: f64, zh: &str, one: &str, many: &str) -> String {
        let n = self.num(v);
        if self.zh() {
            format!("{n} {zh}")
        } else {
            en_counted(&n, one, many)
        }
    }
    fn ppl(&self, v: f64) -> String {
        people(v, self.lang)
    }
    fn hrs(&self, v: f64) -> String {
        hours(v, self.lang)
    }
    fn zh(&self) -> bool {
        self.lang == Lang::Zh
    }
}

/// Audience and reach (§4.1).
fn audience(cx: &Cx) -> (&'static str, String) {
    let (c, pe, x, zh) = (cx.c, cx.pe, &cx.x, cx.zh());
    let delay = x.delay_weeks;
    let late = match (delay > 0, zh) {
        (false, _) => String::new(),
        (true, true) => format!("你推迟 {delay} 周入局，前 {delay} 周不转发。"),
        (true, false) => format!(
            " You start {} late and do not post before then.",
            weeks(delay as f64, cx.lang)
        ),
    };
    let growth = c.audience_growth_per_week;
    let grows = match (growth > 0.0, zh) {
        (false, _) => String::new(),
        (true, true) => format!("这个渠道每周新增 {}。", cx.ppl(growth)),
        (true, false) => format!(" This channel adds {} a week.", cx.ppl(growth)),
    };
    let (followers, horizon, mute) = (
        cx.ppl(pe.followers),
        weeks(x.weeks as f64, cx.lang),
        percent(pe.mute_rate),
    );
    let (left, kept) = (
        cx.ppl(x.last.audience),
        percent(cx.sm.totals.audience_kept()),
    );
    let problem = percent(c.problem_share * c.problem_mute_rate);
    if zh {
        ("受众", format!(
            "你能触达 {followers}（好友 + 群成员），测算 {horizon}。每次曝光有 {mute} 的人会屏蔽你（刷屏的代价），问题货再加 {problem}（问题货比例 × 看到后屏蔽的比例）。{grows}{late}到期末你还能触达 {left}，占曾经受众的 {kept}。"
        ))
    } else {
        ("Audience", format!(
            "You can reach {followers} (friends + group members) over {horizon}. Each impression makes {mute} of viewers mute you (the cost of over-posting), plus {problem} for bad goods (share of bad goods × viewers of one who mute you).{grows}{late} At the end you can still reach {left}, {kept} of everyone who was ever in your audience."
        ))
    }
}

/// Impressions.
fn impressions(cx: &Cx) -> (&'static str, String) {
    let (pe, x) = (cx.pe, &cx.x);
    let (posts, reach) = (cx.num(pe.posts_per_week), percent(pe.reach_rate));
    let (first_imp, all_imp) = (cx.num(x.first.impressions), cx.num(x.impressions));
    let followers = cx.num(pe.followers);
    let bypass_note = cx.ch.donates_traffic();
    if cx.zh() {
        ("曝光", format!(
            "曝光 = 每周转发次数 × 每条触达率 × 可触达人数 = {posts} × {reach} × {followers} ≈ 第一周 {first_imp} 次；测算期合计 {all_imp} 次。{}",
            if bypass_note { "已经关注达人、不再需要你链接的好友不计入可触达人数。" } else { "" }
        ))
    } else {
        ("Impressions", format!(
            "Impressions = posts per week × reach per post × reachable people = {posts} × {reach} × {followers} ≈ {first_imp} in the first week; {all_imp} over the horizon.{}",
            if bypass_note { " Friends who now follow the streamer and no longer need your link are not reachable any more." } else { "" }
        ))
    }
}

/// Clicks.
fn clicks(cx: &Cx) -> (&'static str, String) {
    let (click, first_clicks, all_clicks) = (
        percent(cx.pe.click_rate),
        cx.num(cx.x.first.clicks),
        cx.num(cx.x.clicks),
    );
    if cx.zh() {
        (
            "点击",
            format!(
                "点击 = 曝光 × 点击率 {click} ≈ 第一周 {first_clicks} 次；合计 {all_clicks} 次。"
            ),
        )
    } else {
        ("Clicks", format!("Clicks = impressions × click rate {click} ≈ {first_clicks} in the first week; {all_clicks} in all."))
    }
}

/// Conversion (§4.2).
fn conversion(cx: &Cx) -> (&'static str, String) {
    let (c, x) = (cx.c, &cx.x);
    let (price, coupon, paid) = (cx.yuan(c.price), cx.yuan(c.coupon), cx.yuan(x.paid));
    let (save, base, eps, conv) = (
        percent(x.savings_share),
        percent(c.base_conversion),
        cx.num(cx.s.discount_elasticity),
        percent(x.first_conversion),
    );
    let trend = percent(c.trend_per_month);
    let has_trend = c.trend_per_month != 0.0;
    let matures = cx.ch.donates_traffic() && c.mature_coupon_share > 0.0;
    let (mw, ms) = (cx.num(c.maturity_weeks), percent(c.mature_coupon_share));
    if cx.zh() {
        ("下单率", format!(
            "买家实付 = 售价 {price} − 优惠券 {coupon} = {paid}。省下的比例 s = (优惠券 + 返利) ÷ 售价 = {save}。下单率 = 无优惠下单率 {base} × (1 + 优惠弹性 {eps} × s){}，上限 100%；第一周约 {conv}。{}",
            if has_trend { format!("，再乘以每月 {trend} 的趋势") } else { String::new() },
            if matures { format!("微信小店现在没有定向优惠；模型假设它在 {mw} 周内从 0 线性增加到售价的 {ms}（平台成熟，§4.5）。") } else { String::new() }
        ))
    } else {
        ("Conversion", format!(
            "The buyer pays price {price} − coupon {coupon} = {paid}. Savings share s = (coupon + rebate) ÷ price = {save}. Conversion = base conversion {base} × (1 + elasticity {eps} × s){}, at most 100%; about {conv} in the first week.{}",
            if has_trend { format!(", times a trend of {trend} a month") } else { String::new() },
            if matures { format!(" WeChat Shop has no targeted coupon today; the model lets it grow linearly from 0 to {ms} of the price over {mw} weeks (platform maturity, §4.5).") } else { String::new() }
        ))
    }
}

/// Orders and repeats (§4.3).
fn orders_step(cx: &Cx) -> (&'static str, String) {
    let (c, x, l) = (cx.c, &cx.x, cx.lang);
    let window = with_unit(c.attribution_days, Unit::Days, l);
    let (first_orders, all_orders) = (
        orders_expected(x.first.orders, l),
        orders(cx.sm.totals.orders, l),
    );
    let (rep_m, rep_w) = (cx.num(c.repeat_per_month), cx.num(x.repeats_per_week));
    let times = en_counted(&rep_m, "time", "times");
    if cx.zh() {
        ("订单与复购", format!(
            "新订单 = 点击 × 下单率，第一周约 {first_orders}。每位买家每月复购 {rep_m} 次（每周 {rep_w}），{}。测算期合计 {all_orders}。",
            if x.forever { "买家永久绑定给你，复购都算你的".to_string() } else { format!("但只有在 {window}内的复购算你的（归属期）") }
        ))
    } else {
        ("Orders and repeats", format!(
            "New orders = clicks × conversion, about {first_orders} in the first week. Each buyer repeats {times} a month ({rep_w} a week), {}. {all_orders} over the horizon.",
            if x.forever { "and buyers are bound to you for good, so every repeat counts as yours".to_string() } else { format!("but only repeats within {window} of the purchase count as yours (attribution window)") }
        ))
    }
}

/// Commission (§4.7).
fn commission(cx: &Cx) -> (&'static str, String) {
    let (c, sm) = (cx.c, cx.sm);
    let paid = cx.yuan(cx.x.paid);
    let (cr, fee, reb, bad) = (
        percent(c.commission_rate),
        percent(c.platform_fee),
        percent(c.rebate_share),
        percent(c.problem_share),
    );
    let (per, gmv, comm) = (
        cx.yuan(cx.x.commission_per_order),
        cx.yuan(sm.totals.gmv),
        cx.yuan(sm.totals.commission),
    );
    if cx.zh() {
        ("佣金", format!(
            "每单佣金 = 实付 {paid} × 佣金率 {cr} × (1 − 平台服务费 {fee}) × (1 − 返给买家 {reb}) × (1 − 问题货 {bad}) = {per}。成交额 {gmv}，佣金合计 {comm}。"
        ))
    } else {
        ("Commission", format!(
            "Commission per order = paid {paid} × commission {cr} × (1 − platform fee {fee}) × (1 − rebate to buyer {reb}) × (1 − bad goods {bad}) = {per}. Sales {gmv}, commission {comm} in all."
        ))
    }
}

/// Traffic donated (§4.4).
fn donated(cx: &Cx) -> (&'static str, String) {
    let (c, sm, zh) = (cx.c, cx.sm, cx.zh());
    if !cx.ch.donates_traffic() {
        return if zh {
            (
                "送出的流量",
                "这个渠道的顾客留在你自己的私域或店里，不送给别人的直播间。".to_string(),
            )
        } else {
            ("Traffic given away", "With this channel the buyers stay with you; no traffic goes to somebody else's live room.".to_string())
        };
    }
    let (visits, fa, bf, fd, by) = (
        visits(sm.totals.visits_donated, cx.lang),
        percent(c.follow_away_rate),
        percent(c.buyer_follow_rate),
        cx.ppl(sm.totals.followers_donated),
        percent(c.bypass_share),
    );
    let (dom, dg, dc, ratio) = (
        cx.counted(c.donated_orders_per_month, "次", "time", "times"),
        cx.yuan(sm.totals.donated_gmv),
        cx.yuan(sm.totals.donated_commission),
        cx.yuan(sm.totals.donation_ratio()),
    );
    if zh {
        ("送出的流量", format!(
            "每次点击都是送进达人直播间的一次访问：合计 {visits}。访客有 {fa} 会关注达人，买家有 {bf} 会关注达人，到期末共送出 {fd}；其中 {by} 以后不再需要你的链接。送出的粉丝每人每月在达人那里下单 {dom}，共 {dg} 成交，按你的佣金率相当于 {dc} 佣金——你每赚 1 元，送出 {ratio}（文章§4：“就把自己的流量送给了这些公域的达人直播间”）。"
        ))
    } else {
        ("Traffic given away", format!(
            "Every click is a visit you send into the streamer's live room: {visits} in all. {fa} of visitors and {bf} of buyers start following the streamer, {fd} by the end; {by} of them no longer need your link. Each donated follower orders {dom} a month at the streamer, {dg} of sales, worth {dc} of commission at your rate — for every ¥1 you earn you give away {ratio} (article §4: \"you give your own traffic to these public streamers' rooms\")."
        ))
    }
}

/// Network (§4.6).
fn network(cx: &Cx) -> (&'static str, String) {
    let (c, sm) = (cx.c, cx.sm);
    let (rs, dr, lv, churn, members) = (
        percent(c.recruit_share_per_month),
        cx.num(c.downline_recruits_per_month),
        cx.counted(c.levels, "级", "level", "levels"),
        percent(c.member_churn_per_month),
        cx.ppl(sm.totals.members),
    );
    let (seller, sp, mg, ss, o1, ov, sv, mh) = (
        percent(c.seller_share),
        cx.yuan(c.self_purchase_per_month),
        cx.yuan(sm.totals.member_gmv),
        percent(cx.x.self_share),
        percent(c.override_rate_1),
        cx.yuan(sm.totals.overrides),
        cx.yuan(sm.totals.savings),
        cx.hrs(c.member_hours_per_week),
    );
    if cx.zh() {
        ("团队", format!(
            "每月有 {rs} 的受众加入你的团队，每位成员每月再发展 {dr} 人，共 {lv}；成员每月流失 {churn}；各级成员加起来不超过你能触达的人数。期末团队 {members}。成员中只有 {seller} 真正卖货，每人每月自购 {sp}；团队成交 {mg}，其中自购占 {ss}。你按各级提成（一级 {o1}）拿到 {ov}，自己的自购省下 {sv}。每位成员每周占用你 {mh}。"
        ))
    } else {
        ("Team", format!(
            "Each month {rs} of your audience joins your team and each member recruits {dr} more, over {lv}; {churn} of members quit each month; all levels together never exceed the people you can reach. {members} at the end. Only {seller} of members really sell; each buys {sp} a month for themselves; team sales {mg}, of which self-purchase {ss}. Your overrides (level 1: {o1}) come to {ov}, and your own purchases save you {sv}. Each member takes {mh} of your time a week."
        ))
    }
}

/// Costs.
fn costs(cx: &Cx) -> (&'static str, String) {
    let (fixed, entry, costs) = (
        cx.yuan(cx.c.fixed_cost_per_week),
        cx.yuan(cx.c.entry_cost),
        cx.yuan(cx.sm.totals.costs),
    );
    if cx.zh() {
        (
            "成本",
            format!("每周固定成本 {fixed}，入门费 {entry}：合计 {costs}。"),
        )
    } else {
        (
            "Costs",
            format!("Fixed cost {fixed} a week, entry fee {entry}: {costs} in all."),
        )
    }
}

/// Hours.
fn hours_step(cx: &Cx) -> (&'static str, String) {
    let (c, pe, x) = (cx.c, cx.pe, &cx.x);
    let (first_h, all_h, active) = (
        cx.hrs(x.post_hours + c.extra_hours_per_week),
        cx.hrs(cx.sm.totals.hours),
        weeks(x.active_weeks as f64, cx.lang),
    );
    let posts = cx.num(pe.posts_per_week);
    let posts_en = en_counted(&posts, "post", "posts");
    let (mins, extra) = (cx.num(pe.minutes_per_post), cx.hrs(c.extra_hours_per_week));
    let team = cx.ch.has_network();
    if cx.zh() {
        ("时间", format!(
            "每周时间 = 转发 {posts} 次 × {mins} 分钟 ÷ 60 + 额外 {extra}{} = 第一周约 {first_h}；{active}活跃期合计 {all_h}。",
            if team { " + 团队占用" } else { "" }
        ))
    } else {
        ("Hours", format!(
            "Hours a week = {posts_en} × {mins} min ÷ 60 + {extra} extra{} = about {first_h} in the first week; {all_h} in all over {active} of activity.",
            if team { " + team time" } else { "" }
        ))
    }
}

/// Net and per hour.
fn net(cx: &Cx) -> (&'static str, String) {
    let (sm, l) = (cx.sm, cx.lang);
    let (comm, costs) = (cx.yuan(sm.totals.commission), cx.yuan(sm.totals.costs));
    let (ov, sv, net) = (
        cx.yuan(sm.totals.overrides),
        cx.yuan(sm.totals.savings),
        cx.yuan(sm.totals.net),
    );
    let (h, nph, hv) = (
        cx.hrs(sm.totals.hours.max(MIN_HOURS)),
        per_hour(sm.totals.net_per_hour(), l),
        per_hour(cx.pe.hourly_value, l),
    );
    if cx.zh() {
        ("净收入与时薪", format!(
            "净收入 = 佣金 {comm} + 下线提成 {ov} + 自购省钱 {sv} − 成本 {costs} = {net}。每小时净收入 = {net} ÷ {h} = {nph}，你的时间值 {hv}。"
        ))
    } else {
        ("Net and per hour", format!(
            "Net = commission {comm} + overrides {ov} + self-purchase savings {sv} − costs {costs} = {net}. Net per hour = {net} ÷ {h} = {nph}, against your {hv}."
        ))
    }
}

/// Settlement (§4.7).
fn settlement(cx: &Cx) -> (&'static str, String) {
    let sm = cx.sm;
    let (days, lag, cash, pending) = (
        with_unit(cx.c.settlement_days, Unit::Days, cx.lang),
        cx.counted(cx.x.lag_weeks, "周", "week", "weeks"),
        cx.yuan(sm.totals.cash),
        cx.yuan(sm.totals.pending()),
    );
    if cx.zh() {
        (
            "结算",
            format!(
                "账期 {days}：钱在赚到后约 {lag}到账。期末已到账 {cash}，还没到账 {pending}。{}",
                match sm.totals.payback_week {
                    Some(w) => format!("累计净收入在第 {} 周转正。", w + 1),
                    None => "测算期内累计净收入没有转正。".to_string(),
                }
            ),
        )
    } else {
        ("Settlement", format!(
            "Settlement takes {days}: money arrives about {lag} after it is earned. By the end {cash} has been paid and {pending} is still pending.{}",
            match sm.totals.payback_week {
                Some(w) => format!(" Cumulative net turns positive in week {}.", w + 1),
                None => " Cumulative net never turns positive within the horizon.".to_string(),
            }
        ))
    }
}

/// 试过再算 in 计算过程: the likelihood and the weighting in plain words, with this trial's
/// numbers.
pub fn calibration_step(cal: &crate::model::Calibration, lang: Lang) -> (&'static str, String) {
    use crate::model::{ESS_FLOOR, ESS_TARGET, MAX_CAL_DRAWS, MIN_DRAWS, REACH_DEVIANCE};
    let n = count;
    let (draws, ess, w) = (
        n(cal.draws as f64),
        n(cal.ess.floor()),
        weeks(cal.weeks, lang),
    );
    let (min, max, target, floor, reach) = (
        n(MIN_DRAWS as f64),
        n(MAX_CAL_DRAWS as f64),
        n(ESS_TARGET),
        n(ESS_FLOOR),
        n(REACH_DEVIANCE),
    );
    match lang {
        Lang::Zh => ("试过再算", format!(
            "{draws} 次模拟（至少 {min} 次；有效样本不足 {target} 次就再抽，最多 {max} 次）各算出这 {w}应有的访问、订单和佣金；你的数字越像某次模拟，它的权重越大（访问按负二项分布，订单按二项分布落在访问里，佣金按单均佣金的对数正态分布）。有效样本 {ess} 次；少于 {floor} 次，或某个数字离最接近的模拟也太远（偏差大于 {reach}），就不校准。校准值 = 你填的值 +（加权平均 − 不加权平均），试用看不到的假设不变。试过的几周算作已经发生：测算期从试用结束起往后算。"
        )),
        Lang::En => ("Your trial", format!(
            "{draws} draws (at least {min}; more, up to {max}, while fewer than {target} count) each give the visits, orders and commission your {w} of trying should have brought; the closer your numbers are to a draw's, the more weight it gets (visits negative binomial, orders binomial out of the visits, commission per order log-normal). Effective sample size {ess}; under {floor}, or a number too far from every draw (deviance over {reach}), and nothing is calibrated. Calibrated value = yours + (weighted − unweighted mean); what the trial cannot see stays yours. The weeks you tried count as done: the horizon runs on from the end of the trial."
        )),
    }
}
