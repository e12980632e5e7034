//! The poster's parts, top to bottom, each placed under the one before: header, verdict, figures,
//! chart, QR code, footer.

use super::{
    font, Build, Mark, PosterData, QrPlace, BRAND, INK, INNER, LINE, MUTED, PAD, POSTER_W,
    QR_TARGET,
};
use crate::chart::headline::donates;
use crate::chart::qr::{qr_modules, QUIET_ZONE};
use crate::chart::wrap::fit_px;
use crate::i18n::num::{hours, money, orders, people, per_hour, visits, weeks};
use crate::i18n::{self, t, Key};
use crate::model::VerdictKind;
use plotters::style::RGBColor;

/// Brand bar, the calculator's name and who this is for (channel, reach, horizon).
pub(super) fn header(b: &mut Build, d: &PosterData) {
    let l = d.lang;
    b.fill((0, 0), (POSTER_W as i32, 12), BRAND);
    let y = b.para(
        t(l, Key::AppName),
        (PAD, PAD + 8),
        INNER,
        font(44.0, true, INK),
        1.3,
    );
    // The channel's short name: its full name heads the verdict right under.
    let who = format!(
        "{} · {} {} · {}",
        i18n::verdict::channel_short(d.scenario.channel, l),
        people(d.scenario.person.followers, l),
        t(l, Key::Reachable),
        weeks(d.scenario.person.horizon_weeks, l)
    );
    b.y = b.para(&who, (PAD, y + 8), INNER, font(26.0, false, MUTED), 1.4) + 20;
}

/// The verdict's colour and its box's background.
fn verdict_colors(k: VerdictKind) -> (RGBColor, RGBColor) {
    match k {
        VerdictKind::Worth => (RGBColor(0x00, 0x72, 0xb2), RGBColor(0xe8, 0xf3, 0xfa)),
        VerdictKind::Wait => (RGBColor(0x9a, 0x67, 0x00), RGBColor(0xfd, 0xf4, 0xe0)),
        VerdictKind::NotAdvised => (RGBColor(0xb5, 0x48, 0x0a), RGBColor(0xfb, 0xec, 0xe3)),
    }
}

/// What the page's verdict card shows before 更多理由: its label, the verdict word, the line
/// under it and the first reason (pay, with its range once the Monte Carlo has run), whole.
pub(super) fn verdict_box(b: &mut Build, d: &PosterData) {
    let (l, v) = (d.lang, d.verdict);
    let (fg, bg) = verdict_colors(v.kind);
    let top = b.y;
    // The box goes under the text: its marks first, its size once the text is placed.
    let at = b.marks.len();
    let (x, w) = (PAD + 32, INNER - 56);
    let label = format!(
        "{} · {}",
        t(l, Key::Verdict),
        i18n::verdict::channel(v.channel, l)
    );
    let mut y = b.para(&label, (x, top + 24), w, font(26.0, false, MUTED), 1.4) + 6;
    // The verdict word on one line ("Wait a beat (慢半拍)" a little smaller).
    let word = i18n::verdict::title(v.kind, l);
    let px = fit_px(word, w as f64, 52.0, true);
    y = b.para(word, (x, y), w, font(px, true, fg), 1.25) + 10;
    y = b.para(
        &i18n::verdict::summary(v, l),
        (x, y),
        w,
        font(26.0, false, INK),
        1.45,
    ) + 8;
    if let Some(r) = v.reasons.first() {
        let reason = i18n::reasons::reason(r, l);
        y = b.para(&reason, (x, y), w, font(24.0, false, INK), 1.45);
    }
    let bottom = y + 16;
    b.marks.insert(
        at,
        Mark::Fill {
            from: (PAD, top),
            to: (PAD + INNER, bottom),
            color: bg,
        },
    );
    b.marks.insert(
        at + 1,
        Mark::Fill {
            from: (PAD, top),
            to: (PAD + 8, bottom),
            color: fg,
        },
    );
    b.y = bottom + 32;
}

/// The summary card's figures, two to a row: label over value, the values of a row aligned.
pub(super) fn figures(b: &mut Build, d: &PosterData) {
    let l = d.lang;
    let s = &d.projection.summary;
    let mut cells: Vec<(&str, String)> = vec![
        (t(l, Key::NetAccrued), money(s.totals.net, l)),
        (t(l, Key::PerHour), per_hour(d.verdict.net_per_hour, l)),
    ];
    if d.scenario.channel.donates_traffic() {
        cells.push((t(l, Key::VisitsDonated), visits(s.totals.visits_donated, l)));
        cells.push((
            t(l, Key::FollowersDonated),
            people(s.totals.followers_donated, l),
        ));
        cells.push((
            t(l, Key::DonationRatio),
            money(s.totals.donation_ratio(), l),
        ));
    } else {
        cells.push((t(l, Key::Orders), orders(s.totals.orders, l)));
    }
    cells.push((t(l, Key::Hours), hours(s.totals.hours, l)));
    let gap = 24;
    let col = (INNER - gap) / 2;
    let (label, value) = (font(22.0, false, MUTED), font(38.0, true, INK));
    let mut y = b.y;
    for row in cells.chunks(2) {
        // Labels first, so both values of the row start under the longer label.
        let mut under = y;
        for (i, (name, _)) in row.iter().enumerate() {
            let x = PAD + i as i32 * (col + gap);
            b.fill((x, y), (x + col, y + 2), LINE);
            under = under.max(b.para(name, (x, y + 14), col, label, 1.35));
        }
        let mut next = under;
        for (i, (_, figure)) in row.iter().enumerate() {
            let x = PAD + i as i32 * (col + gap);
            next = next.max(b.para(figure, (x, under + 4), col, value, 1.25));
        }
        y = next + 20;
    }
    b.y = y + 12;
}

/// The headline chart, drawn by the page's own chart code; taller when there are people
/// given away to show in its lower panel.
pub(super) fn chart(b: &mut Build, d: &PosterData) {
    let h = if donates(d.projection) { 560 } else { 400 };
    b.marks.push(Mark::Chart {
        at: (PAD, b.y),
        size: (INNER as u32, h),
    });
    b.y += h as i32 + 36;
}

/// The QR code of the scenario's link with its quiet zone, the dark modules lined up with the
/// margin, and beside it (under it, when it leaves no room) the call to scan; or, when the link
/// is too long for a QR code, the sentence that says so.
pub(super) fn qr_block(b: &mut Build, d: &PosterData) -> Option<QrPlace> {
    let l = d.lang;
    let Some((dark, n)) = qr_modules(d.link) else {
        let msg = t(l, Key::LinkTooLongForQr);
        b.y = b.para(msg, (PAD, b.y), INNER, font(26.0, false, MUTED), 1.4) + 16;
        return None;
    };
    let count = (n + 2 * QUIET_ZONE) as i32;
    let module = (QR_TARGET / count).clamp(3, 8);
    let quiet = QUIET_ZONE as i32 * module;
    let place = QrPlace {
        left: PAD - quiet,
        top: b.y,
        side: module * count,
        module,
    };
    b.marks.push(Mark::Qr { place, dark, n });
    let right = place.left + place.side + 24;
    let (x, y, w) = if PAD + INNER - right >= 240 {
        (right, place.top + quiet, PAD + INNER - right)
    } else {
        (PAD, place.top + place.side, INNER)
    };
    let y = b.para(
        t(l, Key::ScanOpenScenario),
        (x, y),
        w,
        font(32.0, true, INK),
        1.3,
    );
    let y = b.para(
        t(l, Key::PutOwnReachChannel),
        (x, y + 12),
        w,
        font(24.0, false, MUTED),
        1.45,
    );
    b.y = y.max(place.top + place.side);
    Some(place)
}

/// The line that says these are the model's estimates.
pub(super) fn footer(b: &mut Build, d: &PosterData) {
    b.fill((PAD, b.y + 8), (PAD + INNER, b.y + 10), LINE);
    let text = t(d.lang, Key::ModelEstimatesReferenceOnly);
    b.y = b.para(text, (PAD, b.y + 24), INNER, font(20.0, false, MUTED), 1.4);
}
