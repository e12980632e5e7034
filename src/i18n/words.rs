//! Sentences the page shows for model outputs, in zh-CN and English, quoting the person's own
//! numbers and the article's argument behind each (《微信小店的推客值得入局吗？》§1–§4).
//!
//! Fixed strings live in [`super::Key`]; everything here is built from model values.

use crate::input::format::{
    hours, money, number, people, per_hour, percent, unit_label, with_unit,
};
use crate::input::{format_value, ParseError, MAX_INPUT_CHARS};
use crate::model::{
    BreakEven, ChannelId, Field, FieldError, FieldErrorKind, Flag, Lang, PayRange, Projection,
    Reason, Scenario, Source, SourceStatus, Verdict, VerdictKind, WEEKS_PER_MONTH,
};

fn pick(lang: Lang, zh: String, en: String) -> String {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

fn pick_s(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// A field's label without its parenthetical note: "无优惠下单率（每次点击）" → "无优惠下单率".
pub fn short_label(f: Field, lang: Lang) -> &'static str {
    let m = f.meta();
    match lang {
        Lang::Zh => m.label_zh.split('（').next().unwrap_or(m.label_zh).trim(),
        Lang::En => m.label_en.split(" (").next().unwrap_or(m.label_en).trim(),
    }
}

/// The article section a reason rests on ("§1" … "§4"), or "" when it is the person's own bar
/// or the law rather than the article.
pub fn reason_article_ref(r: &Reason) -> &'static str {
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
        Reason::Compliance(f) => match f {
            Flag::ProblemGoods { .. } => "§3",
            // The law and WeChat's rules, not the article.
            Flag::ThreeLevels { .. }
            | Flag::EntryFeeWithOverrides { .. }
            | Flag::OverFriendLimit { .. } => "",
        },
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
            ratio: x,
            donated_followers,
            visits,
            donated_gmv,
        } => pick(
            lang,
            format!(
                "你每赚 1 元佣金，就把价值 {} 佣金的成交送给了达人：你转发进直播间的 {} 次访问里，有 {} 会关注达人，以后直接在达人那里买（共 {} 的货），和你“没有一毛钱的关系”（文章§4：“这些流量后续就会关注那个达人的账号了”；没成交的访问“也是一分价值没给我带来”）。",
                money(x, lang),
                number(visits, lang),
                people(donated_followers, lang),
                money(donated_gmv, lang)
            ),
            format!(
                "For every ¥1 of commission you earn, you hand the streamer sales worth {} of commission: of the {} visits you forward into the live room, {} start following the streamer and later buy there directly ({} of goods) with nothing for you (article §4: \"this traffic will then follow that streamer's account\"; the visits that do not buy \"bring me no value at all\").",
                money(x, lang),
                number(visits, lang),
                people(donated_followers, lang),
                money(donated_gmv, lang)
            ),
        ),
        Reason::NoCentralSearch {
            coupon_now,
            mature_coupon,
            maturity_weeks,
        } => pick(
            lang,
            format!(
                "微信小店现在没有中心化的购物入口，没有搜索就没有平台给商家的流量反哺，商家不会给中小推客定向破价：你的链接现在只有 {} 的优惠；模型假设平台约 {} 周后成熟，才会有约 {} 的定向优惠（文章§4：“商家凭什么给这些中小推客们定向破价和优惠呢？”）。",
                money(coupon_now, lang),
                number(maturity_weeks, lang),
                money(mature_coupon, lang)
            ),
            format!(
                "WeChat Store has no central shopping search yet, so the platform gives merchants no traffic back and they have no reason to cut prices for small promoters: your link carries a {} discount today; the model assumes the platform matures in about {} weeks, bringing a targeted coupon of about {} (article §4: \"why would merchants give these small promoters targeted discounts?\").",
                money(coupon_now, lang),
                number(maturity_weeks, lang),
                money(mature_coupon, lang)
            ),
        ),
        Reason::Waiting {
            delay_weeks,
            now_per_hour,
            later_per_hour,
            now_net,
            later_net,
        } => waiting(
            delay_weeks,
            (now_per_hour, later_per_hour),
            (now_net, later_net),
            lang,
        ),
        Reason::LockInWhatIf {
            attribution_days,
            net_now,
            net_locked,
        } => pick(
            lang,
            format!(
                "复购只在 {}内算你的（最后点击）：测算期内你净赚 {}；假如微信小店把你带来的顾客永久锁定给你，会是 {}。文章§4 认为这很难实现——“我的好友也是别人的好友”，而“如果只锁定一段时间其实意义也不大”。",
                with_unit(attribution_days, crate::model::Unit::Days, lang),
                money(net_now, lang),
                money(net_locked, lang)
            ),
            format!(
                "Repeat orders count as yours for only {} (last click): you net {} over the horizon; if WeChat Store locked the buyers you bring to you for good, it would be {}. Article §4 doubts that can happen — \"my friends are other people's friends too\" — and \"locking them for a while only is not worth much\".",
                with_unit(attribution_days, crate::model::Unit::Days, lang),
                money(net_now, lang),
                money(net_locked, lang)
            ),
        ),
        Reason::SavingsDriveTaoke {
            saving,
            saving_share,
        } => pick(
            lang,
            format!(
                "淘宝客卖得动，是因为买家真省钱：通过你的链接每单省 {}（售价的 {}），又是品牌货、官方旗舰店，不用种草就能出单；商家肯让利，是为了换淘宝搜索的流量反哺（文章§1：“在用户端是真真切切创造了价值的”）。",
                money(saving, lang),
                percent(saving_share, lang)
            ),
            format!(
                "Taobao affiliate links sell because the buyer really saves: {} per order through your link ({} of the price), on known brands from official stores, so no persuasion is needed; merchants pay for it to win Taobao search traffic back (article §1: \"it creates real value for the user\").",
                money(saving, lang),
                percent(saving_share, lang)
            ),
        ),
        Reason::SelfPurchaseDominates {
            self_share,
            overrides,
        } => pick(
            lang,
            format!(
                "你团队的成交里有 {} 是成员自购：真正能卖货的人不到一成，其余靠自己买给上级带来分佣；你拿到的下线提成共 {}（文章§2：“90%不能卖货的团长，他们自购也可以赚佣金”）。",
                percent(self_share, lang),
                money(overrides, lang)
            ),
            format!(
                "{} of your team's sales are members buying for themselves: fewer than one in ten really sells, the rest earn their uplines overrides by self-purchase; your overrides total {} (article §2: \"the 90% who cannot sell earn commission on their own purchases\").",
                percent(self_share, lang),
                money(overrides, lang)
            ),
        ),
        Reason::KttDeclining {
            trend_per_month,
            problem_share,
        } => {
            let trend_zh = if trend_per_month < 0.0 {
                format!(
                    "但下单率每月下滑 {}（文章§3：“从2024年开始快团团模式逐渐凋落”）",
                    percent(-trend_per_month, lang)
                )
            } else {
                "但这个模式从 2024 年开始逐渐凋落（文章§3）".to_string()
            };
            let trend_en = if trend_per_month < 0.0 {
                format!(
                    "but conversion falls {} a month (article §3: \"declining since 2024\")",
                    percent(-trend_per_month, lang)
                )
            } else {
                "but the model has been declining since 2024 (article §3)".to_string()
            };
            let goods_zh = if problem_share > 0.0 {
                format!(
                    "，还有 {} 的订单是问题货（假货、A货），退款不算佣金、买家还会屏蔽你",
                    percent(problem_share, lang)
                )
            } else {
                String::new()
            };
            let goods_en = if problem_share > 0.0 {
                format!(
                    ", and {} of orders are bad goods (fakes, replicas): refunded without commission, and the buyer mutes you",
                    percent(problem_share, lang)
                )
            } else {
                String::new()
            };
            pick(
                lang,
                format!("快团团帮卖资金立马到账、没有平台抽成所以佣金高，{trend_zh}{goods_zh}。"),
                format!("Kuaituantuan resale pays at once and, with no platform cut, pays high commission, {trend_en}{goods_en}."),
            )
        }
        Reason::OwnRoomCosts {
            fixed_cost_per_week,
            costs,
        } => pick(
            lang,
            format!(
                "自己的私域直播间不把流量送人，推客长期绑定分佣，但抽奖和福利每周要花 {}，测算期内成本共 {}（文章§4：“叠加上各种抽奖和福利，这样跑通的概率就会很大”）。",
                money(fixed_cost_per_week, lang),
                money(costs, lang)
            ),
            format!(
                "Your own private live room gives no traffic away and binds promoters long-term, but lotteries and perks cost {} a week, {} over the horizon (article §4: \"add lotteries and perks, and the odds of it working are high\").",
                money(fixed_cost_per_week, lang),
                money(costs, lang)
            ),
        ),
        Reason::ContentTakesTime {
            hours_per_week,
            followers_gained,
        } => pick(
            lang,
            format!(
                "做视频号内容每周要花约 {}，测算期内能积累约 {} 新粉丝；粉丝是你自己的，积累起来后“商家都求着你帮忙带货”——前提是你有这个能力和时间（文章§4 结尾：“你要有能力就去视频号里做账号做内容”）。",
                hours(hours_per_week, lang),
                people(followers_gained, lang)
            ),
            format!(
                "Making Channels content takes about {} a week and gains about {} new followers over the horizon; they are your own, and once you have them \"merchants beg you to sell for them\" — if you have the skill and the time (article §4, closing: \"if you can, build an account and make content\").",
                hours(hours_per_week, lang),
                people(followers_gained, lang)
            ),
        ),
        Reason::BestChannel {
            channel,
            net_per_hour,
        } => {
            let why_zh = match channel {
                ChannelId::Taoke | ChannelId::Social => {
                    "文章的建议：只想在朋友圈和群里分发的，多看看淘客、社交电商这类机会，“赚大钱不一定，但是赚小钱没问题”（§4 结尾）。"
                }
                ChannelId::Ktt => "不过文章§3 提醒，这个模式从 2024 年起逐渐凋落、货品缺乏监管。",
                ChannelId::Wxshop => "文章§4 认为现在时机还不成熟，但按你的数字它仍排第一。",
                ChannelId::PrivateLive => {
                    "文章§4：“还不如自己搭建个私域的直播间”，把推客聚拢起来长期绑定分佣。"
                }
                ChannelId::Creator => {
                    "文章§4 结尾：“有能力就去视频号里做账号做内容”，积累粉丝后直播带货“最舒服了”。"
                }
            };
            let why_en = match channel {
                ChannelId::Taoke | ChannelId::Social => {
                    "The article's advice: if you only want to share in Moments and groups, look at Taobao affiliate and social-commerce work — \"maybe not big money, but small money for sure\" (§4, closing)."
                }
                ChannelId::Ktt => "Article §3 warns, though, that this model has been declining since 2024 and its goods are unregulated.",
                ChannelId::Wxshop => "Article §4 thinks the timing is not ripe yet, but with your numbers it still ranks first.",
                ChannelId::PrivateLive => {
                    "Article §4: \"better to build your own private live room\" and bind promoters to it long-term."
                }
                ChannelId::Creator => {
                    "Article §4, closing: \"if you can, build a Channels account and make content\"; selling live to your own fans is \"the most comfortable\"."
                }
            };
            if net_per_hour < 0.0 {
                pick(
                    lang,
                    format!(
                        "按你的数字，六种做法都亏钱；亏得最少的是「{}」（{}）。文章的结论同样适用：“不一定现在马上就要急于去投入进去，可以先看看”（§4 结尾）。",
                        channel.name(lang),
                        per_hour(net_per_hour, lang)
                    ),
                    format!(
                        "With your numbers all six ways lose money; the least bad is \"{}\" ({}). The article's conclusion applies: \"there is no need to rush in now; you can watch first\" (§4, closing).",
                        channel.name(lang),
                        per_hour(net_per_hour, lang)
                    ),
                )
            } else {
                pick(
                    lang,
                    format!(
                        "对你来说每小时净收入最高的是「{}」：{}。{why_zh}",
                        channel.name(lang),
                        per_hour(net_per_hour, lang)
                    ),
                    format!(
                        "For you the best pay per hour is \"{}\": {}. {why_en}",
                        channel.name(lang),
                        per_hour(net_per_hour, lang)
                    ),
                )
            }
        }
        Reason::Compliance(f) => flag(&f, lang),
    }
}

/// 值得入局 / 慢半拍 / 不建议.
pub fn verdict_title(k: VerdictKind, lang: Lang) -> &'static str {
    match k {
        VerdictKind::Worth => pick_s(lang, "值得入局", "Worth entering"),
        VerdictKind::Wait => pick_s(lang, "慢半拍", "Wait a beat (慢半拍)"),
        VerdictKind::NotAdvised => pick_s(lang, "不建议", "Not advised"),
    }
}

/// The first reason: central net per hour against the person's hourly value.
fn pay_bar(nph: f64, hv: f64, net: f64, lang: Lang) -> String {
    let (n, h) = (per_hour(nph, lang), per_hour(hv, lang));
    match lang {
        Lang::Zh if nph < 0.0 => format!(
            "你每花 1 小时反而亏 {}，而你给自己时间定的价是 {h}：做得越多亏得越多。",
            per_hour(-nph, lang)
        ),
        Lang::En if nph < 0.0 => format!(
            "You lose {} for every hour you put in, while you value your hour at {h}: the more you do, the more you lose.",
            per_hour(-nph, lang)
        ),
        Lang::Zh if net <= 0.0 => {
            format!("测算期内净收入 {}，没有赚到钱。", money(net, lang))
        }
        Lang::En if net <= 0.0 => {
            format!("You net {} over the horizon: no money made.", money(net, lang))
        }
        Lang::Zh if nph < hv => format!(
            "你的每小时净收入是 {n}，低于你给自己时间定的价 {h}：同样的时间做别的事更划算。"
        ),
        Lang::En if nph < hv => format!(
            "You net {n}, below the {h} you value your time at: the same hours pay better elsewhere."
        ),
        Lang::Zh => format!("你的每小时净收入是 {n}，达到了你给自己时间定的价 {h}。"),
        Lang::En => format!("You net {n}, which meets the {h} you value your time at."),
    }
}

/// What the Monte Carlo adds to the first reason: how often the bar is met, and the range.
fn pay_range(r: &PayRange, lang: Lang) -> String {
    let (lo, hi) = (per_hour(r.p10, lang), per_hour(r.p90, lang));
    let (beats, pos) = (
        percent(r.p_beats_hourly, lang),
        percent(r.p_net_positive, lang),
    );
    let draws = crate::input::format::fixed(r.draws as f64, 0);
    match lang {
        Lang::Zh => format!(
            "在 {draws} 次模拟里，有 {beats} 达到你的时间值，{pos} 赚到钱；每小时净收入 P10–P90 为 {lo} – {hi}。"
        ),
        Lang::En => format!(
            " In {draws} simulations, {beats} reach your hourly value and {pos} make a profit; net per hour P10–P90 is {lo} – {hi}."
        ),
    }
}

/// Entering later on the same calendar horizon: per hour and total, said together.
fn waiting(
    delay: u32,
    (now_ph, later_ph): (f64, f64),
    (now, later): (f64, f64),
    lang: Lang,
) -> String {
    let dn = later - now;
    let dph = later_ph - now_ph;
    let worth_waiting = later_ph > 0.0 && later_ph >= crate::model::LATER_GAIN * now_ph;
    let total = money(dn.abs(), lang);
    let hourly = per_hour(dph.abs(), lang);
    match lang {
        Lang::Zh => {
            let t = if dn < 0.0 {
                format!("少 {total}")
            } else {
                format!("多 {total}")
            };
            let h = if dph < 0.0 {
                format!("少 {hourly}")
            } else {
                format!("多 {hourly}")
            };
            let why = if worth_waiting {
                "等一等，每小时更值钱（文章§4：“入局可以慢半拍”“慢半拍不要紧”）。"
            } else {
                "文章§4 说入局可以慢半拍，但按你的数字，晚入局并不会让每小时多值一成以上。"
            };
            format!(
                "晚 {delay} 周入局（同一个测算期）：总收入 {}，比 {} {t}（少做了 {delay} 周）；每小时 {}，比 {} {h}。{why}",
                money(later, lang),
                money(now, lang),
                per_hour(later_ph, lang),
                per_hour(now_ph, lang)
            )
        }
        Lang::En => {
            let t = if dn < 0.0 {
                format!("{total} less")
            } else {
                format!("{total} more")
            };
            let h = if dph < 0.0 {
                format!("{hourly} less")
            } else {
                format!("{hourly} more")
            };
            let why = if worth_waiting {
                "Waiting makes each hour worth more (article §4: \"you can enter half a beat late\")."
            } else {
                "Article §4 says you can enter half a beat late, but with your numbers waiting does not make an hour worth 10% more."
            };
            format!(
                "Entering {delay} weeks later (same horizon): {} in all instead of {} ({t}, with {delay} fewer weeks of work), and {} instead of {} ({h}). {why}",
                money(later, lang),
                money(now, lang),
                per_hour(later_ph, lang),
                per_hour(now_ph, lang)
            )
        }
    }
}

/// One line under the verdict title: the chosen channel's central pay per hour against the bar.
pub fn verdict_summary(v: &Verdict, lang: Lang) -> String {
    let name = v.channel.name(lang);
    let n = per_hour(v.net_per_hour, lang);
    let h = per_hour(v.hourly_value, lang);
    let l = per_hour(v.later_per_hour, lang);
    let best = v.best_channel.name(lang);
    let other = v.best_channel != v.channel;
    let w = crate::model::LATER_WEEKS;
    match lang {
        Lang::Zh => {
            let line = match v.kind {
                VerdictKind::Worth => format!("做「{name}」每小时净赚 {n}，不低于你的 {h}。"),
                VerdictKind::Wait => format!(
                    "做「{name}」现在每小时 {n}，低于你的 {h}；晚 {w} 周入局每小时 {l}，多一成以上：先关注，晚点再入局（文章§4：“入局可以慢半拍”）。"
                ),
                VerdictKind::NotAdvised => format!(
                    "做「{name}」每小时 {n}，达不到你的 {h}，晚入局也不会好一成以上。"
                ),
            };
            if other {
                format!("{line}对你最好的是「{best}」。")
            } else {
                line
            }
        }
        Lang::En => {
            let line = match v.kind {
                VerdictKind::Worth => format!("\"{name}\" nets {n}, at least your {h}."),
                VerdictKind::Wait => format!(
                    "\"{name}\" pays {n} now, short of your {h}; entering {w} weeks later pays {l}, at least 10% more: watch it and enter later (article §4: \"you can enter half a beat late\")."
                ),
                VerdictKind::NotAdvised => format!(
                    "\"{name}\" nets {n}, short of your {h}, and entering later does not pay 10% more."
                ),
            };
            if other {
                format!("{line} The best for you is \"{best}\".")
            } else {
                line
            }
        }
    }
}

/// A compliance or plausibility warning.
pub fn flag(f: &Flag, lang: Lang) -> String {
    match *f {
        Flag::ThreeLevels { levels } => pick(
            lang,
            format!(
                "{levels} 级分销：三级及以上分销微信规则禁止，可能触及《禁止传销条例》。"
            ),
            format!(
                "{levels} distribution levels: three or more levels are banned by WeChat's rules and may fall under China's Regulations on Prohibiting Pyramid Selling (《禁止传销条例》)."
            ),
        ),
        Flag::EntryFeeWithOverrides { entry_cost } => pick(
            lang,
            format!(
                "入门费 {} + 按下线业绩计酬：这两条正是《禁止传销条例》第七条列出的传销特征，务必谨慎。",
                money(entry_cost, lang)
            ),
            format!(
                "An entry fee of {} plus pay on your downline's sales: both are marks of pyramid selling listed in Art. 7 of China's Regulations on Prohibiting Pyramid Selling — be careful.",
                money(entry_cost, lang)
            ),
        ),
        Flag::ProblemGoods { share } => pick(
            lang,
            format!(
                "{} 的订单是问题货（假货、A货）：退款不算佣金，买家会投诉、屏蔽你（文章§3：快团团里“一些不能在公域平台卖的一些假货、A货”）。",
                percent(share, lang)
            ),
            format!(
                "{} of orders are bad goods (fakes, replicas): refunds earn no commission, buyers complain and mute you (article §3: \"fakes and replicas that cannot be sold on public platforms\").",
                percent(share, lang)
            ),
        ),
        Flag::OverFriendLimit { followers } => pick(
            lang,
            format!(
                "可触达 {} 超过了一个微信号约 1 万好友的上限：这已不是一个人的私域，结果可能偏乐观。",
                people(followers, lang)
            ),
            format!(
                "{} reachable is more than one WeChat account's limit of about 10,000 friends: that is no longer one person's private audience, so the results may be optimistic.",
                people(followers, lang)
            ),
        ),
    }
}

/// "What would have to be true" for one input (MODEL.md §6 break-even).
pub fn break_even(b: &BreakEven, lang: Lang) -> String {
    let m = b.field.meta();
    let label = short_label(b.field, lang);
    let now = with_unit(b.current, m.unit, lang);
    match (b.value, b.needs_higher) {
        (Some(x), true) => pick(
            lang,
            format!(
                "{label}需要高于 {}{}才值得（现在 {now}）",
                with_unit(x, m.unit, lang),
                gap(&with_unit(x, m.unit, lang))
            ),
            format!(
                "{label} would have to be above {} (now {now})",
                with_unit(x, m.unit, lang)
            ),
        ),
        (Some(x), false) => pick(
            lang,
            format!(
                "{label}只要不低于 {}{}就仍然值得（现在 {now}）",
                with_unit(x, m.unit, lang),
                gap(&with_unit(x, m.unit, lang))
            ),
            format!(
                "Still worth it while {} stays above {} (now {now})",
                lower_first(label),
                with_unit(x, m.unit, lang)
            ),
        ),
        (None, true) => pick(
            lang,
            format!(
                "即使{label}提到上限 {}{}也达不到你的时薪（现在 {now}）",
                with_unit(m.max, m.unit, lang),
                gap(&with_unit(m.max, m.unit, lang))
            ),
            format!(
                "Even at its maximum of {}, {} would not reach your hourly value (now {now})",
                with_unit(m.max, m.unit, lang),
                lower_first(label)
            ),
        ),
        (None, false) => pick(
            lang,
            format!(
                "{label}在 {} 到 {} 之间取任何值都仍然值得（现在 {now}）",
                with_unit(m.min, m.unit, lang),
                with_unit(m.max, m.unit, lang)
            ),
            format!(
                "Worth it whatever {} is, from {} to {} (now {now})",
                lower_first(label),
                with_unit(m.min, m.unit, lang),
                with_unit(m.max, m.unit, lang)
            ),
        ),
    }
}

/// The space between a value and following Chinese text: none after a Chinese character
/// ("3,798 人才值得"), one after a digit or sign ("2.3% 才值得").
fn gap(v: &str) -> &'static str {
    match v.chars().last() {
        Some(c) if ('\u{4e00}'..='\u{9fff}').contains(&c) => "",
        _ => " ",
    }
}

/// "Click rate" → "click rate" for use inside an English sentence.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f)
            if f.is_ascii_uppercase()
                && !c.clone().next().is_some_and(|n| n.is_ascii_uppercase()) =>
        {
            f.to_ascii_lowercase().to_string() + c.as_str()
        }
        Some(f) => f.to_string() + c.as_str(),
        None => String::new(),
    }
}

/// The allowed range as typed into the field, and the unit note: ("0 到 10,000,000", "（单位：人）").
fn range_text(f: Field, lang: Lang) -> (String, String) {
    let m = f.meta();
    let lo = format_value(m.min, m.unit, lang);
    let hi = format_value(m.max, m.unit, lang);
    let u = unit_label(m.unit, lang);
    match lang {
        Lang::Zh if u.is_empty() => (format!("{lo} 到 {hi}"), String::new()),
        Lang::Zh => (format!("{lo} 到 {hi}"), format!("（单位：{u}）")),
        Lang::En if u.is_empty() => (format!("{lo} to {hi}"), String::new()),
        Lang::En => (format!("{lo} to {hi}"), format!(" ({u})")),
    }
}

/// A model validation error, for beside the field, with the allowed range in the field's unit.
pub fn field_error(e: &FieldError, lang: Lang) -> String {
    let m = e.field.meta();
    let whole = m.integer;
    let (range, unit) = range_text(e.field, lang);
    let enter = |zh_kind: &str, en_kind: &str| {
        pick(
            lang,
            format!("请输入 {range} 之间的{zh_kind}{unit}"),
            format!("Enter {en_kind} from {range}{unit}"),
        )
    };
    let (zh_kind, en_kind) = if whole {
        ("整数", "a whole number")
    } else {
        ("数字", "a number")
    };
    match e.kind {
        FieldErrorKind::NotFinite
        | FieldErrorKind::BelowMin { .. }
        | FieldErrorKind::AboveMax { .. } => {
            let lead = match (e.kind, lang) {
                (FieldErrorKind::BelowMin { .. }, Lang::Zh) => "太小了：",
                (FieldErrorKind::BelowMin { .. }, Lang::En) => "Too small. ",
                (FieldErrorKind::AboveMax { .. }, Lang::Zh) => "太大了：",
                (FieldErrorKind::AboveMax { .. }, Lang::En) => "Too large. ",
                _ => "",
            };
            format!("{lead}{}", enter(zh_kind, en_kind))
        }
        FieldErrorKind::NotInteger => pick(
            lang,
            format!("这里只能填整数：请输入 {range} 之间的整数{unit}"),
            format!("Whole numbers only here. Enter a whole number from {range}{unit}"),
        ),
        FieldErrorKind::CouponAbovePrice { price } => pick(
            lang,
            format!("优惠券不能高于商品价格 {}", money(price, lang)),
            format!(
                "The coupon cannot be more than the item's price of {}",
                money(price, lang)
            ),
        ),
        FieldErrorKind::PriceBelowCoupon { coupon } => pick(
            lang,
            format!("商品价格不能低于优惠券 {}", money(coupon, lang)),
            format!(
                "The price cannot be below the coupon of {}",
                money(coupon, lang)
            ),
        ),
    }
}

/// Why the typed text is not a number, with what to type instead.
pub fn parse_error(e: &ParseError, lang: Lang) -> String {
    match e {
        ParseError::Empty => pick_s(lang, "请输入一个数字", "Enter a number").to_string(),
        ParseError::NotANumber => pick_s(
            lang,
            "看不懂这个数字：可以输入 1200、1,200、1.2万 或 15%",
            "That is not a number: type e.g. 1200, 1,200, 12k or 15%",
        )
        .to_string(),
        ParseError::TooLong => pick(
            lang,
            format!("太长了：最多 {MAX_INPUT_CHARS} 个字符"),
            format!("Too long: at most {MAX_INPUT_CHARS} characters"),
        ),
        ParseError::Multiple => pick_s(
            lang,
            "有重复的小数点、单位或符号（如 1.2.3、1万万）：只保留一个",
            "Something appears twice (like 1.2.3 or 1万万): keep only one",
        )
        .to_string(),
        ParseError::BadGrouping => pick_s(
            lang,
            "千位分隔符的位置不对：应写成 1,200 或 12,000，小数用“.”",
            "Thousands separators are misplaced: write 1,200 or 12,000, and use “.” for decimals",
        )
        .to_string(),
        ParseError::BadSuffix(s) => pick(
            lang,
            format!("“{s}”不是这个字段的单位：只填数字即可"),
            format!("“{s}” is not this field's unit: just type the number"),
        ),
        ParseError::TooLarge => pick_s(lang, "数字太大了", "That number is too large").to_string(),
    }
}

/// Tooltip text for where a default comes from: "来源：…（已引用）" / "推算：…" / "估计：…".
pub fn source_note(s: &Source, lang: Lang) -> String {
    let text = match lang {
        Lang::Zh => s.zh,
        Lang::En => s.en,
    };
    match s.status {
        SourceStatus::Sourced => pick(
            lang,
            format!("来源：{text}（已引用）"),
            format!("Source: {text} (cited)"),
        ),
        SourceStatus::Derived => pick(lang, format!("推算：{text}"), format!("Derived: {text}")),
        SourceStatus::Estimate => {
            // Many estimate notes already start with the word; do not say it twice.
            let rest = match lang {
                Lang::Zh => text.strip_prefix("估计").unwrap_or(text),
                Lang::En => text
                    .strip_prefix("estimate")
                    .or_else(|| text.strip_prefix("Estimate"))
                    .unwrap_or(text),
            };
            let rest = rest.trim_start_matches(['：', ':', '；', ';', ' ', '，', ',']);
            if rest.is_empty() {
                pick_s(lang, "估计（没有公开数据）", "Estimate (no public figure)").to_string()
            } else {
                pick(lang, format!("估计：{rest}"), format!("Estimate: {rest}"))
            }
        }
    }
}

/// The "计算过程 / show the math" text: MODEL.md §4's steps for the current inputs, with this
/// person's numbers substituted. `p` is the projection of the channel to explain (usually
/// `project(s, s.channel)`). Each item is (title, body).
pub fn math_steps(s: &Scenario, p: &Projection, lang: Lang) -> Vec<(String, String)> {
    let ch = p.summary.channel;
    let c = s.params(ch);
    let pe = &s.person;
    let sm = &p.summary;
    let z = lang == Lang::Zh;
    let pct = |v: f64| percent(v, lang);
    let yuan = |v: f64| money(v, lang);
    let num = |v: f64| number(v, lang);
    let ppl = |v: f64| people(v, lang);
    let delay = if pe.entry_delay_weeks.is_finite() {
        pe.entry_delay_weeks.round().max(0.0) as u32
    } else {
        0
    };
    let first = p
        .weeks
        .iter()
        .find(|w| w.week >= delay)
        .copied()
        .unwrap_or_default();
    let last = p.weeks.last().copied().unwrap_or_default();
    let weeks = p.weeks.len() as f64;
    let active = p.weeks.iter().filter(|w| w.week >= delay).count() as f64;
    let impressions: f64 = p.weeks.iter().map(|w| w.impressions).sum();
    let clicks: f64 = p.weeks.iter().map(|w| w.clicks).sum();
    let mut out: Vec<(String, String)> = Vec::new();
    let mut step = |zh_t: &str, en_t: &str, zh_b: String, en_b: String| {
        if z {
            out.push((zh_t.to_string(), zh_b));
        } else {
            out.push((en_t.to_string(), en_b));
        }
    };

    // 1. Audience and reach (§4.1).
    let delay_zh = if delay > 0 {
        format!("你推迟 {delay} 周入局，前 {delay} 周不转发。")
    } else {
        String::new()
    };
    let delay_en = if delay > 0 {
        format!(" You start {delay} weeks late and do not post before then.")
    } else {
        String::new()
    };
    let growth_zh = if c.audience_growth_per_week > 0.0 {
        format!("这个渠道每周新增 {}。", ppl(c.audience_growth_per_week))
    } else {
        String::new()
    };
    let growth_en = if c.audience_growth_per_week > 0.0 {
        format!(
            " This channel adds {} a week.",
            ppl(c.audience_growth_per_week)
        )
    } else {
        String::new()
    };
    step(
        "1. 受众",
        "1. Audience",
        format!(
            "你能触达 {}（好友 + 群成员）。测算 {} 周。每次曝光有 {} 的人会屏蔽你（刷屏的代价）。{growth_zh}{delay_zh}到期末你还能触达 {}，占曾经受众的 {}。",
            ppl(pe.followers),
            num(weeks),
            pct(pe.mute_rate),
            ppl(last.audience),
            pct(sm.audience_kept)
        ),
        format!(
            "You can reach {} (friends + group members). The horizon is {} weeks. Each impression makes {} of viewers mute you (the cost of over-posting).{growth_en}{delay_en} At the end you can still reach {}, {} of everyone who was ever in your audience.",
            ppl(pe.followers),
            num(weeks),
            pct(pe.mute_rate),
            ppl(last.audience),
            pct(sm.audience_kept)
        ),
    );

    // 2. Impressions.
    step(
        "2. 曝光",
        "2. Impressions",
        format!(
            "曝光 = 每周转发次数 × 每条触达率 × 可触达人数 = {} × {} × {} ≈ 第一周 {} 次；测算期合计 {} 次。{}",
            num(pe.posts_per_week),
            pct(pe.reach_rate),
            num(pe.followers),
            num(first.impressions),
            num(impressions),
            if ch == ChannelId::Wxshop {
                "已经关注达人、不再需要你链接的好友不计入可触达人数。"
            } else {
                ""
            }
        ),
        format!(
            "Impressions = posts per week × reach per post × reachable people = {} × {} × {} ≈ {} in the first week; {} over the horizon.{}",
            num(pe.posts_per_week),
            pct(pe.reach_rate),
            num(pe.followers),
            num(first.impressions),
            num(impressions),
            if ch == ChannelId::Wxshop {
                " Friends who now follow the streamer and no longer need your link are not reachable any more."
            } else {
                ""
            }
        ),
    );

    // 3. Clicks.
    step(
        "3. 点击",
        "3. Clicks",
        format!(
            "点击 = 曝光 × 点击率 {} ≈ 第一周 {} 次；合计 {} 次。",
            pct(pe.click_rate),
            num(first.clicks),
            num(clicks)
        ),
        format!(
            "Clicks = impressions × click rate {} ≈ {} in the first week; {} in all.",
            pct(pe.click_rate),
            num(first.clicks),
            num(clicks)
        ),
    );

    // 4. Conversion (§4.2).
    let paid = c.paid();
    let save = if c.price > 0.0 {
        (c.coupon + c.rebate_share * c.commission_rate * paid) / c.price
    } else {
        0.0
    };
    let first_conv = if first.clicks > 0.0 {
        first.orders / first.clicks
    } else {
        0.0
    };
    let trend_zh = if c.trend_per_month != 0.0 {
        format!("，再乘以每月 {} 的趋势", pct(c.trend_per_month))
    } else {
        String::new()
    };
    let trend_en = if c.trend_per_month != 0.0 {
        format!(", times a trend of {} a month", pct(c.trend_per_month))
    } else {
        String::new()
    };
    let mature_zh = if ch == ChannelId::Wxshop && c.mature_coupon_share > 0.0 {
        format!(
            "微信小店现在没有定向优惠；模型假设它在 {} 周内从 0 线性增加到售价的 {}（平台成熟，§4.5）。",
            num(c.maturity_weeks),
            pct(c.mature_coupon_share)
        )
    } else {
        String::new()
    };
    let mature_en = if ch == ChannelId::Wxshop && c.mature_coupon_share > 0.0 {
        format!(
            " WeChat Store has no targeted coupon today; the model lets it grow linearly from 0 to {} of the price over {} weeks (platform maturity, §4.5).",
            pct(c.mature_coupon_share),
            num(c.maturity_weeks)
        )
    } else {
        String::new()
    };
    step(
        "4. 下单率",
        "4. Conversion",
        format!(
            "买家实付 = 售价 {} − 优惠券 {} = {}。省下的比例 s = (优惠券 + 返利) ÷ 售价 = {}。下单率 = 无优惠下单率 {} × (1 + 优惠弹性 {} × s){trend_zh}，上限 100%；第一周约 {}。{mature_zh}",
            yuan(c.price),
            yuan(c.coupon),
            yuan(paid),
            pct(save),
            pct(c.base_conversion),
            num(s.discount_elasticity),
            pct(first_conv)
        ),
        format!(
            "The buyer pays price {} − coupon {} = {}. Savings share s = (coupon + rebate) ÷ price = {}. Conversion = base conversion {} × (1 + elasticity {} × s){trend_en}, at most 100%; about {} in the first week.{mature_en}",
            yuan(c.price),
            yuan(c.coupon),
            yuan(paid),
            pct(save),
            pct(c.base_conversion),
            num(s.discount_elasticity),
            pct(first_conv)
        ),
    );

    // 5. Orders and repeats (§4.3).
    let forever = c.attribution_days >= crate::model::ATTRIBUTION_FOREVER_DAYS;
    let window_zh = if forever {
        "买家永久绑定给你，复购都算你的".to_string()
    } else {
        format!(
            "但只有在 {}内的复购算你的（归属期）",
            with_unit(c.attribution_days, crate::model::Unit::Days, lang)
        )
    };
    let window_en = if forever {
        "and buyers are bound to you for good, so every repeat counts as yours".to_string()
    } else {
        format!(
            "but only repeats within {} of the purchase count as yours (attribution window)",
            with_unit(c.attribution_days, crate::model::Unit::Days, lang)
        )
    };
    step(
        "5. 订单与复购",
        "5. Orders and repeats",
        format!(
            "新订单 = 点击 × 下单率，第一周约 {} 单。每位买家每月复购 {} 次（每周 {}），{window_zh}。测算期合计 {} 单。",
            num(first.orders),
            num(c.repeat_per_month),
            num(c.repeat_per_month / WEEKS_PER_MONTH),
            num(sm.orders)
        ),
        format!(
            "New orders = clicks × conversion, about {} in the first week. Each buyer repeats {} times a month ({} a week), {window_en}. {} orders over the horizon.",
            num(first.orders),
            num(c.repeat_per_month),
            num(c.repeat_per_month / WEEKS_PER_MONTH),
            num(sm.orders)
        ),
    );

    // 6. Commission (§4.7).
    let keep = c.commission_rate
        * (1.0 - c.platform_fee)
        * (1.0 - c.rebate_share)
        * (1.0 - c.problem_share);
    step(
        "6. 佣金",
        "6. Commission",
        format!(
            "每单佣金 = 实付 {} × 佣金率 {} × (1 − 平台服务费 {}) × (1 − 返给买家 {}) × (1 − 问题货 {}) = {}。成交额 {}，佣金合计 {}。",
            yuan(paid),
            pct(c.commission_rate),
            pct(c.platform_fee),
            pct(c.rebate_share),
            pct(c.problem_share),
            yuan(paid * keep),
            yuan(sm.gmv),
            yuan(sm.commission)
        ),
        format!(
            "Commission per order = paid {} × commission {} × (1 − platform fee {}) × (1 − rebate to buyer {}) × (1 − bad goods {}) = {}. Sales {}, commission {} in all.",
            yuan(paid),
            pct(c.commission_rate),
            pct(c.platform_fee),
            pct(c.rebate_share),
            pct(c.problem_share),
            yuan(paid * keep),
            yuan(sm.gmv),
            yuan(sm.commission)
        ),
    );

    // 7. Traffic donated (§4.4, wxshop).
    if ch.donates_traffic() {
        step(
            "7. 送出的流量",
            "7. Traffic given away",
            format!(
                "每次点击都是送进达人直播间的一次访问：合计 {} 次。访客有 {} 会关注达人，买家有 {} 会关注达人，到期末共送出 {}；其中 {} 以后不再需要你的链接。送出的粉丝每人每月在达人那里下单 {} 次，共 {} 成交，按你的佣金率相当于 {} 佣金——你每赚 1 元，送出 {}（文章§4：“就把自己的流量送给了这些公域的达人直播间”）。",
                num(sm.visits_donated),
                pct(c.follow_away_rate),
                pct(c.buyer_follow_rate),
                ppl(sm.followers_donated),
                pct(c.bypass_share),
                num(c.donated_orders_per_month),
                yuan(sm.donated_gmv),
                yuan(sm.donated_commission),
                yuan(sm.donation_ratio)
            ),
            format!(
                "Every click is a visit you send into the streamer's live room: {} in all. {} of visitors and {} of buyers start following the streamer, {} by the end; {} of them no longer need your link. Each donated follower orders {} times a month at the streamer, {} of sales, worth {} of commission at your rate — for every ¥1 you earn you give away {} (article §4: \"you give your own traffic to these public streamers' rooms\").",
                num(sm.visits_donated),
                pct(c.follow_away_rate),
                pct(c.buyer_follow_rate),
                ppl(sm.followers_donated),
                pct(c.bypass_share),
                num(c.donated_orders_per_month),
                yuan(sm.donated_gmv),
                yuan(sm.donated_commission),
                yuan(sm.donation_ratio)
            ),
        );
    } else {
        step(
            "7. 送出的流量",
            "7. Traffic given away",
            "这个渠道的顾客留在你自己的私域或店里，不送给别人的直播间。".to_string(),
            "With this channel the buyers stay with you; no traffic goes to somebody else's live room.".to_string(),
        );
    }

    // 8. Network (§4.6).
    if ch.has_network() {
        let self_share = if sm.member_gmv > 0.0 {
            sm.member_self_purchase_gmv / sm.member_gmv
        } else {
            0.0
        };
        step(
            "8. 团队",
            "8. Team",
            format!(
                "每月有 {} 的受众加入你的团队，每位成员每月再发展 {} 人，共 {} 级；成员每月流失 {}。期末团队 {}。成员中只有 {} 真正卖货，每人每月自购 {}；团队成交 {}，其中自购占 {}。你按各级提成（一级 {}）拿到 {}，自己的自购省下 {}。每位成员每周占用你 {}。",
                pct(c.recruit_share_per_month),
                num(c.downline_recruits_per_month),
                num(c.levels),
                pct(c.member_churn_per_month),
                ppl(sm.members),
                pct(c.seller_share),
                yuan(c.self_purchase_per_month),
                yuan(sm.member_gmv),
                pct(self_share),
                pct(c.override_rates[0]),
                yuan(sm.overrides),
                yuan(sm.savings),
                hours(c.member_hours_per_week, lang)
            ),
            format!(
                "Each month {} of your audience joins your team and each member recruits {} more, over {} levels; {} of members quit each month. {} at the end. Only {} of members really sell; each buys {} a month for themselves; team sales {}, of which self-purchase {}. Your overrides (level 1: {}) come to {}, and your own purchases save you {}. Each member takes {} of your time a week.",
                pct(c.recruit_share_per_month),
                num(c.downline_recruits_per_month),
                num(c.levels),
                pct(c.member_churn_per_month),
                ppl(sm.members),
                pct(c.seller_share),
                yuan(c.self_purchase_per_month),
                yuan(sm.member_gmv),
                pct(self_share),
                pct(c.override_rates[0]),
                yuan(sm.overrides),
                yuan(sm.savings),
                hours(c.member_hours_per_week, lang)
            ),
        );
    }

    // 9. Costs.
    step(
        "9. 成本",
        "9. Costs",
        format!(
            "每周固定成本 {}，入门费 {}：合计 {}。",
            yuan(c.fixed_cost_per_week),
            yuan(c.entry_cost),
            yuan(sm.costs)
        ),
        format!(
            "Fixed cost {} a week, entry fee {}: {} in all.",
            yuan(c.fixed_cost_per_week),
            yuan(c.entry_cost),
            yuan(sm.costs)
        ),
    );

    // 10. Hours.
    let post_h = pe.posts_per_week * pe.minutes_per_post / 60.0;
    step(
        "10. 时间",
        "10. Hours",
        format!(
            "每周时间 = 转发 {} 次 × {} 分钟 ÷ 60 + 额外 {}{} = 第一周约 {}；{} 个活跃周合计 {}。",
            num(pe.posts_per_week),
            num(pe.minutes_per_post),
            hours(c.extra_hours_per_week, lang),
            if ch.has_network() { " + 团队占用" } else { "" },
            hours(post_h + c.extra_hours_per_week, lang),
            num(active),
            hours(sm.hours, lang)
        ),
        format!(
            "Hours a week = {} posts × {} min ÷ 60 + {} extra{} = about {} in the first week; {} in all over {} active weeks.",
            num(pe.posts_per_week),
            num(pe.minutes_per_post),
            hours(c.extra_hours_per_week, lang),
            if ch.has_network() { " + team time" } else { "" },
            hours(post_h + c.extra_hours_per_week, lang),
            hours(sm.hours, lang),
            num(active)
        ),
    );

    // 11. Net and per hour.
    step(
        "11. 净收入与时薪",
        "11. Net and per hour",
        format!(
            "净收入 = 佣金 {} + 下线提成 {} + 自购省钱 {} − 成本 {} = {}。每小时净收入 = {} ÷ {} = {}，你的时间值 {}。",
            yuan(sm.commission),
            yuan(sm.overrides),
            yuan(sm.savings),
            yuan(sm.costs),
            yuan(sm.net),
            yuan(sm.net),
            hours(sm.hours.max(crate::model::MIN_HOURS), lang),
            per_hour(sm.net_per_hour, lang),
            per_hour(pe.hourly_value, lang)
        ),
        format!(
            "Net = commission {} + overrides {} + self-purchase savings {} − costs {} = {}. Net per hour = {} ÷ {} = {}, against your {}.",
            yuan(sm.commission),
            yuan(sm.overrides),
            yuan(sm.savings),
            yuan(sm.costs),
            yuan(sm.net),
            yuan(sm.net),
            hours(sm.hours.max(crate::model::MIN_HOURS), lang),
            per_hour(sm.net_per_hour, lang),
            per_hour(pe.hourly_value, lang)
        ),
    );

    // 12. Settlement.
    let lag = if c.settlement_days.is_finite() {
        (c.settlement_days / 7.0).ceil().max(0.0)
    } else {
        0.0
    };
    let payback_zh = match sm.payback_week {
        Some(w) => format!("累计净收入在第 {} 周转正。", w + 1),
        None => "测算期内累计净收入没有转正。".to_string(),
    };
    let payback_en = match sm.payback_week {
        Some(w) => format!(" Cumulative net turns positive in week {}.", w + 1),
        None => " Cumulative net never turns positive within the horizon.".to_string(),
    };
    step(
        "12. 结算",
        "12. Settlement",
        format!(
            "账期 {}：钱在赚到后约 {} 周到账。期末已到账 {}，还没到账 {}。{payback_zh}",
            with_unit(c.settlement_days, crate::model::Unit::Days, lang),
            num(lag),
            yuan(sm.cash),
            yuan(sm.pending)
        ),
        format!(
            "Settlement takes {}: money arrives about {} weeks after it is earned. By the end {} has been paid and {} is still pending.{payback_en}",
            with_unit(c.settlement_days, crate::model::Unit::Days, lang),
            num(lag),
            yuan(sm.cash),
            yuan(sm.pending)
        ),
    );
    out
}
