//! Everything the page says, in zh-CN and English: the language (`Lang`), fixed strings by typed
//! key (`t(lang, Key::…)`), numbers with their units (`num`), and the sentences built from model
//! output, each a function that formats only the language asked for.

pub mod charts;
pub mod errors;
pub mod fields;
pub mod keys;
pub mod lang;
pub mod math;
pub mod num;
pub mod reasons;
pub mod trial;
pub mod verdict;
pub mod workshop;

pub use keys::{t, Key};
pub use lang::Lang;

/// What the build-time page says before the app has started, in both languages (it cannot know
/// the reader's yet): that a link's figures are on their way, that changing the numbers needs a
/// browser that runs WebAssembly, and that the app could not start.
pub fn boot_notes() -> [(Lang, [&'static str; 3]); 2] {
    [Lang::Zh, Lang::En].map(|l| {
        let k = [Key::BootLinkLoading, Key::BootNeedsWasm, Key::BootFailed];
        (l, k.map(|k| t(l, k)))
    })
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
            assert_eq!(Lang::from_code(l.tag()), Some(l));
            assert_eq!(l.other().other(), l);
        }
        assert_eq!(Lang::from_code("fr"), None);
    }
}
