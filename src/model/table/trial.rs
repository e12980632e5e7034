//! 试过再算 (MODEL.md §9): what the person saw in the weeks they already tried one channel, read
//! from the affiliate backend, and 要达到多少's goal. All optional (empty: not given); the weeks
//! are needed for the rest to count. Trials longer than two years are not what this is for.

use super::spec::{def, e, fields, fixed, s, FieldDef, Row, Spec};
use super::spec::{Group::Trial as TrialGroup, Unit::*};
use crate::model::channel::ChannelId;

/// The person's own data.
const OWN: Spec = fixed(
    0.0,
    s(
        "你自己的数据（推客后台）",
        "your own data (the affiliate backend)",
    ),
);

fields! {
    /// What the person saw in the weeks they already tried one channel (all optional).
    pub struct Trial { pub channel: ChannelId = ChannelId::Wxshop, .. Option<f64> = None }
    /// One result of the trial.
    pub enum TrialField;
    /// The trial's fields, in `TrialField::ALL` order.
    pub static TRIAL: [Row<Spec>], keys "trial.";

    /// Weeks tried (needed for the rest to count).
    Weeks weeks: def("试了几周", "Weeks tried", Weeks, TrialGroup, 1.0, 104.0).whole() => OWN;
    /// Posts made in all (empty: as planned, posts per week × weeks).
    Posts posts: def("一共转发了几次", "Posts made in all", Count, TrialGroup, 0.0, 5000.0).whole() => OWN;
    /// Visits or clicks in all.
    Clicks clicks: def(
        "访问或点击（可不填）",
        "Visits or clicks (optional)",
        Count, TrialGroup, 0.0, 10000000.0,
    ).whole() => OWN;
    /// Orders in all.
    Orders orders: def("成交单数", "Orders", Count, TrialGroup, 0.0, 1000000.0).whole() => OWN;
    /// Commission received in all, yuan.
    Commission commission: def(
        "收到的佣金（可不填）",
        "Commission received (optional)",
        Yuan, TrialGroup, 0.0, 10000000.0,
    ) => OWN;
}

/// 要达到多少: a monthly net to aim for (optional; empty: aim for your hourly value).
pub static GOAL: Row<Spec> = Row {
    def: FieldDef {
        key: "goal_monthly",
        ..def(
            "目标月入（可不填）",
            "Monthly net to aim for (optional)",
            YuanPerMonth,
            TrialGroup,
            0.0,
            10000000.0,
        )
    },
    spec: fixed(0.0, e("你的目标", "your goal")),
};
