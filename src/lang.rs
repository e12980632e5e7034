//! The page's two languages and a text in both, declared once for everyone: the model's tables
//! hold [`Label`]s, links carry a [`Lang`]'s code. Only `i18n` chooses between the two.

/// Display language.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
pub enum Lang {
    /// 简体中文 (default).
    #[default]
    Zh,
    /// English.
    En,
}

/// Each language's short code in links and its BCP 47 tag, in [`Lang::ALL`] order.
const CODES: [(&str, &str); 2] = [("zh", "zh-CN"), ("en", "en")];

impl Lang {
    /// Both languages, in declaration order (the only place outside `i18n` that names them).
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag set on `<html lang>`.
    pub fn tag(self) -> &'static str {
        CODES[self as usize].1
    }

    /// The short code used in links (`lang=zh` / `lang=en`).
    pub fn code(self) -> &'static str {
        CODES[self as usize].0
    }

    /// Inverse of [`Lang::code`]; also reads tags such as `zh-CN`, `en_US`, and `cn`.
    pub fn from_code(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let head = s.split(['-', '_']).next().unwrap_or("");
        let head = if head == "cn" { "zh" } else { head };
        Lang::ALL.into_iter().find(|l| l.code() == head)
    }

    /// The other language (what the switch button offers).
    pub fn other(self) -> Lang {
        Lang::ALL[1 - self as usize]
    }
}

/// A name or note in both languages: data the model's tables carry (field labels, sources,
/// channel and preset names). Only `i18n` chooses one of the two.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Label {
    pub zh: &'static str,
    pub en: &'static str,
}
