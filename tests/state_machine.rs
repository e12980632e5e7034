//! A state-machine property over the page's reducer (issue 21): random sequences of what a person
//! can do — edits valid and invalid, emptied fields, channel switches, the trial's fields,
//! presets, reset, language, loading a pinned scenario — and after every step the link and the
//! JSON file reopen exactly the scenario the page computes on, with the same figures.

mod strategies;

use proptest::prelude::*;
use strategies::{cfg, field_value};
use tuike_calc::model::*;
use tuike_calc::share::export::{import_json, scenario_json};
use tuike_calc::share::url::{decode, encode};
use tuike_calc::state::{Action, State};

/// Text a person may type into field `f`: a valid value (as a link writes it, or with 万 or
/// full-width digits), one out of range, garbage, or nothing.
fn text_for(f: Field) -> BoxedStrategy<String> {
    let m = f.meta();
    let shown = move |v: f64| {
        if m.unit == Unit::Fraction {
            format!("{}%", v * 100.0)
        } else {
            format!("{v}")
        }
    };
    prop_oneof![
        6 => field_value(f).prop_map(shown),
        1 => field_value(f).prop_map(move |v| {
            shown(v).chars().map(|c| match c {
                '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
                c => c,
            }).collect()
        }),
        1 => Just(format!("{}", m.max * 10.0 + 1.0)),
        1 => Just("-1".to_string()),
        1 => Just("abc".to_string()),
        1 => Just(String::new()),
        1 => Just("1万".to_string()),
    ]
    .boxed()
}

/// The trial's fields, the horizon and the fields the rules across fields tie (coupon, price)
/// come up more often than the rest.
fn field() -> BoxedStrategy<Field> {
    let all: Vec<Field> = Field::all().chain(Field::optional()).collect();
    let tied: Vec<Field> = TrialField::ALL
        .into_iter()
        .map(Field::Trial)
        .chain([
            Field::Person(PersonField::HorizonWeeks),
            Field::Person(PersonField::EntryDelayWeeks),
            Field::Channel(ChannelId::Wxshop, ChannelField::Coupon),
            Field::Channel(ChannelId::Wxshop, ChannelField::Price),
        ])
        .collect();
    prop_oneof![
        2 => prop::sample::select(all),
        3 => prop::sample::select(tied),
    ]
    .boxed()
}

fn action() -> BoxedStrategy<Action> {
    let presets: Vec<String> = presets().into_iter().map(|p| p.id.to_string()).collect();
    prop_oneof![
        10 => field().prop_flat_map(|f| text_for(f).prop_map(move |t| Action::Edit(f, t))),
        2 => prop::sample::select(ChannelId::ALL.to_vec()).prop_map(Action::SetChannel),
        1 => prop::sample::select(presets).prop_map(Action::ApplyPreset),
        1 => Just(Action::Reset),
        1 => Just(Action::ClearTrial),
        1 => Just(Action::ToggleLang),
        1 => Just(Action::PinCompare),
        1 => (0usize..3).prop_map(Action::LoadPinned),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(cfg("state_machine"))]

    #[test]
    fn every_reachable_state_reopens_from_its_link_and_file(actions in prop::collection::vec(action(), 1..40)) {
        let mut st = State::default();
        for a in actions {
            st = st.apply(a);
            let s = &st.scenario;
            prop_assert_eq!(s.validate(), Ok(()));
            prop_assert_eq!(s.conflicts(), Vec::<FieldError>::new());
            let link = decode(&encode(s, st.lang));
            prop_assert!(link.ignored.is_empty(), "{:?}", link.ignored);
            prop_assert_eq!(&link.scenario, s);
            prop_assert_eq!(link.lang, Some(st.lang));
            let file = import_json(&scenario_json(s)).unwrap();
            prop_assert!(file.ignored.is_empty(), "{:?}", file.ignored);
            prop_assert_eq!(&file.scenario, s);
            let (a, b) = (decide(s).verdict, decide(&link.scenario).verdict);
            prop_assert_eq!(a.kind, b.kind);
            prop_assert_eq!(a.net_per_hour.to_bits(), b.net_per_hour.to_bits());
        }
    }
}
