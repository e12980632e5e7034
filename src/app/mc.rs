//! Effects at the edge: the Monte Carlo run in slices.

use crate::model::{Band, McResult, MonteCarlo, Scenario};
use crate::state::Results;
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// Longest a slice of Monte Carlo work may hold the main thread (ms); well under the 50 ms
/// long-task line.
const SLICE_MS: f64 = 8.0;
/// Draws between two clock reads.
const CHUNK: u32 = 25;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// The chosen channel's Monte Carlo result for `scenario` (weighted by its trial when that
/// calibrates it: `Decision::monte_carlo`), or `None` while it is computing. Work runs in
/// slices of ≤ `SLICE_MS` with a timer between them; a newer revision cancels it.
#[hook]
pub fn use_monte_carlo(
    scenario: &Scenario,
    results: &Rc<Results>,
    revision: u64,
) -> Option<Rc<McResult>> {
    let result = use_state(|| None::<(u64, Rc<McResult>)>);
    {
        let result = result.clone();
        let results = results.clone();
        use_effect_with((scenario.clone(), revision), move |(s, rev)| {
            let cancelled = Rc::new(Cell::new(false));
            let run: Rc<RefCell<MonteCarlo>> =
                Rc::new(RefCell::new(results.decision.monte_carlo(s)));
            let rev = *rev;
            schedule(run, cancelled.clone(), result, rev);
            move || cancelled.set(true)
        });
    }
    match &*result {
        Some((rev, r)) if *rev == revision => Some(r.clone()),
        _ => None,
    }
}

fn schedule(
    run: Rc<RefCell<MonteCarlo>>,
    cancelled: Rc<Cell<bool>>,
    out: UseStateHandle<Option<(u64, Rc<McResult>)>>,
    rev: u64,
) {
    let work = move || {
        if cancelled.get() {
            return;
        }
        let start = now_ms();
        let done = loop {
            let done = run.borrow_mut().step(CHUNK);
            if done || now_ms() - start >= SLICE_MS {
                break done;
            }
        };
        if done {
            bands(run, Vec::new(), cancelled, out, rev);
        } else {
            schedule(run, cancelled, out, rev);
        }
    };
    // Every slice (the first too) waits a tick, so the deterministic chart paints first.
    Timeout::new(0, work).forget();
}

/// After the draws: the per-week percentile columns, as many per slice as fit in `SLICE_MS`,
/// then the result (so at 20,000 draws × 156 weeks no single task sorts them all).
fn bands(
    run: Rc<RefCell<MonteCarlo>>,
    mut acc: Vec<Band>,
    cancelled: Rc<Cell<bool>>,
    out: UseStateHandle<Option<(u64, Rc<McResult>)>>,
    rev: u64,
) {
    Timeout::new(0, move || {
        if cancelled.get() {
            return;
        }
        let start = now_ms();
        let mc = run.borrow();
        let total = mc.band_columns();
        while acc.len() < total && now_ms() - start < SLICE_MS {
            let from = acc.len();
            mc.bands_into(from..from + 3, &mut acc);
        }
        if acc.len() < total {
            drop(mc);
            bands(run, acc, cancelled, out, rev);
        } else {
            let r = mc.result_from(acc);
            drop(mc);
            out.set(Some((rev, Rc::new(r))));
        }
    })
    .forget();
}
