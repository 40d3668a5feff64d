//! The grammar of spelled-out Vietnamese numerals (`hai mươi lăm`, `một trăm linh năm`,
//! `hai triệu rưỡi`): the word tables and the parser over the token view.
//!
//! The tables ([`UNITS`], [`AFTER_TENS`], [`AFTER_LINH`], [`SCALES`]) are the grammar's
//! words with their values, so a reader that writes numerals out (the speech form) can
//! use the same words in the other direction.

use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::LazyLock;

use super::tokens::{Lex, Tk, pack, pack_folded};

/// Tables of words with a one-digit value: `word` + digit, separated by spaces.
///
/// Digit words as the first word of a group and as tens.
pub(crate) const UNITS: &[(&str, u32)] = &[
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
pub(crate) const AFTER_TENS: &[(&str, u32)] = &[
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
pub(crate) const AFTER_LINH: &[(&str, u32)] = &[
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
pub(crate) const SCALES: &[(&str, u32)] = &[
    ("chục", 1),
    ("trăm", 2),
    ("nghìn", 3),
    ("ngàn", 3),
    ("vạn", 4),
    ("triệu", 6),
    ("tỷ", 9),
    ("tỉ", 9),
];

/// A table of words with values (see [`UNITS`]) by packed word ([`pack`]), and by
/// packed folded word ([`pack_folded`]) for segments written without marks, where the
/// first word of the table with a folded form gives its value (as a search in order
/// does).
pub(crate) struct Values([FxHashMap<u64, u32>; 2]);

impl Values {
    fn new(table: &[(&str, u32)]) -> Values {
        let (mut exact, mut folded) = (HashMap::default(), HashMap::default());
        for &(w, v) in table {
            // Every word of the tables fits in a packed key.
            debug_assert!(pack(w.as_bytes()).is_some() && pack_folded(w).is_some());
            if let Some(k) = pack(w.as_bytes()) {
                exact.entry(k).or_insert(v);
            }
            if let Some(k) = pack_folded(w) {
                folded.entry(k).or_insert(v);
            }
        }
        Values([exact, folded])
    }
}

/// [`UNITS`], [`AFTER_TENS`], [`AFTER_LINH`] and [`SCALES`] by packed word.
static UNIT_VALUES: LazyLock<Values> = LazyLock::new(|| Values::new(UNITS));
static AFTER_TENS_VALUES: LazyLock<Values> = LazyLock::new(|| Values::new(AFTER_TENS));
static AFTER_LINH_VALUES: LazyLock<Values> = LazyLock::new(|| Values::new(AFTER_LINH));
static SCALE_VALUES: LazyLock<Values> = LazyLock::new(|| Values::new(SCALES));

/// The value of word `i` in `table` (see [`UNITS`]).
fn lookup(lex: &Lex, i: usize, table: &Values) -> Option<u32> {
    // Number words are short: a longer token is none of them.
    if lex.kind(i) != Some(Tk::Word) || lex.byte_len(i) > 8 {
        return None;
    }
    table.0[usize::from(lex.plain(i))].get(&lex.key(i)).copied()
}

/// Word `i` is the number word `w` (one of the tables').
fn is_word(lex: &Lex, i: usize, w: &str) -> bool {
    lex.kind(i) == Some(Tk::Word) && lex.byte_len(i) <= 8 && lex.eq(i, w)
}

/// Word `i` may continue a spelled numeral: lower case, after a space.
fn next_word(lex: &Lex, i: usize) -> bool {
    lex.spaced(i) && lex.lower(i)
}

/// A unit word from `table` at `i`, as a non-first word of a numeral.
fn unit(lex: &Lex, i: usize, table: &Values) -> Option<u32> {
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
        let Some(e) = lookup(lex, i, &SCALE_VALUES).and_then(|e| i32::try_from(e).ok()) else {
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
    if next_word(lex, i + 1) && is_word(lex, i + 1, "trăm") {
        let h = if !first && lex.is(i, "không") && next_word(lex, i) {
            Some(0)
        } else {
            word(i, &UNIT_VALUES)
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
        if let Some(u) = unit(lex, j + 1, &AFTER_LINH_VALUES) {
            return Some((j + 2, f64::from(v + u)));
        }
    } else if tens_word(j, "mười") {
        let u = unit(lex, j + 1, &AFTER_TENS_VALUES).filter(|_| !lex.is(j + 1, "mốt"));
        return Some((
            j + 1 + usize::from(u.is_some()),
            f64::from(v + 10 + u.unwrap_or(0)),
        ));
    } else if let Some(t) = word(j, &UNIT_VALUES)
        .filter(|&t| t >= 2 && next_word(lex, j + 1) && is_word(lex, j + 1, "mươi"))
    {
        let u = unit(lex, j + 2, &AFTER_TENS_VALUES);
        return Some((
            j + 2 + usize::from(u.is_some()),
            f64::from(v + 10 * t + u.unwrap_or(0)),
        ));
    } else if !hundreds && first {
        if let Some(u) = word(j, &UNIT_VALUES) {
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

/// Token `i` is a number word (`hai`, `mười`, `mươi`, `trăm`, ...).
pub(crate) fn is_number_word(lex: &Lex, i: usize) -> bool {
    // Without marks `tu` is far more often `từ` than the numeral `tư`.
    let tu = if lex.plain(i) { "" } else { "tư" };
    lookup(lex, i, &UNIT_VALUES).is_some() || lex.is_any(i, &["mười", "mươi", "trăm", tu, "lăm"])
}
