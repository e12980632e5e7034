//! Words of the workshop tools: a pinned scenario's short name.

use super::num::{people, weeks};
use super::verdict::channel_short;
use super::Lang;
use crate::model::Scenario;

/// A pinned scenario's label, short enough for three columns on a phone: channel, reach and
/// entry delay ("微信小店推客 · 800 人 · 晚 26 周入局").
pub fn slot_label(s: &Scenario, lang: Lang) -> String {
    let head = format!(
        "{} · {}",
        channel_short(s.channel, lang),
        people(s.person.followers, lang)
    );
    let d = s.person.entry_delay_weeks;
    let w = weeks(d, lang);
    match lang {
        _ if d <= 0.0 => head,
        Lang::Zh => format!("{head} · 晚 {w}入局"),
        Lang::En => format!("{head} · +{w}"),
    }
}
