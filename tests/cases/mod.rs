//! The four 分享海报 people make (issue 20), shared by the native SVG test (`tests/poster.rs`) and
//! the browser test (`tests/e2e_share.rs`): the default, 3,000 people, a trial entered, English.

use tuike_calc::i18n::Lang;
use tuike_calc::model::{ChannelId, Field, PersonField, Scenario, TrialField};

/// (tag, scenario, language) of each poster. The trial (6 weeks, 30 posts, 200 visits, 4 orders,
/// ¥40) calibrates the default person's rates, so its figures are the calibrated ones (one of 4
/// weeks and 300 visits would be set aside as too far from every draw, leaving the default's).
pub fn posters() -> Vec<(&'static str, Scenario, Lang)> {
    let mut many = Scenario::default();
    many.set(Field::Person(PersonField::Followers), 3000.0)
        .expect("3,000 people is valid");
    let mut trial = Scenario {
        channel: ChannelId::Wxshop,
        ..Scenario::default()
    };
    trial.trial.channel = ChannelId::Wxshop;
    for (f, v) in [
        (TrialField::Weeks, 6.0),
        (TrialField::Posts, 30.0),
        (TrialField::Clicks, 200.0),
        (TrialField::Orders, 4.0),
        (TrialField::Commission, 40.0),
    ] {
        trial.set(Field::Trial(f), v).expect("a valid trial");
    }
    vec![
        ("default", Scenario::default(), Lang::Zh),
        ("3000", many, Lang::Zh),
        ("trial", trial, Lang::Zh),
        ("en", Scenario::default(), Lang::En),
    ]
}
