//! A modal `<dialog>`: opened with `showModal()` (focus kept inside, Esc closes), or with the
//! `open` attribute where `<dialog>` is not supported.

use gloo::events::EventListener;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    pub id: AttrValue,
    pub title: AttrValue,
    /// Label of the close button.
    pub close_label: AttrValue,
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Modal(p: &ModalProps) -> Html {
    crate::renders::count("Modal");
    let node = use_node_ref();
    {
        let node = node.clone();
        let on_close = p.on_close.clone();
        use_effect_with((), move |_| {
            let mut listener = None;
            if let Some(d) = node.cast::<web_sys::HtmlDialogElement>() {
                if d.show_modal().is_err() {
                    let _ = d.set_attribute("open", "");
                }
                listener = Some(EventListener::new(&d, "close", move |_| on_close.emit(())));
            }
            move || drop(listener)
        });
    }
    let close = {
        let node = node.clone();
        let on_close = p.on_close.clone();
        Callback::from(
            move |_: MouseEvent| match node.cast::<web_sys::HtmlDialogElement>() {
                // Fires `close`, which calls on_close.
                Some(d) if d.open() => d.close(),
                _ => on_close.emit(()),
            },
        )
    };
    let title_id = format!("{}-title", p.id);
    html! {
        <dialog ref={node} class="modal" id={p.id.clone()} aria-labelledby={title_id.clone()}>
            <div class="modal-head">
                <h2 id={title_id}>{ p.title.clone() }</h2>
                <button type="button" class="modal-close" aria-label={p.close_label.clone()}
                    onclick={close}>{ "✕" }</button>
            </div>
            <div class="modal-body">{ p.children.clone() }</div>
        </dialog>
    }
}
