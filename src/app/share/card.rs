//! 分享海报, the browser side: a canvas of the poster's size, the pure `chart::draw_poster` on it
//! through plotters-canvas, exported as PNG and shown as an `<img>` (long-press to save in
//! WeChat) with a download link. What it says is the page's [`Answer`], read from its context.

use crate::app::answer::Answer;
use crate::app::ui::dialog::Modal;
use crate::chart::backend::Canvas;
use crate::chart::{draw_poster, layout_poster, PosterData};
use crate::i18n::num::per_hour;
use crate::i18n::Lang;
use crate::i18n::{self, t, Key};
use crate::model::Scenario;
use plotters::prelude::*;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Draw the poster of `d` on a new canvas of its size; the PNG as a `data:` URL.
pub fn render(d: &PosterData) -> Result<String, JsValue> {
    let poster = layout_poster(d);
    let (w, h) = poster.size();
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")?
        .dyn_into()?;
    canvas.set_width(w);
    canvas.set_height(h);
    let backend = Canvas::new(&canvas).ok_or_else(|| JsValue::from_str("no canvas backend"))?;
    let root = backend.into_drawing_area();
    draw_poster(&root, &poster).map_err(|_| JsValue::from_str("poster"))?;
    root.present().map_err(|_| JsValue::from_str("poster"))?;
    canvas.to_data_url_with_type("image/png")
}

#[derive(Properties, PartialEq)]
pub struct CardDialogProps {
    pub lang: Lang,
    pub scenario: Rc<Scenario>,
    pub link: AttrValue,
    pub on_close: Callback<()>,
}

#[component]
pub fn CardDialog(p: &CardDialogProps) -> Html {
    crate::renders::count("CardDialog");
    let l = p.lang;
    let answer = use_context::<Answer>();
    let url = use_memo(
        (
            p.scenario.clone(),
            answer.as_ref().and_then(|a| a.mc.as_ref().map(|m| m.draws)),
            l,
            p.link.clone(),
        ),
        |_| match &answer {
            Some(a) => render(&PosterData {
                scenario: &p.scenario,
                projection: a.results.decision.chosen(),
                mc: a.mc.as_deref(),
                verdict: &a.verdict,
                lang: l,
                link: &p.link,
            }),
            None => Err(JsValue::NULL),
        },
    );
    html! {
        <Modal id="card-dialog" title={t(l, Key::ShareCard)}
            close_label={t(l, Key::Close)} on_close={p.on_close.clone()}>
            { match (&*url, &answer) {
                (Ok(src), Some(a)) => html! { <>
                    <p class="help">{ t(l, Key::LongPressPictureSave) }</p>
                    // What the picture says, for checks that it says what the page says.
                    <img class="share-card" id="share-card" src={src.clone()} data-link={p.link.clone()}
                        data-verdict={i18n::verdict::title(a.verdict.kind, l)}
                        data-per-hour={per_hour(a.verdict.net_per_hour, l)}
                        alt={t(l, Key::ShareCardVerdictKey)} />
                    <p><a class="button" id="card-download" href={src.clone()} download="tuike-calc.png">
                        { t(l, Key::DownloadPicture) }</a></p>
                </> },
                _ => html! { <p class="error" role="alert">{ t(l, Key::CouldNotDrawPicture) }</p> },
            } }
        </Modal>
    }
}
