//! The Yew app: a thin layer that shows what `model` returns. Browser-only.

use crate::i18n::{t, Key, Lang};
use yew::prelude::*;

/// Mount the app on `#app` (or `<body>` when that element is missing).
pub fn mount() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(el) => yew::Renderer::<App>::with_root(el).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}

#[component]
pub fn App() -> Html {
    let lang = use_state(Lang::default);

    {
        let lang = *lang;
        use_effect_with(lang, move |lang| {
            let doc = gloo::utils::document();
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", lang.tag());
            }
            doc.set_title(t(*lang, Key::Title));
        });
    }

    let l = *lang;
    let switch = {
        let lang = lang.clone();
        Callback::from(move |_| lang.set(lang.other()))
    };

    html! {
        <div class="page">
            <header class="top">
                <div class="brand">
                    <h1>{ t(l, Key::AppName) }</h1>
                    <p class="tagline">{ t(l, Key::Tagline) }</p>
                </div>
                <button class="lang-switch" type="button" id="lang-switch"
                        aria-label={t(l, Key::LangSwitchLabel)} lang={l.other().tag()}
                        onclick={switch}>
                    { t(l, Key::LangSwitch) }
                </button>
            </header>
            <main id="calc" class="calc"></main>
            <footer class="foot"><p>{ t(l, Key::Footer) }</p></footer>
        </div>
    }
}
