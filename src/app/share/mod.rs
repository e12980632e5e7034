//! The header's share tools, the browser side: 复制链接, 分享海报 (`card`) and 嵌入代码
//! (`embed`). The pure part is `crate::share`.

mod card;
mod embed;
mod tools;

pub use tools::Tools;
