//! The URL state codec (the `#hash` that reproduces a scenario), the embed view options (the
//! `?query`) and the iframe snippets for hosts.
//!
//! State: `v=1&lang=zh&ch=wxshop&seed=7&followers=12000&wxshop.commission_rate=0.06` — the schema
//! version first, then language, channel and Monte Carlo seed, then only the fields that differ
//! from [`Scenario::default`], keyed by [`Field::key`]. Numbers are written as the shortest plain
//! decimal that parses back to the identical `f64`, so a link reproduces the numbers and charts
//! exactly (older links with exponents, `followers=3e3`, still decode).
//!
//! # Height protocol (self-sizing embeds)
//!
//! In embed mode the calculator page posts its document height to its parent window on every
//! layout change, with `window.parent.postMessage(msg, "*")` where `msg` is the plain object
//!
//! ```text
//! { type: "tuike-calc:height", version: 1, height: <CSS pixels, a number> }
//! ```
//!
//! The height is not secret, so it is posted to any parent; the page listens to no message that
//! could change its state. The host page must accept the message only when `event.origin` is the
//! calculator's origin, `event.source` is that iframe's `contentWindow`, and the data is exactly
//! this object shape (`type` equal to [`HEIGHT_MESSAGE_TYPE`], `version` equal to
//! [`HEIGHT_MESSAGE_VERSION`], a finite numeric `height`); it then sets the iframe's height,
//! clamped to 200–20,000 px. [`iframe_snippet`] with `height: None` writes such a host snippet,
//! which also loads the iframe only when it comes near the viewport (IntersectionObserver with a
//! 600 px root margin; immediately where IntersectionObserver is missing).

use super::{channel_from_str, migrate_key, Builder, SHARE_VERSION};
pub use super::{IgnoreReason, Ignored};
use crate::i18n::lang::Lang;
use crate::model::{Field, Scenario};

/// `type` of the height message an embedded page posts to its parent.
pub const HEIGHT_MESSAGE_TYPE: &str = "tuike-calc:height";
/// `version` of the height message.
pub const HEIGHT_MESSAGE_VERSION: u32 = 1;
/// Smallest height a host snippet gives the iframe, px.
pub const MIN_EMBED_HEIGHT: u32 = 200;
/// Largest height a host snippet gives the iframe, px.
pub const MAX_EMBED_HEIGHT: u32 = 20_000;
/// The decoder reads at most this many bytes of a link (a full scenario with every field
/// changed needs ~13 KB); the rest is reported as [`IgnoreReason::TooLong`].
pub const MAX_QUERY_LEN: usize = 32 * 1024;
/// The decoder reads at most this many `key=value` parameters.
pub const MAX_PARAMS: usize = 400;
/// Longest single value the decoder reads (shortest round-trip numbers need ≤ 24 characters).
pub const MAX_VALUE_LEN: usize = 64;
/// The page title used in iframe snippets.
pub const EMBED_TITLE: &str = "推客值不值？";

/// Keys of the view options: the state decoder skips them silently, so one string may hold both.
const VIEW_KEYS: [&str; 5] = ["embed", "theme", "title", "panels", "lock"];

/// The result of [`decode`]: always a valid scenario, plus what was not used.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The scenario: every field from the link, or its default where the link's value was bad.
    pub scenario: Scenario,
    /// The language of the link, when it names one.
    pub lang: Option<Lang>,
    /// Every value not used, in the order met (then the inconsistent ones).
    pub ignored: Vec<Ignored>,
    /// The link's schema version (1 when it has no `v`).
    pub version: u32,
}

/// The shortest plain decimal that parses back to exactly `v` (`3000`, `0.06`; never `3e3`:
/// people read and edit links). Links written with exponents still decode.
pub fn format_number(v: f64) -> String {
    format!("{v}")
}

/// Strict decimal number: `-?digits[.digits][e[+-]digits]` (no `NaN`, `inf`, hex or spaces
/// inside). Non-finite results (`1e400`) come back as `Ok(inf)` for the range check to report.
pub fn parse_number(s: &str) -> Result<f64, IgnoreReason> {
    let s = s.trim();
    if s.len() > MAX_VALUE_LEN {
        return Err(IgnoreReason::TooLong);
    }
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
        i += 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - int_start;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let f = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        digits += i - f;
    }
    if digits == 0 {
        return Err(IgnoreReason::NotANumber);
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        let e = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == e {
            return Err(IgnoreReason::NotANumber);
        }
    }
    if i != b.len() {
        return Err(IgnoreReason::NotANumber);
    }
    s.parse::<f64>().map_err(|_| IgnoreReason::NotANumber)
}

fn parse_uint(s: &str) -> Option<u64> {
    let s = s.trim();
    if s.is_empty() || s.len() > 20 || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Percent-encode everything but unreserved characters (`A–Z a–z 0–9 - . _ ~`) and `,`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(c as char);
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

/// Percent-decode (`+` is a space; a `%` not followed by two hex digits stays as it is; invalid
/// UTF-8 becomes U+FFFD).
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 3;
                }
                _ => {
                    out.push(b'%');
                    i += 1;
                }
            },
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut cut = max;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    &s[..cut]
}

/// Split a hash or query into decoded `(key, value)` pairs, bounded by [`MAX_QUERY_LEN`] and
/// [`MAX_PARAMS`]. The second result is the raw key of the first parameter not read, if any.
fn split_pairs(q: &str) -> (Vec<(String, String)>, Option<String>) {
    let q = q
        .strip_prefix('#')
        .or_else(|| q.strip_prefix('?'))
        .unwrap_or(q);
    let mut dropped: Option<String> = None;
    let q = if q.len() > MAX_QUERY_LEN {
        let cut = prefix(q, MAX_QUERY_LEN).len();
        // Drop the parameter the cut falls into, unless the cut is exactly at a separator.
        let keep = if q.as_bytes()[cut] == b'&' {
            cut
        } else {
            q[..cut].rfind('&').unwrap_or(0)
        };
        let rest = q[keep..].trim_start_matches('&');
        let key = rest.split(['&', '=']).next().unwrap_or("");
        dropped = Some(percent_decode(prefix(key, 256)));
        &q[..keep]
    } else {
        q
    };
    let mut pairs = Vec::new();
    for part in q.split('&').filter(|p| !p.is_empty()) {
        if pairs.len() == MAX_PARAMS {
            if dropped.is_none() {
                let key = part.split('=').next().unwrap_or("");
                dropped = Some(percent_decode(prefix(key, 256)));
            }
            break;
        }
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let k = percent_decode(k).trim().to_ascii_lowercase();
        pairs.push((k, percent_decode(v)));
    }
    (pairs, dropped)
}

/// Encode a scenario and language as a URL hash (without the leading `#`).
pub fn encode(s: &Scenario, lang: Lang) -> String {
    let d = Scenario::default();
    let mut out = format!(
        "v={SHARE_VERSION}&lang={}&ch={}&seed={}",
        lang.code(),
        s.channel.key(),
        s.seed
    );
    let mut put = |k: &str, v: &str| {
        out.push('&');
        out.push_str(&percent_encode(k));
        out.push('=');
        out.push_str(&percent_encode(v));
    };
    for f in Field::all() {
        let v = s.get(f);
        if v != d.get(f) {
            put(&f.key(), &format_number(v));
        }
    }
    // The trial and the goal, when given (a link without them opens without them).
    if !s.trial.is_empty() {
        put(TRIAL_CHANNEL, s.trial.channel.key());
    }
    for f in Field::optional() {
        if let Some(v) = s.value(f) {
            put(&f.key(), &format_number(v));
        }
    }
    out
}

/// The key of the trial's channel in links and files.
pub const TRIAL_CHANNEL: &str = "trial.ch";

/// Decode a URL hash or query (a leading `#` or `?` is fine). Never panics; reads a bounded
/// amount; each bad value falls back to the field's default and is listed in `ignored`.
pub fn decode(q: &str) -> Decoded {
    let (pairs, dropped) = split_pairs(q);
    let mut b = Builder::new();
    let mut lang = None;

    // The version comes first because it decides how the other keys are read.
    let mut version = SHARE_VERSION;
    if let Some((_, v)) = pairs.iter().find(|(k, _)| k == "v") {
        match parse_uint(v) {
            Some(n) if n >= 1 => {
                version = n.min(u32::MAX as u64) as u32;
                if version > SHARE_VERSION {
                    b.ignore("v", IgnoreReason::NewerVersion(version));
                }
            }
            Some(_) => b.ignore("v", IgnoreReason::UnknownValue),
            None => b.ignore("v", IgnoreReason::NotANumber),
        }
    }

    for (k, v) in &pairs {
        if VIEW_KEYS.contains(&k.as_str()) {
            continue;
        }
        let key = migrate_key(version, k);
        if !b.first_time(&key) || key == "v" {
            continue;
        }
        match key.as_str() {
            "lang" => match Lang::from_code(v) {
                Some(l) => lang = Some(l),
                None => b.ignore(&key, IgnoreReason::UnknownValue),
            },
            "ch" => match channel_from_str(v.trim()) {
                Some(c) => b.set_channel(c),
                None => b.ignore(&key, IgnoreReason::UnknownValue),
            },
            TRIAL_CHANNEL => match channel_from_str(v.trim()) {
                Some(c) => b.set_trial_channel(c),
                None => b.ignore(&key, IgnoreReason::UnknownValue),
            },
            "seed" => match parse_uint(v) {
                Some(n) => b.set_seed(n),
                None => b.ignore(&key, IgnoreReason::NotANumber),
            },
            _ => match Field::from_key(&key) {
                Some(f) => b.field(f, parse_number(v)),
                None => b.ignore(&key, IgnoreReason::UnknownKey),
            },
        }
    }
    if let Some(k) = dropped {
        b.ignore(&k, IgnoreReason::TooLong);
    }
    let (scenario, ignored) = b.finish();
    Decoded {
        scenario,
        lang,
        ignored,
        version,
    }
}

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
/// the state keys of [`decode`]) and unknown values are skipped; the first occurrence of a key
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

/// `scheme://host[:port]` of an absolute URL, as browsers report `event.origin` (lower case,
/// default port dropped, no user info); `None` for a relative or malformed URL.
pub fn origin_of(url: &str) -> Option<String> {
    let url = url.trim();
    let (scheme, rest) = url.split_once("://")?;
    if scheme.is_empty()
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        return None;
    }
    let scheme = scheme.to_ascii_lowercase();
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    if host_port.is_empty() {
        return None;
    }
    let mut hp = host_port.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => Some(":443"),
        "http" => Some(":80"),
        _ => None,
    };
    if let Some(p) = default_port {
        if let Some(h) = hp.strip_suffix(p) {
            hp = h.to_string();
        }
    }
    Some(format!("{scheme}://{hp}"))
}

/// Escape for an HTML attribute value in double quotes (and for text).
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// A JavaScript string literal (double quotes) that is also safe inside an HTML `<script>`:
/// everything outside printable ASCII, and `"`, `\`, `<`, `>`, `&`, `'`, as `\uXXXX`.
pub fn js_string(s: &str) -> String {
    let mut out = String::from("\"");
    for u in s.encode_utf16() {
        let c = u as u32;
        let plain = (0x20..0x7f).contains(&c)
            && !matches!(u as u8, b'"' | b'\\' | b'<' | b'>' | b'&' | b'\'');
        if plain {
            out.push(u as u8 as char);
        } else {
            out.push_str(&format!("\\u{c:04x}"));
        }
    }
    out.push('"');
    out
}

/// The iframe's `src`: `page_url` (its fragment dropped) + the view query with `embed=1` +
/// `#hash`.
pub fn embed_src(page_url: &str, hash: &str, view: &ViewOptions) -> String {
    let base = page_url.trim();
    let base = base.split('#').next().unwrap_or("");
    let mut view = view.clone();
    view.embed = true;
    let query = encode_view(&view);
    let sep = if base.contains('?') {
        if base.ends_with('?') || base.ends_with('&') {
            ""
        } else {
            "&"
        }
    } else {
        "?"
    };
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let mut src = format!("{base}{sep}{query}");
    if !hash.is_empty() {
        src.push('#');
        src.push_str(hash);
    }
    src
}

/// FNV-1a, for a stable element id per snippet.
fn fnv1a(s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// The HTML a host pastes to embed the calculator showing `hash` (the state from [`encode`])
/// with `view` (`embed=1` is always added). `page_url` is the calculator's absolute address.
///
/// - `Some(n)`: a fixed-height iframe (`loading="lazy"`).
/// - `None`: a self-sizing iframe plus a host script that loads it when it nears the viewport and
///   follows the height messages of the protocol in the [module docs](self), accepting them only
///   from the calculator's origin (from `page_url`) and that iframe's window. With a relative
///   `page_url` the origin is unknown and the iframe keeps its initial 600 px.
pub fn iframe_snippet(
    page_url: &str,
    hash: &str,
    view: &ViewOptions,
    height: Option<u32>,
) -> String {
    let src = embed_src(page_url, hash, view);
    let title = html_escape(EMBED_TITLE);
    match height {
        Some(h) => format!(
            "<iframe src=\"{}\" width=\"100%\" height=\"{h}\" loading=\"lazy\" title=\"{title}\" style=\"border:0\"></iframe>",
            html_escape(&src)
        ),
        None => {
            let id = format!("tuike-calc-{:08x}", fnv1a(&src));
            let origin = origin_of(page_url).unwrap_or_default();
            format!(
                r#"<iframe id="{id}" data-src="{src}" width="100%" height="600" title="{title}" style="border:0;display:block"></iframe>
<script>
(function () {{
  var f = document.getElementById({id_js});
  if (!f) return;
  var origin = {origin_js};
  function load() {{ if (!f.getAttribute("src")) f.setAttribute("src", f.getAttribute("data-src")); }}
  if ("IntersectionObserver" in window) {{
    var io = new IntersectionObserver(function (entries) {{
      for (var i = 0; i < entries.length; i++) {{
        if (entries[i].isIntersecting) {{ load(); io.disconnect(); return; }}
      }}
    }}, {{ rootMargin: "600px 0px" }});
    io.observe(f);
  }} else {{
    load();
  }}
  window.addEventListener("message", function (event) {{
    if (!origin || event.origin !== origin) return;
    if (event.source !== f.contentWindow) return;
    var d = event.data;
    if (!d || typeof d !== "object" || d.type !== {type_js} || d.version !== {version}) return;
    var h = d.height;
    if (typeof h !== "number" || !isFinite(h)) return;
    h = Math.min({max}, Math.max({min}, Math.ceil(h)));
    f.style.height = h + "px";
    f.setAttribute("height", String(h));
  }});
}})();
</script>"#,
                src = html_escape(&src),
                id_js = js_string(&id),
                origin_js = js_string(&origin),
                type_js = js_string(HEIGHT_MESSAGE_TYPE),
                version = HEIGHT_MESSAGE_VERSION,
                max = MAX_EMBED_HEIGHT,
                min = MIN_EMBED_HEIGHT,
            )
        }
    }
}

/// The full shareable link: `page_url` (fragment dropped) + `#` + [`encode`].
pub fn share_link(page_url: &str, s: &Scenario, lang: Lang) -> String {
    let base = page_url.trim().split('#').next().unwrap_or("");
    format!("{base}#{}", encode(s, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decode_edges() {
        assert_eq!(percent_decode("a%2Cb+c"), "a,b c");
        assert_eq!(percent_decode("%ZZ%"), "%ZZ%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%e4%b8%ad"), "中");
        assert_eq!(percent_decode("%ff"), "\u{fffd}");
    }

    #[test]
    fn numbers() {
        assert_eq!(format_number(12000.0), "12000");
        assert_eq!(format_number(0.06), "0.06");
        assert_eq!(format_number(3000.0), "3000");
        assert_eq!(format_number(1e4), "10000");
        assert_eq!(format_number(0.0005), "0.0005");
        assert_eq!(parse_number(&format_number(1.5e-7)), Ok(1.5e-7));
        assert_eq!(parse_number("3e3"), Ok(3000.0));
        assert!(parse_number("NaN").is_err());
        assert!(parse_number("inf").is_err());
        assert!(parse_number("1e").is_err());
        assert!(parse_number(".").is_err());
        assert_eq!(parse_number("1e400"), Ok(f64::INFINITY));
        assert_eq!(parse_number(" .5 "), Ok(0.5));
    }
}
