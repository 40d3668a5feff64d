//! Values of the dates of one document: days said relative to the reference date or to
//! an earlier date (`hôm nay`, `sáng cùng ngày`), the year a day without one takes from
//! the nearest full date before it, and the TIMEX-like strings.

use std::fmt::Write;

use super::{Anchor, Parser, Part, Val, When};
use crate::calendar::{day_of_week, is_valid, shift};

impl Parser<'_, '_> {
    /// `hôm nay`, `hôm qua`, `ngày mai`, `ngày hôm nay`, and after a part of day `nay`,
    /// `qua`, `mai`: the reference date moved by a day, or a day not known without a
    /// reference (`XXXX-XX-XX`, unless a written date follows in brackets and says it).
    pub(super) fn relative(&self, j: usize, after_pod: bool) -> Option<(usize, When)> {
        let l = self.l;
        let mut k = j;
        let ngay =
            l.is(k, "ngày") && (l.is(k + 1, "hôm") || (l.is(k + 1, "mai") && l.lower(k + 1)));
        k += usize::from(ngay);
        let hom = l.is(k, "hôm");
        if !(hom || after_pod || ngay) {
            return None;
        }
        k += usize::from(hom);
        let mai = l.lower(k) && !hom;
        // Without marks `toi qua`, `sang mai` may be "I pass", "go over to Mai": after a
        // part of day only `nay` says a day there.
        if after_pod && !hom && !ngay && l.plain(k) && !l.is(k, "nay") {
            return None;
        }
        let off = [("nay", 0, true), ("qua", -1, true), ("mai", 1, mai)]
            .iter()
            .find(|&&(w, _, ok)| ok && l.is(k, w))?
            .1;
        if !l.right_ok(k + 1) {
            return None;
        }
        let Some(reference) = self.reference.filter(|&r| is_valid(r)) else {
            let unknown = When {
                date: true,
                anchor: Some(Anchor::Unknown),
                ..When::default()
            };
            return (!l.punct(k + 1, '(')).then_some((k + 1, unknown));
        };
        let (y, m, d) = shift(reference, off)?;
        Some((k + 1, When::ymd(Some(y), Some(m), Some(d))))
    }

    /// `cùng ngày` after a time or a part of day at `j` (`sáng cùng ngày`): the day of the
    /// date before it in the document, filled in by [`Days::resolve`].
    pub(super) fn same_day(&self, j: usize, w: When) -> Option<(usize, When)> {
        let k = self.l.words(j, "cùng ngày")?;
        let w = When {
            date: true,
            anchor: Some(Anchor::SameDay),
            ..w
        };
        self.l.right_ok(k).then_some((k, w))
    }

    /// The value: one point, or two joined by `/`.
    pub(super) fn format(&self, (a, b): &Val) -> String {
        let mut s = String::new();
        self.push(&mut s, a);
        if let Some(b) = b {
            s.push('/');
            self.push(&mut s, b);
        }
        s
    }

    /// Writes one point: `YYYY[-[L]MM[-DD]]` with `XXXX` for an unknown year, `THH:MM`;
    /// `XXXX-XX-XX` for a day the text names without saying which.
    fn push(&self, s: &mut String, w: &When) {
        if w.anchor.is_some() {
            s.push_str("XXXX-XX-XX");
        } else if w.date {
            match w.year.or(self.reference.map(|r| r.0)) {
                Some(y) => _ = write!(s, "{y:04}"),
                None => s.push_str("XXXX"),
            }
            match w.part {
                Some(Part::Quarter(q)) => _ = write!(s, "-Q{q}"),
                Some(Part::Season(code)) => _ = write!(s, "-{code}"),
                None => {}
            }
            if let Some(m) = w.month {
                _ = write!(s, "-{}{m:02}", if w.lunar { "L" } else { "" });
            }
            if let Some(d) = w.day {
                _ = write!(s, "-{d:02}");
            } else if let Some(d) = w.weekday {
                _ = write!(s, "-WXX-{d}");
            }
        }
        if let Some((h, m)) = w.time {
            _ = write!(s, "T{h:02}:{m:02}");
        }
    }
}

/// What the dates read so far in a document lend to the next ones.
#[derive(Default)]
pub(super) struct Days {
    /// The year of the nearest full date (day, month and year written).
    year: Option<i32>,
    /// The nearest date with a day.
    day: Option<When>,
}

impl Days {
    /// Fills in what `v` leaves to the document (in text order), and remembers what it
    /// lends to the dates after it.
    pub(super) fn resolve(&mut self, (a, b): Val) -> Val {
        let b = b.map(|b| self.point(b));
        (self.point(a), b)
    }

    fn point(&mut self, mut w: When) -> When {
        if w.anchor == Some(Anchor::SameDay) {
            if let Some(d) = self.day {
                (w.year, w.month, w.day, w.lunar) = (d.year, d.month, d.day, d.lunar);
                // A day itself unknown lends only that it is unknown.
                w.anchor = d.anchor.map(|_| Anchor::Unknown);
            }
        } else if let Some(wd) = w.weekday.filter(|_| w.day.is_none()) {
            (w.year, w.month, w.day) = self
                .next_weekday(wd)
                .map_or((None, None, None), |(y, m, d)| (Some(y), Some(m), Some(d)));
        } else if w.date && w.year.is_none() && w.month.is_some() && w.anchor.is_none() {
            w.year = self.year;
        } else if w.date && w.year.is_some() && w.month.is_some() && w.day.is_some() {
            self.year = w.year;
        }
        if w.day.is_some() || w.anchor.is_some() {
            self.day = Some(w);
        }
        w
    }

    /// The first day on or after the nearest date before (when its year, month and day
    /// are known) that falls on weekday `wd`.
    fn next_weekday(&self, wd: u32) -> Option<(i32, u32, u32)> {
        let d = self.day.filter(|d| d.anchor.is_none() && !d.lunar)?;
        let mut day = (d.year?, d.month?, d.day?);
        for _ in 0..7 {
            if day_of_week(day) == wd {
                return Some(day);
            }
            day = shift(day, 1)?;
        }
        None
    }
}
