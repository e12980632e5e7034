//! Every input the coverage-guided fuzzers kept (`fuzz/corpus/TARGET/`, minimised with
//! `cargo fuzz cmin`) and every crash they found (`fuzz/regressions/TARGET/`, fixed since),
//! replayed through the same invariant functions the fuzz targets call
//! (`tests/invariants/mod.rs`), on the stable toolchain: a crash found once stays fixed.
#![cfg(not(target_arch = "wasm32"))]

mod invariants;

use std::path::{Path, PathBuf};

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<PathBuf> = rd
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    v.sort();
    v
}

/// Each target's corpus and regressions; a corpus of fewer than `min` files means the fuzzer
/// never ran (or the corpus was lost), which this test must not mistake for a pass.
fn replay(target: &str, min: usize) {
    let (_, check) = invariants::TARGETS
        .iter()
        .find(|(n, _)| *n == target)
        .unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let corpus = files(&root.join("corpus").join(target));
    assert!(
        corpus.len() >= min,
        "fuzz/corpus/{target}: {} files (./dev.sh fuzz grows it, cargo fuzz cmin minimises it)",
        corpus.len()
    );
    let regressions = files(&root.join("regressions").join(target));
    let t0 = std::time::Instant::now();
    for p in corpus.iter().chain(&regressions) {
        let data = std::fs::read(p).unwrap();
        let r = std::panic::catch_unwind(|| check(&data));
        assert!(r.is_ok(), "{target}: {} fails its invariants", p.display());
    }
    println!(
        "{target}: {} corpus files and {} regressions in {:?}",
        corpus.len(),
        regressions.len(),
        t0.elapsed()
    );
}

#[test]
fn number_corpus() {
    replay("number", 20);
}

#[test]
fn link_corpus() {
    replay("link", 20);
}

#[test]
fn json_corpus() {
    replay("json", 20);
}

#[test]
fn import_corpus() {
    replay("import", 20);
}

#[test]
fn reducer_corpus() {
    replay("reducer", 20);
}

/// The NaN finder behind the invariants' "no NaN in the figures" sees a NaN wherever it is,
/// and says where.
#[test]
fn the_nan_finder_sees_every_nan() {
    use invariants::nan::find;
    use tuike_calc::model::{decide, Scenario};
    let mut d = decide(&Scenario::default());
    assert_eq!(find(&d.verdict), None);
    assert_eq!(find(&d.all), None);
    d.verdict.net_per_hour = f64::NAN;
    let at = find(&d.verdict).expect("the NaN is found");
    assert!(at.contains("net_per_hour: NaN"), "{at}");
    assert!(find(&vec![(1.0, Some(2.0)), (3.0, Some(f64::NAN))]).is_some());
    assert!(find(&Some(f32::NAN)).is_some());
    assert_eq!(find(&vec![(1.0, Some(2.0))]), None);
}
