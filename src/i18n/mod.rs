//! zh-CN and English strings: one typed key per string, so a missing translation cannot compile.

use serde::{Deserialize, Serialize};

pub mod words;

/// The page language. zh-CN first; English second.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

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
