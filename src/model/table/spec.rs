//! What the field table says of a field, and the macro that declares a kind of field once.

use crate::lang::Label;

/// Unit of a field, for display.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unit {
    People,
    /// A fraction, shown as %.
    Fraction,
    Yuan,
    YuanPerHour,
    YuanPerWeek,
    YuanPerMonth,
    Weeks,
    Days,
    Minutes,
    Hours,
    HoursPerWeek,
    PerWeek,
    PerMonth,
    Count,
    Multiplier,
}

/// How well a default is founded (SOURCES.md: S / D / E).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SourceStatus {
    /// S: a quoted figure.
    Sourced,
    /// D: derived from sourced figures.
    Derived,
    /// E: an estimate.
    Estimate,
}

/// Where a default comes from, and the note that says so.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Source {
    pub status: SourceStatus,
    pub note: Label,
}

/// Topic group for the 高级假设 panel.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Group {
    Audience,
    Funnel,
    Money,
    Attribution,
    Donation,
    Maturity,
    Network,
    Costs,
    Time,
    Simulation,
    /// 试过再算: the person's own trial results and goal (optional; not in 高级假设).
    Trial,
}

/// What a field is, whatever the channel.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct FieldDef {
    /// snake_case key: the struct field's name (the trial's prefixed `trial.`), and the key in
    /// links and files.
    pub key: &'static str,
    pub label: Label,
    pub unit: Unit,
    /// Smallest valid value.
    pub min: f64,
    /// Largest valid value.
    pub max: f64,
    /// Must be a whole number.
    pub integer: bool,
    pub group: Group,
}

impl FieldDef {
    /// The same field, whole numbers only.
    pub(crate) const fn whole(self) -> FieldDef {
        FieldDef {
            integer: true,
            ..self
        }
    }
}

/// A field's default for one channel (or for the person), its uncertainty range around the
/// default (`None`: certain) and its source.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Spec {
    pub default: f64,
    pub range: Option<(f64, f64)>,
    pub source: Source,
    /// Whether the channel uses the field (MODEL.md §3.2: "–" cells are not applicable).
    pub applies: bool,
}

/// One row of the table: what the field is, and its spec — one [`Spec`], or one per channel
/// ([`Channels`](crate::model::channel::Channels)`<Spec>`).
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Row<S> {
    pub def: FieldDef,
    pub spec: S,
}

/// A field called `zh` / `en`, in `unit`, shown in `group`, valid from `min` to `max` (its key
/// comes from the declaration: [`fields!`]).
pub(crate) const fn def(
    zh: &'static str,
    en: &'static str,
    unit: Unit,
    group: Group,
    min: f64,
    max: f64,
) -> FieldDef {
    FieldDef {
        key: "",
        label: Label { zh, en },
        unit,
        min,
        max,
        integer: false,
        group,
    }
}

const fn source(status: SourceStatus, zh: &'static str, en: &'static str) -> Source {
    Source {
        status,
        note: Label { zh, en },
    }
}
/// Sourced: a quoted figure.
pub(crate) const fn s(zh: &'static str, en: &'static str) -> Source {
    source(SourceStatus::Sourced, zh, en)
}
/// Derived from sourced figures.
pub(crate) const fn d(zh: &'static str, en: &'static str) -> Source {
    source(SourceStatus::Derived, zh, en)
}
/// An estimate.
pub(crate) const fn e(zh: &'static str, en: &'static str) -> Source {
    source(SourceStatus::Estimate, zh, en)
}

/// A default with its uncertainty range `(low, high)`.
pub(crate) const fn spec(default: f64, range: (f64, f64), source: Source) -> Spec {
    Spec {
        default,
        range: Some(range),
        source,
        applies: true,
    }
}

/// A default that is certain.
pub(crate) const fn fixed(default: f64, source: Source) -> Spec {
    Spec {
        default,
        range: None,
        source,
        applies: true,
    }
}

/// The plain estimate.
pub(crate) const ESTIMATE: Source = e("估计", "estimate");
/// Not applicable to this channel.
pub(crate) const NA: Spec = Spec {
    applies: false,
    ..fixed(0.0, e("该渠道不适用", "not applicable to this channel"))
};
/// Applicable, but none by default on this channel.
pub(crate) const NONE: Spec = fixed(
    0.0,
    e("该渠道默认无此项", "none by default on this channel"),
);

/// Declares one kind of field once per field: the struct holding the values (each field with
/// its `///` line), the enum naming them with `ALL`, `get`/`slot` and `key`, and the table
/// rows — all from one list, so a field cannot be in one and missing from another. A field's
/// key is its struct field's name after the kind's prefix.
macro_rules! fields {
    (
        $(#[$struct_meta:meta])*
        pub struct $Struct:ident { $(pub $extra:ident: $Extra:ty = $extra_empty:expr,)* .. $Value:ty = $empty:expr }
        $(#[$enum_meta:meta])*
        pub enum $Enum:ident;
        $(#[$table_meta:meta])*
        pub static $TABLE:ident: [Row<$Spec:ty>], keys $prefix:literal;
        $(
            $(#[doc = $doc:literal])*
            $Variant:ident $field:ident: $def:expr => $spec:expr;
        )*
    ) => {
        $(#[$struct_meta])*
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct $Struct {
            $(pub $extra: $Extra,)*
            $($(#[doc = $doc])* pub $field: $Value,)*
        }

        impl $Struct {
            /// Every field empty: the base a default is written over.
            pub(crate) const EMPTY: $Struct = $Struct {
                $($extra: $extra_empty,)*
                $($field: $empty,)*
            };
        }

        $(#[$enum_meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        pub enum $Enum {
            $($(#[doc = $doc])* $Variant,)*
        }

        const LEN: usize = [$(stringify!($Variant)),*].len();

        impl $Enum {
            /// Every field, in the table's order.
            pub const ALL: [$Enum; LEN] = [$($Enum::$Variant),*];

            /// Its row of the field table.
            pub fn row(self) -> &'static $crate::model::table::Row<$Spec> {
                &$TABLE[self as usize]
            }

            /// Its key (the struct field's name, after the kind's prefix).
            pub fn key(self) -> &'static str {
                self.row().def.key
            }

            /// Read the value (through [`Self::slot`] on a copy: one match in the binary).
            pub fn get(self, v: &$Struct) -> $Value {
                let mut v = *v;
                *self.slot(&mut v)
            }

            /// The value's slot.
            pub fn slot(self, v: &mut $Struct) -> &mut $Value {
                match self {
                    $($Enum::$Variant => &mut v.$field,)*
                }
            }
        }

        $(#[$table_meta])*
        pub static $TABLE: [$crate::model::table::Row<$Spec>; LEN] = [$(
            $crate::model::table::Row {
                def: $crate::model::table::FieldDef {
                    key: concat!($prefix, stringify!($field)),
                    ..$def
                },
                spec: $spec,
            },
        )*];
    };
}
pub(crate) use fields;
