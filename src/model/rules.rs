//! The rules across fields, in one place (MODEL.md §3.2: a coupon no higher than the price;
//! MODEL.md §9: orders no more than visits, commission only with an order or a visit). The page's
//! reducer, the link codec and the file codec all ask these, so whatever the page accepts a link
//! can carry, and a link reopens exactly what the page showed.

use super::channel::ChannelId;
use super::field::{Field, FieldError, FieldErrorKind};
use super::scenario::Scenario;
use super::table::{ChannelField, Trial, TrialField};

/// One rule between two fields, and what it says on each side.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Rule {
    /// A channel's coupon ≤ its price.
    CouponPrice(ChannelId),
    /// The trial's orders ≤ its visits (both given).
    OrdersVisits,
    /// Commission > 0 needs orders ≥ 1 when the orders are given.
    CommissionOrders,
    /// Commission > 0 without orders given needs at least one visit when visits are given.
    CommissionVisits,
}

impl Rule {
    /// Every rule of a scenario.
    fn all() -> impl Iterator<Item = Rule> {
        ChannelId::ALL.into_iter().map(Rule::CouponPrice).chain([
            Rule::OrdersVisits,
            Rule::CommissionOrders,
            Rule::CommissionVisits,
        ])
    }

    /// Its two fields: the one a codec drops first (the dependent one), then the other.
    fn fields(self) -> [Field; 2] {
        let t = Field::Trial;
        match self {
            Rule::CouponPrice(ch) => [
                Field::Channel(ch, ChannelField::Coupon),
                Field::Channel(ch, ChannelField::Price),
            ],
            Rule::OrdersVisits => [t(TrialField::Orders), t(TrialField::Clicks)],
            Rule::CommissionOrders => [t(TrialField::Commission), t(TrialField::Orders)],
            Rule::CommissionVisits => [t(TrialField::Commission), t(TrialField::Clicks)],
        }
    }

    /// What is wrong, said on field `f` (one of its two), when `s` breaks the rule.
    fn broken(self, s: &Scenario, f: Field) -> Option<FieldErrorKind> {
        let t = &s.trial;
        let side = f == self.fields()[0];
        match self {
            Rule::CouponPrice(ch) => {
                let p = s.params(ch);
                (p.coupon > p.price).then_some(if side {
                    FieldErrorKind::CouponAbovePrice { price: p.price }
                } else {
                    FieldErrorKind::PriceBelowCoupon { coupon: p.coupon }
                })
            }
            Rule::OrdersVisits => match (t.orders, t.clicks) {
                (Some(o), Some(k)) if o > k => Some(if side {
                    FieldErrorKind::OrdersAboveClicks { clicks: k }
                } else {
                    FieldErrorKind::ClicksBelowOrders { orders: o }
                }),
                _ => None,
            },
            Rule::CommissionOrders => match (t.commission, t.orders) {
                (Some(c), Some(o)) if c > 0.0 && o < 1.0 => Some(if side {
                    FieldErrorKind::CommissionWithoutOrders
                } else {
                    FieldErrorKind::NoOrdersWithCommission { commission: c }
                }),
                _ => None,
            },
            Rule::CommissionVisits => match (t.commission, t.orders, t.clicks) {
                (Some(c), None, Some(k)) if c > 0.0 && k < 1.0 => Some(if side {
                    FieldErrorKind::CommissionWithoutVisits
                } else {
                    FieldErrorKind::NoVisitsWithCommission { commission: c }
                }),
                _ => None,
            },
        }
    }
}

impl Scenario {
    /// Every rule across fields that the scenario breaks, each said on the field a codec
    /// drops (the coupon before the price; commission before orders before visits).
    pub fn conflicts(&self) -> Vec<FieldError> {
        Rule::all()
            .filter_map(|r| {
                let f = r.fields()[0];
                r.broken(self, f).map(|kind| FieldError { field: f, kind })
            })
            .collect()
    }

    /// The first rule across fields that `f` breaks in this scenario, said on `f`.
    pub(crate) fn conflict_on(&self, f: Field) -> Option<FieldErrorKind> {
        Rule::all()
            .filter(|r| r.fields().contains(&f))
            .find_map(|r| r.broken(self, f))
    }

    /// Make the scenario keep every rule across fields, as a codec must after reading values one
    /// by one: for each broken rule, the dependent field goes back to its value in `defaults`
    /// (a trial's result is left out), or the other one when it already is there; every field
    /// changed is reported, with what was wrong. `defaults` must keep the rules.
    pub(crate) fn settle(&mut self, defaults: &Scenario) -> Vec<FieldError> {
        let mut changed = Vec::new();
        while let Some((rule, kind)) = Rule::all().find_map(|r| {
            let f = r.fields()[0];
            r.broken(self, f).map(|k| (r, k))
        }) {
            let [first, other] = rule.fields();
            let f = if self.value(first) == defaults.value(first) {
                other
            } else {
                first
            };
            let kind = rule.broken(self, f).unwrap_or(kind);
            match defaults.value(f) {
                Some(v) => self.set_unchecked(f, v),
                None => self.clear(f),
            }
            changed.push(FieldError { field: f, kind });
            if changed.len() > 4 * Field::all().count() {
                break; // unreachable with consistent defaults
            }
        }
        // An empty trial has no channel (links and files leave it out, so a channel kept here
        // would not reopen): a file that names a trial channel and no result, or a rule above
        // that emptied the trial, leaves the empty trial's own.
        if self.trial.is_empty() {
            self.trial.channel = Trial::EMPTY.channel;
        }
        changed
    }
}
