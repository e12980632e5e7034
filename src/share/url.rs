//! The link codec: the `#hash` that reproduces a scenario.
//!
//! State: `v=1&lang=zh&ch=wxshop&seed=7&followers=12000&wxshop.commission_rate=0.06` — the schema
//! version first, then language, channel and Monte Carlo seed, then only the fields that differ
//! from [`Scenario::default`], keyed by [`Field::key`], then the trial and the goal when given.
//! Numbers are written as the shortest plain decimal that parses back to the identical `f64`, so
//! a link reproduces the numbers and charts exactly (older links with exponents,
//! `followers=3e3`, still decode). The view options (`?embed=1…`) are [`super::view`]'s.

use super::query::split_pairs;
pub use super::query::{percent_decode, percent_encode, MAX_PARAMS, MAX_QUERY_LEN};
use super::view::VIEW_KEYS;
use super::{channel_from_str, migrate_key, Builder, SHARE_VERSION};
pub use super::{IgnoreReason, Ignored};
use crate::lang::Lang;
use crate::model::{Field, Scenario};

/// Longest single value the decoder reads (shortest round-trip numbers need ≤ 24 characters).
pub const MAX_VALUE_LEN: usize = 64;

/// The result of [`decode`]: always a valid scenario, plus what was not used.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The scenario: every field from the link, or its default where the link's value was bad.
    pub scenario: Scenario,
    /// The language of the link, when it names one.
    pub lang: Option<Lang>,
    /// Every value not used, in the order met (then the inconsistent ones).
    pub ignored: Vec<Ignored>,
    /// The link's schema version (1 when it has no `v`).
    pub version: u32,
}

/// The shortest plain decimal that parses back to exactly `v` (`3000`, `0.06`; never `3e3`:
/// people read and edit links). Links written with exponents still decode.
pub fn format_number(v: f64) -> String {
    format!("{v}")
}

/// Strict decimal number: `-?digits[.digits][e[+-]digits]` (no `NaN`, `inf`, hex or spaces
/// inside). Non-finite results (`1e400`) come back as `Ok(inf)` for the range check to report.
pub fn parse_number(s: &str) -> Result<f64, IgnoreReason> {
    let s = s.trim();
    if s.len() > MAX_VALUE_LEN {
        return Err(IgnoreReason::TooLong);
    }
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
        i += 1;
    }
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    // No digit at all ("-", ".", "-.e5") passes this scan; Rust's own parser below refuses it.
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        let e = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == e {
            return Err(IgnoreReason::NotANumber);
        }
    }
    if i != b.len() {
        return Err(IgnoreReason::NotANumber);
    }
    s.parse::<f64>().map_err(|_| IgnoreReason::NotANumber)
}

fn parse_uint(s: &str) -> Option<u64> {
    let s = s.trim();
    if s.is_empty() || s.len() > 20 || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Encode a scenario and language as a URL hash (without the leading `#`).
pub fn encode(s: &Scenario, lang: Lang) -> String {
    let d = Scenario::default();
    let mut out = format!(
        "v={SHARE_VERSION}&lang={}&ch={}&seed={}",
        lang.code(),
        s.channel.key(),
        s.seed
    );
    let mut put = |k: &str, v: &str| {
        out.push('&');
        out.push_str(&percent_encode(k));
        out.push('=');
        out.push_str(&percent_encode(v));
    };
    for f in Field::all() {
        let v = s.get(f);
        if v != d.get(f) {
            put(&f.key(), &format_number(v));
        }
    }
    // The trial and the goal, when given (a link without them opens without them).
    if !s.trial.is_empty() {
        put(TRIAL_CHANNEL, s.trial.channel.key());
    }
    for f in Field::optional() {
        if let Some(v) = s.value(f) {
            put(&f.key(), &format_number(v));
        }
    }
    out
}

/// The key of the trial's channel in links and files.
pub const TRIAL_CHANNEL: &str = "trial.ch";

/// Decode a URL hash or query (a leading `#` or `?` is fine). Never panics; reads a bounded
/// amount; each bad value falls back to the field's default and is listed in `ignored`.
pub fn decode(q: &str) -> Decoded {
    let (pairs, dropped) = split_pairs(q);
    let mut b = Builder::new();
    let mut lang = None;

    // The version comes first because it decides how the other keys are read.
    let mut version = SHARE_VERSION;
    if let Some((_, v)) = pairs.iter().find(|(k, _)| k == "v") {
        match parse_uint(v) {
            Some(n) if n >= 1 => {
                version = n.min(u32::MAX as u64) as u32;
                if version > SHARE_VERSION {
                    b.ignore("v", IgnoreReason::NewerVersion(version));
                }
            }
            Some(_) => b.ignore("v", IgnoreReason::UnknownValue),
            None => b.ignore("v", IgnoreReason::NotANumber),
        }
    }

    for (k, v) in &pairs {
        if VIEW_KEYS.contains(&k.as_str()) {
            continue;
        }
        let key = migrate_key(version, k);
        if !b.first_time(&key) || key == "v" {
            continue;
        }
        match key.as_str() {
            "lang" => match Lang::from_code(v) {
                Some(l) => lang = Some(l),
                None => b.ignore(&key, IgnoreReason::UnknownValue),
            },
            "ch" => match channel_from_str(v.trim()) {
                Some(c) => b.set_channel(c),
                None => b.ignore(&key, IgnoreReason::UnknownValue),
            },
            TRIAL_CHANNEL => match channel_from_str(v.trim()) {
                Some(c) => b.set_trial_channel(c),
                None => b.ignore(&key, IgnoreReason::UnknownValue),
            },
            "seed" => match parse_uint(v) {
                Some(n) => b.set_seed(n),
                None => b.ignore(&key, IgnoreReason::NotANumber),
            },
            _ => match Field::from_key(&key) {
                Some(f) => b.field(f, parse_number(v)),
                None => b.ignore(&key, IgnoreReason::UnknownKey),
            },
        }
    }
    if let Some(k) = dropped {
        b.ignore(&k, IgnoreReason::TooLong);
    }
    let (scenario, ignored) = b.finish();
    Decoded {
        scenario,
        lang,
        ignored,
        version,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decode_edges() {
        assert_eq!(percent_decode("a%2Cb+c"), "a,b c");
        assert_eq!(percent_decode("%ZZ%"), "%ZZ%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%e4%b8%ad"), "中");
        assert_eq!(percent_decode("%ff"), "\u{fffd}");
    }

    #[test]
    fn numbers() {
        assert_eq!(format_number(12000.0), "12000");
        assert_eq!(format_number(0.06), "0.06");
        assert_eq!(format_number(3000.0), "3000");
        assert_eq!(format_number(1e4), "10000");
        assert_eq!(format_number(0.0005), "0.0005");
        assert_eq!(parse_number(&format_number(1.5e-7)), Ok(1.5e-7));
        assert_eq!(parse_number("3e3"), Ok(3000.0));
        assert!(parse_number("NaN").is_err());
        assert!(parse_number("inf").is_err());
        assert!(parse_number("1e").is_err());
        assert!(parse_number(".").is_err());
        assert_eq!(parse_number("1e400"), Ok(f64::INFINITY));
        assert_eq!(parse_number(" .5 "), Ok(0.5));
    }
}
