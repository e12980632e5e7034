//! The page's header: its name and its tools (演示模式, the share tools, print, the language).

use super::store::use_dispatch;
use super::{offline, share};
use crate::i18n::{t, Key};
use crate::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub state: Rc<State>,
}

#[component]
pub fn Header(p: &HeaderProps) -> Html {
    crate::renders::count("Header");
    let l = p.state.lang;
    let dispatch = use_dispatch();
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
                <share::Tools state={p.state.clone()} />
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
