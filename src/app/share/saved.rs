//! 我的方案: saved scenarios in localStorage (name, save, load, delete), and export / import —
//! the weekly table as CSV, the inputs as JSON, and that JSON back.
//!
//! Every write reads the store afresh (another tab may have changed it), moves entries that
//! cannot be read to [`CORRUPT_KEY`] first and only then writes [`STORE_KEY`]: an unreadable
//! entry is never overwritten. Storage errors (private mode, quota, blocked in an iframe) give a
//! message, never a panic.

use super::dom::{self, StorageError};
use super::SavedProps;
use crate::app::workshop::slot_label;
use crate::model::{Lang, Scenario};
use crate::share::export::{import_json, scenario_json, weekly_csv, ImportError, MAX_IMPORT_LEN};
use crate::share::json::{self, Value};
use crate::share::saved::{load_store, save_store, SavedStore, CORRUPT_KEY, STORE_KEY};
use crate::share::Ignored;
use crate::state::Action;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The store as read, and what happened to unreadable entries.
struct Opened {
    store: SavedStore,
    /// Entries that could not be read (now kept under CORRUPT_KEY, or left in place when that
    /// failed).
    corrupt: usize,
    /// The unreadable entries could not be set aside: the store must not be written.
    stuck: bool,
}

/// Append unreadable raw entries to CORRUPT_KEY (keeping whatever is there already).
fn set_aside(raws: &[String]) -> Result<(), StorageError> {
    // What is there already, entry by entry as JSON text.
    let mut kept: Vec<String> = match dom::get(CORRUPT_KEY)? {
        None => Vec::new(),
        Some(old) => match json::parse(&old) {
            Ok(Value::Array(v)) => v.iter().filter_map(|x| x.stringify().ok()).collect(),
            // Not ours: keep it as it was, as the first entry.
            _ => vec![json::quote(&old)],
        },
    };
    for raw in raws {
        kept.push(json::object([
            ("set_aside_at", json::number(dom::now_ms())),
            ("raw", json::quote(raw)),
        ]));
    }
    dom::set(CORRUPT_KEY, &format!("[{}]", kept.join(",")))
}

/// Read the store; unreadable entries are set aside under CORRUPT_KEY and the readable rest
/// written back.
fn open() -> Result<Opened, StorageError> {
    let raw = dom::get(STORE_KEY)?;
    let loaded = load_store(raw.as_deref());
    let mut raws = loaded.corrupt.clone();
    raws.extend(loaded.whole_corrupt.iter().cloned());
    let corrupt = raws.len();
    let mut stuck = false;
    if !raws.is_empty() {
        match set_aside(&raws) {
            Ok(()) => {
                if dom::set(STORE_KEY, &save_store(&loaded.store)).is_err() {
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

/// Change the store and write it (refused while unreadable entries could not be set aside).
fn update(f: impl FnOnce(&mut SavedStore) -> bool) -> Result<(SavedStore, bool), StorageError> {
    let o = open()?;
    if o.stuck {
        return Err(StorageError::WriteFailed);
    }
    let mut store = o.store;
    let changed = f(&mut store);
    if changed {
        dom::set(STORE_KEY, &save_store(&store))?;
    }
    Ok((store, changed))
}

/// A message shown under the panel (rendered in the current language).
#[derive(Clone, Debug, PartialEq)]
enum Note {
    None,
    Saved(String),
    Loaded(String),
    Deleted(String),
    Full,
    Storage(StorageError),
    Corrupt(usize, bool),
    DownloadFailed,
    /// Imported, with the values that were not used.
    Imported(Vec<Ignored>),
    ImportFailed(ImportError),
    Unreadable,
}

impl Note {
    /// (message, is an error); None when there is nothing to say.
    fn text(&self, l: Lang) -> Option<(String, bool)> {
        let q = |zh: &str, en: &str, name: &str| match l {
            Lang::Zh => format!("{zh}「{name}」"),
            Lang::En => format!("{en} “{name}”"),
        };
        Some(match self {
            Note::None | Note::Imported(_) => return None,
            Note::Saved(n) => (q("已保存", "Saved", n), false),
            Note::Loaded(n) => (q("已载入", "Loaded", n), false),
            Note::Deleted(n) => (q("已删除", "Deleted", n), false),
            Note::Full => (
                l.pick(
                    "已保存的方案太多了（最多 50 个），请先删除一些。",
                    "Too many saved scenarios (50 at most): delete some first.",
                )
                .into(),
                true,
            ),
            Note::Storage(e) => (storage_message(*e, l), true),
            Note::Corrupt(n, stuck) => (corrupt_message(*n, *stuck, l), true),
            Note::DownloadFailed => (
                l.pick("无法下载文件。", "Could not download the file.")
                    .into(),
                true,
            ),
            Note::ImportFailed(e) => (e.message(l), true),
            Note::Unreadable => (
                l.pick("无法读取这个文件。", "Could not read this file.")
                    .into(),
                true,
            ),
        })
    }
}

fn storage_message(e: StorageError, l: Lang) -> String {
    match e {
        StorageError::Unavailable => l.pick(
            "这个浏览器不允许本地保存（可能是无痕模式，或在别的网页里打开）：方案没有保存。可以用「复制链接」或「导出 JSON」保存。",
            "This browser does not allow local storage (private mode, or opened inside another page): nothing was saved. Use Copy link or Export JSON instead.",
        ),
        StorageError::WriteFailed => l.pick(
            "保存失败（浏览器存储已满或被禁止）：方案没有保存。",
            "Saving failed (browser storage full or blocked): nothing was saved.",
        ),
    }
    .to_string()
}

fn corrupt_message(n: usize, stuck: bool, l: Lang) -> String {
    match (l, stuck) {
        (Lang::Zh, false) => format!("有 {n} 条已保存的方案无法读取，已原样移到备份（{CORRUPT_KEY}），没有删除。"),
        (Lang::En, false) => format!("{n} saved scenario(s) could not be read; they were moved, unchanged, to a backup ({CORRUPT_KEY}), not deleted."),
        (Lang::Zh, true) => format!("有 {n} 条已保存的方案无法读取，且无法备份：为了不覆盖它们，暂时不能保存。"),
        (Lang::En, true) => format!("{n} saved scenario(s) could not be read nor backed up: saving is paused so they are not overwritten."),
    }
}

/// 我的方案's heading and save form.
fn saved_head(
    l: Lang,
    on_save: Callback<SubmitEvent>,
    name_ref: NodeRef,
    placeholder: String,
) -> Html {
    html! {
        <>
            <h3 id="h-saved">{ l.pick("我的方案", "My scenarios") }</h3>
            <form class="save-form" onsubmit={on_save}>
                <label for="save-name" class="visually-hidden">{ l.pick("方案名称", "Scenario name") }</label>
                <input ref={name_ref} type="text" id="save-name" maxlength="60" {placeholder} />
                <button type="submit" class="secondary" id="save-scenario">{ l.pick("保存", "Save") }</button>
            </form>
        </>
    }
}

#[component]
pub fn MyScenarios(p: &SavedProps) -> Html {
    let l = p.state.lang;
    let items = use_state(SavedStore::default);
    let note = use_state(|| Note::None);
    let name_ref = use_node_ref();
    let file_ref = use_node_ref();

    // Read the store once on mount.
    {
        let items = items.clone();
        let note = note.clone();
        use_effect_with((), move |_| {
            match open() {
                Ok(o) => {
                    if o.corrupt > 0 {
                        note.set(Note::Corrupt(o.corrupt, o.stuck));
                    }
                    items.set(o.store);
                }
                // Nothing to list; say so only when the person tries to save.
                Err(_) => items.set(SavedStore::default()),
            }
        });
    }

    let on_save = {
        let items = items.clone();
        let note = note.clone();
        let name_ref = name_ref.clone();
        let scenario = p.state.scenario.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = name_ref.cast::<web_sys::HtmlInputElement>();
            let typed = input.as_ref().map(|i| i.value()).unwrap_or_default();
            let name = if typed.trim().is_empty() {
                slot_label(&scenario, l)
            } else {
                typed
            };
            let mut full = false;
            let r = update(|st| {
                let ok = st.upsert(&name, scenario.clone(), dom::now_ms());
                full = !ok;
                ok
            });
            match r {
                Ok((st, _)) if full => {
                    items.set(st);
                    note.set(Note::Full);
                }
                Ok((st, _)) => {
                    let shown = st.items.first().map(|i| i.name.clone()).unwrap_or_default();
                    items.set(st);
                    note.set(Note::Saved(shown));
                    if let Some(i) = input {
                        i.set_value("");
                    }
                }
                Err(e) => note.set(Note::Storage(e)),
            }
        })
    };

    let on_csv = {
        let results = p.results.clone();
        let scenario = p.state.scenario.clone();
        let note = note.clone();
        Callback::from(move |_: MouseEvent| {
            let csv = weekly_csv(&scenario, results.decision.chosen(), l);
            if !dom::download_text(&csv, "text/csv;charset=utf-8", "tuike-calc-weekly.csv") {
                note.set(Note::DownloadFailed);
            }
        })
    };
    let on_json = {
        let scenario = p.state.scenario.clone();
        let note = note.clone();
        Callback::from(move |_: MouseEvent| {
            let json = scenario_json(&scenario);
            if !dom::download_text(&json, "application/json", "tuike-calc-scenario.json") {
                note.set(Note::DownloadFailed);
            }
        })
    };
    let on_import = {
        let note = note.clone();
        let dispatch = p.dispatch.clone();
        let file_ref = file_ref.clone();
        Callback::from(move |_: Event| {
            let Some(input) = file_ref.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // The same file may be chosen again later.
            input.set_value("");
            if file.size() > MAX_IMPORT_LEN as f64 {
                note.set(Note::ImportFailed(ImportError::TooLarge));
                return;
            }
            let note = note.clone();
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string());
                let Some(text) = text else {
                    note.set(Note::Unreadable);
                    return;
                };
                match import_json(&text) {
                    Ok(imp) => {
                        dispatch.emit(Action::Load(Box::new(imp.scenario)));
                        note.set(Note::Imported(imp.ignored));
                    }
                    Err(e) => note.set(Note::ImportFailed(e)),
                }
            });
        })
    };

    let row = |name: String, at: f64, scenario: Scenario| {
        let load = {
            let d = p.dispatch.clone();
            let note = note.clone();
            let name = name.clone();
            Callback::from(move |_: MouseEvent| {
                d.emit(Action::Load(Box::new(scenario.clone())));
                note.set(Note::Loaded(name.clone()));
            })
        };
        let delete = {
            let items = items.clone();
            let note = note.clone();
            let name = name.clone();
            Callback::from(move |_: MouseEvent| match update(|st| st.remove(&name)) {
                Ok((st, _)) => {
                    items.set(st);
                    note.set(Note::Deleted(name.clone()));
                }
                Err(e) => note.set(Note::Storage(e)),
            })
        };
        html! {
            <li class="saved-item" key={name.clone()}>
                <span class="saved-name">{ name.clone() }</span>
                <span class="saved-date">{ dom::local_date(at) }</span>
                <span class="saved-actions">
                    <button type="button" class="linkish saved-load" onclick={load}
                        aria-label={format!("{} {name}", l.pick("载入", "Load"))}>{ l.pick("载入", "Load") }</button>
                    <button type="button" class="linkish saved-delete" onclick={delete}
                        aria-label={format!("{} {name}", l.pick("删除", "Delete"))}>{ l.pick("删除", "Delete") }</button>
                </span>
            </li>
        }
    };

    html! {
        <section class="card my-scenarios" id="saved" aria-labelledby="h-saved">
            { saved_head(l, on_save, name_ref.clone(), slot_label(&p.state.scenario, l)) }
            if items.items.is_empty() {
                <p class="muted">{ l.pick("还没有保存的方案。方案只保存在这个浏览器里。",
                    "No saved scenarios yet. They are kept in this browser only.") }</p>
            } else {
                <ul class="saved-list" id="saved-list">
                    { for items.items.iter().map(|i| row(i.name.clone(), i.saved_at, i.scenario.clone())) }
                </ul>
            }
            <h4>{ l.pick("导出 / 导入", "Export / import") }</h4>
            <div class="btn-row">
                <button type="button" class="secondary" id="export-csv" onclick={on_csv}>
                    { l.pick("导出每周明细 CSV", "Export weekly table (CSV)") }</button>
                <button type="button" class="secondary" id="export-json" onclick={on_json}>
                    { l.pick("导出输入 JSON", "Export inputs (JSON)") }</button>
                <input ref={file_ref} type="file" id="import-json" class="visually-hidden"
                    accept=".json,application/json" onchange={on_import} />
                <label class="file-button" for="import-json">
                    { l.pick("导入 JSON", "Import JSON") }</label>
            </div>
            { match (&*note, note.text(l)) {
                (Note::Imported(ignored), _) => html! {
                    <div class="note ok" role="status" id="saved-note">
                        <p>{ l.pick("已导入。", "Imported.") }</p>
                        if !ignored.is_empty() {
                            <p>{ l.pick("以下内容无法使用，已改用默认值：", "These values could not be used; the defaults were kept:") }</p>
                            <ul>{ for ignored.iter().take(20).map(|i| html! { <li>{ i.message(l) }</li> }) }</ul>
                        }
                    </div>
                },
                (_, Some((m, true))) => html! { <p class="note bad" role="alert" id="saved-note">{ m }</p> },
                (_, Some((m, false))) => html! { <p class="note ok" role="status" id="saved-note">{ m }</p> },
                (_, None) => html! {},
            } }
        </section>
    }
}
