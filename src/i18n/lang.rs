//! Choosing a language: the one `pick` between the two forms of a text. The languages
//! themselves are declared in `crate::lang`, for everyone.

pub use crate::lang::{Label, Lang};

impl Lang {
    /// The form of a text in this language: the one place a language is chosen.
    pub(in crate::i18n) fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// A name from the model's tables (field labels, sources, channel and preset names).
    pub fn label(self, l: Label) -> &'static str {
        self.pick(l.zh, l.en)
    }
}
