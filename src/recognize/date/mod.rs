//! Dates, times and periods in normalized text, with TIMEX-like values.
//!
//! | written | value |
//! |---|---|
//! | `6/11/2020`, `06-11-2020`, `6.11.2020`, `ngày 6 tháng 11 năm 2020`, ISO `2020-11-06` | `2020-11-06` |
//! | `Chiều 6.11`, `ngày 6/11`, `sáng thứ Hai (6/11)`, `(6/11)`, `27/4` | `XXXX-11-06`, `XXXX-04-27` |
//! | `tháng 11/2020`, `tháng 11 năm 2020`, bare ISO `2020-11` | `2020-11` |
//! | `tháng 11`, `tháng Mười hai` | `XXXX-11`, `XXXX-12` |
//! | `năm 2020`; `năm nay`, `năm ngoái`/`năm trước`, `năm sau`/`năm tới` | `2020`; `XXXX` (or the reference year, −1, +1) |
//! | `hôm nay`, `hôm qua`, `ngày mai`, `sáng nay`, `tối qua` | the reference date, −1 day, +1 day (skipped without a reference) |
//! | `giai đoạn 2013 - 2020`, `nhiệm kỳ 2020-2025`, `2021 - 2025`, `từ năm 2015 đến năm 2020` | `2013/2020` |
//! | `từ 8h đến 10h`, `từ tháng 1 đến tháng 3/2021` | `T08:00/T10:00`, `2021-01/2021-03` (the year of the end is lent to the start) |
//! | `10h15`, `10:15`, `10 giờ 15 phút`, `3 giờ chiều` | `T10:15`, `T15:00` |
//! | `10h15 ngày 27/4/2021`, `31/12/2021 23:59` | `2021-04-27T10:15`, `2021-12-31T23:59` |
//! | `Nguyễn Văn A (1970)`: a year of birth in brackets after a name | `1970` |
//! | `Tết Nguyên đán Tân Sửu 2021` | `2021`: the lunar year (a Tết without a written year is skipped) |
//! | `mùng 1 Tết năm 2021`, `rằm tháng Giêng năm 2021`, `15/7 âm lịch` | lunar dates: `L` before the month, `2021-L01-01`, `2021-L01-15`, `XXXX-L07-15` |
//!
//! With a reference date every `XXXX` becomes the reference year. Spans include their
//! trigger words (part of day, weekday, `ngày`, `giai đoạn`, `từ`, `năm`, a closing `)`
//! after a weekday) but not `lúc`, `vào` or a lone `(`.
//!
//! Ambiguous forms:
//! - `D.M` and `D-M` are dates only after a trigger (`ngày`, `hôm`, `mùng`, a part of day,
//!   a weekday, a time, `(`, `từ`/`đến` of a range) or with a year (`6.11.2020`); alone,
//!   `6.11` is left to no one (the number recognizer does not read it either).
//! - `D/M` alone is a date only when it cannot be a small fraction: the day is 13 or more,
//!   or a part is written with a leading zero (`06/11`); `1/5 số hộ` is not a date, nor
//!   is `24/7`. Both parts must have at most two digits and the day must exist.
//! - Anything glued to letters or further chain punctuation is a code, a version or a
//!   phone number, not a date: `123/2020/NĐ-CP`, `24-KL/TW`, `1.2.3`, `0912.345.678`.
//! - `10h`/`10 giờ` without minutes is a time only after `lúc`, `vào`, `từ`, `đến`,
//!   `tới`, `khoảng`, inside a range, or before a part of day or a date (`trong 24h` is a
//!   duration); times after `trong`, `mất`, `suốt`, `hơn`, `gần` are durations.
//! - Periods need two years in 1900–2100, the second later than the first.

use super::common::numerals::is_number_word;
use std::sync::LazyLock;

use super::common::tokens::{KeySet, Lex, Phrases, Tk, pack, pack_folded};
use super::common::{Doc, Found, Hit, HitKinds, RawValue, Recognizer};
use crate::calendar::days_in_month;
use crate::span::Kind;
use value::Days;
use words::{clock, month_name, weekday};

/// Dates, times and periods, read from the document's tokens.
pub(crate) struct Dates;

impl Recognizer for Dates {
    fn name(&self) -> &'static str {
        "dates"
    }
    fn needs(&self) -> HitKinds {
        HitKinds::NOTHING
    }
    fn emits(&self) -> &'static [(Kind, u8)] {
        &[(Kind::Date, 8)]
    }
    fn recognize<'a>(&self, doc: &Doc<'a>, _hits: &[Hit], found: &mut Found<'a>) {
        for d in find_dates_in(&doc.tokens(), doc.reference_date) {
            let i = found.push(Kind::Date, d.start..d.end);
            let value = found.text(d.value);
            found.attrs(i).value = Some(RawValue::Text(value));
        }
    }
}

/// A date, time or period found in normalized text: its byte range and TIMEX-like value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateFound {
    /// Byte offset of the span's start.
    pub(crate) start: usize,
    /// Byte offset just past the span.
    pub(crate) end: usize,
    /// The TIMEX-like value (`2020-11-06`, `XXXX-11`, `2013/2020`, `T10:15`).
    pub(crate) value: String,
}

/// Finds dates, times and periods in `text`, sorted and non-overlapping.
///
/// `reference`: (year, month, day) of the document, when the caller knows it; resolves
/// unknown years and `năm nay`, `hôm nay`.
#[cfg(test)]
pub(crate) fn find_dates(text: &str, reference: Option<(i32, u32, u32)>) -> Vec<DateFound> {
    find_dates_in(&Lex::new(text), reference)
}

/// Words that can begin a date rule (lower case, sorted): everything else is skipped
/// without trying the rules, which keeps the scan linear and cheap on ordinary words.
const STARTS: &[&str] = &[
    "bính", "canh", "chiều", "chủ", "cn", "cuối", "dần", "dậu", "giai", "giáp", "giữa", "hôm",
    "hợi", "khoảng", "khuya", "kỉ", "kỷ", "lúc", "mai", "mão", "mùa", "mùi", "mùng", "mậu", "mẹo",
    "mồng", "ngày", "ngọ", "nhiệm", "nhâm", "niên", "năm", "quý", "rạng", "rằm", "sn", "sáng",
    "sửu", "tháng", "thân", "thìn", "thứ", "trưa", "tuất", "tân", "tí", "tý", "tết", "tị", "tối",
    "tới", "từ", "tỵ", "vào", "vụ", "xuân", "đinh", "đêm", "đầu", "đến", "ất",
];

/// [`STARTS`] packed ([`pack`]), and packed without marks ([`pack_folded`]) for
/// segments written without them: one integer hash per word decides.
static START_KEYS: LazyLock<[KeySet; 2]> = LazyLock::new(|| {
    let keys = |f: fn(&str) -> Option<u64>| STARTS.iter().filter_map(|w| f(w)).collect();
    [keys(|w| pack(w.as_bytes())), keys(pack_folded)]
});

/// Could token `i` begin a date?
fn may_start(l: &Lex<'_>, i: usize) -> bool {
    match l.kind(i) {
        Some(Tk::Num) => true,
        Some(Tk::Punct) => l.punct(i, '('),
        Some(Tk::Word) => START_KEYS[usize::from(l.plain(i))].contains(&l.key(i)),
        None => false,
    }
}

/// [`find_dates`] over an already tokenized text.
pub(crate) fn find_dates_in(l: &Lex<'_>, reference: Option<(i32, u32, u32)>) -> Vec<DateFound> {
    let p = Parser { l, reference };
    let mut days = Days::default();
    let mut out = Vec::new();
    let mut push = |s: usize, e: usize, v: Val| {
        let v = days.resolve(v);
        out.push(DateFound {
            start: p.l.start(s),
            end: p.l.end(e - 1),
            value: p.format(&v),
        });
    };
    let mut i = 0;
    while i < p.l.len() {
        if !may_start(p.l, i) {
            i += 1;
            continue;
        }
        if let Some(list) = p.day_list(i) {
            for &(s, e, w) in &list {
                push(s, e, (w, None));
            }
            i = list.last().map_or(i + 1, |&(_, e, _)| e);
            continue;
        }
        match p.at(i) {
            Some((s, e, v)) if e > s => {
                push(s, e, v);
                i = e;
            }
            _ => i += 1,
        }
    }
    out
}

/// A point in time as far as the text tells it.
#[derive(Debug, Clone, Copy, Default)]
struct When {
    /// A calendar part is present (a year-only `XXXX` too).
    date: bool,
    /// The year, when written or implied (`năm ngoái` with a reference).
    year: Option<i32>,
    /// The month, 1–12.
    month: Option<u32>,
    /// The day of the month.
    day: Option<u32>,
    /// Month and day are lunar.
    lunar: bool,
    /// Hour and minute.
    time: Option<(u32, u32)>,
    /// A quarter or a season of the year, instead of a month.
    part: Option<Part>,
    /// A day named by its relation to another (`hôm nay`, `cùng ngày`).
    anchor: Option<Anchor>,
    /// A day of the week written without its date (1 Monday ... 7 Sunday).
    weekday: Option<u32>,
}

/// A day the text names without writing its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchor {
    /// `cùng ngày`: the day of the date before it in the document.
    SameDay,
    /// A day that no date of the document or reference tells (`hôm nay` without a
    /// reference date).
    Unknown,
}

/// A part of a year written instead of a month.
#[derive(Debug, Clone, Copy)]
enum Part {
    /// `quý II` → `Q2`.
    Quarter(u32),
    /// `mùa hè` → `SU` (TIMEX season codes).
    Season(&'static str),
}

impl When {
    /// A calendar date with the parts given.
    fn ymd(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> When {
        When {
            date: true,
            year,
            month,
            day,
            ..When::default()
        }
    }

    /// The same date, lunar when `lunar`.
    fn lunar(self, lunar: bool) -> When {
        When { lunar, ..self }
    }
}

/// A point, or a period from the first to the second.
type Val = (When, Option<When>);

/// Parts of the day; the index picks the hour shift.
pub(super) const PODS: &[&str] = &["rạng sáng", "sáng", "trưa", "chiều", "tối", "đêm", "khuya"];
/// [`PODS`] with their first words packed.
pub(super) static POD: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(PODS));
/// Words before a period (`giai đoạn 2013 - 2020`), longest first.
const PERIOD_TRIGGERS: &[&str] = &[
    "giai đoạn",
    "nhiệm kỳ",
    "nhiệm kì",
    "thời kỳ",
    "thời kì",
    "năm học",
    "niên khóa",
    "niên khoá",
    "niên độ",
    "năm",
];
/// [`PERIOD_TRIGGERS`] with their first words packed.
static PERIOD: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(PERIOD_TRIGGERS));
/// Words that make a bare `10h` a clock time.
const TIME_PREV: &[&str] = &["lúc", "vào", "từ", "đến", "tới", "khoảng"];
/// Words before `năm nay`, `năm trước` that make them plural or counted.
const QUANT: &[&str] = &["những", "các", "nhiều", "mấy", "vài", "mỗi", "hằng", "hàng"];
/// The ten heavenly stems of a can-chi year name.
const CAN: &str = "giáp ất bính đinh mậu kỷ kỉ canh tân nhâm quý";
/// The twelve earthly branches of a can-chi year name.
const CHI: &str = "tý tí sửu dần mão mẹo thìn tỵ tị ngọ mùi thân dậu tuất hợi";

/// The tokens of one text and the document date.
struct Parser<'a, 't> {
    /// The tokens.
    l: &'a Lex<'t>,
    /// (year, month, day) of the document.
    reference: Option<(i32, u32, u32)>,
}

impl Parser<'_, '_> {
    /// The date starting at token `i`: first and past-the-end tokens of the span, value.
    fn at(&self, i: usize) -> Option<(usize, usize, Val)> {
        let l = self.l;
        if l.punct(i, '(') {
            return self.bracketed(i);
        }
        if l.kind(i) == Some(Tk::Punct) {
            return None;
        }
        // A word can only start the rules whose first words begin with one of `starts`.
        let first = l.s(i).chars().next().and_then(|c| c.to_lowercase().next());
        // Without marks `đ` is written `d`.
        let first = first.map(|c| if l.plain(i) && c == 'd' { 'đ' } else { c });
        let may =
            |starts: &str| l.kind(i) == Some(Tk::Num) || first.is_some_and(|c| starts.contains(c));
        let one = |r: Option<(usize, When)>| r.map(|(e, w)| (i, e, (w, None)));
        let range = || may("t").then(|| self.range(i)).flatten();
        let edge = may("đgc").then(|| self.edge(i)).flatten();
        let pair = |r: Option<(usize, Val)>| r.map(|(e, v)| (i, e, v));
        edge.or_else(|| may("nmrstcđk").then(|| self.day_range(i)).flatten())
            .or_else(|| pair(range().or_else(|| may("gnt").then(|| self.period(i)).flatten())))
            .or_else(|| one(may("tmr").then(|| self.lunar(i)).flatten()))
            .or_else(|| one(may("rstcđknhm").then(|| self.phrase(i, false)).flatten()))
            .or_else(|| one(may("t").then(|| self.month(i)).flatten()))
            .or_else(|| one(may("ns").then(|| self.year(i)).flatten()))
            .or_else(|| one(may("q").then(|| self.quarter(i)).flatten()))
            .or_else(|| one(may("m").then(|| self.season(i)).flatten()))
            .or_else(|| pair(may("v").then(|| self.crop(i)).flatten()))
            .or_else(|| one(may("rstcđknđ").then(|| self.weekday_only(i)).flatten()))
    }

    /// A date in brackets at `i` (the `(`), the brackets outside the span: `(6/11)`, or a
    /// year of birth after a name (`Nguyễn Văn A (1970) -`).
    fn bracketed(&self, i: usize) -> Option<(usize, usize, Val)> {
        let l = self.l;
        if let Some((e, w)) = self.core(i + 1, true) {
            return l.punct(e, ')').then_some((i + 1, e, (w, None)));
        }
        let name_before = i > 0 && l.upper(i - 1) && l.spaced(i);
        let y = self
            .year4(i + 1)
            .filter(|_| name_before && l.punct(i + 2, ')'))?;
        Some((i + 1, i + 2, (When::ymd(Some(y), None, None), None)))
    }

    /// `từ X đến Y` (or `tới`, `-`).
    fn range(&self, i: usize) -> Option<(usize, Val)> {
        let l = self.l;
        if !l.is(i, "từ") {
            return None;
        }
        let (j, mut a) = self.point(i + 1).or_else(|| self.bare_day(i + 1))?;
        if !(l.is_any(j, &["đến", "tới"]) || l.punct(j, '-')) {
            return None;
        }
        let (k, b) = self.point(j + 1)?;
        // `từ ngày 10 đến ngày 15/11`: the first day takes the month of the second.
        if a.day.is_some() && a.month.is_none() {
            let later = b.month.is_some() && b.day.is_some_and(|d| Some(d) > a.day);
            a = When { day: a.day, ..b };
            later.then_some(())?;
        }
        if a.date && a.year.is_none() && (a.month.is_some() || a.day.is_some()) {
            a.year = b.year;
        }
        Some((k, (a, Some(b))))
    }

    /// One end of a range.
    fn point(&self, i: usize) -> Option<(usize, When)> {
        self.phrase(i, true)
            .or_else(|| self.month(i))
            .or_else(|| self.year(i))
            .or_else(|| {
                let y = self.period_year(i)?;
                (self.l.left_ok(i) && self.l.right_ok(i + 1))
                    .then_some((i + 1, When::ymd(Some(y), None, None)))
            })
    }

    /// `[giai đoạn|nhiệm kỳ|năm|...] YYYY - YYYY` (`YYYY/YYYY` only after a trigger).
    fn period(&self, i: usize) -> Option<(usize, Val)> {
        let l = self.l;
        let trig = PERIOD.at(l, i).map(|(_, k)| k);
        if let Some(r) = trig.and_then(|j| self.range(j)) {
            return Some(r);
        }
        let j = trig.unwrap_or(i);
        let a = self.period_year(j).filter(|_| l.left_ok(j))?;
        let slash = trig.is_some() && l.punct(j + 1, '/') && l.glued(j + 1) && l.glued(j + 2);
        if !(l.punct(j + 1, '-') || slash) {
            return None;
        }
        let b = self
            .period_year(j + 2)
            .filter(|&b| b > a && l.right_ok(j + 3))?;
        let year = |y| When::ymd(Some(y), None, None);
        Some((j + 3, (year(a), Some(year(b)))))
    }

    /// A four-digit year, 1000–2999.
    fn year4(&self, i: usize) -> Option<i32> {
        let (y, n) = self.l.num(i)?;
        i32::try_from(y)
            .ok()
            .filter(|y| n == 4 && (1000..=2999).contains(y))
    }

    /// A year that may bound a period, 1900–2100.
    fn period_year(&self, i: usize) -> Option<i32> {
        self.year4(i).filter(|y| (1900..=2100).contains(y))
    }

    /// `tháng M[/YYYY| năm YYYY| năm nay]`.
    fn month(&self, i: usize) -> Option<(usize, When)> {
        let l = self.l;
        if !l.is(i, "tháng")
            || (i > 0 && (l.kind(i - 1) == Some(Tk::Num) || is_number_word(l, i - 1)))
        {
            return None;
        }
        // `Cách mạng tháng Tám`, `Cách mạng tháng Mười`: names of events, not dates.
        if i > 1 && l.is(i - 2, "cách") && l.is(i - 1, "mạng") {
            return None;
        }
        let (mut k, m, lunar) = month_name(self.l, i + 1, false)?;
        let mut w = When::ymd(None, Some(m), None).lunar(lunar);
        k = self.year_after(k, &mut w)?;
        self.checked(k, w)
    }

    /// The year written after a month or a quarter ending before `k` (`/2021`, `-2021`,
    /// `năm 2021`, `năm nay`), put into `w`; returns where the date goes on. `None` when a
    /// glued year is malformed (`tháng 4/20x`).
    fn year_after(&self, mut k: usize, w: &mut When) -> Option<usize> {
        let l = self.l;
        if (l.punct(k, '/') || l.punct(k, '-')) && l.glued(k) && l.glued(k + 1) {
            w.year = Some(self.year4(k + 1)?);
            k += 2;
        } else if l.is(k, "năm") {
            if let Some(y) = self.year4(k + 1) {
                w.year = Some(y);
                k += 2;
            } else if let Some((e, y)) = self.rel_year(k) {
                w.year = y;
                k = e;
            }
        }
        Some(k)
    }

    /// `năm nay`, `năm ngoái`, ... at `k` (the word `năm`).
    fn rel_year(&self, k: usize) -> Option<(usize, Option<i32>)> {
        let l = self.l;
        let words = [
            ("nay", 0),
            ("ngoái", -1),
            ("trước", -1),
            ("sau", 1),
            ("tới", 1),
        ];
        let off = words.iter().find(|(w, _)| l.is(k + 1, w))?.1;
        l.spaced(k + 1)
            .then_some((k + 2, self.reference.and_then(|r| r.0.checked_add(off))))
    }

    /// `năm YYYY`, `năm nay`, ...
    fn year(&self, i: usize) -> Option<(usize, When)> {
        let l = self.l;
        // `SN 1975`, `sinh năm 1975`: a year of birth, written the court-news way.
        if l.is(i, "sn") {
            let y = self
                .year4(i + 1)
                .filter(|_| l.spaced(i + 1) && l.right_ok(i + 2))?;
            return Some((i + 2, When::ymd(Some(y), None, None)));
        }
        // Without marks `Viet Nam 2020` is the country before a year.
        if !l.is(i, "năm") || (l.plain(i) && i > 0 && l.is(i - 1, "việt")) {
            return None;
        }
        if let Some(y) = self
            .year4(i + 1)
            .filter(|_| l.spaced(i + 1) && l.right_ok(i + 2))
        {
            return Some((i + 2, When::ymd(Some(y), None, None)));
        }
        if i > 0
            && (l.kind(i - 1) == Some(Tk::Num)
                || is_number_word(l, i - 1)
                || l.is_any(i - 1, QUANT))
        {
            return None;
        }
        let (e, y) = self.rel_year(i)?;
        l.right_ok(e).then_some((e, When::ymd(y, None, None)))
    }

    /// `[time [part of day]] [,] [part of day] [weekday [,]] [(date) | [ngày|hôm] date]`,
    /// or a relative day; `ctx` tells that a trigger came before (`từ`).
    fn phrase(&self, i: usize, ctx: bool) -> Option<(usize, When)> {
        let l = self.l;
        let (mut j, mut w, mut good, mut trig) = (i, When::default(), None, ctx);
        if let Some((k, t, strong)) = clock(self.l, i) {
            w.time = Some(t);
            j = k;
            trig = true;
            if strong || ctx || (i > 0 && l.is_any(i - 1, TIME_PREV)) {
                good = Some(k);
            }
        }
        let mut after_pod = None;
        let pod = POD.at(l, j).map(|(n, k)| (k, n));
        if let Some((k, p)) = pod {
            if let Some((h, _)) = w.time.as_mut() {
                let shift = match p {
                    2 => (1..=2).contains(h),
                    3 | 4 => (1..=11).contains(h),
                    5 => (7..=11).contains(h),
                    _ => false,
                };
                *h += if shift { 12 } else { 0 };
                good = Some(k);
            }
            (j, trig, after_pod) = (k, true, Some(k));
        }
        if w.time.is_some() && l.punct(j, ',') {
            j += 1;
        }
        if let Some((k, d)) = self.relative(j, after_pod == Some(j)) {
            return Some((k, When { time: w.time, ..d }));
        }
        if trig && !ctx {
            if let Some(r) = self.same_day(j, w) {
                return Some(r);
            }
        }
        if let Some((k, _)) = weekday(self.l, j) {
            j = k + usize::from(l.punct(k, ','));
            trig = true;
        }
        if trig && l.punct(j, '(') {
            if let Some((k, d)) = self.core(j + 1, true).filter(|&(k, _)| l.punct(k, ')')) {
                return Some((k + 1, When { time: w.time, ..d }));
            }
        }
        if l.is_any(j, &["ngày", "hôm", "mùng", "mồng"]) {
            j += 1;
            trig = true;
        }
        match self.core(j, trig) {
            Some((k, d)) if w.time.is_none() && l.spaced(k) => match clock(self.l, k) {
                Some((e, t, true)) => Some((e, When { time: Some(t), ..d })),
                _ => Some((k, d)),
            },
            Some((k, d)) => Some((k, When { time: w.time, ..d })),
            None => good.map(|k| (k, w)),
        }
    }

    /// A written date at `j`: `D/M/YYYY` (also `-`, `.`), ISO `YYYY-MM[-DD]`, `D tháng M
    /// [năm YYYY]` and `D/M` after a trigger (`trig`), or a bare `D/M` that is no fraction.
    fn core(&self, j: usize, trig: bool) -> Option<(usize, When)> {
        let l = self.l;
        let (a, an) = l.num(j)?;
        if !l.left_ok(j) {
            return None;
        }
        if trig && an <= 2 && l.spaced(j + 1) && l.is(j + 1, "tháng") {
            let (mut k, m, lunar) = month_name(self.l, j + 2, false)?;
            let mut w = When::ymd(None, Some(m), Some(a)).lunar(lunar);
            if let Some(y) = self.year4(k + 1).filter(|_| l.is(k, "năm")) {
                w.year = Some(y);
                k += 2;
            }
            return self.checked(k, w);
        }
        let sep = ['/', '.', '-'].into_iter().find(|&c| l.punct(j + 1, c))?;
        if !(l.glued(j + 1) && l.glued(j + 2)) {
            return None;
        }
        let (b, bn) = l.num(j + 2)?;
        let more = l.punct(j + 3, sep) && l.glued(j + 3) && l.glued(j + 4);
        if an == 4 {
            if sep != '-' || bn != 2 {
                return None;
            }
            let y = self.year4(j)?;
            if !more {
                return self.checked(j + 3, When::ymd(Some(y), Some(b), None));
            }
            let d = l.num(j + 4).filter(|&(_, n)| n == 2)?.0;
            return self.checked(j + 5, When::ymd(Some(y), Some(b), Some(d)));
        }
        if an > 2 || bn > 2 {
            return None;
        }
        if more {
            let y = self.year4(j + 4)?;
            return self.checked(j + 5, When::ymd(Some(y), Some(b), Some(a)));
        }
        let lead0 = |k: usize| l.s(k).len() == 2 && l.s(k).starts_with('0');
        let bare = sep == '/' && (a >= 13 || lead0(j) || lead0(j + 2)) && (a, b) != (24, 7);
        if !(trig || bare) {
            return None;
        }
        self.checked(j + 3, When::ymd(None, Some(b), Some(a)))
    }

    /// Reads an `âm lịch` suffix, checks month and day, and the right edge at `k`.
    fn checked(&self, k: usize, mut w: When) -> Option<(usize, When)> {
        let l = self.l;
        let open = l.punct(k, '(');
        let (k, lunar) = match l.words(k + usize::from(open), "âm lịch") {
            Some(e) if !open => (e, true),
            Some(e) if l.punct(e, ')') => (e + 1, true),
            _ => (k, false),
        };
        w.lunar |= lunar;
        if let Some(m) = w.month {
            let max = if w.lunar {
                30
            } else {
                days_in_month(w.year, m)
            };
            if !(1..=12).contains(&m) || w.day.is_some_and(|d| d == 0 || d > max) {
                return None;
            }
        }
        l.right_ok(k).then_some((k, w))
    }
}

mod parts;
#[cfg(test)]
mod tests;
mod value;
mod words;
