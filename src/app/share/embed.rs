//! 嵌入代码: the iframe snippet for the current scenario, fixed-height and self-sizing, with the
//! embed options (theme, title, panels, fixed channel) and copy buttons.

use super::copy::{copy, CopyStatus};
use super::dialog::Modal;
use crate::app::link::page_url;
use crate::model::Lang;
use crate::share::url::{encode, iframe_snippet, Panel, ThemeOpt, ViewOptions};
use crate::state::State;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    pub state: Rc<State>,
    pub on_close: Callback<()>,
}

/// A panel's name in the options.
pub fn panel_name(p: Panel, l: Lang) -> &'static str {
    match p {
        Panel::Inputs => l.pick("输入", "Inputs"),
        Panel::Verdict => l.pick("结论", "Verdict"),
        Panel::Summary => l.pick("关键数字", "Key figures"),
        Panel::Chart => l.pick("收益与流量图", "Headline chart"),
        Panel::Compare => l.pick("渠道对比", "Channel comparison"),
        Panel::Sensitivity => l.pick("敏感性", "Sensitivity"),
        Panel::Entry => l.pick("入局时机", "Entry timing"),
        Panel::Math => l.pick("计算过程", "The math"),
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
                    { l.pick("复制代码", "Copy code") }</button>
                <span class="copy-status" role="status" id={format!("{}-status", p.id)}>
                    { status.message(l) }</span>
            </div>
        </div>
    }
}

#[component]
pub fn EmbedDialog(p: &EmbedProps) -> Html {
    let l = p.state.lang;
    let theme = use_state(|| None::<ThemeOpt>);
    let hide_title = use_state(|| false);
    let lock = use_state(|| false);
    let panels = use_state(|| Panel::ALL.to_vec());
    let height = use_state(|| 900u32);

    let view = ViewOptions {
        embed: true,
        theme: *theme,
        hide_title: *hide_title,
        panels: (panels.len() < Panel::ALL.len() && !panels.is_empty()).then(|| (*panels).clone()),
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
            theme.set(ThemeOpt::from_key(&v.value()).filter(|t| *t != ThemeOpt::Auto));
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
        <Modal id="embed-dialog" title={l.pick("嵌入代码", "Embed code")}
            close_label={l.pick("关闭", "Close")} on_close={p.on_close.clone()}>
            <p class="help">{ l.pick(
                "把下面的代码粘贴到你的网页或博客里，读者看到的就是你现在这组数字。公众号文章不支持 iframe，请用「分享海报」。",
                "Paste this code into your web page or blog: readers see exactly this scenario. WeChat articles cannot hold an iframe: use the share card instead.") }</p>
            <fieldset class="embed-options">
                <legend>{ l.pick("显示选项", "Options") }</legend>
                <label class="opt">{ l.pick("配色", "Theme") }{ " " }
                    <select id="embed-theme" onchange={on_theme}>
                        <option value="auto" selected={theme.is_none()}>{ l.pick("跟随系统", "Follow the system") }</option>
                        <option value="light" selected={*theme == Some(ThemeOpt::Light)}>{ l.pick("浅色", "Light") }</option>
                        <option value="dark" selected={*theme == Some(ThemeOpt::Dark)}>{ l.pick("深色", "Dark") }</option>
                    </select>
                </label>
                <label class="opt"><input type="checkbox" id="embed-title" checked={!*hide_title}
                    onchange={toggle(&hide_title)} />{ l.pick("显示标题", "Show the title") }</label>
                <label class="opt"><input type="checkbox" id="embed-lock" checked={*lock}
                    onchange={toggle(&lock)} />{ l.pick("固定渠道（读者不能切换）", "Fixed channel (readers cannot switch)") }</label>
                <div class="opt-panels" role="group" aria-label={l.pick("显示哪些部分", "Which panels to show")}>
                    { for Panel::ALL.iter().map(|&pn| {
                        let on = panels.contains(&pn);
                        let panels = panels.clone();
                        let onchange = Callback::from(move |_: Event| {
                            // Toggle `pn`, keeping the panels in page order.
                            let on = |x: &Panel| (*x == pn) != panels.contains(x);
                            let v: Vec<Panel> = Panel::ALL.into_iter().filter(on).collect();
                            if !v.is_empty() {
                                panels.set(v);
                            }
                        });
                        html! {
                            <label class="opt"><input type="checkbox" id={format!("embed-panel-{}", pn.key())}
                                checked={on} {onchange} />{ panel_name(pn, l) }</label>
                        }
                    }) }
                </div>
            </fieldset>
            <Snippet id="embed-auto" lang={l} text={auto}
                label={l.pick("自适应高度（推荐）：iframe 和一小段脚本，高度随内容变化，接近屏幕时才加载",
                    "Self-sizing (recommended): an iframe and a small script; the height follows the content and it loads when it nears the screen")} />
            <label class="opt">{ l.pick("固定高度（像素）", "Fixed height (px)") }{ " " }
                <input type="text" inputmode="numeric" id="embed-height"
                    aria-invalid={(!height_ok).to_string()} aria-describedby="embed-height-err"
                    value={(*height_text).clone().unwrap_or_else(|| height.to_string())}
                    oninput={on_height} /></label>
            if !height_ok {
                <p class="error" id="embed-height-err" role="alert">{ l.pick(
                    "请输入 200 到 20,000 之间的整数（像素）；代码里仍是上一次的有效高度。",
                    "Enter a whole number from 200 to 20,000 (px); the code keeps the last valid height.") }</p>
            }
            <Snippet id="embed-fixed" lang={l} text={fixed}
                label={l.pick("固定高度：只有 iframe，适合不允许脚本的平台", "Fixed height: the iframe alone, for platforms that allow no script")} />
        </Modal>
    }
}
