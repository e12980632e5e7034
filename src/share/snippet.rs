//! What a host page pastes: the iframe snippets, fixed-height and self-sizing, and the height
//! protocol between them.
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
use super::view::{encode_view, ViewOptions};

/// `type` of the height message an embedded page posts to its parent.
pub const HEIGHT_MESSAGE_TYPE: &str = "tuike-calc:height";
/// `version` of the height message.
pub const HEIGHT_MESSAGE_VERSION: u32 = 1;
/// Smallest height a host snippet gives the iframe, px.
pub const MIN_EMBED_HEIGHT: u32 = 200;
/// Largest height a host snippet gives the iframe, px.
pub const MAX_EMBED_HEIGHT: u32 = 20_000;
/// The page title used in iframe snippets.
pub const EMBED_TITLE: &str = "推客值不值？";

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

/// The HTML a host pastes to embed the calculator showing `hash` (the state from [`encode`](super::url::encode))
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
