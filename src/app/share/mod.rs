//! Share and embed, the browser side: the state in the address (`boot`, `url_sync`), embed
//! mode's height messages (`embed_height`), the link notice and embed bar (`notice`), the header's
//! tools (`tools`: copy link, 分享海报 `card`, 嵌入代码 `embed`), and 我的方案 (`saved`). The pure
//! part is `crate::share`.

mod boot;
mod card;
mod copy;
mod dialog;
pub(in crate::app) mod dom;
mod embed;
mod embed_height;
mod notice;
mod saved;
mod tools;
mod url_sync;

pub use boot::Boot;
pub use embed_height::use_embed_height;
pub use notice::{embed_bar, url_notice};
pub use saved::MyScenarios;
pub use tools::Tools;
pub use url_sync::use_url_sync;

use crate::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

/// Props of 我的方案.
#[derive(Properties, PartialEq)]
pub struct SavedProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    pub results: Rc<crate::state::Results>,
}
