//! The sentences drawn on the charts (their fixed words are `Key`s).

use super::num::{money, people, per_hour, visits, weeks};
use super::Lang;
use crate::model::Summary;

/// The donation ratio on the headline chart and wherever it is quoted: "每赚 1 元，送出 ¥2.28".
pub fn donation_ratio(x: f64, lang: Lang) -> String {
    let m = money(x, lang);
    match lang {
        Lang::Zh => format!("每赚 1 元，送出 {m}"),
        Lang::En => format!("for every ¥1 earned, {m} given away"),
    }
}

/// The people given away, at the end of the headline's lower panel: "1,473 次访问 · 51 人关注了达人".
pub fn donated_people(visit_count: f64, followers: f64, lang: Lang) -> String {
    let (v, f) = (visits(visit_count, lang), people(followers, lang));
    match lang {
        Lang::Zh => format!("{v}访问 · {f}关注了达人"),
        Lang::En if f == "1 person" => format!("{v} · 1 person now follows the streamer"),
        Lang::En => format!("{v} · {f} now follow the streamer"),
    }
}

/// What the headline chart says, for its text alternative (`aria-label`): the net at the
/// horizon, the commission-equivalent of what the donated traffic sells for the streamer, their
/// ratio, the visits and the friends given away — the figures of the summary cards, from the
/// same summary and formatters. `gives`: whether the channel donates anything (else the chart
/// says it does not, and so does this).
pub fn headline_alt(s: &Summary, horizon_weeks: usize, gives: bool, lang: Lang) -> String {
    let (w, net) = (weeks(horizon_weeks as f64, lang), money(s.totals.net, lang));
    if !gives {
        return match lang {
            Lang::Zh => format!("{w}累计净收益 {net}；这个渠道不把访问和粉丝送给达人。"),
            Lang::En => {
                format!("Net over {w}: {net}; this channel gives no visits or friends away.")
            }
        };
    }
    let given = money(s.totals.donated_commission, lang);
    // The ratio only when something was earned to divide by (the chart labels it then too).
    let ratio =
        (s.totals.commission > 0.0).then(|| donation_ratio(s.totals.donation_ratio(), lang));
    let (v, f) = (
        visits(s.totals.visits_donated, lang),
        people(s.totals.followers_donated, lang),
    );
    match lang {
        Lang::Zh => {
            let ratio = ratio.map(|r| format!("（{r}）")).unwrap_or_default();
            format!("{w}累计净收益 {net}；你送出的流量为达人带来的成交折合佣金 {given}{ratio}；送出 {v}访问，{f}关注了达人。")
        }
        Lang::En => {
            let ratio = ratio.map(|r| format!(" ({r})")).unwrap_or_default();
            let follow = if f == "1 person" { "follows" } else { "follow" };
            format!("Net over {w}: {net}; the sales your donated traffic makes for the streamer are worth {given} of commission{ratio}; {v} given away, {f} now {follow} the streamer.")
        }
    }
}

/// The entry chart's line of entering as set, with its pay per hour.
pub fn enter_now(per_hour_now: f64, lang: Lang) -> String {
    let p = per_hour(per_hour_now, lang);
    match lang {
        Lang::Zh => format!("按计划入局 · {p}"),
        Lang::En => format!("enter as planned · {p}"),
    }
}

/// The entry chart's line of entering `weeks` later, with its pay per hour.
pub fn enter_later(weeks: u32, per_hour_later: f64, lang: Lang) -> String {
    let p = per_hour(per_hour_later, lang);
    match lang {
        Lang::Zh => format!("晚 {weeks} 周入局 · {p}"),
        Lang::En => format!("enter {weeks} weeks later · {p}"),
    }
}

/// The totals at the horizon, said with their basis: "期末合计：晚入局少 ¥98（少做 26 周）".
pub fn later_total(diff: f64, weeks: u32, lang: Lang) -> String {
    let m = money(diff.abs(), lang);
    match (lang, diff < 0.0) {
        (Lang::Zh, true) => format!("期末合计：晚入局少 {m}（少做 {weeks} 周）"),
        (Lang::Zh, false) => format!("期末合计：晚入局多 {m}（少做 {weeks} 周）"),
        (Lang::En, true) => {
            format!("total at the horizon: {m} less entering later ({weeks} fewer weeks)")
        }
        (Lang::En, false) => {
            format!("total at the horizon: {m} more entering later ({weeks} fewer weeks)")
        }
    }
}

/// The tornado's base line: "基准：测算期净收益 ¥228".
pub fn tornado_base(base: f64, lang: Lang) -> String {
    let m = money(base, lang);
    match lang {
        Lang::Zh => format!("基准：测算期净收益 {m}"),
        Lang::En => format!("base: net over the horizon {m}"),
    }
}
