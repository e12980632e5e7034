//! ARCHITECTURE.md's rules, checked: where text is chosen, what the model may import, every
//! string key in use, and the English glossary.

mod srcscan;

use srcscan::*;
use std::path::{Path, PathBuf};
use tuike_calc::i18n::{t, Key, Lang};
use tuike_calc::model::{presets, ChannelId, Field};

/// Source without comments and without `#[cfg(test)]` modules (tests may name anything).
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or(text);
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn only_i18n_chooses_a_language() {
    for (path, text) in sources("src") {
        if path.components().any(|c| c.as_os_str() == "i18n") {
            continue;
        }
        let mut code = code(&text);
        // `src/lang.rs` declares the two languages for everyone: it names them once, in
        // `Lang::ALL`, and chooses nothing.
        if path.ends_with("src/lang.rs") {
            let all = "pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];";
            assert_eq!(
                code.matches(all).count(),
                1,
                "src/lang.rs declares Lang::ALL once"
            );
            code = code.replace(all, "");
        }
        for bad in [".pick(", "Lang::Zh", "Lang::En"] {
            assert!(
                !code.contains(bad),
                "{} chooses a language itself ({bad})",
                path.display()
            );
        }
    }
}

/// ARCHITECTURE.md rule 2: the model reaches no other part of the crate (state, share, chart,
/// input, app, i18n) and no browser crate, however the path is written (`use`, a full path, a
/// `crate::{…}` group, `super::super::…`).
#[test]
fn the_model_imports_no_browser_crate_and_no_other_module() {
    let crates = [
        "yew",
        "web_sys",
        "js_sys",
        "gloo",
        "wasm_bindgen",
        "wasm_bindgen_futures",
        "plotters",
        "plotters_canvas",
        "plotters_backend",
        "talc",
        "tuike_calc",
    ];
    let modules = ["state", "share", "chart", "input", "app", "i18n", "bench"];
    let mut read = 0;
    for (path, toks) in token_sources("src/model") {
        for m in reached_modules(&path, &toks) {
            read += 1;
            let mut segs = m.split("::");
            let first = segs.next().unwrap_or("");
            assert!(!crates.contains(&first), "{} uses {m}", path.display());
            if first == "crate" {
                let top = segs.next().unwrap_or("");
                assert!(
                    !modules.contains(&top),
                    "{} reaches crate::{top} ({m})",
                    path.display()
                );
            }
        }
    }
    assert!(read > 50, "only {read} paths read in src/model");
}

/// The path reader behind the rule above sees each way of writing an import, and no path in a
/// string or a comment.
#[test]
fn the_path_reader_sees_every_form() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model/engine/draws.rs");
    let reached = |src: &str| reached_modules(&p, &lex(src));
    assert_eq!(reached("use crate::state::State;"), ["crate::state"]);
    assert_eq!(
        reached("use crate::{model::x, share::url};"),
        ["crate::model", "crate::share"]
    );
    assert_eq!(
        reached("use super::super::super::chart::x;"),
        ["crate::chart"]
    );
    assert_eq!(reached("use super::super::sim;"), ["crate::model::sim"]);
    assert_eq!(reached("fn f() { web_sys::window(); }"), ["web_sys"]);
    assert_eq!(reached("use yew;"), ["yew"]);
    assert!(reached("let s = \"crate::state::x\"; // crate::app::x").is_empty());
}

/// The `Key`s named by code reachable from the page's `main`.
fn keys_on_the_page() -> std::collections::BTreeSet<String> {
    let files: Vec<(PathBuf, Vec<Tok>)> = token_sources("src");
    let toks: Vec<Vec<Tok>> = files.iter().map(|(_, t)| t.clone()).collect();
    let main = files
        .iter()
        .position(|(p, _)| p.ends_with("src/main.rs"))
        .unwrap();
    let reached = reachable(&toks, |it| it.file == main && it.name == "main");
    keys_named(&toks, &reached)
}

/// Every `Key` is shown somewhere: named in a function, const or static that the page's
/// `main` reaches (a key named only in code nothing calls is not shown).
#[test]
fn every_key_is_reachable_from_the_page() {
    let reached = keys_on_the_page();
    let missing: Vec<String> = Key::ALL
        .iter()
        .map(|k| format!("{k:?}"))
        .filter(|k| !reached.contains(k))
        .collect();
    assert!(
        missing.is_empty(),
        "keys named by no code the page reaches: {missing:?}"
    );
}

/// The reachability reader tells a called function from one nothing calls.
#[test]
fn reachability_tells_dead_code() {
    let src = r#"fn main() { shown(); html! { <Card /> }; let v: Thing = x; reads(); }
        fn shown() -> &str { t(l, Key::A) }
        fn dead() -> &str { t(l, Key::B); format!("{x} }") }
        fn Card() -> Html { t(l, Key::C) }
        struct Thing;
        impl fmt::Display for Thing { fn fmt(&self) { Key::D } }
        impl Thing { fn unused(&self) { Key::E } }
        impl Display for Other { fn fmt(&self) { Key::G } }
        const TABLE: [Key; 1] = [Key::F];
        const UNREAD: [Key; 1] = [Key::H];
        fn reads() { TABLE }"#;
    let toks = vec![lex(src)];
    let reached = reachable(&toks, |it| it.name == "main");
    let keys: Vec<String> = keys_named(&toks, &reached).into_iter().collect();
    assert_eq!(keys, ["A", "C", "D", "F"]);
}

/// Every English text the page can show: keys, field labels and sources, channel names and
/// descriptions, presets.
fn english() -> Vec<String> {
    let mut out: Vec<String> = Key::ALL
        .iter()
        .map(|&k| t(Lang::En, k).to_string())
        .collect();
    for f in Field::all().chain(Field::optional()) {
        out.push(f.def().label.en.to_string());
        out.push(f.meta().source.note.en.to_string());
    }
    for ch in ChannelId::ALL {
        out.push(ch.name().en.to_string());
        out.push(ch.description().en.to_string());
    }
    for p in presets() {
        out.push(p.name.en.to_string());
        out.push(p.rationale.en.to_string());
    }
    out
}

/// A glossary word `text` uses where the English glossary (ARCHITECTURE.md) says otherwise:
/// 推客 = affiliate, 达人 = streamer, 微信小店 = WeChat Shop. A Chinese term may stand in brackets
/// after its English one, or inside a quoted title.
fn off_glossary(text: &str) -> Option<&'static str> {
    let lower = bare(text).to_lowercase();
    [
        " host",
        "hosts",
        "wechat store",
        "推客",
        "达人",
        "influencer",
    ]
    .into_iter()
    .find(|bad| lower.contains(bad))
}

/// `text` without what stands in quotes (“…”) or brackets.
fn bare(text: &str) -> String {
    let mut bare = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '“' | '(' | '（' => depth += 1,
            '”' | ')' | '）' => depth = depth.saturating_sub(1),
            c if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    bare
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3000}'..='\u{303f}').contains(&c)
}

/// Whether a string literal of the source is English text: Latin letters outnumber Chinese
/// characters once the quoted and bracketed parts and the `{…}` placeholders are gone (a
/// Chinese sentence may quote "P10–P90"; an English one may gloss "(推客)").
fn is_english(lit: &str) -> bool {
    let mut text = String::new();
    let mut depth = 0usize;
    for c in bare(lit).chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let latin = text.chars().filter(char::is_ascii_alphabetic).count();
    let cjk = text.chars().filter(|&c| is_cjk(c)).count();
    latin >= 3 && latin > cjk
}

/// Every English string literal of `src/` (the sentences `i18n` builds: the verdict's reasons,
/// 计算过程, 试过再算, the errors, whatever a new module words), by file.
fn english_literals() -> Vec<(PathBuf, String)> {
    token_sources("src")
        .into_iter()
        .flat_map(|(p, toks)| {
            toks.into_iter().filter_map(move |t| match t {
                Tok::Str(s) if is_english(&s) => Some((p.clone(), s)),
                _ => None,
            })
        })
        .collect()
}

#[test]
fn english_follows_the_glossary() {
    for text in english() {
        assert!(!text.is_empty());
        if let Some(bad) = off_glossary(&text) {
            panic!("“{text}” says “{bad}”: see the glossary");
        }
    }
    let literals = english_literals();
    for (path, text) in &literals {
        if let Some(bad) = off_glossary(text) {
            panic!(
                "{}: “{text}” says “{bad}”: see the glossary",
                path.display()
            );
        }
    }
    // The sentence modules' prose is read (not only the keys and tables).
    for file in [
        "verdict.rs",
        "reasons.rs",
        "math.rs",
        "trial.rs",
        "errors.rs",
    ] {
        let n = literals
            .iter()
            .filter(|(p, _)| p.ends_with(format!("i18n/{file}")))
            .count();
        assert!(n >= 10, "only {n} English literals read in i18n/{file}");
    }
}

/// `src/model/mod.rs` only declares and re-exports, and no model file imports back up into it:
/// every import inside the model names the room it takes from.
#[test]
fn the_model_facade_only_declares() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model/mod.rs");
    for line in code(&std::fs::read_to_string(&root).unwrap()).lines() {
        let l = line.trim();
        assert!(
            l.is_empty()
                || l.starts_with("mod ")
                || l.starts_with("pub use ")
                || !l.contains(['(', '=', '#']) && (l.ends_with(',') || l.ends_with("};")),
            "src/model/mod.rs does more than declare and re-export: {l}"
        );
    }
    for (path, text) in sources("src/model") {
        if path == root {
            continue;
        }
        let code = code(&text);
        for bad in ["super::{", "crate::model::{"] {
            assert!(!code.contains(bad), "{} imports {bad}…", path.display());
        }
        let up = |prefix: &str| {
            code.match_indices(prefix).any(|(i, _)| {
                let rest = &code[i + prefix.len()..];
                rest.starts_with(|c: char| c.is_ascii_uppercase())
            })
        };
        let depth = path
            .strip_prefix(root.parent().unwrap())
            .unwrap()
            .components()
            .count();
        // A file directly under src/model reaches mod.rs as `super::`; every model file as
        // `crate::model::`.
        assert!(
            !up("crate::model::") && (depth > 1 || !up("super::")),
            "{} imports a name through src/model/mod.rs",
            path.display()
        );
    }
}

/// The literal reader behind the glossary check: English told from Chinese, the glossary's
/// exceptions kept.
#[test]
fn english_is_told_from_chinese() {
    assert!(is_english(
        "You net {n}, which meets the {h} you value your time at."
    ));
    assert!(is_english("Wait a beat (慢半拍)"));
    assert!(is_english("You hand your 推客 traffic away"));
    assert!(!is_english("区间为 P10–P90（十次里有八次落在其中）"));
    assert!(!is_english("{n} 单"));
    assert_eq!(
        off_glossary("You hand your 推客 traffic away"),
        Some("推客")
    );
    assert_eq!(off_glossary("the live room's host"), Some(" host"));
    assert_eq!(off_glossary("WeChat Shop affiliate (推客)"), None);
    let lits: Vec<String> = lex(r#"format!("{a} hosts {b}", a = "x"); let s = r"raw influencer";"#)
        .into_iter()
        .filter_map(|t| match t {
            Tok::Str(s) if is_english(&s) => Some(s),
            _ => None,
        })
        .collect();
    assert_eq!(lits, ["{a} hosts {b}", "raw influencer"]);
}
