//! Parts of a year and edges of a period: `đầu/giữa/cuối` before a date, quarters
//! (`quý II/2021`, `quý 3 năm 2020`), seasons (`mùa hè năm 2019`), lunar dates and Tết
//! (`rằm tháng Giêng`, `mùng 1 Tết`), lists and ranges of days (`ngày 5, 6 và 7/11`,
//! `ngày 3-4/6`), crop seasons (`vụ đông xuân 2017`) and weekdays after a part of day
//! (`sáng thứ Hai`).

use super::words::{month_name, weekday};
use super::{CAN, CHI, POD, Parser, Part, Val, When};
use crate::recognize::common::tokens::Tk;

/// Words that mark the start, middle or end of the date after them.
const EDGES: [&str; 3] = ["đầu", "giữa", "cuối"];

/// Seasons and their TIMEX codes.
const SEASONS: [(&str, &str); 5] = [
    ("xuân", "SP"),
    ("hạ", "SU"),
    ("hè", "SU"),
    ("thu", "FA"),
    ("đông", "WI"),
];

impl Parser<'_, '_> {
    /// `đầu tháng 4-2019`, `cuối năm 2020`, `giữa quý II`: the edge word joins the span;
    /// the value is the date's.
    pub(super) fn edge(&self, i: usize) -> Option<(usize, usize, Val)> {
        let l = self.l;
        if !l.is_any(i, &EDGES) || !l.spaced(i + 1) || l.kind(i + 1) != Some(Tk::Word) {
            return None;
        }
        let (s, e, v) = self.at(i + 1)?;
        (s == i + 1).then_some((i, e, v))
    }

    /// `quý II/2021`, `quý II-2021`, `quý 3 năm 2020`, `quý I`.
    pub(super) fn quarter(&self, i: usize) -> Option<(usize, When)> {
        let l = self.l;
        if !l.is(i, "quý") || !l.spaced(i + 1) {
            return None;
        }
        let q = match l.s(i + 1) {
            "I" | "1" => 1,
            "II" | "2" => 2,
            "III" | "3" => 3,
            "IV" | "4" => 4,
            _ => return None,
        };
        let mut w = When {
            date: true,
            part: Some(Part::Quarter(q)),
            ..When::default()
        };
        let k = self.year_after(i + 2, &mut w)?;
        l.right_ok(k).then_some((k, w))
    }

    /// `mùa hè năm 2019`, `mùa xuân 2020`: a season with its year (a season alone is too
    /// vague to be a date).
    pub(super) fn season(&self, i: usize) -> Option<(usize, When)> {
        let l = self.l;
        if !l.is(i, "mùa") || !l.spaced(i + 1) {
            return None;
        }
        let code = SEASONS.iter().find(|(w, _)| l.is(i + 1, w))?.1;
        let k = i + 2 + usize::from(l.is(i + 2, "năm"));
        let year = self.year4(k).filter(|_| l.spaced(k) && l.right_ok(k + 1))?;
        Some((
            k + 1,
            When {
                date: true,
                year: Some(year),
                part: Some(Part::Season(code)),
                ..When::default()
            },
        ))
    }
}

/// Words of the crop seasons after `vụ` (`vụ đông xuân`, `vụ hè thu`, `vụ mùa`).
const CROPS: [&str; 6] = ["đông", "xuân", "hè", "thu", "mùa", "chiêm"];

impl Parser<'_, '_> {
    /// `vụ đông xuân 2017`, `vụ hè thu năm 2020`, `vụ mùa 2019-2020`: a crop season is
    /// named by its year (or years); the value is the year or the period.
    pub(super) fn crop(&self, i: usize) -> Option<(usize, Val)> {
        let l = self.l;
        if !l.is(i, "vụ") {
            return None;
        }
        let mut k = i + 1;
        while k < i + 3 && l.spaced(k) && l.is_any(k, &CROPS) {
            k += 1;
        }
        k += usize::from(k > i + 1 && l.is(k, "năm"));
        let a = self.year4(k).filter(|_| k > i + 1 && l.spaced(k))?;
        let year = |y| When::ymd(Some(y), None, None);
        let dash = l.punct(k + 1, '-') || l.punct(k + 1, '/');
        if let Some(b) = self.period_year(k + 2).filter(|&b| dash && b == a + 1) {
            return l
                .right_ok(k + 3)
                .then_some((k + 3, (year(a), Some(year(b)))));
        }
        l.right_ok(k + 1).then_some((k + 1, (year(a), None)))
    }

    /// `sáng thứ Hai`, `chiều thứ 2`, `ngày thứ Ba`, `thứ Sáu`, `Chủ nhật`: a weekday
    /// without its date (with one, [`Parser::phrase`] reads it). After a part of day any
    /// weekday; else only a weekday named by a capitalised word (`thứ hai`, `ngày thứ 2`
    /// may be ordinals, "second"). The document's dates before it tell which day it is
    /// (see [`super::value::Days`]).
    pub(super) fn weekday_only(&self, i: usize) -> Option<(usize, When)> {
        let l = self.l;
        let pod = POD.at(l, i).map(|(_, k)| k);
        let mut j = pod.unwrap_or(i);
        j += usize::from(l.is(j, "ngày") && l.spaced(j + 1));
        let (k, d) = weekday(l, j).filter(|_| j == i || l.spaced(j))?;
        let named = (l.lower(j) && l.upper(j + 1)) || (l.s(j) == "Chủ" && l.lower(j + 1));
        // A date in brackets after the weekday belongs to it: [`Parser::phrase`] reads
        // `Chủ nhật (24/9)` from the weekday on.
        if (pod.is_none() && !named) || (j > i && l.punct(k, '(')) {
            return None;
        }
        let w = When {
            date: true,
            weekday: Some(d),
            ..When::default()
        };
        l.right_ok(k).then_some((k, w))
    }

    /// `ngày 10`, `10`: a day of the month alone, the start of a range whose end names
    /// the month (`từ ngày 10 đến ngày 15/11`).
    pub(super) fn bare_day(&self, i: usize) -> Option<(usize, When)> {
        let l = self.l;
        let j = i + usize::from(l.is(i, "ngày"));
        let (d, n) = l.num(j)?;
        if n > 2 || !(1..=31).contains(&d) || !l.left_ok(j) || !l.right_ok(j + 1) {
            return None;
        }
        let w = When {
            date: true,
            day: Some(d),
            ..When::default()
        };
        Some((j + 1, w))
    }

    /// `ngày 3-4/6`, `sáng 3-4/6/2017`: two days of one month, a period from the first to
    /// the second; the trigger (`ngày`, `mùng`, a part of day) is needed.
    pub(super) fn day_range(&self, i: usize) -> Option<(usize, usize, Val)> {
        let l = self.l;
        let pod = POD.at(l, i).map(|(_, k)| k);
        let j = match pod {
            _ if l.is_any(i, &["ngày", "mùng", "mồng"]) => i + 1,
            Some(j) => j + usize::from(l.is(j, "ngày")),
            None => return None,
        };
        let two = |k: usize| l.num(k).filter(|&(_, n)| n <= 2).map(|(v, _)| v);
        let (a, b) = (two(j)?, two(j + 2)?);
        let glued = |k: usize| l.glued(k) && l.glued(k + 1);
        if !(l.left_ok(j) && l.punct(j + 1, '-') && glued(j + 1)) || a >= b {
            return None;
        }
        let sep = ['/', '.']
            .into_iter()
            .find(|&c| l.punct(j + 3, c) && glued(j + 3))?;
        let m = two(j + 4)?;
        let mut last = When::ymd(None, Some(m), Some(b));
        let mut k = j + 5;
        if l.punct(k, sep) && glued(k) {
            last.year = Some(self.year4(k + 1)?);
            k += 2;
        }
        let (k, last) = self.checked(k, last)?;
        Some((
            i,
            k,
            (
                When {
                    day: Some(a),
                    ..last
                },
                Some(last),
            ),
        ))
    }

    /// Tết with a year, `mùng D Tết [năm YYYY]`, `rằm tháng M [năm YYYY]`.
    pub(super) fn lunar(&self, i: usize) -> Option<(usize, When)> {
        let l = self.l;
        if l.is(i, "tết") {
            let k = self.year_names(i + 1);
            let y = self.year4(k).filter(|_| l.right_ok(k + 1))?;
            return Some((k + 1, When::ymd(Some(y), None, None)));
        }
        let lunar = |m, d| When::ymd(None, Some(m), Some(d)).lunar(true);
        if l.is_any(i, &["mùng", "mồng"]) {
            let (d, n) = l.num(i + 1)?;
            if n > 2 || !(1..=30).contains(&d) || !l.is(i + 2, "tết") {
                return None;
            }
            let mut w = lunar(1, d);
            let k = self.year_names(i + 3);
            if let Some(y) = self.year4(k).filter(|_| l.right_ok(k + 1)) {
                w.year = Some(y);
                return Some((k + 1, w));
            }
            return Some((i + 3, w));
        }
        if l.is(i, "rằm") && l.is(i + 1, "tháng") {
            let (mut k, m, _) = month_name(self.l, i + 2, true)?;
            let mut w = lunar(m, 15);
            if let Some(y) = self.year4(k + 1).filter(|_| l.is(k, "năm")) {
                w.year = Some(y);
                k += 2;
            }
            return self.checked(k, w);
        }
        None
    }

    /// Skips `Nguyên đán`, `năm`, `Xuân` and a can-chi pair (`Tân Sửu`) before a year.
    fn year_names(&self, mut k: usize) -> usize {
        let l = self.l;
        for _ in 0..4 {
            if let Some(n) = l.words(k, "nguyên đán") {
                k = n;
            } else if l.is_any(k, &["năm", "xuân"]) {
                k += 1;
            } else if l.among(k, CAN) && l.among(k + 1, CHI) {
                k += 2;
            } else {
                break;
            }
        }
        k
    }
}

/// One date of a list: first and past-the-end tokens, and its point.
pub(super) type Listed = (usize, usize, When);

impl Parser<'_, '_> {
    /// `ngày 5, 6 và 7/11`: days that share the month (and year) of the last one, each a
    /// date of its own; the first keeps `ngày`.
    pub(super) fn day_list(&self, i: usize) -> Option<Vec<Listed>> {
        let l = self.l;
        if !l.is(i, "ngày") {
            return None;
        }
        let day = |k: usize| {
            l.num(k)
                .filter(|&(d, n)| (1..=31).contains(&d) && n <= 2 && l.spaced(k))
                .map(|(d, _)| d)
        };
        let mut days = vec![(i, i + 2, day(i + 1)?)];
        let mut k = i + 2;
        loop {
            if !(l.punct(k, ',') || l.is(k, "và")) {
                return None;
            }
            let next = k + 1;
            // The last item is a whole date: it lends its month and year to the others.
            if let Some((e, last)) = self.core(next, true).filter(|(_, w)| w.month.is_some()) {
                if e > next + 1 {
                    let mut out: Vec<Listed> = days
                        .into_iter()
                        .map(|(s, e, d)| {
                            (
                                s,
                                e,
                                When {
                                    day: Some(d),
                                    ..last
                                },
                            )
                        })
                        .collect();
                    out.push((next, e, last));
                    return Some(out);
                }
            }
            let d = day(next)?;
            days.push((next, next + 1, d));
            k = next + 1;
        }
    }
}
