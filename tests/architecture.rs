//! ARCHITECTURE.md's rules, checked: where text is chosen, what the model may import, every
//! string key in use, and the English glossary.

use std::path::{Path, PathBuf};
use tuike_calc::i18n::{t, Key, Lang};
use tuike_calc::model::{presets, ChannelId, Field};

fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    fn walk(p: &Path, out: &mut Vec<(PathBuf, String)>) {
        for e in std::fs::read_dir(p).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push((p.clone(), std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut out);
    out
}

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

#[test]
fn the_model_imports_no_browser_crate() {
    for (path, text) in sources("src/model") {
        let code = code(&text);
        for krate in [
            "yew",
            "web_sys",
            "js_sys",
            "gloo",
            "wasm_bindgen",
            "plotters",
            "crate::i18n",
            "crate::app",
        ] {
            assert!(
                !code.contains(&format!("{krate}::")) && !code.contains(&format!("use {krate}")),
                "{} uses {krate}",
                path.display()
            );
        }
    }
}

#[test]
fn every_key_is_used() {
    let all: String = sources("src")
        .into_iter()
        .filter(|(p, _)| !p.ends_with("keys.rs"))
        .map(|(_, t)| code(&t))
        .collect();
    for k in Key::ALL {
        let name = format!("Key::{k:?}");
        // A key used by name, or listed in a table the page reads (`csv_header`).
        let used = all.contains(&format!("{name})"))
            || all.contains(&format!("{name},"))
            || all.contains(&format!("{name}]"))
            || all.contains(&format!("{name} "))
            || all.contains(&format!("{name}\n"));
        let in_keys_table =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/keys.rs"))
                .unwrap()
                .split("pub fn csv_header")
                .nth(1)
                .is_some_and(|t| t.contains(&name));
        assert!(used || in_keys_table, "{name} is never shown");
    }
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

/// The English glossary (ARCHITECTURE.md): 推客 = affiliate, 达人 = streamer, 微信小店 = WeChat
/// Shop. A Chinese term may stand in brackets after its English one, or inside a quoted title.
#[test]
fn english_follows_the_glossary() {
    for text in english() {
        // Quoted titles (“…”) and bracketed glosses ("(推客)") are allowed to be Chinese.
        let mut bare = String::new();
        let mut depth = 0;
        for c in text.chars() {
            match c {
                '“' | '(' | '（' => depth += 1,
                '”' | ')' | '）' => depth = (depth as i32 - 1).max(0) as usize,
                c if depth == 0 => bare.push(c),
                _ => {}
            }
        }
        let lower = bare.to_lowercase();
        for bad in [
            " host",
            "hosts",
            "wechat store",
            "推客",
            "达人",
            "influencer",
        ] {
            assert!(
                !lower.contains(bad),
                "“{text}” says “{bad}”: see the glossary"
            );
        }
        assert!(!text.is_empty());
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
