//! Numbers as Chinese (and English) users type them on a phone.
//!
//! Accepted, in this order: optional "约"/"≈"/"~", an optional sign, an optional "¥"/"￥" (money
//! fields only), digits with optional thousands separators ("1,200", "1，200", "1 200") and one
//! decimal point ("." "．" "。"), optional multipliers ("百" ×10², "千"/"k" ×10³, "万"/"w" ×10⁴,
//! "亿" ×10⁸; compounds that grow, like "千万", "百万", "kw", are accepted, repeats like "万万"
//! are not), an optional "%" (fraction fields only) and an optional unit word matching the field
//! ("元", "人", "周", "天", "小时", "分钟", … or the field's own unit label). Full-width forms
//! (０-９, ．，％－＋, ｗ, ｋ) and invisible marks (RTL/LTR marks, zero-width spaces, BOM) are
//! normalised first; surrounding whitespace is ignored.
//!
//! [`Unit::Fraction`] fields are stored as fractions but shown with a % sign, so the typed
//! number is in **percent**: "15" and "15%" both give 0.15, and "0.5" gives 0.005 (half a
//! percent), never 50%.
//!
//! For [`Unit::Days`], "∞", "永久", "无限", "forever", "inf" … give
//! [`ATTRIBUTION_FOREVER_DAYS`] (the model's finite "forever").
//!
//! Range checks are the model's job (`Scenario::check`); this module only reads the number. It
//! never panics and never returns NaN or an infinity.

use super::words::{is_money, multiplier, normalise, suffix_ok, FOREVER};
use crate::model::{Unit, ATTRIBUTION_FOREVER_DAYS};

/// Longest input (in characters, after trimming) that is read at all.
pub const MAX_INPUT_CHARS: usize = 48;

/// Why a text is not a number for this field (`i18n` words it for the page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing typed (or only spaces).
    Empty,
    /// No digits where a number should be ("abc", "-", "NaN", "1e5").
    NotANumber,
    /// More than [`MAX_INPUT_CHARS`] characters.
    TooLong,
    /// Something given twice: "1.2.3", "1万万", "15%%", "--5".
    Multiple,
    /// Thousands separators in the wrong place: "1,2", "12,34", "1,2000".
    BadGrouping,
    /// A unit or sign that does not belong to this field (the offending text): "15天" for
    /// money, "¥" for a percentage, "%" for people.
    BadSuffix(String),
    /// The number does not fit in a double ("999…9亿" with hundreds of digits).
    TooLarge,
}

/// The offending text, shortened for the message.
fn shown(s: &str) -> String {
    let s = s.trim();
    let mut out: String = s.chars().take(8).collect();
    if s.chars().nth(8).is_some() {
        out.push('…');
    }
    out
}

/// Read a number typed into a field of `unit` (see the module documentation for what is
/// accepted). Fractions are typed in percent. Never panics; never returns NaN or ±∞.
pub fn parse_number(text: &str, unit: Unit) -> Result<f64, ParseError> {
    let norm = normalised(text)?;
    if unit == Unit::Days {
        let word = norm.trim_end_matches(['天', '日']).trim();
        if FOREVER.iter().any(|w| w.eq_ignore_ascii_case(word)) {
            return Ok(ATTRIBUTION_FOREVER_DAYS);
        }
    }
    let mut r = Reader {
        c: norm.chars().collect(),
        i: 0,
    };
    r.about();
    let (negative, currency) = r.sign_and_currency(unit)?;
    let (int_digits, frac_digits) = r.digits()?;
    let mut exp10 = r.multipliers()?;
    r.percent(unit)?;
    if unit == Unit::Fraction {
        exp10 -= 2;
    }
    r.unit_word(unit, currency)?;
    compose(&int_digits, &frac_digits, exp10, negative)
}

/// The text trimmed, its characters normalised (full-width digits, Chinese punctuation), or why
/// there is nothing to read.
fn normalised(text: &str) -> Result<String, ParseError> {
    let trimmed = text.trim_matches(|c: char| c.is_whitespace() || normalise(c).is_none());
    if trimmed.is_empty() {
        return Err(ParseError::Empty);
    }
    if trimmed.chars().nth(MAX_INPUT_CHARS).is_some() {
        return Err(ParseError::TooLong);
    }
    let norm: String = trimmed.chars().filter_map(normalise).collect();
    let norm = norm.trim();
    if norm.is_empty() {
        return Err(ParseError::Empty);
    }
    Ok(norm.to_string())
}

/// A left-to-right reader over the normalised characters, one part of a number at a time.
struct Reader {
    c: Vec<char>,
    i: usize,
}

impl Reader {
    fn at(&self, k: usize) -> Option<char> {
        self.c.get(self.i + k).copied()
    }

    fn skip_spaces(&mut self) {
        while self.at(0) == Some(' ') {
            self.i += 1;
        }
    }

    /// "约 1200", "大约1200", "≈1200", "~1200".
    fn about(&mut self) {
        for lead in [&['大', '约'][..], &['约'][..], &['≈'][..], &['~'][..]] {
            if self.c[self.i..].starts_with(lead) {
                self.i += lead.len();
                break;
            }
        }
        self.skip_spaces();
    }

    /// Sign and currency, in either order: "-¥12", "¥-12", "¥ 12". (negative, currency given).
    fn sign_and_currency(&mut self, unit: Unit) -> Result<(bool, bool), ParseError> {
        let (mut negative, mut signed, mut currency) = (false, false, false);
        loop {
            match self.at(0) {
                Some(ch @ ('-' | '+')) => {
                    if signed {
                        return Err(ParseError::Multiple);
                    }
                    signed = true;
                    negative = ch == '-';
                }
                Some('$') => return Err(ParseError::BadSuffix("$".into())),
                Some('¥') => {
                    if currency {
                        return Err(ParseError::Multiple);
                    }
                    currency = true;
                }
                _ => break,
            }
            self.i += 1;
            self.skip_spaces();
        }
        if currency && !is_money(unit) {
            return Err(ParseError::BadSuffix("¥".into()));
        }
        Ok((negative, currency))
    }

    /// The integer part (thousands separators checked) and the fraction part, as digits.
    fn digits(&mut self) -> Result<(String, String), ParseError> {
        let mut int_digits = String::new();
        let mut groups: Vec<usize> = Vec::new(); // lengths of digit groups
        let mut cur = 0usize;
        while let Some(ch) = self.at(0) {
            let next_digit = self.at(1).is_some_and(|d| d.is_ascii_digit());
            if ch.is_ascii_digit() {
                int_digits.push(ch);
                cur += 1;
            } else if (ch == ',' || ch == ' ') && cur > 0 && next_digit {
                groups.push(cur);
                cur = 0;
            } else if ch == ',' && cur > 0 {
                // A trailing or doubled comma: "1,", "1,,000".
                return Err(ParseError::BadGrouping);
            } else {
                break;
            }
            self.i += 1;
        }
        if !groups.is_empty() {
            groups.push(cur);
            let first_ok = (1..=3).contains(&groups[0]);
            if !first_ok || groups[1..].iter().any(|&g| g != 3) {
                return Err(ParseError::BadGrouping);
            }
        }
        let mut frac_digits = String::new();
        if self.at(0) == Some('.') {
            self.i += 1;
            while let Some(d) = self.at(0).filter(char::is_ascii_digit) {
                frac_digits.push(d);
                self.i += 1;
            }
            if self.at(0) == Some('.') {
                return Err(ParseError::Multiple);
            }
            if self.at(0) == Some(',') && self.at(1).is_some_and(|d| d.is_ascii_digit()) {
                return Err(ParseError::BadGrouping);
            }
        }
        if int_digits.is_empty() && frac_digits.is_empty() {
            return Err(ParseError::NotANumber);
        }
        self.skip_spaces();
        Ok((int_digits, frac_digits))
    }

    /// Multipliers, strictly growing ("千万", "kw"), each at most once: their power of ten.
    fn multipliers(&mut self) -> Result<i32, ParseError> {
        let (mut exp10, mut last) = (0, 0);
        while let Some(ch) = self.at(0) {
            let (powers, len): (&[i32], usize) = if ch.is_ascii_alphabetic() {
                // A run of letters is a multiplier only when it is exactly one ("2wk" is weeks).
                let run: String = self.c[self.i..]
                    .iter()
                    .take_while(|x| x.is_ascii_alphabetic())
                    .collect();
                match run.as_str() {
                    "k" | "K" => (&[3], 1),
                    "w" | "W" => (&[4], 1),
                    "kw" | "KW" | "Kw" | "kW" => (&[3, 4], 2),
                    "M" => (&[6], 1),
                    _ => break,
                }
            } else {
                match multiplier(ch) {
                    Some(2) => (&[2], 1),
                    Some(3) => (&[3], 1),
                    Some(4) => (&[4], 1),
                    Some(8) => (&[8], 1),
                    _ => break,
                }
            };
            for &p in powers {
                if p <= last {
                    return Err(ParseError::Multiple);
                }
                exp10 += p;
                last = p;
            }
            self.i += len;
            self.skip_spaces();
        }
        Ok(exp10)
    }

    /// A percent sign, only where the field is a share.
    fn percent(&mut self, unit: Unit) -> Result<(), ParseError> {
        if let Some(ch @ ('%' | '‰')) = self.at(0) {
            if ch == '‰' || unit != Unit::Fraction {
                return Err(ParseError::BadSuffix(ch.to_string()));
            }
            self.i += 1;
            self.skip_spaces();
            if self.at(0) == Some('%') {
                return Err(ParseError::Multiple);
            }
        }
        Ok(())
    }

    /// Whatever is left: nothing, or a unit word the field accepts.
    fn unit_word(&self, unit: Unit, currency: bool) -> Result<(), ParseError> {
        let rest: String = self.c[self.i..].iter().collect();
        let rest = rest.trim();
        if rest.is_empty() {
            return Ok(());
        }
        // Exponent notation is not something people type here: "1e5", "1e999".
        if rest.starts_with(['e', 'E'])
            && rest[1..]
                .trim_start_matches(['+', '-'])
                .starts_with(|d: char| d.is_ascii_digit())
        {
            return Err(ParseError::NotANumber);
        }
        // A second number ("1 2", "12 34"), a repeated multiplier ("1万 万") or sign.
        let numberish =
            |ch: char| ch.is_ascii_digit() || ch == '.' || ch == '%' || multiplier(ch).is_some();
        if rest.starts_with(numberish) && !suffix_ok(rest, unit) {
            return Err(if rest.chars().all(|ch| ch.is_ascii_digit()) {
                ParseError::BadGrouping
            } else {
                ParseError::Multiple
            });
        }
        if currency && rest.starts_with(['元', '块']) {
            // "¥12元": the unit twice.
            return Err(ParseError::Multiple);
        }
        if !suffix_ok(rest, unit) {
            return Err(ParseError::BadSuffix(shown(rest)));
        }
        Ok(())
    }
}

/// An exact decimal from its digits and power of ten, rounded once by the standard library:
/// "1.2万" = 1.2e4. Never NaN or ±∞; "-0" is 0.
fn compose(
    int_digits: &str,
    frac_digits: &str,
    exp10: i32,
    negative: bool,
) -> Result<f64, ParseError> {
    let int = if int_digits.is_empty() {
        "0"
    } else {
        int_digits
    };
    let lit = if frac_digits.is_empty() {
        format!("{int}e{exp10}")
    } else {
        format!("{int}.{frac_digits}e{exp10}")
    };
    let v: f64 = lit.parse().map_err(|_| ParseError::NotANumber)?;
    if !v.is_finite() {
        return Err(ParseError::TooLarge);
    }
    Ok(if negative && v != 0.0 { -v } else { v })
}
