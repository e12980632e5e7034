//! 我的方案: saved scenarios (save under a name, load, delete) and their files (`files`: CSV and
//! JSON out, JSON in). The store's policy (what is set aside, when nothing may be written) is the
//! pure `crate::share::saved`; this is its edge: the browser's localStorage, the list, and what
//! the panel says (`note`).

mod files;
mod note;

use super::store::use_dispatch;
use super::ui::dom;
use crate::i18n::{self, t, Key, Lang};
use crate::model::Scenario;
use crate::share::saved::{self, Opened, SavedStore, Storage, StorageError};
use crate::state::{Action, Results};
use note::Note;
use std::rc::Rc;
use yew::prelude::*;

/// The browser's localStorage as the store's [`Storage`]: blocked (private mode, a third-party
/// iframe) or full, it gives an error, never a panic.
struct Local;

impl Storage for Local {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        dom::local_storage()
            .ok_or(StorageError::Unavailable)?
            .get_item(key)
            .map_err(|_| StorageError::Unavailable)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        dom::local_storage()
            .ok_or(StorageError::Unavailable)?
            .set_item(key, value)
            .map_err(|_| StorageError::WriteFailed)
    }
}

fn open() -> Result<Opened, StorageError> {
    saved::open(&mut Local, dom::now_ms())
}

fn update(f: impl FnOnce(&mut SavedStore) -> bool) -> Result<(SavedStore, bool), StorageError> {
    saved::update(&mut Local, dom::now_ms(), f)
}

#[derive(Properties, PartialEq)]
pub struct MyScenariosProps {
    pub lang: Lang,
    /// What 保存 saves and the JSON holds.
    pub scenario: Scenario,
    /// What the CSV holds.
    pub results: Rc<Results>,
}

#[component]
pub fn MyScenarios(p: &MyScenariosProps) -> Html {
    crate::renders::count("MyScenarios");
    let l = p.lang;
    let items = use_state(SavedStore::default);
    let note = use_state(|| Note::None);
    let (name_ref, file_ref) = (use_node_ref(), use_node_ref());
    let dispatch = use_dispatch();
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
    html! {
        <section class="card my-scenarios" id="saved" aria-labelledby="h-saved">
            { save_form(l, &p.scenario, name_ref, items.setter(), note.setter()) }
            <SavedList lang={l} items={items.clone()} note={note.setter()} />
            { files::files(l, &p.scenario, &p.results, file_ref, note.setter(), &dispatch) }
            { note.view(l) }
        </section>
    }
}

/// 我的方案's heading and save form: the scenario under the name typed in `name_ref` (or its
/// own label).
fn save_form(
    l: Lang,
    scenario: &Scenario,
    name_ref: NodeRef,
    items: UseStateSetter<SavedStore>,
    note: UseStateSetter<Note>,
) -> Html {
    let on_save = {
        let name_ref = name_ref.clone();
        let scenario = scenario.clone();
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
    html! {
        <>
            <h3 id="h-saved">{ t(l, Key::MyScenarios) }</h3>
            <form class="save-form" onsubmit={on_save}>
                <label for="save-name" class="visually-hidden">{ t(l, Key::ScenarioName) }</label>
                <input ref={name_ref} type="text" id="save-name" maxlength="60"
                    placeholder={i18n::workshop::slot_label(scenario, l)} />
                <button type="submit" class="secondary" id="save-scenario">{ t(l, Key::Save) }</button>
            </form>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SavedListProps {
    lang: Lang,
    items: UseStateHandle<SavedStore>,
    note: UseStateSetter<Note>,
}

/// The saved scenarios, most recent first, each with 载入 and 删除.
#[component]
fn SavedList(p: &SavedListProps) -> Html {
    crate::renders::count("SavedList");
    let l = p.lang;
    let dispatch = use_dispatch();
    let row = |name: String, at: f64, scenario: Scenario| {
        let load = {
            let (dispatch, note, name) = (dispatch.clone(), p.note.clone(), name.clone());
            Callback::from(move |_: MouseEvent| {
                dispatch.emit(Action::Load(Box::new(scenario.clone())));
                note.set(Note::Loaded(name.clone()));
            })
        };
        let delete = {
            let (items, note, name) = (p.items.clone(), p.note.clone(), name.clone());
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
    if p.items.items.is_empty() {
        return html! { <p class="muted">{ t(l, Key::NoSavedScenariosYet) }</p> };
    }
    html! {
        <ul class="saved-list" id="saved-list">
            { for p.items.items.iter().map(|i| row(i.name.clone(), i.saved_at, i.scenario.clone())) }
        </ul>
    }
}
