//! Property tests of the economics model, grouped by property family. Strategies are named
//! functions; the number of cases comes from `proptest.toml` (overridable by PROPTEST_CASES).

mod strategies;
use proptest::prelude::*;
use strategies::put;
use tuike_calc::model::*;

// ---------- named strategies ----------

/// A valid value of one field: its bounds, its default, anywhere in `[min, max]`, or within
/// its uncertainty range.
fn field_value(f: Field) -> BoxedStrategy<f64> {
    let m = f.meta();
    let round = move |v: f64| if m.integer { v.round() } else { v };
    let wide_max = if m.max > 1e4 { 1e4 } else { m.max };
    prop_oneof![
        1 => Just(m.min),
        1 => Just(m.max),
        2 => Just(m.default),
        3 => (m.min..=wide_max).prop_map(round),
        3 => (m.low..=m.high).prop_map(round),
    ]
    .prop_map(move |v| v.clamp(m.min, m.max))
    .boxed()
}

/// The fields a strategy varies: person, every channel field, elasticity (not draws).
fn varied_fields() -> Vec<Field> {
    Field::all().filter(|f| *f != Field::Draws).collect()
}

/// Any scenario that passes `validate()` (draws stay at the default).
fn valid_scenario() -> impl Strategy<Value = Scenario> {
    let fields = varied_fields();
    let strategies: Vec<BoxedStrategy<f64>> = fields.iter().map(|&f| field_value(f)).collect();
    (strategies, any::<u64>(), channel()).prop_map(move |(values, seed, ch)| {
        let mut s = Scenario::default();
        for c in ChannelId::ALL {
            s.params_mut(c).coupon = 0.0;
        }
        for (&f, &v) in fields.iter().zip(&values) {
            let v = match f {
                Field::Channel(c, ChannelField::Coupon) => v.min(s.params(c).price),
                _ => v,
            };
            s.set(f, v).expect("strategy value is valid");
        }
        s.seed = seed;
        s.channel = ch;
        s
    })
}

/// A scenario near the defaults (each field within its uncertainty range), for properties that
/// compare two runs.
fn realistic_scenario() -> impl Strategy<Value = Scenario> {
    let fields = varied_fields();
    let strategies: Vec<BoxedStrategy<f64>> = fields
        .iter()
        .map(|&f| {
            let m = f.meta();
            (m.low..=m.high).boxed()
        })
        .collect();
    (strategies, channel()).prop_map(move |(values, ch)| {
        let mut s = Scenario::default();
        for (&f, &v) in fields.iter().zip(&values) {
            if let Field::Channel(c, ChannelField::Coupon) = f {
                s.params_mut(c).coupon = v.min(s.params(c).price);
            } else {
                s.set(f, v).expect("range value is valid");
            }
        }
        s.channel = ch;
        s
    })
}

/// Any f64 at all: NaN, ±∞, huge, tiny, negative.
fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::MAX),
        Just(-1.0),
        any::<f64>(),
    ]
}

/// A valid scenario with a few fields overwritten by arbitrary numbers, bypassing `set`: the
/// model must clamp defensively and stay finite.
fn corrupted_scenario() -> impl Strategy<Value = Scenario> {
    let every: Vec<Field> = varied_fields()
        .into_iter()
        .chain(Field::optional())
        .collect();
    let corruption = prop::collection::vec((prop::sample::select(every), any_number()), 1..6);
    (valid_scenario(), corruption).prop_map(|(mut s, bad)| {
        for (f, v) in bad {
            // Every field, through its slot: all 34 channel fields, the person's, ε, and the
            // trial's results (which the calibration must survive as well).
            put(&mut s, f, v);
        }
        s
    })
}

/// One of the six channels.
fn channel() -> impl Strategy<Value = ChannelId> {
    prop::sample::select(ChannelId::ALL.to_vec())
}

/// A field and a value outside its valid set (NaN, ±∞, below min, above max, fractional).
fn invalid_assignment() -> impl Strategy<Value = (Field, f64)> {
    let fields = varied_fields();
    (prop::sample::select(fields), 0u8..5, 0.001f64..1e6).prop_map(|(f, kind, d)| {
        let m = f.meta();
        let v = match kind {
            0 => f64::NAN,
            1 => f64::INFINITY,
            2 => m.min - d,
            3 => m.max + d,
            _ if m.integer => m.min + 0.5,
            _ => m.max + d,
        };
        (f, v)
    })
}

// ---------- helpers ----------

fn rows_finite(p: &Projection) -> bool {
    p.weeks.iter().all(|w| {
        let running = [w.cum_net, w.cum_visits_donated, w.cum_donated_commission];
        w.columns()
            .iter()
            .chain(&w.members)
            .chain(&running)
            .all(|v| v.is_finite())
    })
}

fn summary_finite(m: &Summary) -> bool {
    [
        m.totals.net,
        m.totals.cash,
        m.totals.pending(),
        m.totals.hours,
        m.totals.net_per_hour(),
        m.totals.orders,
        m.totals.gmv,
        m.totals.commission,
        m.totals.overrides,
        m.totals.savings,
        m.totals.costs,
        m.totals.visits_donated,
        m.totals.followers_donated,
        m.totals.donated_gmv,
        m.totals.donated_commission,
        m.totals.donation_ratio(),
        m.totals.audience_kept(),
        m.totals.member_gmv,
        m.totals.member_self_purchase_gmv,
        m.totals.members,
    ]
    .iter()
    .all(|v| v.is_finite())
}

fn band_ordered(b: &Band) -> bool {
    b.p10 <= b.p50 && b.p50 <= b.p90 && b.p10.is_finite() && b.p90.is_finite()
}

fn mc_bands(r: &McResult) -> Vec<Band> {
    let mut v = vec![
        r.net,
        r.net_per_hour,
        r.hours,
        r.orders,
        r.visits_donated,
        r.followers_donated_total,
        r.donated_gmv,
        r.donation_ratio,
    ];
    v.extend(&r.cum_net);
    v.extend(&r.cum_visits_donated);
    v.extend(&r.followers_donated);
    v
}

/// The scenario with few Monte Carlo draws (below the UI's minimum of 100, which the model
/// accepts) to keep the suite fast.
fn few_draws(s: &Scenario) -> Scenario {
    Scenario {
        draws: 20,
        ..s.clone()
    }
}

fn net(s: &Scenario, ch: ChannelId) -> f64 {
    project(s, ch).summary.totals.net
}

/// Gross earnings: commission, overrides and self-purchase savings, before costs.
fn gross(s: &Scenario, ch: ChannelId) -> f64 {
    let m = project(s, ch).summary;
    m.totals.commission + m.totals.overrides + m.totals.savings
}

/// Allowed floating-point slack when comparing two nets.
fn slack(a: f64, b: f64) -> f64 {
    1e-9 * (1.0 + a.abs().max(b.abs()))
}

// ---------- family: no NaN / infinity for any valid input ----------

proptest! {
    #![proptest_config(strategies::cfg("model_props"))]

    #[test]
    fn projections_are_finite(s in valid_scenario()) {
        prop_assert_eq!(s.validate(), Ok(()));
        for p in project_all(&s) {
            prop_assert!(rows_finite(&p), "{:?}", p.summary.channel);
            prop_assert!(summary_finite(&p.summary), "{:?}", p.summary);
        }
        let e = entry_comparison(&s, s.channel);
        prop_assert!(summary_finite(&e.now.summary) && summary_finite(&e.later.summary));
    }

    #[test]
    fn corrupted_inputs_stay_finite(s in corrupted_scenario()) {
        for p in project_all(&s) {
            prop_assert!(rows_finite(&p) && summary_finite(&p.summary), "{:?}", p.summary);
        }
        let r = monte_carlo(&few_draws(&s));
        prop_assert!(mc_bands(&r).iter().all(band_ordered));
        for b in tornado(&s, s.channel) {
            prop_assert!(b.net_low.is_finite() && b.net_high.is_finite());
        }
        let v = decide(&s).verdict.with_monte_carlo(&r);
        prop_assert_eq!(v.channel, s.channel);
        prop_assert!(v.net_per_hour.is_finite());
    }

    #[test]
    fn monte_carlo_and_sensitivity_are_finite(s in valid_scenario()) {
        let r = monte_carlo(&few_draws(&s));
        prop_assert!(mc_bands(&r).iter().all(band_ordered));
        prop_assert!(r.p_net_positive.is_finite() && r.p_beats_hourly.is_finite());
        for b in tornado(&s, s.channel) {
            prop_assert!(b.net_low.is_finite() && b.net_high.is_finite());
        }
        for b in break_even(&s, s.channel) {
            prop_assert!(b.value.is_none_or(f64::is_finite));
        }
        let v = decide(&s).verdict.with_monte_carlo(&r);
        prop_assert_eq!(v.channel, s.channel);
    }
}

// ---------- family: the verdict (MODEL.md §7) ----------

/// The central net per hour of `ch` entering `later` weeks after the person's own delay.
fn central_per_hour(s: &Scenario, ch: ChannelId, later: f64) -> (f64, f64) {
    let mut t = s.clone();
    t.person.entry_delay_weeks += later;
    let m = project(&t, ch).summary;
    (m.totals.net_per_hour(), m.totals.net)
}

proptest! {
    #![proptest_config(strategies::cfg("model_props"))]

    /// The word is MODEL.md §7's rule applied to the central figures, recomputed here from
    /// `project`, and the Monte Carlo never changes it.
    #[test]
    fn verdict_is_the_rule_on_central_figures(s in valid_scenario()) {
        let (n, net) = central_per_hour(&s, s.channel, 0.0);
        let (l, later_net) = central_per_hour(&s, s.channel, LATER_WEEKS as f64);
        let hv = s.person.hourly_value;
        let expected = if n >= hv && net > 0.0 {
            VerdictKind::Worth
        } else if l >= hv && later_net > 0.0 {
            VerdictKind::Wait
        } else {
            VerdictKind::NotAdvised
        };
        let v = decide(&s).verdict;
        prop_assert_eq!(v.kind, expected, "N {} L {} net {} hv {}", n, l, net, hv);
        // 慢半拍 only when waiting pays the person's time value (MODEL.md §7, 2026-12-06).
        prop_assert!(v.kind != VerdictKind::Wait || (v.later_per_hour >= hv && later_net > 0.0));
        prop_assert_eq!(v.net_per_hour, n);
        let r = monte_carlo(&few_draws(&s));
        prop_assert_eq!(v.with_monte_carlo(&r).kind, expected);
    }

    /// The best channel is the highest central net per hour, whichever channel is chosen.
    #[test]
    fn best_channel_does_not_depend_on_the_choice(s in valid_scenario()) {
        let nph: Vec<f64> = ChannelId::ALL
            .iter()
            .map(|&c| central_per_hour(&s, c, 0.0).0)
            .collect();
        let top = nph.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        for ch in ChannelId::ALL {
            let v = decide(&Scenario { channel: ch, ..s.clone() }).verdict;
            prop_assert_eq!(nph[v.best_channel.index()], top, "chosen {:?}", ch);
            let first = ChannelId::ALL.into_iter().find(|c| nph[c.index()] == top);
            prop_assert_eq!(Some(v.best_channel), first);
        }
    }
}

// ---------- family: monotonicity (others fixed) ----------

proptest! {
    #![proptest_config(strategies::cfg("model_props"))]

    #[test]
    fn more_followers_never_earns_less(s in valid_scenario(), extra in 0.0f64..5_000.0) {
        let ch = s.channel;
        let mut more = s.clone();
        more.person.followers = (s.person.followers + extra.round()).min(1e7);
        let (a, b) = (net(&s, ch), net(&more, ch));
        prop_assert!(b >= a - slack(a, b), "{} followers: {}, {}: {}", s.person.followers, a, more.person.followers, b);
        let (a, b) = (gross(&s, ch), gross(&more, ch));
        prop_assert!(b >= a - slack(a, b), "gross {} → {}", a, b);
    }

    /// MODEL.md §4.1: muting comes from exposure, so a higher commission (and with it a bigger
    /// rebate and conversion) never lowers gross earnings.
    #[test]
    fn higher_commission_never_earns_less(s in valid_scenario(), extra in 0.0f64..1.0) {
        let ch = s.channel;
        let mut more = s.clone();
        let c = more.params_mut(ch);
        c.commission_rate = (c.commission_rate + extra).min(1.0);
        let (a, b) = (gross(&s, ch), gross(&more, ch));
        prop_assert!(b >= a - slack(a, b), "{} → {}: gross {} → {}", s.params(ch).commission_rate, more.params(ch).commission_rate, a, b);
    }

    #[test]
    fn longer_attribution_never_earns_less(s in valid_scenario(), extra in 0.0f64..4000.0) {
        let ch = s.channel;
        let mut longer = s.clone();
        let c = longer.params_mut(ch);
        c.attribution_days = (c.attribution_days + extra).min(ATTRIBUTION_FOREVER_DAYS);
        let (a, b) = (net(&s, ch), net(&longer, ch));
        prop_assert!(b >= a - slack(a, b), "{} → {}", a, b);
    }
}

// ---------- family: conservation and bounds ----------

proptest! {
    #![proptest_config(strategies::cfg("model_props"))]

    #[test]
    fn zero_audience_earns_nothing(s in valid_scenario()) {
        let mut s = s;
        s.person.followers = 0.0;
        for ch in ChannelId::ALL {
            let c = s.params_mut(ch);
            c.audience_growth_per_week = 0.0;
            c.recruit_share_per_month = 0.0;
        }
        for p in project_all(&s) {
            let m = &p.summary;
            prop_assert_eq!(m.totals.orders, 0.0);
            prop_assert_eq!(m.totals.commission, 0.0);
            prop_assert_eq!(m.totals.overrides, 0.0);
            prop_assert_eq!(m.totals.visits_donated, 0.0);
            prop_assert_eq!(m.totals.followers_donated, 0.0);
            prop_assert!((m.totals.net - (m.totals.savings - m.totals.costs)).abs() <= slack(m.totals.net, m.totals.costs));
        }
    }

    #[test]
    fn cash_never_exceeds_accrued(s in valid_scenario()) {
        for p in project_all(&s) {
            let (mut net, mut cash) = (0.0, 0.0);
            for w in &p.weeks {
                net += w.net;
                cash += w.cash;
                prop_assert!(cash <= net + slack(net, cash), "week {}: cash {} > net {}", w.week, cash, net);
            }
            prop_assert!(p.summary.totals.pending() >= -slack(p.summary.totals.net, p.summary.totals.cash));
        }
    }

    #[test]
    fn donated_followers_within_audience(s in valid_scenario()) {
        for p in project_all(&s) {
            for w in &p.weeks {
                prop_assert!(w.followers_donated <= w.audience);
                prop_assert!(w.audience >= 0.0 && w.followers_donated >= 0.0);
                // MODEL.md §4.6: members of all levels together are people you can reach.
                let members: f64 = w.members.iter().sum();
                prop_assert!(w.members.iter().all(|m| *m >= 0.0));
                prop_assert!(members <= w.audience * (1.0 + 1e-12), "week {}: {} members, audience {}", w.week, members, w.audience);
            }
            prop_assert!((0.0..=1.0).contains(&p.summary.totals.audience_kept()));
        }
    }
}

// ---------- family: Monte Carlo ----------

proptest! {
    #![proptest_config(strategies::cfg("model_props"))]

    #[test]
    fn percentiles_are_ordered(s in realistic_scenario(), seed in any::<u64>()) {
        let s = few_draws(&Scenario { seed, ..s });
        let r = monte_carlo(&s);
        prop_assert_eq!(r.draws, 20);
        for b in mc_bands(&r) {
            prop_assert!(band_ordered(&b), "{:?}", b);
        }
    }

    #[test]
    fn same_seed_reproduces(s in realistic_scenario(), seed in any::<u64>()) {
        let s = few_draws(&Scenario { seed, ..s });
        prop_assert_eq!(monte_carlo(&s), monte_carlo(&s.clone()));
    }

    #[test]
    fn sliced_equals_one_shot(s in realistic_scenario(), slice in 1u32..25) {
        let s = few_draws(&s);
        let one = monte_carlo(&s);
        let mut mc = Bands::new(&s, None);
        while !mc.step(slice) {}
        prop_assert_eq!(mc.done_draws(), s.draws);
        prop_assert_eq!(mc.result(), one);
    }
}

// ---------- family: state (serde, validation) ----------

proptest! {
    #![proptest_config(strategies::cfg("model_props"))]

    #[test]
    fn set_rejects_invalid_and_leaves_scenario_unchanged(s in valid_scenario(), (f, v) in invalid_assignment()) {
        let mut t = s.clone();
        let err = t.set(f, v);
        prop_assert!(err.is_err(), "{} = {} accepted", f.key(), v);
        prop_assert_eq!(err.unwrap_err().field, f);
        prop_assert_eq!(t, s);
    }

    #[test]
    fn set_accepts_valid_values(s in valid_scenario(), f in prop::sample::select(varied_fields()), u in 0.0f64..=1.0) {
        let m = f.meta();
        let mut v = m.min + u * (m.max - m.min);
        if m.integer { v = v.round(); }
        let mut t = s.clone();
        if let Field::Channel(c, ChannelField::Coupon) = f { v = v.min(t.params(c).price); }
        if let Field::Channel(c, ChannelField::Price) = f { v = v.max(t.params(c).coupon); }
        prop_assert_eq!(t.set(f, v), Ok(()));
        prop_assert_eq!(t.get(f), v);
        prop_assert_eq!(t.validate(), Ok(()));
    }
}
