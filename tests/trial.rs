//! 试过再算 (issue 16): the calibration by the Monte Carlo's own draws, as properties.

mod strategies;

use proptest::prelude::*;
use strategies::{cfg, valid_scenario};
use tuike_calc::model::*;

fn channel() -> impl Strategy<Value = ChannelId> {
    prop::sample::select(ChannelId::ALL.to_vec())
}

/// Default scenario on `ch` with `followers` people, and a trial of `weeks` on it whose counts
/// are `scale` times what the model expects at the person's own values.
fn with_expected_trial(ch: ChannelId, followers: f64, weeks: f64, scale: f64) -> Scenario {
    let mut s = Scenario {
        channel: ch,
        ..Scenario::default()
    };
    s.person.followers = followers;
    s.trial.channel = ch;
    s.trial.weeks = Some(weeks);
    // Exactly the expected counts (not rounded: a rounded 0.6 orders would be a different
    // result), scaled.
    let e = calibrate(&s).unwrap().expected_before;
    s.trial.clicks = Some(e.clicks * scale);
    s.trial.orders = Some(e.orders * scale);
    s.trial.commission = Some(e.commission * scale);
    s
}

fn moved_value(d: &Decision, f: Field) -> f64 {
    let c = d.calibration.as_ref().unwrap();
    c.moved.iter().find(|m| m.field == f).unwrap().value
}

fn band_width(s: &Scenario) -> f64 {
    let d = decide(s);
    let mut mc = d.monte_carlo(s);
    mc.step(u32::MAX);
    let b = mc.result().net_per_hour;
    b.p90 - b.p10
}

proptest! {
    #![proptest_config(cfg(64))]

    /// Results equal to what the model expects leave the central figures within 5% — for a
    /// trial with something to say (at least 13 orders expected). A scan of every channel,
    /// 800–20,000 people by 50 and 2–8 weeks found at most 5.4% at 10–13 orders (淘宝客, 3
    /// weeks: the posterior of a few orders is not its prior's centre), so there 6%; under 10
    /// orders the weighted draws legitimately sit away from a fraction of an order.
    #[test]
    fn expected_results_leave_the_figures_where_they_were(
        ch in channel(), followers in 800.0..20_000.0f64, weeks in 2.0..8.0f64,
    ) {
        let s = with_expected_trial(ch, followers.round(), weeks.round(), 1.0);
        let orders = s.trial.orders.unwrap();
        prop_assume!(orders >= 10.0);
        let tol = if orders >= 13.0 { 0.05 } else { 0.06 };
        let d = decide(&s);
        let cal = d.calibration.as_ref().unwrap();
        prop_assert!(cal.calibrated(), "{:?} ess {:.0}", cal.status, cal.ess);
        let before = d.before.as_ref().unwrap();
        let (a, b) = (before.net_per_hour, d.verdict.net_per_hour);
        prop_assert!((b - a).abs() <= tol * a.abs().max(1.0), "{ch:?}: ¥{a:.2} → ¥{b:.2}/h");
        let (a, b) = (before.net, d.verdict.net);
        prop_assert!((b - a).abs() <= tol * a.abs().max(20.0), "{ch:?}: net ¥{a:.0} → ¥{b:.0}");
    }

    /// Fewer clicks than expected lower the calibrated click rate; more orders raise conversion.
    #[test]
    fn the_rates_move_with_the_counts(ch in channel(), followers in 2000.0..20_000.0f64) {
        let s = with_expected_trial(ch, followers.round(), 4.0, 1.0);
        let click = Field::Person(PersonField::ClickRate);
        let conv = Field::Channel(ch, ChannelField::BaseConversion);
        let base = decide(&s);
        prop_assume!(base.calibration.as_ref().unwrap().calibrated());

        let mut fewer = s.clone();
        fewer.trial.clicks = Some((s.trial.clicks.unwrap() * 0.6).round());
        fewer.trial.orders = Some(fewer.trial.orders.unwrap().min(fewer.trial.clicks.unwrap()));
        let d = decide(&fewer);
        if d.calibration.as_ref().unwrap().calibrated() {
            prop_assert!(moved_value(&d, click) < moved_value(&base, click));
        }

        let mut more = s.clone();
        more.trial.orders = Some((s.trial.orders.unwrap() * 1.6).round() + 1.0);
        more.trial.clicks = Some(more.trial.clicks.unwrap().max(more.trial.orders.unwrap()));
        more.trial.commission = None;
        let d = decide(&more);
        if d.calibration.as_ref().unwrap().calibrated() {
            prop_assert!(moved_value(&d, conv) > moved_value(&base, conv));
        }
    }

    /// Whatever is entered, the calibration is finite and never rests on an empty sample.
    #[test]
    fn the_weighting_is_never_nan_nor_empty(
        s in valid_scenario(),
        weeks in prop::option::of(0.5..52.0f64),
        counts in prop::collection::vec(prop::option::of(prop_oneof![0.0..10.0f64, 0.0..1e7f64]), 4),
    ) {
        let mut s = s;
        s.draws = 300;
        s.trial = Trial {
            channel: s.channel,
            weeks: weeks.filter(|w| *w <= s.person.horizon_weeks),
            posts: counts[0].map(f64::round),
            clicks: counts[1].map(f64::round),
            orders: counts[2].map(f64::round),
            commission: counts[3],
        };
        let d = decide(&s);
        if let Some(c) = &d.calibration {
            if c.status != Status::NeedsWeeks {
                prop_assert!(c.ess >= 1.0 && c.ess.is_finite(), "ess {}", c.ess);
                prop_assert_eq!(c.log_lik.len(), 300);
                prop_assert!(c.log_lik.iter().all(|l| l.is_finite()));
                prop_assert!(c.moved.iter().all(|m| m.value.is_finite()));
            }
        }
        prop_assert!(d.verdict.net_per_hour.is_finite());
        let mut mc = d.monte_carlo(&s);
        mc.step(u32::MAX);
        let r = mc.result();
        prop_assert!(r.net_per_hour.p10.is_finite() && r.net_per_hour.p90.is_finite());
    }
}

#[test]
fn more_weeks_of_the_same_results_narrow_the_range() {
    for ch in [ChannelId::Wxshop, ChannelId::Taoke, ChannelId::Ktt] {
        let short = with_expected_trial(ch, 5000.0, 2.0, 1.0);
        let long = with_expected_trial(ch, 5000.0, 12.0, 1.0);
        let (ws, wl) = (band_width(&short), band_width(&long));
        let prior = band_width(&Scenario {
            trial: Trial::default(),
            ..short.clone()
        });
        assert!(
            wl < ws && ws <= prior * 1.05,
            "{ch:?}: prior {prior:.2}, 2 weeks {ws:.2}, 12 weeks {wl:.2}"
        );
    }
}

#[test]
fn the_monte_carlo_draws_are_the_calibrations_own() {
    // The weighted run reports the prior band too, and it is the unweighted run's band.
    let s = with_expected_trial(ChannelId::Wxshop, 5000.0, 4.0, 0.5);
    let d = decide(&s);
    assert!(d.calibration.as_ref().unwrap().calibrated());
    let mut weighted = d.monte_carlo(&s);
    weighted.step(u32::MAX);
    let mut plain = MonteCarlo::new(&s, s.channel);
    plain.step(u32::MAX);
    let (w, p) = (weighted.result(), plain.result());
    assert_eq!(w.prior_net_per_hour, Some(p.net_per_hour));
    assert_ne!(w.net_per_hour, p.net_per_hour);
    // Half the expected results: the posterior sits lower.
    assert!(w.net_per_hour.p50 < p.net_per_hour.p50);
}

#[test]
fn too_strange_or_too_few_results_are_said_and_not_used() {
    let mut s = with_expected_trial(ChannelId::Wxshop, 800.0, 2.0, 1.0);
    // A million visits from 800 people in two weeks: no draw comes near.
    s.trial.clicks = Some(1e6);
    s.trial.orders = Some(3.0);
    s.trial.commission = None;
    let d = decide(&s);
    let c = d.calibration.as_ref().unwrap();
    assert_eq!(c.status, Status::OutOfReach(TrialField::Clicks));
    assert!(c.scenario.is_none() && d.before.is_none());
    assert_eq!(
        d.verdict,
        decide(&Scenario {
            trial: Trial::default(),
            ..s.clone()
        })
        .verdict
    );

    // Weeks missing: nothing is calibrated, and the page is told why.
    let mut s = with_expected_trial(ChannelId::Taoke, 800.0, 2.0, 1.0);
    s.trial.weeks = None;
    assert_eq!(decide(&s).calibration.unwrap().status, Status::NeedsWeeks);
}

#[test]
fn bad_trial_values_are_refused_with_a_reason() {
    let mut s = Scenario::default();
    let f = |t| Field::Trial(t);
    s.set(f(TrialField::Clicks), 10.0).unwrap();
    assert!(matches!(
        s.set(f(TrialField::Orders), 11.0).unwrap_err().kind,
        FieldErrorKind::OrdersAboveClicks { clicks } if clicks == 10.0
    ));
    s.set(f(TrialField::Orders), 0.0).unwrap();
    assert_eq!(
        s.set(f(TrialField::Commission), 5.0).unwrap_err().kind,
        FieldErrorKind::CommissionWithoutOrders
    );
    assert!(matches!(
        s.set(f(TrialField::Weeks), 60.0).unwrap_err().kind,
        FieldErrorKind::AboveMax { .. } | FieldErrorKind::LongerThanHorizon { .. }
    ));
    s.person.horizon_weeks = 10.0;
    assert!(matches!(
        s.set(f(TrialField::Weeks), 12.0).unwrap_err().kind,
        FieldErrorKind::LongerThanHorizon { horizon } if horizon == 10.0
    ));
    for bad in [-1.0, f64::INFINITY, f64::NAN] {
        assert!(s.set(f(TrialField::Clicks), bad).is_err());
    }
    // Nothing refused was written.
    assert_eq!(s.trial.clicks, Some(10.0));
    assert_eq!(s.trial.commission, None);
}

#[test]
fn what_it_takes_reaches_the_goal_or_says_it_cannot() {
    let s = Scenario::default();
    let goal = Goal::PerHour(s.person.hourly_value);
    for b in what_it_takes(&s, s.channel, goal) {
        if let Some(v) = b.value {
            let mut t = s.clone();
            t.set(b.field, v).unwrap();
            let n = project(&t, t.channel).summary.net_per_hour;
            assert!(
                n >= s.person.hourly_value - 1e-6 || b.met_now,
                "{:?} = {v}: ¥{n:.2}/h",
                b.field
            );
        }
    }
    // A monthly goal nobody can reach by reach alone is out of reach, not a wrong number.
    let far = what_it_takes(&s, s.channel, Goal::Monthly(1e9));
    assert!(far.iter().all(|b| b.value.is_none() && !b.met_now));
}
