//! The page state: one reducer over a plain `State`. Pure (no browser crate), tested natively.
//!
//! `scenario` is always the last *valid* scenario: it is what the model computes on. What the
//! person typed lives in `drafts`, valid or not, so nothing they typed is ever thrown away and a
//! bad value leaves the last good result on screen.

pub mod results;

use crate::input::parse::{parse_number, ParseError};
use crate::lang::Lang;
use crate::model::{
    decide, presets, rank_channels, ChannelId, Field, FieldError, PersonField, Scenario,
    LATER_WEEKS,
};
use std::rc::Rc;

pub use results::Results;

/// What is wrong with a field's text.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldIssue {
    /// The text is not a number we can read.
    Parse(ParseError),
    /// A number, but the model does not accept it (range, whole number, coupon ≤ price).
    Invalid(FieldError),
}

/// The text of one edited field and what is wrong with it, if anything.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub text: String,
    pub issue: Option<FieldIssue>,
}

/// Most scenarios side by side in the compare panel.
pub const MAX_COMPARE: usize = 3;
/// Stages of the presenter walk through the article (§1 → §2 → §3 → §4 → 结论).
pub const STAGES: usize = 5;

/// Presenter mode (演示模式): which stage, and whether the inputs are unlocked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Presenter {
    pub stage: usize,
    pub unlocked: bool,
}

/// Light / dark / follow the system.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub theme: Theme,
    /// The last valid scenario.
    pub scenario: Scenario,
    /// Text typed per field, in the order first typed (kept until a preset or reset replaces
    /// the value).
    pub drafts: Vec<(Field, Draft)>,
    /// The preset last applied, if the scenario still is that preset's.
    pub preset: Option<&'static str>,
    /// Bumped on every change of `scenario`, so effects can tell a stale computation.
    pub revision: u64,
    /// Scenarios pinned for side-by-side comparison (at most `MAX_COMPARE`).
    pub compare: Vec<Scenario>,
    /// Presenter mode, when on.
    pub presenter: Option<Presenter>,
    /// A fixed channel (embed `lock=1`): no action can change the scenario's channel.
    pub lock_channel: Option<ChannelId>,
}

impl Default for State {
    fn default() -> Self {
        State {
            lang: Lang::default(),
            theme: Theme::Auto,
            scenario: Scenario::default(),
            drafts: Vec::new(),
            preset: None,
            revision: 0,
            compare: Vec::new(),
            presenter: None,
            lock_channel: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    ToggleLang,
    SetTheme(Theme),
    /// The person typed `text` into `field`.
    Edit(Field, String),
    /// Pick the channel the page is about.
    SetChannel(ChannelId),
    /// Replace the scenario by a preset's (by id).
    ApplyPreset(String),
    /// Back to MODEL.md's defaults (keeps the language and channel).
    Reset,
    /// Forget the trial's results (试过再算).
    ClearTrial,
    /// Replace the whole scenario (import, shared link); drafts are dropped.
    Load(Box<Scenario>),
    /// Pin the current scenario for comparison (the oldest pin goes when full).
    PinCompare,
    /// Compare the same person on three channels: the chosen one and the two best others.
    CompareChannels,
    /// Compare 微信小店推客 entered now against entered later (慢半拍).
    CompareEntry,
    /// Drop one pinned scenario.
    Unpin(usize),
    /// Load a pinned scenario into the calculator.
    LoadPinned(usize),
    ClearCompare,
    /// Presenter mode on / off (on starts at stage 0, inputs locked).
    Present(bool),
    /// Move `delta` stages (clamped).
    Step(i32),
    /// Jump to a stage.
    Stage(usize),
    /// Unlock / lock the inputs in presenter mode.
    Unlock(bool),
}

impl State {
    /// The text a field shows: the person's own text when they edited it, else the value.
    pub fn draft(&self, f: Field) -> Option<&Draft> {
        self.drafts.iter().find(|(g, _)| *g == f).map(|(_, d)| d)
    }

    /// Every field with a problem, for a summary line.
    pub fn issues(&self) -> impl Iterator<Item = (Field, &FieldIssue)> {
        self.drafts
            .iter()
            .filter_map(|(f, d)| d.issue.as_ref().map(|i| (*f, i)))
    }

    /// Apply one action; returns the new state. Pure.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SetLang(l) => next.lang = l,
            Action::ToggleLang => next.lang = self.lang.other(),
            Action::SetTheme(t) => next.theme = t,
            Action::Edit(f, text) => next.edit(f, text),
            Action::SetChannel(ch) => {
                if next.scenario.channel != ch {
                    next.scenario.channel = ch;
                    next.revision += 1;
                }
            }
            Action::ApplyPreset(id) => {
                if let Some(p) = presets().into_iter().find(|p| p.id == id) {
                    next.scenario = p.scenario;
                    next.drafts.clear();
                    next.preset = Some(p.id);
                    next.revision += 1;
                }
            }
            Action::ClearTrial => {
                if !next.scenario.trial.is_empty() {
                    next.scenario.trial = Default::default();
                    next.changed();
                }
                next.drafts.retain(|(f, _)| !matches!(f, Field::Trial(_)));
            }
            Action::Reset => {
                next.scenario = Scenario {
                    channel: self.scenario.channel,
                    ..Scenario::default()
                };
                next.drafts.clear();
                next.preset = None;
                next.revision += 1;
            }
            Action::Load(s) => {
                next.scenario = *s;
                next.drafts.clear();
                next.preset = None;
                next.revision += 1;
            }
            Action::PinCompare => next.pin(self.scenario.clone()),
            Action::CompareChannels => {
                next.compare.clear();
                for ch in three_channels(&self.scenario) {
                    next.pin(Scenario {
                        channel: ch,
                        ..self.scenario.clone()
                    });
                }
            }
            Action::CompareEntry => {
                // The verdict's own comparison: entering as set against LATER_WEEKS later.
                next.compare.clear();
                let mut now = self.scenario.clone();
                now.channel = ChannelId::Wxshop;
                let mut later = now.clone();
                let delay = Field::Person(PersonField::EntryDelayWeeks);
                later.person.entry_delay_weeks =
                    (now.person.entry_delay_weeks + LATER_WEEKS as f64).min(delay.meta().max);
                next.pin(now);
                next.pin(later);
            }
            Action::Unpin(i) => {
                if i < next.compare.len() {
                    next.compare.remove(i);
                }
            }
            Action::LoadPinned(i) => {
                if let Some(s) = self.compare.get(i) {
                    return next.apply(Action::Load(Box::new(s.clone())));
                }
            }
            Action::ClearCompare => next.compare.clear(),
            Action::Present(on) => {
                next.presenter = on.then(Presenter::default);
            }
            Action::Step(d) => {
                if let Some(p) = next.presenter.as_mut() {
                    p.stage = (p.stage as i64 + d as i64).clamp(0, STAGES as i64 - 1) as usize;
                }
            }
            Action::Stage(i) => {
                if let Some(p) = next.presenter.as_mut() {
                    p.stage = i.min(STAGES - 1);
                }
            }
            Action::Unlock(u) => {
                if let Some(p) = next.presenter.as_mut() {
                    p.unlocked = u;
                }
            }
        }
        if let Some(ch) = next.lock_channel {
            next.scenario.channel = ch;
        }
        next
    }

    /// Whether inputs may be edited (always, except in locked presenter mode).
    pub fn inputs_locked(&self) -> bool {
        matches!(self.presenter, Some(p) if !p.unlocked)
    }

    fn pin(&mut self, s: Scenario) {
        if self.compare.len() == MAX_COMPARE {
            self.compare.remove(0);
        }
        self.compare.push(s);
    }

    fn edit(&mut self, f: Field, text: String) {
        if self.inputs_locked() {
            return;
        }
        let issue = self.attempt(f, &text);
        // Trial results are about the channel on screen when they are typed; an empty trial has
        // no channel (links and files leave it out).
        if matches!(f, Field::Trial(_)) && issue.is_none() {
            let t = &mut self.scenario.trial;
            t.channel = if t.is_empty() {
                crate::model::Trial::default().channel
            } else {
                self.scenario.channel
            };
        }
        let d = Draft { text, issue };
        match self.drafts.iter_mut().find(|(g, _)| *g == f) {
            Some(slot) => slot.1 = d,
            None => self.drafts.push((f, d)),
        }
        // Fixing one value may make another valid again (coupon and price, orders and visits,
        // commission and orders).
        let pending: Vec<Field> = self
            .drafts
            .iter()
            .filter(|(g, d)| *g != f && d.issue.is_some())
            .map(|(g, _)| *g)
            .collect();
        for g in pending {
            self.retry(g);
        }
    }

    /// Apply `text` to field `f` when the model accepts it (an optional field left empty: not
    /// given); what is wrong with it otherwise. The rules across fields are the model's one
    /// set (`Scenario::check`, `Scenario::check_clear`), the same the links and files keep.
    fn attempt(&mut self, f: Field, text: &str) -> Option<FieldIssue> {
        if f.is_optional() && text.trim().is_empty() {
            if let Err(e) = self.scenario.check_clear(f) {
                return Some(FieldIssue::Invalid(e));
            }
            if self.scenario.value(f).is_some() {
                self.scenario.clear(f);
                self.changed();
            }
            return None;
        }
        match parse_number(text, f.meta().unit) {
            Err(e) => Some(FieldIssue::Parse(e)),
            Ok(v) => match self.scenario.set(f, v) {
                Err(e) => Some(FieldIssue::Invalid(e)),
                Ok(()) => {
                    self.changed();
                    None
                }
            },
        }
    }

    fn changed(&mut self) {
        self.revision += 1;
        self.preset = None;
    }

    /// Re-apply a field's pending text (after a field it depends on changed), refreshing its
    /// problem when it is still wrong (the message must name today's values).
    fn retry(&mut self, f: Field) {
        let Some(d) = self.draft(f) else { return };
        if d.issue.is_none() || matches!(d.issue, Some(FieldIssue::Parse(_))) {
            return;
        }
        let text = d.text.clone();
        let issue = self.attempt(f, &text);
        if let Some((_, d)) = self.drafts.iter_mut().find(|(g, _)| *g == f) {
            d.issue = issue;
        }
    }
}

/// The chosen channel and the two others with the best central net per hour (the ranking of
/// the verdict's best channel).
fn three_channels(s: &Scenario) -> Vec<ChannelId> {
    let mut v = vec![s.channel];
    v.extend(
        rank_channels(&decide(s).all)
            .into_iter()
            .filter(|c| *c != s.channel)
            .take(MAX_COMPARE - 1),
    );
    v
}

/// Yew's reducer glue lives in the app; this keeps `State` usable natively.
pub fn reduce(state: Rc<State>, action: Action) -> Rc<State> {
    let next = state.apply(action);
    if next == *state {
        state
    } else {
        Rc::new(next)
    }
}
