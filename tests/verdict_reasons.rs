//! The verdict's reasons (MODEL.md §7): when each one is given and the figures it quotes, from
//! the projections it is about. Written against the survivors of mutation testing
//! (TESTING.md): each condition is tried on both sides of its boundary, each figure against the
//! inputs it is computed from.

use tuike_calc::model::*;

fn on(ch: ChannelId) -> Scenario {
    Scenario {
        channel: ch,
        ..Scenario::default()
    }
}

fn reasons(s: &Scenario) -> Vec<Reason> {
    decide(s).verdict.reasons
}

fn donation(s: &Scenario) -> Option<Reason> {
    reasons(s)
        .into_iter()
        .find(|r| matches!(r, Reason::DonationRatio { .. }))
}

/// §7.2 the donation ratio: said when the person sends visits to a streamer's room or friends
/// follow the streamer — either is enough — and never when neither happens.
#[test]
fn the_donation_ratio_is_said_when_visits_or_followers_go_to_the_streamer() {
    // 微信小店推客 with friends who never follow the streamer: visits, no followers.
    let mut s = on(ChannelId::Wxshop);
    let c = s.params_mut(ChannelId::Wxshop);
    (c.follow_away_rate, c.buyer_follow_rate) = (0.0, 0.0);
    let sm = decide(&s).chosen().summary.totals;
    assert!(
        sm.visits_donated > 0.0 && sm.followers_donated == 0.0,
        "{sm:?}"
    );
    match donation(&s) {
        Some(Reason::DonationRatio {
            ratio,
            donated_followers,
            visits,
            donated_gmv,
        }) => {
            assert_eq!(ratio.to_bits(), sm.donation_ratio().to_bits());
            assert_eq!(donated_followers, 0.0);
            assert_eq!(visits.to_bits(), sm.visits_donated.to_bits());
            assert_eq!(donated_gmv.to_bits(), sm.donated_gmv.to_bits());
        }
        r => panic!("visits donated without followers: {r:?}"),
    }
    // The defaults: both.
    let s = on(ChannelId::Wxshop);
    let sm = decide(&s).chosen().summary.totals;
    assert!(
        sm.visits_donated > 0.0 && sm.followers_donated > 0.0,
        "{sm:?}"
    );
    assert!(donation(&s).is_some());
    // 淘宝客 sends nobody to a live room: no ratio to speak of.
    for ch in [ChannelId::Taoke, ChannelId::Social, ChannelId::Creator] {
        let s = on(ch);
        let sm = decide(&s).chosen().summary.totals;
        assert_eq!(
            (sm.visits_donated, sm.followers_donated),
            (0.0, 0.0),
            "{ch:?}"
        );
        assert_eq!(donation(&s), None, "{ch:?}");
    }
}

/// Article §4 (no central search): the coupon a mature 微信小店 would give, `mature_coupon_share`
/// of the price, said only when it is more than today's coupon.
#[test]
fn no_central_search_quotes_the_mature_coupon_when_it_beats_todays() {
    let ch = ChannelId::Wxshop;
    let said = |share: f64, price: f64, coupon: f64| {
        let mut s = on(ch);
        let c = s.params_mut(ch);
        (c.mature_coupon_share, c.price, c.coupon) = (share, price, coupon);
        reasons(&s).into_iter().find_map(|r| match r {
            Reason::NoCentralSearch {
                coupon_now,
                mature_coupon,
                maturity_weeks,
            } => Some((coupon_now, mature_coupon, maturity_weeks)),
            _ => None,
        })
    };
    let weeks = on(ch).params(ch).maturity_weeks;
    // 25% of ¥40 = ¥10 at maturity against ¥4 today.
    assert_eq!(said(0.25, 40.0, 4.0), Some((4.0, 10.0, weeks)));
    // Exactly today's coupon: nothing to wait for.
    assert_eq!(said(0.25, 40.0, 10.0), None);
    assert_eq!(said(0.25, 40.0, 12.0), None);
}

/// Article §1: 淘宝客's buyer saves the coupon and the rebate; said with its share of the price,
/// and not for a free item (no price to take a share of).
#[test]
fn taoke_quotes_the_buyers_saving_and_its_share_of_the_price() {
    let ch = ChannelId::Taoke;
    let mut s = on(ch);
    let c = s.params_mut(ch);
    (c.price, c.coupon) = (80.0, 20.0);
    let saving = s.params(ch).buyer_saving();
    assert!(saving >= 20.0, "{saving}");
    let found = reasons(&s).into_iter().find_map(|r| match r {
        Reason::SavingsDriveTaoke {
            saving,
            saving_share,
        } => Some((saving, saving_share)),
        _ => None,
    });
    assert_eq!(found, Some((saving, saving / 80.0)));
    let mut free = on(ch);
    let c = free.params_mut(ch);
    (c.price, c.coupon) = (0.0, 0.0);
    assert!(!reasons(&free)
        .iter()
        .any(|r| matches!(r, Reason::SavingsDriveTaoke { .. })));
}

/// Article §2: a 社交电商团长's members buy for themselves; said with the self-purchase share of
/// the members' spending.
#[test]
fn social_quotes_the_self_purchase_share() {
    let s = on(ChannelId::Social);
    let sm = decide(&s).chosen().summary.totals;
    assert!(sm.member_gmv > 0.0, "{sm:?}");
    let found = reasons(&s).into_iter().find_map(|r| match r {
        Reason::SelfPurchaseDominates {
            self_share,
            overrides,
        } => Some((self_share, overrides)),
        _ => None,
    });
    assert_eq!(
        found,
        Some((sm.member_self_purchase_gmv / sm.member_gmv, sm.overrides))
    );
}

fn reason_like(s: &Scenario, pick: fn(&Reason) -> bool) -> Option<Reason> {
    reasons(s).into_iter().find(pick)
}

/// §7.3 the best channel is named with its own ¥/小时, not another channel's.
#[test]
fn the_best_channel_is_quoted_with_its_own_figure() {
    let s = on(ChannelId::Wxshop);
    let d = decide(&s);
    match reason_like(&s, |r| matches!(r, Reason::BestChannel { .. })) {
        Some(Reason::BestChannel {
            channel,
            net_per_hour,
        }) => {
            assert_ne!(channel, s.channel);
            let own = d
                .all
                .iter()
                .find(|p| p.summary.channel == channel)
                .unwrap()
                .summary
                .totals
                .net_per_hour();
            assert_eq!(net_per_hour.to_bits(), own.to_bits());
        }
        r => panic!("no best channel named on 微信小店推客: {r:?}"),
    }
}

/// Article §3: 快团团 declining or selling bad goods is said when either is so, with the
/// person's figures, and not when neither is.
#[test]
fn ktt_declining_is_said_when_it_declines_or_sells_bad_goods() {
    for (trend, problem, said) in [
        (-0.02, 0.0, true),
        (0.0, 0.05, true),
        (-0.02, 0.05, true),
        (0.0, 0.0, false),
        (0.02, 0.0, false),
    ] {
        let mut s = on(ChannelId::Ktt);
        let c = s.params_mut(ChannelId::Ktt);
        (c.trend_per_month, c.problem_share) = (trend, problem);
        let r = reason_like(&s, |r| matches!(r, Reason::KttDeclining { .. }));
        match r {
            Some(Reason::KttDeclining {
                trend_per_month,
                problem_share,
            }) if said => assert_eq!((trend_per_month, problem_share), (trend, problem)),
            None if !said => {}
            r => panic!("trend {trend}, problem share {problem}: {r:?}"),
        }
    }
}

/// Article §4: a private live room's fixed costs are said when there are any, with the
/// projection's total costs.
#[test]
fn own_room_costs_are_said_when_there_are_any() {
    for fixed in [0.0, 50.0] {
        let mut s = on(ChannelId::PrivateLive);
        s.params_mut(ChannelId::PrivateLive).fixed_cost_per_week = fixed;
        let costs = decide(&s).chosen().summary.totals.costs;
        match reason_like(&s, |r| matches!(r, Reason::OwnRoomCosts { .. })) {
            Some(Reason::OwnRoomCosts {
                fixed_cost_per_week,
                costs: c,
            }) if fixed > 0.0 => {
                assert_eq!(fixed_cost_per_week, fixed);
                assert_eq!(c.to_bits(), costs.to_bits());
            }
            None if fixed == 0.0 => {}
            r => panic!("fixed cost {fixed}: {r:?}"),
        }
    }
}

/// Article §4, closing: content takes time — hours per posting week and followers gained over
/// the weeks the person posts (the horizon after any entry delay).
#[test]
fn content_takes_time_per_posting_week() {
    for (delay, active) in [(0.0, 52.0), (10.0, 42.0)] {
        let mut s = on(ChannelId::Creator);
        s.person.entry_delay_weeks = delay;
        let t = decide(&s).chosen().summary.totals;
        let growth = s.params(ChannelId::Creator).audience_growth_per_week;
        match reason_like(&s, |r| matches!(r, Reason::ContentTakesTime { .. })) {
            Some(Reason::ContentTakesTime {
                hours_per_week,
                followers_gained,
            }) => {
                assert!((hours_per_week - t.hours / active).abs() < 1e-9, "{delay}");
                assert!((followers_gained - growth * active).abs() < 1e-9, "{delay}");
            }
            r => panic!("delay {delay}: {r:?}"),
        }
    }
}

/// §7.5 the lock-in what-if: on 微信小店 with repeat purchases and a window shorter than
/// forever, the net now against the net with every later order locked to the person.
#[test]
fn the_lock_in_what_if_is_said_only_where_it_can_differ() {
    let s = on(ChannelId::Wxshop);
    let net = decide(&s).chosen().summary.totals.net;
    match reason_like(&s, |r| matches!(r, Reason::LockInWhatIf { .. })) {
        Some(Reason::LockInWhatIf {
            attribution_days,
            net_now,
            net_locked,
        }) => {
            assert_eq!(
                attribution_days,
                s.params(ChannelId::Wxshop).attribution_days
            );
            assert_eq!(net_now.to_bits(), net.to_bits());
            let mut locked = s.clone();
            locked.params_mut(ChannelId::Wxshop).attribution_days = ATTRIBUTION_FOREVER_DAYS;
            let want = decide(&locked).chosen().summary.totals.net;
            assert_eq!(net_locked.to_bits(), want.to_bits());
            assert!(net_locked > net_now);
        }
        r => panic!("no lock-in what-if at the defaults: {r:?}"),
    }
    let none = |s: &Scenario| reason_like(s, |r| matches!(r, Reason::LockInWhatIf { .. }));
    let mut forever = s.clone();
    forever.params_mut(ChannelId::Wxshop).attribution_days = ATTRIBUTION_FOREVER_DAYS;
    assert_eq!(none(&forever), None);
    let mut no_repeat = s.clone();
    no_repeat.params_mut(ChannelId::Wxshop).repeat_per_month = 0.0;
    assert_eq!(none(&no_repeat), None);
    assert_eq!(none(&on(ChannelId::Taoke)), None);
}

/// Article §2's self-purchase share is said only when members spend at all: a group leader who
/// recruits nobody has no members' spending to divide (and no 0/0 share).
#[test]
fn no_self_purchase_share_without_members() {
    let mut s = on(ChannelId::Social);
    s.params_mut(ChannelId::Social).recruit_share_per_month = 0.0;
    assert_eq!(decide(&s).chosen().summary.totals.member_gmv, 0.0);
    assert_eq!(
        reason_like(&s, |r| matches!(r, Reason::SelfPurchaseDominates { .. })),
        None
    );
}
