//! Each reason behind the verdict as a sentence with this person's numbers and the article's
//! argument behind it (《微信小店的推客值得入局吗？》§1–§4), in the order `model::reasons` gives
//! them; the verdict's title and line are `verdict.rs`'s.

use super::num::{count, money, people, per_hour, percent, visits, weeks, with_unit};
use super::verdict::{channel, flag};
use super::Lang;
use crate::model::{ChannelId, Flag, PayRange, Reason, Unit};

/// The article section a reason rests on ("§1" … "§4"), or "" when it is the person's own bar
/// or the law rather than the article.
pub fn article_ref(r: &Reason) -> &'static str {
    match r {
        Reason::Pay { .. } => "",
        Reason::DonationRatio { .. }
        | Reason::NoCentralSearch { .. }
        | Reason::Waiting { .. }
        | Reason::LockInWhatIf { .. }
        | Reason::OwnRoomCosts { .. }
        | Reason::ContentTakesTime { .. } => "§4",
        Reason::SavingsDriveTaoke { .. } => "§1",
        Reason::SelfPurchaseDominates { .. } => "§2",
        Reason::KttDeclining { .. } => "§3",
        Reason::BestChannel { channel, .. } => match channel {
            ChannelId::Taoke => "§1",
            ChannelId::Social => "§2",
            ChannelId::Ktt => "§3",
            _ => "§4",
        },
        Reason::Compliance(Flag::ProblemGoods { .. }) => "§3",
        // The law and WeChat's rules, not the article.
        Reason::Compliance(_) => "",
    }
}

/// One reason behind the verdict as a full sentence with this person's numbers.
pub fn reason(r: &Reason, lang: Lang) -> String {
    match *r {
        Reason::Pay {
            net_per_hour,
            hourly_value,
            net,
            range,
        } => {
            let bar = pay_bar(net_per_hour, hourly_value, net, lang);
            match range {
                Some(r) => format!("{bar}{}", pay_range(&r, lang)),
                None => bar,
            }
        }
        Reason::DonationRatio {
            ratio,
            donated_followers,
            visits: visit_count,
            donated_gmv,
        } => {
            let (x, v, f, g) = (
                money(ratio, lang),
                visits(visit_count, lang),
                people(donated_followers, lang),
                money(donated_gmv, lang),
            );
            let start = if f == "1 person" { "starts" } else { "start" };
            match lang {
                Lang::Zh => format!(
                    "你每赚 1 元佣金，就把价值 {x} 佣金的成交送给了达人：你转发进直播间的 {v}访问里，有 {f} 会关注达人，以后直接在达人那里买（共 {g} 的货），和你“没有一毛钱的关系”（文章§4：“这些流量后续就会关注那个达人的账号了”；没成交的访问“也是一分价值没给我带来”）。"
                ),
                Lang::En => format!(
                    "For every ¥1 of commission you earn, you hand the streamer sales worth {x} of commission: of the {v} you forward into the live room, {f} {start} following the streamer and later buy there directly ({g} of goods) with nothing for you (article §4: \"this traffic will then follow that streamer's account\"; the visits that do not buy \"bring me no value at all\")."
                ),
            }
        }
        Reason::NoCentralSearch {
            coupon_now,
            mature_coupon,
            maturity_weeks,
        } => {
            let (c, w, m) = (
                money(coupon_now, lang),
                weeks(maturity_weeks, lang),
                money(mature_coupon, lang),
            );
            match lang {
                Lang::Zh => format!(
                    "微信小店现在没有中心化的购物入口，没有搜索就没有平台给商家的流量反哺，商家不会给中小推客定向破价：你的链接现在只有 {c} 的优惠；模型假设平台约 {w}后成熟，才会有约 {m} 的定向优惠（文章§4：“商家凭什么给这些中小推客们定向破价和优惠呢？”）。"
                ),
                Lang::En => format!(
                    "WeChat Shop has no central shopping search yet, so the platform gives merchants no traffic back and they have no reason to cut prices for small affiliates: your link carries a {c} discount today; the model assumes the platform matures in about {w}, bringing a targeted coupon of about {m} (article §4: \"why would merchants give these small affiliates targeted discounts?\")."
                ),
            }
        }
        Reason::Waiting {
            delay_weeks,
            hourly_value,
            now_per_hour,
            later_per_hour,
            now_net,
            later_net,
        } => waiting(
            delay_weeks,
            hourly_value,
            (now_per_hour, later_per_hour),
            (now_net, later_net),
            lang,
        ),
        Reason::LockInWhatIf {
            attribution_days,
            net_now,
            net_locked,
        } => {
            let (d, n, l) = (
                with_unit(attribution_days, Unit::Days, lang),
                money(net_now, lang),
                money(net_locked, lang),
            );
            match lang {
                Lang::Zh => format!(
                    "复购只在 {d}内算你的（最后点击）：测算期内你净赚 {n}；假如微信小店把你带来的顾客永久锁定给你，会是 {l}。文章§4 认为这很难实现——“我的好友也是别人的好友”，而“如果只锁定一段时间其实意义也不大”。"
                ),
                Lang::En => format!(
                    "Repeat orders count as yours for only {d} (last click): you net {n} over the horizon; if WeChat Shop locked the buyers you bring to you for good, it would be {l}. Article §4 doubts that can happen — \"my friends are other people's friends too\" — and \"locking them for a while only is not worth much\"."
                ),
            }
        }
        Reason::SavingsDriveTaoke {
            saving,
            saving_share,
        } => {
            let (m, p) = (money(saving, lang), percent(saving_share));
            match lang {
                Lang::Zh => format!(
                    "淘宝客卖得动，是因为买家真省钱：通过你的链接每单省 {m}（售价的 {p}），又是品牌货、官方旗舰店，不用种草就能出单；商家肯让利，是为了换淘宝搜索的流量反哺（文章§1：“在用户端是真真切切创造了价值的”）。"
                ),
                Lang::En => format!(
                    "Taobao affiliate links sell because the buyer really saves: {m} per order through your link ({p} of the price), on known brands from official stores, so no persuasion is needed; merchants pay for it to win Taobao search traffic back (article §1: \"it creates real value for the user\")."
                ),
            }
        }
        Reason::SelfPurchaseDominates {
            self_share,
            overrides,
        } => {
            let (p, m) = (percent(self_share), money(overrides, lang));
            match lang {
                Lang::Zh => format!(
                    "你团队的成交里有 {p} 是成员自购：真正能卖货的人不到一成，其余靠自己买给上级带来分佣；你拿到的下线提成共 {m}（文章§2：“90%不能卖货的团长，他们自购也可以赚佣金”）。"
                ),
                Lang::En => format!(
                    "{p} of your team's sales are members buying for themselves: fewer than one in ten really sells, the rest earn their uplines overrides by self-purchase; your overrides total {m} (article §2: \"the 90% who cannot sell earn commission on their own purchases\")."
                ),
            }
        }
        Reason::KttDeclining {
            trend_per_month,
            problem_share,
        } => ktt(trend_per_month, problem_share, lang),
        Reason::OwnRoomCosts {
            fixed_cost_per_week,
            costs,
        } => {
            let (w, c) = (money(fixed_cost_per_week, lang), money(costs, lang));
            match lang {
                Lang::Zh => format!(
                    "自己的私域直播间不把流量送人，推客长期绑定分佣，但抽奖和福利每周要花 {w}，测算期内成本共 {c}（文章§4：“叠加上各种抽奖和福利，这样跑通的概率就会很大”）。"
                ),
                Lang::En => format!(
                    "Your own private live room gives no traffic away and binds affiliates long-term, but lotteries and perks cost {w} a week, {c} over the horizon (article §4: \"add lotteries and perks, and the odds of it working are high\")."
                ),
            }
        }
        Reason::ContentTakesTime {
            hours_per_week,
            followers_gained,
        } => {
            let (h, f) = (
                with_unit(hours_per_week, Unit::Hours, lang),
                people(followers_gained, lang),
            );
            match lang {
                Lang::Zh => format!(
                    "做视频号内容每周要花约 {h}，测算期内能积累约 {f} 新粉丝；粉丝是你自己的，积累起来后“商家都求着你帮忙带货”——前提是你有这个能力和时间（文章§4 结尾：“你要有能力就去视频号里做账号做内容”）。"
                ),
                Lang::En => format!(
                    "Making Channels content takes about {h} a week and gains about {f} new followers over the horizon; they are your own, and once you have them \"merchants beg you to sell for them\" — if you have the skill and the time (article §4, closing: \"if you can, build an account and make content\")."
                ),
            }
        }
        Reason::BestChannel {
            channel: best,
            net_per_hour,
        } => best_channel(best, net_per_hour, lang),
        Reason::Compliance(f) => flag(&f, lang),
    }
}

/// The first reason: central net per hour against the person's hourly value.
fn pay_bar(nph: f64, hv: f64, net: f64, lang: Lang) -> String {
    let (n, h, loss) = (
        per_hour(nph, lang),
        per_hour(hv, lang),
        per_hour(-nph, lang),
    );
    let m = money(net, lang);
    match lang {
        Lang::Zh if nph < 0.0 => {
            format!("你每花 1 小时反而亏 {loss}，而你给自己时间定的价是 {h}：做得越多亏得越多。")
        }
        Lang::En if nph < 0.0 => format!(
            "You lose {loss} for every hour you put in, while you value your hour at {h}: the more you do, the more you lose."
        ),
        Lang::Zh if net <= 0.0 => format!("测算期内净收入 {m}，没有赚到钱。"),
        Lang::En if net <= 0.0 => format!("You net {m} over the horizon: no money made."),
        Lang::Zh if nph < hv => format!(
            "你的净收入是 {n}，低于你给自己时间定的价 {h}：同样的时间做别的事更划算。"
        ),
        Lang::En if nph < hv => format!(
            "You net {n}, below the {h} you value your time at: the same hours pay better elsewhere."
        ),
        Lang::Zh => format!("你的净收入是 {n}，达到了你给自己时间定的价 {h}。"),
        Lang::En => format!("You net {n}, which meets the {h} you value your time at."),
    }
}

/// What the Monte Carlo adds to the first reason: how often the bar is met, and the range.
fn pay_range(r: &PayRange, lang: Lang) -> String {
    let (lo, hi) = (per_hour(r.p10, lang), per_hour(r.p90, lang));
    let (beats, pos, draws) = (
        percent(r.p_beats_hourly),
        percent(r.p_net_positive),
        count(r.draws as f64),
    );
    match lang {
        Lang::Zh => format!(
            "在 {draws} 次模拟里，有 {beats} 达到你的时间值，{pos} 赚到钱；净收入 P10–P90 为 {lo} – {hi}。"
        ),
        Lang::En => format!(
            " In {draws} simulations, {beats} reach your hourly value and {pos} make a profit; net per hour P10–P90 is {lo} – {hi}."
        ),
    }
}

/// Entering later on the same calendar horizon: per hour and total, said together, and whether
/// the wait reaches the person's hourly value (MODEL.md §7: only then is it 慢半拍).
fn waiting(
    delay: u32,
    hv: f64,
    (now_ph, later_ph): (f64, f64),
    (now, later): (f64, f64),
    lang: Lang,
) -> String {
    let (dn, dph) = (later - now, later_ph - now_ph);
    let worth_waiting = later > 0.0 && later_ph >= hv;
    let (total, hourly) = (money(dn.abs(), lang), per_hour(dph.abs(), lang));
    let (lt, nt) = (money(later, lang), money(now, lang));
    let (lh, nh, hvs) = (
        per_hour(later_ph, lang),
        per_hour(now_ph, lang),
        per_hour(hv, lang),
    );
    match lang {
        Lang::Zh => {
            let t = if dn < 0.0 { "少" } else { "多" };
            let h = if dph < 0.0 { "少" } else { "多" };
            let why = if worth_waiting {
                format!("晚入局能达到你的 {hvs}：等一等更值（文章§4：“入局可以慢半拍”“慢半拍不要紧”）。")
            } else if dph > 0.0 {
                format!("晚 {delay} 周入局每小时多 {hourly}，但仍低于你的 {hvs}：文章§4 的“慢半拍”对你并不划算。")
            } else {
                "文章§4 说入局可以慢半拍，但按你的数字，晚入局每小时也不会更值钱。".to_string()
            };
            format!(
                "晚 {delay} 周入局（同一个测算期）：总收入 {lt}，比 {nt} {t} {total}（少做了 {delay} 周）；按小时算 {lh}，比 {nh} {h} {hourly}。{why}"
            )
        }
        Lang::En => {
            let t = if dn < 0.0 { "less" } else { "more" };
            let h = if dph < 0.0 { "less" } else { "more" };
            let why = if worth_waiting {
                format!("Entering later meets your {hvs}: waiting pays (article §4: \"you can enter half a beat late\").")
            } else if dph > 0.0 {
                format!("Entering {delay} weeks later pays {hourly} more an hour, but still less than your {hvs}: article §4's \"half a beat late\" does not pay for you.")
            } else {
                "Article §4 says you can enter half a beat late, but with your numbers waiting does not make an hour worth more.".to_string()
            };
            format!(
                "Entering {delay} weeks later (same horizon): {lt} in all instead of {nt} ({total} {t}, with {delay} fewer weeks of work), and {lh} instead of {nh} ({hourly} {h}). {why}"
            )
        }
    }
}

/// Where the horizon ends before the later entrant starts: nothing to compare.
pub fn waiting_beyond_horizon(delay: u32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("测算期不到 {delay} 周：晚 {delay} 周入局落在测算期之外，无从比较。"),
        Lang::En => format!(
            "The horizon is shorter than {delay} weeks: entering {delay} weeks later falls outside it, so there is nothing to compare."
        ),
    }
}

/// 快团团: paid at once and well, but declining, with bad goods.
fn ktt(trend: f64, problem: f64, lang: Lang) -> String {
    let (t, p) = (percent(-trend), percent(problem));
    match lang {
        Lang::Zh => {
            let trend = if trend < 0.0 {
                format!("但下单率每月下滑 {t}（文章§3：“从2024年开始快团团模式逐渐凋落”）")
            } else {
                "但这个模式从 2024 年开始逐渐凋落（文章§3）".to_string()
            };
            let goods = if problem > 0.0 {
                format!("，还有 {p} 的订单是问题货（假货、A货），退款不算佣金、买家还会屏蔽你")
            } else {
                String::new()
            };
            format!("快团团帮卖资金立马到账、没有平台抽成所以佣金高，{trend}{goods}。")
        }
        Lang::En => {
            let trend = if trend < 0.0 {
                format!("but conversion falls {t} a month (article §3: \"declining since 2024\")")
            } else {
                "but the model has been declining since 2024 (article §3)".to_string()
            };
            let goods = if problem > 0.0 {
                format!(", and {p} of orders are bad goods (fakes, replicas): refunded without commission, and the buyer mutes you")
            } else {
                String::new()
            };
            format!("Kuaituantuan resale pays at once and, with no platform cut, pays high commission, {trend}{goods}.")
        }
    }
}

/// The best channel for this person, and the article's advice for it.
fn best_channel(best: ChannelId, nph: f64, lang: Lang) -> String {
    let (name, n) = (channel(best, lang), per_hour(nph, lang));
    match lang {
        Lang::Zh if nph < 0.0 => format!(
            "按你的数字，六种做法都亏钱；亏得最少的是「{name}」（{n}）。文章的结论同样适用：“不一定现在马上就要急于去投入进去，可以先看看”（§4 结尾）。"
        ),
        Lang::En if nph < 0.0 => format!(
            "With your numbers all six ways lose money; the least bad is \"{name}\" ({n}). The article's conclusion applies: \"there is no need to rush in now; you can watch first\" (§4, closing)."
        ),
        Lang::Zh => {
            let why = match best {
                ChannelId::Taoke | ChannelId::Social => "文章的建议：只想在朋友圈和群里分发的，多看看淘客、社交电商这类机会，“赚大钱不一定，但是赚小钱没问题”（§4 结尾）。",
                ChannelId::Ktt => "不过文章§3 提醒，这个模式从 2024 年起逐渐凋落、货品缺乏监管。",
                ChannelId::Wxshop => "文章§4 认为现在时机还不成熟，但按你的数字它仍排第一。",
                ChannelId::PrivateLive => "文章§4：“还不如自己搭建个私域的直播间”，把推客聚拢起来长期绑定分佣。",
                ChannelId::Creator => "文章§4 结尾：“有能力就去视频号里做账号做内容”，积累粉丝后直播带货“最舒服了”。",
            };
            format!("对你来说按小时算净收入最高的是「{name}」：{n}。{why}")
        }
        Lang::En => {
            let why = match best {
                ChannelId::Taoke | ChannelId::Social => "The article's advice: if you only want to share in Moments and groups, look at Taobao affiliate and social-commerce work — \"maybe not big money, but small money for sure\" (§4, closing).",
                ChannelId::Ktt => "Article §3 warns, though, that this model has been declining since 2024 and its goods are unregulated.",
                ChannelId::Wxshop => "Article §4 thinks the timing is not ripe yet, but with your numbers it still ranks first.",
                ChannelId::PrivateLive => "Article §4: \"better to build your own private live room\" and bind affiliates to it long-term.",
                ChannelId::Creator => "Article §4, closing: \"if you can, build a Channels account and make content\"; selling live to your own fans is \"the most comfortable\".",
            };
            format!("For you the best pay per hour is \"{name}\": {n}. {why}")
        }
    }
}
