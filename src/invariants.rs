//! The invariants every [`Annotation`] keeps, checked by one function that the tests and
//! the fuzzers share.

use crate::span::{Annotation, Kind, RelationKind};

impl Annotation {
    /// Checks the output contract ([guide](crate::guide)) against the `input` it came from:
    /// spans sorted by start (longer first), inside the input, on char boundaries, their
    /// text equal to the input bytes, never crossing; ids equal to positions; relations
    /// between existing spans of the right kinds.
    ///
    /// ```
    /// let input = "UBND tỉnh Hà Giang";
    /// let a = nhan::Annotator::new().annotate(input);
    /// assert_eq!(a.check(input), Ok(()));
    /// ```
    pub fn check(&self, input: &str) -> Result<(), String> {
        let mut open: Vec<(usize, usize)> = Vec::new();
        for (i, s) in self.spans.iter().enumerate() {
            if s.id != i {
                return Err(format!("span {i} has id {}", s.id));
            }
            if s.start >= s.end || s.end > input.len() {
                return Err(format!(
                    "span {i} has range {}..{} in an input of {} bytes",
                    s.start,
                    s.end,
                    input.len()
                ));
            }
            if !input.is_char_boundary(s.start) || !input.is_char_boundary(s.end) {
                return Err(format!("span {i} is not on char boundaries"));
            }
            if input[s.start..s.end] != s.text {
                return Err(format!(
                    "span {i} text {:?} is not the input bytes {:?}",
                    s.text,
                    &input[s.start..s.end]
                ));
            }
            if let Some(p) = i.checked_sub(1).map(|p| &self.spans[p]) {
                if (p.start, std::cmp::Reverse(p.end)) > (s.start, std::cmp::Reverse(s.end)) {
                    return Err(format!("span {i} is out of order"));
                }
            }
            while open.last().is_some_and(|&(_, e)| e <= s.start) {
                open.pop();
            }
            if let Some(&(os, oe)) = open.last() {
                if s.end > oe {
                    return Err(format!(
                        "span {i} ({}..{}) crosses {os}..{oe}",
                        s.start, s.end
                    ));
                }
            }
            open.push((s.start, s.end));
        }
        for r in &self.relations {
            let (Some(h), Some(t)) = (self.spans.get(r.head), self.spans.get(r.tail)) else {
                return Err(format!("relation {r:?} points outside the spans"));
            };
            let want = match r.kind {
                RelationKind::HasTitle => (Kind::Person, Kind::Title),
                RelationKind::HasRank => (Kind::Person, Kind::Rank),
                RelationKind::Defines => (Kind::LongForm, Kind::Abbreviation),
                RelationKind::SameAs => (Kind::Person, Kind::Person),
            };
            if (h.kind, t.kind) != want {
                return Err(format!("relation {r:?} joins a {} to a {}", h.kind, t.kind));
            }
        }
        Ok(())
    }
}
