//! 我的方案's store: the format of the saved scenarios kept under one key ([`STORE_KEY`]), and
//! the policy of reading and writing it through a small [`Storage`] (the browser's localStorage
//! at the edge, `app::saved`; a map in the tests).
//!
//! Stored text (v1): `{ "version": 1, "items": [ { "name", "saved_at", "scenario" }, … ] }`,
//! with `scenario` the flat object of the JSON export ([`scenario_object`]); entries written
//! earlier in the nested serde shape of [`Scenario`] are read too.
//! v0 (the first draft) was a bare array of items; [`load_store`] migrates it.
//!
//! Nothing is ever dropped silently. [`load_store`] decodes entry by entry: an entry that fails
//! (wrong shape, or any value the importer would not use) goes to [`LoadedStore::corrupt`] as its
//! raw JSON, and a text that cannot be read at all goes to [`LoadedStore::whole_corrupt`].
//! [`open`] appends both to the separate key [`CORRUPT_KEY`] (`tuike-calc:saved:corrupt`) before
//! it writes the readable rest back under [`STORE_KEY`]; when they cannot be set aside, the store
//! is not written at all ([`update`] refuses): an unreadable entry is never overwritten. Every
//! write reads the store afresh (another tab may have changed it). Storage errors (private mode,
//! quota, blocked in an iframe) are values, never a panic.

use super::export::{import_value, scenario_object};
use super::json::{self, Value};
use crate::model::Scenario;

/// Key of the store.
pub const STORE_KEY: &str = "tuike-calc:saved";
/// Key where [`open`] keeps the entries that could not be read.
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

/// Why the store could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No storage (blocked: private mode, third-party iframe, settings).
    Unavailable,
    /// Writing failed (quota exceeded, or blocked).
    WriteFailed,
}

/// Where the store is kept: text by key.
pub trait Storage {
    /// The text under `key` (`None`: nothing stored).
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Keep `value` under `key`.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
}

/// The store as [`open`] read it, and what happened to unreadable entries.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub store: SavedStore,
    /// Entries that could not be read (now kept under [`CORRUPT_KEY`], or left in place when
    /// that failed).
    pub corrupt: usize,
    /// The unreadable entries could not be set aside: the store must not be written.
    pub stuck: bool,
}

/// Append unreadable raw entries to [`CORRUPT_KEY`], each with the time it was set aside
/// (`now`, ms since the Unix epoch), keeping whatever is there already.
fn set_aside(storage: &mut impl Storage, raws: &[String], now: f64) -> Result<(), StorageError> {
    // What is there already, entry by entry as JSON text.
    let mut kept: Vec<String> = match storage.get(CORRUPT_KEY)? {
        None => Vec::new(),
        Some(old) => match json::parse(&old) {
            Ok(Value::Array(v)) => v.iter().map(Value::stringify).collect(),
            // Not ours: keep it as it was, as the first entry.
            _ => vec![json::quote(&old)],
        },
    };
    for raw in raws {
        kept.push(json::object([
            ("set_aside_at", json::number(now)),
            ("raw", json::quote(raw)),
        ]));
    }
    storage.set(CORRUPT_KEY, &format!("[{}]", kept.join(",")))
}

/// Read the store; unreadable entries are set aside under [`CORRUPT_KEY`] (at time `now`) and
/// the readable rest written back.
pub fn open(storage: &mut impl Storage, now: f64) -> Result<Opened, StorageError> {
    let raw = storage.get(STORE_KEY)?;
    let loaded = load_store(raw.as_deref());
    let mut raws = loaded.corrupt.clone();
    raws.extend(loaded.whole_corrupt.iter().cloned());
    let corrupt = raws.len();
    let mut stuck = false;
    if !raws.is_empty() {
        match set_aside(storage, &raws, now) {
            Ok(()) => {
                if storage.set(STORE_KEY, &save_store(&loaded.store)).is_err() {
                    stuck = true;
                }
            }
            Err(_) => stuck = true,
        }
    }
    Ok(Opened {
        store: loaded.store,
        corrupt,
        stuck,
    })
}

/// Read the store afresh, change it with `f` (which says whether it changed anything) and write
/// it when it did; the store as it now stands, and whether it changed. Refused, writing
/// nothing, while unreadable entries could not be set aside.
pub fn update(
    storage: &mut impl Storage,
    now: f64,
    f: impl FnOnce(&mut SavedStore) -> bool,
) -> Result<(SavedStore, bool), StorageError> {
    let o = open(storage, now)?;
    if o.stuck {
        return Err(StorageError::WriteFailed);
    }
    let mut store = o.store;
    let changed = f(&mut store);
    if changed {
        storage.set(STORE_KEY, &save_store(&store))?;
    }
    Ok((store, changed))
}
