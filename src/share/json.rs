//! JSON at the edge of the share module: reading files and stored text, and writing the small
//! objects we store and export, in a fixed key order, with numbers in the URL codec's shortest
//! exact form.
//!
//! The reader is ours, not a crate's: what we read is small (an exported scenario, the saved
//! list) and a general JSON crate cost 11 KB of wasm for it (BENCHMARKS.md). It follows RFC 8259
//! strictly (no comments, no trailing commas, no leading zeros), reads numbers exactly with the
//! standard library's `f64` parser, keeps objects in document order, and refuses nesting deeper
//! than [`MAX_DEPTH`] before it could exhaust the stack. `tests/json.rs` checks it against
//! `serde_json` on generated and hostile text.

use super::url::format_number;

/// Deepest nesting read (arrays and objects).
pub const MAX_DEPTH: usize = 64;

/// A JSON value. Objects keep their entries in document order, duplicates included.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Object),
}

/// An object's entries in document order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Object(pub Vec<(String, Value)>);

impl Object {
    /// The first entry named `key` (a later duplicate is ignored, as everywhere in our readers).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl Value {
    /// The value written back as compact JSON (numbers in their shortest exact form).
    pub fn stringify(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(&number(*n)),
            Value::String(s) => out.push_str(&quote(s)),
            Value::Array(a) => {
                out.push('[');
                for (i, v) in a.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write(out);
                }
                out.push(']');
            }
            Value::Object(o) => {
                out.push('{');
                for (i, (k, v)) in o.0.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&quote(k));
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// Where reading stopped: 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
}

/// Parse JSON text (a leading BOM is skipped).
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    let v = p.value(0).map_err(|at| p.error_at(at))?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.error_at(p.i));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

/// A byte offset where the text stopped making sense.
type Fail = usize;

impl Parser<'_> {
    fn error_at(&self, at: usize) -> ParseError {
        let before = &self.s[..at.min(self.s.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        ParseError {
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
            column,
        }
    }

    fn ws(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.ws();
        let hit = self.s.get(self.i) == Some(&b);
        if hit {
            self.i += 1;
        }
        hit
    }

    fn word(&mut self, w: &str, v: Value) -> Result<Value, Fail> {
        if self.s[self.i..].starts_with(w.as_bytes()) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(self.i)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Fail> {
        self.ws();
        match self.s.get(self.i) {
            Some(b'{' | b'[') if depth == MAX_DEPTH => Err(self.i),
            Some(b'{') => {
                self.i += 1;
                let mut o = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.ws();
                        if self.s.get(self.i) != Some(&b'"') {
                            return Err(self.i);
                        }
                        let k = self.string()?;
                        if !self.eat(b':') {
                            return Err(self.i);
                        }
                        o.push((k, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.i);
                        }
                    }
                }
                Ok(Value::Object(Object(o)))
            }
            Some(b'[') => {
                self.i += 1;
                let mut a = Vec::new();
                if !self.eat(b']') {
                    loop {
                        a.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.i);
                        }
                    }
                }
                Ok(Value::Array(a))
            }
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            _ => self.number(),
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, read exactly.
    fn number(&mut self) -> Result<Value, Fail> {
        let start = self.i;
        let digits = |p: &mut Self| {
            let from = p.i;
            while p.s.get(p.i).is_some_and(u8::is_ascii_digit) {
                p.i += 1;
            }
            p.i - from
        };
        if self.s.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        let int_at = self.i;
        let n = digits(self);
        if n == 0 || (n > 1 && self.s[int_at] == b'0') {
            return Err(int_at);
        }
        if self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            if digits(self) == 0 {
                return Err(self.i);
            }
        }
        if matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.s.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if digits(self) == 0 {
                return Err(self.i);
            }
        }
        // ASCII only, so this slice is valid UTF-8.
        let text = std::str::from_utf8(&self.s[start..self.i]).map_err(|_| start)?;
        text.parse().map(Value::Number).map_err(|_| start)
    }

    /// A string literal, the opening quote at `self.i`.
    fn string(&mut self) -> Result<String, Fail> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let at = self.i;
            let Some(&b) = self.s.get(at) else {
                return Err(at);
            };
            self.i += 1;
            match b {
                b'"' => break,
                0..0x20 => return Err(at),
                b'\\' => {
                    let e = self.s.get(self.i).copied();
                    self.i += 1;
                    let c = match e {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.escaped_char().ok_or(at)?,
                        _ => return Err(at),
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(b),
            }
        }
        // The input is a &str and escapes add whole characters, so this cannot fail.
        String::from_utf8(out).map_err(|_| self.i)
    }

    /// After `\u`: four hex digits, and a second `\uXXXX` for a surrogate pair.
    fn escaped_char(&mut self) -> Option<char> {
        let hex = |p: &mut Self| {
            let h = std::str::from_utf8(p.s.get(p.i..p.i + 4)?).ok()?;
            let n = u32::from_str_radix(h, 16)
                .ok()
                .filter(|_| !h.starts_with('+'))?;
            p.i += 4;
            Some(n)
        };
        let hi = hex(self)?;
        if !(0xD800..0xDC00).contains(&hi) {
            return char::from_u32(hi);
        }
        if self.s.get(self.i..self.i + 2) != Some(b"\\u") {
            return None;
        }
        self.i += 2;
        let lo = hex(self).filter(|lo| (0xDC00..0xE000).contains(lo))?;
        char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
    }
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
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[c as usize >> 4] as char);
                out.push(HEX[c as usize & 15] as char);
            }
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
    let mut out = String::from("{");
    for (i, (k, v)) in pairs.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote(k));
        out.push(':');
        out.push_str(&v);
    }
    out.push('}');
    out
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
