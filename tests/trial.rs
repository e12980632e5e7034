//! 试过再算 (MODEL.md §9): the worked check, a link that calibrates, and a simulation-based
//! calibration check — synthetic persons whose true rates are drawn from the §6 prior, whose
//! trial counts are drawn from the §9 likelihood at those rates, calibrated as the page does.

use rand_distr::{Binomial, Distribution, Gamma, Normal, Poisson};
use rand_xoshiro::rand_core::SeedableRng;
use rand_xoshiro::Xoshiro256PlusPlus;
use tuike_calc::model::*;

/// The §9 worked check's person: 微信小店推客, 5,000 people, a 4-week trial of 20 posts, 300
/// visits, 2 orders, ¥18.
fn worked(draws: u32) -> Scenario {
    let mut s = Scenario {
        channel: ChannelId::Wxshop,
        draws,
        ..Scenario::default()
    };
    s.person.followers = 5000.0;
    s.trial = Trial {
        channel: ChannelId::Wxshop,
        weeks: Some(4.0),
        posts: Some(20.0),
        clicks: Some(300.0),
        orders: Some(2.0),
        commission: Some(18.0),
    };
    s
}

fn bands(s: &Scenario, cal: Option<&Calibration>) -> McResult {
    let mut b = Bands::new(s, cal);
    while !b.step(u32::MAX) {}
    b.result()
}

fn moved(c: &Calibration, f: Field) -> f64 {
    c.moved
        .iter()
        .find(|m| m.field == f)
        .map(|m| m.value)
        .unwrap()
}

/// MODEL.md §9's worked check (an independent implementation, 20,000 draws).
#[test]
fn worked_check() {
    let s = worked(20_000);
    let cal = calibrate(&s).unwrap();
    assert_eq!(cal.status, Status::Calibrated);
    assert_eq!(cal.draws, 20_000);
    assert!(cal.ess > 200.0, "ESS {}", cal.ess);
    let click = moved(&cal, Field::Person(PersonField::ClickRate));
    let reach = moved(&cal, Field::Person(PersonField::ReachRate));
    let conv = moved(
        &cal,
        Field::Channel(ChannelId::Wxshop, ChannelField::BaseConversion),
    );
    assert!((0.0185..0.0195).contains(&click), "click {click}");
    assert!((0.185..0.195).contains(&reach), "reach {reach}");
    assert!((0.0085..0.0095).contains(&conv), "conversion {conv}");
    let d = decide_with(&s, Some(&cal));
    let v = &d.verdict;
    assert!(
        (v.net_per_hour / 14.9 - 1.0).abs() <= 0.05,
        "central {}",
        v.net_per_hour
    );
    assert!(
        (v.later_per_hour / 16.6 - 1.0).abs() <= 0.05,
        "later {}",
        v.later_per_hour
    );
    assert_eq!(v.kind, VerdictKind::NotAdvised);
    let before = d.before.as_ref().unwrap();
    assert!(
        (before.net_per_hour / 33.9 - 1.0).abs() <= 0.01,
        "uncalibrated {}",
        before.net_per_hour
    );
    assert_eq!(before.kind, VerdictKind::Worth);
    let b = bands(&s, Some(&cal));
    let nph = b.net_per_hour;
    assert!((nph.p10 / 6.8 - 1.0).abs() <= 0.1, "P10 {}", nph.p10);
    assert!((nph.p90 / 22.1 - 1.0).abs() <= 0.1, "P90 {}", nph.p90);
    assert!((nph.p50 / 13.0 - 1.0).abs() <= 0.1, "P50 {}", nph.p50);
    // The central figure is a projection at the calibrated values, not the band's median.
    assert!(v.net_per_hour > nph.p50 + 1.0);
    // The trial's own weeks, as history: ¥18 in 20 posts of 10 minutes.
    let h = d.history.unwrap();
    assert_eq!((h.weeks, h.received, h.own), (4.0, 18.0, true));
    assert!((h.hours - 20.0 * 10.0 / 60.0).abs() < 1e-9);
    assert!((h.per_hour() - 5.4).abs() < 0.01);
}

/// A person's trial drawn from the §9 likelihood at the expectation `e` over `weeks`.
/// What the person gave: everything, or the commission alone.
#[derive(Clone, Copy, PartialEq)]
enum Given {
    All,
    CommissionOnly,
}

fn observe(e: &Counts, weeks: f64, rng: &mut Xoshiro256PlusPlus, given: Given) -> Trial {
    let r = WEEK_SIZE * weeks;
    let lambda = Gamma::new(r, e.clicks.max(1e-9) / r).unwrap().sample(rng);
    let k = Poisson::new(lambda.max(1e-9)).unwrap().sample(rng);
    let q = (e.orders / e.clicks.max(1e-9)).clamp(1e-9, 1.0 - 1e-9);
    let o = Binomial::new(k as u64, q).unwrap().sample(rng) as f64;
    let per = e.commission / e.orders.max(1e-9);
    let c = if o >= 1.0 {
        let sd = (COMMISSION_SPREAD * COMMISSION_SPREAD / o + MIX_SPREAD * MIX_SPREAD).sqrt();
        let z = Normal::new(0.0, sd).unwrap().sample(rng);
        (o * per * z.exp() * 100.0).round() / 100.0
    } else {
        0.0
    };
    let all = given == Given::All;
    Trial {
        channel: ChannelId::Wxshop,
        weeks: Some(weeks),
        posts: None,
        clicks: all.then_some(k),
        orders: all.then_some(o),
        commission: Some(c),
    }
}

/// What a simulation-based calibration check found.
#[derive(Debug, Default)]
struct Sbc {
    persons: u32,
    /// The shown P10–P90 of ¥/小时 holds the truth.
    covered: u32,
    refused: u32,
    /// Verdict equal to the truth's: calibrated (as shown), uncalibrated.
    right: u32,
    right_before: u32,
    /// Sum of |central ¥/小时 − truth|: calibrated (as shown), uncalibrated.
    error: f64,
    error_before: f64,
}

/// Synthetic persons: for each channel, trial length and reach, `per` persons whose true rates
/// are drawn from the §6 prior around the defaults, whose full trial (visits, orders,
/// commission) is drawn from the §9 likelihood at those rates; each calibrated and shown as the
/// page does (the calibrated bands, or the uncalibrated ones when it refuses). The nine
/// channel × weeks groups run on two threads, each from its own seed.
fn sbc(per: u32, seed: u64, given: Given) -> Sbc {
    let channels = [ChannelId::Wxshop, ChannelId::Taoke, ChannelId::Social];
    let groups: Vec<(ChannelId, f64, u64)> = channels
        .iter()
        .flat_map(|&ch| [2.0, 4.0, 8.0].map(|w| (ch, w)))
        .enumerate()
        .map(|(i, (ch, w))| (ch, w, seed.wrapping_add(i as u64)))
        .collect();
    let parts: Vec<Sbc> = std::thread::scope(|sc| {
        let jobs: Vec<_> = groups
            .chunks(groups.len().div_ceil(2))
            .map(|chunk| {
                sc.spawn(move || {
                    chunk
                        .iter()
                        .map(|&(ch, w, sd)| group(ch, w, per, sd, given))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        jobs.into_iter().flat_map(|j| j.join().unwrap()).collect()
    });
    let mut out = Sbc::default();
    for p in parts {
        out.persons += p.persons;
        out.covered += p.covered;
        out.refused += p.refused;
        out.right += p.right;
        out.right_before += p.right_before;
        out.error += p.error;
        out.error_before += p.error_before;
    }
    out
}

/// One group of [`sbc`]: `per` persons on `ch` with a trial of `weeks`.
fn group(ch: ChannelId, weeks: f64, per: u32, seed: u64, given: Given) -> Sbc {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let mut out = Sbc::default();
    for i in 0..per {
        let mut base = Scenario {
            channel: ch,
            seed: rng_u64(&mut rng),
            ..Scenario::default()
        };
        base.person.followers = [800.0, 3000.0, 10_000.0][i as usize % 3];
        base.trial = Trial {
            channel: ch,
            weeks: Some(weeks),
            ..Trial::default()
        };
        let mut truth = base.clone();
        for u in uncertain_inputs(&base, ch) {
            let x = triangular(uniform(&mut rng), u.low, u.mode, u.high);
            truth.set(u.field, x).unwrap();
        }
        let e = trial_expectation(&truth).unwrap();
        let mut seen = observe(&e, weeks, &mut rng, given);
        seen.channel = ch;
        base.trial = seen;
        truth.trial = seen;
        let truth = decide(&truth).verdict;
        let cal = calibrate(&base).unwrap();
        let used = cal.calibrated().then_some(&cal);
        out.refused += used.is_none() as u32;
        // The range as the page shows it (its summary figures; the weekly columns are not needed).
        let mut b = Bands::new(&base, used);
        while !b.step(u32::MAX) {}
        let nph = b.result_from(Vec::new()).net_per_hour;
        let after = decide_with(&base, Some(&cal)).verdict;
        let before = decide(&base).verdict;
        out.persons += 1;
        out.covered += (nph.p10..=nph.p90).contains(&truth.net_per_hour) as u32;
        out.right += (after.kind == truth.kind) as u32;
        out.right_before += (before.kind == truth.kind) as u32;
        out.error += (after.net_per_hour - truth.net_per_hour).abs();
        out.error_before += (before.net_per_hour - truth.net_per_hour).abs();
    }
    out
}

fn rng_u64(r: &mut Xoshiro256PlusPlus) -> u64 {
    use rand_xoshiro::rand_core::RngCore;
    r.next_u64()
}

fn uniform(r: &mut Xoshiro256PlusPlus) -> f64 {
    (rng_u64(r) >> 11) as f64 / (1u64 << 53) as f64
}

fn report(s: &Sbc) -> String {
    let n = s.persons as f64;
    format!(
        "persons {}: coverage {:.1}%, refused {:.1}%, verdict right {:.1}% (uncalibrated {:.1}%), error ¥{:.2}/h (uncalibrated ¥{:.2}/h)",
        s.persons,
        100.0 * s.covered as f64 / n,
        100.0 * s.refused as f64 / n,
        100.0 * s.right as f64 / n,
        100.0 * s.right_before as f64 / n,
        s.error / n,
        s.error_before / n
    )
}

/// The check, in the test run (in release: `./dev.sh test` runs this file with
/// `--release`): 603 persons, fixed seed.
#[test]
fn simulation_based_calibration() {
    let t0 = std::time::Instant::now();
    let s = sbc(67, 20_261_206, Given::All);
    eprintln!("SBC {} in {:?}", report(&s), t0.elapsed());
    let n = s.persons as f64;
    let coverage = s.covered as f64 / n;
    assert!((0.75..=0.85).contains(&coverage), "{}", report(&s));
    assert!(s.refused as f64 / n <= 0.05, "{}", report(&s));
    assert!(s.right >= s.right_before, "{}", report(&s));
    assert!(s.error < s.error_before, "{}", report(&s));
}

/// Commission alone (MODEL.md §9: counted in orders of the draw's size): the same check over 297
/// persons.
#[test]
fn simulation_based_calibration_commission_only() {
    let s = sbc(33, 20_261_207, Given::CommissionOnly);
    eprintln!("SBC commission only {}", report(&s));
    let n = s.persons as f64;
    let coverage = s.covered as f64 / n;
    assert!((0.75..=0.85).contains(&coverage), "{}", report(&s));
    assert!(s.error < s.error_before, "{}", report(&s));
}

/// The likelihood of a commission alone is a density of yuan (MODEL.md §9: the Jacobian
/// `− ln c̄`): it integrates over the commission to the same total whatever the commission per
/// order of the draw. Without the Jacobian the total grows with c̄ and the draws with a high
/// commission per order are favoured.
#[test]
fn a_commission_alone_is_a_density_of_yuan() {
    let weeks = 4.0;
    let total = |per: f64| {
        let e = Counts {
            clicks: 300.0,
            orders: 3.0,
            commission: 3.0 * per,
        };
        // ∫ exp(log_lik(C)) dC by the trapezoid rule, far into the tail.
        let (step, end) = (per / 200.0, per * 60.0);
        let f = |c: f64| {
            let t = Trial {
                weeks: Some(weeks),
                commission: Some(c),
                ..Trial::default()
            };
            log_lik(&t, &e, weeks).exp()
        };
        let n = (end / step) as usize;
        (1..n).map(|i| f(i as f64 * step)).sum::<f64>() * step + 0.5 * step * (f(0.0) + f(end))
    };
    let (a, b, c) = (total(5.0), total(20.0), total(80.0));
    assert!(
        (a / b - 1.0).abs() < 0.01 && (b / c - 1.0).abs() < 0.01,
        "{a} {b} {c}"
    );
}

/// Orders given with visits are a binomial out of the visits (MODEL.md §9): they speak of
/// conversion only, so two draws with the same conversion differ only by what the visits say —
/// the click noise counts once.
#[test]
fn orders_with_visits_speak_of_conversion_only() {
    let weeks = 4.0;
    let trial = |orders: Option<f64>| Trial {
        weeks: Some(weeks),
        clicks: Some(300.0),
        orders,
        ..Trial::default()
    };
    let e = |clicks: f64| Counts {
        clicks,
        orders: clicks * 0.01,
        commission: clicks * 0.01 * 10.0,
    };
    for (x, y) in [(100.0, 200.0), (250.0, 400.0), (300.0, 30.0)] {
        let visits = log_lik(&trial(None), &e(x), weeks) - log_lik(&trial(None), &e(y), weeks);
        let both =
            log_lik(&trial(Some(3.0)), &e(x), weeks) - log_lik(&trial(Some(3.0)), &e(y), weeks);
        assert!((visits - both).abs() < 1e-9, "{x} vs {y}: {visits} {both}");
    }
    // … and a draw with another conversion is told apart by the orders.
    let other = Counts {
        orders: 9.0,
        ..e(300.0)
    };
    assert!(
        log_lik(&trial(Some(3.0)), &other, weeks) < log_lik(&trial(Some(3.0)), &e(300.0), weeks)
    );
}
