//! Uncertainty ranges and sources (S / D / E) of every default, from SOURCES.md and the article.

use super::channel::ChannelId;
use super::field::{ChannelField, PersonField};
use super::meta::{Source, SourceStatus};

const fn s(zh: &'static str, en: &'static str) -> Source {
    Source {
        status: SourceStatus::Sourced,
        zh,
        en,
    }
}
const fn d(zh: &'static str, en: &'static str) -> Source {
    Source {
        status: SourceStatus::Derived,
        zh,
        en,
    }
}
const fn e(zh: &'static str, en: &'static str) -> Source {
    Source {
        status: SourceStatus::Estimate,
        zh,
        en,
    }
}

const NA: Source = e("该渠道不适用", "not applicable to this channel");
const NONE: Source = e(
    "该渠道默认无此项（估计）",
    "none by default on this channel (estimate)",
);

/// A field's uncertainty range around its default (None = certain) and its source.
pub(crate) type Spec = (Option<(f64, f64)>, Source);

/// Person fields (§3.1). Reach, click and mute rates are uncertain; the rest are the person's
/// own facts. MODEL.md's 0–2% for mute_rate is used as its valid bound.
///
/// Ranges here and below are roughly symmetric around the default and inside SOURCES.md's
/// ranges (which span different people and platforms), so the default stays near the Monte
/// Carlo median: a skewed range such as click 1–3–15% would put "your numbers" at P10.
#[rustfmt::skip]
pub(crate) fn person_spec(f: PersonField) -> Spec {
    use PersonField as P;
    match f {
        P::Followers => (None, s("文章：“只有几百、几千个好友”；单个微信号约1万好友上限", "article: \"only a few hundred or thousand friends\"; ~10,000 friends per WeChat account")),
        P::PostsPerWeek => (None, e("估计", "estimate")),
        P::MinutesPerPost => (None, e("估计", "estimate")),
        P::ReachRate => (Some((0.10, 0.40)), e("估计：75%用户用朋友圈，63.9%只展示三天", "estimate: 75% use Moments, 63.9% show only 3 days")),
        P::ClickRate => (Some((0.01, 0.05)), e("估计：群链接点击率3%（各人1–15%，此处取±2个百分点）", "estimate: group link CTR 3% (1–15% across people; ±2 points here)")),
        P::MuteRate => (Some((0.0, 0.002)), e("估计：刷屏会被屏蔽", "estimate: over-posting gets you muted")),
        P::HourlyValue => (None, e("你的机会成本：值不值的门槛", "your opportunity cost: the bar for worth it")),
        P::HorizonWeeks => (None, e("测算设置", "calculation setting")),
        P::EntryDelayWeeks => (None, s("文章结论：“慢半拍不要紧”", "article's conclusion: \"being half a beat late is fine\"")),
    }
}

/// ε (§4.2).
pub(crate) const ELASTICITY: Spec = (
    Some((2.0, 8.0)),
    e(
        "估计：省得越多越好卖（文章§1“香不香”）",
        "estimate: the bigger the saving, the easier the sale (article §1)",
    ),
);

/// Monte Carlo draws.
pub(crate) const DRAWS: Spec = (None, e("测算设置", "calculation setting"));

/// Channel fields (§3.2, §4.5, §4.6), per channel.
#[rustfmt::skip]
pub(crate) fn channel_spec(ch: ChannelId, f: ChannelField) -> Spec {
    use ChannelField as F;
    use ChannelId as C;
    if !f.applicable(ch) {
        return (None, NA);
    }
    let rep = e("估计（视频号复购率>60%为累计值）", "estimate (Channels' >60% repeat rate is cumulative)");
    let settle = e("估计：平台常见账期", "estimate: usual platform settlement");
    match (f, ch) {
        (F::Price, C::Taoke) => (Some((15.0, 80.0)), s("文章§1 例：49元商品；淘客客单价15–80元", "article §1 example: ¥49 item; affiliate AOV ¥15–80")),
        (F::Price, C::Ktt) => (Some((39.0, 99.0)), s("快团团帮卖示例：¥39~169", "Kuaituantuan resale example: ¥39–169")),
        (F::Price, C::Wxshop | C::Creator) => (Some((150.0, 250.0)), s("2022微信公开课：视频号客单价>200元", "WeChat Open Class 2022: Channels AOV > ¥200")),
        (F::Price, _) => (Some((60.0, 140.0)), e("估计：品牌特卖/精选货客单价", "estimate: flash-sale / curated goods AOV")),
        (F::Coupon, C::Taoke) => (Some((5.0, 15.0)), s("文章§1 例：10元优惠券", "article §1 example: ¥10 coupon")),
        (F::Coupon, C::Social) => (Some((10.0, 30.0)), e("估计：品牌尾货特卖折扣（文章§2）", "estimate: brand clearance discount (article §2)")),
        (F::Coupon, C::PrivateLive) => (Some((5.0, 25.0)), e("估计：限时特卖福利（文章§4）", "estimate: flash-sale perks (article §4)")),
        (F::Coupon, C::Wxshop) => (None, s("文章§4：没有中心化搜索，商家不给中小推客定向破价", "article §4: no central search, so no targeted discount for small promoters")),
        (F::Coupon, _) => (None, NONE),
        (F::CommissionRate, C::Taoke) => (Some((0.05, 0.20)), d("文章§1：实付39元得5元佣金≈12.8%；淘客佣金1–30%（知乎存档）", "article §1: ¥5 on ¥39 paid ≈ 12.8%; affiliate commission 1–30% (Zhihu archive)")),
        (F::CommissionRate, C::Ktt) => (Some((0.11, 0.25)), s("快团团帮卖示例：佣金¥7.8~29.8（约18%）", "Kuaituantuan example: ¥7.8–29.8 commission (~18%)")),
        (F::CommissionRate, C::Wxshop) => (Some((0.02, 0.08)), s("微信小店文档：推客佣金是机构服务费的分成（约5%为估计）", "WeChat Store docs: promoter pay is a share of the agency fee (~5% estimated)")),
        (F::CommissionRate, C::Social) => (Some((0.05, 0.15)), e("估计", "estimate")),
        (F::CommissionRate, C::PrivateLive) => (Some((0.10, 0.20)), e("估计", "estimate")),
        (F::CommissionRate, C::Creator) => (Some((0.10, 0.30)), e("估计：文章§4“商家给的推客佣金也不低”", "estimate: article §4 \"merchants pay good commission\"")),
        (F::RebateShare, _) => (None, e("默认不返利；文章§1的到手34元情形设为100%", "no rebate by default; set 100% for article §1's ¥34 case")),
        (F::PlatformFee, C::Taoke) => (None, s("淘宝联盟技术服务费10%（掘金订单 alimama_rate 10.00）", "Alimama service fee 10% (juejin order, alimama_rate 10.00)")),
        (F::PlatformFee, _) => (None, NONE),
        (F::BaseConversion, C::Wxshop) => (Some((0.002, 0.018)), d("文章§4：1000个流量→10人成交（1%）；直播观看→下单0.2–2%", "article §4: 1,000 visits → 10 orders (1%); live viewer→buyer 0.2–2%")),
        (F::BaseConversion, C::Creator) => (Some((0.002, 0.008)), d("GPM约900元/客单价200元≈0.5%", "GPM ~¥900 / ¥200 AOV ≈ 0.5%")),
        (F::BaseConversion, C::Taoke | C::Social) => (Some((0.01, 0.03)), e("估计", "estimate")),
        (F::BaseConversion, _) => (Some((0.015, 0.045)), e("估计：自己的私域、信任更高", "estimate: own audience, more trust")),
        (F::RepeatPerMonth, C::Taoke | C::Social | C::PrivateLive) => (Some((0.15, 0.45)), rep),
        (F::RepeatPerMonth, _) => (Some((0.1, 0.3)), rep),
        (F::AttributionDays, C::Taoke) => (Some((7.0, 15.0)), e("估计：同店7–15天", "estimate: same shop 7–15 days")),
        (F::AttributionDays, C::Wxshop) => (None, s("亿邦：推客归因30天、全店、最后点击", "Ebrun: promoter attribution 30 days, whole shop, last click")),
        (F::AttributionDays, C::Social) => (None, s("邀请码永久绑定（分销绑定规则）", "invite-code binding is permanent")),
        (F::AttributionDays, C::PrivateLive) => (None, s("文章§4：长期绑定分佣", "article §4: long-term bound commission")),
        (F::AttributionDays, _) => (None, e("买家是你自己的私域/粉丝", "buyers are your own audience")),
        (F::FollowAwayRate, _) => (Some((0.01, 0.05)), e("估计：直播间关注率1–8%；文章§4“这些流量后续就会关注那个达人”", "estimate: live-room follow rate 1–8%; article §4 \"the traffic will follow that streamer\"")),
        (F::BuyerFollowRate, _) => (Some((0.15, 0.45)), e("估计；文章§4“这10个人以后都去达人直播间购买”", "estimate; article §4 \"these 10 will buy in the streamer's room\"")),
        (F::BypassShare, _) => (Some((0.65, 0.95)), e("估计；文章§4“和你都没有一毛钱的关系”", "estimate; article §4 \"nothing to do with you any more\"")),
        (F::DonatedOrdersPerMonth, _) => (Some((0.10, 0.30)), e("估计", "estimate")),
        (F::SettlementDays, C::Taoke) => (Some((20.0, 50.0)), s("淘客次月20日结算（知乎存档、CSDN）", "paid on the 20th of the next month (Zhihu archive, CSDN)")),
        (F::SettlementDays, C::Ktt) => (None, s("文章§3：“资金立马到账”", "article §3: \"money arrives at once\"")),
        (F::SettlementDays, _) => (Some((7.0, 23.0)), settle),
        (F::TrendPerMonth, C::Ktt) => (Some((-0.06, 0.0)), e("文章§3：2024年起“逐渐凋落”（幅度为估计）", "article §3: \"declining since 2024\" (rate estimated)")),
        (F::TrendPerMonth, C::Wxshop) => (None, e("见平台成熟（§4.5）", "see platform maturity (§4.5)")),
        (F::TrendPerMonth, _) => (None, NONE),
        (F::ProblemShare, C::Ktt) => (Some((0.01, 0.10)), e("文章§3：假货、A货（比例为估计）", "article §3: fakes and replicas (share estimated)")),
        (F::ProblemShare, _) => (None, NONE),
        (F::ProblemMuteRate, C::Ktt) => (Some((0.0005, 0.0015)), e("估计：看到一件问题货的人里约千分之一会屏蔽你（约等于买下它的人：点击率×下单率≈0.09%）", "estimate: about one in a thousand people shown a bad item mute you (about those who buy it: click rate × conversion ≈ 0.09%)")),
        (F::ProblemMuteRate, _) => (None, e("估计：看到一件问题货的人里约千分之一会屏蔽你（本渠道默认没有问题货）", "estimate: about one in a thousand people shown a bad item mute you (no bad goods by default on this channel)")),
        (F::FixedCostPerWeek, C::PrivateLive) => (Some((20.0, 80.0)), e("文章§4：抽奖和福利（金额为估计）", "article §4: lotteries and perks (amount estimated)")),
        (F::FixedCostPerWeek, _) => (None, NONE),
        (F::EntryCost, C::Social) => (None, s("0；会员制平台入门费398元（云集，kr-asia）", "0; ¥398 on membership platforms (Yunji, KrASIA)")),
        (F::EntryCost, _) => (None, NONE),
        (F::ExtraHoursPerWeek, C::Social | C::Ktt) => (Some((0.5, 1.5)), e("估计：选品、群管理", "estimate: picking goods, running groups")),
        (F::ExtraHoursPerWeek, C::PrivateLive) => (Some((2.0, 6.0)), e("估计：开播和备货", "estimate: going live and preparing")),
        (F::ExtraHoursPerWeek, C::Creator) => (Some((5.0, 15.0)), e("估计：文章§4“做账号做内容”", "estimate: article §4 \"build an account, make content\"")),
        (F::ExtraHoursPerWeek, _) => (None, NONE),
        (F::AudienceGrowthPerWeek, C::Creator) => (Some((5.0, 35.0)), e("估计：文章§4“积累一些粉丝”", "estimate: article §4 \"accumulate some followers\"")),
        (F::AudienceGrowthPerWeek, _) => (None, NONE),
        (F::MaturityWeeks, _) => (Some((26.0, 78.0)), e("估计：文章§4“现在时机还不成熟”", "estimate: article §4 \"the timing is not ripe yet\"")),
        (F::MatureCouponShare, _) => (Some((0.10, 0.30)), d("估计，参照文章§1淘客定向优惠（10/49≈20%）", "estimate after article §1's affiliate coupon (10/49 ≈ 20%)")),
        (F::Levels, C::Social) => (None, s("两级分销 A→B→C（微信规则）", "two tiers A→B→C (WeChat rule)")),
        (F::Levels, _) => (None, e("文章§4：推客长期绑定一级分佣", "article §4: promoters bound one level")),
        (F::OverrideRate1, C::Social) => (Some((0.05, 0.10)), s("分销比例一级5–10%（xuezhui/cuddly-funicular rate.php）", "L1 split 5–10% (xuezhui/cuddly-funicular rate.php)")),
        (F::OverrideRate1, _) => (Some((0.03, 0.07)), e("估计", "estimate")),
        (F::OverrideRate2, C::Social) => (Some((0.02, 0.04)), s("分销比例二级2–5%（0573cn.cn）", "L2 split 2–5% (0573cn.cn)")),
        (F::OverrideRate2 | F::OverrideRate3 | F::OverrideRate4, _) => (None, NONE),
        (F::RecruitSharePerMonth, C::Social) => (Some((0.0005, 0.0025)), e("估计；文章§2“每个团长都会去拉人注册”", "estimate; article §2 \"every leader recruits\"")),
        (F::RecruitSharePerMonth, _) => (Some((0.001, 0.004)), e("估计", "estimate")),
        (F::DownlineRecruitsPerMonth, C::Social) => (Some((0.05, 0.35)), e("估计", "estimate")),
        (F::DownlineRecruitsPerMonth, _) => (None, NONE),
        (F::SellerShare, C::Social) => (Some((0.05, 0.15)), s("文章§2：“真正能卖动货的人占比10%都不到”", "article §2: \"under 10% can really sell\"")),
        (F::SellerShare, _) => (Some((0.15, 0.45)), e("估计", "estimate")),
        (F::SelfPurchasePerMonth, C::Social) => (Some((100.0, 300.0)), e("文章§2：90%靠自购（金额为估计）", "article §2: 90% only self-purchase (amount estimated)")),
        (F::SelfPurchasePerMonth, _) => (None, NONE),
        (F::MemberFollowers, C::Social) => (Some((150.0, 450.0)), e("估计", "estimate")),
        (F::MemberFollowers, _) => (Some((250.0, 750.0)), e("估计", "estimate")),
        (F::MemberChurnPerMonth, _) => (Some((0.02, 0.08)), e("估计", "estimate")),
        (F::MemberHoursPerWeek, _) => (Some((0.02, 0.08)), e("估计：培训、答疑、群管理", "estimate: training, answering, group admin")),
    }
}
