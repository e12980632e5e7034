//! What must hold for any input to the page's parsers and reducer: one function per fuzz target,
//! taking the target's raw bytes. The coverage-guided fuzzers (`fuzz/fuzz_targets/*.rs`, nightly,
//! `./dev.sh fuzz`) call them on what libFuzzer generates; `tests/fuzz_corpus.rs` calls them on
//! every file of the committed corpora on the stable toolchain, so whatever a fuzzer once found
//! stays fixed. Each panics (an assertion) when an invariant breaks.
#![allow(dead_code)]

use arbitrary::{Arbitrary, Unstructured};
use serde_json::Value as Sj;
use tuike_calc::i18n::errors::{ignored, import_error, parse_error};
use tuike_calc::i18n::num::format_value;
use tuike_calc::i18n::Lang;
use tuike_calc::input::parse::parse_number;
use tuike_calc::model::{
    decide, presets, ChannelId, Decision, Field, FieldError, Scenario, Unit,
    ATTRIBUTION_FOREVER_DAYS,
};
use tuike_calc::share::export::{import_json, scenario_json};
use tuike_calc::share::json::{self, Value};
use tuike_calc::share::url::{decode, encode};
use tuike_calc::share::MAX_IGNORED;
use tuike_calc::state::{Action, State, Theme, MAX_COMPARE, STAGES};

/// A target's invariants over its raw input (a failed one panics).
pub type Check = fn(&[u8]);

/// The fuzz targets, by name (`fuzz/fuzz_targets/NAME.rs`, `fuzz/corpus/NAME/`).
pub const TARGETS: [(&str, Check); 5] = [
    ("number", number),
    ("link", link),
    ("json", json_reader),
    ("import", import),
    ("reducer", reducer),
];

/// Every unit a field can have, in a fixed order (the number target's first byte picks one).
pub const UNITS: [Unit; 15] = [
    Unit::People,
    Unit::Fraction,
    Unit::Yuan,
    Unit::YuanPerHour,
    Unit::YuanPerWeek,
    Unit::YuanPerMonth,
    Unit::Weeks,
    Unit::Days,
    Unit::Minutes,
    Unit::Hours,
    Unit::HoursPerWeek,
    Unit::PerWeek,
    Unit::PerMonth,
    Unit::Count,
    Unit::Multiplier,
];

const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

/// Every field a person can type into, in a fixed order.
fn fields() -> Vec<Field> {
    Field::all().chain(Field::optional()).collect()
}

/// No NaN anywhere in what the page computes from `s`: every figure of the verdict and its
/// reasons, the six projections with their weekly rows, the entry comparison, the history
/// (every field of `model::decide`'s answer, destructured so a new one cannot be left out).
pub fn no_nan_in_figures(s: &Scenario) {
    let Decision {
        all,
        entry,
        verdict,
        scenario,
        calibration,
        before,
        history,
    } = decide(s);
    let parts: [(&str, Option<String>); 7] = [
        ("all", nan::find(&all)),
        ("entry", nan::find(&entry)),
        ("verdict", nan::find(&verdict)),
        ("scenario", nan::find(&scenario)),
        ("calibration", nan::find(&calibration)),
        ("before", nan::find(&before)),
        ("history", nan::find(&history)),
    ];
    for (name, at) in parts {
        if let Some(at) = at {
            panic!("NaN at {name}{at} in the figures of {s:?}");
        }
    }
}

/// Finds a NaN in anything `Debug`: the text around the first one (the model's structs print
/// every field, so a field added later is searched too).
pub mod nan {
    use std::fmt::Debug;

    pub fn find<T: Debug + ?Sized>(v: &T) -> Option<String> {
        let text = format!("{v:?}");
        let i = text.find("NaN")?;
        let start = text[..i].char_indices().rev().nth(80).map_or(0, |(j, _)| j);
        Some(format!(
            " (…{}…)",
            text[start..].chars().take(100).collect::<String>()
        ))
    }
}

/// A scenario the page may compute on: every field in range and whole where it must be, no
/// rule across fields broken, and its link and file reopen exactly it, with nothing ignored.
pub fn valid_and_reopens(s: &Scenario, lang: Lang) {
    assert_eq!(s.validate(), Ok(()), "{s:?}");
    assert_eq!(s.conflicts(), Vec::<FieldError>::new(), "{s:?}");
    let link = decode(&encode(s, lang));
    assert!(link.ignored.is_empty(), "{:?} from {s:?}", link.ignored);
    assert_eq!(&link.scenario, s, "the link does not reopen the scenario");
    assert_eq!(link.lang, Some(lang));
    let file = import_json(&scenario_json(s)).expect("our own file imports");
    assert!(file.ignored.is_empty(), "{:?} from {s:?}", file.ignored);
    assert_eq!(&file.scenario, s, "the file does not reopen the scenario");
}

/// Numbers as people type them: the first byte picks the field's unit, the rest is the text.
/// No panic; what is accepted is finite and never −0, and when a field of that unit keeps it,
/// the text the page shows back in the field (`num::format_value`) reads back to it within
/// the shown precision; what is refused has a message in both languages.
pub fn number(data: &[u8]) {
    let Some((&u, rest)) = data.split_first() else {
        return;
    };
    let unit = UNITS[u as usize % UNITS.len()];
    let text = String::from_utf8_lossy(rest);
    match parse_number(&text, unit) {
        Ok(v) => {
            assert!(v.is_finite(), "{text:?} as {unit:?} → {v}");
            assert!(
                !(v == 0.0 && v.is_sign_negative()),
                "{text:?} as {unit:?} → -0"
            );
            let kept = fields()
                .into_iter()
                .any(|f| f.meta().unit == unit && Scenario::check_value(f, v).is_ok());
            if kept {
                let shown = format_value(v, unit);
                let back = parse_number(&shown, unit)
                    .unwrap_or_else(|e| panic!("{v} shown as {shown:?} reads as {e:?}"));
                // Shown with 2 decimals (fractions: 4 decimals of a percent).
                let step = if unit == Unit::Fraction { 1e-6 } else { 1e-2 };
                // Forever days are shown as "∞", which reads as the model's finite forever.
                let forever = unit == Unit::Days
                    && v >= ATTRIBUTION_FOREVER_DAYS
                    && back == ATTRIBUTION_FOREVER_DAYS;
                assert!(
                    (back - v).abs() <= step / 2.0 + v.abs() * 1e-12 || forever,
                    "{text:?} → {v} shown as {shown:?} reads back as {back}"
                );
            }
        }
        Err(e) => {
            for l in LANGS {
                assert!(!parse_error(&e, unit, l).trim().is_empty(), "{e:?}");
            }
        }
    }
}

/// A link: no panic; the scenario is one the page may compute on (valid, reopens from its own
/// link and file) with no NaN in its figures; each value it did not use is said in both
/// languages, and the list is bounded.
pub fn link(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let d = decode(&text);
    let lang = d.lang.unwrap_or_default();
    valid_and_reopens(&d.scenario, lang);
    no_nan_in_figures(&d.scenario);
    // Past the cap one "…" entry, then the values the rules across fields reverted (≤ one per field).
    assert!(
        d.ignored.len() <= MAX_IGNORED + 1 + fields().len(),
        "{} ignored",
        d.ignored.len()
    );
    for i in &d.ignored {
        for l in LANGS {
            assert!(!ignored(i, l).trim().is_empty(), "{i:?}");
        }
    }
}

/// Our value as serde_json's (duplicate keys: the last wins there, so it wins here too).
pub fn to_serde(v: &Value) -> Sj {
    match v {
        Value::Null => Sj::Null,
        Value::Bool(b) => Sj::Bool(*b),
        Value::Number(n) => serde_json::Number::from_f64(*n).map_or(Sj::Null, Sj::Number),
        Value::String(s) => Sj::String(s.clone()),
        Value::Array(a) => Sj::Array(a.iter().map(to_serde).collect()),
        Value::Object(o) => {
            let mut m = serde_json::Map::new();
            for (k, v) in o.iter() {
                m.insert(k.clone(), to_serde(v));
            }
            Sj::Object(m)
        }
    }
}

/// serde_json's numbers as f64, so integers and floats compare by value.
pub fn normalize(v: &Sj) -> Sj {
    match v {
        Sj::Number(n) => serde_json::Number::from_f64(n.as_f64().unwrap_or(f64::NAN))
            .map_or(Sj::Null, Sj::Number),
        Sj::Array(a) => Sj::Array(a.iter().map(normalize).collect()),
        Sj::Object(m) => Sj::Object(m.iter().map(|(k, v)| (k.clone(), normalize(v))).collect()),
        v => v.clone(),
    }
}

/// Whether serde_json refused `text` for a reason our reader does not share: numbers beyond
/// f64 (we read infinity, which the importer then refuses as not a number) and its own
/// recursion limit of 128 (ours, [`json::MAX_DEPTH`], is lower and is checked by depth).
pub fn serde_json_only_limit(e: &serde_json::Error) -> bool {
    let m = e.to_string();
    m.contains("out of range") || m.contains("recursion limit")
}

/// How deeply `text` nests arrays and objects outside strings (an upper bound: it does not
/// check the text is JSON).
fn nesting(text: &str) -> usize {
    let (mut depth, mut max, mut in_str, mut escaped) = (0usize, 0usize, false, false);
    for b in text.bytes() {
        if in_str {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_str = true,
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// The JSON reader against serde_json: the same accept/refuse decision on any UTF-8 text (but
/// for the limits above), the same value when both accept, an error position inside the text,
/// and what our writer makes of the value reads back to it in both readers.
pub fn json_reader(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<Sj>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => {
            assert_eq!(to_serde(a), normalize(b), "{text:?}");
            let again = a.stringify();
            assert_eq!(json::parse(&again).as_ref(), Ok(a), "{again:?}");
            let b2 = serde_json::from_str::<Sj>(&again).expect("serde_json reads what we write");
            assert_eq!(normalize(&b2), normalize(b), "{again:?}");
        }
        (Err(e), Err(_)) => {
            assert!(e.line >= 1 && e.column >= 1, "{e:?}");
            assert!(e.line <= text.lines().count() + 1, "{e:?} in {text:?}");
        }
        (Ok(a), Err(e)) => {
            assert!(
                serde_json_only_limit(e),
                "we accept {text:?} as {a:?}; serde_json: {e}"
            );
        }
        (Err(e), Ok(_)) => {
            assert!(
                nesting(text) > json::MAX_DEPTH,
                "we refuse {text:?} ({e:?}); serde_json accepts it"
            );
        }
    }
}

/// A file to import: no panic; a refusal is said in both languages; an import is a scenario
/// the page may compute on (valid, reopens from its own link and file, no NaN in its figures),
/// each value not used said in both languages.
pub fn import(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match import_json(&text) {
        Err(e) => {
            for l in LANGS {
                assert!(!import_error(&e, l).trim().is_empty(), "{e:?}");
            }
        }
        Ok(imp) => {
            valid_and_reopens(&imp.scenario, Lang::Zh);
            no_nan_in_figures(&imp.scenario);
            for i in &imp.ignored {
                for l in LANGS {
                    assert!(!ignored(i, l).trim().is_empty(), "{i:?}");
                }
            }
        }
    }
}

/// Text a person types into a field: anything, or shapes the parser reads (so the fuzzer
/// reaches valid values quickly).
#[derive(Arbitrary, Debug)]
pub enum Typed {
    Raw(String),
    Plain(f64),
    Whole(u32),
    Percent(f64),
    Wan(u16),
    Empty,
}

impl Typed {
    fn text(&self) -> String {
        match self {
            Typed::Raw(s) => s.clone(),
            Typed::Plain(v) => format!("{v}"),
            Typed::Whole(n) => format!("{n}"),
            Typed::Percent(v) => format!("{v}%"),
            Typed::Wan(n) => format!("{}万", f64::from(*n) / 100.0),
            Typed::Empty => String::new(),
        }
    }
}

/// A move a person can make on the page, as the fuzzer builds it (indices taken modulo the list
/// they pick from), mapped to the reducer's `Action`.
#[derive(Arbitrary, Debug)]
pub enum Move {
    SetLang(bool),
    ToggleLang,
    SetTheme(u8),
    Edit(u8, Typed),
    SetChannel(u8),
    ApplyPreset(u8),
    /// A preset id that is not one.
    ApplyUnknownPreset(String),
    Reset,
    ClearTrial,
    /// Load what a link decodes to (import, shared link).
    Load(String),
    PinCompare,
    CompareChannels,
    CompareEntry,
    Unpin(u8),
    LoadPinned(u8),
    ClearCompare,
    Present(bool),
    Step(i32),
    Stage(u8),
    Unlock(bool),
}

impl Move {
    pub fn action(&self) -> Action {
        let fields = fields();
        match self {
            Move::SetLang(zh) => Action::SetLang(if *zh { Lang::Zh } else { Lang::En }),
            Move::ToggleLang => Action::ToggleLang,
            Move::SetTheme(t) => {
                Action::SetTheme([Theme::Auto, Theme::Light, Theme::Dark][*t as usize % 3])
            }
            Move::Edit(f, t) => Action::Edit(fields[*f as usize % fields.len()], t.text()),
            Move::SetChannel(c) => {
                Action::SetChannel(ChannelId::ALL[*c as usize % ChannelId::ALL.len()])
            }
            Move::ApplyPreset(p) => {
                let all = presets();
                Action::ApplyPreset(all[*p as usize % all.len()].id.to_string())
            }
            Move::ApplyUnknownPreset(id) => Action::ApplyPreset(id.clone()),
            Move::Reset => Action::Reset,
            Move::ClearTrial => Action::ClearTrial,
            Move::Load(link) => Action::Load(Box::new(decode(link).scenario)),
            Move::PinCompare => Action::PinCompare,
            Move::CompareChannels => Action::CompareChannels,
            Move::CompareEntry => Action::CompareEntry,
            Move::Unpin(i) => Action::Unpin(*i as usize),
            Move::LoadPinned(i) => Action::LoadPinned(*i as usize),
            Move::ClearCompare => Action::ClearCompare,
            Move::Present(on) => Action::Present(*on),
            Move::Step(d) => Action::Step(*d),
            Move::Stage(i) => Action::Stage(*i as usize),
            Move::Unlock(u) => Action::Unlock(*u),
        }
    }
}

/// Most steps one input drives (longer inputs are cut: the replay stays quick).
pub const MAX_STEPS: usize = 64;

/// The reducer over a sequence of steps: no panic; after every step the scenario is one the
/// page may compute on (valid, no rule across fields broken, reopens from its link and file)
/// with no NaN in its figures; what the person typed is kept as typed; pins and the presenter
/// stay in bounds; the same scenario has the same revision, a changed one a newer one.
pub fn reducer(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let mut st = State::default();
    let mut checked: Option<Scenario> = None;
    for _ in 0..MAX_STEPS {
        let Ok(step) = Move::arbitrary(&mut u) else {
            break;
        };
        let action = step.action();
        let before = st.clone();
        st = st.apply(action.clone());
        if let Action::Edit(f, text) = &action {
            if !before.inputs_locked() {
                let kept = st.draft(*f).map(|d| d.text.as_str());
                assert_eq!(kept, Some(text.as_str()), "{f:?}: what was typed is lost");
            } else {
                assert_eq!(
                    st, before,
                    "an edit while the inputs are locked changed the page"
                );
            }
        }
        if st.scenario != before.scenario {
            assert!(
                st.revision > before.revision,
                "{action:?} changed the scenario, not the revision"
            );
        }
        assert!(st.compare.len() <= MAX_COMPARE);
        if let Some(p) = st.presenter {
            assert!(p.stage < STAGES);
        }
        // The figures are a function of the scenario: check each new one once.
        if checked.as_ref() != Some(&st.scenario) {
            valid_and_reopens(&st.scenario, st.lang);
            no_nan_in_figures(&st.scenario);
            checked = Some(st.scenario.clone());
        }
        for pin in &st.compare {
            assert_eq!(pin.validate(), Ok(()), "a pin: {pin:?}");
        }
    }
}
