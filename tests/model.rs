//! Native tests of the economics model: MODEL.md §8 worked checks, plausible magnitudes per
//! channel, the field API, Monte Carlo, sensitivity, verdict and presets.

use tuike_calc::model::*;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * (1.0 + b.abs())
}

// ---------- MODEL.md §8 worked checks ----------

/// §8 / article §1: price 49, coupon 10, commission ¥5, rebate 100% → pays ¥34, saves ¥15.
#[test]
fn worked_check_article_1_buyer_pays_34() {
    let mut c = ChannelParams::defaults(ChannelId::Taoke);
    assert_eq!((c.price, c.coupon), (49.0, 10.0));
    c.commission_rate = 5.0 / 39.0;
    c.rebate_share = 1.0;
    assert_eq!(c.paid(), 39.0);
    assert!(close(c.commission_per_order(), 5.0, 1e-12));
    assert!(close(c.buyer_cost(), 34.0, 1e-12));
    assert!(close(c.buyer_saving(), 15.0, 1e-12));
    // The default rate (12.8%) is the article's ¥5 rounded.
    let d = ChannelParams::defaults(ChannelId::Taoke);
    assert!(close(d.commission_per_order(), 5.0, 0.01));
    // The preset of the article's example reproduces it too.
    let p = presets()
        .into_iter()
        .find(|p| p.id == "article_taoke_34")
        .unwrap();
    assert!(close(
        p.scenario.params(ChannelId::Taoke).buyer_cost(),
        34.0,
        1e-12
    ));
}

/// §8 / article §4: 1,000 visits at 1% → 10 orders credited, 990 earn nothing, 1,000 donated.
#[test]
fn worked_check_article_4_thousand_visits_ten_orders() {
    let p = presets()
        .into_iter()
        .find(|p| p.id == "article_wxshop_1000")
        .unwrap();
    let s = p.scenario;
    assert_eq!(s.params(ChannelId::Wxshop).base_conversion, 0.01);
    let pr = project(&s, ChannelId::Wxshop);
    // The first forward (week 0: the ramping coupon is still 0, no past buyers yet).
    let w = pr.weeks[0];
    assert!(close(w.clicks, 1000.0, 1e-12));
    assert!(close(w.visits_donated, 1000.0, 1e-12));
    assert!(close(w.orders, 10.0, 1e-12), "orders {}", w.orders);
    // Commission is paid on the 10 orders only: 10 × ¥200 × 5%; the other 990 visits earn 0.
    let c = s.params(ChannelId::Wxshop);
    assert!(close(
        w.commission,
        10.0 * c.price * c.commission_rate,
        1e-12
    ));
    // Some of the 1,000 now follow the 达人: 3% of visitors + 30% of the 10 buyers.
    assert!(close(
        w.followers_donated,
        1000.0 * 0.03 + 10.0 * 0.3,
        1e-12
    ));
    // Over the year those followers spend more at the 达人 than you earn (article §4).
    assert!(
        pr.summary.totals.donation_ratio() > 1.0,
        "{}",
        pr.summary.totals.donation_ratio()
    );
}

/// §8 / article §2: with seller_share 10%, ≥ 90% of members' GMV is self-purchase (default
/// members' audiences, all equal).
#[test]
fn worked_check_article_2_self_purchase_dominates() {
    let s = Scenario {
        channel: ChannelId::Social,
        ..Scenario::default()
    };
    assert_eq!(s.params(ChannelId::Social).seller_share, 0.10);
    let sum = project(&s, ChannelId::Social).summary;
    assert!(sum.totals.member_gmv > 0.0);
    let share = sum.totals.member_self_purchase_gmv / sum.totals.member_gmv;
    assert!(share >= 0.9, "self-purchase share {share}");
    // And with a seller's funnel GMV equal to a member's self-purchase, exactly 1/(1+0.1).
    let mut t = s.clone();
    let c = t.params_mut(ChannelId::Social);
    c.coupon = 0.0;
    let weekly_sp = c.self_purchase_per_month / WEEKS_PER_MONTH;
    // member funnel GMV per week = followers × posts × reach × click × conv × price
    let funnel_per_follower = 5.0 * 0.25 * 0.03 * c.base_conversion * c.price;
    c.member_followers = weekly_sp / funnel_per_follower;
    let sum = project(&t, ChannelId::Social).summary;
    let share = sum.totals.member_self_purchase_gmv / sum.totals.member_gmv;
    assert!(close(share, 1.0 / 1.1, 1e-9), "share {share}");
}

/// §8: zero followers, zero recruits, zero growth → earns nothing, never NaN (every channel).
#[test]
fn worked_check_zero_audience_earns_nothing() {
    let mut s = Scenario::default();
    s.person.followers = 0.0;
    for ch in ChannelId::ALL {
        let c = s.params_mut(ch);
        c.recruit_share_per_month = 0.0;
        c.audience_growth_per_week = 0.0;
    }
    for p in project_all(&s) {
        let m = &p.summary;
        assert_eq!(m.totals.orders, 0.0, "{:?}", m.channel);
        assert_eq!(m.totals.commission, 0.0);
        assert_eq!(m.totals.overrides, 0.0);
        assert_eq!(m.totals.visits_donated, 0.0);
        // Only your own self-purchase saving (§4.6) and costs remain.
        assert!(close(
            m.totals.net,
            m.totals.savings - m.totals.costs,
            1e-12
        ));
        for w in &p.weeks {
            for v in [w.audience, w.net, w.cash, w.hours, w.followers_donated] {
                assert!(v.is_finite());
            }
        }
        assert!(m.totals.net_per_hour().is_finite() && m.totals.donation_ratio().is_finite());
    }
}

// ---------- plausible magnitudes of the defaults (800 followers, 52 weeks) ----------

fn default_summary(ch: ChannelId) -> Summary {
    project(&Scenario::default(), ch).summary
}

/// 淘宝客: ~30 clicks/week × ~4% × ¥4.5 net commission → a few hundred yuan a year, well
/// below ¥25/h (article §1/§4: "赚大钱不一定，但是赚小钱没问题").
#[test]
fn plausible_taoke() {
    let m = default_summary(ChannelId::Taoke);
    assert!(
        (100.0..1_000.0).contains(&m.totals.net),
        "net {}",
        m.totals.net
    );
    assert!(
        (2.0..25.0).contains(&m.totals.net_per_hour()),
        "{}",
        m.totals.net_per_hour()
    );
    assert!(
        m.totals.cash < m.totals.net,
        "35-day settlement leaves some pending"
    );
}

/// 社交电商: own sales + 自购 savings + overrides from ~20 members → one to five thousand
/// yuan a year, around the ¥25/h bar (article §2: the model works through self-purchase).
#[test]
fn plausible_social() {
    let m = default_summary(ChannelId::Social);
    assert!(
        (1_000.0..5_000.0).contains(&m.totals.net),
        "net {}",
        m.totals.net
    );
    assert!(
        (5.0..60.0).contains(&m.totals.net_per_hour()),
        "{}",
        m.totals.net_per_hour()
    );
    assert!(m.totals.overrides > 0.0 && m.totals.savings > 0.0);
    assert!(
        (5.0..60.0).contains(&m.totals.members),
        "members {}",
        m.totals.members
    );
}

/// 快团团: ~1 order/week × ¥11.8, fading 3%/month → several hundred to ~1,500 yuan; paid at
/// once (article §3: "资金立马到账"), so cash equals accrued.
#[test]
fn plausible_ktt() {
    let m = default_summary(ChannelId::Ktt);
    assert!(
        (300.0..2_000.0).contains(&m.totals.net),
        "net {}",
        m.totals.net
    );
    assert_eq!(m.totals.cash, m.totals.net);
    assert_eq!(m.totals.pending(), 0.0);
    assert!(m.totals.net_per_hour() < 25.0);
}

/// 微信小店推客: tens to low hundreds of yuan a year, way below ¥25/h; gives away more
/// than it earns (article §4: 1,000 visits → 10 orders; the visitors follow the 达人).
#[test]
fn plausible_wxshop() {
    let m = default_summary(ChannelId::Wxshop);
    assert!(
        (30.0..600.0).contains(&m.totals.net),
        "net {}",
        m.totals.net
    );
    assert!(
        m.totals.net_per_hour() < 15.0,
        "{}",
        m.totals.net_per_hour()
    );
    assert!(
        m.totals.donation_ratio() > 1.0,
        "ratio {}",
        m.totals.donation_ratio()
    );
    assert!(m.totals.visits_donated > 1_000.0 && m.totals.followers_donated > 10.0);
    assert!(m.totals.audience_kept() < 1.0);
}

/// 私域直播: ¥50/week of perks eat most of the commission at 800 friends → roughly −1,500 to
/// +2,000 yuan a year, a few yuan an hour (article §4: works with a big pool of promoters).
#[test]
fn plausible_private_live() {
    let m = default_summary(ChannelId::PrivateLive);
    assert!(
        (-1_500.0..2_000.0).contains(&m.totals.net),
        "net {}",
        m.totals.net
    );
    assert!(m.totals.net_per_hour() < 25.0);
    assert!(m.totals.costs > 2_000.0);
    assert_eq!(m.totals.visits_donated, 0.0);
}

/// 视频号达人: 10+ hours a week for a growing but small following → hundreds to a couple of
/// thousand yuan a year, a yuan or two an hour in year one (article §4 closing: it takes time).
#[test]
fn plausible_creator() {
    let m = default_summary(ChannelId::Creator);
    assert!(
        (200.0..3_000.0).contains(&m.totals.net),
        "net {}",
        m.totals.net
    );
    assert!(m.totals.hours > 500.0);
    assert!(m.totals.net_per_hour() < 10.0);
}

// ---------- verdict (§7) ----------

/// The default (800 friends, 微信小店) is 不建议 under MODEL.md §7 as revised on 2026-12-06:
/// ¥5.27 an hour now, ¥6.01 entering 26 weeks later — more, but far below the ¥25 time value, so
/// waiting does not pay either (the 2026-12-02 rule called this 慢半拍); the Monte Carlo does not
/// change it.
#[test]
fn default_verdict_is_not_advised_waiting_pays_less_than_hourly_value() {
    let s = Scenario::default();
    let d = decide(&s);
    let v = &d.verdict;
    assert_eq!(v.kind, VerdictKind::NotAdvised, "reasons {:?}", v.reasons);
    assert_eq!(v.channel, ChannelId::Wxshop);
    assert_ne!(v.best_channel, ChannelId::Wxshop);
    assert!(close(v.net_per_hour, 5.27, 0.01), "{}", v.net_per_hour);
    assert!(close(v.later_per_hour, 6.01, 0.01), "{}", v.later_per_hour);
    assert!(v.later_per_hour > v.net_per_hour && v.later_per_hour < v.hourly_value);
    assert_eq!(v.net_per_hour, d.chosen().summary.totals.net_per_hour());
    let has = |f: &dyn Fn(&Reason) -> bool| v.reasons.iter().any(f);
    assert!(matches!(v.reasons[0], Reason::Pay { range: None, .. }));
    assert!(has(
        &|r| matches!(r, Reason::DonationRatio { ratio, .. } if *ratio > 1.0)
    ));
    assert!(has(&|r| matches!(r, Reason::NoCentralSearch { .. })));
    assert!(has(&|r| matches!(
        r,
        Reason::Waiting {
            delay_weeks: 26,
            ..
        }
    )));
    assert!(has(&|r| matches!(r, Reason::BestChannel { .. })));
    // The Monte Carlo adds its range to the first reason and changes nothing else.
    let mc = monte_carlo(&Scenario {
        draws: 200,
        ..s.clone()
    });
    let with = v.with_monte_carlo(&mc);
    assert_eq!(with.kind, v.kind);
    assert_eq!(with.net_per_hour, v.net_per_hour);
    assert_eq!(with.reasons.len(), v.reasons.len());
    assert_eq!(with.reasons[1..], v.reasons[1..]);
    match with.reasons[0] {
        Reason::Pay {
            range: Some(r),
            net_per_hour,
            ..
        } => {
            assert_eq!(r.draws, 200);
            assert!(r.p10 <= r.p90);
            assert_eq!(net_per_hour, v.net_per_hour);
        }
        ref r => panic!("first reason {r:?}"),
    }
}

/// The 社交电商团长 default: ¥25.34 an hour against ¥25, so 值得入局, and it is the best
/// channel whichever channel is chosen.
#[test]
fn social_default_is_worth_and_best_everywhere() {
    let s = Scenario {
        channel: ChannelId::Social,
        ..Scenario::default()
    };
    let v = decide(&s).verdict;
    assert_eq!(v.kind, VerdictKind::Worth, "{:?}", v.reasons);
    assert!(close(v.net_per_hour, 25.34, 0.01), "{}", v.net_per_hour);
    for ch in ChannelId::ALL {
        let v = decide(&Scenario {
            channel: ch,
            ..s.clone()
        })
        .verdict;
        assert_eq!(v.best_channel, ChannelId::Social, "chosen {ch:?}");
    }
}

/// 微信小店推客 is not 慢半拍 whatever is entered: at 12,000 people it pays above the bar.
#[test]
fn wxshop_is_worth_when_it_pays() {
    let mut s = Scenario::default();
    s.person.followers = 12_000.0;
    let v = decide(&s).verdict;
    assert_eq!(v.kind, VerdictKind::Worth, "{:?}", v.reasons);
    s.person.followers = 9_999_999.0;
    assert_eq!(decide(&s).verdict.kind, VerdictKind::Worth);
}

#[test]
fn verdict_worth_when_it_pays() {
    let mut s = Scenario {
        channel: ChannelId::Taoke,
        ..Scenario::default()
    };
    s.person.followers = 20_000.0;
    s.person.hourly_value = 10.0;
    let v = decide(&s).verdict;
    assert_eq!(v.kind, VerdictKind::Worth, "{:?}", v.reasons);
    assert!(v
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::SavingsDriveTaoke { .. })));
    assert!(v
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::Compliance(Flag::OverFriendLimit { .. }))));
}

#[test]
fn verdict_compliance_flags() {
    let mut s = Scenario {
        channel: ChannelId::Social,
        ..Scenario::default()
    };
    s.params_mut(ChannelId::Social).levels = 3.0;
    s.params_mut(ChannelId::Social).entry_cost = 398.0;
    let f = project(&s, ChannelId::Social).summary.flags;
    assert!(f.contains(&Flag::ThreeLevels { levels: 3 }));
    assert!(f.contains(&Flag::EntryFeeWithOverrides { entry_cost: 398.0 }));
    let k = project(&s, ChannelId::Ktt).summary.flags;
    assert!(k.contains(&Flag::ProblemGoods { share: 0.05 }));
}

// ---------- model defects of issue 11 (MODEL.md §4.1, §4.6) ----------

/// §4.1: muting comes from exposure to problem goods, not from orders, so the case (私域直播,
/// 70 posts a week, reach 100%, click 50%, rebate 100%, bad goods 10%) earns more gross at 50%
/// commission than at 10% (it fell from ¥36,057 to ¥24,216 when orders muted).
#[test]
fn higher_commission_with_rebate_earns_more_gross() {
    let ch = ChannelId::PrivateLive;
    let mut s = Scenario {
        channel: ch,
        ..Scenario::default()
    };
    s.person.posts_per_week = 70.0;
    s.person.reach_rate = 1.0;
    s.person.click_rate = 0.5;
    s.params_mut(ch).rebate_share = 1.0;
    s.params_mut(ch).problem_share = 0.1;
    let gross = |cr: f64| {
        let mut t = s.clone();
        t.params_mut(ch).commission_rate = cr;
        let m = project(&t, ch).summary;
        m.totals.commission + m.totals.overrides + m.totals.savings
    };
    let (low, high) = (gross(0.10), gross(0.50));
    assert!(high > low, "10%: {low}, 50%: {high}");
}

/// §4.6: members of all levels together never exceed the audience (the 社交电商团长 with
/// 20%/month recruiting and 5 downline a month reached 28,522 members from 800 people).
#[test]
fn strong_recruiting_saturates_at_the_audience() {
    let ch = ChannelId::Social;
    let mut s = Scenario {
        channel: ch,
        ..Scenario::default()
    };
    s.params_mut(ch).recruit_share_per_month = 0.20;
    s.params_mut(ch).downline_recruits_per_month = 5.0;
    let p = project(&s, ch);
    for w in &p.weeks {
        let total: f64 = w.members.iter().sum();
        assert!(
            total <= w.audience + 1e-9,
            "week {}: {total} > {}",
            w.week,
            w.audience
        );
    }
    assert!(
        p.summary.totals.members <= 800.0,
        "{}",
        p.summary.totals.members
    );
    assert!(
        p.summary.totals.members > 700.0,
        "saturates: {}",
        p.summary.totals.members
    );
}

// ---------- dynamics ----------

#[test]
fn attribution_zero_forever_what_ifs() {
    let mut s = Scenario::default();
    let ch = ChannelId::Wxshop;
    let net_at = |s: &mut Scenario, d: f64| {
        s.params_mut(ch).attribution_days = d;
        project(s, ch).summary.totals.commission
    };
    let zero = net_at(&mut s, 0.0);
    let thirty = net_at(&mut s, 30.0);
    let forever = net_at(&mut s, ATTRIBUTION_FOREVER_DAYS);
    assert!(
        zero < thirty && thirty < forever,
        "{zero} {thirty} {forever}"
    );
}

#[test]
fn later_entry_starts_with_better_coupon() {
    let s = Scenario::default();
    let e = entry_comparison(&s, ChannelId::Wxshop);
    assert_eq!(e.delay_weeks, 26);
    assert_eq!(e.now.weeks.len(), e.later.weeks.len());
    assert!(e.later.weeks[..26]
        .iter()
        .all(|w| w.net == 0.0 && w.hours == 0.0));
    // Orders per click in the later entrant's first week beat the early entrant's first week.
    let conv = |w: &WeekRow| w.orders / w.clicks;
    assert!(conv(&e.later.weeks[26]) > 1.3 * conv(&e.now.weeks[0]));
    assert!(e.later.summary.totals.net_per_hour() > e.now.summary.totals.net_per_hour());
    // The later entrant has given away fewer followers.
    assert!(e.later.summary.totals.followers_donated < e.now.summary.totals.followers_donated);
}

#[test]
fn settlement_delay_accrued_cash_pending() {
    let s = Scenario::default();
    let p = project(&s, ChannelId::Taoke);
    // 35 days → cash arrives 5 weeks later.
    assert_eq!(p.weeks[4].cash, 0.0);
    assert!(close(p.weeks[5].cash, p.weeks[0].net, 1e-12));
    let m = p.summary;
    assert!(
        close(m.totals.pending(), m.totals.net - m.totals.cash, 1e-12) && m.totals.pending() > 0.0
    );
}

/// Article §3 "逐渐凋落": the −3%/month trend makes late weeks sell less than without it.
#[test]
fn ktt_declines() {
    let s = Scenario::default();
    let p = project(&s, ChannelId::Ktt);
    let mut flat = s.clone();
    flat.params_mut(ChannelId::Ktt).trend_per_month = 0.0;
    let f = project(&flat, ChannelId::Ktt);
    assert_eq!(p.weeks[0].orders, f.weeks[0].orders);
    let ratio = p.weeks[51].orders / f.weeks[51].orders;
    assert!(ratio < 0.9 && ratio > 0.6, "ratio {ratio}");
}

// ---------- field API ----------

#[test]
fn field_keys_round_trip_and_counts() {
    let all: Vec<Field> = Field::all().collect();
    assert_eq!(all.len(), 9 + 6 * 34 + 2);
    for f in &all {
        assert_eq!(Field::from_key(&f.key()), Some(*f), "{}", f.key());
    }
    assert_eq!(
        Field::Channel(ChannelId::Wxshop, ChannelField::Price).key(),
        "wxshop.price"
    );
    assert_eq!(
        Field::from_key("elasticity"),
        Some(Field::DiscountElasticity)
    );
    assert_eq!(Field::from_key("nope"), None);
    assert_eq!(Field::from_key("wxshop.nope"), None);
    for ch in ChannelId::ALL {
        assert_eq!(ChannelId::from_key(ch.key()), Some(ch));
        assert_eq!(ChannelId::ALL[ch.index()], ch);
        assert!(Field::for_channel(ch).all(|f| f.meta().applicable));
        assert!(!ch.name().zh.is_empty() && !ch.description().en.is_empty());
    }
    assert!(!Field::for_channel(ChannelId::Taoke)
        .any(|f| f == Field::Channel(ChannelId::Taoke, ChannelField::Levels)));
}

/// The field table is in the enums' order: each row's key is its variant's name in snake_case
/// (the struct field it stands for), and every key is used once.
#[test]
fn the_field_table_follows_the_enums() {
    fn snake(debug: &str) -> String {
        let mut out = String::new();
        for (i, c) in debug.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        }
        // OverrideRate1 → override_rate1 → override_rate_1
        let bytes: Vec<char> = out.chars().collect();
        let mut fixed = String::new();
        for (i, c) in bytes.iter().enumerate() {
            if c.is_ascii_digit() && i > 0 && bytes[i - 1] != '_' {
                fixed.push('_');
            }
            fixed.push(*c);
        }
        fixed
    }
    for f in PersonField::ALL {
        assert_eq!(f.key(), snake(&format!("{f:?}")));
    }
    for f in ChannelField::ALL {
        assert_eq!(f.key(), snake(&format!("{f:?}")));
    }
    let keys: std::collections::HashSet<String> = Field::all().map(|f| f.key()).collect();
    assert_eq!(keys.len(), Field::all().count());
}

#[test]
fn field_meta_is_consistent() {
    let s = Scenario::default();
    assert_eq!(s.validate(), Ok(()));
    for f in Field::all() {
        let m = f.meta();
        assert_eq!(m.default, s.get(f), "{}", f.key());
        assert!(
            m.min <= m.low && m.low <= m.default && m.default <= m.high && m.high <= m.max,
            "{}",
            f.key()
        );
        assert!(!m.label.zh.is_empty() && !m.label.en.is_empty());
        assert!(!m.source.note.zh.is_empty() && !m.source.note.en.is_empty());
        if !m.applicable {
            assert_eq!(m.default, 0.0, "{} not applicable but non-zero", f.key());
            assert_eq!(m.low, m.high);
        }
    }
}

#[test]
fn set_checks_and_reports_typed_errors() {
    let mut s = Scenario::default();
    let f = Field::Person(PersonField::ReachRate);
    assert_eq!(s.set(f, 0.3), Ok(()));
    assert_eq!(s.person.reach_rate, 0.3);
    let before = s.clone();
    let e = s.set(f, 1.5).unwrap_err();
    assert_eq!(e.kind, FieldErrorKind::AboveMax { max: 1.0 });
    assert_eq!(
        s.set(f, f64::NAN).unwrap_err().kind,
        FieldErrorKind::NotFinite
    );
    let h = Field::Person(PersonField::HorizonWeeks);
    assert_eq!(s.set(h, 10.5).unwrap_err().kind, FieldErrorKind::NotInteger);
    assert_eq!(
        s.set(h, 0.0).unwrap_err().kind,
        FieldErrorKind::BelowMin { min: 1.0 }
    );
    let coupon = Field::Channel(ChannelId::Taoke, ChannelField::Coupon);
    assert_eq!(
        s.set(coupon, 50.0).unwrap_err().kind,
        FieldErrorKind::CouponAbovePrice { price: 49.0 }
    );
    let price = Field::Channel(ChannelId::Taoke, ChannelField::Price);
    assert_eq!(
        s.set(price, 5.0).unwrap_err().kind,
        FieldErrorKind::PriceBelowCoupon { coupon: 10.0 }
    );
    assert_eq!(s, before);
    // validate() reports every bad field.
    let mut bad = Scenario::default();
    bad.person.click_rate = -1.0;
    bad.draws = 5;
    let errs = bad.validate().unwrap_err();
    assert_eq!(errs.len(), 2);
    assert_eq!(errs[0].field, Field::Person(PersonField::ClickRate));
    assert_eq!(errs[1].field, Field::Draws);
}

#[test]
fn presets_are_valid_and_cover_personas() {
    let ps = presets();
    assert!(ps.len() >= 8);
    for p in &ps {
        assert_eq!(p.scenario.validate(), Ok(()), "{}", p.id);
        assert!(!p.rationale.zh.is_empty() && !p.rationale.en.is_empty());
    }
    for id in ["mom_500", "office_1500", "group_leader_5000", "creator_10k"] {
        assert!(ps.iter().any(|p| p.id == id), "{id}");
    }
}

// ---------- Monte Carlo & sensitivity ----------

#[test]
fn monte_carlo_bands_are_ordered_and_reproducible() {
    let s = Scenario {
        draws: 300,
        ..Scenario::default()
    };
    let a = monte_carlo(&s);
    assert_eq!(a.draws, 300);
    assert_eq!(a.cum_net.len(), 52);
    for b in a
        .cum_net
        .iter()
        .chain([&a.net, &a.net_per_hour, &a.donation_ratio])
    {
        assert!(b.p10 <= b.p50 && b.p50 <= b.p90, "{b:?}");
    }
    assert!(a.net.p10 < a.net.p90, "ranges should spread the result");
    assert!((0.0..=1.0).contains(&a.p_net_positive));
    assert_eq!(monte_carlo(&s), a);
    let mut mc = Bands::new(&s, None);
    mc.step(1);
    assert_eq!(mc.done_draws(), 1);
    assert!(mc.result().net.p50.is_finite());
    while !mc.step(37) {}
    assert_eq!(mc.result(), a);
    // The percentile columns computed a few at a time (as the browser does) give the same result.
    let mut bands = Vec::new();
    let mut from = 0;
    while from < mc.band_columns() {
        mc.bands_into(from..from + 7, &mut bands);
        from += 7;
    }
    assert_eq!(bands.len(), mc.band_columns());
    assert_eq!(mc.result_from(bands), a);
    let other = monte_carlo(&Scenario {
        seed: 7,
        ..s.clone()
    });
    assert_ne!(other, a);
}

#[test]
fn tornado_sorted_and_break_even_meaningful() {
    let s = Scenario::default();
    let t = tornado(&s, ChannelId::Wxshop);
    assert!(!t.is_empty());
    for w in t.windows(2) {
        assert!(w[0].swing() >= w[1].swing());
    }
    for b in &t {
        assert!(b.low_value < b.high_value);
    }
    let be = break_even(&s, ChannelId::Wxshop);
    let followers = be
        .iter()
        .find(|b| b.field == Field::Person(PersonField::Followers))
        .unwrap();
    let v = followers.value.expect("enough followers make it pay");
    assert!(followers.needs_higher && v > 800.0);
    let mut t2 = s.clone();
    t2.person.followers = v;
    assert!(
        project(&t2, ChannelId::Wxshop)
            .summary
            .totals
            .net_per_hour()
            >= s.person.hourly_value - 1e-6
    );
    t2.person.followers = v - 1.0;
    assert!(
        project(&t2, ChannelId::Wxshop)
            .summary
            .totals
            .net_per_hour()
            < s.person.hourly_value
    );
}

// ---------- determinism ----------

/// Native and wasm agree bit for bit: `FINGERPRINT` was computed on x86_64 and equals the value
/// a wasm32 build gives in node (see `fingerprint.rs`).
#[test]
fn fingerprint_is_pinned() {
    assert_eq!(fingerprint(FINGERPRINT_SEED), FINGERPRINT);
}

/// MODEL.md §7 (2026-12-06): 慢半拍 only when entering 26 weeks later reaches the hourly value.
/// Between the reach where waiting first pays ¥25/小时 and the reach where entering now does,
/// 微信小店推客 is 慢半拍; below it 不建议 (the wait pays more per hour, but not enough).
#[test]
fn wait_only_when_waiting_reaches_the_hourly_value() {
    let at = |followers: f64| {
        let mut s = Scenario::default();
        s.person.followers = followers;
        decide(&s).verdict
    };
    let kinds: Vec<(f64, VerdictKind)> = (1..=150)
        .map(|k| k as f64 * 100.0)
        .map(|f| (f, at(f).kind))
        .collect();
    let first = |k: VerdictKind| kinds.iter().find(|(_, x)| *x == k).map(|(f, _)| *f);
    let (wait, worth) = (first(VerdictKind::Wait), first(VerdictKind::Worth));
    let (wait, worth) = (
        wait.expect("a 慢半拍 reach"),
        worth.expect("a 值得入局 reach"),
    );
    assert!(wait < worth, "慢半拍 from {wait}, 值得入局 from {worth}");
    // Below the first 慢半拍 reach, waiting pays more per hour but less than ¥25.
    let below = at(wait - 100.0);
    assert_eq!(below.kind, VerdictKind::NotAdvised);
    assert!(below.later_per_hour > below.net_per_hour && below.later_per_hour < 25.0);
    let w = at(wait);
    assert!(w.later_per_hour >= 25.0 && w.net_per_hour < 25.0, "{w:?}");
    // One person: ¥0.01/小时 later is no reason to wait.
    assert_eq!(at(1.0).kind, VerdictKind::NotAdvised);
}

/// On a horizon shorter than the 26-week wait the later entrant never starts: no now-against-
/// later reason (it said "少做了 26 周" inside a 3-week horizon), and never 慢半拍.
#[test]
fn no_waiting_reason_on_a_horizon_shorter_than_the_wait() {
    for h in [3.0, 26.0] {
        let mut s = Scenario::default();
        s.person.horizon_weeks = h;
        let v = decide(&s).verdict;
        assert!(
            !v.reasons
                .iter()
                .any(|r| matches!(r, Reason::Waiting { .. })),
            "{h}: {:?}",
            v.reasons
        );
        assert_ne!(v.kind, VerdictKind::Wait);
    }
    let mut s = Scenario::default();
    s.person.horizon_weeks = 27.0;
    let v = decide(&s).verdict;
    assert!(v
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::Waiting { .. })));
}
