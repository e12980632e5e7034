//! The person's fields (MODEL.md §3.1), shared by all channels, and the two settings of the
//! whole scenario: ε and the Monte Carlo draws. Validation bounds are MODEL.md's where it gives
//! one; rates otherwise span 0–100%. Reach, click and mute rates are uncertain; the rest are the
//! person's own facts.

use super::spec::{def, e, fields, fixed, s, spec, FieldDef, Row, Spec, ESTIMATE};
use super::spec::{Group::*, Unit::*};

/// A setting of the calculation, not of the person.
const SETTING: Spec = fixed(0.0, e("测算设置", "calculation setting"));

fields! {
    /// The person, shared by all channels (MODEL.md §3.1). Rates are fractions (0.25 = 25%).
    pub struct Person { .. f64 = 0.0 }
    /// A field of the person (MODEL.md §3.1).
    pub enum PersonField;
    /// The person's fields, in `PersonField::ALL` order.
    pub static PERSON: [Row<Spec>], keys "";

    /// People reachable in private (WeChat friends + group members), people. Article: "只有几百、几千个好友".
    Followers followers: def(
        "可触达人数（好友+群成员）",
        "Reachable people (friends + group members)",
        People, Audience, 0.0, 10000000.0,
    ).whole() => fixed(800.0, s(
        "文章：“只有几百、几千个好友”；单个微信号约1万好友上限",
        "article: \"only a few hundred or thousand friends\"; ~10,000 friends per WeChat account",
    ));
    /// Posts (forwards) per week, count/week.
    PostsPerWeek posts_per_week: def("每周转发次数", "Posts per week", PerWeek, Audience, 0.0, 70.0)
        => fixed(5.0, ESTIMATE);
    /// Minutes spent per post, minutes.
    MinutesPerPost minutes_per_post: def("每次转发耗时", "Minutes per post", Minutes, Time, 0.0, 600.0)
        => fixed(10.0, ESTIMATE);
    /// Share of the audience that sees one post, fraction.
    ReachRate reach_rate: def("每条触达率", "Reach per post", Fraction, Funnel, 0.0, 1.0)
        => spec(0.25, (0.1, 0.4), e(
            "估计：75%用户用朋友圈，63.9%只展示三天",
            "estimate: 75% use Moments, 63.9% show only 3 days",
        ));
    /// Share of impressions that click, fraction.
    ClickRate click_rate: def("点击率", "Click rate", Fraction, Funnel, 0.0, 1.0)
        => spec(0.03, (0.01, 0.05), e(
            "估计：群链接点击率3%（各人1–15%，此处取±2个百分点）",
            "estimate: group link CTR 3% (1–15% across people; ±2 points here)",
        ));
    /// Share of impressions that mute/block you, fraction per impression.
    MuteRate mute_rate: def("每次曝光的屏蔽率", "Mutes per impression", Fraction, Audience, 0.0, 0.02)
        => spec(0.001, (0.0, 0.002), e("估计：刷屏会被屏蔽", "estimate: over-posting gets you muted"));
    /// What an hour of your time is worth, yuan/hour: the bar for "worth it".
    HourlyValue hourly_value:
        def("你的时间值多少", "Your hourly value", YuanPerHour, Time, 0.0, 10000.0) => fixed(25.0, e(
            "你的机会成本：值不值的门槛",
            "your opportunity cost: the bar for worth it",
        ));
    /// Horizon of the projection, weeks (integer, 1–156).
    HorizonWeeks horizon_weeks: def("测算周期", "Horizon", Weeks, Simulation, 1.0, 156.0).whole()
        => Spec { default: 52.0, ..SETTING };
    /// Weeks to wait before starting to post, weeks (integer). Article §4 conclusion: "慢半拍不要紧".
    EntryDelayWeeks entry_delay_weeks: def("推迟入局", "Entry delay", Weeks, Maturity, 0.0, 104.0).whole()
        => fixed(0.0, s("文章结论：“慢半拍不要紧”", "article's conclusion: \"being half a beat late is fine\""));
}

/// ε, the shared discount elasticity (MODEL.md §4.2): conversion multiplier per unit of savings
/// share.
pub static ELASTICITY: Row<Spec> = Row {
    def: FieldDef {
        key: "elasticity",
        ..def(
            "优惠弹性 ε",
            "Discount elasticity ε",
            Multiplier,
            Funnel,
            0.0,
            50.0,
        )
    },
    spec: spec(
        5.0,
        (2.0, 8.0),
        e(
            "估计：省得越多越好卖（文章§1“香不香”）",
            "estimate: the bigger the saving, the easier the sale (article §1)",
        ),
    ),
};

/// Monte Carlo draws (MODEL.md §6: 100–20,000).
pub static DRAWS: Row<Spec> = Row {
    def: FieldDef {
        key: "draws",
        ..def(
            "模拟次数",
            "Monte Carlo draws",
            Count,
            Simulation,
            100.0,
            20000.0,
        )
        .whole()
    },
    spec: Spec {
        default: 1000.0,
        ..SETTING
    },
};
