//! What one run gives: a week's row, and what the weeks add up to.

/// Total hours below this (one minute) count as this many hours in "net per hour" (keeps it
/// finite when no time is spent).
pub const MIN_HOURS: f64 = 1.0 / 60.0;

/// One week of one channel. Flows are per week, except `audience`, `followers_donated` and
/// `members`, which are stocks at the end of the week, and the `cum_…` running totals.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct WeekRow {
    pub week: u32,
    /// People still in your audience (stock, end of week).
    pub audience: f64,
    pub impressions: f64,
    pub clicks: f64,
    /// New + credited repeat orders.
    pub orders: f64,
    pub gmv: f64,
    pub commission: f64,
    pub overrides: f64,
    /// Commission on your own self-purchase (自购省钱).
    pub savings: f64,
    pub costs: f64,
    /// Accrued net: commission + overrides + savings − costs.
    pub net: f64,
    /// Cash received this week (settled income − costs).
    pub cash: f64,
    pub hours: f64,
    /// Clicks sent to the 达人's room (article §4's "1000个流量").
    pub visits_donated: f64,
    /// Followers given to the 达人 so far (stock D).
    pub followers_donated: f64,
    /// GMV donated followers spend at the 达人 without you this week.
    pub donated_gmv: f64,
    /// Network members by level (stock).
    pub members: [f64; 4],
    /// Accrued net from week 0 through this week.
    pub cum_net: f64,
    /// Visits donated from week 0 through this week.
    pub cum_visits_donated: f64,
    /// Commission-equivalent of the donated GMV (donated GMV × commission rate) from week 0
    /// through this week: what the donated traffic earns the 达人 that you are never paid for.
    pub cum_donated_commission: f64,
}

/// Columns of the weekly table ([`WeekRow::columns`]).
pub const WEEK_COLUMNS: usize = 16;

impl WeekRow {
    /// The weekly table's columns (the CSV export's, in its order): the week numbered from 1 as
    /// on the page, then audience, impressions, clicks, orders, GMV, commission, overrides,
    /// savings, costs, net, cash, hours, visits and followers donated, donated GMV.
    pub fn columns(&self) -> [f64; WEEK_COLUMNS] {
        [
            self.week as f64 + 1.0,
            self.audience,
            self.impressions,
            self.clicks,
            self.orders,
            self.gmv,
            self.commission,
            self.overrides,
            self.savings,
            self.costs,
            self.net,
            self.cash,
            self.hours,
            self.visits_donated,
            self.followers_donated,
            self.donated_gmv,
        ]
    }
}

/// What a run adds up over the weeks it reports (the flows, week by week with `+= &row`) and
/// the stocks at their end: a projection's summary figures (MODEL.md §5), a draw's, a trial's.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    /// Accrued net (commission + overrides + savings − costs), yuan.
    pub net: f64,
    /// Net cash received by the end, yuan.
    pub cash: f64,
    pub hours: f64,
    pub clicks: f64,
    pub orders: f64,
    pub gmv: f64,
    pub commission: f64,
    pub overrides: f64,
    pub savings: f64,
    pub costs: f64,
    pub visits_donated: f64,
    /// Followers donated at the end (stock).
    pub followers_donated: f64,
    pub donated_gmv: f64,
    /// Commission-equivalent of the donated GMV: `donated_gmv × commission_rate`.
    pub donated_commission: f64,
    /// The audience at the end (stock).
    pub audience_end: f64,
    /// Of which still reachable (donated followers who bypass you are not).
    pub addressable_end: f64,
    /// Everyone who was ever in the audience.
    pub ever_audience: f64,
    /// First week (0-based) at which cumulative net is positive.
    pub payback_week: Option<u32>,
    /// Network GMV of all members (self-purchase + sales), yuan.
    pub member_gmv: f64,
    /// Of which members' self-purchase, yuan.
    pub member_self_purchase_gmv: f64,
    /// Members at the end (all levels).
    pub members: f64,
}

impl std::ops::AddAssign<&WeekRow> for Totals {
    /// Add one week's flows (the stocks are set once, at the end of the run).
    fn add_assign(&mut self, row: &WeekRow) {
        self.net += row.net;
        self.cash += row.cash;
        self.hours += row.hours;
        self.clicks += row.clicks;
        self.orders += row.orders;
        self.gmv += row.gmv;
        self.commission += row.commission;
        self.overrides += row.overrides;
        self.savings += row.savings;
        self.costs += row.costs;
        self.visits_donated += row.visits_donated;
        self.donated_gmv += row.donated_gmv;
    }
}

impl Totals {
    /// Accrued but not yet paid at the end (`net − cash`), yuan.
    pub fn pending(&self) -> f64 {
        self.net - self.cash
    }

    /// "每赚1元，送出X元" (§5), finite always: earnings below one fen count as one fen.
    pub fn donation_ratio(&self) -> f64 {
        if self.donated_commission <= 0.0 {
            0.0
        } else {
            self.donated_commission / self.commission.max(0.01)
        }
    }

    /// Net per hour, yuan/hour; less than [`MIN_HOURS`] in total counts as `MIN_HOURS`.
    pub fn net_per_hour(&self) -> f64 {
        self.net / self.hours.max(MIN_HOURS)
    }

    /// Fraction of everyone ever in the audience you can still reach (1 when nobody ever was).
    pub fn audience_kept(&self) -> f64 {
        if self.ever_audience <= 0.0 {
            1.0
        } else {
            (self.addressable_end / self.ever_audience).clamp(0.0, 1.0)
        }
    }
}

/// What one run gives: the totals of the horizon's weeks (the forecast) and of the trial's
/// weeks before them (history, MODEL.md §9; all zero without a trial).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Run {
    pub forward: Totals,
    pub history: Totals,
}
