//! Screenshots for a person to look at (not a test): `cargo run --example shots -- [--el CSS]
//! LINK NAME…`. Each argument pair is a `#hash` (or `?query#hash`) of the page and a file name;
//! every page is shot at 375 px (phone emulation) and 1280 px into
//! `target/screenshots/NAME-375.png` and `NAME-1280.png`, first screen and the whole page in pieces
//! (`NAME-W-full.png`, `-full-1.png`, …), or only the
//! element `CSS` with `--el`. Needs `dist/` and chromedriver (`./dev.sh test` installs both).

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Duration;
use support::*;

#[tokio::main]
async fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let el = match args.first().map(String::as_str) {
        Some("--el") if args.len() > 1 => {
            let css = args[1].clone();
            args.drain(..2);
            Some(css)
        }
        _ => None,
    };
    let server = StaticServer::start(dist_dir(), vec![]).await;
    let driver = Driver::start().await;
    for pair in args.chunks(2) {
        let [link, name] = pair else {
            panic!("arguments come in pairs: LINK NAME")
        };
        for (vp, w) in [(Viewport::Phone, 375), (Viewport::Desktop, 1280)] {
            let c = browser(&driver, vp).await;
            c.goto(&server.url(&format!("/{link}"))).await.unwrap();
            wait_app(&c).await;
            // Let the Monte Carlo band arrive where the page has one.
            for _ in 0..100 {
                let band = js(&c, "var b = document.querySelector('#s-net .band'); return b ? b.textContent : 'P10'").await;
                if band.as_str().unwrap_or("").contains("P10") {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            if let Some(css) = &el {
                let p = screenshot_of(&c, css, &format!("{name}-{w}")).await;
                println!("{}", p.display());
            } else {
                let p = screenshot(&c, &format!("{name}-{w}")).await;
                // The whole page, in pieces a viewer shows legibly (a phone page is long).
                let f = screenshot_pieces(&c, &format!("{name}-{w}-full"), 1400.0).await;
                println!("{} {}", p.display(), f.len());
            }
            c.close().await.unwrap();
        }
    }
}
