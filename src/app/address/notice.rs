//! The notice of a link that carried values the page could not use.

use crate::i18n::{self, t, Key, Lang};
use crate::share::Ignored;
use yew::prelude::*;

/// Most ignored values listed one by one.
const NOTICE_LIST: usize = 12;

/// "This link had values we could not use" with the list (none: no notice), dismissible (which
/// empties it).
pub fn url_notice(l: Lang, ignored: &UseStateHandle<Vec<Ignored>>) -> Html {
    if ignored.is_empty() {
        return html! {};
    }
    let n = ignored.len();
    let more = n.saturating_sub(NOTICE_LIST);
    let dismiss = {
        let ignored = ignored.clone();
        Callback::from(move |_: MouseEvent| ignored.set(Vec::new()))
    };
    html! {
        <div class="url-notice" id="url-notice" role="alert">
            <p class="url-notice-head">{ i18n::errors::link_notice_head(n, l) }</p>
            <ul>
                { for ignored.iter().take(NOTICE_LIST).map(|i| html! { <li>{ i18n::errors::ignored(i, l) }</li> }) }
                if more > 0 {
                    <li>{ i18n::errors::and_more(more, l) }</li>
                }
            </ul>
            <button type="button" class="secondary" id="url-notice-dismiss"
                onclick={dismiss}>{ t(l, Key::Dismiss) }</button>
        </div>
    }
}
