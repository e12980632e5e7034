//! The page reducer, natively: what the person typed is kept, bad values never reach the model,
//! presets, compare pins and presenter stages.

use tuike_calc::model::{project_all, ChannelField, ChannelId, Field, PersonField, Scenario};
use tuike_calc::state::{Action, FieldIssue, State, MAX_COMPARE, STAGES};

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
        .map(|p| (p.summary.totals.net_per_hour(), p.summary.channel))
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
