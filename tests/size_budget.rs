//! The bundle budget (`.ci/size-budget`, run by `./dev.sh test` on `dist/`) is a hard limit:
//! a bundle over it fails with the figure, one under it passes. Checked here on a made-up
//! bundle with a budget override, so the real budget stays written in one place.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

fn fake_dist(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tuike-size-budget-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    // Incompressible-ish bytes so the gzipped size is close to the raw size.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..20_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    std::fs::write(d.join("app_bg.wasm"), &bytes).unwrap();
    std::fs::write(d.join("app.js"), "export default function init() {}\n").unwrap();
    std::fs::write(d.join("style.css"), "body { margin: 0 }\n").unwrap();
    d
}

fn run(dist: &PathBuf, budget: Option<u64>) -> (bool, String) {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/size-budget");
    let mut cmd = Command::new("bash");
    cmd.arg(&script).arg(dist);
    match budget {
        Some(b) => cmd.env("SIZE_BUDGET_BYTES", b.to_string()),
        None => cmd.env_remove("SIZE_BUDGET_BYTES"),
    };
    let out = cmd.output().expect("run bash .ci/size-budget");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

fn total_of(text: &str) -> u64 {
    let line = text
        .lines()
        .find(|l| l.contains("total gzipped:"))
        .unwrap_or_else(|| panic!("no total line in:\n{text}"));
    line.split_whitespace()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("cannot read the total in {line}"))
}

#[test]
fn over_the_budget_fails_with_the_figure() {
    let d = fake_dist("over");
    let (ok, text) = run(&d, Some(1_000));
    assert!(!ok, "a 20 kB bundle passed a 1,000 B budget:\n{text}");
    let total = total_of(&text);
    assert!(total > 1_000, "{text}");
    assert!(
        text.contains(&format!(
            "error: bundle is {total} B gzipped, over the budget of 1000 B"
        )),
        "the failure does not name the figure and the budget:\n{text}"
    );
    std::fs::remove_dir_all(d).ok();
}

#[test]
fn under_the_budget_passes_and_the_real_budget_is_the_scripts() {
    let d = fake_dist("under");
    let (ok, text) = run(&d, None);
    assert!(ok, "a 20 kB bundle failed the real budget:\n{text}");
    // Without the override the script applies the figure written in it, nothing else.
    let script =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/size-budget"))
            .unwrap();
    let written = script
        .lines()
        .find_map(|l| l.strip_prefix("BUDGET_BYTES="))
        .and_then(|v| v.split_whitespace().next())
        .expect("BUDGET_BYTES= line");
    assert!(text.contains(&format!("(budget {written} B)")), "{text}");
    let (ok, text) = run(&d, Some(1_000_000));
    assert!(ok, "{text}");
    std::fs::remove_dir_all(d).ok();
}
