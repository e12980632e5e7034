//! Build-time render (issue 23), run by Trunk's post_build hook (`./dev.sh post-build`): writes
//! the page rendered for the default scenario into the staged `index.html` and the headline
//! chart's picture into `prerender.css` beside it. Built from the same sources in the same build
//! as the wasm, so what the browser takes over is what it would have rendered itself.
//!
//! Usage: `prerender <staging dir>`; or `prerender --page zh|en` to print a page's HTML.

use tuike_calc::app::prerender::{chart_css, fill, render};
use tuike_calc::i18n::Lang;

const CSS: &str = "prerender.css";

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bad = |m: &str| std::io::Error::new(std::io::ErrorKind::InvalidInput, m.to_string());
    match args.as_slice() {
        [flag, code] if flag == "--page" => {
            let lang = Lang::from_code(code).ok_or_else(|| bad("unknown language"))?;
            println!("{}", render(lang)?);
        }
        [dir] => {
            let dir = std::path::Path::new(dir);
            let index = dir.join("index.html");
            let html = std::fs::read_to_string(&index)?;
            // The page's own language (简体中文, `Lang::default()`), as a visitor without a
            // link sees it first.
            let lang = Lang::default();
            let page = render(lang)?;
            let out = fill(&html, &page, CSS)
                .ok_or_else(|| bad("index.html has no empty <div id=\"app\"></div>"))?;
            std::fs::write(dir.join(CSS), chart_css(lang))?;
            std::fs::write(&index, out)?;
            eprintln!(
                "prerender: {} B of page into {}, {CSS}",
                page.len(),
                index.display()
            );
        }
        _ => {
            return Err(bad(
                "usage: prerender <staging dir> | prerender --page zh|en",
            ))
        }
    }
    Ok(())
}
