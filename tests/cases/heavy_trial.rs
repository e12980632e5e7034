//! The heaviest trial the page takes, shared by the browser test of its slices
//! (`tests/e2e_trial.rs`) and the native timing of each unit of its work (`examples/chunks.rs`),
//! so both measure the same person: 20,000 draws, a 52-week trial, a 156-week horizon, with
//! counts at what the person's own values expect (so it calibrates).

use tuike_calc::model::{trial_expectation, ChannelId, Scenario, Trial};

pub fn heavy() -> Scenario {
    let mut s = Scenario {
        channel: ChannelId::Wxshop,
        draws: 20_000,
        ..Scenario::default()
    };
    s.person.followers = 5000.0;
    s.person.horizon_weeks = 156.0;
    s.trial = Trial {
        channel: ChannelId::Wxshop,
        weeks: Some(52.0),
        posts: Some(260.0),
        ..Trial::default()
    };
    let e = trial_expectation(&s).unwrap();
    s.trial.clicks = Some(e.clicks.round());
    s.trial.orders = Some(e.orders.round().min(e.clicks.round()));
    s.trial.commission = Some((e.commission * 100.0).round() / 100.0);
    s
}
