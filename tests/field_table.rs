//! The field table's values, every field × channel, against snapshots taken before the table
//! was rewritten as one declaration per field (issue 22): defaults, ranges, sources and their
//! notes, bounds, labels, units, groups and whether the channel uses the field.

use tuike_calc::model::*;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn same(got: String, want: String) {
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        assert_eq!(g, w, "line {}", i + 1);
    }
    assert_eq!(got.lines().count(), want.lines().count());
}

/// What the page and the model read: every field's definition and its meta per channel.
#[test]
fn every_field_keeps_its_definition_and_meta() {
    let mut out = String::new();
    for f in Field::all().chain(Field::optional()) {
        out.push_str(&format!("{} {:?} {:?}\n", f.key(), f.def(), f.meta()));
    }
    same(out, fixture("field_table.txt"));
}

/// The table's own cells: each spec, its range given or not.
#[test]
fn every_cell_keeps_its_spec() {
    let mut out = String::new();
    for r in PERSON
        .iter()
        .chain([&ELASTICITY, &DRAWS])
        .chain(TRIAL.iter())
        .chain([&GOAL])
    {
        out.push_str(&format!("{} {:?}\n", r.def.key, r.spec));
    }
    for r in CHANNEL.iter() {
        for ch in ChannelId::ALL {
            let (key, spec) = (r.def.key, r.spec.get(ch));
            out.push_str(&format!("{}.{key} {spec:?}\n", ch.key()));
        }
    }
    same(out, fixture("field_specs.txt"));
}
