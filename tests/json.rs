//! The JSON reader of `share::json` against `serde_json`: the same values from generated
//! documents (compact and pretty), the same accept/refuse decision on mutated text, exact
//! numbers, the depth limit, and what it writes reads back unchanged. The comparison is the one
//! the coverage-guided fuzzer uses (`tests/invariants/mod.rs`, fuzz target `json`).

mod invariants;
mod strategies;

use invariants::{normalize, serde_json_only_limit, to_serde};
use proptest::prelude::*;
use serde_json::Value as Sj;
use strategies::cfg;
use tuike_calc::share::json::{parse, Value, MAX_DEPTH};

fn json_value() -> impl Strategy<Value = Sj> {
    let leaf = prop_oneof![
        Just(Sj::Null),
        any::<bool>().prop_map(Sj::Bool),
        any::<i64>().prop_map(Sj::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Sj::from),
        (0.0..1e6f64).prop_map(Sj::from),
        any::<String>().prop_map(Sj::String),
        "[a-z\"\\\\/\u{0}-\u{1f}\u{4e00}-\u{4e10}\u{1F600}]{0,12}".prop_map(Sj::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Sj::Array),
            prop::collection::vec(("[a-z\u{4e00}-\u{4e05}]{0,6}", inner), 0..6)
                .prop_map(|kv| Sj::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(cfg("json"))]

    #[test]
    fn reads_what_serde_json_writes(v in json_value(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) }.unwrap();
        let ours = parse(&text).map_err(|e| TestCaseError::fail(format!("{e:?} in {text}")))?;
        prop_assert_eq!(to_serde(&ours), normalize(&v));
        // And what we write reads back as the same value, in both readers.
        let again = ours.stringify();
        prop_assert_eq!(parse(&again).unwrap(), ours);
        prop_assert_eq!(normalize(&serde_json::from_str::<Sj>(&again).unwrap()), normalize(&v));
    }

    /// One character deleted, replaced or inserted: we accept exactly what serde_json accepts
    /// (numbers beyond f64 aside: serde_json refuses them, we read infinity and the importer
    /// refuses it as not a number).
    #[test]
    fn refuses_what_serde_json_refuses(
        v in json_value(),
        at in any::<prop::sample::Index>(),
        op in 0..3u8,
        c in prop::sample::select(vec!['{', '}', '[', ']', ',', ':', '"', '\\', '0', '-', '.', 'e', ' ', 'x', '\u{1}', 'n', 'u']),
    ) {
        let text = serde_json::to_string(&v).unwrap();
        let mut chars: Vec<char> = text.chars().collect();
        let i = at.index(chars.len() + 1);
        match op {
            0 if i < chars.len() => { chars.remove(i); }
            1 if i < chars.len() => chars[i] = c,
            _ => chars.insert(i, c),
        }
        let text: String = chars.into_iter().collect();
        let theirs = serde_json::from_str::<Sj>(&text);
        if let Err(e) = &theirs {
            prop_assume!(!serde_json_only_limit(e));
        }
        let ours = parse(&text);
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{}: ours {:?}", text, ours);
        if let (Ok(a), Ok(b)) = (ours, theirs) {
            prop_assert_eq!(to_serde(&a), normalize(&b));
        }
    }
}

#[test]
fn numbers_are_exact() {
    for t in [
        "0.1",
        "0.30000000000000004",
        "1e-7",
        "123456789012345678",
        "-0",
        "2.5e+3",
        "1.7976931348623157e308",
        "5e-324",
    ] {
        let Value::Number(n) = parse(t).unwrap() else {
            panic!("{t}")
        };
        assert_eq!(n.to_bits(), t.parse::<f64>().unwrap().to_bits(), "{t}");
    }
    for bad in [
        "01", "1.", ".5", "+1", "1e", "-", "0x10", "NaN", "Infinity", "1_000",
    ] {
        assert!(parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn depth_is_limited_and_errors_say_where() {
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    let e = parse(&deep).unwrap_err();
    assert_eq!((e.line, e.column), (1, MAX_DEPTH + 1));
    // A hostile file deep enough to exhaust a recursive reader's stack is refused, not a crash.
    assert!(parse(&"[".repeat(1_000_000)).is_err());
    let e = parse("{\n  \"a\": 1,\n  \"好\": tru\n}").unwrap_err();
    assert_eq!((e.line, e.column), (3, 8));
    assert!(
        parse("\u{feff}{\"a\":1}").is_ok(),
        "a leading BOM is skipped"
    );
    assert!(parse("{\"a\":1} x").is_err(), "text after the value");
    assert!(parse("").is_err());
    assert_eq!(
        parse(r#""\ud83d\ude00 \u4e2d""#).unwrap(),
        Value::String("😀 中".into())
    );
    assert!(parse(r#""\ud83d""#).is_err(), "a lone surrogate");
}

#[test]
fn objects_keep_document_order_and_the_first_duplicate() {
    let Value::Object(o) = parse(r#"{"b":1,"a":2,"b":3}"#).unwrap() else {
        panic!()
    };
    let keys: Vec<&str> = o.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["b", "a", "b"]);
    assert_eq!(o.get("b"), Some(&Value::Number(1.0)));
}
