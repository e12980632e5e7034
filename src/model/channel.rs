//! The six channels a small 推客 can put a private audience to work through (MODEL.md §2).

use crate::lang::Label;

/// One way of monetising a private audience (MODEL.md §2; the article's §1–§4).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord, Default)]
pub enum ChannelId {
    /// 淘宝客 — article §1: coupons + rebates on a search platform that rewards sales (反哺).
    Taoke,
    /// 社交电商团长 — article §2: multi-level 团长 distribution, <10% sell, ~90% self-purchase.
    Social,
    /// 快团团帮卖 — article §3: own traffic pool, no settlement delay, declining since 2024.
    Ktt,
    /// 微信小店推客 (转发达人直播间) — article §4: no central search, traffic given to the 达人.
    #[default]
    Wxshop,
    /// 私域直播 — article §4: own private live room with long-term bound promoters.
    PrivateLive,
    /// 视频号内容达人 — article §4 closing: make content, grow public followers.
    Creator,
}

impl ChannelId {
    /// All channels in their stable order (the order of `Scenario::channels`).
    pub const ALL: [ChannelId; 6] = [
        ChannelId::Taoke,
        ChannelId::Social,
        ChannelId::Ktt,
        ChannelId::Wxshop,
        ChannelId::PrivateLive,
        ChannelId::Creator,
    ];

    /// Stable ASCII key used in URLs and field keys.
    pub fn key(self) -> &'static str {
        match self {
            ChannelId::Taoke => "taoke",
            ChannelId::Social => "social",
            ChannelId::Ktt => "ktt",
            ChannelId::Wxshop => "wxshop",
            ChannelId::PrivateLive => "private_live",
            ChannelId::Creator => "creator",
        }
    }

    /// Inverse of [`ChannelId::key`].
    pub fn from_key(s: &str) -> Option<Self> {
        ChannelId::ALL.into_iter().find(|c| c.key() == s)
    }

    /// Position in [`ChannelId::ALL`] (0..6).
    pub fn index(self) -> usize {
        match self {
            ChannelId::Taoke => 0,
            ChannelId::Social => 1,
            ChannelId::Ktt => 2,
            ChannelId::Wxshop => 3,
            ChannelId::PrivateLive => 4,
            ChannelId::Creator => 5,
        }
    }

    /// Whether the channel sends the clicks to somebody else's live room (article §4:
    /// "转发直播间就把自己的流量送给了这些公域的达人直播间"): only then are visits counted as donated.
    pub fn donates_traffic(self) -> bool {
        self == ChannelId::Wxshop
    }

    /// Whether the channel has a distribution network (MODEL.md §4.6: social, private_live).
    pub fn has_network(self) -> bool {
        matches!(self, ChannelId::Social | ChannelId::PrivateLive)
    }

    /// Display name, in the English of the glossary (ARCHITECTURE.md's rules; checked by
    /// `tests/architecture.rs`).
    pub fn name(self) -> Label {
        match self {
            ChannelId::Taoke => Label {
                zh: "淘宝客",
                en: "Taobao affiliate (淘宝客)",
            },
            ChannelId::Social => Label {
                zh: "社交电商团长",
                en: "Social-commerce group leader (团长)",
            },
            ChannelId::Ktt => Label {
                zh: "快团团帮卖",
                en: "Kuaituantuan reseller (快团团帮卖)",
            },
            ChannelId::Wxshop => Label {
                zh: "微信小店推客（转发达人直播间）",
                en: "WeChat Shop affiliate (推客, forwarding live rooms)",
            },
            ChannelId::PrivateLive => Label {
                zh: "私域直播",
                en: "Own private live room (私域直播)",
            },
            ChannelId::Creator => Label {
                zh: "视频号内容达人",
                en: "Channels content creator (视频号达人)",
            },
        }
    }

    /// One line from the article on what the 推客 does and why it works or not.
    pub fn description(self) -> Label {
        match self {
            ChannelId::Taoke => Label {
                zh: "在朋友圈和群里发带券淘口令：买家真省钱、品牌货不用种草、官方店有保障；商家让利换搜索反哺（文章§1）",
                en: "Share coupon links in Moments and groups: real savings, known brands, official stores; merchants pay for Taobao's search traffic in return (article §1)",
            },
            ChannelId::Social => Label {
                zh: "卖品牌尾货/精选货并发展下级团长：能卖货的不到10%，90%靠自购，多级分佣让拉人有利可图（文章§2）",
                en: "Sell brand clearance or curated goods and recruit sub-leaders: under 10% really sell, 90% only self-purchase; multi-level overrides pay for recruiting (article §2)",
            },
            ChannelId::Ktt => Label {
                zh: "把别人的团购卖给自己的私域：资金立马到账、没有平台抽成所以佣金高，但货品缺乏监管，2024年起逐渐凋落（文章§3）",
                en: "Resell others' group-buys to your own audience: paid at once, high commission with no platform cut, but unregulated goods and declining since 2024 (article §3)",
            },
            ChannelId::Wxshop => Label {
                zh: "转发达人直播间给好友，赚一份佣金——但访客会关注达人，以后不经过你购买（文章§4）",
                en: "Forward a streamer's live room to friends for a commission — but visitors follow the streamer and later buy without you (article §4)",
            },
            ChannelId::PrivateLive => Label {
                zh: "自己搭私域直播间，推客长期绑定分佣，限时特卖快速过品、叠加抽奖福利，流量不外送（文章§4）",
                en: "Run your own private live room with long-term bound promoters, fast flash sales, lotteries and perks; no traffic given away (article §4)",
            },
            ChannelId::Creator => Label {
                zh: "在视频号做账号做内容、积累粉丝后直播带货，商家都求着你带货——但要花时间和能力（文章§4 结尾）",
                en: "Build a Channels account with content, then sell live to your own fans; merchants court you — but it takes time and skill (article §4, closing)",
            },
        }
    }
}

/// One value per channel, each under its channel's name, so a table's column cannot slip to
/// the wrong channel.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Channels<T> {
    pub taoke: T,
    pub social: T,
    pub ktt: T,
    pub wxshop: T,
    pub private_live: T,
    pub creator: T,
}

impl<T: Copy> Channels<T> {
    /// The same value for every channel (with `..Channels::all(x)`: for the channels not named).
    pub const fn all(x: T) -> Channels<T> {
        Channels {
            taoke: x,
            social: x,
            ktt: x,
            wxshop: x,
            private_live: x,
            creator: x,
        }
    }

    /// The value of channel `ch`.
    pub fn get(&self, ch: ChannelId) -> &T {
        match ch {
            ChannelId::Taoke => &self.taoke,
            ChannelId::Social => &self.social,
            ChannelId::Ktt => &self.ktt,
            ChannelId::Wxshop => &self.wxshop,
            ChannelId::PrivateLive => &self.private_live,
            ChannelId::Creator => &self.creator,
        }
    }
}
