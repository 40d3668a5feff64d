//! Calendar words built on numerals: month names after `tháng`, weekdays, clock times.

use crate::recognize::common::tokens::Lex;

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

/// `thứ Hai` ... `thứ Bảy`, `thứ 2` ... `thứ 7`, `Chủ nhật`, `CN`: the index after it
/// and the day of the week (1 Monday ... 7 Sunday).
pub(crate) fn weekday(l: &Lex, j: usize) -> Option<(usize, u32)> {
    if l.is(j, "thứ") && l.spaced(j + 1) {
        let word = WEEKDAYS.iter().position(|w| l.is(j + 1, w));
        let word = word.and_then(|n| u32::try_from(n.min(5) + 1).ok());
        let digit = l
            .num(j + 1)
            .filter(|&(d, n)| n == 1 && (2..=7).contains(&d));
        if let Some(d) = word.or(digit.map(|(d, _)| d - 1)) {
            return Some((j + 2, d));
        }
    }
    let sunday = l.words(j, "chủ nhật").or((l.s(j) == "CN").then_some(j + 1));
    sunday.map(|k| (k, 7))
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
