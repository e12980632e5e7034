//! How the page is shown, from its `?query`: embed mode, theme, title, the sections shown, a
//! fixed channel.
//!
//! An embed shows by default what an article needs ([`EMBED_DEFAULT`]: the reach, channel and
//! commission, the verdict with its first reason, the headline chart, and a link to the full
//! calculator); `sections=` adds more (`sections=summary,compare` or `sections=all`). `panels=`,
//! the older option, still shows exactly the panels it lists (its `inputs` with the presets,
//! 高级假设 and 试过再算, as it always did).

use super::query::split_pairs;

/// Keys of the view options: the state decoder skips them silently, so one string may hold both.
pub(super) const VIEW_KEYS: [&str; 6] = ["embed", "theme", "title", "panels", "sections", "lock"];

/// Colour theme of an embed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ThemeOpt {
    Light,
    Dark,
    /// Follow the reader's system setting.
    Auto,
}

impl ThemeOpt {
    pub const ALL: [ThemeOpt; 3] = [ThemeOpt::Light, ThemeOpt::Dark, ThemeOpt::Auto];

    /// `light` / `dark` / `auto`.
    pub fn key(self) -> &'static str {
        match self {
            ThemeOpt::Light => "light",
            ThemeOpt::Dark => "dark",
            ThemeOpt::Auto => "auto",
        }
    }

    /// Inverse of [`ThemeOpt::key`] (case-insensitive).
    pub fn from_key(s: &str) -> Option<Self> {
        let s = s.trim();
        ThemeOpt::ALL
            .into_iter()
            .find(|t| t.key().eq_ignore_ascii_case(s))
    }
}

/// A section of the page that an embed can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Panel {
    /// The first-screen inputs: reach, channel, commission.
    Inputs,
    /// 常见情况 (one tap each).
    Presets,
    /// 高级假设.
    Advanced,
    /// 试过再算.
    Trial,
    Verdict,
    Summary,
    Chart,
    Compare,
    Sensitivity,
    Entry,
    Math,
}

/// What an embed shows when its address names no section: what an article needs.
pub const EMBED_DEFAULT: [Panel; 3] = [Panel::Inputs, Panel::Verdict, Panel::Chart];

impl Panel {
    pub const ALL: [Panel; 11] = [
        Panel::Inputs,
        Panel::Presets,
        Panel::Advanced,
        Panel::Trial,
        Panel::Verdict,
        Panel::Summary,
        Panel::Chart,
        Panel::Compare,
        Panel::Sensitivity,
        Panel::Entry,
        Panel::Math,
    ];

    /// Whether the section belongs to the inputs column besides the first-screen fields (shown
    /// only with [`Panel::Inputs`]).
    pub fn is_input_part(self) -> bool {
        matches!(self, Panel::Presets | Panel::Advanced | Panel::Trial)
    }

    /// Stable ASCII key used in `panels=`.
    pub fn key(self) -> &'static str {
        match self {
            Panel::Inputs => "inputs",
            Panel::Presets => "presets",
            Panel::Advanced => "advanced",
            Panel::Trial => "trial",
            Panel::Verdict => "verdict",
            Panel::Summary => "summary",
            Panel::Chart => "chart",
            Panel::Compare => "compare",
            Panel::Sensitivity => "sensitivity",
            Panel::Entry => "entry",
            Panel::Math => "math",
        }
    }

    /// Inverse of [`Panel::key`] (case-insensitive).
    pub fn from_key(s: &str) -> Option<Self> {
        let s = s.trim();
        Panel::ALL
            .into_iter()
            .find(|p| p.key().eq_ignore_ascii_case(s))
    }
}

/// How the page is shown, from its `?query`: `embed=1`, `theme=dark|light|auto`, `title=0`,
/// `sections=summary,compare` (or `all`), `panels=verdict,chart`, `lock=1`. The default is the
/// normal page.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ViewOptions {
    /// Compact layout without header and footer; posts its height to the parent.
    pub embed: bool,
    /// Forced theme (`None`: the page's own choice).
    pub theme: Option<ThemeOpt>,
    /// Hide the page title.
    pub hide_title: bool,
    /// `panels=`: exactly these panels, in order, instead of [`EMBED_DEFAULT`] (`None`: the
    /// default). Never `Some(empty)` after decoding.
    pub panels: Option<Vec<Panel>>,
    /// `sections=`: shown besides the default (or the `panels=` list), in page order, no repeats.
    pub sections: Vec<Panel>,
    /// The reader cannot change the channel.
    pub lock_channel: bool,
}

impl ViewOptions {
    /// Whether the page shows section `p`: always outside embed mode; in an embed, the default
    /// sections (or exactly the `panels=` list) and those `sections=` adds. Presets, 高级假设
    /// and 试过再算 are parts of the inputs: shown only with them, and with them when an old
    /// `panels=` list names `inputs`.
    pub fn shows(&self, p: Panel) -> bool {
        if !self.embed {
            return true;
        }
        let base = |q: Panel| match &self.panels {
            Some(ps) => ps.contains(&q),
            None => EMBED_DEFAULT.contains(&q),
        };
        let listed = |q: Panel| base(q) || self.sections.contains(&q);
        if p.is_input_part() {
            let legacy = self
                .panels
                .as_ref()
                .is_some_and(|ps| ps.contains(&Panel::Inputs));
            listed(Panel::Inputs) && (legacy || self.sections.contains(&p))
        } else {
            listed(p)
        }
    }
}

fn flag_on(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "" | "1" | "true" | "yes" | "on"
    )
}

/// Read view options from a query (or hash; a leading `?`/`#` is fine). Unknown keys (including
/// the state keys of [`decode`](super::url::decode)) and unknown values are skipped; the first
/// occurrence of a key wins. `panels=` keeps known panels in order without repeats (none known:
/// the default); `sections=` keeps known sections in page order (`all`: every one).
pub fn decode_view(q: &str) -> ViewOptions {
    let (pairs, _) = split_pairs(q);
    let mut v = ViewOptions::default();
    let mut seen: Vec<&str> = Vec::new();
    for (k, val) in &pairs {
        let Some(key) = VIEW_KEYS.iter().find(|x| **x == k.as_str()) else {
            continue;
        };
        if seen.contains(key) {
            continue;
        }
        seen.push(key);
        match *key {
            "embed" => v.embed = flag_on(val),
            "theme" => v.theme = ThemeOpt::from_key(val),
            "title" => v.hide_title = !flag_on(val),
            "panels" => {
                let mut ps: Vec<Panel> = Vec::new();
                for p in val.split([',', ' ']).filter_map(Panel::from_key) {
                    if !ps.contains(&p) {
                        ps.push(p);
                    }
                }
                v.panels = if ps.is_empty() { None } else { Some(ps) };
            }
            "sections" => {
                // In page order; `all` is every section.
                let listed = |key: &str| {
                    val.split([',', ' '])
                        .any(|k| k.trim().eq_ignore_ascii_case(key))
                };
                let all = listed("all");
                v.sections = Panel::ALL
                    .into_iter()
                    .filter(|p| all || listed(p.key()))
                    .collect();
            }
            "lock" => v.lock_channel = flag_on(val),
            _ => {}
        }
    }
    v
}

/// Write view options as a query (without `?`); only what differs from the default. An empty
/// panel or section list is written as nothing.
pub fn encode_view(v: &ViewOptions) -> String {
    let mut parts: Vec<String> = Vec::new();
    if v.embed {
        parts.push("embed=1".into());
    }
    if let Some(t) = v.theme {
        parts.push(format!("theme={}", t.key()));
    }
    if v.hide_title {
        parts.push("title=0".into());
    }
    if let Some(ps) = v.panels.as_ref().filter(|p| !p.is_empty()) {
        let keys: Vec<&str> = ps.iter().map(|p| p.key()).collect();
        parts.push(format!("panels={}", keys.join(",")));
    }
    if !v.sections.is_empty() {
        let keys: Vec<&str> = v.sections.iter().map(|p| p.key()).collect();
        parts.push(format!("sections={}", keys.join(",")));
    }
    if v.lock_channel {
        parts.push("lock=1".into());
    }
    parts.join("&")
}
