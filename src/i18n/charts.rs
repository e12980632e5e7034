//! The sentences drawn on the charts (their fixed words are `Key`s).

use super::num::{money, people, per_hour, visits};
use super::Lang;

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
