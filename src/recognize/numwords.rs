//! Lexical helpers shared by the date and number recognizers: a token view of normalized
//! text ([`Lex`]), the parser of spelled-out Vietnamese numerals ([`spelled`]) and the
//! calendar words built on numerals ([`month_name`], [`weekday`], [`clock`]).
//!
//! A token is a run of letters, a run of ASCII digits or any other single non-space
//! character; each token records whether white space comes before it. The view reads
//! the document's syllable table (`normalize::table`); every look-up is constant time, so callers
//! that look a bounded number of tokens ahead stay linear.

use std::borrow::Cow;

use crate::normalize::table::{Syllables, flag};

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tk {
    /// Letters (`ngày`, `h` in `10h15`).
    Word,
    /// ASCII digits.
    Num,
    /// One other character (`.`, `/`, `(`, `%`, ...).
    Punct,
}

/// Punctuation that glues digits and letters into one chain (`24-KL/TW`, `1.2.3`, `10:15`).
pub(crate) const CHAIN: &[char] = &['.', ',', '/', '-', ':', '_'];

/// Case-insensitive equality of `s` with the lower-case word `lower`. Letters whose
/// lower case has another UTF-8 length (`İ`, the Kelvin sign) never match: Vietnamese
/// letters keep their length.
pub(crate) fn eq_ci(s: &str, lower: &str) -> bool {
    if s.len() != lower.len() {
        return false;
    }
    // An ASCII prefix compares byte by byte; it ends on a character boundary of both.
    let (a, b) = (s.as_bytes(), lower.as_bytes());
    let mut k = 0;
    while k < a.len() && a[k].is_ascii() {
        if a[k].to_ascii_lowercase() != b[k] {
            return false;
        }
        k += 1;
    }
    s[k..]
        .chars()
        .flat_map(char::to_lowercase)
        .eq(lower[k..].chars())
}

/// The token view of a text: the syllable table, read by index.
pub(crate) struct Lex<'a> {
    /// The text.
    pub(crate) text: &'a str,
    /// Its tokens, in order.
    t: Cow<'a, Syllables>,
}

impl<'a> Lex<'a> {
    /// Split `text` into tokens.
    #[cfg(test)]
    pub(crate) fn new(text: &'a str) -> Lex<'a> {
        Lex {
            text,
            t: Cow::Owned(Syllables::of_str(text)),
        }
    }

    /// The view of a table already made for `text`.
    pub(crate) fn over(text: &'a str, table: &'a Syllables) -> Lex<'a> {
        Lex {
            text,
            t: Cow::Borrowed(table),
        }
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.t.len()
    }

    /// The text of token `i` (empty past the end).
    pub(crate) fn s(&self, i: usize) -> &'a str {
        if i < self.t.len() {
            &self.text[self.t.range(i)]
        } else {
            ""
        }
    }

    /// The kind of token `i`.
    pub(crate) fn kind(&self, i: usize) -> Option<Tk> {
        self.t.flags.get(i).map(|f| match f & flag::KIND {
            flag::WORD => Tk::Word,
            flag::NUM => Tk::Num,
            _ => Tk::Punct,
        })
    }

    /// Byte start of token `i` (text length past the end).
    pub(crate) fn start(&self, i: usize) -> usize {
        self.t.start.get(i).map_or(self.text.len(), |&s| s as usize)
    }

    /// Byte end of token `i` (text length past the end).
    pub(crate) fn end(&self, i: usize) -> usize {
        self.t.end.get(i).map_or(self.text.len(), |&e| e as usize)
    }

    /// Token `i` exists and directly follows the previous one.
    pub(crate) fn glued(&self, i: usize) -> bool {
        self.t.flags.get(i).is_some_and(|f| f & flag::GAP == 0)
    }

    /// Token `i` exists and white space comes before it.
    pub(crate) fn spaced(&self, i: usize) -> bool {
        self.t.flags.get(i).is_some_and(|f| f & flag::GAP != 0)
    }

    /// Token `i` is a letter or digit run.
    pub(crate) fn alnum(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Tk::Word | Tk::Num))
    }

    /// Token `i` is the word `lower`, in any case.
    pub(crate) fn is(&self, i: usize, lower: &str) -> bool {
        self.kind(i) == Some(Tk::Word) && eq_ci(self.s(i), lower)
    }

    /// Token `i` is one of the words `lower`, in any case.
    pub(crate) fn is_any(&self, i: usize, lower: &[&str]) -> bool {
        self.kind(i) == Some(Tk::Word) && lower.iter().any(|w| eq_ci(self.s(i), w))
    }

    /// Token `i` is one of the space-separated lower-case `words`, in any case.
    pub(crate) fn among(&self, i: usize, words: &str) -> bool {
        self.kind(i) == Some(Tk::Word) && words.split(' ').any(|w| eq_ci(self.s(i), w))
    }

    /// Token `i` is the character `c`.
    pub(crate) fn punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Tk::Punct) && self.s(i).starts_with(c)
    }

    /// The words of `ws` (separated by single spaces) start at token `i`, separated by
    /// spaces in the text too: the index after them.
    pub(crate) fn words(&self, i: usize, ws: &str) -> Option<usize> {
        let (mut k, mut rest) = (i, ws);
        loop {
            let end = rest.bytes().position(|b| b == b' ').unwrap_or(rest.len());
            if !self.is(k, &rest[..end]) || (k > i && !self.spaced(k)) {
                return None;
            }
            k += 1;
            if end == rest.len() {
                return Some(k);
            }
            rest = &rest[end + 1..];
        }
    }

    /// Token `i` is a run of at most 9 digits: its value and number of digits.
    pub(crate) fn num(&self, i: usize) -> Option<(u32, usize)> {
        let s = self.s(i);
        if self.kind(i) != Some(Tk::Num) || s.len() > 9 {
            return None;
        }
        Some((s.parse().ok()?, s.len()))
    }

    /// Token `i` is a word starting with a lower-case letter.
    pub(crate) fn lower(&self, i: usize) -> bool {
        self.kind(i) == Some(Tk::Word) && self.s(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// Token `i` is a word starting with an upper-case letter.
    pub(crate) fn upper(&self, i: usize) -> bool {
        self.kind(i) == Some(Tk::Word) && self.s(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Token `i` is not glued on its left to letters or digits, directly or through chain
    /// punctuation (`QĐ-123`, `1.2`).
    pub(crate) fn left_ok(&self, i: usize) -> bool {
        if i >= self.len() {
            return false;
        }
        if self.spaced(i) || i == 0 {
            return true;
        }
        match self.kind(i - 1) {
            Some(Tk::Word | Tk::Num) => false,
            _ => {
                let chain = self.s(i - 1).starts_with(CHAIN);
                !(chain && self.glued(i - 1) && i >= 2 && self.alnum(i - 2))
            }
        }
    }

    /// Nothing glues the token before `j` to letters or digits on its right.
    pub(crate) fn right_ok(&self, j: usize) -> bool {
        let Some(kind) = self.kind(j) else {
            return true;
        };
        if self.spaced(j) {
            return true;
        }
        match kind {
            Tk::Word | Tk::Num => false,
            Tk::Punct => !(self.s(j).starts_with(CHAIN) && self.glued(j + 1) && self.alnum(j + 1)),
        }
    }

    /// Token `i` is a number word (`hai`, `mười`, `mươi`, `trăm`, ...).
    pub(crate) fn number_word(&self, i: usize) -> bool {
        lookup(self, i, UNITS).is_some() || self.is_any(i, &["mười", "mươi", "trăm", "tư", "lăm"])
    }
}

/// Tables of words with a one-digit value: `word` + digit, separated by spaces.
///
/// Digit words as the first word of a group and as tens.
const UNITS: &[(&str, u32)] = &[
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("bẩy", 7),
    ("tám", 8),
    ("chín", 9),
];
/// Units after `mươi`/`mười`: `mốt`, `tư`, `lăm` but never `năm` (`hai mươi năm` is
/// "twenty years").
const AFTER_TENS: &[(&str, u32)] = &[
    ("một", 1),
    ("mốt", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("tư", 4),
    ("lăm", 5),
    ("nhăm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("bẩy", 7),
    ("tám", 8),
    ("chín", 9),
];
/// Units after `linh`/`lẻ`.
const AFTER_LINH: &[(&str, u32)] = &[
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("tư", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("bẩy", 7),
    ("tám", 8),
    ("chín", 9),
];
/// Scale words and their powers of ten.
const SCALES: &[(&str, u32)] = &[
    ("chục", 1),
    ("trăm", 2),
    ("nghìn", 3),
    ("ngàn", 3),
    ("vạn", 4),
    ("triệu", 6),
    ("tỷ", 9),
    ("tỉ", 9),
];

/// The value of word `i` in `table` (see [`UNITS`]).
fn lookup(lex: &Lex, i: usize, table: &[(&str, u32)]) -> Option<u32> {
    if lex.kind(i) != Some(Tk::Word) {
        return None;
    }
    let s = lex.s(i);
    // Number words are short: a longer token is none of them.
    if s.len() > 8 {
        return None;
    }
    table.iter().find(|(w, _)| eq_ci(s, w)).map(|&(_, v)| v)
}

/// Word `i` may continue a spelled numeral: lower case, after a space.
fn next_word(lex: &Lex, i: usize) -> bool {
    lex.spaced(i) && lex.lower(i)
}

/// A unit word from `table` at `i`, as a non-first word of a numeral.
fn unit(lex: &Lex, i: usize, table: &[(&str, u32)]) -> Option<u32> {
    if next_word(lex, i) {
        lookup(lex, i, table)
    } else {
        None
    }
}

/// Scale words after a numeral (`nghìn`, `trăm nghìn`, `nghìn tỷ`): strictly growing,
/// multiplied. `skip_hundred` leaves out `trăm` (spelled numerals read it in the group).
/// Returns the index after them and the power of ten (0 when there is none).
pub(crate) fn scales(lex: &Lex, mut i: usize, skip_hundred: bool) -> (usize, i32) {
    let (mut exp, mut last) = (0, 0);
    while lex.spaced(i) {
        let Some(e) = lookup(lex, i, SCALES).and_then(|e| i32::try_from(e).ok()) else {
            break;
        };
        if e <= last || (skip_hundred && e == 2) {
            break;
        }
        exp += e;
        last = e;
        i += 1;
    }
    (i, exp)
}

/// One group below a thousand: `[U trăm] [linh U | mười [U] | U mươi [U] | U]`. After a
/// scale word (`hai nghìn không trăm hai mươi`) the hundreds may be `không` and a bare
/// unit is not read (`ba nghìn năm` is "three thousand years").
fn group(lex: &Lex, i: usize, first: bool) -> Option<(usize, f64)> {
    let word = |k: usize, table| {
        if k == i && first {
            lookup(lex, k, table)
        } else {
            unit(lex, k, table)
        }
    };
    let (mut j, mut v, mut hundreds) = (i, 0u32, false);
    if unit(lex, i + 1, &[("trăm", 0)]).is_some() {
        let h = if !first && lex.is(i, "không") && next_word(lex, i) {
            Some(0)
        } else {
            word(i, UNITS)
        };
        if let Some(h) = h {
            v = h * 100;
            j = i + 2;
            hundreds = true;
        }
    }
    let tens_word = |k: usize, w: &str| {
        if k == i && first {
            lex.is(k, w)
        } else {
            next_word(lex, k) && lex.is(k, w)
        }
    };
    if (hundreds || !first) && (tens_word(j, "linh") || tens_word(j, "lẻ")) {
        if let Some(u) = unit(lex, j + 1, AFTER_LINH) {
            return Some((j + 2, f64::from(v + u)));
        }
    } else if tens_word(j, "mười") {
        let u = unit(lex, j + 1, AFTER_TENS).filter(|_| !lex.is(j + 1, "mốt"));
        return Some((
            j + 1 + usize::from(u.is_some()),
            f64::from(v + 10 + u.unwrap_or(0)),
        ));
    } else if let Some(t) =
        word(j, UNITS).filter(|&t| t >= 2 && unit(lex, j + 1, &[("mươi", 0)]).is_some())
    {
        let u = unit(lex, j + 2, AFTER_TENS);
        return Some((
            j + 2 + usize::from(u.is_some()),
            f64::from(v + 10 * t + u.unwrap_or(0)),
        ));
    } else if !hundreds && first {
        if let Some(u) = word(j, UNITS) {
            return Some((j + 1, f64::from(u)));
        }
    }
    if hundreds {
        Some((j, f64::from(v)))
    } else {
        None
    }
}

/// A spelled-out numeral starting at word `i`: the index after it and its value.
///
/// Groups below a thousand, each followed by scale words whose size must shrink from group
/// to group (`một triệu hai trăm nghìn`); `rưỡi` after a scale adds a half of it
/// (`hai triệu rưỡi`). Words after the first must be lower case and separated by spaces.
/// The caller decides whether a one-word result is worth keeping.
pub(crate) fn spelled(lex: &Lex, i: usize) -> Option<(usize, f64)> {
    let (mut j, mut total, mut prev) = (i, 0.0f64, i32::MAX);
    loop {
        let first = j == i;
        let Some((k, v)) = group(lex, j, first) else {
            break;
        };
        let (k, exp) = scales(lex, k, true);
        if exp >= prev {
            break;
        }
        total += v * 10f64.powi(exp);
        j = k;
        prev = exp;
        if exp == 0 {
            break;
        }
        if exp >= 2 && next_word(lex, j) && lex.is_any(j, &["rưỡi", "rưởi"]) {
            total += 0.5 * 10f64.powi(exp);
            j += 1;
            break;
        }
    }
    (j > i).then_some((j, total))
}

/// Days after `thứ`.
const WEEKDAYS: &[&str] = &["hai", "ba", "tư", "năm", "sáu", "bảy", "bẩy"];
/// Month names after `tháng`, January first (capitalised; the lunar `Giêng` and `Chạp`
/// are read apart).
const MONTHS: &[&str] = &[
    "một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
];

/// A month after `tháng`: `11`, `Mười hai`, `Giêng` (lunar). Returns the index after
/// it, the month and whether it is lunar.
pub(crate) fn month_name(l: &Lex, j: usize, any_case: bool) -> Option<(usize, u32, bool)> {
    if let Some((m, n)) = l.num(j) {
        return (n <= 2 && (1..=12).contains(&m)).then_some((j + 1, m, false));
    }
    if l.is_any(j, &["giêng", "chạp"]) {
        return Some((j + 1, if l.is(j, "giêng") { 1 } else { 12 }, true));
    }
    let m = MONTHS.iter().position(|w| l.is(j, w))? + 1;
    if !(any_case || l.upper(j)) {
        return None;
    }
    if m == 10 && l.spaced(j + 1) && l.is_any(j + 1, &["một", "hai"]) {
        return Some((j + 2, if l.is(j + 1, "một") { 11 } else { 12 }, false));
    }
    Some((j + 1, u32::try_from(m).ok()?, false))
}

/// `thứ Hai` ... `thứ Bảy`, `thứ 2` ... `thứ 7`, `Chủ nhật`, `CN`.
pub(crate) fn weekday(l: &Lex, j: usize) -> Option<usize> {
    let day = l.is_any(j + 1, WEEKDAYS)
        || l.num(j + 1)
            .is_some_and(|(d, n)| n == 1 && (2..=7).contains(&d));
    if l.is(j, "thứ") && l.spaced(j + 1) && day {
        return Some(j + 2);
    }
    l.words(j, "chủ nhật").or((l.s(j) == "CN").then_some(j + 1))
}

/// Words that make `2 giờ 30 phút` a duration.
const DURATION_PREV: &[&str] = &["trong", "mất", "suốt", "hơn", "gần"];

/// `10h15`, `10h`, `10:15`, `10 giờ 15 [phút]`, `10 giờ rưỡi`, `10 giờ`: the index
/// after it, (hour, minute) and whether minutes were written.
pub(crate) fn clock(l: &Lex, i: usize) -> Option<(usize, (u32, u32), bool)> {
    let (h, n) = l.num(i)?;
    if n > 2 || h > 23 || !l.left_ok(i) || (i > 0 && l.is_any(i - 1, DURATION_PREV)) {
        return None;
    }
    let min = |k: usize| l.num(k).filter(|&(m, n)| n == 2 && m <= 59).map(|(m, _)| m);
    if l.glued(i + 1) && l.is(i + 1, "h") {
        if let Some(m) = min(i + 2).filter(|_| l.glued(i + 2)) {
            let mut k = i + 3;
            if l.glued(k) && (l.is(k, "p") || l.punct(k, '\'')) {
                k += 1;
            }
            return l.right_ok(k).then_some((k, (h, m), true));
        }
        return l.right_ok(i + 2).then_some((i + 2, (h, 0), false));
    }
    if l.punct(i + 1, ':') && l.glued(i + 1) && l.glued(i + 2) {
        let m = min(i + 2)?;
        return l.right_ok(i + 3).then_some((i + 3, (h, m), true));
    }
    if !(l.spaced(i + 1) && l.is(i + 1, "giờ")) {
        return None;
    }
    if let Some((m, _)) = l
        .num(i + 2)
        .filter(|&(m, n)| n <= 2 && m <= 59 && l.spaced(i + 2))
    {
        let k = if l.is(i + 3, "phút") { i + 4 } else { i + 3 };
        return l.right_ok(i + 3).then_some((k, (h, m), true));
    }
    if l.is_any(i + 2, &["rưỡi", "rưởi"]) {
        return Some((i + 3, (h, 30), true));
    }
    Some((i + 2, (h, 0), false))
}

/// A test row: the flag, the text and the expected (span, value) pairs.
#[cfg(test)]
pub(crate) type Row<'a> = (bool, &'a str, Vec<(&'a str, &'a str)>);

/// The rows of a test table, one a line: `[@]text | span = value | ...` (the `@` is a
/// flag for the caller).
#[cfg(test)]
pub(crate) fn table_rows(cases: &str) -> Vec<Row<'_>> {
    let rows = cases.lines().filter(|r| !r.is_empty()).map(|row| {
        let (flag, row) = row.strip_prefix('@').map_or((false, row), |r| (true, r));
        let mut parts = row.split(" | ");
        let text = parts.next().unwrap_or_default();
        (
            flag,
            text,
            parts
                .map(|p| p.split_once(" = ").unwrap_or((p, "?")))
                .collect(),
        )
    });
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::super::date::find_dates;
    use super::super::number::find_numbers;

    /// Runs both recognizers and checks the shape of what they return.
    fn check(text: &str, reference: Option<(i32, u32, u32)>) {
        let dates = find_dates(text, reference);
        let taken: Vec<_> = dates.iter().map(|d| d.start..d.end).collect();
        let numbers = find_numbers(text, &taken);
        let spans = taken
            .iter()
            .cloned()
            .chain(numbers.iter().map(|n| n.start..n.end));
        let ok = |r: &std::ops::Range<usize>| {
            r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
        };
        assert!(spans.clone().all(|r| ok(&r)), "{text:?}");
        assert!(taken.windows(2).all(|w| w[0].end <= w[1].start), "{text:?}");
        assert!(
            numbers.windows(2).all(|w| w[0].end <= w[1].start),
            "{text:?}"
        );
        assert!(numbers.iter().all(|n| n.value.is_finite()), "{text:?}");
        let free = |n: &super::super::number::NumberFound| {
            taken.iter().all(|d| n.end <= d.start || d.end <= n.start)
        };
        assert!(numbers.iter().all(free), "{text:?}");
    }

    #[test]
    fn adversarial_input_does_not_panic() {
        let long = [
            "9".repeat(10_000),
            ".".repeat(10_000),
            "hai mươi ".repeat(2_000),
            "1.2/3-4,5:6 ".repeat(1_000),
            "ngày 1/1 ".repeat(1_000),
        ];
        let fixed = " ¦1¦/¦1/¦/1¦.¦..¦1.¦.1¦1,¦,5¦1,,¦99999999999999999999999¦0¦00¦0.¦-¦--1¦1--¦\
            1-¦(¦)¦()¦(1/¦%¦1%%¦h¦1h¦1h1¦24h60¦1:¦:1¦1:1:1¦ngày¦ngày 0/0¦ngày 99/99/9999¦tháng¦\
            năm¦từ¦từ năm¦Tết¦mùng¦rằm tháng¦thứ¦thứ Hai (¦giai đoạn 2020 -¦\u{300}\u{301}¦é̂¦\
            𝟙𝟚¦١٢/٣¦+¦+84¦trăm nghìn tỷ¦mười mười mười¦";
        let refs = [
            None,
            Some((2021, 3, 1)),
            Some((i32::MIN, 13, 0)),
            Some((i32::MAX, 12, 31)),
        ];
        for text in fixed.split('¦').chain(long.iter().map(String::as_str)) {
            for r in refs {
                check(text, r);
            }
        }
        let parts: Vec<&str> = "1¦06¦2020¦12¦/¦.¦,¦-¦:¦ ¦(¦)¦%¦h¦ngày¦tháng¦năm¦nay¦từ¦đến¦giờ¦\
            sáng¦thứ¦Hai¦hai¦mươi¦trăm¦nghìn¦rưỡi¦Tết¦âm lịch¦QĐ¦é¦+¦\n"
            .split('¦')
            .collect();
        for a in &parts {
            for b in &parts {
                for c in &parts {
                    check(&format!("{a}{b}{c}"), Some((2021, 1, 1)));
                }
            }
        }
        let mut seed = 0x2545_f491_u64;
        for _ in 0..3_000 {
            let mut text = String::new();
            for _ in 0..12 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let k = usize::try_from(seed >> 33).unwrap_or(0) % parts.len();
                text.push_str(parts[k]);
            }
            check(&text, Some((2020, 2, 29)));
        }
    }
}
