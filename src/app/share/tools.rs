//! The header's share tools: 复制链接, 分享海报, 嵌入代码.

use super::{card, embed};
use crate::app::link::scenario_link;
use crate::app::ui::copy::{copy, CopyStatus};
use crate::i18n::{self, t, Key};
use crate::model::Field;
use crate::state::State;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolsProps {
    pub state: Rc<State>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    None,
    Embed,
    Card,
}

/// The fields whose typed text is not used: what is shared is the last valid scenario.
fn unused(state: &State) -> Vec<Field> {
    state.issues().map(|(f, _)| f).collect()
}

/// The header's share tools: 复制链接, 分享海报, 嵌入代码.
#[component]
pub fn Tools(p: &ToolsProps) -> Html {
    crate::renders::count("Tools");
    let l = p.state.lang;
    let unused = unused(&p.state);
    let link = scenario_link(&p.state.scenario, l);
    let copy_req = use_state(|| 0u32);
    let status = use_state(CopyStatus::default);
    let field = use_node_ref();

    {
        // After the popover has rendered (the field must exist for the fallback).
        let field = field.clone();
        let status = status.clone();
        let link = link.clone();
        use_effect_with(*copy_req, move |&n| {
            if n > 0 {
                let status = status.clone();
                copy(link, field, Callback::from(move |s| status.set(s)));
            }
        });
    }
    let on_copy = {
        let copy_req = copy_req.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            status.set(CopyStatus::Idle);
            copy_req.set(*copy_req + 1);
        })
    };
    let close_copy = {
        let copy_req = copy_req.clone();
        Callback::from(move |_: MouseEvent| copy_req.set(0))
    };
    html! {
        <>
            <button class="tool" type="button" id="copy-link" onclick={on_copy}
                aria-describedby={(!unused.is_empty()).then_some("share-stale")}>
                { t(l, Key::CopyLink) }</button>
            <ShareDialogs state={p.state.clone()} />
            if *copy_req > 0 {
                <div class="copy-pop" id="copy-pop" role="group" aria-label={t(l, Key::CopyLink)}>
                    <label for="share-link">{ t(l, Key::ScenarioLinkLabel) }</label>
                    <div class="copy-row">
                        <input ref={field.clone()} type="text" id="share-link" readonly=true value={link.clone()} />
                        <button type="button" class="modal-close" aria-label={t(l, Key::Close)}
                            onclick={close_copy}>{ "✕" }</button>
                    </div>
                    <p class={if *status == CopyStatus::Manual { "copy-status manual" } else { "copy-status" }}
                        id="copy-status" role="status">{ status.message(l) }</p>
                    // What the copied link holds, said where the copy is confirmed.
                    if !unused.is_empty() {
                        <p class="share-stale" id="copy-stale">{ i18n::errors::shared_last_valid(&unused, l) }</p>
                    }
                </div>
            }
            // Beside the buttons while a field is not used: what they share, and why no poster
            // ("「可触达人数」里的输入没有用上：链接和嵌入代码里是上次有效的数字…").
            if !unused.is_empty() {
                <p class="share-stale" id="share-stale">{ i18n::errors::shared_last_valid(&unused, l) }</p>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ShareDialogsProps {
    state: Rc<State>,
}

/// 分享海报 and 嵌入代码: their buttons and dialogs.
#[component]
fn ShareDialogs(p: &ShareDialogsProps) -> Html {
    crate::renders::count("ShareDialogs");
    let l = p.state.lang;
    // A poster travels without the page's "未更新" mark: none while a field is not used.
    let stale = p.state.issues().next().is_some();
    let open = use_state(|| Open::None);
    let set_open = |o: Open| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(o))
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(Open::None))
    };
    html! {
        <>
            <button class="tool" type="button" id="share-card-open" onclick={set_open(Open::Card)}
                disabled={stale} aria-describedby={stale.then_some("share-stale")}>
                { t(l, Key::ShareCard) }</button>
            <button class="tool" type="button" id="embed-open" onclick={set_open(Open::Embed)}>
                { t(l, Key::EmbedOpen) }</button>
            if *open == Open::Embed {
                <embed::EmbedDialog state={p.state.clone()} on_close={close.clone()} />
            }
            if *open == Open::Card {
                <card::CardDialog lang={l} scenario={Rc::new(p.state.scenario.clone())}
                    link={scenario_link(&p.state.scenario, l)} on_close={close.clone()} />
            }
        </>
    }
}
