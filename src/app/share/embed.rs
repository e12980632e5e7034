//! 嵌入代码: the iframe snippet for the current scenario, fixed-height and self-sizing, with the
//! embed options (theme, title, the sections added to what an article needs, fixed channel) and
//! copy buttons.

use crate::app::link::page_url;
use crate::app::ui::copy::{copy, CopyStatus};
use crate::app::ui::dialog::Modal;
use crate::i18n::Lang;
use crate::i18n::{t, Key};
use crate::share::snippet::iframe_snippet;
use crate::share::url::encode;
use crate::share::view::{Panel, ThemeOpt, ViewOptions, EMBED_DEFAULT};
use crate::state::State;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub state: Rc<State>,
    pub on_close: Callback<()>,
}

/// A section's name in the options.
pub fn panel_name(p: Panel, l: Lang) -> &'static str {
    match p {
        Panel::Inputs => t(l, Key::PanelInputs),
        Panel::Presets => t(l, Key::Presets),
        Panel::Advanced => t(l, Key::Advanced),
        Panel::Trial => t(l, Key::TrialTitle),
        Panel::Verdict => t(l, Key::Verdict),
        Panel::Summary => t(l, Key::PanelSummary),
        Panel::Chart => t(l, Key::PanelChart),
        Panel::Compare => t(l, Key::PanelCompare),
        Panel::Sensitivity => t(l, Key::PanelSensitivity),
        Panel::Entry => t(l, Key::PanelEntry),
        Panel::Math => t(l, Key::PanelMath),
    }
}

#[derive(Properties, PartialEq)]
struct SnippetProps {
    id: AttrValue,
    label: AttrValue,
    text: AttrValue,
    lang: Lang,
}

/// A read-only snippet with its copy button and feedback.
#[component]
fn Snippet(p: &SnippetProps) -> Html {
    crate::renders::count("Snippet");
    let field = use_node_ref();
    let status = use_state(CopyStatus::default);
    let onclick = {
        let field = field.clone();
        let status = status.clone();
        let text = p.text.to_string();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            copy(
                text.clone(),
                field.clone(),
                Callback::from(move |s| status.set(s)),
            )
        })
    };
    let l = p.lang;
    html! {
        <div class="snippet">
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            <textarea ref={field} id={p.id.clone()} readonly=true rows="4" spellcheck="false"
                value={p.text.clone()} />
            <div class="snippet-row">
                <button type="button" class="secondary" id={format!("{}-copy", p.id)} {onclick}>
                    { t(l, Key::CopyCode) }</button>
                <span class="copy-status" role="status" id={format!("{}-status", p.id)}>
                    { status.message(l) }</span>
            </div>
        </div>
    }
}

#[component]
pub fn EmbedDialog(p: &EmbedDialogProps) -> Html {
    crate::renders::count("EmbedDialog");
    let l = p.state.lang;
    let theme = use_state(|| None::<ThemeOpt>);
    let hide_title = use_state(|| false);
    let lock = use_state(|| false);
    // Sections added to what every embed shows (EMBED_DEFAULT).
    let sections = use_state(Vec::<Panel>::new);
    let height = use_state(|| 900u32);

    let view = ViewOptions {
        embed: true,
        theme: *theme,
        hide_title: *hide_title,
        panels: None,
        sections: (*sections).clone(),
        lock_channel: *lock,
    };
    let hash = encode(&p.state.scenario, l);
    let page = page_url();
    let fixed = iframe_snippet(&page, &hash, &view, Some(*height));
    let auto = iframe_snippet(&page, &hash, &view, None);

    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |e: Event| {
            let v: web_sys::HtmlSelectElement = e.target_unchecked_into();
            // Light is an embed's default: the snippet says nothing for it.
            theme.set(ThemeOpt::from_key(&v.value()).filter(|t| *t != ThemeOpt::Light));
        })
    };
    let toggle = |h: &UseStateHandle<bool>| {
        let h = h.clone();
        Callback::from(move |_: Event| h.set(!*h))
    };
    // What the person typed, and whether it is a usable height; the last good one stays in the
    // snippet while the text is wrong.
    let height_text = use_state(|| None::<String>);
    let height_ok = height_text.as_deref().is_none_or(|t| {
        matches!(crate::input::parse::parse_number(t, crate::model::Unit::Count),
            Ok(n) if (200.0..=20_000.0).contains(&n) && n.fract() == 0.0)
    });
    let on_height = {
        let height = height.clone();
        let height_text = height_text.clone();
        Callback::from(move |e: InputEvent| {
            let v: web_sys::HtmlInputElement = e.target_unchecked_into();
            let text = v.value();
            if let Ok(n) = crate::input::parse::parse_number(&text, crate::model::Unit::Count) {
                if (200.0..=20_000.0).contains(&n) && n.fract() == 0.0 {
                    height.set(n as u32);
                }
            }
            height_text.set(Some(text));
        })
    };

    html! {
        <Modal id="embed-dialog" title={t(l, Key::EmbedCode)}
            close_label={t(l, Key::Close)} on_close={p.on_close.clone()}>
            <p class="help">{ t(l, Key::PasteCodeIntoWeb) }</p>
            <fieldset class="embed-options">
                <legend>{ t(l, Key::Options) }</legend>
                <label class="opt">{ t(l, Key::Theme) }{ " " }
                    <select id="embed-theme" onchange={on_theme}>
                        <option value="light" selected={theme.is_none()}>{ t(l, Key::Light) }</option>
                        <option value="dark" selected={*theme == Some(ThemeOpt::Dark)}>{ t(l, Key::Dark) }</option>
                        <option value="auto" selected={*theme == Some(ThemeOpt::Auto)}>{ t(l, Key::FollowSystem) }</option>
                    </select>
                </label>
                <label class="opt"><input type="checkbox" id="embed-title" checked={!*hide_title}
                    onchange={toggle(&hide_title)} />{ t(l, Key::ShowTitle) }</label>
                <label class="opt"><input type="checkbox" id="embed-lock" checked={*lock}
                    onchange={toggle(&lock)} />{ t(l, Key::FixedChannelReadersCannot) }</label>
                <p class="help" id="embed-sections-help">{ t(l, Key::EmbedShowsByDefault) }</p>
                <div class="opt-panels" role="group" aria-label={t(l, Key::WhichPanelsShow)}
                    aria-describedby="embed-sections-help">
                    { for Panel::ALL.iter().filter(|p| !EMBED_DEFAULT.contains(p)).map(|&pn| {
                        let on = sections.contains(&pn);
                        let sections = sections.clone();
                        let onchange = Callback::from(move |_: Event| {
                            // Toggle `pn`, keeping the sections in page order.
                            let on = |x: &Panel| (*x == pn) != sections.contains(x);
                            sections.set(Panel::ALL.into_iter().filter(on).collect());
                        });
                        html! {
                            <label class="opt"><input type="checkbox" id={format!("embed-section-{}", pn.key())}
                                checked={on} {onchange} />{ panel_name(pn, l) }</label>
                        }
                    }) }
                </div>
            </fieldset>
            <Snippet id="embed-auto" lang={l} text={auto}
                label={t(l, Key::SelfSizingRecommendedIframe)} />
            <label class="opt">{ t(l, Key::FixedHeightPx) }{ " " }
                <input type="text" inputmode="numeric" id="embed-height"
                    aria-invalid={(!height_ok).to_string()} aria-describedby="embed-height-err"
                    value={(*height_text).clone().unwrap_or_else(|| height.to_string())}
                    oninput={on_height} /></label>
            if !height_ok {
                <p class="error" id="embed-height-err" role="alert">{ t(l, Key::EmbedHeightError) }</p>
            }
            <Snippet id="embed-fixed" lang={l} text={fixed}
                label={t(l, Key::FixedHeightIframeAlone)} />
        </Modal>
    }
}
