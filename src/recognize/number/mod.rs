//! Numbers in normalized text: numerals with Vietnamese separators, multiplier words,
//! percentages and spelled-out numerals.
//!
//! | written | span | value |
//! |---|---|---|
//! | `2.900`, `1.234.567`, `1,5`, `2.900,5` | as written | 2900, 1234567, 1.5, 2900.5 |
//! | `trên 5 nghìn hội nghị`, `1,5 triệu`, `3 tỷ`, `2 vạn`, `5 trăm nghìn` | `5 nghìn`, ... | 5000, 1500000, 3e9, 20000, 500000 |
//! | `1 triệu 200 nghìn` (shrinking scales) | as written | 1200000 |
//! | `15%`, `15 %`, `15 phần trăm` | `15`: the sign or words stay outside | 15 |
//! | `5km`, `20kg`, `1.500m2` | `5`, ...: a glued unit stays outside | 5, 20, 1500 |
//! | `12/17` (not a day and month) | two numbers, `12` and `17` | 12, 17 |
//! | `hai mươi lăm`, `một trăm linh năm`, `ba nghìn`, `hai triệu rưỡi` | as written | 25, 105, 3000, 2500000 |
//!
//! Qualifiers (`hơn`, `trên`, `gần`, `khoảng`, `hàng`, `chừng`) are never part of a span.
//!
//! Decisions on ambiguous forms:
//! - A `.` groups thousands only when exactly three digits follow and the first group has
//!   one to three digits without a leading zero. A single `.` followed by one or two
//!   digits is read as an English decimal point (`45.5`, `0.5`) unless the two parts
//!   could be a day and a month: `6.11` is neither a number nor (without a trigger) a
//!   date. `1.2.3`, `1,2,3`, `1.2345` are not numbers at all.
//! - Digit chains glued to letters (`VJ133`, `PC02`, `10h15`, `24-KL/TW`), or
//!   containing `/`, `:` or `_` (codes, times, `1/5` which may be a day and a month) are
//!   not numbers, except a numeral glued to a unit (`5km`) and a ratio that cannot be a
//!   date (`12/17`). `A-B` between two numerals is a range: both are numbers; a multiplier after
//!   `B` scales `A` too (`2-3 triệu`: `2` is 2000000), without entering its span.
//! - Phone numbers are skipped: a leading zero is allowed only in two-digit numerals
//!   (`05 đối tượng`), so `0912345678` and `0912.345.678` fail; `0912 345 678` (groups
//!   totalling nine digits or more after a leading-zero group) and anything after a glued
//!   `+` are skipped as a whole. Integer parts longer than 15 digits are identifiers, not
//!   quantities.
//! - Identifiers and ordinals are not numbers: a numeral after a word that names or ranks
//!   (`Chỉ thị 12`, `Điều 15`, `lần thứ 15`, `xóm 7`, `quốc lộ 1`, `số 24`).
//! - Spelled-out numerals: words after the first must be lower case; a capitalised first
//!   word only at a sentence start (`Hai Bà Trưng` mid-sentence is a name); nothing after
//!   `thứ`, `tháng`, `mùng`, `mồng`, `hạng`, `giải` (ordinals, month names). A numeral of
//!   one word is kept only when a lower-case word follows it after a space, the word
//!   before is not a capitalised name word, and it is not `một` (too common as "a"); `năm`
//!   alone only before a counted noun (`năm người`, not `năm nay`), `ba` not before
//!   `mẹ`, `tôi`, `ơi`... ("father"), `chín` not in `chín muồi`, `nấu chín` ("ripe"),
//!   none before `chiều` (`hai chiều`, two-way). A capitalised numeral word that starts a
//!   sentence is a name, not a number, where the document writes it as the last word of a
//!   name (`Lê Văn Tám ... Tám đã`): the number recognizer leaves it to the people.

use rustc_hash::FxHashMap;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

use super::common::numerals;
use super::common::tokens::{CHAIN, KeySet, Lex, Tk, pack, pack_folded};
use super::common::{Doc, Found, Hit, HitKinds, KindSet, RawValue, Recognizer};
use crate::span::Kind;
use words::{
    BEFORE_A_COUNT, BLOCK_PREV, COUNTED, DIRECTIONS, FATHER, FOLDED_AWAY, IDENTIFIERS, NOT_COUNTED,
    RIPE_AFTER, RIPE_BEFORE, UNITS, YEAR_PREV,
};

/// Numbers in digits and in words, outside dates and codes.
pub(crate) struct Numbers;

impl Recognizer for Numbers {
    fn name(&self) -> &'static str {
        "numbers"
    }
    fn needs(&self) -> HitKinds {
        HitKinds::NOTHING
    }
    fn reads(&self) -> &'static [Kind] {
        &[Kind::Date, Kind::Abbreviation]
    }
    fn emits(&self) -> &'static [(Kind, u8)] {
        &[(Kind::Number, 7)]
    }
    fn recognize<'a>(&self, doc: &Doc<'a>, _hits: &[Hit], found: &mut Found<'a>) {
        const TAKEN: KindSet = KindSet::of(&[Kind::Date, Kind::Abbreviation]);
        let taken = |r: Range<usize>| found.overlaps(r, TAKEN);
        for n in find_numbers_in(&doc.tokens(), doc.lower(), &taken) {
            let i = found.push(Kind::Number, n.start..n.end);
            found.attrs(i).value = Some(RawValue::Number(n.value));
        }
    }
}

/// A number found in normalized text: its byte range and value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NumberFound {
    /// Byte offset of the span's start.
    pub(crate) start: usize,
    /// Byte offset just past the span.
    pub(crate) end: usize,
    /// The value.
    pub(crate) value: f64,
}

/// Finds numbers in `text`, sorted and non-overlapping.
///
/// `taken`: byte ranges (sorted, non-overlapping) already claimed by dates or document
/// codes; numbers must not overlap them.
#[cfg(test)]
pub(crate) fn find_numbers(text: &str, taken: &[Range<usize>]) -> Vec<NumberFound> {
    let taken = |r: Range<usize>| taken.iter().any(|t| t.start < r.end && r.start < t.end);
    find_numbers_in(&Lex::new(text), &text.to_lowercase(), &taken)
}

/// Words a spelled-out numeral can begin with (lower case, sorted).
pub(crate) const SPELLED_STARTS: &[&str] = &[
    "ba", "bảy", "bẩy", "bốn", "chín", "hai", "mười", "một", "năm", "sáu", "tám",
];

/// [`SPELLED_STARTS`] packed ([`pack`]), and packed without marks ([`pack_folded`]) for
/// segments written without them.
static SPELLED_KEYS: LazyLock<[KeySet; 2]> = LazyLock::new(|| {
    let keys = |f: fn(&str) -> Option<u64>| SPELLED_STARTS.iter().filter_map(|w| f(w)).collect();
    [keys(|w| pack(w.as_bytes())), keys(pack_folded)]
});

/// [`find_numbers`] over an already tokenized text; `taken` says whether a range
/// overlaps a date or a code already found.
pub(crate) fn find_numbers_in(
    l: &Lex<'_>,
    lower: &str,
    taken: &dyn Fn(Range<usize>) -> bool,
) -> Vec<NumberFound> {
    let mut f = Finder {
        l,
        lower,
        taken,
        out: Vec::new(),
        names_by_word: Default::default(),
    };
    let mut i = 0;
    while i < l.len() {
        i = match l.kind(i) {
            Some(Tk::Num) => f.numeric(i),
            // Only a word glued to more (a code) or one that can start a numeral matters.
            Some(Tk::Word) if l.glued(i + 1) => f.word(i),
            Some(Tk::Word) if SPELLED_KEYS[usize::from(l.plain(i))].contains(&l.key(i)) => {
                f.word(i)
            }
            _ => i + 1,
        }
        .max(i + 1);
    }
    f.out
}

/// The end of the chain of tokens glued to token `i` (letters, digits, chain punctuation).
fn chain_end(l: &Lex, i: usize) -> usize {
    let mut j = i + 1;
    loop {
        if l.glued(j) && l.alnum(j) {
            j += 1;
        } else if l.glued(j)
            && l.kind(j) == Some(Tk::Punct)
            && l.s(j).starts_with(CHAIN)
            && l.glued(j + 1)
            && l.alnum(j + 1)
        {
            j += 2;
        } else {
            return j;
        }
    }
}

/// Digits with Vietnamese separators in tokens `a..b`: all digits and how many of them are
/// decimals.
fn numeral(l: &Lex, a: usize, b: usize) -> Option<(String, usize)> {
    let mut commas = (a..b).filter(|&k| l.punct(k, ','));
    let comma = commas.next();
    if commas.next().is_some() || comma.is_some_and(|c| c + 2 != b) {
        return None;
    }
    let int_end = comma.unwrap_or(b);
    let dots = (a..int_end).filter(|&k| l.punct(k, '.')).count();
    let first = l.s(a);
    let lead0 = first.len() > 1 && first.starts_with('0');
    let mut digits = String::from(first);
    let mut frac = 0;
    if dots == 0 {
        if lead0 && first.len() != 2 {
            return None;
        }
    } else if dots == 1 && comma.is_none() && b == a + 3 && l.s(a + 2).len() <= 2 {
        let (d, m) = (l.num(a)?.0, l.num(a + 2)?.0);
        if lead0 || ((1..=31).contains(&d) && (1..=12).contains(&m)) {
            return None;
        }
        digits.push_str(l.s(a + 2));
        frac = l.s(a + 2).len();
    } else {
        if first.len() > 3 || first.starts_with('0') {
            return None;
        }
        for k in (a + 2..int_end).step_by(2) {
            if l.s(k).len() != 3 {
                return None;
            }
            digits.push_str(l.s(k));
        }
    }
    if let Some(c) = comma {
        digits.push_str(l.s(c + 1));
        frac += l.s(c + 1).len();
    }
    (digits.len() - frac <= 15 && frac <= 15).then_some((digits, frac))
}

/// `digits × 10^(exp − frac)`.
fn value((digits, frac): &(String, usize), exp: i32) -> Option<f64> {
    let e = exp - i32::try_from(*frac).ok()?;
    format!("{digits}e{e}")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

/// The scan over one text.
struct Finder<'a, 't> {
    /// The tokens.
    l: &'a Lex<'t>,
    /// The lower-case text, for the words before a numeral.
    lower: &'a str,
    /// Does a range overlap one that numbers must not overlap?
    taken: &'a dyn Fn(Range<usize>) -> bool,
    /// The numbers found so far.
    out: Vec<NumberFound>,
    /// Per capitalised word, the first two places where it ends a name
    /// ([`Finder::names_someone`]), found on the first question.
    names_by_word: OnceCell<FxHashMap<&'t str, [Option<usize>; 2]>>,
}

impl Finder<'_, '_> {
    /// Records tokens `s..e` with `value` unless they overlap a taken range.
    fn push(&mut self, s: usize, e: usize, value: f64) {
        let (start, end) = (self.l.start(s), self.l.end(e - 1));
        if (self.taken)(start..end) {
            return;
        }
        self.out.push(NumberFound { start, end, value });
    }

    /// After a numeral ending before `e`: `%`, `phần trăm`.
    fn percent(&self, e: usize) -> Option<usize> {
        let l = self.l;
        if l.punct(e, '%') {
            return Some(e + 1);
        }
        l.words(e, "phần trăm").filter(|_| l.spaced(e))
    }

    /// Leading-zero digit groups separated by spaces from `j` on (`0912 345 678`):
    /// the index after them when they add up to a phone number of `digits` + nine or more.
    fn phone_groups(&self, mut j: usize, mut digits: usize) -> Option<usize> {
        let l = self.l;
        while l.spaced(j) && l.num(j).is_some_and(|(_, n)| (2..=4).contains(&n)) {
            if chain_end(l, j) != j + 1 {
                break;
            }
            digits += l.s(j).len();
            j += 1;
        }
        (digits >= 9).then_some(j)
    }

    /// The chain of digits starting at token `i`; returns where to go on.
    fn numeric(&mut self, i: usize) -> usize {
        let l = self.l;
        let end = chain_end(l, i);
        if i > 0 && l.glued(i) && l.punct(i - 1, '+') {
            return self.phone_groups(end, 9).unwrap_or(end);
        }
        if end == i + 1 && l.s(i).starts_with('0') && (2..=4).contains(&l.s(i).len()) {
            if let Some(j) = self.phone_groups(end, l.s(i).len()) {
                return j;
            }
        }
        if self.named(i) {
            return end;
        }
        if self.ratio(i, end) {
            return end;
        }
        // A unit glued to the numeral stays outside: the numeral is read up to it.
        if let Some(k) = self.unit_after(i, end) {
            return self.digits(i, k).max(end);
        }
        self.digits(i, end)
    }

    /// The numeral (or range) in tokens `i..end`, with what follows it; returns where to
    /// go on.
    fn digits(&mut self, i: usize, end: usize) -> usize {
        let l = self.l;
        let bad = |k: usize| {
            l.kind(k) == Some(Tk::Word) || ['/', ':', '_'].iter().any(|&c| l.punct(k, c))
        };
        let mut dashes = (i..end).filter(|&k| l.punct(k, '-'));
        let dash = dashes.next();
        if (i..end).any(bad) || dashes.next().is_some() {
            return end;
        }
        let a_end = dash.unwrap_or(end);
        let Some(a) = numeral(l, i, a_end) else {
            return end;
        };
        let b = match dash {
            Some(d) => match numeral(l, d + 1, end) {
                Some(b) => Some((d + 1, b)),
                None => return end,
            },
            None => None,
        };
        let (last_start, last) = b.clone().unwrap_or((i, a.clone()));
        let (next, exp, total) = self.suffix(end, &last);
        if let Some(v) = b.is_some().then(|| value(&a, exp)).flatten() {
            self.push(i, a_end, v);
        }
        if let Some(v) = total {
            let span_end = if self.percent(end).is_some() {
                end
            } else {
                next
            };
            self.push(last_start, span_end, v);
        }
        next
    }

    /// Is the numeral at token `i` an identifier or an ordinal by the words before it
    /// (`Chỉ thị 12`, `lần thứ 15`, `xóm 7`, `quốc lộ 1`)?
    fn named(&self, i: usize) -> bool {
        let l = self.l;
        if i == 0 || !IDENTIFIERS.may_end(l, i - 1) {
            return false;
        }
        let plain = l.plain(i - 1);
        IDENTIFIERS.list().iter().any(|w| {
            if plain && FOLDED_AWAY.contains(w) {
                return false;
            }
            // Words in `w`: counted by bytes (a split per word and numeral cost 2% of a run).
            let n = 1 + w.bytes().filter(|&b| b == b' ').count();
            i >= n && l.words(i - n, w) == Some(i)
                // `tỷ số 3-1`, `tổng số 50`: a score and a total count.
                && !(*w == "số" && i > n && l.is_any(i - n - 1, &BEFORE_A_COUNT))
        })
    }

    /// `5km`, `1.500m2`, `20kg`: a numeral glued to a unit is a number, the unit outside.
    /// Returns the token where the unit starts.
    fn unit_after(&self, i: usize, end: usize) -> Option<usize> {
        let l = self.l;
        let k = (i..end).find(|&k| l.kind(k) == Some(Tk::Word))?;
        let unit = self.lower.get(l.start(k)..l.end(end - 1))?;
        (k > i && UNITS.contains(&unit)).then_some(k)
    }

    /// `12/17`: two numbers when they cannot be a day and a month.
    fn ratio(&mut self, i: usize, end: usize) -> bool {
        let l = self.l;
        if end != i + 3 || !l.punct(i + 1, '/') || l.kind(i + 2) != Some(Tk::Num) {
            return false;
        }
        let (a, b) = (l.s(i), l.s(i + 2));
        if a.len() > 4 || b.len() > 4 || a.starts_with('0') || b.starts_with('0') {
            return false;
        }
        let (Ok(x), Ok(y)) = (a.parse::<u32>(), b.parse::<u32>()) else {
            return false;
        };
        if (1..=31).contains(&x) && (1..=12).contains(&y) {
            return false;
        }
        self.push(i, i + 1, f64::from(x));
        self.push(i + 2, i + 3, f64::from(y));
        true
    }

    /// Percent or multiplier words after the numeral `n` that ends before `e`, and further
    /// groups of shrinking scale (`1 triệu 200 nghìn`): the end, the scale of the first
    /// group and the total.
    fn suffix(&self, e: usize, n: &(String, usize)) -> (usize, i32, Option<f64>) {
        let l = self.l;
        // `%` and `phần trăm` stay outside the span, like any unit.
        if let Some(p) = self.percent(e) {
            return (p, 0, value(n, 0));
        }
        let (mut k, exp) = numerals::scales(l, e, false);
        let Some(mut total) = value(n, exp) else {
            return (e, 0, None);
        };
        let mut prev = exp;
        while prev > 1 && l.spaced(k) && l.kind(k) == Some(Tk::Num) {
            let ce = chain_end(l, k);
            let Some(m) = numeral(l, k, ce).filter(|m| m.1 == 0) else {
                break;
            };
            let (k2, e2) = numerals::scales(l, ce, false);
            let Some(v) = value(&m, e2).filter(|_| e2 >= 1 && e2 < prev) else {
                break;
            };
            total += v;
            (k, prev) = (k2, e2);
        }
        (k, exp, Some(total))
    }

    /// A word at token `i`: a spelled-out numeral or nothing; returns where to go on.
    fn word(&mut self, i: usize) -> usize {
        let end = chain_end(self.l, i);
        if end > i + 1 {
            return end;
        }
        match self.spelled(i) {
            Some((e, v)) => {
                self.push(i, e, v);
                self.percent(e).unwrap_or(e)
            }
            None => i + 1,
        }
    }

    /// Does the document name someone by the capitalised numeral word at `i` (`Tám`
    /// after `Lê Văn Tám`): is it written elsewhere as the last word of a name, after a
    /// capitalised word? Then the word here is that person, not a number.
    /// The places are found in one pass over the document, on the first question: per
    /// capitalised word after a capitalised word, the first two places where it ends a
    /// name (two answer for any `i`).
    fn names_someone(&self, i: usize) -> bool {
        let l = self.l;
        let named = self.names_by_word.get_or_init(|| {
            let mut named: FxHashMap<&str, [Option<usize>; 2]> = FxHashMap::default();
            for k in 1..l.len() {
                let last_of_name = l.upper(k)
                    && l.spaced(k)
                    && l.kind(k - 1) == Some(Tk::Word)
                    && l.upper(k - 1)
                    && !l.glued(k + 1);
                if last_of_name {
                    let places = named.entry(l.s(k)).or_default();
                    if let Some(free) = places.iter_mut().find(|p| p.is_none()) {
                        *free = Some(k);
                    }
                }
            }
            named
        });
        named
            .get(l.s(i))
            .is_some_and(|places| places.iter().flatten().any(|&k| k != i))
    }

    /// Without marks most one-word numerals are also other words (`sau` after, `bay`
    /// fly, `tam` temporary, `nam` south, `hai` in `thiệt hại`): only `hai`, `ba`, `bốn`
    /// before a counted noun count (`hai nguoi`), not `ba con` (`bà con`, the people).
    fn plain_count(&self, i: usize) -> bool {
        let (l, e) = (self.l, i + 1);
        (l.among(i, "hai ba bốn") && l.among(e, COUNTED) && !(l.is(i, "ba") && l.is(e, "con")))
            || self.percent(e).is_some()
    }

    /// A spelled-out numeral at `i` that passes the noise rules (see the module docs).
    fn spelled(&self, i: usize) -> Option<(usize, f64)> {
        let l = self.l;
        let (e, v) = numerals::spelled(l, i)?;
        if !l.left_ok(i) || !l.right_ok(e) || (i > 0 && l.is_any(i - 1, BLOCK_PREV)) {
            return None;
        }
        let all_caps = |k: usize| {
            l.kind(k) == Some(Tk::Word)
                && l.s(k).chars().count() > 1
                && !l.s(k).chars().any(char::is_lowercase)
        };
        let caps = |k: usize| all_caps(k) && ((k > 0 && all_caps(k - 1)) || all_caps(k + 1));
        let sentence_start = |i: usize| {
            i == 0
                || l.text[l.end(i - 1)..l.start(i)].contains('\n')
                || (l.kind(i - 1) == Some(Tk::Punct) && !l.punct(i - 1, ','))
        };
        // Among words in capitals case tells nothing: a numeral there counts only the noun
        // after it (`HAI NGÀY`; `LÊ VĂN TÁM ĐÃ` is a name).
        if caps(i) {
            let counts = if l.plain(i) {
                self.plain_count(i)
            } else {
                l.among(e, COUNTED)
            };
            return (e == i + 1 && counts && l.spaced(e) && !l.is(i, "một")).then_some((e, v));
        }
        if l.upper(i)
            && (!sentence_start(i) || (e == i + 1 && !l.among(e, COUNTED) && self.names_someone(i)))
        {
            return None;
        }
        if e == i + 1 && l.plain(i) && !self.plain_count(i) {
            return None;
        }
        if e == i + 1 && self.percent(e).is_none() {
            // A capitalised word that only starts the sentence (`Trong hai ngày`) is no name.
            let name_before = i > 0
                && l.upper(i - 1)
                && l.s(i - 1).chars().skip(1).any(char::is_lowercase)
                && !sentence_start(i - 1);
            let before = |words| i > 0 && l.among(i - 1, words);
            let lone = l.is(i, "một")
                || !(l.spaced(e) && l.lower(e))
                || l.among(e, NOT_COUNTED)
                || l.among(e, DIRECTIONS)
                || name_before
                || (l.is(i, "năm") && (!l.among(e, COUNTED) || before(YEAR_PREV)))
                || (l.is(i, "ba") && l.among(e, FATHER))
                || (l.is(i, "chín") && (l.among(e, RIPE_AFTER) || before(RIPE_BEFORE)));
            if lone {
                return None;
            }
        }
        Some((e, v))
    }
}

#[cfg(test)]
mod tests;
mod words;
