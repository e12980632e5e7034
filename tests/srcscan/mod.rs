//! A small reader of the crate's own Rust source for `tests/architecture.rs`: tokens (comments
//! dropped, literals whole), the paths a file reaches, its functions, consts and statics with
//! their bodies, and what is reachable from `main` by name.
#![allow(dead_code)]

use std::collections::{BTreeSet, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A token of Rust source: what the checks need.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Ident(String),
    Punct(char),
    /// A string literal's text as written between its quotes (escapes left as they are).
    Str(String),
    /// Any other literal (numbers, chars).
    Lit,
}

fn ident_char(ch: char) -> bool {
    ch == '_' || ch.is_alphanumeric()
}

/// At `i`, the start of a string literal: `"`, `b"`, `c"`, `r"`, `r#"`, `br"`, `br#"`. Returns
/// the number of `#`s and the index of the opening quote, and whether it is raw.
fn string_start(c: &[char], i: usize) -> Option<(bool, usize, usize)> {
    let mut j = i;
    if matches!(c[j], 'b' | 'c') {
        j += 1;
    }
    let raw = c.get(j) == Some(&'r');
    if raw {
        j += 1;
    }
    let mut hashes = 0;
    while raw && c.get(j) == Some(&'#') {
        hashes += 1;
        j += 1;
    }
    let prefixed = j > i;
    // A prefix must not be the end of a longer identifier (`attr"` is not a literal).
    if prefixed && i > 0 && ident_char(c[i - 1]) {
        return None;
    }
    (c.get(j) == Some(&'"')).then_some((raw, hashes, j))
}

/// Rust source as tokens: comments (nested block comments too) dropped; string, raw string,
/// byte string and char literals read whole, so a brace inside a format string is not a brace;
/// lifetimes are idents.
pub fn lex(src: &str) -> Vec<Tok> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && c.get(i + 1) == Some(&'/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && c.get(i + 1) == Some(&'*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if let Some((raw, hashes, quote)) = string_start(&c, i) {
            let mut j = quote + 1;
            let body = j;
            loop {
                if raw {
                    if c[j] == '"' && (1..=hashes).all(|h| c.get(j + h) == Some(&'#')) {
                        break;
                    }
                } else if c[j] == '\\' {
                    j += 1;
                } else if c[j] == '"' {
                    break;
                }
                j += 1;
            }
            out.push(Tok::Str(c[body..j].iter().collect()));
            i = j + 1 + if raw { hashes } else { 0 };
        } else if ch == '\'' {
            // A char literal ('x', '\n', '\u{1F600}') or a lifetime ('a, 'static).
            if c.get(i + 1) == Some(&'\\') {
                let mut j = i + 2;
                while c[j] != '\'' {
                    j += 1;
                }
                out.push(Tok::Lit);
                i = j + 1;
            } else if c.get(i + 2) == Some(&'\'') {
                out.push(Tok::Lit);
                i += 3;
            } else {
                let mut j = i + 1;
                while j < c.len() && ident_char(c[j]) {
                    j += 1;
                }
                out.push(Tok::Ident(c[i..j].iter().collect()));
                i = j;
            }
        } else if ch.is_ascii_digit() {
            while i < c.len()
                && (ident_char(c[i])
                    || (c[i] == '.' && c.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                i += 1;
            }
            out.push(Tok::Lit);
        } else if ident_char(ch) {
            let mut j = i;
            while j < c.len() && ident_char(c[j]) {
                j += 1;
            }
            out.push(Tok::Ident(c[i..j].iter().collect()));
            i = j;
        } else {
            out.push(Tok::Punct(ch));
            i += 1;
        }
    }
    out
}

pub fn is_ident(t: &Tok, name: &str) -> bool {
    matches!(t, Tok::Ident(n) if n == name)
}

fn path_sep(toks: &[Tok], j: usize) -> bool {
    toks.get(j) == Some(&Tok::Punct(':')) && toks.get(j + 1) == Some(&Tok::Punct(':'))
}

/// The index just past the group that opens at `open` (a `{`, `(` or `[`).
pub fn close_of(toks: &[Tok], open: usize) -> usize {
    let mut depth = 0i32;
    for (k, t) in toks.iter().enumerate().skip(open) {
        match t {
            Tok::Punct('{' | '(' | '[') => depth += 1,
            Tok::Punct('}' | ')' | ']') => {
                depth -= 1;
                if depth == 0 {
                    return k + 1;
                }
            }
            _ => {}
        }
    }
    toks.len()
}

/// The `.rs` files under `dir` (relative to the crate), with their text.
pub fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    fn walk(p: &Path, out: &mut Vec<(PathBuf, String)>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
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

/// The source files under `dir` as tokens, without their `#[cfg(test)]` modules (tests may name
/// anything).
pub fn token_sources(dir: &str) -> Vec<(PathBuf, Vec<Tok>)> {
    sources(dir)
        .into_iter()
        .map(|(p, text)| {
            let text = text
                .split("#[cfg(test)]")
                .next()
                .unwrap_or(&text)
                .to_string();
            (p, lex(&text))
        })
        .collect()
}

/// The module path a file of `src/` declares (`src/model/engine/draws.rs` → model, engine,
/// draws; `mod.rs`, `lib.rs` and `main.rs` name their directory).
pub fn module_of(path: &Path) -> Vec<String> {
    let rel = path
        .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
        .unwrap_or(path);
    let mut m: Vec<String> = rel
        .components()
        .map(|c| {
            c.as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string()
        })
        .collect();
    if matches!(m.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        m.pop();
    }
    m
}

/// Every module or crate the paths of a file at `path` reach: `crate::x…` and
/// `crate::{x, y::…}` as `crate::x`, `super::…` resolved from the file's place (as
/// `crate::…`), and any other first segment of a path (`web_sys::window`, `use yew::…`) as it
/// is written.
pub fn reached_modules(path: &Path, toks: &[Tok]) -> Vec<String> {
    let here = module_of(path);
    let mut out = Vec::new();
    // After `…::` at k: one segment, or the first segments of a `{…}` group.
    let heads = |k: usize, out: &mut Vec<String>, base: &[String]| match toks.get(k) {
        Some(Tok::Ident(n)) => {
            let mut m = base.to_vec();
            m.push(n.clone());
            out.push(m.join("::"));
        }
        Some(Tok::Punct('{')) => {
            let end = close_of(toks, k);
            let mut depth = 0;
            let mut expect = true;
            for t in &toks[k + 1..end - 1] {
                match t {
                    Tok::Punct('{') => depth += 1,
                    Tok::Punct('}') => depth -= 1,
                    Tok::Punct(',') if depth == 0 => expect = true,
                    Tok::Ident(n) if depth == 0 && expect => {
                        let mut m = base.to_vec();
                        m.push(n.clone());
                        out.push(m.join("::"));
                        expect = false;
                    }
                    _ if depth == 0 => expect = false,
                    _ => {}
                }
            }
        }
        _ => {}
    };
    // Inside a `…::{…}` group, paths continue the group's prefix: not first segments.
    let mut in_group = vec![false; toks.len()];
    for k in 2..toks.len() {
        if toks[k] == Tok::Punct('{') && path_sep(toks, k - 2) {
            for g in in_group.iter_mut().take(close_of(toks, k)).skip(k) {
                *g = true;
            }
        }
    }
    for k in 0..toks.len() {
        let after_sep = k >= 2 && toks[k - 1] == Tok::Punct(':') && toks[k - 2] == Tok::Punct(':');
        let Tok::Ident(n) = &toks[k] else { continue };
        if after_sep || in_group[k] {
            continue;
        }
        if n == "crate" && path_sep(toks, k + 1) {
            heads(k + 3, &mut out, &["crate".into()]);
        } else if n == "super" && path_sep(toks, k + 1) {
            let mut base = here.clone();
            let mut j = k;
            while is_ident(&toks[j], "super") && path_sep(toks, j + 1) {
                base.pop();
                j += 3;
            }
            let mut b = vec!["crate".to_string()];
            b.extend(base);
            heads(j, &mut out, &b);
        } else if n != "self"
            && n != "Self"
            && (path_sep(toks, k + 1) || (k > 0 && is_ident(&toks[k - 1], "use")))
        {
            out.push(n.clone());
        }
    }
    out
}

/// A function, const or static of `src/`: its name, the type whose `impl` it is in (and
/// whether that impl is a trait's), the range of its body's tokens, and its file.
pub struct Item {
    pub name: String,
    pub owner: Option<(String, bool)>,
    pub body: Range<usize>,
    pub file: usize,
}

/// The `impl` blocks of a file: their token range, the type, and whether a trait's.
fn impls(toks: &[Tok]) -> Vec<(Range<usize>, String, bool)> {
    let mut out = Vec::new();
    for k in 0..toks.len() {
        if !is_ident(&toks[k], "impl")
            || !matches!(toks.get(k + 1), Some(Tok::Punct('<') | Tok::Ident(_)))
        {
            continue;
        }
        let mut j = k + 1;
        if toks[j] == Tok::Punct('<') {
            let mut depth = 0;
            loop {
                match toks[j] {
                    Tok::Punct('<') => depth += 1,
                    Tok::Punct('>') => depth -= 1,
                    _ => {}
                }
                j += 1;
                if depth == 0 {
                    break;
                }
            }
        }
        let Some(open) = (j..toks.len()).find(|&x| matches!(toks[x], Tok::Punct('{' | ';'))) else {
            continue;
        };
        if toks[open] != Tok::Punct('{') {
            continue;
        }
        let header = &toks[j..open];
        let f = header.iter().position(|t| is_ident(t, "for"));
        let ty_part = f.map_or(header, |f| &header[f + 1..]);
        // The type: the last segment of its path, before any generics or `where`.
        let mut ty = String::new();
        for t in ty_part {
            match t {
                Tok::Ident(n) if n == "where" => break,
                Tok::Ident(n) if n != "dyn" && n != "mut" => ty = n.clone(),
                Tok::Punct('<') => break,
                _ => {}
            }
        }
        out.push((open..close_of(toks, open), ty, f.is_some()));
    }
    out
}

/// The items of one file's tokens (nested functions too: they are also inside their parent).
pub fn items(toks: &[Tok], file: usize) -> Vec<Item> {
    let blocks = impls(toks);
    let mut out = Vec::new();
    for k in 0..toks.len() {
        let kind = match &toks[k] {
            Tok::Ident(n) if n == "fn" || n == "const" || n == "static" => n.as_str(),
            _ => continue,
        };
        let Some(Tok::Ident(name)) = toks.get(k + 1) else {
            continue;
        };
        if name == "fn" || name == "mut" {
            continue; // `const fn` is read at its `fn`
        }
        let body = if kind == "fn" {
            // The body: the first `{` outside parentheses; none (`;`) in a trait declaration.
            let mut depth = 0;
            let mut open = None;
            for (j, t) in toks.iter().enumerate().skip(k + 2) {
                match t {
                    Tok::Punct('(' | '[') => depth += 1,
                    Tok::Punct(')' | ']') => depth -= 1,
                    Tok::Punct('{') if depth == 0 => {
                        open = Some(j);
                        break;
                    }
                    Tok::Punct(';') if depth == 0 => break,
                    _ => {}
                }
            }
            match open {
                Some(o) => o..close_of(toks, o),
                None => continue,
            }
        } else {
            // To the `;` outside any group.
            let mut j = k + 2;
            while j < toks.len() && toks[j] != Tok::Punct(';') {
                j = match toks[j] {
                    Tok::Punct('{' | '(' | '[') => close_of(toks, j),
                    _ => j + 1,
                };
            }
            k + 2..j
        };
        let owner = blocks
            .iter()
            .filter(|(r, _, _)| r.contains(&k))
            .min_by_key(|(r, _, _)| r.len())
            .map(|(_, ty, tr)| (ty.clone(), *tr));
        out.push(Item {
            name: name.clone(),
            owner,
            body,
            file,
        });
    }
    out
}

/// What is reachable from the functions named `roots` by name: an item is reached when its
/// name is an identifier in the body of a reached item (a function called, a component written
/// as `<Name …>`, a const read), and a trait impl's methods are reached once their type's name
/// is (the trait calls them: `Display::fmt`, `Component::view`). Over files given as tokens;
/// returns, for each reached item, its file and body range.
pub fn reachable(
    files: &[Vec<Tok>],
    is_root: impl Fn(&Item) -> bool,
) -> Vec<(usize, Range<usize>)> {
    let all: Vec<Item> = files
        .iter()
        .enumerate()
        .flat_map(|(i, toks)| items(toks, i))
        .collect();
    let mut names: HashSet<String> = HashSet::new();
    let mut done = vec![false; all.len()];
    let mut out = Vec::new();
    loop {
        let mut grew = false;
        for (i, it) in all.iter().enumerate() {
            if done[i] {
                continue;
            }
            let by_trait = matches!(&it.owner, Some((ty, true)) if names.contains(ty));
            if !(is_root(it) || names.contains(&it.name) || by_trait) {
                continue;
            }
            done[i] = true;
            grew = true;
            for t in &files[it.file][it.body.clone()] {
                if let Tok::Ident(n) = t {
                    names.insert(n.clone());
                }
            }
            out.push((it.file, it.body.clone()));
        }
        if !grew {
            return out;
        }
    }
}

/// The `Key::Name`s written in the given token ranges.
pub fn keys_named(files: &[Vec<Tok>], ranges: &[(usize, Range<usize>)]) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (f, r) in ranges {
        let toks = &files[*f][r.clone()];
        for j in 0..toks.len() {
            if is_ident(&toks[j], "Key") && path_sep(toks, j + 1) {
                if let Some(Tok::Ident(k)) = toks.get(j + 3) {
                    keys.insert(k.clone());
                }
            }
        }
    }
    keys
}
