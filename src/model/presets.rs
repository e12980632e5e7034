//! Presets as data: the article's own examples (MODEL.md §8) and personas — each the default
//! scenario on a channel with a few values changed.

use super::calendar::ATTRIBUTION_FOREVER_DAYS;
use super::channel::ChannelId;
use super::field::Field;
use super::scenario::Scenario;
use super::table::{ChannelField, PersonField};
use crate::lang::Label;

/// A named starting scenario with a one-line rationale.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    pub id: &'static str,
    pub name: Label,
    pub rationale: Label,
    pub scenario: Scenario,
}

/// A preset as written: its channel and the values that differ from the defaults.
struct PresetRow {
    id: &'static str,
    name: Label,
    rationale: Label,
    channel: ChannelId,
    values: &'static [(Field, f64)],
}

static PRESETS: [PresetRow; 9] = [
    PresetRow {
        id: "default",
        name: Label { zh: "默认：800好友转发达人直播间", en: "Default: 800 friends, forwarding live rooms" },
        rationale: Label { zh: "文章§4的典型中小推客：几百个好友，只转发不做内容", en: "The article's typical small promoter (§4): a few hundred friends, forwarding only" },
        channel: ChannelId::Wxshop,
        values: &[],
    },
    PresetRow {
        id: "article_taoke_34",
        name: Label { zh: "文章§1：49元商品到手34元", en: "Article §1: a ¥49 item for ¥34" },
        rationale: Label { zh: "49元商品，10元券+5元佣金全返，买家到手34元、省15元——买家真省钱，你自己一分不赚", en: "¥49 item, ¥10 coupon + ¥5 commission fully rebated: the buyer pays ¥34 and saves ¥15 — real savings, nothing left for you" },
        channel: ChannelId::Taoke,
        values: &[(Field::Channel(ChannelId::Taoke, ChannelField::CommissionRate), 5.0 / 39.0), (Field::Channel(ChannelId::Taoke, ChannelField::RebateShare), 1.0)],
    },
    PresetRow {
        id: "article_wxshop_1000",
        name: Label { zh: "文章§4：每次转发带去1000个流量", en: "Article §4: each forward sends 1,000 visits" },
        rationale: Label { zh: "每周转发一次到4000人的群，四分之一点进直播间：1000个流量、10人成交，其余990个流量一分钱没给你，还有人关注了达人", en: "One forward a week to groups of 4,000, a quarter click: 1,000 visits, 10 orders, the other 990 earn you nothing and some follow the streamer" },
        channel: ChannelId::Wxshop,
        values: &[(Field::Person(PersonField::Followers), 4000.0), (Field::Person(PersonField::PostsPerWeek), 1.0), (Field::Person(PersonField::ReachRate), 1.0), (Field::Person(PersonField::ClickRate), 0.25)],
    },
    PresetRow {
        id: "article_lock_in",
        name: Label { zh: "文章§4假设：成交一直锁定给我", en: "Article §4 what-if: buyers locked to me forever" },
        rationale: Label { zh: "“除非微信小店开发一种能力…后续的成交一直锁定给我”：把归属期设为永久看差多少", en: "\"Unless WeChat Shop locks later purchases to me\": set attribution to forever and compare" },
        channel: ChannelId::Wxshop,
        values: &[(Field::Channel(ChannelId::Wxshop, ChannelField::AttributionDays), ATTRIBUTION_FOREVER_DAYS)],
    },
    PresetRow {
        id: "mom_500",
        name: Label { zh: "宝妈，500个好友", en: "Stay-at-home mum, 500 friends" },
        rationale: Label { zh: "碎片时间每天转发一次，时间不值钱但好友少", en: "Forwards once a day in spare moments: cheap time, few friends" },
        channel: ChannelId::Wxshop,
        values: &[(Field::Person(PersonField::Followers), 500.0), (Field::Person(PersonField::PostsPerWeek), 7.0), (Field::Person(PersonField::MinutesPerPost), 5.0), (Field::Person(PersonField::HourlyValue), 15.0)],
    },
    PresetRow {
        id: "office_1500",
        name: Label { zh: "上班族，1,500个好友", en: "Office worker, 1,500 friends" },
        rationale: Label { zh: "下班后发淘口令：文章建议“多看看淘客…赚小钱没问题”", en: "Posts coupon links after work: the article suggests affiliate deals for \"small money\"" },
        channel: ChannelId::Taoke,
        values: &[(Field::Person(PersonField::Followers), 1500.0), (Field::Person(PersonField::PostsPerWeek), 3.0), (Field::Person(PersonField::MinutesPerPost), 10.0), (Field::Person(PersonField::HourlyValue), 40.0)],
    },
    PresetRow {
        id: "group_leader_5000",
        name: Label { zh: "社群团长，5,000个群成员", en: "Community group leader, 5,000 members" },
        rationale: Label { zh: "有自己的流量池：文章§4建议“还不如自己搭建个私域的直播间”", en: "Owns a traffic pool: article §4 suggests running your own private live room instead" },
        channel: ChannelId::PrivateLive,
        values: &[(Field::Person(PersonField::Followers), 5000.0), (Field::Person(PersonField::PostsPerWeek), 10.0), (Field::Person(PersonField::MinutesPerPost), 15.0), (Field::Person(PersonField::HourlyValue), 30.0)],
    },
    PresetRow {
        id: "creator_10k",
        name: Label { zh: "一万粉丝的视频号素人", en: "Channels amateur with 10,000 followers" },
        rationale: Label { zh: "文章结尾：“有能力就去视频号里做账号做内容…商家都求着你帮忙带货”", en: "The article's closing advice: build a Channels account; merchants will court you" },
        channel: ChannelId::Creator,
        values: &[(Field::Person(PersonField::Followers), 10_000.0), (Field::Person(PersonField::PostsPerWeek), 3.0), (Field::Person(PersonField::MinutesPerPost), 30.0), (Field::Person(PersonField::HourlyValue), 30.0)],
    },
    PresetRow {
        id: "social_leader",
        name: Label { zh: "社交电商团长，2,000个好友", en: "Social-commerce leader, 2,000 friends" },
        rationale: Label { zh: "文章§2：卖货的不到10%，靠自购和多级分佣滚动", en: "Article §2: under 10% sell; self-purchase and overrides keep it rolling" },
        channel: ChannelId::Social,
        values: &[(Field::Person(PersonField::Followers), 2000.0)],
    },
];

/// The presets, in display order. Every scenario validates.
pub fn presets() -> Vec<Preset> {
    PRESETS
        .iter()
        .map(|r| {
            let mut scenario = Scenario {
                channel: r.channel,
                ..Scenario::default()
            };
            for &(f, v) in r.values {
                scenario.set_unchecked(f, v);
            }
            Preset {
                id: r.id,
                name: r.name,
                rationale: r.rationale,
                scenario,
            }
        })
        .collect()
}
