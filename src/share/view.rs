//! How the page is shown, from its `?query`: embed mode, theme, title, panels, a fixed channel.

use super::query::split_pairs;

/// Keys of the view options: the state decoder skips them silently, so one string may hold both.
pub(super) const VIEW_KEYS: [&str; 5] = ["embed", "theme", "title", "panels", "lock"];

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

/// A panel of the page that an embed can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Panel {
    Inputs,
    Verdict,
    Summary,
    Chart,
    Compare,
    Sensitivity,
    Entry,
    Math,
}

impl Panel {
    pub const ALL: [Panel; 8] = [
        Panel::Inputs,
        Panel::Verdict,
        Panel::Summary,
        Panel::Chart,
        Panel::Compare,
        Panel::Sensitivity,
        Panel::Entry,
        Panel::Math,
    ];

    /// Stable ASCII key used in `panels=`.
    pub fn key(self) -> &'static str {
        match self {
            Panel::Inputs => "inputs",
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
/// `panels=verdict,chart,compare`, `lock=1`. The default is the normal page.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ViewOptions {
    /// Compact layout without header and footer; posts its height to the parent.
    pub embed: bool,
    /// Forced theme (`None`: the page's own choice).
    pub theme: Option<ThemeOpt>,
    /// Hide the page title.
    pub hide_title: bool,
    /// Panels to show, in order (`None`: all). Never `Some(empty)` after decoding.
    pub panels: Option<Vec<Panel>>,
    /// The reader cannot change the channel.
    pub lock_channel: bool,
}

fn flag_on(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "" | "1" | "true" | "yes" | "on"
    )
}

/// Read view options from a query (or hash; a leading `?`/`#` is fine). Unknown keys (including
/// the state keys of [`decode`](super::url::decode)) and unknown values are skipped; the first occurrence of a key
/// wins. `panels=` keeps known panels in order without repeats; none known means all panels.
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
            "lock" => v.lock_channel = flag_on(val),
            _ => {}
        }
    }
    v
}

/// Write view options as a query (without `?`); only what differs from the default. An empty
/// panel list is written as nothing (all panels).
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
    if v.lock_channel {
        parts.push("lock=1".into());
    }
    parts.join("&")
}
