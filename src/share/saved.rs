//! The format of the saved scenarios the browser keeps in localStorage under one key
//! ([`STORE_KEY`]).
//!
//! Stored text (v1): `{ "version": 1, "items": [ { "name", "saved_at", "scenario" }, … ] }`,
//! with `scenario` the flat object of the JSON export ([`scenario_object`]); entries written
//! earlier in the nested serde shape of [`Scenario`] are read too.
//! v0 (the first draft) was a bare array of items; [`load_store`] migrates it.
//!
//! Nothing is ever dropped silently. [`load_store`] decodes entry by entry: an entry that fails
//! (wrong shape, or any value the importer would not use) goes to [`LoadedStore::corrupt`] as its
//! raw JSON, and a text that cannot be read at all goes to [`LoadedStore::whole_corrupt`]. **The
//! caller must append both to the separate key [`CORRUPT_KEY`] (`tuike-calc:saved:corrupt`)
//! before it writes [`save_store`]'s output back under [`STORE_KEY`]**, and tell the person that
//! some saved scenarios could not be read.

use super::export::{import_value, scenario_object};
use super::json::{self, Value};
use crate::model::Scenario;

/// localStorage key of the store.
pub const STORE_KEY: &str = "tuike-calc:saved";
/// localStorage key where the caller keeps entries that could not be read.
pub const CORRUPT_KEY: &str = "tuike-calc:saved:corrupt";
/// Current version of the stored format.
pub const STORE_VERSION: u32 = 1;
/// Most saved scenarios.
pub const MAX_ITEMS: usize = 50;
/// Longest name, in characters (after trimming).
pub const MAX_NAME_CHARS: usize = 60;
/// Largest stored text [`load_store`] reads, bytes (localStorage holds ~5 MB per origin).
pub const MAX_STORE_LEN: usize = 4 * 1024 * 1024;
/// Name given to an empty name.
pub const UNNAMED: &str = "未命名";

/// All saved scenarios, most recently saved first.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedStore {
    pub version: u32,
    pub items: Vec<SavedItem>,
}

/// One saved scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedItem {
    pub name: String,
    /// Milliseconds since the Unix epoch, given by the caller.
    pub saved_at: f64,
    pub scenario: Scenario,
}

impl Default for SavedStore {
    fn default() -> Self {
        SavedStore {
            version: STORE_VERSION,
            items: Vec::new(),
        }
    }
}

/// What [`load_store`] found.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LoadedStore {
    /// The entries that decoded.
    pub store: SavedStore,
    /// Raw JSON of each entry that failed to decode, kept aside (see the module docs).
    pub corrupt: Vec<String>,
    /// The whole raw text, when it could not be read at all (not JSON, wrong shape, newer
    /// version, too large). The store is then empty.
    pub whole_corrupt: Option<String>,
}

/// A name trimmed, with control characters removed, cut to [`MAX_NAME_CHARS`] characters;
/// [`UNNAMED`] when nothing is left.
pub fn normalize_name(name: &str) -> String {
    let cleaned: String = name.chars().filter(|c| !c.is_control()).collect();
    let cut: String = cleaned.trim().chars().take(MAX_NAME_CHARS).collect();
    let cut = cut.trim_end().to_string();
    if cut.is_empty() {
        UNNAMED.to_string()
    } else {
        cut
    }
}

impl SavedStore {
    /// Save `scenario` under `name` (normalised): replaces an item of that name, or adds one at
    /// the front. Returns false, changing nothing, when the name is new and the store already
    /// holds [`MAX_ITEMS`] (the caller asks the person to delete one first).
    pub fn upsert(&mut self, name: &str, scenario: Scenario, now: f64) -> bool {
        let name = normalize_name(name);
        let saved_at = if now.is_finite() { now } else { 0.0 };
        let item = SavedItem {
            name,
            saved_at,
            scenario,
        };
        if let Some(i) = self.items.iter().position(|x| x.name == item.name) {
            self.items.remove(i);
        } else if self.items.len() >= MAX_ITEMS {
            return false;
        }
        self.items.insert(0, item);
        true
    }

    /// Delete the item called `name` (normalised); whether there was one.
    pub fn remove(&mut self, name: &str) -> bool {
        let name = normalize_name(name);
        let before = self.items.len();
        self.items.retain(|x| x.name != name);
        self.items.len() != before
    }

    /// The item called `name` (normalised).
    pub fn get(&self, name: &str) -> Option<&SavedItem> {
        let name = normalize_name(name);
        self.items.iter().find(|x| x.name == name)
    }
}

/// The text to store under [`STORE_KEY`].
pub fn save_store(store: &SavedStore) -> String {
    let items: Vec<String> = store
        .items
        .iter()
        .map(|i| {
            json::object([
                ("name", json::quote(&i.name)),
                ("saved_at", json::number(i.saved_at)),
                ("scenario", scenario_object(&i.scenario)),
            ])
        })
        .collect();
    json::object([
        ("version", STORE_VERSION.to_string()),
        ("items", format!("[{}]", items.join(","))),
    ])
}

/// One entry, or `None` when it must be kept aside.
fn decode_item(v: &Value) -> Option<SavedItem> {
    let Value::Object(o) = v else { return None };
    let Some(Value::String(name)) = o.get("name") else {
        return None;
    };
    let saved_at = match o.get("saved_at") {
        None | Some(Value::Null) => 0.0,
        Some(x) => json::as_f64(x)?,
    };
    let scenario = o.get("scenario")?;
    if !matches!(scenario, Value::Object(_)) {
        return None;
    }
    let imported = import_value(scenario).ok()?;
    if !imported.ignored.is_empty() {
        return None;
    }
    Some(SavedItem {
        name: normalize_name(name),
        saved_at,
        scenario: imported.scenario,
    })
}

/// Read the stored text (`None`: nothing stored yet). Never panics and never loses an entry:
/// see the module docs for `corrupt` and `whole_corrupt`.
pub fn load_store(raw: Option<&str>) -> LoadedStore {
    let Some(raw) = raw else {
        return LoadedStore::default();
    };
    if raw.trim().is_empty() {
        return LoadedStore::default();
    }
    let whole = || LoadedStore {
        whole_corrupt: Some(raw.to_string()),
        ..LoadedStore::default()
    };
    if raw.len() > MAX_STORE_LEN {
        return whole();
    }
    let Ok(v) = json::parse(raw) else {
        return whole();
    };
    // Migrations: v0 was a bare array of items.
    let items: &Vec<Value> = match &v {
        Value::Array(items) => items,
        Value::Object(o) => {
            let version = o.get("version").and_then(json::as_u64);
            match (version, o.get("items")) {
                (Some(n), Some(Value::Array(items))) if n <= STORE_VERSION as u64 => items,
                _ => return whole(),
            }
        }
        _ => return whole(),
    };
    let mut out = LoadedStore::default();
    for item in items {
        match decode_item(item) {
            Some(it) => out.store.items.push(it),
            None => out.corrupt.push(item.stringify()),
        }
    }
    out
}
