//! zh-CN and English strings: one typed key per string, so a missing translation cannot compile.

/// The page language is the model's (names and labels live with the model's data).
pub use crate::model::Lang;

pub mod words;

impl Lang {
    /// The BCP 47 tag set on `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The short code used in URLs ("zh" / "en").
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub fn from_code(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh_cn" | "cn" => Some(Lang::Zh),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language (what the switch button offers).
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// Pick the string of this language.
    pub fn pick(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

macro_rules! keys {
    ($( $key:ident => $zh:literal, $en:literal; )*) => {
        /// Every fixed string of the page.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $( $key, )* }

        impl Key {
            pub const ALL: &'static [Key] = &[ $( Key::$key, )* ];
        }

        /// The string for `key` in `lang`.
        pub fn t(lang: Lang, key: Key) -> &'static str {
            match key { $( Key::$key => lang.pick($zh, $en), )* }
        }
    };
}

keys! {
    Title => "推客值不值？微信小店推客收益测算", "Is being a WeChat Shop affiliate worth it? An earnings calculator";
    AppName => "推客值不值？", "Worth being a 推客?";
    Tagline => "微信小店推客收益测算：你能赚多少、花多少时间、送给达人直播间多少流量。",
        "WeChat Shop affiliate (推客) calculator: what you earn, the hours it takes, and the traffic you hand to live-stream hosts.";
    LangSwitch => "English", "中文";
    LangSwitchLabel => "Switch to English", "切换到中文";
    YourSituation => "你的情况", "Your situation";
    Channel => "渠道", "Channel";
    ChannelHelp => "你打算怎么用自己的好友和群赚钱？", "How do you plan to put your friends and groups to work?";
    Advanced => "高级假设", "Advanced assumptions";
    AdvancedHelp => "每个假设都可以改；括号里说明默认值来自哪里（引用、推算或估计）。", "Every assumption can be changed; each says where its default comes from (sourced, derived or an estimate).";
    Default => "默认", "Default";
    Range => "范围", "Range";
    Uncertainty => "不确定区间", "Uncertainty range";
    Results => "测算结果", "Results";
    Verdict => "结论", "Verdict";
    BestChannelMark => "最适合你", "Best for you";
    Refining => "正在计算区间…", "Computing ranges…";
    RangeNote => "区间为 P10–P90（十次里有八次落在其中）", "Ranges are P10–P90 (eight times in ten it lands inside)";
    NetAccrued => "净收益（已赚）", "Net earned (accrued)";
    Cash => "已到账", "Cash received";
    Pending => "待结算", "Pending settlement";
    Hours => "投入时间", "Hours spent";
    PerHour => "每小时净收益", "Net per hour";
    YourHourlyValue => "你的时间值", "Your time is worth";
    Orders => "成交单数", "Orders";
    VisitsDonated => "送给达人直播间的访问", "Visits donated to hosts' rooms";
    FollowersDonated => "被达人带走的好友", "Friends who now follow the host";
    DonatedGmv => "他们以后在达人那里花的钱", "What they later spend at the host without you";
    DonationRatio => "每赚 1 元，送出", "For every ¥1 you earn, you give away";
    ProbPositive => "赚到钱的概率", "Chance of any profit";
    ProbBeatsHourly => "时薪达标的概率", "Chance of beating your hourly value";
    Flags => "合规提醒", "Compliance warnings";
    NoFlags => "没有合规提醒", "No compliance warnings";
    HeadlineTitle => "收益 vs 送出的流量", "Earnings vs traffic given away";
    HeadlineHelp => "累计净收益（元）与累计送给达人直播间的访问和粉丝（人），阴影为 P10–P90。", "Cumulative net earnings (¥) against cumulative visits and followers handed to hosts' live rooms (people); shading is P10–P90.";
    CompareTitle => "六种做法对比（同一个你）", "All six channels for the same person";
    ColChannel => "渠道", "Channel";
    ColNet => "净收益", "Net";
    ColPerHour => "每小时", "Per hour";
    ColDonated => "送出访问 / 好友", "Visits / friends donated";
    ColWeek => "周", "Week";
    ColCumNet => "累计净收益", "Cumulative net";
    ColCumVisits => "累计送出访问", "Cumulative visits donated";
    ColFollowers => "送出好友（存量）", "Friends donated (stock)";
    ColInput => "假设", "Assumption";
    ColLow => "取低值时", "At low";
    ColHigh => "取高值时", "At high";
    ColNow => "现在入局", "Enter now";
    ColLater => "晚入局", "Enter later";
    ColP10 => "P10（低）", "P10 (low)";
    ColP90 => "P90（高）", "P90 (high)";
    TornadoTitle => "哪个假设决定结果", "What decides the result";
    TornadoHelp => "每个假设取低值和高值时，测算期净收益的变化（其他假设不变）。", "Change in net over the horizon when each assumption is at its low and its high (all else unchanged).";
    BreakEvenTitle => "要达到你的时薪，需要什么成立", "What would have to be true to reach your hourly value";
    EntryTitle => "微信小店推客：现在入局 vs 慢半拍", "WeChat Shop 推客: enter now vs wait (慢半拍)";
    EntryHelp => "同一个测算期内，现在开始转发和晚几周再开始的累计净收益。", "Cumulative net over the same horizon when you start forwarding now or some weeks later.";
    EntryDiff => "到期末，晚入局比现在入局多赚", "At the horizon, entering later earns more by";
    EntryDiffLess => "到期末，晚入局比现在入局少赚", "At the horizon, entering later earns less by";
    MathTitle => "计算过程（显示算式）", "Show the math";
    MathHelp => "模型按周计算；下面是当前输入代入后的每一步，以及每张图的数据表。", "The model steps week by week; here is each step with your inputs, and every chart as a data table.";
    TableWeekly => "每周数据（所选渠道）", "Weekly figures (chosen channel)";
    TableTornado => "敏感性数据表", "Sensitivity table";
    TableEntry => "入局时机数据表", "Entry timing table";
    FixErrors => "有输入需要修改，下面仍显示上一次有效输入的结果。", "Some inputs need fixing; the results below are from your last valid inputs.";
    Reset => "恢复默认", "Reset to defaults";
    Presets => "常见情况", "Presets";
    Sourced => "引用", "sourced";
    Derived => "推算", "derived";
    Estimate => "估计", "estimate";
    Weeks => "周", "weeks";
    ChannelsLegend => "选择渠道", "Choose a channel";
    Footer => "全部计算在你的浏览器里完成，不上传任何数据。模型依据《微信小店的推客值得入局吗？》（互联网怪盗团，2025）。",
        "Everything is computed in your browser; nothing is uploaded. The model follows “微信小店的推客值得入局吗？” (互联网怪盗团, 2025).";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages() {
        for &k in Key::ALL {
            assert!(!t(Lang::Zh, k).is_empty(), "{k:?} zh");
            assert!(!t(Lang::En, k).is_empty(), "{k:?} en");
            assert_ne!(t(Lang::Zh, k), t(Lang::En, k), "{k:?} untranslated");
        }
    }

    #[test]
    fn lang_codes_round_trip() {
        for l in [Lang::Zh, Lang::En] {
            assert_eq!(Lang::from_code(l.code()), Some(l));
            assert_eq!(l.other().other(), l);
        }
        assert_eq!(Lang::from_code("fr"), None);
    }
}
