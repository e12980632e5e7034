//! 我的方案's files: the weekly table as CSV, the inputs as JSON, and that JSON back.

use super::note::Note;
use crate::app::store::Dispatch;
use crate::app::ui::dom;
use crate::i18n::{self, t, Key, Lang};
use crate::model::Scenario;
use crate::share::export::{import_json, scenario_json, weekly_csv, ImportError, MAX_IMPORT_LEN};
use crate::state::{Action, Results};
use std::rc::Rc;
use yew::prelude::*;

/// 导出 CSV (the chosen channel's weeks), 导出 JSON (`scenario`) and 导入 JSON (through the file
/// input `file_ref`).
pub fn files(
    l: Lang,
    scenario: &Scenario,
    results: &Rc<Results>,
    file_ref: NodeRef,
    note: UseStateSetter<Note>,
    dispatch: &Dispatch,
) -> Html {
    let on_csv = {
        let results = results.clone();
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
        let scenario = scenario.clone();
        let note = note.clone();
        Callback::from(move |_: MouseEvent| {
            let json = scenario_json(&scenario);
            if !dom::download_text(&json, "application/json", "tuike-calc-scenario.json") {
                note.set(Note::DownloadFailed);
            }
        })
    };
    let on_import = {
        let dispatch = dispatch.clone();
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
    html! {
        <>
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
        </>
    }
}
