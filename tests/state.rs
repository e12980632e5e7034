//! The page reducer, natively: what the person typed is kept, bad values never reach the model,
//! presets, compare pins and presenter stages.

use tuike_calc::model::{project_all, ChannelField, ChannelId, Field, PersonField, Scenario};
use tuike_calc::state::{Action, FieldIssue, Handoff, State, MAX_COMPARE, STAGES};

const FOLLOWERS: Field = Field::Person(PersonField::Followers);

fn edit(s: &State, f: Field, text: &str) -> State {
    s.apply(Action::Edit(f, text.to_string()))
}

#[test]
fn a_valid_edit_updates_the_scenario_and_keeps_the_text() {
    let s = edit(&State::default(), FOLLOWERS, "1.2万");
    assert_eq!(s.scenario.person.followers, 12_000.0);
    let d = s.draft(FOLLOWERS).unwrap();
    assert_eq!(d.text, "1.2万");
    assert!(d.issue.is_none());
    assert_eq!(s.revision, 1);
}

#[test]
fn a_bad_edit_keeps_the_last_good_scenario_and_the_text() {
    let good = edit(&State::default(), FOLLOWERS, "3000");
    for bad in ["abc", "-5", "1.2.3", "99999999999"] {
        let s = edit(&good, FOLLOWERS, bad);
        assert_eq!(s.scenario, good.scenario, "{bad} changed the scenario");
        assert_eq!(s.revision, good.revision);
        let d = s.draft(FOLLOWERS).unwrap();
        assert_eq!(d.text, bad);
        assert!(d.issue.is_some(), "{bad} accepted");
        assert_eq!(s.issues().count(), 1);
    }
    assert!(matches!(
        edit(&good, FOLLOWERS, "-5").draft(FOLLOWERS).unwrap().issue,
        Some(FieldIssue::Invalid(_))
    ));
    assert!(matches!(
        edit(&good, FOLLOWERS, "abc")
            .draft(FOLLOWERS)
            .unwrap()
            .issue,
        Some(FieldIssue::Parse(_))
    ));
}

#[test]
fn fixing_the_price_revives_a_pending_coupon() {
    let price = Field::Channel(ChannelId::Taoke, ChannelField::Price);
    let coupon = Field::Channel(ChannelId::Taoke, ChannelField::Coupon);
    let s = edit(&State::default(), coupon, "80"); // above the ¥49 price
    assert!(s.draft(coupon).unwrap().issue.is_some());
    let s = edit(&s, price, "100");
    assert!(
        s.draft(coupon).unwrap().issue.is_none(),
        "coupon not retried"
    );
    assert_eq!(s.scenario.params(ChannelId::Taoke).coupon, 80.0);
    assert_eq!(s.scenario.params(ChannelId::Taoke).price, 100.0);
}

#[test]
fn presets_replace_the_scenario_and_reset_restores_defaults() {
    let s = edit(&State::default(), FOLLOWERS, "abc");
    let p = s.apply(Action::ApplyPreset("mom_500".into()));
    assert_eq!(p.preset, Some("mom_500"));
    assert!(p.drafts.is_empty(), "preset keeps stale drafts");
    assert_ne!(p.scenario, Scenario::default());
    let unknown = p.apply(Action::ApplyPreset("nope".into()));
    assert_eq!(unknown, p);
    let r = p.apply(Action::Reset);
    assert_eq!(
        r.scenario,
        Scenario {
            channel: p.scenario.channel,
            ..Scenario::default()
        }
    );
}

#[test]
fn compare_holds_at_most_three_and_fills_from_the_person() {
    let mut s = State::default();
    for n in 1..=5 {
        s = edit(&s, FOLLOWERS, &format!("{}", n * 1000));
        s = s.apply(Action::PinCompare);
    }
    assert_eq!(s.compare.len(), MAX_COMPARE);
    assert_eq!(
        s.compare[0].person.followers, 3000.0,
        "oldest pin not dropped"
    );

    let c = s.apply(Action::CompareChannels);
    assert_eq!(c.compare.len(), 3);
    assert_eq!(c.compare[0].channel, s.scenario.channel);
    let mut chans: Vec<_> = c.compare.iter().map(|x| x.channel).collect();
    chans.dedup();
    assert_eq!(chans.len(), 3, "three different channels");
    assert!(c.compare.iter().all(|x| x.person == s.scenario.person));
    // The two others are the best by net per hour.
    let mut others: Vec<(f64, ChannelId)> = project_all(&s.scenario)
        .into_iter()
        .map(|p| (p.summary.net_per_hour, p.summary.channel))
        .filter(|(_, ch)| *ch != s.scenario.channel)
        .collect();
    others.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    assert_eq!(chans[1..], [others[0].1, others[1].1]);

    let e = s.apply(Action::CompareEntry);
    assert_eq!(e.compare.len(), 2);
    assert_eq!(e.compare[0].person.entry_delay_weeks, 0.0);
    assert!(e.compare[1].person.entry_delay_weeks > 0.0);
    assert!(e.compare.iter().all(|x| x.channel == ChannelId::Wxshop));

    let l = e.apply(Action::LoadPinned(1));
    assert_eq!(l.scenario, e.compare[1]);
    assert_eq!(e.apply(Action::Unpin(0)).compare.len(), 1);
    assert!(e.apply(Action::ClearCompare).compare.is_empty());
}

#[test]
fn presenter_steps_are_clamped_and_inputs_locked_until_unlocked() {
    let s = State::default().apply(Action::Present(true));
    assert_eq!(s.presenter.unwrap().stage, 0);
    assert!(s.inputs_locked());
    let locked = edit(&s, FOLLOWERS, "5000");
    assert_eq!(
        locked.scenario, s.scenario,
        "locked inputs changed the scenario"
    );

    let back = s.apply(Action::Step(-1));
    assert_eq!(back.presenter.unwrap().stage, 0);
    let mut t = s.clone();
    for _ in 0..10 {
        t = t.apply(Action::Step(1));
    }
    assert_eq!(t.presenter.unwrap().stage, STAGES - 1);
    assert_eq!(s.apply(Action::Stage(2)).presenter.unwrap().stage, 2);

    let u = s.apply(Action::Unlock(true));
    assert!(!u.inputs_locked());
    assert_eq!(
        edit(&u, FOLLOWERS, "5000").scenario.person.followers,
        5000.0
    );
    assert!(s.apply(Action::Present(false)).presenter.is_none());
}

/// What the address carries to the full build: the scenario and language.
fn from_address(s: &State) -> State {
    State::default()
        .apply(Action::Load(Box::new(s.scenario.clone())))
        .apply(Action::SetLang(s.lang))
}

#[test]
fn the_handoff_carries_typed_text_and_problems_to_the_full_build() {
    let price = Field::Channel(ChannelId::Taoke, ChannelField::Price);
    let coupon = Field::Channel(ChannelId::Taoke, ChannelField::Coupon);
    let rate = Field::Channel(ChannelId::Wxshop, ChannelField::CommissionRate);
    let mut s = State::default().apply(Action::ToggleLang);
    s = edit(&s, FOLLOWERS, "１.２万");
    s = edit(&s, rate, "12%x");
    s = edit(&s, price, "5");
    s = edit(&s, coupon, "8"); // more than the price: kept as typed, with its problem
    assert_eq!(s.issues().count(), 2);

    let fill = vec![("save-name".to_string(), "A = B & #c\n".to_string())];
    let h = Handoff::capture(&s, "save-scenario", fill, 640.0, Some(-12.5));
    let back = Handoff::from_strings(&h.to_strings()).expect("decodes");
    assert_eq!(back, h);
    let resumed = back.resume(from_address(&s));
    assert_eq!(resumed.scenario, s.scenario);
    assert_eq!(resumed.lang, s.lang);
    assert_eq!(resumed.drafts, s.drafts, "typed text or problems lost");
    assert_eq!(back.click, "save-scenario");
    assert_eq!(back.scroll_y, 640.0);
    assert_eq!(back.control_top, Some(-12.5));
}

#[test]
fn the_handoff_keeps_the_preset_marker() {
    let id = tuike_calc::model::presets()[1].id;
    let mut s = State::default().apply(Action::ApplyPreset(id.into()));
    assert_eq!(s.preset, Some(id));
    s = edit(&s, FOLLOWERS, "lots");
    assert_eq!(s.preset, Some(id), "a bad value keeps the preset");
    let h = Handoff::from_strings(&Handoff::capture(&s, "present", vec![], 0.0, None).to_strings())
        .unwrap();
    let resumed = h.resume(from_address(&s));
    assert_eq!(resumed.preset, Some(id));
    assert_eq!(resumed.drafts, s.drafts);
    assert_eq!(resumed.scenario, s.scenario);
}

#[test]
fn a_handoff_that_is_not_ours_is_refused() {
    let good = Handoff::capture(&State::default(), "pin", vec![], 10.0, Some(300.0)).to_strings();
    assert!(Handoff::from_strings(&good).is_some());
    let mut wrong_tag = good.clone();
    wrong_tag[0] = "tuike-handoff/0".into();
    let mut odd = good.clone();
    odd.push("dangling".into());
    let mut too_many_fills = good.clone();
    too_many_fills[5] = "3".into();
    let mut bad_scroll = good.clone();
    bad_scroll[3] = "NaN".into();
    let mut bad_top = good.clone();
    bad_top[4] = "inf".into();
    for bad in [
        vec![],
        good[..3].to_vec(),
        wrong_tag,
        odd,
        too_many_fills,
        bad_scroll,
        bad_top,
    ] {
        assert_eq!(Handoff::from_strings(&bad), None, "{bad:?}");
    }
    // Unknown field keys are skipped, not fatal.
    let mut h = Handoff::from_strings(&good).unwrap();
    h.drafts.push(("no-such-field".into(), "1".into()));
    assert_eq!(h.resume(State::default()), State::default());
}
