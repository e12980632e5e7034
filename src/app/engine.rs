//! The model's draws, off the keystroke: the trial's calibration and the ranges run in slices of
//! at most [`SLICE_MS`], one after another through a `MessageChannel` (no timer: nested zero
//! timeouts are clamped to 4 ms), and a newer input cancels them for real. Calibrations are kept
//! by their key (`Calibration::key`), so the page, a pinned scenario and the same person on
//! another channel share one.

use crate::model::{Band, Bands, Calibration, Calibrator, McResult, Scenario};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageChannel, MessageEvent};
use yew::prelude::*;

/// Longest a slice of work may hold the main thread (ms); well under the 50 ms long-task line.
pub const SLICE_MS: f64 = 8.0;
/// Draws between two clock reads.
const CHUNK: u32 = 25;
/// Calibrations kept.
const KEPT: usize = 8;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

thread_local! {
    /// Calibrations by key, the latest last.
    static CALIBRATIONS: RefCell<Vec<(Scenario, Rc<Calibration>)>> = const { RefCell::new(Vec::new()) };
    /// The longest slice and the longest chunk inside one so far (ms), for the page's tests.
    static LONGEST: Cell<(f64, f64)> = const { Cell::new((0.0, 0.0)) };
}

/// The kept calibration of `key`.
fn kept(key: &Scenario) -> Option<Rc<Calibration>> {
    CALIBRATIONS.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    })
}

fn keep(key: Scenario, cal: Rc<Calibration>) {
    CALIBRATIONS.with(|c| {
        let mut c = c.borrow_mut();
        c.retain(|(k, _)| *k != key);
        if c.len() == KEPT {
            c.remove(0);
        }
        c.push((key, cal));
    });
}

/// Record a slice's length and its longest chunk on `<html>` (`data-longest-slice-us`,
/// `data-longest-chunk-us`, whole microseconds), where a browser test reads them.
fn record(slice: f64, chunk: f64) {
    let (s, c) = LONGEST.with(|l| {
        let (s, c) = l.get();
        let next = (s.max(slice), c.max(chunk));
        l.set(next);
        next
    });
    if let Some(html) = gloo::utils::document().document_element() {
        let us = |ms: f64| ((ms * 1000.0).round() as u64).to_string();
        let _ = html.set_attribute("data-longest-slice-us", &us(s));
        let _ = html.set_attribute("data-longest-chunk-us", &us(c));
    }
}

/// What a slice of work ends with: more to do, or done with what to show (run in a task of its
/// own, so the page's render of a result is never counted in, nor added to, a slice).
pub enum Slice {
    More,
    Done(Option<Box<dyn FnOnce()>>),
}

/// A slice of work: called with "is my time up?".
type Work = Box<dyn FnMut(&dyn Fn() -> bool) -> Slice>;

/// Work run in slices: `work` is called with a deadline until it is done. Each slice is its own
/// task (a `MessageChannel` message), so input and painting get in between, and so is showing
/// its result. Dropping the job cancels it.
pub struct Job {
    channel: MessageChannel,
    cancelled: Rc<Cell<bool>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

impl Job {
    pub fn start(mut work: Work) -> Option<Job> {
        let channel = MessageChannel::new().ok()?;
        let cancelled = Rc::new(Cell::new(false));
        let port = channel.port2();
        let stop = cancelled.clone();
        let mut landing: Option<Box<dyn FnOnce()>> = None;
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |_| {
            if stop.get() {
                return;
            }
            if let Some(show) = landing.take() {
                show();
                return;
            }
            let start = now_ms();
            let chunk = Cell::new(0.0f64);
            let last = Cell::new(start);
            // The work asks between chunks whether its time is up.
            let over = || {
                let t = now_ms();
                chunk.set(chunk.get().max(t - last.get()));
                last.set(t);
                t - start >= SLICE_MS
            };
            let step = work(&over);
            record(now_ms() - start, chunk.get());
            match step {
                Slice::More => {
                    let _ = port.post_message(&JsValue::NULL);
                }
                Slice::Done(Some(show)) => {
                    landing = Some(show);
                    let _ = port.post_message(&JsValue::NULL);
                }
                Slice::Done(None) => {}
            }
        });
        channel
            .port1()
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let _ = channel.port2().post_message(&JsValue::NULL);
        Some(Job {
            channel,
            cancelled,
            _on_message: on_message,
        })
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        self.cancelled.set(true);
        self.channel.port1().set_onmessage(None);
        self.channel.port1().close();
        self.channel.port2().close();
    }
}

/// Calibrations of `scenarios` (one per scenario: `None` without a trial's results or while it
/// is computing), and whether any is still computing. Missing ones are computed one after
/// another in slices, kept, and the component re-renders as each lands.
#[hook]
pub fn use_calibrations(scenarios: Vec<Scenario>) -> (Vec<Option<Rc<Calibration>>>, bool) {
    let keys: Vec<Option<Scenario>> = scenarios.iter().map(Calibration::key).collect();
    let landed = use_force_update();
    {
        let landed = landed.clone();
        use_effect_with(keys.clone(), move |keys| {
            let mut todo: Vec<Scenario> = keys
                .iter()
                .flatten()
                .filter(|k| kept(k).is_none())
                .cloned()
                .collect();
            todo.dedup();
            let mut current: Option<(Scenario, Calibrator)> = None;
            let job = (!todo.is_empty()).then(|| {
                Job::start(Box::new(move |over| loop {
                    match current.take() {
                        None => match todo.pop() {
                            // Every calibration kept: the page re-renders once, in a task of its own.
                            None => {
                                let landed = landed.clone();
                                return Slice::Done(Some(Box::new(move || landed.force_update())));
                            }
                            Some(key) => current = Calibrator::new(&key).map(|c| (key, c)),
                        },
                        Some((key, mut cal)) => {
                            if cal.step(CHUNK) {
                                keep(key, Rc::new(cal.finish()));
                            } else {
                                current = Some((key, cal));
                            }
                            if over() {
                                return Slice::More;
                            }
                        }
                    }
                }))
            });
            move || drop(job)
        });
    }
    let cals: Vec<Option<Rc<Calibration>>> =
        keys.iter().map(|k| k.as_ref().and_then(kept)).collect();
    let pending = keys
        .iter()
        .zip(&cals)
        .any(|(k, c)| k.is_some() && c.is_none());
    (cals, pending)
}

/// The chosen channel's ranges for `scenario` at calibration `cal` (resampled from it when it
/// calibrates the chosen channel), or `None` while they are computing; `ready` false holds them
/// back (a calibration still on its way).
#[hook]
pub fn use_bands(
    scenario: &Scenario,
    cal: Option<Rc<Calibration>>,
    ready: bool,
    revision: u64,
) -> Option<Rc<McResult>> {
    let result = use_state(|| None::<(u64, Rc<McResult>)>);
    {
        let result = result.clone();
        use_effect_with(
            (scenario.clone(), cal, ready, revision),
            move |(s, cal, ready, rev)| {
                let rev = *rev;
                let job = ready.then(|| {
                    let mut run = Bands::new(s, cal.as_deref());
                    let mut acc: Vec<Band> = Vec::new();
                    Job::start(Box::new(move |over: &dyn Fn() -> bool| {
                        // The draws, then the percentile columns a few at a time.
                        while !run.complete() {
                            run.step(CHUNK);
                            if over() {
                                return Slice::More;
                            }
                        }
                        let total = run.band_columns();
                        while acc.len() < total {
                            let from = acc.len();
                            run.bands_into(from..from + 3, &mut acc);
                            if over() && acc.len() < total {
                                return Slice::More;
                            }
                        }
                        let r = Rc::new(run.result_from(std::mem::take(&mut acc)));
                        let result = result.clone();
                        Slice::Done(Some(Box::new(move || result.set(Some((rev, r))))))
                    }))
                });
                move || drop(job)
            },
        );
    }
    match &*result {
        Some((rev, r)) if *rev == revision => Some(r.clone()),
        _ => None,
    }
}
