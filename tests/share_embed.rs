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
            proptest::sample::subsequence(Panel::ALL.to_vec(), 1..=8).prop_shuffle(),
        ),
        any::<bool>(),
    )
        .prop_map(
            |(embed, theme, hide_title, panels, lock_channel)| ViewOptions {
                embed,
                theme,
                hide_title,
                panels,
                lock_channel,
            },
        )
}

proptest! {
    #![proptest_config(cfg(500))]

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
            lock_channel: true,
        }
    );
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
