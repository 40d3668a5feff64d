//! Parts of a year and edges of a period: `đầu/giữa/cuối` before a date, quarters
//! (`quý II/2021`, `quý 3 năm 2020`) and seasons (`mùa hè năm 2019`).

use super::{Parser, Part, Val, When};
use crate::recognize::numwords::Tk;

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
