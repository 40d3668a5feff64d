//! Dates, times and periods, said from the span the annotation found: each written part
//! in words, with `ngày`, `tháng`, `năm`, `giờ`, `phút` and `đến` where the written form
//! leaves them out (`Chiều 9.10` → `chiều ngày chín tháng mười`).

use super::reader::{Last, Reader};
use super::tokens::Tk;

/// Words after which a day needs no `ngày` before it.
const DAY_WORDS: &[&str] = &["ngày", "mùng", "mồng", "hôm", "rằm", "ngày,"];

impl Reader<'_> {
    /// The date span over rows `a..b` with the annotation's `value` (`2021-10-09`,
    /// `XXXX-11-06T15:45`, `2016/2021`). Returns `b`.
    pub(super) fn date(&mut self, a: usize, b: usize, value: &str) -> usize {
        let listed = self.listed_day;
        let mut k = a;
        while k < b {
            k = self.date_part(k, b, value, listed).max(k + 1);
        }
        if self.last != Last::Time {
            self.last = Last::Word;
        }
        // `ngày 5` or `6` of a list of days.
        let t = self.t;
        self.listed_day = t.num(b - 1) && (b == a + 1 || (b == a + 2 && t.is(a, "ngày")));
        b
    }

    /// One part of a date at row `k` (before `b`); returns the row after it.
    fn date_part(&mut self, k: usize, b: usize, value: &str, listed: bool) -> usize {
        let t = self.t;
        match t.kind(k) {
            Some(Tk::Num) => self.date_numbers(k, b, value, listed),
            Some(Tk::Word) => {
                if t.is(k, "thứ") && k + 1 < b && t.num(k + 1) && t.spaced(k + 1) {
                    let n = t.s(k + 1).parse().unwrap_or(0);
                    self.piece(k, k + 2, Last::Word, |r| {
                        r.out.word("thứ");
                        r.say.ordinal(n, &mut r.out);
                    });
                    return k + 2;
                }
                let said = match t.s(k) {
                    "CN" => Some("chủ nhật"),
                    "SN" => Some("sinh năm"),
                    _ => None,
                };
                if let Some(w) = said {
                    self.piece(k, k + 1, Last::Word, |r| r.out.word(w));
                    return k + 1;
                }
                if let Some(e) = self.roman(k) {
                    return e;
                }
                self.as_written(k);
                k + 1
            }
            _ => {
                let s = t.s(k);
                let range = s == "-" && k + 1 < b && t.num(k + 1) && k > 0;
                let year_after =
                    matches!(s, "/" | "-") && t.glued(k) && t.glued(k + 1) && self.year4(k + 1);
                if year_after && !range_value(value) {
                    self.piece(k, k + 2, Last::Word, |r| {
                        r.out.word("năm");
                        r.say.digits_as_number(r.t.s(k + 1), &mut r.out);
                    });
                    return k + 2;
                }
                if range {
                    self.piece(k, k + 1, Last::Word, |r| r.out.word("đến"));
                    return k + 1;
                }
                let r = t.orig(k);
                match s {
                    "(" => self.out.silent_forward(r),
                    "," | "." if self.punctuation => self.out.attach(r, s),
                    _ => self.out.silent_back(r),
                }
                k + 1
            }
        }
    }

    /// Token `k` is a four-digit year.
    fn year4(&self, k: usize) -> bool {
        self.t.num(k) && self.t.s(k).len() == 4
    }

    /// Digits at `k` in a date: a clock time, a written date (`9/10/2021`, ISO), a month
    /// and year, a period of years, or one number by the word before it.
    fn date_numbers(&mut self, k: usize, b: usize, value: &str, listed: bool) -> usize {
        let t = self.t;
        if let Some(e) = self.clock(k, b) {
            return e;
        }
        let last = self.out.last_word().to_lowercase();
        let folded = t.unaccented(k);
        let after = |w: &[&str]| {
            w.iter()
                .any(|w| *w == last || (folded && super::tokens::eq_folded(&last, w)))
        };
        let with_ngay = !after(DAY_WORDS) && !listed;
        let read = self
            .period_years(k, b, value)
            .or_else(|| self.iso_date(k, b, !after(DAY_WORDS)))
            .or_else(|| after(&["tháng"]).then(|| self.month_year(k, b)))
            .or_else(|| self.day_range(k, b, with_ngay))
            .or_else(|| self.day_month(k, b, with_ngay));
        if let Some(e) = read {
            return e;
        }
        let ordinal = after(&["thứ"]);
        self.piece(k, k + 1, Last::Number, |r| {
            let n = r.t.s(k).parse::<u64>().unwrap_or(0);
            if ordinal {
                r.say.ordinal(n, &mut r.out);
            } else {
                r.say.digits_as_number(r.t.s(k), &mut r.out);
            }
        });
        k + 1
    }

    /// Row `j` (before `b`) is a `/`, `.` or `-` glued between numbers.
    fn sep(&self, j: usize, b: usize) -> bool {
        let t = self.t;
        j + 1 < b
            && t.glued(j)
            && matches!(t.s(j), "/" | "." | "-")
            && t.glued(j + 1)
            && t.num(j + 1)
    }

    /// The number at row `j`.
    fn n(&self, j: usize) -> u64 {
        self.t.s(j).parse::<u64>().unwrap_or(0)
    }

    /// Years of a period at `k`: `2016 - 2021`, `2020-2025`, `2013/2020`.
    fn period_years(&mut self, k: usize, b: usize, value: &str) -> Option<usize> {
        if !(self.year4(k) && range_value(value)) {
            return None;
        }
        self.piece(k, k + 1, Last::Number, |r| {
            r.say.digits_as_number(r.t.s(k), &mut r.out)
        });
        if self.sep(k + 1, b) && self.year4(k + 2) {
            self.piece(k + 1, k + 2, Last::Word, |r| r.out.word("đến"));
            return Some(k + 2);
        }
        Some(k + 1)
    }

    /// ISO at `k`: `2021-10-09`, `2021-10`.
    fn iso_date(&mut self, k: usize, b: usize, with_ngay: bool) -> Option<usize> {
        if !(self.year4(k) && self.sep(k + 1, b) && self.t.s(k + 1) == "-") {
            return None;
        }
        let day = self.sep(k + 3, b).then(|| self.n(k + 4));
        let e = if day.is_some() { k + 5 } else { k + 3 };
        let (y, m) = (self.n(k), self.n(k + 2));
        self.piece(k, e, Last::Word, |r| {
            if let Some(d) = day {
                if with_ngay {
                    r.out.word("ngày");
                }
                r.say.cardinal(d, &mut r.out);
            }
            r.out.word("tháng");
            r.say.month(m, &mut r.out);
            r.out.word("năm");
            r.say.cardinal(y, &mut r.out);
        });
        Some(e)
    }

    /// A month (and year) at `k` after `tháng`: `4/2022`, `4-2019`, `11`.
    fn month_year(&mut self, k: usize, b: usize) -> usize {
        let year = self.sep(k + 1, b) && self.year4(k + 2);
        let e = if year { k + 3 } else { k + 1 };
        let (m, y) = (self.n(k), year.then(|| self.n(k + 2)));
        self.piece(k, e, Last::Word, |r| {
            r.say.month(m, &mut r.out);
            if let Some(y) = y {
                r.out.word("năm");
                r.say.cardinal(y, &mut r.out);
            }
        });
        e
    }

    /// Two days of one month at `k`: `8-9/10` → `tám đến chín tháng mười`, the year when
    /// written.
    fn day_range(&mut self, k: usize, b: usize, with_ngay: bool) -> Option<usize> {
        let t = self.t;
        let short = |j: usize| t.s(j).len() <= 2;
        let dash = self.sep(k + 1, b) && t.s(k + 1) == "-";
        let month = self.sep(k + 3, b) && t.s(k + 3) != "-" && short(k + 4);
        if !(short(k) && dash && short(k + 2) && month) {
            return None;
        }
        self.piece(k, k + 2, Last::Word, |r| {
            if with_ngay {
                r.out.word("ngày");
            }
            r.say.cardinal(r.n(k), &mut r.out);
            r.out.word("đến");
        });
        self.day_month(k + 2, b, false)
    }

    /// `9/10/2021`, `15-8-2023`, `9.10` at `k`: day, month and the year when written.
    fn day_month(&mut self, k: usize, b: usize, with_ngay: bool) -> Option<usize> {
        let t = self.t;
        if !(t.s(k).len() <= 2 && self.sep(k + 1, b) && t.s(k + 2).len() <= 2) {
            return None;
        }
        let year = self.sep(k + 3, b) && self.year4(k + 4);
        let e = if year { k + 5 } else { k + 3 };
        let (d, m, y) = (self.n(k), self.n(k + 2), year.then(|| self.n(k + 4)));
        self.piece(k, e, Last::Word, |r| {
            if with_ngay {
                r.out.word("ngày");
            }
            r.say.cardinal(d, &mut r.out);
            r.out.word("tháng");
            r.say.month(m, &mut r.out);
            if let Some(y) = y {
                r.out.word("năm");
                r.say.cardinal(y, &mut r.out);
            }
        });
        Some(e)
    }

    /// A clock time at `k`: `15h45`, `15h`, `10:15`, `7 giờ 20 [phút]`; minutes are said
    /// with `phút`. Returns the row after it.
    fn clock(&mut self, k: usize, b: usize) -> Option<usize> {
        let t = self.t;
        let two = |j: usize| j < b && t.num(j) && t.s(j).len() <= 2;
        if !two(k) {
            return None;
        }
        let (h, e, minutes) = if (t.is(k + 1, "h") || t.is(k + 1, "g")) && t.glued(k + 1) {
            let m = two(k + 2) && t.glued(k + 2);
            let mut e = if m { k + 3 } else { k + 2 };
            if m && e < b && t.glued(e) && (t.is(e, "p") || t.is(e, "ph") || t.mark(e, "'")) {
                e += 1;
            }
            (t.s(k), e, m.then(|| t.s(k + 2)))
        } else if t.mark(k + 1, ":") && t.glued(k + 1) && two(k + 2) && t.glued(k + 2) {
            (t.s(k), k + 3, Some(t.s(k + 2)))
        } else if t.is(k + 1, "giờ") && k + 1 < b {
            // `7 giờ 20`: the hour, `giờ` as written, the minutes with `phút`.
            self.piece(k, k + 1, Last::Number, |r| {
                r.say.digits_as_number(r.t.s(k), &mut r.out)
            });
            self.as_written(k + 1);
            if two(k + 2) && t.spaced(k + 2) {
                let written = t.is(k + 3, "phút");
                let e = if written { k + 4 } else { k + 3 };
                self.piece(k + 2, e, Last::Time, |r| {
                    r.say.digits_as_number(r.t.s(k + 2), &mut r.out);
                    r.out.word("phút");
                });
                return Some(e);
            }
            return Some(k + 2);
        } else {
            return None;
        };
        self.piece(k, e, Last::Time, |r| {
            r.say.digits_as_number(h, &mut r.out);
            r.out.word("giờ");
            if let Some(m) = minutes {
                r.say.digits_as_number(m, &mut r.out);
                r.out.word("phút");
            }
        });
        Some(e)
    }
}

/// A value of two points (`2016/2021`, `T08:00/T10:00`).
fn range_value(value: &str) -> bool {
    value.contains('/')
}
