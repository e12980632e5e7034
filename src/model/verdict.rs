//! The verdict of MODEL.md §7: 值得入局 / 慢半拍 / 不建议, with reasons as structured data.
//!
//! The verdict is a pure function of the scenario's **central figures** (the deterministic
//! projection at the person's own inputs), computed once by [`decide`]; every surface shows
//! that one. The Monte Carlo only adds its range and chances to the first reason
//! ([`Verdict::with_monte_carlo`]), so the word never changes when the band arrives.

use super::channel::ChannelId;
use super::engine::{Calibration, McResult};
use super::reasons::{reasons, PayRange, Reason};
use super::scenario::Scenario;
use super::sim::{
    entry_comparison, project_all, trial_run, EntryComparison, Projection, MIN_HOURS,
};
use super::sort::sort_small;

/// The three answers of MODEL.md §7.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerdictKind {
    /// 值得入局: central net per hour ≥ your hourly value, and net > 0.
    Worth,
    /// 慢半拍: not worth it now, but entering [`super::LATER_WEEKS`] weeks later makes the hours
    /// worth your time value, with a positive net (MODEL.md §7 revised 2026-12-06; article §4
    /// conclusion: "入局可以慢半拍"). Waiting that pays more but still less than that is 不建议.
    Wait,
    /// 不建议.
    NotAdvised,
}

/// The answer for the chosen channel, from its central figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub kind: VerdictKind,
    pub channel: ChannelId,
    /// [`best_channel`] of the six (the ★ of the six-channel table).
    pub best_channel: ChannelId,
    /// Central net per hour of the chosen channel (N), yuan/hour: the number every surface shows.
    pub net_per_hour: f64,
    /// Central net over the horizon, yuan.
    pub net: f64,
    /// Central net per hour entering [`super::LATER_WEEKS`] weeks later (L), yuan/hour.
    pub later_per_hour: f64,
    /// The person's hourly value, yuan/hour.
    pub hourly_value: f64,
    pub reasons: Vec<Reason>,
}

/// What the person's trial came to (MODEL.md §9: history, beside the forecast): "试了 4 周：收到
/// ¥18，约 3.3 小时，¥5.4/小时".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct History {
    pub weeks: f64,
    /// Hours the trial took (the model's: posts × minutes, plus the channel's extra hours).
    pub hours: f64,
    /// What it brought: the commission the person entered, else the model's net of those weeks.
    pub received: f64,
    /// Whether `received` is the person's own figure.
    pub own: bool,
}

impl History {
    /// Received per hour.
    pub fn per_hour(&self) -> f64 {
        self.received / self.hours.max(MIN_HOURS)
    }
}

/// What the page decides on for one scenario, computed once: the six central projections, the
/// chosen channel's now-against-later comparison, and the verdict from them — at the
/// calibrated rates when a calibration of the person's trial is given (试过再算). Deterministic:
/// the calibration itself is the draws' work ([`super::Calibrator`]), done before.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    /// All six channels, in `ChannelId::ALL` order.
    pub all: Vec<Projection>,
    /// The chosen channel, entered as set against [`super::LATER_WEEKS`] weeks later.
    pub entry: EntryComparison,
    pub verdict: Verdict,
    /// The scenario the figures are for: the calibrated one, or the person's own.
    pub scenario: Scenario,
    /// The trial's calibration, when one was given.
    pub calibration: Option<Calibration>,
    /// The verdict at the person's own values (only when calibrated).
    pub before: Option<Verdict>,
    /// The trial's own weeks, when the person tried the chosen channel.
    pub history: Option<History>,
}

impl Decision {
    /// The chosen channel's projection.
    pub fn chosen(&self) -> &Projection {
        &self.entry.now
    }
}

/// Central figures, entry comparison and verdict of `s` (MODEL.md §7) at the person's own values
/// (with a trial: counted forward from its end, MODEL.md §9).
pub fn decide(s: &Scenario) -> Decision {
    decide_with(s, None)
}

/// [`decide`] at the values `cal` calibrates (when it does; its status is kept either way).
pub fn decide_with(s: &Scenario, cal: Option<&Calibration>) -> Decision {
    let at = cal.map_or_else(|| s.clone(), |c| c.apply(s));
    let all = project_all(&at);
    let entry = entry_comparison(&at, at.channel);
    let verdict = verdict(&at, &all, &entry);
    let before = cal
        .filter(|c| c.calibrated())
        .map(|_| decide_with(s, None).verdict);
    let history = trial_run(&at, at.channel).map(|t| {
        let own = s.trial.commission;
        History {
            weeks: s.trial.weeks.unwrap_or(0.0).round(),
            hours: t.hours,
            received: own.unwrap_or(t.net),
            own: own.is_some(),
        }
    });
    Decision {
        all,
        entry,
        verdict,
        scenario: at,
        calibration: cal.cloned(),
        before,
        history,
    }
}

/// Channels from the highest central net per hour to the lowest (ties: `ChannelId::ALL`
/// order). The one ranking behind the best channel, the ★ and 三个渠道.
pub fn rank_channels(all: &[Projection]) -> Vec<ChannelId> {
    let mut v: Vec<(ChannelId, f64)> = all
        .iter()
        .map(|p| (p.summary.channel, p.summary.totals.net_per_hour()))
        .collect();
    sort_small(&mut v, |a, b| a.1 > b.1);
    v.into_iter().map(|(c, _)| c).collect()
}

/// The channel with the highest central net per hour, whatever channel is chosen.
pub fn best_channel(all: &[Projection]) -> ChannelId {
    rank_channels(all)
        .first()
        .copied()
        .unwrap_or(ChannelId::Wxshop)
}

/// MODEL.md §7 for the chosen channel `s.channel`: `all` are the six central projections
/// (`project_all`), `entry` the chosen channel's [`entry_comparison`].
pub fn verdict(s: &Scenario, all: &[Projection], entry: &EntryComparison) -> Verdict {
    let ch = s.channel;
    let s = &super::guard::scenario(s, ch);
    let (now, later) = (&entry.now.summary.totals, &entry.later.summary.totals);
    let hv = s.person.hourly_value;
    let (n, l) = (now.net_per_hour(), later.net_per_hour());
    let kind = if n >= hv && now.net > 0.0 {
        VerdictKind::Worth
    } else if l >= hv && later.net > 0.0 {
        VerdictKind::Wait
    } else {
        VerdictKind::NotAdvised
    };
    let best = best_channel(all);
    Verdict {
        kind,
        channel: ch,
        best_channel: best,
        net_per_hour: n,
        net: now.net,
        later_per_hour: l,
        hourly_value: hv,
        reasons: reasons(s, all, entry, best),
    }
}

impl Verdict {
    /// The same verdict with the Monte Carlo's range and chances in its pay reason. The kind and
    /// every central figure stay as they are.
    pub fn with_monte_carlo(&self, mc: &McResult) -> Verdict {
        let mut v = self.clone();
        for r in &mut v.reasons {
            if let Reason::Pay { range, .. } = r {
                *range = Some(PayRange {
                    draws: mc.draws,
                    p10: mc.net_per_hour.p10,
                    p90: mc.net_per_hour.p90,
                    p_beats_hourly: mc.p_beats_hourly,
                    p_net_positive: mc.p_net_positive,
                });
            }
        }
        v
    }
}
