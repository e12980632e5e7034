//! 试过再算 and 要达到多少 in words: what the trial changed, how sure that is, and what each
//! lever would have to be.

use super::fields::short_label;
use super::num::{
    count, hours, money, orders, orders_expected, per_hour, visits, weeks, with_unit,
};
use super::verdict::{channel, title};
use super::Lang;
use crate::model::{
    BreakEven, Calibration, Counts, Goal, History, Moved, Status, TrialField, Verdict, ESS_FLOOR,
};

/// Which channel the trial was on, when it is not the one on screen.
pub fn other_channel(cal: &Calibration, lang: Lang) -> String {
    let ch = channel(cal.channel, lang);
    match lang {
        Lang::Zh => format!("这些是你在「{ch}」上试的结果：它们校准的是你自己（点击、触达等）和这个渠道的比率。"),
        Lang::En => format!("These are your results on \"{ch}\": they calibrate your own rates (clicks, reach…) and that channel's."),
    }
}

/// How the calibration came out, in one sentence.
pub fn status(cal: &Calibration, lang: Lang) -> String {
    let draws = count(cal.draws as f64);
    let ess = count(cal.ess.floor());
    let floor = count(ESS_FLOOR);
    match (cal.status, lang) {
        (Status::NeedsWeeks, Lang::Zh) => "先填你试了几周：其他数字要按周数才能比。".into(),
        (Status::NeedsWeeks, Lang::En) => "Enter how many weeks you tried first: the rest only compares over a number of weeks.".into(),
        (Status::Calibrated, Lang::Zh) => format!("已按你的结果校准：{draws} 次模拟里，相当于 {ess} 次与你的数字相符（有效样本）。"),
        (Status::Calibrated, Lang::En) => format!("Calibrated with your results: of {draws} draws, the equivalent of {ess} match your numbers (effective sample size)."),
        (Status::TooFew, Lang::Zh) => format!("数据太少或太特别：{draws} 次模拟里只有相当于 {ess} 次接近你的数字（至少要 {floor} 次），所以仍按估计算，没有校准。"),
        (Status::TooFew, Lang::En) => format!("Too little or too unusual to go on: of {draws} draws only the equivalent of {ess} come close to your numbers (at least {floor} are needed), so the figures stay uncalibrated."),
        (Status::OutOfReach(f), Lang::Zh) => format!("你的「{}」离所有模拟都太远（模型在假设范围内给不出这样的结果），所以仍按估计算：请核对这个数字，或放宽高级假设的范围。", trial_label(f, lang)),
        (Status::OutOfReach(f), Lang::En) => format!("Your \"{}\" is too far from every draw (the model cannot produce it within its ranges), so the figures stay uncalibrated: check that number, or widen the ranges in the advanced assumptions.", trial_label(f, lang)),
    }
}

fn trial_label(f: TrialField, lang: Lang) -> &'static str {
    let s = lang.label(f.row().def.label);
    s.split(['（', '(']).next().unwrap_or(s).trim()
}

/// What the model expected over the trial's weeks against what the person saw.
pub fn expected(cal: &Calibration, seen: &Counts, given: [bool; 3], lang: Lang) -> String {
    let e = &cal.expected_before;
    let weeks = with_unit(cal.weeks, crate::model::Unit::Weeks, lang);
    let mut parts = Vec::new();
    let [clicks, ords, comm] = given;
    // "expected（你 seen）": what the model expected, then what the person saw.
    let vs = |e: String, seen: String| match lang {
        Lang::Zh => format!("{e}（你 {seen}）"),
        Lang::En => format!("{e} (you: {seen})"),
    };
    if clicks {
        let n = visits(e.clicks, lang);
        let said = match lang {
            Lang::Zh => format!("{n}访问"),
            Lang::En => n,
        };
        parts.push(vs(said, visits(seen.clicks, lang)));
    }
    if ords {
        parts.push(vs(
            orders_expected(e.orders, lang),
            orders(seen.orders, lang),
        ));
    }
    if comm {
        let m = money(e.commission, lang);
        let said = match lang {
            Lang::Zh => format!("佣金 {m}"),
            Lang::En => format!("{m} commission"),
        };
        parts.push(vs(said, money(seen.commission, lang)));
    }
    match lang {
        Lang::Zh => format!("按估计，这 {weeks}应有{}。", parts.join("、")),
        Lang::En => format!(
            "By the estimates, your {weeks} of trying should have brought {}.",
            parts.join(", ")
        ),
    }
}

/// "试过之后：¥5.27 → ¥3.10/小时，慢半拍 → 不建议".
pub fn before_after(before: &Verdict, after: &Verdict, lang: Lang) -> String {
    let (a, b) = (
        per_hour(before.net_per_hour, lang),
        per_hour(after.net_per_hour, lang),
    );
    let (ka, kb) = (title(before.kind, lang), title(after.kind, lang));
    match lang {
        Lang::Zh if ka == kb => format!("试过之后：{a} → {b}，仍是{kb}"),
        Lang::Zh => format!("试过之后：{a} → {b}，{ka} → {kb}"),
        Lang::En if ka == kb => format!("After your trial: {a} → {b}, still {kb}"),
        Lang::En => format!("After your trial: {a} → {b}, {ka} → {kb}"),
    }
}

/// One moved assumption: "点击率：你填的是 3%，按你的试用校准为 1.95%（估计范围 1% – 5%）".
pub fn moved(m: &Moved, lang: Lang) -> String {
    let u = m.field.meta().unit;
    let v = |x: f64| with_unit(x, u, lang);
    let label = short_label(m.field, lang);
    let (own, now, lo, hi) = (v(m.mode), v(m.value), v(m.low), v(m.high));
    match lang {
        Lang::Zh => format!("{label}：你填的是 {own}，按你的试用校准为 {now}（估计范围 {lo} – {hi}）"),
        Lang::En => format!(
            "{label}: you entered {own}, calibrated by your trial to {now} (estimated range {lo} – {hi})"
        ),
    }
}

/// How much the trial narrowed net per hour's P10–P90.
pub fn narrowing(before: (f64, f64), after: (f64, f64), lang: Lang) -> String {
    let r = |(a, b): (f64, f64)| format!("{} – {}", per_hour(a, lang), per_hour(b, lang));
    match lang {
        Lang::Zh => format!("每小时净收入 P10–P90：{} → {}", r(before), r(after)),
        Lang::En => format!("Net per hour, P10–P90: {} → {}", r(before), r(after)),
    }
}

/// The goal, as a heading: "目标：净赚 ¥25/小时（你的时间值）" / "目标：月入 ¥3,000".
pub fn goal(g: Goal, lang: Lang) -> String {
    match (g, lang) {
        (Goal::PerHour(v), Lang::Zh) => {
            format!("目标：净赚 {}（你的时间值）", per_hour(v, lang))
        }
        (Goal::PerHour(v), Lang::En) => {
            format!("Goal: {} net (your hourly value)", per_hour(v, lang))
        }
        (Goal::Monthly(v), Lang::Zh) => format!("目标：月入 {}", money(v, lang)),
        (Goal::Monthly(v), Lang::En) => format!("Goal: {} net a month", money(v, lang)),
    }
}

/// One lever: "可触达人数要 1.2万（你现在 800）", "已达到", or "超出可能范围".
pub fn lever(b: &BreakEven, lang: Lang) -> String {
    let u = b.field.meta().unit;
    let v = |x: f64| with_unit(x, u, lang);
    let label = short_label(b.field, lang);
    let now = super::fields::now_value(b, lang);
    match (b.met_now, b.value, lang) {
        (true, _, Lang::Zh) => format!("{label}：{now}，已达到"),
        (true, _, Lang::En) => format!("{label}: {now}, which already does it"),
        (false, Some(x), Lang::Zh) => format!("{label}要 {}（{now}）", v(x)),
        (false, Some(x), Lang::En) => format!("{label} would have to be {} ({now})", v(x)),
        (false, None, Lang::Zh) => format!("{label}：超出可能范围（改多少都达不到；{now}）"),
        (false, None, Lang::En) => {
            format!("{label}: out of reach (no value gets there; {now})")
        }
    }
}

/// The trial's own weeks, as history beside the forecast (MODEL.md §9): "试了 4 周：收到 ¥18，约
/// 3.3 小时，¥5.4/小时" — what the person entered, else the model's figure, said as one.
pub fn history(h: &History, lang: Lang) -> String {
    let (w, got, hrs, ph) = (
        weeks(h.weeks, lang),
        money(h.received, lang),
        hours(h.hours, lang),
        per_hour(h.per_hour(), lang),
    );
    match (lang, h.own) {
        (Lang::Zh, true) => format!("试了 {w}：收到 {got}，约 {hrs}，{ph}。以下是之后的测算。"),
        (Lang::Zh, false) => format!("试了 {w}：按校准约赚 {got}，约 {hrs}，{ph}。以下是之后的测算。"),
        (Lang::En, true) => format!("Your {w} of trial: {got} received in about {hrs}, {ph}. The figures below are for the weeks after it."),
        (Lang::En, false) => format!("Your {w} of trial: about {got} by the calibration, in about {hrs}, {ph}. The figures below are for the weeks after it."),
    }
}
