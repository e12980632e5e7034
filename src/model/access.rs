//! Reading and writing a scenario by field ([`Field`]: the person's, a channel's, the trial's,
//! the goal; each kind's `get` and `slot` come with its table), and the checks a value passes
//! before it is written: range, whole number, and the rules across fields (coupon ≤ price; the
//! trial's orders, visits and commission agreeing).

use super::field::{Field, FieldError, FieldErrorKind};
use super::scenario::Scenario;

impl Scenario {
    /// Read any field (an empty optional field reads 0: see [`Scenario::value`]).
    pub fn get(&self, f: Field) -> f64 {
        match f {
            Field::Person(p) => p.get(&self.person),
            Field::Channel(ch, c) => c.get(self.params(ch)),
            Field::DiscountElasticity => self.discount_elasticity,
            Field::Draws => self.draws as f64,
            Field::Trial(_) | Field::Goal => self.value(f).unwrap_or(0.0),
        }
    }

    /// Read any field, `None` when an optional one is empty.
    pub fn value(&self, f: Field) -> Option<f64> {
        match f {
            Field::Trial(t) => t.get(&self.trial),
            Field::Goal => self.goal_monthly,
            _ => Some(self.get(f)),
        }
    }

    /// Empty an optional field (others keep their value).
    pub fn clear(&mut self, f: Field) {
        match f {
            Field::Trial(t) => *t.slot(&mut self.trial) = None,
            Field::Goal => self.goal_monthly = None,
            _ => {}
        }
    }

    /// Write any field without validation (used by the Monte Carlo and sensitivity code on
    /// values already clamped to the field's range).
    pub(crate) fn set_unchecked(&mut self, f: Field, v: f64) {
        match f {
            Field::Person(p) => *p.slot(&mut self.person) = v,
            Field::Channel(ch, c) => *c.slot(self.params_mut(ch)) = v,
            Field::DiscountElasticity => self.discount_elasticity = v,
            Field::Draws => self.draws = v as u32,
            Field::Trial(t) => *t.slot(&mut self.trial) = Some(v),
            Field::Goal => self.goal_monthly = Some(v),
        }
    }
}

impl Scenario {
    /// Check one value for one field on its own: finite, within `[min, max]`, whole when it must
    /// be (the rules across fields aside: [`Scenario::check`]).
    pub fn check_value(f: Field, v: f64) -> Result<(), FieldError> {
        let err = |kind| Err(FieldError { field: f, kind });
        if !v.is_finite() {
            return err(FieldErrorKind::NotFinite);
        }
        let m = f.meta();
        if v < m.min {
            return err(FieldErrorKind::BelowMin { min: m.min });
        }
        if v > m.max {
            return err(FieldErrorKind::AboveMax { max: m.max });
        }
        if m.integer && v.fract() != 0.0 {
            return err(FieldErrorKind::NotInteger);
        }
        Ok(())
    }

    /// Check one value for one field, in the context of this scenario: on its own, then against
    /// the rules across fields ([`Scenario::conflicts`]) as the scenario would be with it.
    pub fn check(&self, f: Field, v: f64) -> Result<(), FieldError> {
        Self::check_value(f, v)?;
        let err = |kind| Err(FieldError { field: f, kind });
        // The rules across fields, on the scenario as it would be (MODEL.md §3.2, §9).
        let mut next = self.clone();
        next.set_unchecked(f, v);
        match next.conflict_on(f) {
            Some(kind) => err(kind),
            None => Ok(()),
        }
    }

    /// Whether an optional field may be emptied: `Err` when that would break a rule across
    /// fields (commission kept with neither orders nor a visit).
    pub fn check_clear(&self, f: Field) -> Result<(), FieldError> {
        let mut next = self.clone();
        next.clear(f);
        match next.conflicts().first() {
            Some(e) => Err(FieldError {
                field: f,
                kind: e.kind,
            }),
            None => Ok(()),
        }
    }

    /// Set a field after checking it is finite, within `[min, max]`, whole when it must be, and
    /// consistent (coupon ≤ price). On error the scenario is left unchanged.
    pub fn set(&mut self, f: Field, v: f64) -> Result<(), FieldError> {
        self.check(f, v)?;
        self.set_unchecked(f, v);
        Ok(())
    }

    /// Check every field; all errors, in `Field::all()` order.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let errs: Vec<FieldError> = Field::all()
            .filter_map(|f| self.check(f, self.get(f)).err())
            .collect();
        if errs.is_empty() {
            Ok(())
        } else {
            Err(errs)
        }
    }
}
