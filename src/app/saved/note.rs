//! What 我的方案 says under its panel after an action, in the current language.

use crate::i18n::{self, t, Key, Lang};
use crate::share::export::ImportError;
use crate::share::saved::{StorageError, CORRUPT_KEY};
use crate::share::Ignored;
use yew::prelude::*;

/// A message shown under the panel.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    None,
    Saved(String),
    Loaded(String),
    Deleted(String),
    Full,
    Storage(StorageError),
    Corrupt(usize, bool),
    DownloadFailed,
    /// Imported, with the values that were not used.
    Imported(Vec<Ignored>),
    ImportFailed(ImportError),
    Unreadable,
}

impl Note {
    /// (message, is an error); None when there is nothing to say.
    fn text(&self, l: Lang) -> Option<(String, bool)> {
        use i18n::errors::{corrupt_saved, saved_note, Done};
        Some(match self {
            Note::None | Note::Imported(_) => return None,
            Note::Saved(n) => (saved_note(Done::Saved, n, l), false),
            Note::Loaded(n) => (saved_note(Done::Loaded, n, l), false),
            Note::Deleted(n) => (saved_note(Done::Deleted, n, l), false),
            Note::Full => (t(l, Key::TooManySavedScenarios).into(), true),
            Note::Storage(StorageError::Unavailable) => {
                (t(l, Key::BrowserDoesNotAllow).into(), true)
            }
            Note::Storage(StorageError::WriteFailed) => {
                (t(l, Key::SavingFailedBrowserStorage).into(), true)
            }
            Note::Corrupt(n, stuck) => (corrupt_saved(*n, *stuck, CORRUPT_KEY, l), true),
            Note::DownloadFailed => (t(l, Key::CouldNotDownloadFile).into(), true),
            Note::ImportFailed(e) => (i18n::errors::import_error(e, l), true),
            Note::Unreadable => (t(l, Key::CouldNotReadFile).into(), true),
        })
    }

    /// The note as the panel shows it: an import with the values it did not use, an error, or
    /// a confirmation.
    pub fn view(&self, l: Lang) -> Html {
        match (self, self.text(l)) {
            (Note::Imported(ignored), _) => html! {
                <div class="note ok" role="status" id="saved-note">
                    <p>{ t(l, Key::Imported) }</p>
                    if !ignored.is_empty() {
                        <p>{ t(l, Key::TheseValuesCouldNot) }</p>
                        <ul>{ for ignored.iter().take(20).map(|i| html! { <li>{ i18n::errors::ignored(i, l) }</li> }) }</ul>
                    }
                </div>
            },
            (_, Some((m, true))) => {
                html! { <p class="note bad" role="alert" id="saved-note">{ m }</p> }
            }
            (_, Some((m, false))) => {
                html! { <p class="note ok" role="status" id="saved-note">{ m }</p> }
            }
            (_, None) => html! {},
        }
    }
}
