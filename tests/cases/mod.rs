//! The four 分享海报 people make (issue 20), shared by the native SVG test (`tests/poster.rs`) and
//! the browser test (`tests/e2e_share.rs`): the default, 3,000 people, a trial entered, English.

use tuike_calc::i18n::Lang;
use tuike_calc::model::{ChannelId, Field, PersonField, Scenario, TrialField};

/// (tag, scenario, language) of each poster.
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
        (TrialField::Weeks, 4.0),
        (TrialField::Posts, 20.0),
        (TrialField::Clicks, 300.0),
        (TrialField::Orders, 2.0),
        (TrialField::Commission, 18.0),
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
