//! JSON at the edge of the share module: reading files and stored text (with `tinyjson`, whose
//! numbers parse exactly), and writing the small objects we store and export by hand, in a fixed
//! key order, with numbers in the URL codec's shortest exact form.

use super::url::format_number;
pub use tinyjson::JsonValue as Value;

/// Deepest nesting read (arrays and objects); deeper text is refused before parsing, so a
/// hostile file cannot exhaust the stack.
pub const MAX_DEPTH: usize = 64;

/// Where reading stopped: 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
}

/// Parse JSON text (a leading BOM is skipped).
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    too_deep(text)?;
    text.parse::<Value>().map_err(|e| ParseError {
        line: e.line(),
        column: e.column(),
    })
}

/// The position of the first bracket past [`MAX_DEPTH`], ignoring brackets inside strings.
fn too_deep(text: &str) -> Result<(), ParseError> {
    let (mut depth, mut line, mut column) = (0usize, 1usize, 0usize);
    let (mut in_str, mut escaped) = (false, false);
    for c in text.chars() {
        column += 1;
        if in_str {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '[' | '{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(ParseError { line, column });
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            '\n' => {
                line += 1;
                column = 0;
            }
            _ => {}
        }
    }
    Ok(())
}

/// A JSON string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON number that reads back as exactly `v` (`null` when not finite).
pub fn number(v: f64) -> String {
    if v.is_finite() {
        format_number(v)
    } else {
        "null".to_string()
    }
}

/// `{"k": v, …}` from keys and already-written JSON values, in order.
pub fn object<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let body: Vec<String> = pairs
        .into_iter()
        .map(|(k, v)| format!("{}:{v}", quote(k)))
        .collect();
    format!("{{{}}}", body.join(","))
}

/// The value as an `f64` when it is a finite number (`1e999` reads as infinity: not a number
/// we can use).
pub fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) if n.is_finite() => Some(*n),
        _ => None,
    }
}

/// The value as a whole, non-negative number that fits a `u64`.
pub fn as_u64(v: &Value) -> Option<u64> {
    as_f64(v)
        .filter(|n| *n >= 0.0 && n.fract() == 0.0 && *n <= u64::MAX as f64)
        .map(|n| n as u64)
}
