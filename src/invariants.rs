//! The invariants every [`Annotation`] keeps, checked by one function that the tests and
//! the fuzzers share.

use crate::error::Violation;
use crate::span::{Annotation, Value};

impl Annotation {
    /// Checks the output contract ([guide](crate::guide)) against the `input` it came from:
    /// spans sorted by start (longer first), inside the input, on char boundaries, their
    /// text equal to the input bytes, never crossing, number values finite; ids equal to
    /// positions; relations between existing spans of the right kinds; the writing's parts,
    /// where the document mixes ways of writing, cover the input in order. The first rule
    /// broken is the error.
    ///
    /// ```
    /// use nhan::error::Violation;
    /// let input = "UBND tỉnh Hà Giang";
    /// let mut a = nhan::Annotator::new().annotate(input);
    /// assert_eq!(a.check(input), Ok(()));
    /// a.spans[0].end = input.len() + 1;
    /// assert!(matches!(a.check(input), Err(Violation::Range { index: 0, .. })));
    /// ```
    pub fn check(&self, input: &str) -> Result<(), Violation> {
        let mut open: Vec<(usize, usize)> = Vec::new();
        for (index, s) in self.spans.iter().enumerate() {
            let (start, end) = (s.start, s.end);
            if s.id != index {
                return Err(Violation::Id { index, id: s.id });
            }
            if start >= end || end > input.len() {
                let len = input.len();
                return Err(Violation::Range {
                    index,
                    start,
                    end,
                    len,
                });
            }
            let Some(bytes) = input.get(start..end) else {
                return Err(Violation::CharBoundary { index, start, end });
            };
            if bytes != s.text {
                return Err(Violation::Text {
                    index,
                    text: s.text.clone(),
                    input: bytes.to_owned(),
                });
            }
            if let Some(p) = index.checked_sub(1).map(|p| &self.spans[p]) {
                if (p.start, std::cmp::Reverse(p.end)) > (start, std::cmp::Reverse(end)) {
                    return Err(Violation::Order { index });
                }
            }
            while open.last().is_some_and(|&(_, e)| e <= start) {
                open.pop();
            }
            if let Some(&(other_start, other_end)) = open.last() {
                if end > other_end {
                    return Err(Violation::Crossing {
                        index,
                        start,
                        end,
                        other_start,
                        other_end,
                    });
                }
            }
            open.push((start, end));
            if matches!(s.value, Some(Value::Number(n)) if !n.is_finite()) {
                return Err(Violation::NotFinite { index });
            }
        }
        for (index, r) in self.relations.iter().enumerate() {
            let (Some(h), Some(t)) = (self.spans.get(r.head), self.spans.get(r.tail)) else {
                return Err(Violation::Dangling {
                    index,
                    kind: r.kind,
                    head: r.head,
                    tail: r.tail,
                    spans: self.spans.len(),
                });
            };
            if (h.kind, t.kind) != r.kind.joins() {
                return Err(Violation::Joins {
                    index,
                    kind: r.kind,
                    head: h.kind,
                    tail: t.kind,
                });
            }
        }
        self.check_writing(input)
    }

    /// The writing's parts, if any, cover `input` in order, each on char boundaries.
    fn check_writing(&self, input: &str) -> Result<(), Violation> {
        let parts = &self.writing.parts;
        let mut at = 0;
        for (index, p) in parts.iter().enumerate() {
            let last = index + 1 == parts.len();
            let ok = p.start == at
                && p.start < p.end
                && (p.end < input.len() || last && p.end == input.len())
                && input.is_char_boundary(p.end);
            if !ok {
                return Err(Violation::Writing {
                    index,
                    start: p.start,
                    end: p.end,
                });
            }
            at = p.end;
        }
        Ok(())
    }
}
