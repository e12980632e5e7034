//! Export of the weekly table as CSV and of the inputs as JSON, and import of that JSON (the
//! CSV is read back only by the tests, with the `csv` crate).

use super::json::{self, Object, Value};
use super::url::TRIAL_CHANNEL;
use super::{channel_from_str, migrate_key, Builder, IgnoreReason, Ignored, SHARE_VERSION};
use crate::model::{Field, Projection, Scenario, WEEK_COLUMNS};

/// `format` of the JSON export.
pub const JSON_FORMAT: &str = "tuike-calc/scenario";
/// Largest JSON text [`import_json`] reads, bytes.
pub const MAX_IMPORT_LEN: usize = 256 * 1024;
/// Columns of [`weekly_csv`].
pub const CSV_COLUMNS: usize = WEEK_COLUMNS;

/// A number with at most 2 decimals, trailing zeros dropped (`12.5`, `3`, never `-0`); empty for
/// a non-finite value. Rounded in integers (no float formatting machinery in the bundle).
pub fn csv_number(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let cents = (v.abs() * 100.0).round();
    if cents >= 1e17 {
        // Beyond exact integers: the whole number is all that is meaningful.
        let whole = format!("{}", v.abs().round());
        return if v < 0.0 { format!("-{whole}") } else { whole };
    }
    let n = cents as u64;
    let (int, frac) = (n / 100, n % 100);
    let mut s = int.to_string();
    if frac > 0 {
        s.push('.');
        s.push_str(format!("{frac:02}").trim_end_matches('0'));
    }
    if v < 0.0 && n > 0 {
        s.insert(0, '-');
    }
    s
}

/// One CSV cell, quoted per RFC 4180 when it holds `,`, `"`, CR or LF.
pub fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The weekly table of a projection as CSV: a UTF-8 BOM (so Excel reads Chinese), a title row
/// (`title`: what the page says of the scenario) and an empty row, the header row `header`
/// (`i18n::keys::csv_header`), one row per week numbered from 1, CRLF line ends, numbers with at
/// most 2 decimals.
pub fn weekly_csv(p: &Projection, title: &str, header: &[&str; CSV_COLUMNS]) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_cell(title));
    out.push_str("\r\n\r\n");
    let cells: Vec<String> = header.iter().map(|h| csv_cell(h)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
    for r in &p.weeks {
        let cells: Vec<String> = r
            .columns()
            .iter()
            .map(|&v| csv_cell(&csv_number(v)))
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A scenario as a flat JSON object: `ch`, `seed` (a string: seeds are 64-bit, JSON numbers
/// are not), then every numeric field under its [`Field::key`], one per line.
pub fn scenario_object(s: &Scenario) -> String {
    let mut lines = vec![
        format!("\"ch\": {}", json::quote(s.channel.key())),
        format!("\"seed\": {}", json::quote(&s.seed.to_string())),
    ];
    for f in Field::all() {
        lines.push(format!(
            "{}: {}",
            json::quote(&f.key()),
            json::number(s.get(f))
        ));
    }
    // The trial and the goal, when given.
    if !s.trial.is_empty() {
        lines.push(format!(
            "{}: {}",
            json::quote(TRIAL_CHANNEL),
            json::quote(s.trial.channel.key())
        ));
    }
    for f in Field::optional() {
        if let Some(v) = s.value(f) {
            lines.push(format!("{}: {}", json::quote(&f.key()), json::number(v)));
        }
    }
    format!("{{\n    {}\n  }}", lines.join(",\n    "))
}

/// The inputs as JSON: `{ "format": "tuike-calc/scenario", "version": 1, "scenario": {…} }`
/// with the flat [`scenario_object`]; [`import_json`] reads it back exactly.
pub fn scenario_json(s: &Scenario) -> String {
    format!(
        "{{\n  \"format\": {},\n  \"version\": {SHARE_VERSION},\n  \"scenario\": {}\n}}\n",
        json::quote(JSON_FORMAT),
        scenario_object(s)
    )
}

/// An imported scenario and what in the file was not used.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub scenario: Scenario,
    pub ignored: Vec<Ignored>,
}

/// Why a JSON file could not be imported at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON (or numbers beyond f64, or nested too deep); where the parser stopped.
    NotJson { line: usize, column: usize },
    /// JSON, but not a tuike-calc scenario.
    WrongFormat,
    /// Made by a newer version of the calculator.
    NewerVersion(u32),
    /// Larger than [`MAX_IMPORT_LEN`].
    TooLarge,
}

/// Keys a bare scenario object has (at least one must be present).
const SCENARIO_KEYS: [&str; 6] = [
    "person",
    "channels",
    "discount_elasticity",
    "channel",
    "seed",
    "draws",
];

fn version_of(v: Option<&Value>) -> Result<u32, ImportError> {
    match v {
        None => Ok(SHARE_VERSION),
        Some(v) => {
            let n = json::as_u64(v).ok_or(ImportError::WrongFormat)?;
            let n = n.min(u32::MAX as u64) as u32;
            if n > SHARE_VERSION {
                Err(ImportError::NewerVersion(n))
            } else {
                Ok(n)
            }
        }
    }
}

/// Import a parsed JSON value: the wrapped export form or a bare scenario object.
pub(crate) fn import_value(v: &Value) -> Result<Imported, ImportError> {
    let Value::Object(obj) = v else {
        return Err(ImportError::WrongFormat);
    };
    let (scenario_obj, outer_version) = if let Some(format) = obj.get("format") {
        if !matches!(format, Value::String(f) if f == JSON_FORMAT) {
            return Err(ImportError::WrongFormat);
        }
        let version = version_of(obj.get("version"))?;
        let Some(Value::Object(inner)) = obj.get("scenario") else {
            return Err(ImportError::WrongFormat);
        };
        (inner, version)
    } else {
        if !SCENARIO_KEYS.iter().any(|k| obj.contains_key(k)) {
            return Err(ImportError::WrongFormat);
        }
        (obj, SHARE_VERSION)
    };
    let inner_version = version_of(scenario_obj.get("version"))?;
    let version = outer_version.min(inner_version);
    let (scenario, ignored) = scenario_from_map(scenario_obj, version);
    Ok(Imported { scenario, ignored })
}

fn field_value(b: &mut Builder, version: u32, key: &str, v: &Value) {
    let key = migrate_key(version, key);
    if !b.first_time(&key) {
        return;
    }
    match key.as_str() {
        // A string (what the export writes: exact for 64-bit seeds) or a whole number.
        "seed" => match match v {
            Value::String(t) => t.trim().parse::<u64>().ok(),
            _ => json::as_u64(v),
        } {
            Some(n) => b.set_seed(n),
            None => b.ignore(&key, IgnoreReason::NotANumber),
        },
        "ch" | "channel" => match match v {
            Value::String(t) => channel_from_str(t),
            _ => None,
        } {
            Some(c) => b.set_channel(c),
            None => b.ignore(&key, IgnoreReason::UnknownValue),
        },
        TRIAL_CHANNEL => match match v {
            Value::String(t) => channel_from_str(t),
            _ => None,
        } {
            Some(c) => b.set_trial_channel(c),
            None => b.ignore(&key, IgnoreReason::UnknownValue),
        },
        _ => match Field::from_key(&key) {
            // An optional field written as null: not given.
            Some(f) if f.is_optional() && *v == Value::Null => {}
            Some(f) => b.field(f, json::as_f64(v).ok_or(IgnoreReason::NotANumber)),
            None => b.ignore(&key, IgnoreReason::UnknownKey),
        },
    }
}

fn channel_object(b: &mut Builder, version: u32, prefix: &str, path: &str, v: &Value) {
    let Value::Object(m) = v else {
        return b.ignore(path, IgnoreReason::UnknownValue);
    };
    for (k, x) in m.iter() {
        if k == "override_rates" {
            let Value::Array(arr) = x else {
                b.ignore(
                    &format!("{prefix}.override_rates"),
                    IgnoreReason::UnknownValue,
                );
                continue;
            };
            for (j, r) in arr.iter().enumerate() {
                let key = format!("{prefix}.override_rate_{}", j + 1);
                field_value(b, version, &key, r);
            }
        } else {
            field_value(b, version, &format!("{prefix}.{k}"), x);
        }
    }
}

/// A scenario from the serde shape of [`Scenario`] (nested `person`, `channels` array), field by
/// field; flat [`Field::key`] keys are accepted too.
fn scenario_from_map(obj: &Object, version: u32) -> (Scenario, Vec<Ignored>) {
    let mut b = Builder::new();
    for (k, v) in obj.iter() {
        match k.as_str() {
            "version" => {}
            "person" => match v {
                Value::Object(m) => {
                    for (pk, pv) in m.iter() {
                        field_value(&mut b, version, pk, pv);
                    }
                }
                _ => b.ignore("person", IgnoreReason::UnknownValue),
            },
            "channels" => match v {
                Value::Array(arr) => {
                    for (i, cv) in arr.iter().enumerate() {
                        let path = format!("channels[{i}]");
                        match crate::model::ChannelId::ALL.get(i) {
                            Some(ch) => channel_object(&mut b, version, ch.key(), &path, cv),
                            None => b.ignore(&path, IgnoreReason::UnknownKey),
                        }
                    }
                }
                Value::Object(m) => {
                    for (ck, cv) in m.iter() {
                        match channel_from_str(ck) {
                            Some(ch) => channel_object(&mut b, version, ch.key(), ck, cv),
                            None => b.ignore(&format!("channels.{ck}"), IgnoreReason::UnknownKey),
                        }
                    }
                }
                _ => b.ignore("channels", IgnoreReason::UnknownValue),
            },
            "discount_elasticity" => field_value(&mut b, version, "elasticity", v),
            // The serde shape of the trial: `"trial": {"channel": "Wxshop", "weeks": 2, …}`.
            "trial" => match v {
                Value::Object(m) => {
                    for (tk, tv) in m.iter() {
                        let key = if tk == "channel" {
                            TRIAL_CHANNEL.to_string()
                        } else {
                            format!("trial.{tk}")
                        };
                        field_value(&mut b, version, &key, tv);
                    }
                }
                _ => b.ignore("trial", IgnoreReason::UnknownValue),
            },
            _ => field_value(&mut b, version, k, v),
        }
    }
    b.finish()
}

/// Import a JSON file made by [`scenario_json`] (or an older export, or a bare scenario
/// object). Never panics; every field is checked like a link's, and bad ones keep their
/// defaults and are listed.
pub fn import_json(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_IMPORT_LEN {
        return Err(ImportError::TooLarge);
    }
    let v = json::parse(text).map_err(|e| ImportError::NotJson {
        line: e.line,
        column: e.column,
    })?;
    import_value(&v)
}
