//! The field table: every input of the model listed once, with its key, labels, unit, valid
//! bounds and panel group, and its default, uncertainty range and source — per channel for the
//! channel fields (MODEL.md §3, SOURCES.md: S sourced, D derived, E estimate). The model's
//! defaults (`Person::default`, `ChannelParams::defaults`), validation, clamping, the Monte Carlo
//! ranges and the page's hints all read this table, so a field is added in one place.
//!
//! Ranges are roughly symmetric around the default and inside SOURCES.md's ranges (which span
//! different people and platforms), so the default stays near the Monte Carlo median: a skewed
//! range such as click 1–3–15% would put "your numbers" at P10 (MODEL.md §6).

use crate::lang::Label;

/// Unit of a field, for display.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unit {
    People,
    /// A fraction, shown as %.
    Fraction,
    Yuan,
    YuanPerHour,
    YuanPerWeek,
    YuanPerMonth,
    Weeks,
    Days,
    Minutes,
    Hours,
    HoursPerWeek,
    PerWeek,
    PerMonth,
    Count,
    Multiplier,
}

/// How well a default is founded (SOURCES.md: S / D / E).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SourceStatus {
    /// S: a quoted figure.
    Sourced,
    /// D: derived from sourced figures.
    Derived,
    /// E: an estimate.
    Estimate,
}

/// Where a default comes from, and the note that says so.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Source {
    pub status: SourceStatus,
    pub note: Label,
}

/// Topic group for the 高级假设 panel.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Group {
    Audience,
    Funnel,
    Money,
    Attribution,
    Donation,
    Maturity,
    Network,
    Costs,
    Time,
    Simulation,
    /// 试过再算: the person's own trial results and goal (optional; not in 高级假设).
    Trial,
}

/// What a field is, whatever the channel.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct FieldDef {
    /// snake_case key: the struct field's name, and the key in links and files.
    pub key: &'static str,
    pub label: Label,
    pub unit: Unit,
    /// Smallest valid value.
    pub min: f64,
    /// Largest valid value.
    pub max: f64,
    /// Must be a whole number.
    pub integer: bool,
    pub group: Group,
}

/// A field's default for one channel (or for the person), its uncertainty range around the
/// default (`None`: certain) and its source.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Spec {
    pub default: f64,
    pub range: Option<(f64, f64)>,
    pub source: Source,
    /// Whether the channel uses the field (MODEL.md §3.2: "–" cells are not applicable).
    pub applies: bool,
}

/// A field of the person, ε or the draws: one spec.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct FieldRow {
    pub field: FieldDef,
    pub spec: Spec,
}

/// A field of the channels: one spec per channel, in `ChannelId::ALL` order.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct ChannelFieldRow {
    pub field: FieldDef,
    pub channels: [Spec; 6],
}

const fn l(zh: &'static str, en: &'static str) -> Label {
    Label { zh, en }
}
const fn s(zh: &'static str, en: &'static str) -> Source {
    Source {
        status: SourceStatus::Sourced,
        note: l(zh, en),
    }
}
const fn d(zh: &'static str, en: &'static str) -> Source {
    Source {
        status: SourceStatus::Derived,
        note: l(zh, en),
    }
}
const fn e(zh: &'static str, en: &'static str) -> Source {
    Source {
        status: SourceStatus::Estimate,
        note: l(zh, en),
    }
}
const fn spec(default: f64, range: Option<(f64, f64)>, source: Source) -> Spec {
    Spec {
        default,
        range,
        source,
        applies: true,
    }
}

/// Not applicable to this channel.
const NA: Spec = Spec {
    default: 0.0,
    range: None,
    source: e("该渠道不适用", "not applicable to this channel"),
    applies: false,
};
/// Applicable, but none by default on this channel.
const NONE: Source = e("该渠道默认无此项", "none by default on this channel");

use Group::*;
use Unit::*;

/// The person's fields (MODEL.md §3.1), in `PersonField::ALL` order. Validation bounds are
/// MODEL.md's where it gives one; rates otherwise span 0–100%. Reach, click and mute rates are
/// uncertain; the rest are the person's own facts.
pub static PERSON: [FieldRow; 9] = [
    FieldRow {
        field: FieldDef { key: "followers", label: l("可触达人数（好友+群成员）", "Reachable people (friends + group members)"), unit: People, min: 0.0, max: 10000000.0, integer: true, group: Audience },
        spec: spec(800.0, None, s("文章：“只有几百、几千个好友”；单个微信号约1万好友上限", "article: \"only a few hundred or thousand friends\"; ~10,000 friends per WeChat account")),
    },
    FieldRow {
        field: FieldDef { key: "posts_per_week", label: l("每周转发次数", "Posts per week"), unit: PerWeek, min: 0.0, max: 70.0, integer: false, group: Audience },
        spec: spec(5.0, None, e("估计", "estimate")),
    },
    FieldRow {
        field: FieldDef { key: "minutes_per_post", label: l("每次转发耗时", "Minutes per post"), unit: Minutes, min: 0.0, max: 600.0, integer: false, group: Time },
        spec: spec(10.0, None, e("估计", "estimate")),
    },
    FieldRow {
        field: FieldDef { key: "reach_rate", label: l("每条触达率", "Reach per post"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Funnel },
        spec: spec(0.25, Some((0.1, 0.4)), e("估计：75%用户用朋友圈，63.9%只展示三天", "estimate: 75% use Moments, 63.9% show only 3 days")),
    },
    FieldRow {
        field: FieldDef { key: "click_rate", label: l("点击率", "Click rate"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Funnel },
        spec: spec(0.03, Some((0.01, 0.05)), e("估计：群链接点击率3%（各人1–15%，此处取±2个百分点）", "estimate: group link CTR 3% (1–15% across people; ±2 points here)")),
    },
    FieldRow {
        field: FieldDef { key: "mute_rate", label: l("每次曝光的屏蔽率", "Mutes per impression"), unit: Fraction, min: 0.0, max: 0.02, integer: false, group: Audience },
        spec: spec(0.001, Some((0.0, 0.002)), e("估计：刷屏会被屏蔽", "estimate: over-posting gets you muted")),
    },
    FieldRow {
        field: FieldDef { key: "hourly_value", label: l("你的时间值多少", "Your hourly value"), unit: YuanPerHour, min: 0.0, max: 10000.0, integer: false, group: Time },
        spec: spec(25.0, None, e("你的机会成本：值不值的门槛", "your opportunity cost: the bar for worth it")),
    },
    FieldRow {
        field: FieldDef { key: "horizon_weeks", label: l("测算周期", "Horizon"), unit: Weeks, min: 1.0, max: 156.0, integer: true, group: Simulation },
        spec: spec(52.0, None, e("测算设置", "calculation setting")),
    },
    FieldRow {
        field: FieldDef { key: "entry_delay_weeks", label: l("推迟入局", "Entry delay"), unit: Weeks, min: 0.0, max: 104.0, integer: true, group: Maturity },
        spec: spec(0.0, None, s("文章结论：“慢半拍不要紧”", "article's conclusion: \"being half a beat late is fine\"")),
    },
];

/// The channels' fields (MODEL.md §3.2, §4.5, §4.6), in `ChannelField::ALL` order.
pub static CHANNEL: [ChannelFieldRow; 34] = [
    ChannelFieldRow {
        field: FieldDef { key: "price", label: l("商品价格", "Item list price"), unit: Yuan, min: 0.0, max: 100000.0, integer: false, group: Money },
        channels: [
            spec(49.0, Some((15.0, 80.0)), s("文章§1 例：49元商品；淘客客单价15–80元", "article §1 example: ¥49 item; affiliate AOV ¥15–80")), // taoke
            spec(99.0, Some((60.0, 140.0)), e("估计：品牌特卖/精选货客单价", "estimate: flash-sale / curated goods AOV")), // social
            spec(69.0, Some((39.0, 99.0)), s("快团团帮卖示例：¥39~169", "Kuaituantuan reseller example: ¥39–169")), // ktt
            spec(200.0, Some((150.0, 250.0)), s("2022微信公开课：视频号客单价>200元", "WeChat Open Class 2022: Channels AOV > ¥200")), // wxshop
            spec(99.0, Some((60.0, 140.0)), e("估计：品牌特卖/精选货客单价", "estimate: flash-sale / curated goods AOV")), // private_live
            spec(200.0, Some((150.0, 250.0)), s("2022微信公开课：视频号客单价>200元", "WeChat Open Class 2022: Channels AOV > ¥200")), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "coupon", label: l("定向优惠券", "Targeted coupon"), unit: Yuan, min: 0.0, max: 100000.0, integer: false, group: Money },
        channels: [
            spec(10.0, Some((5.0, 15.0)), s("文章§1 例：10元优惠券", "article §1 example: ¥10 coupon")), // taoke
            spec(20.0, Some((10.0, 30.0)), e("估计：品牌尾货特卖折扣（文章§2）", "estimate: brand clearance discount (article §2)")), // social
            spec(0.0, None, NONE), // ktt
            spec(0.0, None, s("文章§4：没有中心化搜索，商家不给中小推客定向破价", "article §4: no central search, so no targeted discount for small affiliates")), // wxshop
            spec(15.0, Some((5.0, 25.0)), e("估计：限时特卖福利（文章§4）", "estimate: flash-sale perks (article §4)")), // private_live
            spec(0.0, None, NONE), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "commission_rate", label: l("佣金率（占实付）", "Commission (share of paid price)"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Money },
        channels: [
            spec(0.128, Some((0.05, 0.2)), d("文章§1：实付39元得5元佣金≈12.8%；淘客佣金1–30%（知乎存档）", "article §1: ¥5 on ¥39 paid ≈ 12.8%; affiliate commission 1–30% (Zhihu archive)")), // taoke
            spec(0.1, Some((0.05, 0.15)), e("估计", "estimate")), // social
            spec(0.18, Some((0.11, 0.25)), s("快团团帮卖示例：佣金¥7.8~29.8（约18%）", "Kuaituantuan example: ¥7.8–29.8 commission (~18%)")), // ktt
            spec(0.05, Some((0.02, 0.08)), s("微信小店文档：推客佣金是机构服务费的分成（约5%为估计）", "WeChat Shop docs: affiliate pay is a share of the agency fee (~5% estimated)")), // wxshop
            spec(0.15, Some((0.1, 0.2)), e("估计", "estimate")), // private_live
            spec(0.2, Some((0.1, 0.3)), e("估计：文章§4“商家给的推客佣金也不低”", "estimate: article §4 \"merchants pay good commission\"")), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "rebate_share", label: l("返给买家的佣金比例", "Commission rebated to the buyer"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Money },
        channels: [spec(0.0, None, e("默认不返利；文章§1的到手34元情形设为100%", "no rebate by default; set 100% for article §1's ¥34 case")); 6],
    },
    ChannelFieldRow {
        field: FieldDef { key: "platform_fee", label: l("平台技术服务费（占佣金）", "Platform fee (share of commission)"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Money },
        channels: [
            spec(0.1, None, s("淘宝联盟技术服务费10%（掘金订单 alimama_rate 10.00）", "Alimama service fee 10% (juejin order, alimama_rate 10.00)")), // taoke
            spec(0.0, None, NONE), // social
            spec(0.0, None, NONE), // ktt
            spec(0.0, None, NONE), // wxshop
            spec(0.0, None, NONE), // private_live
            spec(0.0, None, NONE), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "base_conversion", label: l("无优惠下单率（每次点击）", "Orders per click without discount"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Funnel },
        channels: [
            spec(0.02, Some((0.01, 0.03)), e("估计", "estimate")), // taoke
            spec(0.02, Some((0.01, 0.03)), e("估计", "estimate")), // social
            spec(0.03, Some((0.015, 0.045)), e("估计：自己的私域、信任更高", "estimate: own audience, more trust")), // ktt
            spec(0.01, Some((0.002, 0.018)), d("文章§4：1000个流量→10人成交（1%）；直播观看→下单0.2–2%", "article §4: 1,000 visits → 10 orders (1%); live viewer→buyer 0.2–2%")), // wxshop
            spec(0.03, Some((0.015, 0.045)), e("估计：自己的私域、信任更高", "estimate: own audience, more trust")), // private_live
            spec(0.005, Some((0.002, 0.008)), d("GPM约900元/客单价200元≈0.5%", "GPM ~¥900 / ¥200 AOV ≈ 0.5%")), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "repeat_per_month", label: l("老买家每月复购", "Repeat orders per buyer per month"), unit: PerMonth, min: 0.0, max: 30.0, integer: false, group: Attribution },
        channels: [
            spec(0.3, Some((0.15, 0.45)), e("估计（视频号复购率>60%为累计值）", "estimate (Channels' >60% repeat rate is cumulative)")), // taoke
            spec(0.3, Some((0.15, 0.45)), e("估计（视频号复购率>60%为累计值）", "estimate (Channels' >60% repeat rate is cumulative)")), // social
            spec(0.2, Some((0.1, 0.3)), e("估计（视频号复购率>60%为累计值）", "estimate (Channels' >60% repeat rate is cumulative)")), // ktt
            spec(0.2, Some((0.1, 0.3)), e("估计（视频号复购率>60%为累计值）", "estimate (Channels' >60% repeat rate is cumulative)")), // wxshop
            spec(0.3, Some((0.15, 0.45)), e("估计（视频号复购率>60%为累计值）", "estimate (Channels' >60% repeat rate is cumulative)")), // private_live
            spec(0.2, Some((0.1, 0.3)), e("估计（视频号复购率>60%为累计值）", "estimate (Channels' >60% repeat rate is cumulative)")), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "attribution_days", label: l("复购归属期（≥3650天=永久锁定）", "Attribution window (days; 3,650 = forever)"), unit: Days, min: 0.0, max: 3650.0, integer: false, group: Attribution },
        channels: [
            spec(15.0, Some((7.0, 15.0)), e("估计：同店7–15天", "estimate: same shop 7–15 days")), // taoke
            spec(3650.0, None, s("邀请码永久绑定（分销绑定规则）", "invite-code binding is permanent")), // social
            spec(3650.0, None, e("买家是你自己的私域/粉丝", "buyers are your own audience")), // ktt
            spec(30.0, None, s("亿邦：推客归因30天、全店、最后点击", "Ebrun: affiliate attribution 30 days, whole shop, last click")), // wxshop
            spec(3650.0, None, s("文章§4：长期绑定分佣", "article §4: long-term bound commission")), // private_live
            spec(3650.0, None, e("买家是你自己的私域/粉丝", "buyers are your own audience")), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "follow_away_rate", label: l("访客关注达人的比例", "Visitors who follow the streamer"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Donation },
        channels: [
            NA, // taoke
            NA, // social
            NA, // ktt
            spec(0.03, Some((0.01, 0.05)), e("估计：直播间关注率1–8%；文章§4“这些流量后续就会关注那个达人”", "estimate: live-room follow rate 1–8%; article §4 \"the traffic will follow that streamer\"")), // wxshop
            NA, // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "buyer_follow_rate", label: l("买家关注达人的比例", "Buyers who follow the streamer"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Donation },
        channels: [
            NA, // taoke
            NA, // social
            NA, // ktt
            spec(0.3, Some((0.15, 0.45)), e("估计；文章§4“这10个人以后都去达人直播间购买”", "estimate; article §4 \"these 10 will buy in the streamer's room\"")), // wxshop
            NA, // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "bypass_share", label: l("关注后绕过你购买的比例", "Donated followers who bypass you"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Donation },
        channels: [
            NA, // taoke
            NA, // social
            NA, // ktt
            spec(0.8, Some((0.65, 0.95)), e("估计；文章§4“和你都没有一毛钱的关系”", "estimate; article §4 \"nothing to do with you any more\"")), // wxshop
            NA, // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "donated_orders_per_month", label: l("送出的粉丝每月在达人处下单", "Orders per donated follower per month at the streamer"), unit: PerMonth, min: 0.0, max: 30.0, integer: false, group: Donation },
        channels: [
            NA, // taoke
            NA, // social
            NA, // ktt
            spec(0.2, Some((0.1, 0.3)), e("估计", "estimate")), // wxshop
            NA, // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "settlement_days", label: l("结算账期", "Settlement delay"), unit: Days, min: 0.0, max: 365.0, integer: false, group: Money },
        channels: [
            spec(35.0, Some((20.0, 50.0)), s("淘客次月20日结算（知乎存档、CSDN）", "paid on the 20th of the next month (Zhihu archive, CSDN)")), // taoke
            spec(15.0, Some((7.0, 23.0)), e("估计：平台常见账期", "estimate: usual platform settlement")), // social
            spec(0.0, None, s("文章§3：“资金立马到账”", "article §3: \"money arrives at once\"")), // ktt
            spec(15.0, Some((7.0, 23.0)), e("估计：平台常见账期", "estimate: usual platform settlement")), // wxshop
            spec(15.0, Some((7.0, 23.0)), e("估计：平台常见账期", "estimate: usual platform settlement")), // private_live
            spec(15.0, Some((7.0, 23.0)), e("估计：平台常见账期", "estimate: usual platform settlement")), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "trend_per_month", label: l("下单率每月变化", "Conversion trend per month"), unit: Fraction, min: -0.5, max: 0.5, integer: false, group: Funnel },
        channels: [
            spec(0.0, None, NONE), // taoke
            spec(0.0, None, NONE), // social
            spec(-0.03, Some((-0.06, 0.0)), e("文章§3：2024年起“逐渐凋落”（幅度为估计）", "article §3: \"declining since 2024\" (rate estimated)")), // ktt
            spec(0.0, None, e("见平台成熟（§4.5）", "see platform maturity (§4.5)")), // wxshop
            spec(0.0, None, NONE), // private_live
            spec(0.0, None, NONE), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "problem_share", label: l("问题货品订单比例", "Orders with bad goods"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Money },
        channels: [
            spec(0.0, None, NONE), // taoke
            spec(0.0, None, NONE), // social
            spec(0.05, Some((0.01, 0.1)), e("文章§3：假货、A货（比例为估计）", "article §3: fakes and replicas (share estimated)")), // ktt
            spec(0.0, None, NONE), // wxshop
            spec(0.0, None, NONE), // private_live
            spec(0.0, None, NONE), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "problem_mute_rate", label: l("看到问题货后屏蔽你的比例", "Viewers of a bad item who mute you"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Audience },
        channels: [
            spec(0.001, None, e("估计：看到一件问题货的人里约千分之一会屏蔽你（本渠道默认没有问题货）", "estimate: about one in a thousand people shown a bad item mute you (no bad goods by default on this channel)")), // taoke
            spec(0.001, None, e("估计：看到一件问题货的人里约千分之一会屏蔽你（本渠道默认没有问题货）", "estimate: about one in a thousand people shown a bad item mute you (no bad goods by default on this channel)")), // social
            spec(0.001, Some((0.0005, 0.0015)), e("估计：看到一件问题货的人里约千分之一会屏蔽你（约等于买下它的人：点击率×下单率≈0.09%）", "estimate: about one in a thousand people shown a bad item mute you (about those who buy it: click rate × conversion ≈ 0.09%)")), // ktt
            spec(0.001, None, e("估计：看到一件问题货的人里约千分之一会屏蔽你（本渠道默认没有问题货）", "estimate: about one in a thousand people shown a bad item mute you (no bad goods by default on this channel)")), // wxshop
            spec(0.001, None, e("估计：看到一件问题货的人里约千分之一会屏蔽你（本渠道默认没有问题货）", "estimate: about one in a thousand people shown a bad item mute you (no bad goods by default on this channel)")), // private_live
            spec(0.001, None, e("估计：看到一件问题货的人里约千分之一会屏蔽你（本渠道默认没有问题货）", "estimate: about one in a thousand people shown a bad item mute you (no bad goods by default on this channel)")), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "fixed_cost_per_week", label: l("每周固定成本", "Fixed cost per week"), unit: YuanPerWeek, min: 0.0, max: 1000000.0, integer: false, group: Costs },
        channels: [
            spec(0.0, None, NONE), // taoke
            spec(0.0, None, NONE), // social
            spec(0.0, None, NONE), // ktt
            spec(0.0, None, NONE), // wxshop
            spec(50.0, Some((20.0, 80.0)), e("文章§4：抽奖和福利（金额为估计）", "article §4: lotteries and perks (amount estimated)")), // private_live
            spec(0.0, None, NONE), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "entry_cost", label: l("入门费", "Entry fee"), unit: Yuan, min: 0.0, max: 1000000.0, integer: false, group: Costs },
        channels: [
            spec(0.0, None, NONE), // taoke
            spec(0.0, None, s("0；会员制平台入门费398元（云集，kr-asia）", "0; ¥398 on membership platforms (Yunji, KrASIA)")), // social
            spec(0.0, None, NONE), // ktt
            spec(0.0, None, NONE), // wxshop
            spec(0.0, None, NONE), // private_live
            spec(0.0, None, NONE), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "extra_hours_per_week", label: l("每周额外投入时间", "Extra hours per week"), unit: HoursPerWeek, min: 0.0, max: 168.0, integer: false, group: Time },
        channels: [
            spec(0.0, None, NONE), // taoke
            spec(1.0, Some((0.5, 1.5)), e("估计：选品、群管理", "estimate: picking goods, running groups")), // social
            spec(1.0, Some((0.5, 1.5)), e("估计：选品、群管理", "estimate: picking goods, running groups")), // ktt
            spec(0.0, None, NONE), // wxshop
            spec(4.0, Some((2.0, 6.0)), e("估计：开播和备货", "estimate: going live and preparing")), // private_live
            spec(10.0, Some((5.0, 15.0)), e("估计：文章§4“做账号做内容”", "estimate: article §4 \"build an account, make content\"")), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "audience_growth_per_week", label: l("每周新增粉丝", "New followers per week"), unit: PerWeek, min: 0.0, max: 1000000.0, integer: false, group: Audience },
        channels: [
            spec(0.0, None, NONE), // taoke
            spec(0.0, None, NONE), // social
            spec(0.0, None, NONE), // ktt
            spec(0.0, None, NONE), // wxshop
            spec(0.0, None, NONE), // private_live
            spec(20.0, Some((5.0, 35.0)), e("估计：文章§4“积累一些粉丝”", "estimate: article §4 \"accumulate some followers\"")), // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "maturity_weeks", label: l("平台成熟所需时间", "Weeks until the platform matures"), unit: Weeks, min: 0.0, max: 520.0, integer: false, group: Maturity },
        channels: [
            NA, // taoke
            NA, // social
            NA, // ktt
            spec(52.0, Some((26.0, 78.0)), e("估计：文章§4“现在时机还不成熟”", "estimate: article §4 \"the timing is not ripe yet\"")), // wxshop
            NA, // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "mature_coupon_share", label: l("成熟后定向优惠（占价格）", "Targeted coupon at maturity (share of price)"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Maturity },
        channels: [
            NA, // taoke
            NA, // social
            NA, // ktt
            spec(0.2, Some((0.1, 0.3)), d("估计，参照文章§1淘客定向优惠（10/49≈20%）", "estimate after article §1's affiliate coupon (10/49 ≈ 20%)")), // wxshop
            NA, // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "levels", label: l("分销层级", "Distribution levels"), unit: Count, min: 0.0, max: 4.0, integer: true, group: Network },
        channels: [
            NA, // taoke
            spec(2.0, None, s("两级分销 A→B→C（微信规则）", "two tiers A→B→C (WeChat rule)")), // social
            NA, // ktt
            NA, // wxshop
            spec(1.0, None, e("文章§4：推客长期绑定一级分佣", "article §4: affiliates bound one level")), // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "override_rate_1", label: l("一级下线业绩提成", "Override on level-1 GMV"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Network },
        channels: [
            NA, // taoke
            spec(0.08, Some((0.05, 0.1)), s("分销比例一级5–10%（xuezhui/cuddly-funicular rate.php）", "L1 split 5–10% (xuezhui/cuddly-funicular rate.php)")), // social
            NA, // ktt
            NA, // wxshop
            spec(0.05, Some((0.03, 0.07)), e("估计", "estimate")), // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "override_rate_2", label: l("二级下线业绩提成", "Override on level-2 GMV"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Network },
        channels: [
            NA, // taoke
            spec(0.03, Some((0.02, 0.04)), s("分销比例二级2–5%（0573cn.cn）", "L2 split 2–5% (0573cn.cn)")), // social
            NA, // ktt
            NA, // wxshop
            spec(0.0, None, NONE), // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "override_rate_3", label: l("三级下线业绩提成", "Override on level-3 GMV"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Network },
        channels: [
            NA, // taoke
            spec(0.0, None, NONE), // social
            NA, // ktt
            NA, // wxshop
            spec(0.0, None, NONE), // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "override_rate_4", label: l("四级下线业绩提成", "Override on level-4 GMV"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Network },
        channels: [
            NA, // taoke
            spec(0.0, None, NONE), // social
            NA, // ktt
            NA, // wxshop
            spec(0.0, None, NONE), // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "recruit_share_per_month", label: l("每月加入你团队的受众比例", "Audience joining your team per month"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Network },
        channels: [
            NA, // taoke
            spec(0.0015, Some((0.0005, 0.0025)), e("估计；文章§2“每个团长都会去拉人注册”", "estimate; article §2 \"every leader recruits\"")), // social
            NA, // ktt
            NA, // wxshop
            spec(0.0025, Some((0.001, 0.004)), e("估计", "estimate")), // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "downline_recruits_per_month", label: l("每位成员每月发展下线", "Recruits per member per month"), unit: PerMonth, min: 0.0, max: 30.0, integer: false, group: Network },
        channels: [
            NA, // taoke
            spec(0.2, Some((0.05, 0.35)), e("估计", "estimate")), // social
            NA, // ktt
            NA, // wxshop
            spec(0.0, None, NONE), // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "seller_share", label: l("真正能卖货的成员比例", "Members who really sell"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Network },
        channels: [
            NA, // taoke
            spec(0.1, Some((0.05, 0.15)), s("文章§2：“真正能卖动货的人占比10%都不到”", "article §2: \"under 10% can really sell\"")), // social
            NA, // ktt
            NA, // wxshop
            spec(0.3, Some((0.15, 0.45)), e("估计", "estimate")), // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "self_purchase_per_month", label: l("每人每月自购", "Self-purchase per member per month"), unit: YuanPerMonth, min: 0.0, max: 1000000.0, integer: false, group: Network },
        channels: [
            NA, // taoke
            spec(200.0, Some((100.0, 300.0)), e("文章§2：90%靠自购（金额为估计）", "article §2: 90% only self-purchase (amount estimated)")), // social
            NA, // ktt
            NA, // wxshop
            spec(0.0, None, NONE), // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "member_followers", label: l("每位成员的受众", "Audience per member"), unit: People, min: 0.0, max: 10000000.0, integer: false, group: Network },
        channels: [
            NA, // taoke
            spec(300.0, Some((150.0, 450.0)), e("估计", "estimate")), // social
            NA, // ktt
            NA, // wxshop
            spec(500.0, Some((250.0, 750.0)), e("估计", "estimate")), // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "member_churn_per_month", label: l("成员每月流失率", "Member churn per month"), unit: Fraction, min: 0.0, max: 1.0, integer: false, group: Network },
        channels: [
            NA, // taoke
            spec(0.05, Some((0.02, 0.08)), e("估计", "estimate")), // social
            NA, // ktt
            NA, // wxshop
            spec(0.05, Some((0.02, 0.08)), e("估计", "estimate")), // private_live
            NA, // creator
        ],
    },
    ChannelFieldRow {
        field: FieldDef { key: "member_hours_per_week", label: l("每位成员占用你的时间", "Your hours per member per week"), unit: HoursPerWeek, min: 0.0, max: 10.0, integer: false, group: Time },
        channels: [
            NA, // taoke
            spec(0.05, Some((0.02, 0.08)), e("估计：培训、答疑、群管理", "estimate: training, answering, group admin")), // social
            NA, // ktt
            NA, // wxshop
            spec(0.05, Some((0.02, 0.08)), e("估计：培训、答疑、群管理", "estimate: training, answering, group admin")), // private_live
            NA, // creator
        ],
    },
];

/// ε, the shared discount elasticity (MODEL.md §4.2).
pub static ELASTICITY: FieldRow = FieldRow {
    field: FieldDef {
        key: "elasticity",
        label: l("优惠弹性 ε", "Discount elasticity ε"),
        unit: Multiplier,
        min: 0.0,
        max: 50.0,
        integer: false,
        group: Funnel,
    },
    spec: spec(
        5.0,
        Some((2.0, 8.0)),
        e(
            "估计：省得越多越好卖（文章§1“香不香”）",
            "estimate: the bigger the saving, the easier the sale (article §1)",
        ),
    ),
};

/// Monte Carlo draws (MODEL.md §6: 100–20,000).
pub static DRAWS: FieldRow = FieldRow {
    field: FieldDef {
        key: "draws",
        label: l("模拟次数", "Monte Carlo draws"),
        unit: Count,
        min: 100.0,
        max: 20000.0,
        integer: true,
        group: Simulation,
    },
    spec: spec(1000.0, None, e("测算设置", "calculation setting")),
};

/// The person's own data: a trial's results, read from the affiliate backend.
const OWN: Spec = spec(
    0.0,
    None,
    s(
        "你自己的数据（推客后台）",
        "your own data (the affiliate backend)",
    ),
);

/// 试过再算 (MODEL.md §6, extended): what the person saw in the weeks they already tried, in
/// `TrialField::ALL` order. All optional (empty: not given); weeks is needed for the rest to
/// count. Trials longer than a year are not what this is for.
pub static TRIAL: [FieldRow; 5] = [
    FieldRow {
        field: FieldDef {
            key: "trial.weeks",
            label: l("试了几周", "Weeks tried"),
            unit: Weeks,
            min: 1.0,
            max: 104.0,
            integer: true,
            group: Trial,
        },
        spec: OWN,
    },
    FieldRow {
        field: FieldDef {
            key: "trial.posts",
            label: l("一共转发了几次", "Posts made in all"),
            unit: Count,
            min: 0.0,
            max: 5000.0,
            integer: true,
            group: Trial,
        },
        spec: OWN,
    },
    FieldRow {
        field: FieldDef {
            key: "trial.clicks",
            label: l("访问或点击（可不填）", "Visits or clicks (optional)"),
            unit: Count,
            min: 0.0,
            max: 10000000.0,
            integer: true,
            group: Trial,
        },
        spec: OWN,
    },
    FieldRow {
        field: FieldDef {
            key: "trial.orders",
            label: l("成交单数", "Orders"),
            unit: Count,
            min: 0.0,
            max: 1000000.0,
            integer: true,
            group: Trial,
        },
        spec: OWN,
    },
    FieldRow {
        field: FieldDef {
            key: "trial.commission",
            label: l("收到的佣金（可不填）", "Commission received (optional)"),
            unit: Yuan,
            min: 0.0,
            max: 10000000.0,
            integer: false,
            group: Trial,
        },
        spec: OWN,
    },
];

/// 要达到多少: a monthly net to aim for (optional; empty: aim for your hourly value).
pub static GOAL: FieldRow = FieldRow {
    field: FieldDef {
        key: "goal_monthly",
        label: l("目标月入（可不填）", "Monthly net to aim for (optional)"),
        unit: YuanPerMonth,
        min: 0.0,
        max: 10000000.0,
        integer: false,
        group: Trial,
    },
    spec: spec(0.0, None, e("你的目标", "your goal")),
};
