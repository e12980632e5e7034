//! A look at the printed page (not a test): `cargo run --example print_shot -- [#hash]` renders
//! the page with print styles at A4's content width into `target/screenshots/print.png` and
//! prints its height in A4 pages. Needs `dist/` and chromedriver.

#[path = "../tests/support/mod.rs"]
mod support;

use serde_json::json;
use support::*;

#[tokio::main]
async fn main() {
    let hash = std::env::args().nth(1).unwrap_or_default();
    let server = StaticServer::start(dist_dir(), vec![]).await;
    let driver = Driver::start().await;
    let c = browser(&driver, Viewport::Desktop).await;
    c.goto(&server.url(&format!("/{hash}"))).await.unwrap();
    wait_app(&c).await;
    wait_band(&c, std::time::Duration::from_secs(10)).await;
    // A4 with 12 mm margins: 186 mm × 273 mm of content, 703 × 1032 CSS px.
    cdp(
        &c,
        "Emulation.setEmulatedMedia",
        json!({ "media": "print" }),
    )
    .await;
    cdp(
        &c,
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 703, "height": 1032, "deviceScaleFactor": 1, "mobile": false }),
    )
    .await;
    let h = js(&c, "return document.documentElement.scrollHeight").await;
    println!(
        "print height {h} px = {:.2} A4 pages",
        h.as_f64().unwrap() / 1032.0
    );
    cdp(&c, "Emulation.setDeviceMetricsOverride", json!({ "width": 703, "height": h.as_u64().unwrap().min(8000), "deviceScaleFactor": 1, "mobile": false })).await;
    let p = screenshot(&c, "print").await;
    println!("{}", p.display());
}
