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
