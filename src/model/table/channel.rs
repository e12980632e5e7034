//! The channels' fields (MODEL.md §3.2, §4.5, §4.6): one parameter set, used by every channel,
//! each field declared once with its default, range and source per channel. A column is named
//! by its channel; `..Channels::all(x)` gives the channels not named the same cell. Fields a
//! channel does not use are 0 and not applicable (`NA`). Rates are fractions.

use super::spec::{d, def, e, fields, fixed, s, spec, Source, Spec, ESTIMATE, NA, NONE};
use super::spec::{Group::*, Unit::*};
use crate::model::channel::Channels;

// Cells several channels share.
#[rustfmt::skip]
const SETTLEMENT: Spec = spec(15.0, (7.0, 23.0), e("估计：平台常见账期", "estimate: usual platform settlement"));
/// Channels (视频号) goods: the Open Class's average order value.
#[rustfmt::skip]
const CHANNELS_AOV: Spec =
    spec(200.0, (150.0, 250.0), s("2022微信公开课：视频号客单价>200元", "WeChat Open Class 2022: Channels AOV > ¥200"));
/// Flash-sale and curated goods.
#[rustfmt::skip]
const CURATED_AOV: Spec =
    spec(99.0, (60.0, 140.0), e("估计：品牌特卖/精选货客单价", "estimate: flash-sale / curated goods AOV"));
#[rustfmt::skip]
const OWN_AUDIENCE: Source = e("估计：自己的私域、信任更高", "estimate: own audience, more trust");
/// Buyers who are your own audience are yours for good.
#[rustfmt::skip]
const YOURS: Spec = fixed(3650.0, e("买家是你自己的私域/粉丝", "buyers are your own audience"));
#[rustfmt::skip]
const REPEAT: Source = e("估计（视频号复购率>60%为累计值）", "estimate (Channels' >60% repeat rate is cumulative)");
#[rustfmt::skip]
const PICKING: Spec = spec(1.0, (0.5, 1.5), e("估计：选品、群管理", "estimate: picking goods, running groups"));
#[rustfmt::skip]
const MEMBER_TIME: Source = e("估计：培训、答疑、群管理", "estimate: training, answering, group admin");
/// A channel without bad goods by default.
const NO_BAD_GOODS: Spec = fixed(0.001, e(
    "估计：看到一件问题货的人里约千分之一会屏蔽你（本渠道默认没有问题货）",
    "estimate: about one in a thousand people shown a bad item mute you (no bad goods by default on this channel)",
));

fields! {
    /// One parameter set, used by every channel (MODEL.md §3.2, §4.5, §4.6). Fields a channel
    /// does not use are 0 and marked not applicable in the field table. Rates are fractions.
    pub struct ChannelParams { .. f64 = 0.0 }
    /// A field of a channel's parameter set, one per [`ChannelParams`] field.
    pub enum ChannelField;
    /// The channels' fields, in `ChannelField::ALL` order.
    pub static CHANNEL: [Row<Channels<Spec>>], keys "";

    /// List price of a typical item, yuan.
    Price price: def("商品价格", "Item list price", Yuan, Money, 0.0, 100000.0) => Channels {
        taoke: spec(49.0, (15.0, 80.0), s(
            "文章§1 例：49元商品；淘客客单价15–80元",
            "article §1 example: ¥49 item; affiliate AOV ¥15–80",
        )),
        social: CURATED_AOV,
        ktt: spec(69.0, (39.0, 99.0), s("快团团帮卖示例：¥39~169", "Kuaituantuan reseller example: ¥39–169")),
        wxshop: CHANNELS_AOV,
        private_live: CURATED_AOV,
        creator: CHANNELS_AOV,
    };
    /// Targeted discount the buyer gets only through your link, yuan (≤ price). Article §1:
    /// the ¥10 coupon that makes 淘宝客 "香"; §4: none yet on 微信小店.
    Coupon coupon: def("定向优惠券", "Targeted coupon", Yuan, Money, 0.0, 100000.0) => Channels {
        taoke: spec(10.0, (5.0, 15.0), s("文章§1 例：10元优惠券", "article §1 example: ¥10 coupon")),
        social: spec(20.0, (10.0, 30.0), e(
            "估计：品牌尾货特卖折扣（文章§2）",
            "estimate: brand clearance discount (article §2)",
        )),
        wxshop: fixed(0.0, s(
            "文章§4：没有中心化搜索，商家不给中小推客定向破价",
            "article §4: no central search, so no targeted discount for small affiliates",
        )),
        private_live: spec(15.0, (5.0, 25.0), e(
            "估计：限时特卖福利（文章§4）",
            "estimate: flash-sale perks (article §4)",
        )),
        ..Channels::all(NONE)
    };
    /// Commission as a share of the paid price, fraction.
    CommissionRate commission_rate:
        def("佣金率（占实付）", "Commission (share of paid price)", Fraction, Money, 0.0, 1.0) => Channels {
        taoke: spec(0.128, (0.05, 0.2), d(
            "文章§1：实付39元得5元佣金≈12.8%；淘客佣金1–30%（知乎存档）",
            "article §1: ¥5 on ¥39 paid ≈ 12.8%; affiliate commission 1–30% (Zhihu archive)",
        )),
        social: spec(0.1, (0.05, 0.15), ESTIMATE),
        ktt: spec(0.18, (0.11, 0.25), s(
            "快团团帮卖示例：佣金¥7.8~29.8（约18%）",
            "Kuaituantuan example: ¥7.8–29.8 commission (~18%)",
        )),
        wxshop: spec(0.05, (0.02, 0.08), s(
            "微信小店文档：推客佣金是机构服务费的分成（约5%为估计）",
            "WeChat Shop docs: affiliate pay is a share of the agency fee (~5% estimated)",
        )),
        private_live: spec(0.15, (0.1, 0.2), ESTIMATE),
        creator: spec(0.2, (0.1, 0.3), e(
            "估计：文章§4“商家给的推客佣金也不低”",
            "estimate: article §4 \"merchants pay good commission\"",
        )),
    };
    /// Share of your commission returned to the buyer (返利), fraction. Article §1: ¥5 返利.
    RebateShare rebate_share:
        def("返给买家的佣金比例", "Commission rebated to the buyer", Fraction, Money, 0.0, 1.0) =>
        Channels::all(fixed(0.0, e(
            "默认不返利；文章§1的到手34元情形设为100%",
            "no rebate by default; set 100% for article §1's ¥34 case",
        )));
    /// Platform's cut of the commission (技术服务费), fraction. SOURCES.md: 淘宝联盟 10%.
    PlatformFee platform_fee:
        def("平台技术服务费（占佣金）", "Platform fee (share of commission)", Fraction, Money, 0.0, 1.0) =>
        Channels {
            taoke: fixed(0.1, s(
                "淘宝联盟技术服务费10%（掘金订单 alimama_rate 10.00）",
                "Alimama service fee 10% (juejin order, alimama_rate 10.00)",
            )),
            ..Channels::all(NONE)
        };
    /// Orders per click with no discount, fraction. Article §4: 1,000 visits → 10 orders.
    BaseConversion base_conversion:
        def("无优惠下单率（每次点击）", "Orders per click without discount", Fraction, Funnel, 0.0, 1.0) =>
        Channels {
            taoke: spec(0.02, (0.01, 0.03), ESTIMATE),
            social: spec(0.02, (0.01, 0.03), ESTIMATE),
            ktt: spec(0.03, (0.015, 0.045), OWN_AUDIENCE),
            wxshop: spec(0.01, (0.002, 0.018), d(
                "文章§4：1000个流量→10人成交（1%）；直播观看→下单0.2–2%",
                "article §4: 1,000 visits → 10 orders (1%); live viewer→buyer 0.2–2%",
            )),
            private_live: spec(0.03, (0.015, 0.045), OWN_AUDIENCE),
            creator: spec(0.005, (0.002, 0.008), d("GPM约900元/客单价200元≈0.5%", "GPM ~¥900 / ¥200 AOV ≈ 0.5%")),
        };
    /// Repeat orders per past buyer per month, orders/month.
    RepeatPerMonth repeat_per_month:
        def("老买家每月复购", "Repeat orders per buyer per month", PerMonth, Attribution, 0.0, 30.0) =>
        Channels {
            ktt: spec(0.2, (0.1, 0.3), REPEAT),
            wxshop: spec(0.2, (0.1, 0.3), REPEAT),
            creator: spec(0.2, (0.1, 0.3), REPEAT),
            ..Channels::all(spec(0.3, (0.15, 0.45), REPEAT))
        };
    /// Days after a purchase during which repeats are credited to you, days (≥ 3650 = forever).
    /// Article §4: "除非…后续的成交一直锁定给我…如果只锁定一段时间其实意义也不大".
    AttributionDays attribution_days: def(
        "复购归属期（≥3650天=永久锁定）",
        "Attribution window (days; 3,650 = forever)",
        Days, Attribution, 0.0, 3650.0,
    ) => Channels {
        taoke: spec(15.0, (7.0, 15.0), e("估计：同店7–15天", "estimate: same shop 7–15 days")),
        social: fixed(3650.0, s("邀请码永久绑定（分销绑定规则）", "invite-code binding is permanent")),
        ktt: YOURS,
        wxshop: fixed(30.0, s(
            "亿邦：推客归因30天、全店、最后点击",
            "Ebrun: affiliate attribution 30 days, whole shop, last click",
        )),
        private_live: fixed(3650.0, s("文章§4：长期绑定分佣", "article §4: long-term bound commission")),
        creator: YOURS,
    };
    /// Share of visitors who start following the 达人, fraction. Article §4: "说不定还有一部分
    /// 也去关注了达人直播间".
    FollowAwayRate follow_away_rate:
        def("访客关注达人的比例", "Visitors who follow the streamer", Fraction, Donation, 0.0, 1.0) =>
        Channels {
            wxshop: spec(0.03, (0.01, 0.05), e(
                "估计：直播间关注率1–8%；文章§4“这些流量后续就会关注那个达人”",
                "estimate: live-room follow rate 1–8%; article §4 \"the traffic will follow that streamer\"",
            )),
            ..Channels::all(NA)
        };
    /// Share of buyers who start following the 达人, fraction. Article §4: "这10个人以后都去
    /// 达人直播间购买了".
    BuyerFollowRate buyer_follow_rate:
        def("买家关注达人的比例", "Buyers who follow the streamer", Fraction, Donation, 0.0, 1.0) =>
        Channels {
            wxshop: spec(0.3, (0.15, 0.45), e(
                "估计；文章§4“这10个人以后都去达人直播间购买”",
                "estimate; article §4 \"these 10 will buy in the streamer's room\"",
            )),
            ..Channels::all(NA)
        };
    /// Share of donated followers who no longer need your link, fraction. Article §4: "和你都
    /// 没有一毛钱的关系".
    BypassShare bypass_share:
        def("关注后绕过你购买的比例", "Donated followers who bypass you", Fraction, Donation, 0.0, 1.0) =>
        Channels {
            wxshop: spec(0.8, (0.65, 0.95), e(
                "估计；文章§4“和你都没有一毛钱的关系”",
                "estimate; article §4 \"nothing to do with you any more\"",
            )),
            ..Channels::all(NA)
        };
    /// Orders per donated follower per month at the 达人 (without you), orders/month.
    DonatedOrdersPerMonth donated_orders_per_month: def(
        "送出的粉丝每月在达人处下单",
        "Orders per donated follower per month at the streamer",
        PerMonth, Donation, 0.0, 30.0,
    ) => Channels { wxshop: spec(0.2, (0.1, 0.3), ESTIMATE), ..Channels::all(NA) };
    /// Settlement delay (账期), days. Article §3: 快团团 "资金立马到账"; 淘客 pays on the 20th.
    SettlementDays settlement_days: def("结算账期", "Settlement delay", Days, Money, 0.0, 365.0) => Channels {
        taoke: spec(35.0, (20.0, 50.0), s(
            "淘客次月20日结算（知乎存档、CSDN）",
            "paid on the 20th of the next month (Zhihu archive, CSDN)",
        )),
        ktt: fixed(0.0, s("文章§3：“资金立马到账”", "article §3: \"money arrives at once\"")),
        ..Channels::all(SETTLEMENT)
    };
    /// Monthly drift of conversion, fraction/month (−0.03 = −3% a month). Article §3: 快团团
    /// "从2024年开始…逐渐凋落".
    TrendPerMonth trend_per_month:
        def("下单率每月变化", "Conversion trend per month", Fraction, Funnel, -0.5, 0.5) => Channels {
        ktt: spec(-0.03, (-0.06, 0.0), e(
            "文章§3：2024年起“逐渐凋落”（幅度为估计）",
            "article §3: \"declining since 2024\" (rate estimated)",
        )),
        wxshop: fixed(0.0, e("见平台成熟（§4.5）", "see platform maturity (§4.5)")),
        ..Channels::all(NONE)
    };
    /// Share of orders with bad goods (refunded, no commission; the buyer mutes you), fraction.
    /// Article §3: "假货、A货" on an unregulated platform.
    ProblemShare problem_share:
        def("问题货品订单比例", "Orders with bad goods", Fraction, Money, 0.0, 1.0) => Channels {
        ktt: spec(0.05, (0.01, 0.1), e(
            "文章§3：假货、A货（比例为估计）",
            "article §3: fakes and replicas (share estimated)",
        )),
        ..Channels::all(NONE)
    };
    /// Share of the people shown a problem good who mute you, fraction per impression of
    /// problem goods (MODEL.md §4.1: muting comes from exposure, not from orders).
    ProblemMuteRate problem_mute_rate: def(
        "看到问题货后屏蔽你的比例",
        "Viewers of a bad item who mute you",
        Fraction, Audience, 0.0, 1.0,
    ) => Channels {
        ktt: spec(0.001, (0.0005, 0.0015), e(
            "估计：看到一件问题货的人里约千分之一会屏蔽你（约等于买下它的人：点击率×下单率≈0.09%）",
            "estimate: about one in a thousand people shown a bad item mute you (about those who buy it: click rate × conversion ≈ 0.09%)",
        )),
        ..Channels::all(NO_BAD_GOODS)
    };
    /// Fixed costs, yuan/week. Article §4: a private live room's "抽奖和福利".
    FixedCostPerWeek fixed_cost_per_week:
        def("每周固定成本", "Fixed cost per week", YuanPerWeek, Costs, 0.0, 1000000.0) => Channels {
        private_live: spec(50.0, (20.0, 80.0), e(
            "文章§4：抽奖和福利（金额为估计）",
            "article §4: lotteries and perks (amount estimated)",
        )),
        ..Channels::all(NONE)
    };
    /// One-off entry fee paid in the first active week, yuan.
    EntryCost entry_cost: def("入门费", "Entry fee", Yuan, Costs, 0.0, 1000000.0) => Channels {
        social: fixed(0.0, s(
            "0；会员制平台入门费398元（云集，kr-asia）",
            "0; ¥398 on membership platforms (Yunji, KrASIA)",
        )),
        ..Channels::all(NONE)
    };
    /// Hours per week beyond posting (live, editing, group work), hours/week.
    ExtraHoursPerWeek extra_hours_per_week:
        def("每周额外投入时间", "Extra hours per week", HoursPerWeek, Time, 0.0, 168.0) => Channels {
        social: PICKING,
        ktt: PICKING,
        private_live: spec(4.0, (2.0, 6.0), e("估计：开播和备货", "estimate: going live and preparing")),
        creator: spec(10.0, (5.0, 15.0), e(
            "估计：文章§4“做账号做内容”",
            "estimate: article §4 \"build an account, make content\"",
        )),
        ..Channels::all(NONE)
    };
    /// New followers per week the channel brings, people/week.
    AudienceGrowthPerWeek audience_growth_per_week:
        def("每周新增粉丝", "New followers per week", PerWeek, Audience, 0.0, 1000000.0) => Channels {
        creator: spec(20.0, (5.0, 35.0), e(
            "估计：文章§4“积累一些粉丝”",
            "estimate: article §4 \"accumulate some followers\"",
        )),
        ..Channels::all(NONE)
    };
    /// Weeks until the platform has search-driven 反哺 and mature coupons, weeks. Article §4:
    /// "现在时机还不成熟…等平台生态逐步完善成熟了…再切入问题不大".
    MaturityWeeks maturity_weeks:
        def("平台成熟所需时间", "Weeks until the platform matures", Weeks, Maturity, 0.0, 520.0) =>
        Channels {
            wxshop: spec(52.0, (26.0, 78.0), e(
                "估计：文章§4“现在时机还不成熟”",
                "estimate: article §4 \"the timing is not ripe yet\"",
            )),
            ..Channels::all(NA)
        };
    /// Targeted coupon at maturity as a share of price, fraction. Article §1's 淘客 coupon is
    /// 10/49 ≈ 20%.
    MatureCouponShare mature_coupon_share: def(
        "成熟后定向优惠（占价格）",
        "Targeted coupon at maturity (share of price)",
        Fraction, Maturity, 0.0, 1.0,
    ) => Channels {
        wxshop: spec(0.2, (0.1, 0.3), d(
            "估计，参照文章§1淘客定向优惠（10/49≈20%）",
            "estimate after article §1's affiliate coupon (10/49 ≈ 20%)",
        )),
        ..Channels::all(NA)
    };
    /// Distribution levels paid overrides (integer 0–4; ≥ 3 is flagged). Article §2: "多级分销".
    Levels levels: def("分销层级", "Distribution levels", Count, Network, 0.0, 4.0).whole() => Channels {
        social: fixed(2.0, s("两级分销 A→B→C（微信规则）", "two tiers A→B→C (WeChat rule)")),
        private_live: fixed(1.0, e("文章§4：推客长期绑定一级分佣", "article §4: affiliates bound one level")),
        ..Channels::all(NA)
    };
    /// Override as a share of level-1 downline GMV, fraction.
    OverrideRate1 override_rate_1:
        def("一级下线业绩提成", "Override on level-1 GMV", Fraction, Network, 0.0, 1.0) => Channels {
        social: spec(0.08, (0.05, 0.1), s(
            "分销比例一级5–10%（xuezhui/cuddly-funicular rate.php）",
            "L1 split 5–10% (xuezhui/cuddly-funicular rate.php)",
        )),
        private_live: spec(0.05, (0.03, 0.07), ESTIMATE),
        ..Channels::all(NA)
    };
    /// Override as a share of level-2 downline GMV, fraction.
    OverrideRate2 override_rate_2:
        def("二级下线业绩提成", "Override on level-2 GMV", Fraction, Network, 0.0, 1.0) => Channels {
        social: spec(0.03, (0.02, 0.04), s("分销比例二级2–5%（0573cn.cn）", "L2 split 2–5% (0573cn.cn)")),
        private_live: NONE,
        ..Channels::all(NA)
    };
    /// Override as a share of level-3 downline GMV, fraction.
    OverrideRate3 override_rate_3:
        def("三级下线业绩提成", "Override on level-3 GMV", Fraction, Network, 0.0, 1.0) =>
        Channels { social: NONE, private_live: NONE, ..Channels::all(NA) };
    /// Override as a share of level-4 downline GMV, fraction.
    OverrideRate4 override_rate_4:
        def("四级下线业绩提成", "Override on level-4 GMV", Fraction, Network, 0.0, 1.0) =>
        Channels { social: NONE, private_live: NONE, ..Channels::all(NA) };
    /// Share of your audience joining under you per month, fraction/month.
    RecruitSharePerMonth recruit_share_per_month: def(
        "每月加入你团队的受众比例",
        "Audience joining your team per month",
        Fraction, Network, 0.0, 1.0,
    ) => Channels {
        social: spec(0.0015, (0.0005, 0.0025), e(
            "估计；文章§2“每个团长都会去拉人注册”",
            "estimate; article §2 \"every leader recruits\"",
        )),
        private_live: spec(0.0025, (0.001, 0.004), ESTIMATE),
        ..Channels::all(NA)
    };
    /// Members each member recruits per month, people/month.
    DownlineRecruitsPerMonth downline_recruits_per_month: def(
        "每位成员每月发展下线",
        "Recruits per member per month",
        PerMonth, Network, 0.0, 30.0,
    ) => Channels { social: spec(0.2, (0.05, 0.35), ESTIMATE), private_live: NONE, ..Channels::all(NA) };
    /// Share of members who sell beyond themselves, fraction. Article §2: "占比10%都不到".
    SellerShare seller_share:
        def("真正能卖货的成员比例", "Members who really sell", Fraction, Network, 0.0, 1.0) => Channels {
        social: spec(0.1, (0.05, 0.15), s(
            "文章§2：“真正能卖动货的人占比10%都不到”",
            "article §2: \"under 10% can really sell\"",
        )),
        private_live: spec(0.3, (0.15, 0.45), ESTIMATE),
        ..Channels::all(NA)
    };
    /// Self-purchase per member (and you), yuan/month. Article §2: "90%…自购也可以赚佣金".
    SelfPurchasePerMonth self_purchase_per_month: def(
        "每人每月自购",
        "Self-purchase per member per month",
        YuanPerMonth, Network, 0.0, 1000000.0,
    ) => Channels {
        social: spec(200.0, (100.0, 300.0), e(
            "文章§2：90%靠自购（金额为估计）",
            "article §2: 90% only self-purchase (amount estimated)",
        )),
        private_live: NONE,
        ..Channels::all(NA)
    };
    /// Audience of each member, people.
    MemberFollowers member_followers:
        def("每位成员的受众", "Audience per member", People, Network, 0.0, 10000000.0) => Channels {
        social: spec(300.0, (150.0, 450.0), ESTIMATE),
        private_live: spec(500.0, (250.0, 750.0), ESTIMATE),
        ..Channels::all(NA)
    };
    /// Share of members who quit per month, fraction/month.
    MemberChurnPerMonth member_churn_per_month:
        def("成员每月流失率", "Member churn per month", Fraction, Network, 0.0, 1.0) => Channels {
        social: spec(0.05, (0.02, 0.08), ESTIMATE),
        private_live: spec(0.05, (0.02, 0.08), ESTIMATE),
        ..Channels::all(NA)
    };
    /// Your time per member (training, answering, 群管理), hours/week.
    MemberHoursPerWeek member_hours_per_week:
        def("每位成员占用你的时间", "Your hours per member per week", HoursPerWeek, Time, 0.0, 10.0) =>
        Channels {
            social: spec(0.05, (0.02, 0.08), MEMBER_TIME),
            private_live: spec(0.05, (0.02, 0.08), MEMBER_TIME),
            ..Channels::all(NA)
        };
}

impl ChannelParams {
    /// The overrides on levels 1–4, in order.
    pub fn override_rates(&self) -> [f64; 4] {
        [
            self.override_rate_1,
            self.override_rate_2,
            self.override_rate_3,
            self.override_rate_4,
        ]
    }
}
