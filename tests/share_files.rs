//! Native tests of files: the weekly CSV, the JSON export and import, the saved-scenario store.
//! (Hostile JSON and stored text are fuzzed in `parsers_fuzz.rs`, one generator per parser.)

mod strategies;

use proptest::prelude::*;
use strategies::*;
use tuike_calc::i18n::{self, Lang};
use tuike_calc::model::*;
use tuike_calc::share::export::*;
use tuike_calc::share::saved::*;
use tuike_calc::share::*;

// ---------- CSV ----------

#[test]
fn weekly_csv_round_trips() {
    let mut s = Scenario::default();
    s.person.horizon_weeks = 30.0;
    for ch in ChannelId::ALL {
        s.channel = ch;
        let d = decide(&s);
        let p = d.chosen();
        for lang in [Lang::Zh, Lang::En] {
            let title = i18n::verdict::csv_title(&d.verdict, lang);
            let csv = weekly_csv(p, &title, &i18n::keys::csv_header(lang));
            assert!(csv.starts_with('\u{feff}'));
            assert!(csv.ends_with("\r\n"));
            // Title, an empty row, the header, one row a week.
            assert_eq!(csv.matches("\r\n").count(), 3 + p.weeks.len());
            let mut lines = csv.lines();
            let first = lines.next().unwrap();
            // The title says what the page says: the verdict and ¥/小时.
            assert!(
                first.contains(i18n::verdict::title(d.verdict.kind, lang)),
                "{first}"
            );
            assert!(first.contains(&i18n::num::per_hour(d.verdict.net_per_hour, lang)));
            assert_eq!(lines.next(), Some(""));
            let header = lines.next().unwrap();
            match lang {
                // Running totals and stocks say so in their heads.
                Lang::Zh => {
                    assert!(
                        header.starts_with("周,受众（期末，人）,曝光（本周）"),
                        "{header}"
                    );
                    assert!(header.contains("送出粉丝（累计至本周末）"), "{header}");
                }
                Lang::En => {
                    assert!(
                        header.starts_with(
                            "Week,Audience at week end (people),Impressions this week"
                        ),
                        "{header}"
                    );
                    assert!(
                        header.contains("Followers donated to date (at week end)"),
                        "{header}"
                    );
                    assert!(!header.contains('"'), "no quoted heads: {header}");
                }
            }
            let rows = read_weekly_csv(&csv);
            assert_eq!(rows.len(), p.weeks.len());
            for (r, w) in rows.iter().zip(&p.weeks) {
                let want = [
                    // Weeks numbered from 1, as on the page.
                    w.week as f64 + 1.0,
                    w.audience,
                    w.impressions,
                    w.clicks,
                    w.orders,
                    w.gmv,
                    w.commission,
                    w.overrides,
                    w.savings,
                    w.costs,
                    w.net,
                    w.cash,
                    w.hours,
                    w.visits_donated,
                    w.followers_donated,
                    w.donated_gmv,
                ];
                assert_eq!(r.len(), want.len());
                for (a, b) in r.iter().zip(want) {
                    assert!((a - b).abs() <= 0.005 + 1e-9 * b.abs(), "{a} vs {b}");
                }
            }
        }
    }
}

#[test]
fn csv_cells() {
    assert_eq!(csv_number(1.0), "1");
    assert_eq!(csv_number(12.5), "12.5");
    assert_eq!(csv_number(-0.001), "0");
    assert_eq!(csv_number(2.345678), "2.35");
    assert_eq!(csv_cell("a,b"), "\"a,b\"");
    assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    // Quoted cells read back whole (the `csv` crate, as a spreadsheet would).
    let line = format!("{},{}\r\n", csv_cell("a,b"), csv_cell("say \"hi\""));
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(line.as_bytes());
    let rec = r.records().next().unwrap().unwrap();
    assert_eq!(rec.iter().collect::<Vec<_>>(), ["a,b", "say \"hi\""]);
}

/// The numbers of each data row of a [`weekly_csv`], read with the `csv` crate: after the BOM,
/// a title row of one cell, an empty row (which the reader skips) and the header, every row has
/// the header's cells, each a finite number.
fn read_weekly_csv(text: &str) -> Vec<Vec<f64>> {
    let text = text.strip_prefix('\u{feff}').unwrap();
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let records: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    let (title, rest) = records.split_first().unwrap();
    assert_eq!(title.len(), 1, "a title row of one cell");
    let (header, data) = rest.split_first().unwrap();
    assert_eq!(header.len(), CSV_COLUMNS);
    data.iter()
        .map(|row| {
            assert_eq!(row.len(), CSV_COLUMNS, "{row:?}");
            row.iter()
                .map(|c| c.parse::<f64>().ok().filter(|v| v.is_finite()).unwrap())
                .collect()
        })
        .collect()
}

// ---------- JSON ----------

proptest! {
    #![proptest_config(cfg("share_files"))]

    #[test]
    fn json_round_trips(s in valid_scenario()) {
        let text = scenario_json(&s);
        let imp = import_json(&text).unwrap();
        prop_assert_eq!(&imp.ignored, &Vec::<Ignored>::new());
        prop_assert_eq!(&imp.scenario, &s);
    }
}

/// The files of the older, nested form (`person`, a `channels` array with `override_rates`, a
/// `trial` naming its channel by variant, `goal_monthly`), as the calculator wrote them before
/// the flat export (`tests/fixtures/old-format/NN.json`): each imports, nothing ignored, to the
/// scenario its flat export beside it (`NN.expected.json`) gives.
#[test]
fn old_nested_files_import() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/old-format");
    let read = |name: String| std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
    for i in 0..12 {
        let old = import_json(&read(format!("{i:02}.json"))).unwrap();
        let flat = import_json(&read(format!("{i:02}.expected.json"))).unwrap();
        assert_eq!(old.ignored, vec![], "{i:02}");
        assert_eq!(flat.ignored, vec![], "{i:02}");
        assert_eq!(old.scenario, flat.scenario, "{i:02}");
    }
    assert_eq!(
        import_json(&read("00.json".into())).unwrap().scenario,
        Scenario::default()
    );
    // 01: a trial, a goal, a seed near 2^53 and all four override rates.
    let s = import_json(&read("01.json".into())).unwrap().scenario;
    assert_eq!(s.channel, ChannelId::Social);
    assert_eq!(s.seed, 9_007_199_254_740_000);
    assert_eq!(s.goal_monthly, Some(1500.0));
    assert_eq!(s.trial.channel, ChannelId::Social);
    assert_eq!(
        [
            s.trial.weeks,
            s.trial.posts,
            s.trial.clicks,
            s.trial.orders,
            s.trial.commission
        ],
        [Some(3.0), Some(12.0), Some(40.0), Some(2.0), Some(9.5)]
    );
    let social = Field::Channel;
    let rates = [
        ChannelField::OverrideRate1,
        ChannelField::OverrideRate2,
        ChannelField::OverrideRate3,
        ChannelField::OverrideRate4,
    ]
    .map(|f| s.get(social(ChannelId::Social, f)));
    assert_eq!(rates, [0.1, 0.04, 0.02, 0.01]);
    // A nested file missing fields still imports, the rest at their defaults.
    let partial = import_json(r#"{"version":1,"person":{"followers":123}}"#).unwrap();
    assert_eq!(partial.ignored, vec![]);
    let mut want = Scenario::default();
    want.person.followers = 123.0;
    assert_eq!(partial.scenario, want);
}

/// A file whose trial names a channel and no result opens with an empty trial on the empty
/// trial's channel: links and files leave an empty trial out, so the page they reopen must be
/// the same (found by the `import` fuzz target: the file's trial channel survived, its link
/// reopened another scenario).
#[test]
fn an_empty_trial_keeps_no_channel() {
    let text = scenario_json(&Scenario::default()).replacen(
        "\"ch\": \"wxshop\",",
        "\"ch\": \"wxshop\", \"trial.ch\": \"taoke\",",
        1,
    );
    assert!(text.contains("\"trial.ch\": \"taoke\""), "{text}");
    let file = import_json(&text).expect("imports");
    assert!(file.scenario.trial.is_empty(), "{:?}", file.scenario.trial);
    assert_eq!(file.scenario.trial.channel, Trial::default().channel);
    let link = url::decode(&url::encode(&file.scenario, Lang::Zh));
    assert_eq!(link.scenario, file.scenario);
}

#[test]
fn json_export_shape() {
    let text = scenario_json(&Scenario::default());
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "tuike-calc/scenario");
    assert_eq!(v["version"], 1);
    // Flat, keyed like the link: every field, the seed as a string (64-bit exact).
    assert_eq!(v["scenario"]["followers"], 800.0);
    assert_eq!(v["scenario"]["wxshop.commission_rate"], 0.05);
    assert_eq!(v["scenario"]["ch"], "wxshop");
    assert_eq!(v["scenario"]["seed"], "20250312");
    assert_eq!(
        v["scenario"].as_object().unwrap().len(),
        2 + Field::all().count()
    );
    assert!(
        text.contains("\n    \"followers\": 800,\n"),
        "one field a line:\n{text}"
    );
}

#[test]
fn json_import_errors_and_field_reports() {
    assert!(matches!(
        import_json("not json"),
        Err(ImportError::NotJson { line: 1, .. })
    ));
    assert_eq!(import_json("[1,2]"), Err(ImportError::WrongFormat));
    assert_eq!(import_json("{}"), Err(ImportError::WrongFormat));
    assert_eq!(import_json("{\"a\":1}"), Err(ImportError::WrongFormat));
    assert_eq!(
        import_json(r#"{"format":"other","version":1,"scenario":{}}"#),
        Err(ImportError::WrongFormat)
    );
    assert_eq!(
        import_json(r#"{"format":"tuike-calc/scenario","version":1,"scenario":3}"#),
        Err(ImportError::WrongFormat)
    );
    assert_eq!(
        import_json(r#"{"format":"tuike-calc/scenario","version":7,"scenario":{}}"#),
        Err(ImportError::NewerVersion(7))
    );
    assert_eq!(
        import_json(&" ".repeat(MAX_IMPORT_LEN + 1)),
        Err(ImportError::TooLarge)
    );
    assert!(matches!(
        import_json(&"[".repeat(10_000)),
        Err(ImportError::NotJson { .. })
    ));
    // A number beyond f64 is read, and refused as a value (the file is otherwise fine).
    let imp = import_json(r#"{"draws":1e400}"#).unwrap();
    assert_eq!(imp.scenario.draws, Scenario::default().draws);
    assert_eq!(imp.ignored[0].key, "draws");
    for e in [
        ImportError::NotJson { line: 1, column: 2 },
        ImportError::WrongFormat,
        ImportError::NewerVersion(2),
        ImportError::TooLarge,
    ] {
        assert!(!i18n::errors::import_error(&e, Lang::Zh).is_empty());
        assert!(!i18n::errors::import_error(&e, Lang::En).is_empty());
    }

    let text = r#"{
      "format": "tuike-calc/scenario", "version": 1,
      "scenario": {
        "person": { "followers": "lots", "posts_per_week": 9, "reach_rate": 1e300, "junk": {"a": [1]} },
        "channels": [ { "price": 100, "coupon": 80, "override_rates": [0.1, "x", 0.2, 0.3, 0.4] }, 7 ],
        "seed": -3, "channel": "Nope", "draws": 20000.5, "discount_elasticity": null, "extra": [[[]]]
      }
    }"#;
    let imp = import_json(text).unwrap();
    let s = &imp.scenario;
    let d = Scenario::default();
    assert_eq!(s.person.followers, d.person.followers);
    assert_eq!(s.person.posts_per_week, 9.0);
    assert_eq!(s.person.reach_rate, d.person.reach_rate);
    assert_eq!(s.channels[0].price, 100.0);
    assert_eq!(s.channels[0].coupon, 80.0);
    assert_eq!(s.channels[0].override_rates(), [0.1, 0.0, 0.2, 0.3]);
    assert_eq!(s.seed, d.seed);
    assert_eq!(s.channel, d.channel);
    assert_eq!(s.draws, d.draws);
    let keys: Vec<&str> = imp.ignored.iter().map(|i| i.key.as_str()).collect();
    for k in [
        "followers",
        "reach_rate",
        "junk",
        "taoke.override_rate_2",
        "taoke.override_rate_5",
        "channels[1]",
        "seed",
        "channel",
        "draws",
        "elasticity",
        "extra",
    ] {
        assert!(keys.contains(&k), "{k} not in {keys:?}");
    }
    assert_eq!(imp.ignored.len(), 11, "{keys:?}");
    assert_eq!(s.validate(), Ok(()));
}

// ---------- saved store ----------

fn scen(followers: f64) -> Scenario {
    let mut s = Scenario::default();
    s.person.followers = followers;
    s
}

#[test]
fn store_round_trips() {
    let mut st = SavedStore::default();
    assert!(st.upsert("  A  ", scen(1.0), 1000.0));
    assert!(st.upsert("B", scen(2.0), 2000.0));
    assert!(st.upsert("A", scen(3.0), 3000.0));
    assert_eq!(st.items.len(), 2);
    assert_eq!(st.items[0].name, "A");
    assert_eq!(st.items[0].scenario.person.followers, 3.0);
    let text = save_store(&st);
    let l = load_store(Some(&text));
    assert!(l.corrupt.is_empty() && l.whole_corrupt.is_none());
    assert_eq!(l.store, st);
    assert!(st.remove("B"));
    assert!(!st.remove("B"));
    assert_eq!(st.items.len(), 1);
    assert_eq!(load_store(None), LoadedStore::default());
    assert_eq!(load_store(Some("")), LoadedStore::default());
}

#[test]
fn store_names_and_cap() {
    let mut st = SavedStore::default();
    let long = "名".repeat(100);
    st.upsert(&long, scen(1.0), 0.0);
    assert_eq!(st.items[0].name.chars().count(), MAX_NAME_CHARS);
    st.upsert(" \t\n", scen(1.0), 0.0);
    assert_eq!(st.items[0].name, UNNAMED);
    for i in 0..100 {
        st.upsert(&format!("n{i}"), scen(1.0), i as f64);
    }
    assert_eq!(st.items.len(), MAX_ITEMS);
    assert!(!st.upsert("new", scen(1.0), 0.0));
    assert!(
        st.upsert("n3", scen(9.0), 0.0),
        "replacing is allowed when full"
    );
}

#[test]
fn corrupt_entries_are_kept_aside() {
    let mut st = SavedStore::default();
    st.upsert("good", scen(5.0), 1.0);
    let good = save_store(&st);
    let v: serde_json::Value = serde_json::from_str(&good).unwrap();
    let good_item = v["items"][0].to_string();
    let text = format!(
        r#"{{"version":1,"items":[{good_item},{{"name":"bad","saved_at":2,"scenario":{{"person":{{"followers":-1}}}}}},42,{{"name":7}}]}}"#
    );
    let l = load_store(Some(&text));
    assert_eq!(l.store.items.len(), 1);
    assert_eq!(l.store.items[0].name, "good");
    assert_eq!(l.corrupt.len(), 3);
    assert!(l.corrupt[0].contains("\"followers\":-1"));
    assert_eq!(l.corrupt[1], "42");
    assert!(l.whole_corrupt.is_none());

    for whole in [
        "{not json",
        "{\"version\":2,\"items\":[]}",
        "{\"items\":3}",
        "\"str\"",
    ] {
        let l = load_store(Some(whole));
        assert_eq!(l.whole_corrupt.as_deref(), Some(whole));
        assert!(l.store.items.is_empty());
    }
    assert_eq!(STORE_KEY, "tuike-calc:saved");
    assert_eq!(CORRUPT_KEY, "tuike-calc:saved:corrupt");
}

#[test]
fn v0_store_migrates() {
    // v0: a bare array of items, no saved_at.
    let v0 =
        r#"[{"name":"old","scenario":{"person":{"followers":1234}}},{"name":"x","scenario":"?"}]"#;
    let l = load_store(Some(v0));
    assert_eq!(l.store.version, STORE_VERSION);
    assert_eq!(l.store.items.len(), 1);
    assert_eq!(l.store.items[0].name, "old");
    assert_eq!(l.store.items[0].saved_at, 0.0);
    assert_eq!(l.store.items[0].scenario, scen(1234.0));
    assert_eq!(l.corrupt.len(), 1);
    let again = load_store(Some(&save_store(&l.store)));
    assert_eq!(again.store, l.store);
    assert!(save_store(&l.store).starts_with("{\"version\":1,"));
    // A v0 store as the calculator wrote it, each entry's scenario in the nested form
    // (`tests/fixtures/old-format/store-v0.json`: the scenarios of `01.json` and `00.json`).
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/old-format");
    let read = |name: &str| std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
    let l = load_store(Some(&read("store-v0.json")));
    assert_eq!(l.corrupt, Vec::<String>::new());
    let names: Vec<&str> = l.store.items.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["旧方案", "B"]);
    for (item, file) in l
        .store
        .items
        .iter()
        .zip(["01.expected.json", "00.expected.json"])
    {
        assert_eq!(item.scenario, import_json(&read(file)).unwrap().scenario);
    }
}
