//! Share and export, the pure part: the URL state codec and embed options ([`url`]), CSV and JSON
//! export/import ([`export`]) and the saved-scenario store format ([`saved`]). No browser crate:
//! everything here is native-tested and compiles for wasm32 unchanged.
//!
//! Every decoder here is total: any input gives a usable [`Scenario`] (or a typed error), never a
//! panic, and each value that could not be used is listed as an [`Ignored`] with its reason, so the
//! page can say which fields fell back to their defaults.
//!
//! The per-field logic (range and integer checks, coupon ≤ price, key migration) lives in this
//! module and is shared by the URL decoder, the JSON importer and the saved store.

pub mod export;
pub mod json;
mod query;
pub mod saved;
pub mod snippet;
pub mod url;
pub mod view;

use crate::model::{ChannelId, Field, FieldError, Scenario};

/// Current version of the shared key schema (URL `v=`, JSON `version`).
pub const SHARE_VERSION: u32 = 1;

/// Longest key echoed back in an [`Ignored`] entry; longer keys are cut (with "…").
const MAX_ECHO_KEY: usize = 64;
/// Most [`Ignored`] entries one decode reports; past it, one final `TooLong` entry with key "…".
pub const MAX_IGNORED: usize = 500;

/// Why one value of a link, file or stored entry was not used.
#[derive(Clone, Debug, PartialEq)]
pub enum IgnoreReason {
    /// The key names no input (typo, or from a newer version).
    UnknownKey,
    /// The value is not a number (or not a whole number where one is needed, e.g. the seed).
    NotANumber,
    /// The number is outside the field's range, not whole, or not finite.
    OutOfRange(FieldError),
    /// The value conflicts with another one (coupon above price); the field keeps its default.
    Inconsistent(FieldError),
    /// The link or file comes from a newer version of the calculator (`v=` this number).
    NewerVersion(u32),
    /// The key appeared more than once; the first value was used.
    Duplicate,
    /// The input (or this value) is longer than the decoder reads; the rest was ignored.
    TooLong,
    /// A non-numeric setting with a value it cannot take (`ch=`, `lang=`, `v=`).
    UnknownValue,
}

/// One value that was not used, with the key it came under (a [`Field::key`] when it names a
/// field, otherwise the key as written, cut to 64 characters).
#[derive(Clone, Debug, PartialEq)]
pub struct Ignored {
    pub key: String,
    pub reason: IgnoreReason,
}

/// One key rename in the schema's history: links and files of a version `< before` wrote `old`
/// for what is now `new` (a [`Field::key`] or `ch`/`seed`/`lang`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyRename {
    pub before: u32,
    pub old: &'static str,
    pub new: &'static str,
}

/// The migration table of the shared key schema, oldest first. v1 is the first public schema,
/// so it is empty; when v2 renames a key, add `KeyRename { before: 2, old, new }` here and a
/// frozen v1 link test keeps proving that old links still decode.
pub const KEY_RENAMES: &[KeyRename] = &[];

/// The current key for `key` as written by schema `version`, following `table` in order (so a
/// key renamed twice ends at its newest name).
pub fn migrate_key_with(table: &[KeyRename], version: u32, key: &str) -> String {
    let mut k = key.to_string();
    for r in table {
        if version < r.before && k == r.old {
            k = r.new.to_string();
        }
    }
    k
}

/// [`migrate_key_with`] on [`KEY_RENAMES`].
pub fn migrate_key(version: u32, key: &str) -> String {
    migrate_key_with(KEY_RENAMES, version, key)
}

/// A key cut to at most 64 characters, for echoing in [`Ignored`].
pub(crate) fn echo_key(key: &str) -> String {
    if key.chars().count() <= MAX_ECHO_KEY {
        key.to_string()
    } else {
        let mut s: String = key.chars().take(MAX_ECHO_KEY - 1).collect();
        s.push('…');
        s
    }
}

/// Builds a scenario from independently decoded values, field by field: each bad value keeps the
/// field's default and is reported; the order values arrive in does not matter.
pub(crate) struct Builder {
    scenario: Scenario,
    defaults: Scenario,
    seen: Vec<String>,
    pub(crate) ignored: Vec<Ignored>,
}

impl Builder {
    pub(crate) fn new() -> Self {
        Builder {
            scenario: Scenario::default(),
            defaults: Scenario::default(),
            seen: Vec::new(),
            ignored: Vec::new(),
        }
    }

    pub(crate) fn ignore(&mut self, key: &str, reason: IgnoreReason) {
        if self.ignored.len() >= MAX_IGNORED {
            if self.ignored.len() == MAX_IGNORED {
                self.ignored.push(Ignored {
                    key: "…".to_string(),
                    reason: IgnoreReason::TooLong,
                });
            }
            return;
        }
        self.ignored.push(Ignored {
            key: echo_key(key),
            reason,
        });
    }

    /// Marks `key` as seen; false (and a `Duplicate` report) when it was seen before.
    pub(crate) fn first_time(&mut self, key: &str) -> bool {
        if self.seen.iter().any(|k| k == key) {
            self.ignore(key, IgnoreReason::Duplicate);
            false
        } else {
            self.seen.push(key.to_string());
            true
        }
    }

    pub(crate) fn set_channel(&mut self, ch: ChannelId) {
        self.scenario.channel = ch;
    }

    pub(crate) fn set_trial_channel(&mut self, ch: ChannelId) {
        self.scenario.trial.channel = ch;
    }

    pub(crate) fn set_seed(&mut self, seed: u64) {
        self.scenario.seed = seed;
    }

    /// A numeric field's value (`Err` = it could not even be read as a number).
    pub(crate) fn field(&mut self, f: Field, v: Result<f64, IgnoreReason>) {
        let key = f.key();
        let v = match v {
            Ok(v) => v + 0.0, // -0 → +0
            Err(r) => return self.ignore(&key, r),
        };
        // Range, integer and finiteness checks first; the rules across fields wait for the end.
        match Scenario::check_value(f, v) {
            Err(e) => self.ignore(&key, IgnoreReason::OutOfRange(e)),
            Ok(()) => self.scenario.set_unchecked(f, v),
        }
    }

    /// The scenario, after the rules across fields had their say ([`Scenario::settle`], the
    /// same rules the page keeps): whatever still conflicts reverts to its default (a trial's
    /// result is left out), each reported.
    pub(crate) fn finish(mut self) -> (Scenario, Vec<Ignored>) {
        for e in self.scenario.settle(&self.defaults) {
            // Pushed past the cap: a value the page changed must always be reported.
            self.ignored.push(Ignored {
                key: e.field.key(),
                reason: IgnoreReason::Inconsistent(e),
            });
        }
        (self.scenario, self.ignored)
    }
}

/// The channel for a key (`private_live`) or, as older JSON exports wrote it, a variant name
/// (`PrivateLive`): compared without case and underscores.
pub(crate) fn channel_from_str(s: &str) -> Option<ChannelId> {
    let bare = |t: &str| t.replace('_', "").to_ascii_lowercase();
    let s = bare(s);
    ChannelId::ALL.into_iter().find(|c| bare(c.key()) == s)
}
