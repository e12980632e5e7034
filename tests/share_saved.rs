//! 我的方案's storage policy (`share::saved::{open, update}`) over a store in memory: unreadable
//! entries are set aside before anything is written, never overwritten, and storage errors are
//! values. The format itself is tested in `share_files.rs`.

use std::collections::BTreeMap;
use tuike_calc::model::Scenario;
use tuike_calc::share::saved::*;

/// A store in memory that can refuse as a browser does: no storage at all, or no writing to
/// some keys (a full quota, a blocked iframe).
#[derive(Default)]
struct Memory {
    map: BTreeMap<String, String>,
    unavailable: bool,
    read_only: Vec<&'static str>,
    writes: usize,
}

impl Storage for Memory {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        if self.unavailable {
            return Err(StorageError::Unavailable);
        }
        Ok(self.map.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.unavailable {
            return Err(StorageError::Unavailable);
        }
        if self.read_only.contains(&key) {
            return Err(StorageError::WriteFailed);
        }
        self.writes += 1;
        self.map.insert(key.into(), value.into());
        Ok(())
    }
}

fn scen(followers: f64) -> Scenario {
    let mut s = Scenario::default();
    s.person.followers = followers;
    s
}

/// A stored text with one good entry ("good") and one that cannot be read ("bad").
fn with_a_bad_entry() -> String {
    let mut st = SavedStore::default();
    st.upsert("good", scen(5.0), 1.0);
    let good = save_store(&st);
    let items = good
        .split_once("\"items\":[")
        .map(|(_, rest)| rest.trim_end_matches("]}"))
        .unwrap();
    format!(
        r#"{{"version":1,"items":[{items},{{"name":"bad","saved_at":2,"scenario":{{"person":{{"followers":-1}}}}}}]}}"#
    )
}

fn aside(m: &Memory) -> Vec<serde_json::Value> {
    let text = m.map.get(CORRUPT_KEY).expect("entries set aside");
    serde_json::from_str::<Vec<serde_json::Value>>(text).unwrap()
}

#[test]
fn an_empty_store_opens_empty_and_writes_nothing() {
    let mut m = Memory::default();
    let o = open(&mut m, 10.0).unwrap();
    assert_eq!(o.store, SavedStore::default());
    assert_eq!((o.corrupt, o.stuck), (0, false));
    assert_eq!(m.writes, 0);
}

#[test]
fn saving_writes_the_store_and_reads_back() {
    let mut m = Memory::default();
    let (st, changed) = update(&mut m, 10.0, |st| st.upsert("A", scen(7.0), 10.0)).unwrap();
    assert!(changed);
    assert_eq!(st.items[0].name, "A");
    assert_eq!(open(&mut m, 11.0).unwrap().store, st);
    // Nothing changed (a name that is not there): nothing written.
    let writes = m.writes;
    let (_, changed) = update(&mut m, 12.0, |st| st.remove("nobody")).unwrap();
    assert!(!changed);
    assert_eq!(m.writes, writes);
}

#[test]
fn an_unreadable_entry_is_set_aside_before_the_store_is_written() {
    let mut m = Memory::default();
    m.map.insert(STORE_KEY.into(), with_a_bad_entry());
    let o = open(&mut m, 42.0).unwrap();
    assert_eq!((o.corrupt, o.stuck), (1, false));
    assert_eq!(o.store.items.len(), 1);
    // Set aside with its time, whole; the store written back without it.
    let kept = aside(&m);
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0]["set_aside_at"], 42.0);
    assert!(kept[0]["raw"]
        .as_str()
        .unwrap()
        .contains("\"followers\":-1"));
    assert_eq!(
        load_store(m.map.get(STORE_KEY).map(|s| s.as_str())).store,
        o.store
    );
    // Opened again: nothing more to set aside.
    let again = open(&mut m, 43.0).unwrap();
    assert_eq!(again.corrupt, 0);
    assert_eq!(aside(&m).len(), 1);
}

#[test]
fn what_was_set_aside_before_is_kept() {
    let mut m = Memory::default();
    m.map.insert(
        CORRUPT_KEY.into(),
        r#"[{"set_aside_at":1,"raw":"old"}]"#.into(),
    );
    m.map.insert(STORE_KEY.into(), "{not json".into());
    let o = open(&mut m, 5.0).unwrap();
    assert_eq!((o.corrupt, o.store.items.len()), (1, 0));
    let kept = aside(&m);
    assert_eq!(kept.len(), 2);
    assert_eq!(kept[0]["raw"], "old");
    assert_eq!(kept[1]["raw"], "{not json");

    // A text under the key that is not ours stays, as the first entry.
    let mut m = Memory::default();
    m.map.insert(CORRUPT_KEY.into(), "someone else's".into());
    m.map.insert(STORE_KEY.into(), "{not json".into());
    open(&mut m, 5.0).unwrap();
    let kept = aside(&m);
    assert_eq!(kept[0], "someone else's");
    assert_eq!(kept[1]["raw"], "{not json");
}

#[test]
fn an_unreadable_entry_that_cannot_be_set_aside_is_never_overwritten() {
    let mut m = Memory {
        read_only: vec![CORRUPT_KEY],
        ..Memory::default()
    };
    let stored = with_a_bad_entry();
    m.map.insert(STORE_KEY.into(), stored.clone());
    let o = open(&mut m, 1.0).unwrap();
    assert_eq!((o.corrupt, o.stuck), (1, true));
    // Saving is refused, and the stored text is as it was.
    let r = update(&mut m, 2.0, |st| st.upsert("new", scen(1.0), 2.0));
    assert_eq!(r, Err(StorageError::WriteFailed));
    assert_eq!(m.map.get(STORE_KEY), Some(&stored));
    assert_eq!(m.writes, 0);
}

#[test]
fn a_store_that_cannot_be_written_back_is_stuck() {
    // Set aside, but the store itself cannot be written: stuck, and saving refused.
    let mut m = Memory {
        read_only: vec![STORE_KEY],
        ..Memory::default()
    };
    m.map.insert(STORE_KEY.into(), with_a_bad_entry());
    let o = open(&mut m, 1.0).unwrap();
    assert_eq!((o.corrupt, o.stuck), (1, true));
    assert_eq!(aside(&m).len(), 1);
    assert_eq!(
        update(&mut m, 2.0, |st| st.upsert("new", scen(1.0), 2.0)),
        Err(StorageError::WriteFailed)
    );
}

#[test]
fn storage_errors_are_values() {
    let mut m = Memory {
        unavailable: true,
        ..Memory::default()
    };
    assert_eq!(open(&mut m, 0.0), Err(StorageError::Unavailable));
    assert_eq!(
        update(&mut m, 0.0, |st| st.upsert("A", scen(1.0), 0.0)),
        Err(StorageError::Unavailable)
    );
    // A full quota: the change is not kept, and says so.
    let mut m = Memory {
        read_only: vec![STORE_KEY],
        ..Memory::default()
    };
    assert_eq!(
        update(&mut m, 0.0, |st| st.upsert("A", scen(1.0), 0.0)),
        Err(StorageError::WriteFailed)
    );
    assert!(m.map.is_empty());
}
