//! The notice of a link that carried values the page could not use, and embed mode's top line.

use crate::i18n::{self, t, Key, Lang};
use crate::share::Ignored;
use yew::prelude::*;

/// Most ignored values listed one by one.
const NOTICE_LIST: usize = 12;

/// "This link had values we could not use" with the list, dismissible.
pub fn url_notice(l: Lang, ignored: &[Ignored], on_dismiss: Callback<MouseEvent>) -> Html {
    crate::app::renders::count("UrlNotice");
    if ignored.is_empty() {
        return html! {};
    }
    let n = ignored.len();
    let more = n.saturating_sub(NOTICE_LIST);
    html! {
        <div class="url-notice" id="url-notice" role="alert">
            <p class="url-notice-head">{ i18n::errors::link_notice_head(n, l) }</p>
            <ul>
                { for ignored.iter().take(NOTICE_LIST).map(|i| html! { <li>{ crate::i18n::errors::ignored(i, l) }</li> }) }
                if more > 0 {
                    <li>{ i18n::errors::and_more(more, l) }</li>
                }
            </ul>
            <button type="button" class="secondary" id="url-notice-dismiss"
                onclick={on_dismiss}>{ t(l, Key::Dismiss) }</button>
        </div>
    }
}

/// Embed mode's compact top line: the title (unless `title=0`) and a link to the full page.
pub fn embed_bar(l: Lang, show_title: bool, link: String) -> Html {
    crate::app::renders::count("EmbedBar");
    html! {
        <div class="embed-bar" id="embed-bar">
            if show_title {
                <h1 class="embed-title">{ t(l, Key::AppName) }</h1>
            }
            <a class="open-full" id="open-full" href={link} target="_blank" rel="noopener">
                { t(l, Key::OpenFullCalculator) }</a>
        </div>
    }
}
