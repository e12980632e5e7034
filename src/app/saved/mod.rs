//! 我的方案: saved scenarios in localStorage (name, save, load, delete), and export / import —
//! the weekly table as CSV, the inputs as JSON, and that JSON back.
//!
//! Every write reads the store afresh (another tab may have changed it), moves entries that
//! cannot be read to [`CORRUPT_KEY`] first and only then writes [`STORE_KEY`]: an unreadable
//! entry is never overwritten. Storage errors (private mode, quota, blocked in an iframe) give a
//! message, never a panic.

use super::dom::{self, StorageError};
use super::SavedProps;
use crate::i18n::{self, t, Key};

use crate::i18n::Lang;
use crate::model::Scenario;
use crate::share::export::{import_json, scenario_json, weekly_csv, ImportError, MAX_IMPORT_LEN};
use crate::share::json::{self, Value};
use crate::share::saved::{load_store, save_store, SavedStore, CORRUPT_KEY, STORE_KEY};
use crate::share::Ignored;
use crate::state::Action;
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
            Ok(Value::Array(v)) => v.iter().map(Value::stringify).collect(),
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
        use i18n::errors::{corrupt_saved, saved_note, Done};
        Some(match self {
            Note::None | Note::Imported(_) => return None,
            Note::Saved(n) => (saved_note(Done::Saved, n, l), false),
            Note::Loaded(n) => (saved_note(Done::Loaded, n, l), false),
            Note::Deleted(n) => (saved_note(Done::Deleted, n, l), false),
            Note::Full => (t(l, Key::TooManySavedScenarios).into(), true),
            Note::Storage(StorageError::Unavailable) => {
                (t(l, Key::BrowserDoesNotAllow).into(), true)
            }
            Note::Storage(StorageError::WriteFailed) => {
                (t(l, Key::SavingFailedBrowserStorage).into(), true)
            }
            Note::Corrupt(n, stuck) => (corrupt_saved(*n, *stuck, CORRUPT_KEY, l), true),
            Note::DownloadFailed => (t(l, Key::CouldNotDownloadFile).into(), true),
            Note::ImportFailed(e) => (i18n::errors::import_error(e, l), true),
            Note::Unreadable => (t(l, Key::CouldNotReadFile).into(), true),
        })
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
            <h3 id="h-saved">{ t(l, Key::MyScenarios) }</h3>
            <form class="save-form" onsubmit={on_save}>
                <label for="save-name" class="visually-hidden">{ t(l, Key::ScenarioName) }</label>
                <input ref={name_ref} type="text" id="save-name" maxlength="60" {placeholder} />
                <button type="submit" class="secondary" id="save-scenario">{ t(l, Key::Save) }</button>
            </form>
        </>
    }
}

#[component]
pub fn MyScenarios(p: &SavedProps) -> Html {
    crate::app::renders::count("MyScenarios");
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
                i18n::workshop::slot_label(&scenario, l)
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
        let note = note.clone();
        Callback::from(move |_: MouseEvent| {
            let d = &results.decision;
            let title = i18n::verdict::csv_title(&d.verdict, l);
            let csv = weekly_csv(d.chosen(), &title, &i18n::keys::csv_header(l));
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
            dom::on_settled(file.text(), move |r| {
                let Some(text) = r.ok().and_then(|v| v.as_string()) else {
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
                        aria-label={format!("{} {name}", t(l, Key::Load))}>{ t(l, Key::Load) }</button>
                    <button type="button" class="linkish saved-delete" onclick={delete}
                        aria-label={format!("{} {name}", t(l, Key::Delete))}>{ t(l, Key::Delete) }</button>
                </span>
            </li>
        }
    };

    html! {
        <section class="card my-scenarios" id="saved" aria-labelledby="h-saved">
            { saved_head(l, on_save, name_ref.clone(), i18n::workshop::slot_label(&p.state.scenario, l)) }
            if items.items.is_empty() {
                <p class="muted">{ t(l, Key::NoSavedScenariosYet) }</p>
            } else {
                <ul class="saved-list" id="saved-list">
                    { for items.items.iter().map(|i| row(i.name.clone(), i.saved_at, i.scenario.clone())) }
                </ul>
            }
            <h4>{ t(l, Key::ExportImport) }</h4>
            <div class="btn-row">
                <button type="button" class="secondary" id="export-csv" onclick={on_csv}>
                    { t(l, Key::ExportWeeklyTableCSV) }</button>
                <button type="button" class="secondary" id="export-json" onclick={on_json}>
                    { t(l, Key::ExportInputsJSON) }</button>
                <input ref={file_ref} type="file" id="import-json" class="visually-hidden"
                    accept=".json,application/json" onchange={on_import} />
                <label class="file-button" for="import-json">
                    { t(l, Key::ImportJSON) }</label>
            </div>
            { match (&*note, note.text(l)) {
                (Note::Imported(ignored), _) => html! {
                    <div class="note ok" role="status" id="saved-note">
                        <p>{ t(l, Key::Imported) }</p>
                        if !ignored.is_empty() {
                            <p>{ t(l, Key::TheseValuesCouldNot) }</p>
                            <ul>{ for ignored.iter().take(20).map(|i| html! { <li>{ crate::i18n::errors::ignored(i, l) }</li> }) }</ul>
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
