//! Print as a person gets it (issue 20): a scenario with a trial and three pinned scenarios,
//! printed to PDF by Chromium on A4, is at most four pages (the README's promise) and names
//! all six channels of 六种做法对比. The PDF and its text land in target/screenshots/ to look at
//! (`pdftoppm -png -r 60 print-trial-zh.pdf print-trial-zh`).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use base64::Engine;
use support::*;
use tuike_calc::i18n::verdict::channel;
use tuike_calc::i18n::Lang;
use tuike_calc::model::ChannelId;

/// The text of every page of a PDF, in page order (lopdf decodes the fonts' ToUnicode maps, so
/// Chinese comes out as Chinese).
fn pdf_text(pdf: &[u8]) -> (usize, Vec<String>) {
    let doc = lopdf::Document::load_mem(pdf).expect("Chromium's PDF does not parse");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = pages
        .iter()
        .map(|&n| doc.extract_text(&[n]).unwrap_or_default())
        .collect();
    (pages.len(), text)
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver: run ./dev.sh test"]
async fn a_trial_and_three_pins_print_on_four_a4_pages_with_every_channel() {
    let server = StaticServer::start(dist_dir(), vec![]).await;
    let driver = Driver::start().await;
    let c = browser(&driver, Viewport::Desktop).await;
    for lang in [Lang::Zh, Lang::En] {
        let link = TRIAL_LINK.replace("lang=zh", &format!("lang={}", lang.code()));
        pin_a_trial_and_two_more(&c, &server, &link).await;
        // Back to the first: 微信小店推客, whose headline chart also draws what it gives away.
        click(&c, "#compare-table th.slot-0 .slot-actions button").await;
        until(
            &c,
            "the trial scenario loaded",
            "return document.getElementById('ch-wxshop').checked",
        )
        .await;
        wait_band(&c, std::time::Duration::from_secs(30)).await;
        // What 打印 does (opens 计算过程), then what the browser does before it lays out for print.
        js(
            &c,
            "document.getElementById('math').setAttribute('open', '');
             window.dispatchEvent(new Event('beforeprint')); return true",
        )
        .await;
        wait_for(&c, "#advanced .field").await;
        frame(&c).await;
        let pdf = cdp(
            &c,
            "Page.printToPDF",
            serde_json::json!({ "paperWidth": 8.27, "paperHeight": 11.69, "printBackground": false }),
        )
        .await;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(pdf["data"].as_str().expect("printToPDF: no data"))
            .unwrap();
        let name = format!("print-trial-{}", lang.code());
        std::fs::write(shots_dir().join(format!("{name}.pdf")), &bytes).unwrap();
        let (pages, text) = pdf_text(&bytes);
        std::fs::write(
            shots_dir().join(format!("{name}.txt")),
            text.join("\n\u{c}\n"),
        )
        .unwrap();
        assert!(
            !text.concat().trim().is_empty(),
            "{name}: no text read from the PDF"
        );
        assert!(
            (1..=4).contains(&pages),
            "{name}: {pages} A4 pages (the README says at most four); lines per page: {:?}",
            text.iter().map(|t| t.lines().count()).collect::<Vec<_>>()
        );
        // The text with its line breaks and spaces taken out: a name may wrap in a table cell.
        let flat: String = text.concat().split_whitespace().collect();
        for ch in ChannelId::ALL {
            let channel: String = channel(ch, lang).split_whitespace().collect();
            assert!(
                flat.contains(&channel),
                "{name}: {channel} is not in the printed text ({name}.txt)"
            );
        }
    }
    close_clean(c).await;
}
