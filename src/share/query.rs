//! The syntax under links and view options: `key=value` pairs joined by `&`, percent-encoded,
//! read within fixed bounds. [`super::url`] (the scenario) and [`super::view`] (how the page is
//! shown) both read their pairs here.

/// The decoder reads at most this many bytes of a link (a full scenario with every field
/// changed needs ~13 KB); the rest is reported as `IgnoreReason::TooLong`.
pub const MAX_QUERY_LEN: usize = 32 * 1024;
/// The decoder reads at most this many `key=value` parameters.
pub const MAX_PARAMS: usize = 400;

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
pub(super) fn split_pairs(q: &str) -> (Vec<(String, String)>, Option<String>) {
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
