//! The token view of the syllable table that dates, numbers and numerals read ([`Lex`]).
//!
//! A token is a run of letters, a run of ASCII digits or any other single non-space
//! character; each token records whether white space comes before it. The view reads the
//! document's syllable table (`normalize::table`); every look-up is constant time, so
//! callers that look a bounded number of tokens ahead stay linear.

use rustc_hash::FxHashSet;
use std::borrow::Cow;

use crate::normalize::strip_diacritics;
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

/// Equality of `s` with the lower-case word `lower` where the text is written without
/// marks: both are compared folded (`Thang`, `thang` and `tháng` are all `tháng`).
pub(crate) fn eq_folded(s: &str, lower: &str) -> bool {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(strip_diacritics)
        .eq(lower.chars().map(strip_diacritics))
}

/// A word of at most eight bytes packed into a `u64` (little-endian, zero-padded; no
/// letter is a zero byte), or `None` when it is longer.
#[inline]
pub(crate) fn pack(w: &[u8]) -> Option<u64> {
    if w.len() > 8 {
        return None;
    }
    let mut v = 0u64;
    for (k, &b) in w.iter().enumerate() {
        v |= u64::from(b) << (8 * k);
    }
    Some(v)
}

/// The folded form (no marks, `đ` → `d`) of the lower-case word `lower`, packed as
/// [`pack`] does, or `None` when it is longer than eight bytes.
pub(crate) fn pack_folded(lower: &str) -> Option<u64> {
    let (mut v, mut n) = (0u64, 0usize);
    for c in lower.chars().map(strip_diacritics) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            if n == 8 {
                return None;
            }
            v |= u64::from(b) << (8 * n);
            n += 1;
        }
    }
    Some(v)
}

/// A set of packed words ([`pack`], [`pack_folded`]).
pub(crate) type KeySet = FxHashSet<u64>;

/// The key of a row that no packed word equals (more than eight bytes).
const LONG: u64 = u64::MAX;

/// [`pack`] of `bytes[s..e]`, or [`LONG`]: eight bytes read at once where the text has
/// them, the ones past the word masked off.
#[inline]
fn packed_at(bytes: &[u8], s: usize, e: usize) -> u64 {
    let len = e.saturating_sub(s);
    if len > 8 {
        LONG
    } else if len == 0 {
        0
    } else if let Some(eight) = bytes.get(s..s + 8) {
        let v = u64::from_le_bytes(eight.try_into().unwrap_or_default());
        v & (u64::MAX >> (8 * (8 - len)))
    } else {
        bytes.get(s..e).and_then(pack).unwrap_or(LONG)
    }
}

/// What the token view reads of each row's word, made once per document: its packed
/// lower-case form (folded in a segment written without marks), so that comparing a
/// token with a word is one integer compare, not a string compare.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    /// Per row: [`pack`] of the lower-case form, or [`pack_folded`] of it in a segment
    /// without marks; [`LONG`] when it does not fit.
    key: Vec<u64>,
    /// Per row: is it in a segment written without marks? Empty when none is.
    plain: Vec<bool>,
}

impl Words {
    /// The words of `table`'s rows; `lower` is the lower-case view of the text the table
    /// was made from (same byte offsets); `plain` says which rows are in segments written
    /// without marks (`None` when none is).
    pub(crate) fn new(
        lower: &str,
        table: &Syllables,
        plain: Option<&dyn Fn(usize) -> bool>,
    ) -> Words {
        let n = table.len();
        let marks: Vec<bool> = plain.map_or(Vec::new(), |p| (0..n).map(p).collect());
        let plain = if marks.contains(&true) {
            marks
        } else {
            Vec::new()
        };
        let bytes = lower.as_bytes();
        let rows = table.start.iter().zip(&table.end);
        let key = if plain.is_empty() {
            rows.map(|(&s, &e)| packed_at(bytes, s as usize, e as usize))
                .collect()
        } else {
            rows.zip(&plain)
                .map(|((&s, &e), &p)| {
                    let (s, e) = (s as usize, e as usize);
                    if p {
                        lower.get(s..e).and_then(pack_folded).unwrap_or(LONG)
                    } else {
                        packed_at(bytes, s, e)
                    }
                })
                .collect()
        };
        Words { key, plain }
    }
}

/// A list of phrases (lower-case words separated by single spaces) with the packed
/// first and last words of all of them, as written and folded: a token that starts or
/// ends none of them is told by one hash, before any phrase is compared.
pub(crate) struct Phrases {
    list: &'static [&'static str],
    /// Packed first words ([`pack`] at 0, [`pack_folded`] at 1), and last words.
    first: [KeySet; 2],
    last: [KeySet; 2],
}

impl Phrases {
    /// The phrases of `list`, in order.
    pub(crate) fn new(list: &'static [&'static str]) -> Phrases {
        let keys = |word: fn(&'static str) -> &'static str| -> [KeySet; 2] {
            let words = || list.iter().map(|p| word(p));
            [
                words().filter_map(|w| pack(w.as_bytes())).collect(),
                words().filter_map(pack_folded).collect(),
            ]
        };
        Phrases {
            list,
            first: keys(|p| p.split(' ').next().unwrap_or(p)),
            last: keys(|p| p.rsplit(' ').next().unwrap_or(p)),
        }
    }

    /// The phrases, in order.
    pub(crate) fn list(&self) -> &'static [&'static str] {
        self.list
    }

    /// Might token `i` be a word of `set`? (A word longer than eight bytes is not packed.)
    #[inline]
    fn may(set: &[KeySet; 2], l: &Lex, i: usize) -> bool {
        let key = l.key(i);
        key == LONG || set[usize::from(l.plain(i))].contains(&key)
    }

    /// The first phrase of the list at token `i` (as [`Lex::words`] reads it): its place
    /// in the list and the index after it.
    #[inline]
    pub(crate) fn at(&self, l: &Lex, i: usize) -> Option<(usize, usize)> {
        if !Phrases::may(&self.first, l, i) {
            return None;
        }
        self.list
            .iter()
            .enumerate()
            .find_map(|(n, p)| l.words(i, p).map(|k| (n, k)))
    }

    /// Might a phrase of the list end at token `i`? `false` tells that none does.
    #[inline]
    pub(crate) fn may_end(&self, l: &Lex, i: usize) -> bool {
        Phrases::may(&self.last, l, i)
    }
}

/// The token view of a text: the syllable table, read by index.
pub(crate) struct Lex<'a> {
    /// The text.
    pub(crate) text: &'a str,
    /// Its tokens, in order.
    t: Cow<'a, Syllables>,
    /// Their words, packed.
    w: Cow<'a, Words>,
}

impl<'a> Lex<'a> {
    /// Split `text` into tokens.
    #[cfg(test)]
    pub(crate) fn new(text: &'a str) -> Lex<'a> {
        Lex::owned(text, |_| false)
    }

    /// Split `text`, written without marks, into tokens.
    #[cfg(test)]
    pub(crate) fn new_plain(text: &'a str) -> Lex<'a> {
        Lex::owned(text, |_| true)
    }

    /// A view that owns its table; `plain` as in [`Words::new`].
    #[cfg(test)]
    fn owned(text: &'a str, plain: impl Fn(usize) -> bool) -> Lex<'a> {
        let t = Syllables::of_str(text);
        let mut lower = String::new();
        crate::normalize::lowercase_into(text, &mut lower);
        let w = Words::new(&lower, &t, Some(&plain));
        Lex {
            text,
            t: Cow::Owned(t),
            w: Cow::Owned(w),
        }
    }

    /// The view of a table already made for `text`, with its words.
    pub(crate) fn over(text: &'a str, table: &'a Syllables, words: &'a Words) -> Lex<'a> {
        Lex {
            text,
            t: Cow::Borrowed(table),
            w: Cow::Borrowed(words),
        }
    }

    /// The packed word of token `i` (see [`Words`]): what sets of packed words are
    /// asked about.
    #[inline]
    pub(crate) fn key(&self, i: usize) -> u64 {
        self.w.key.get(i).copied().unwrap_or(LONG)
    }

    /// Is token `i` in a segment written without marks?
    #[inline]
    pub(crate) fn plain(&self, i: usize) -> bool {
        self.w.plain.get(i).copied().unwrap_or(false)
    }

    /// Token `i`'s text is the lower-case word `lower`: in any case, and folded where the
    /// segment is written without marks. Words of up to eight bytes compare packed.
    #[inline]
    pub(crate) fn eq(&self, i: usize, lower: &str) -> bool {
        let Some(&key) = self.w.key.get(i) else {
            return lower.is_empty();
        };
        if self.plain(i) {
            return match pack_folded(lower) {
                Some(p) => key == p,
                None => eq_folded(self.s(i), lower),
            };
        }
        // The first byte rejects most words; a row longer than eight bytes equals only a
        // word as long.
        let b = lower.as_bytes();
        if key == LONG {
            b.len() > 8 && eq_ci(self.s(i), lower)
        } else {
            b.first().is_none_or(|&f| f == key as u8) && pack(b) == Some(key)
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

    /// The length of token `i` in bytes (0 past the end).
    #[inline]
    pub(crate) fn byte_len(&self, i: usize) -> usize {
        if i < self.t.len() {
            (self.t.end[i] - self.t.start[i]) as usize
        } else {
            0
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

    /// Token `i` is the word `lower`, in any case (folded in a segment without marks).
    pub(crate) fn is(&self, i: usize, lower: &str) -> bool {
        self.kind(i) == Some(Tk::Word) && self.eq(i, lower)
    }

    /// Token `i` is one of the words `lower`, in any case.
    pub(crate) fn is_any(&self, i: usize, lower: &[&str]) -> bool {
        self.kind(i) == Some(Tk::Word) && lower.iter().any(|w| self.eq(i, w))
    }

    /// Token `i` is one of the space-separated lower-case `words`, in any case.
    pub(crate) fn among(&self, i: usize, words: &str) -> bool {
        self.kind(i) == Some(Tk::Word) && words.split(' ').any(|w| self.eq(i, w))
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
    /// (The table's flag: its case rule agrees with Unicode's.)
    #[inline]
    pub(crate) fn upper(&self, i: usize) -> bool {
        const MASK: u8 = flag::KIND | flag::CAPITALISED;
        self.t
            .flags
            .get(i)
            .is_some_and(|f| f & MASK == flag::WORD | flag::CAPITALISED)
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
    use super::{Lex, Syllables, Words};

    #[test]
    fn words_compare_folded_only_where_the_segment_has_no_marks() {
        let text = "ngay 9 thang 10, tháng Mười";
        let table = Syllables::of_str(text);
        let none = Words::new(text, &table, None);
        let marked = Lex::over(text, &table, &none);
        assert!(!marked.is(0, "ngày") && !marked.is(2, "tháng") && marked.is(5, "tháng"));
        // Only the first two tokens are read without marks.
        let words = Words::new(text, &table, Some(&|i| i < 2));
        let plain = Lex::over(text, &table, &words);
        assert!(plain.plain(0) && !plain.plain(2));
        assert!(plain.is(0, "ngày") && !plain.is(2, "tháng") && plain.is(5, "tháng"));
        assert!(Lex::new_plain(text).is_any(2, &["tuần", "tháng"]));
        // A view where no token is plain keeps no marks at all.
        assert!(!Lex::over(text, &table, &none).plain(0));
    }
}
