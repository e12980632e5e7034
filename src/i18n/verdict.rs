//! The verdict in words: its title, the line under it and its warnings; each reason's sentence
//! is `reasons.rs`'s.

use super::num::{money, people, per_hour, percent};
use super::Lang;
use crate::model::{ChannelId, Flag, Verdict, VerdictKind};

/// 值得入局 / 慢半拍 / 不建议.
pub fn title(k: VerdictKind, lang: Lang) -> &'static str {
    match (k, lang) {
        (VerdictKind::Worth, Lang::Zh) => "值得入局",
        (VerdictKind::Worth, Lang::En) => "Worth entering",
        (VerdictKind::Wait, Lang::Zh) => "慢半拍",
        (VerdictKind::Wait, Lang::En) => "Wait a beat (慢半拍)",
        (VerdictKind::NotAdvised, Lang::Zh) => "不建议",
        (VerdictKind::NotAdvised, Lang::En) => "Not advised",
    }
}

/// A channel's name in `lang`.
pub fn channel(ch: ChannelId, lang: Lang) -> &'static str {
    lang.label(ch.name())
}

/// The channel's name without its bracketed note ("微信小店推客"), where space is short.
pub fn channel_short(ch: ChannelId, lang: Lang) -> &'static str {
    let name = channel(ch, lang);
    name.split(['（', '(']).next().unwrap_or(name).trim()
}

/// The toggle of the reasons not shown at first.
pub fn more_reasons(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("还有 {n} 条理由"),
        Lang::En if n == 1 => "1 more reason".to_string(),
        Lang::En => format!("{n} more reasons"),
    }
}

/// One line under the verdict title: the chosen channel's central pay per hour against the bar.
pub fn summary(v: &Verdict, lang: Lang) -> String {
    let name = channel(v.channel, lang);
    let (n, h, l) = (
        per_hour(v.net_per_hour, lang),
        per_hour(v.hourly_value, lang),
        per_hour(v.later_per_hour, lang),
    );
    let w = crate::model::LATER_WEEKS;
    let best = channel(v.best_channel, lang);
    let other = v.best_channel != v.channel;
    match lang {
        Lang::Zh => {
            let line = match v.kind {
                VerdictKind::Worth => format!("做「{name}」净赚 {n}，不低于你的 {h}。"),
                VerdictKind::Wait => format!(
                    "做「{name}」现在 {n}，低于你的 {h}；晚 {w} 周入局 {l}，达到你的时间值：先关注，晚点再入局（文章§4：“入局可以慢半拍”）。"
                ),
                VerdictKind::NotAdvised if v.later_per_hour > v.net_per_hour => format!(
                    "做「{name}」{n}，达不到你的 {h}；晚 {w} 周入局 {l}，仍低于你的时间值。"
                ),
                VerdictKind::NotAdvised => {
                    format!("做「{name}」{n}，达不到你的 {h}，晚入局也不会更好。")
                }
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
                    "\"{name}\" pays {n} now, short of your {h}; entering {w} weeks later pays {l}, which meets it: watch it and enter later (article §4: \"you can enter half a beat late\")."
                ),
                VerdictKind::NotAdvised if v.later_per_hour > v.net_per_hour => format!(
                    "\"{name}\" nets {n}, short of your {h}; entering {w} weeks later pays {l}, still short of it."
                ),
                VerdictKind::NotAdvised => format!(
                    "\"{name}\" nets {n}, short of your {h}, and entering later is no better."
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

/// The first line of the weekly CSV: what the page says of this scenario, so the file says it
/// too ("推客值不值？ · 微信小店推客（转发达人直播间） · 慢半拍 · ¥5.27/小时").
pub fn csv_title(v: &Verdict, lang: Lang) -> String {
    format!(
        "{} · {} · {} · {}",
        super::t(lang, super::Key::AppName),
        channel(v.channel, lang),
        title(v.kind, lang),
        per_hour(v.net_per_hour, lang)
    )
}

/// A compliance or plausibility warning.
pub fn flag(f: &Flag, lang: Lang) -> String {
    match (*f, lang) {
        (Flag::ThreeLevels { levels }, Lang::Zh) => format!(
            "{levels} 级分销：三级及以上分销微信规则禁止，可能触及《禁止传销条例》。"
        ),
        (Flag::ThreeLevels { levels }, Lang::En) => format!(
            "{levels} distribution levels: three or more levels are banned by WeChat's rules and may fall under China's Regulations on Prohibiting Pyramid Selling (《禁止传销条例》)."
        ),
        (Flag::EntryFeeWithOverrides { entry_cost }, Lang::Zh) => format!(
            "入门费 {} + 按下线业绩计酬：这两条正是《禁止传销条例》第七条列出的传销特征，务必谨慎。",
            money(entry_cost, lang)
        ),
        (Flag::EntryFeeWithOverrides { entry_cost }, Lang::En) => format!(
            "An entry fee of {} plus pay on your downline's sales: both are marks of pyramid selling listed in Art. 7 of China's Regulations on Prohibiting Pyramid Selling — be careful.",
            money(entry_cost, lang)
        ),
        (Flag::ProblemGoods { share }, Lang::Zh) => format!(
            "{} 的订单是问题货（假货、A货）：退款不算佣金，买家会投诉、屏蔽你（文章§3：快团团里“一些不能在公域平台卖的一些假货、A货”）。",
            percent(share)
        ),
        (Flag::ProblemGoods { share }, Lang::En) => format!(
            "{} of orders are bad goods (fakes, replicas): refunds earn no commission, buyers complain and mute you (article §3: \"fakes and replicas that cannot be sold on public platforms\").",
            percent(share)
        ),
        (Flag::OverFriendLimit { followers }, Lang::Zh) => format!(
            "可触达 {} 超过了一个微信号约 1 万好友的上限：这已不是一个人的私域，结果可能偏乐观。",
            people(followers, lang)
        ),
        (Flag::OverFriendLimit { followers }, Lang::En) => format!(
            "{} reachable is more than one WeChat account's limit of about 10,000 friends: that is no longer one person's private audience, so the results may be optimistic.",
            people(followers, lang)
        ),
    }
}
