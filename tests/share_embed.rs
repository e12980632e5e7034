//! Native tests of the embed options (the `?query`) and the iframe snippets for hosts.

mod strategies;

use proptest::prelude::*;
use strategies::cfg;
use tuike_calc::share::snippet::*;
use tuike_calc::share::view::*;

// ---------- view options and iframe ----------

fn any_view() -> impl Strategy<Value = ViewOptions> {
    (
        any::<bool>(),
        proptest::option::of(proptest::sample::select(ThemeOpt::ALL.to_vec())),
        any::<bool>(),
        proptest::option::of(
            proptest::sample::subsequence(Panel::ALL.to_vec(), 1..=Panel::ALL.len()).prop_shuffle(),
        ),
        // Sections are kept in page order.
        proptest::sample::subsequence(Panel::ALL.to_vec(), 0..=Panel::ALL.len()),
        any::<bool>(),
    )
        .prop_map(
            |(embed, theme, hide_title, panels, sections, lock_channel)| ViewOptions {
                embed,
                theme,
                hide_title,
                panels,
                sections,
                lock_channel,
            },
        )
}

proptest! {
    #![proptest_config(cfg("share_embed"))]

    #[test]
    fn view_options_round_trip(v in any_view()) {
        let q = encode_view(&v);
        prop_assert_eq!(&decode_view(&q), &v);
        prop_assert_eq!(&decode_view(&format!("?{q}")), &v);
    }
}

#[test]
fn view_options_tolerate_junk() {
    let v = decode_view(
        "?embed=1&theme=DARK&title=0&panels=verdict,chart,bogus,chart,compare&lock=1&followers=NaN",
    );
    assert_eq!(
        v,
        ViewOptions {
            embed: true,
            theme: Some(ThemeOpt::Dark),
            hide_title: true,
            panels: Some(vec![Panel::Verdict, Panel::Chart, Panel::Compare]),
            sections: Vec::new(),
            lock_channel: true,
        }
    );
    assert_eq!(
        decode_view("embed=1&sections=math,bogus,summary,math").sections,
        vec![Panel::Summary, Panel::Math]
    );
    assert_eq!(decode_view("sections=ALL").sections, Panel::ALL.to_vec());
    assert_eq!(decode_view(""), ViewOptions::default());
    assert_eq!(
        decode_view("theme=purple&panels=nope&embed=0"),
        ViewOptions::default()
    );
    assert_eq!(
        decode_view("panels=verdict%2Cchart").panels,
        Some(vec![Panel::Verdict, Panel::Chart])
    );
    assert_eq!(encode_view(&ViewOptions::default()), "");
    for p in Panel::ALL {
        assert_eq!(Panel::from_key(p.key()), Some(p));
    }
}

#[test]
fn iframe_fixed_height() {
    let view = ViewOptions {
        theme: Some(ThemeOpt::Dark),
        ..ViewOptions::default()
    };
    let html = iframe_snippet(
        "https://calc.example.com/tuike/",
        "v=1&followers=3",
        &view,
        Some(720),
    );
    assert_eq!(
        html,
        "<iframe src=\"https://calc.example.com/tuike/?embed=1&amp;theme=dark#v=1&amp;followers=3\" width=\"100%\" height=\"720\" loading=\"lazy\" title=\"推客值不值？\" style=\"border:0\"></iframe>"
    );
}

#[test]
fn iframe_self_sizing_checks_origin_and_lazy_loads() {
    let html = iframe_snippet(
        "HTTPS://Calc.Example.com:443/tuike/?a=1#old",
        "#v=1",
        &ViewOptions::default(),
        None,
    );
    assert!(
        html.contains(r#"var origin = "https://calc.example.com";"#),
        "{html}"
    );
    assert!(html.contains("event.origin !== origin"));
    assert!(html.contains("event.source !== f.contentWindow"));
    assert!(html.contains(&format!("d.type !== \"{HEIGHT_MESSAGE_TYPE}\"")));
    assert!(html.contains("d.version !== 1"));
    assert!(html.contains("Math.min(20000, Math.max(200,"));
    assert!(html.contains("IntersectionObserver"));
    assert!(html.contains("rootMargin"));
    assert!(html.contains("} else {\n    load();"));
    assert!(
        html.contains("data-src=\"HTTPS://Calc.Example.com:443/tuike/?a=1&amp;embed=1#v=1\""),
        "{html}"
    );
    assert!(!html.contains("#old"));
    // Hostile URL: quotes and angle brackets never break out of the attribute or the script.
    let html = iframe_snippet(
        "https://ex.com/a\"b<c>'</script>",
        "x=\"<",
        &ViewOptions::default(),
        None,
    );
    assert!(!html.contains("a\"b"));
    assert!(!html.contains("<c>"));
    assert_eq!(html.matches("</script>").count(), 1);
    assert!(html.contains("a&quot;b&lt;c&gt;&#39;&lt;/script&gt;"));
    let html = iframe_snippet(
        "https://ex.com/a\"b<c",
        "",
        &ViewOptions::default(),
        Some(500),
    );
    assert!(html.contains("a&quot;b&lt;c"));
    assert!(!html.contains("a\"b"));
    // Relative page URL: no origin, so no message is ever accepted.
    let html = iframe_snippet("/tuike/", "", &ViewOptions::default(), None);
    assert!(html.contains(r#"var origin = "";"#));
    assert!(html.contains("if (!origin ||"));
}

#[test]
fn origins() {
    assert_eq!(
        origin_of("http://127.0.0.1:8080/x").as_deref(),
        Some("http://127.0.0.1:8080")
    );
    assert_eq!(origin_of("http://a.b:80").as_deref(), Some("http://a.b"));
    assert_eq!(
        origin_of("https://user:pw@a.b/x").as_deref(),
        Some("https://a.b")
    );
    assert_eq!(origin_of("a.b/x"), None);
    assert_eq!(origin_of("https:///x"), None);
}

/// What an embed shows: by default what an article needs; `sections=` adds; an old `panels=` link
/// shows what it listed, as before; the normal page shows everything.
#[test]
fn an_embed_shows_what_an_article_needs_unless_asked_for_more() {
    let shown = |q: &str| -> Vec<Panel> {
        let v = decode_view(q);
        Panel::ALL.into_iter().filter(|p| v.shows(*p)).collect()
    };
    assert_eq!(shown("embed=1"), EMBED_DEFAULT.to_vec());
    assert_eq!(
        shown("embed=1"),
        vec![Panel::Inputs, Panel::Verdict, Panel::Chart]
    );
    assert_eq!(shown(""), Panel::ALL.to_vec(), "the normal page shows all");
    assert_eq!(
        shown("sections=summary"),
        Panel::ALL.to_vec(),
        "…whatever its query says"
    );
    assert_eq!(
        shown("embed=1&sections=summary,advanced"),
        vec![
            Panel::Inputs,
            Panel::Advanced,
            Panel::Verdict,
            Panel::Summary,
            Panel::Chart
        ]
    );
    assert_eq!(shown("embed=1&sections=all"), Panel::ALL.to_vec());
    // Old links: exactly their panels; `inputs` brought presets, 高级假设 and 试过再算 along.
    assert_eq!(
        shown("embed=1&panels=verdict,chart"),
        vec![Panel::Verdict, Panel::Chart]
    );
    assert_eq!(
        shown("embed=1&panels=inputs,verdict,summary,chart,compare,sensitivity,entry"),
        vec![
            Panel::Inputs,
            Panel::Presets,
            Panel::Advanced,
            Panel::Trial,
            Panel::Verdict,
            Panel::Summary,
            Panel::Chart,
            Panel::Compare,
            Panel::Sensitivity,
            Panel::Entry
        ]
    );
    // Parts of the inputs go with the inputs.
    assert_eq!(
        shown("embed=1&panels=verdict&sections=presets"),
        vec![Panel::Verdict]
    );
}
