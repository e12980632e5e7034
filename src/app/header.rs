//! The page's header: its name and its tools (演示模式, the share tools, print, the language).

use super::store::Dispatch;
use super::{offline, share};
use crate::i18n::{t, Key};
use crate::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

/// The header: markup of the page's own (the share tools, which read the state, are a
/// component).
pub fn header(state: &Rc<State>, dispatch: &Dispatch) -> Html {
    let l = state.lang;
    html! {
        <header class="top">
            <div class="brand">
                <h1>{ t(l, Key::AppName) }</h1>
                <p class="tagline">{ t(l, Key::Tagline) }</p>
            </div>
            <div class="top-tools">
                <button class="tool" type="button" id="present"
                        onclick={dispatch.reform(|_| Action::Present(true))}>
                    { t(l, Key::PresentOpen) }
                </button>
                <share::Tools state={state.clone()} />
                <button class="tool" type="button" id="print"
                        onclick={Callback::from(|_| offline::print_page())}>
                    { t(l, Key::PrintPage) }
                </button>
                <button class="lang-switch" type="button" id="lang-switch"
                        aria-label={t(l, Key::LangSwitchLabel)} lang={l.other().tag()}
                        onclick={dispatch.reform(|_| Action::ToggleLang)}>
                    { t(l, Key::LangSwitch) }
                </button>
            </div>
        </header>
    }
}
