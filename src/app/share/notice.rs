//! The notice of a link that carried values the page could not use, and embed mode's top line.

use crate::i18n::{self, t, Key, Lang};
use crate::share::Ignored;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub lang: Lang,
    pub ignored: Vec<Ignored>,
    pub on_dismiss: Callback<()>,
}

/// Most ignored values listed one by one.
const NOTICE_LIST: usize = 12;

/// "This link had values we could not use" with the list, dismissible.
#[component]
pub fn UrlNotice(p: &NoticeProps) -> Html {
    let l = p.lang;
    if p.ignored.is_empty() {
        return html! {};
    }
    let n = p.ignored.len();
    let more = n.saturating_sub(NOTICE_LIST);
    html! {
        <div class="url-notice" id="url-notice" role="alert">
            <p class="url-notice-head">{ i18n::errors::link_notice_head(n, l) }</p>
            <ul>
                { for p.ignored.iter().take(NOTICE_LIST).map(|i| html! { <li>{ crate::i18n::errors::ignored(i, l) }</li> }) }
                if more > 0 {
                    <li>{ i18n::errors::and_more(more, l) }</li>
                }
            </ul>
            <button type="button" class="secondary" id="url-notice-dismiss"
                onclick={p.on_dismiss.reform(|_| ())}>{ t(l, Key::Dismiss) }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    pub lang: Lang,
    pub show_title: bool,
    pub link: AttrValue,
}

/// Embed mode's compact top line: the title (unless `title=0`) and a link to the full page.
#[component]
pub fn EmbedBar(p: &EmbedBarProps) -> Html {
    let l = p.lang;
    html! {
        <div class="embed-bar" id="embed-bar">
            if p.show_title {
                <h1 class="embed-title">{ t(l, Key::AppName) }</h1>
            }
            <a class="open-full" id="open-full" href={p.link.clone()} target="_blank" rel="noopener">
                { t(l, Key::OpenFullCalculator) }</a>
        </div>
    }
}
