//! The model's calendar: how weeks make a month, and the finite "forever" of an attribution
//! window.

/// Weeks per month (365.25 / 12 / 7 ≈ 4.345), MODEL.md §4.
pub const WEEKS_PER_MONTH: f64 = 4.345;
/// `attribution_days` at or above this means "forever" (永久锁定); stored finite, so files and
/// links carry it as a number.
pub const ATTRIBUTION_FOREVER_DAYS: f64 = 3650.0;
