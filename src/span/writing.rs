//! How the document was written, as the annotation says it: `"writing"` in the JSON.

use serde::{Deserialize, Serialize};

use crate::normalize::NormalizedText;
pub use crate::normalize::writing::{Accents, Case};

/// How a document is written: its accents and case, and where it mixes ways of writing,
/// the ranges written otherwise.
///
/// ```
/// use nhan::Annotator;
/// use nhan::span::{Accents, Case};
///
/// let input = "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nChu tich UBND tinh Pham Minh Chinh hop bao chieu nay.";
/// let w = Annotator::new().annotate(input).writing;
/// assert_eq!((w.accents, w.case), (Accents::Unaccented, Case::Normal));
/// let header = &w.parts[0];
/// assert_eq!(&input[header.start..header.end], "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n");
/// assert_eq!((header.accents, header.case), (Accents::Accented, Case::Upper));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Written {
    /// The accents of most of the document.
    pub accents: Accents,
    /// The case of most of the document.
    pub case: Case,
    /// Only where the document mixes: every range (byte offsets into the original input,
    /// in order, covering it) with its own accents and case; empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<WrittenPart>,
}

/// A range of the input written one way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct WrittenPart {
    /// Byte offset of the range's start in the original input.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// With or without marks.
    pub accents: Accents,
    /// Normal case, capitals or title case.
    pub case: Case,
}

impl Written {
    /// The writing `text` was detected to have, in offsets into the input it was
    /// normalized from.
    pub(crate) fn of(text: &NormalizedText) -> Written {
        let layout = text.writing();
        let mut w = Written {
            accents: layout.accents,
            case: layout.case,
            parts: Vec::new(),
        };
        if layout.is_mixed() {
            let len = text.alignment().original_len();
            for p in layout.parts() {
                let r = text.original_range(p.range.clone());
                push(
                    &mut w.parts,
                    WrittenPart {
                        start: r.start,
                        end: r.end,
                        accents: p.accents,
                        case: p.case,
                    },
                );
            }
            close_gaps(&mut w.parts, len);
        }
        w
    }

    /// The writing of a document annotated in pieces: `(offset, len, writing)` of each
    /// piece, its parts in offsets into the document (as its spans). The document takes
    /// the accents and the case of most of its bytes.
    pub(crate) fn join<'w>(
        pieces: impl IntoIterator<Item = (usize, usize, &'w Written)>,
    ) -> Written {
        let mut parts: Vec<WrittenPart> = Vec::new();
        for (offset, len, w) in pieces {
            if w.parts.is_empty() {
                push(
                    &mut parts,
                    WrittenPart {
                        start: offset,
                        end: offset + len,
                        accents: w.accents,
                        case: w.case,
                    },
                );
            }
            for p in &w.parts {
                debug_assert!(p.start >= offset && p.end <= offset + len);
                push(&mut parts, WrittenPart { ..*p });
            }
        }
        let bytes = |f: &dyn Fn(&WrittenPart) -> bool| -> usize {
            parts.iter().filter(|p| f(p)).map(|p| p.end - p.start).sum()
        };
        let total = bytes(&|_| true);
        let accents = if bytes(&|p| p.accents == Accents::Unaccented) * 2 > total {
            Accents::Unaccented
        } else {
            Accents::Accented
        };
        let case = [Case::Upper, Case::Title]
            .into_iter()
            .find(|&c| bytes(&|p| p.case == c) * 2 > total)
            .unwrap_or(Case::Normal);
        if parts.iter().all(|p| p.accents == accents && p.case == case) {
            parts.clear();
        }
        Written {
            accents,
            case,
            parts,
        }
    }
}

/// Adds `p`, merged into the last part when they are written alike and touch.
fn push(parts: &mut Vec<WrittenPart>, p: WrittenPart) {
    if p.start >= p.end && !parts.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some(last) if last.accents == p.accents && last.case == p.case => {
            last.end = last.end.max(p.end);
        }
        Some(last) => {
            // Deleted characters may leave a gap or an overlap: the new part starts
            // where the last one ends.
            let start = p.start.max(last.end);
            if start < p.end {
                last.end = start;
                parts.push(WrittenPart { start, ..p });
            }
        }
        None => parts.push(WrittenPart { start: 0, ..p }),
    }
}

/// Makes the parts cover `0..len` without gaps.
fn close_gaps(parts: &mut [WrittenPart], len: usize) {
    for i in 1..parts.len() {
        let end = parts[i - 1].end;
        parts[i].start = end;
    }
    if let Some(last) = parts.last_mut() {
        last.end = len;
    }
}
