//! Fuzzing the page's file parsers (issue 7): imported JSON (`import_json`) and the stored
//! scenarios (`load_store`), 100,000 hostile texts each: no panic; every rejection of an import
//! is an `ImportError` with a non-empty zh and en sentence; whatever is accepted is a valid
//! scenario; the store never loses an entry (each one is decoded or kept aside) and what it
//! keeps saves and loads again unchanged.
//!
//! The other two parsers have their own 100,000-case runs: numbers as people type them
//! (`tests/input.rs`, `parse_never_panics`) and the URL state (`tests/share_link.rs`, hostile links).
//!
//! Cases come from a seeded generator (one `u64` per case, printed on failure) mutating real
//! files, so 100,000 cases stay quick in a debug build.
#![cfg(not(target_arch = "wasm32"))]

mod strategies;

use strategies::Rng;
use tuike_calc::i18n::Lang;
use tuike_calc::model::{ChannelId, Scenario};
use tuike_calc::share::export::{import_json, ImportError};
use tuike_calc::share::saved::{load_store, save_store, SavedStore};

const CASES: u64 = 100_000;

const FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1e308",
    "1e400",
    "-0",
    "NaN",
    "Infinity",
    "18446744073709551616",
    "0.0000001",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"万\"",
    "\"1.2万\"",
    "\"scenario\"",
    "\"version\"",
    "\"items\"",
    "\"name\"",
    "\"saved_at\"",
    "\"person\"",
    "\"channels\"",
    "\"followers\"",
    "\"draws\"",
    "\"seed\"",
    "\"channel\"",
    "\"Wxshop\"",
    "\"wxshop\"",
    "\"format\"",
    "\"tuike-calc/scenario\"",
    "99",
    "9999999999",
    "推客",
    "🙂",
    "\n",
    " ",
    "\\",
    "/*",
    "[[[[[[[[",
    "{\"a\":",
];

/// Real texts the parsers see: an exported scenario file (the older nested form, from
/// `tests/fixtures/old-format`), a bare scenario, a saved store with two entries, an old (v0)
/// store.
fn bases() -> Vec<String> {
    let mut s = Scenario::default();
    s.person.followers = 12_000.0;
    s.channel = ChannelId::Taoke;
    let scen = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/old-format/01.json"
    ))
    .unwrap();
    let file = format!(r#"{{"format":"tuike-calc/scenario","version":1,"scenario":{scen}}}"#);
    let mut store = SavedStore::default();
    store.upsert("方案 A", s.clone(), 1_700_000_000_000.0);
    store.upsert("B", Scenario::default(), 1_700_000_100_000.0);
    let stored = save_store(&store);
    let v0 = format!(r#"[{{"name":"old","saved_at":1,"scenario":{scen}}}]"#);
    vec![file, scen, stored, v0, "{}".into(), "[]".into()]
}

fn char_floor(t: &str, mut at: usize) -> usize {
    at = at.min(t.len());
    while !t.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One hostile text from a seed: a real text with 1–6 mutations, or fragments only.
fn hostile(seed: u64, bases: &[String]) -> String {
    let mut r = Rng::new(seed);
    if r.below(10) == 0 {
        let n = r.below(40);
        return (0..n).map(|_| r.pick(FRAGMENTS)).collect();
    }
    let mut t = bases[r.below(bases.len())].clone();
    for _ in 0..1 + r.below(6) {
        let at = char_floor(&t, r.below(t.len() + 1));
        match r.below(6) {
            // Insert a fragment.
            0 | 1 => t.insert_str(at, r.pick(FRAGMENTS)),
            // Delete a short range.
            2 => {
                let end = char_floor(&t, at + 1 + r.below(12));
                t.replace_range(at..end, "");
            }
            // Truncate.
            3 => t.truncate(at),
            // Replace the next number with an extreme one.
            4 => {
                if let Some(i) = t[at..].find(|c: char| c.is_ascii_digit()) {
                    let i = at + i;
                    let j = t[i..]
                        .find(|c: char| !(c.is_ascii_digit() || ".eE+-".contains(c)))
                        .map_or(t.len(), |j| i + j);
                    let x = r.pick(&[
                        "-1",
                        "1e400",
                        "0",
                        "1e9",
                        "-0",
                        "4294967296",
                        "1.5",
                        "\"7\"",
                    ]);
                    t.replace_range(i..j, x);
                }
            }
            // Swap a value for another type.
            _ => {
                if let Some(i) = t[at..].find(':') {
                    let i = at + i + 1;
                    let x = r.pick(&["null", "[]", "{}", "\"\"", "true", "[1,2]"]);
                    t.insert_str(i, x);
                }
            }
        }
    }
    t
}

#[test]
fn imported_json_100k_hostile_files() {
    let bases = bases();
    let (mut ok, mut rejected) = (0u32, 0u32);
    for seed in 0..CASES {
        let t = hostile(seed, &bases);
        match import_json(&t) {
            Ok(imp) => {
                ok += 1;
                assert_eq!(
                    imp.scenario.validate(),
                    Ok(()),
                    "seed {seed}: accepted an invalid scenario from {t:?}"
                );
            }
            Err(e) => {
                rejected += 1;
                for l in [Lang::Zh, Lang::En] {
                    let m = tuike_calc::i18n::errors::import_error(&e, l);
                    assert!(
                        m.chars().count() >= 6 && !m.contains("{}"),
                        "seed {seed}: unclear message {m:?} for {e:?}"
                    );
                }
                if let ImportError::NotJson { line, column } = e {
                    assert!(line >= 1 && column <= t.len() + 1, "seed {seed}: {e:?}");
                }
            }
        }
    }
    println!("import_json: {ok} accepted, {rejected} rejected of {CASES}");
    assert!(
        ok > 1_000 && rejected > 10_000,
        "the generator lost its bite: {ok} accepted, {rejected} rejected"
    );
}

#[test]
fn stored_scenarios_100k_hostile_stores() {
    let bases = bases();
    let (mut kept, mut aside) = (0usize, 0usize);
    for seed in 0..CASES {
        let t = hostile(seed, &bases);
        let l = load_store(Some(&t));
        for it in &l.store.items {
            assert_eq!(it.scenario.validate(), Ok(()), "seed {seed}: {t:?}");
        }
        // Nothing is lost: an array's entries are each decoded or kept aside, else the whole
        // text is kept aside.
        if l.whole_corrupt.is_some() {
            assert!(
                l.store.items.is_empty() && l.corrupt.is_empty(),
                "seed {seed}"
            );
        }
        kept += l.store.items.len();
        aside += l.corrupt.len() + usize::from(l.whole_corrupt.is_some());
        // What was kept saves and loads again unchanged.
        if !l.store.items.is_empty() {
            let again = load_store(Some(&save_store(&l.store)));
            assert_eq!(again.store, l.store, "seed {seed}");
            assert!(again.corrupt.is_empty() && again.whole_corrupt.is_none());
        }
    }
    println!("load_store: {kept} entries kept, {aside} kept aside, over {CASES} texts");
    assert!(kept > 1_000 && aside > 10_000, "{kept} kept, {aside} aside");
}
