//! The offset map from normalized text back to the original bytes.
//!
//! The map is sparse: it stores only the places where normalization changed the text
//! (a [`Segment`] per replacement, deletion or insertion). Between segments, normalized
//! and original bytes correspond one to one with a constant shift. Identity text has no
//! segments at all, so the common case (already-normal NFC text) costs nothing.
//!
//! Invariants (checked by the property tests, documented in `DESIGN.md`):
//! - segments are sorted and do not overlap, in both the normalized and original text;
//! - mapping is monotone: `a <= b` implies `start(a) <= start(b)` and `end(a) <= end(b)`;
//! - a replacement maps to the whole original range it consumed;
//! - every mapped position lies on a char boundary of the original, provided the
//!   normalized position lies on a char boundary of the normalized text.

use std::ops::Range;

/// One place where normalization changed the text: `norm` replaced `orig`.
///
/// A deletion has an empty `norm` range; an insertion an empty `orig` range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Start of the normalized bytes.
    pub norm_start: usize,
    /// End of the normalized bytes.
    pub norm_end: usize,
    /// Start of the original bytes.
    pub orig_start: usize,
    /// End of the original bytes.
    pub orig_end: usize,
}

/// Maps byte ranges of a normalized text back to byte ranges of its original.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Alignment {
    segments: Vec<Segment>,
    norm_len: usize,
    orig_len: usize,
}

impl Alignment {
    /// The identity map over a text of `len` bytes.
    pub fn identity(len: usize) -> Self {
        Alignment {
            segments: Vec::new(),
            norm_len: len,
            orig_len: len,
        }
    }

    /// True when normalization changed nothing.
    pub fn is_identity(&self) -> bool {
        self.segments.is_empty()
    }

    /// The segments where the text changed, in order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Length of the normalized text in bytes.
    pub fn normalized_len(&self) -> usize {
        self.norm_len
    }

    /// Length of the original text in bytes.
    pub fn original_len(&self) -> usize {
        self.orig_len
    }

    /// The original position where a range starting at normalized byte `pos` starts.
    pub fn original_start(&self, pos: usize) -> usize {
        let pos = pos.min(self.norm_len);
        let i = self.segments.partition_point(|s| s.norm_start <= pos);
        if i == 0 {
            return pos;
        }
        let s = &self.segments[i - 1];
        if pos < s.norm_end {
            s.orig_start
        } else {
            s.orig_end + (pos - s.norm_end)
        }
    }

    /// The original position where a range ending at normalized byte `pos` ends.
    pub fn original_end(&self, pos: usize) -> usize {
        let pos = pos.min(self.norm_len);
        let i = self.segments.partition_point(|s| s.norm_start < pos);
        if i == 0 {
            return pos;
        }
        let s = &self.segments[i - 1];
        if pos <= s.norm_end {
            s.orig_end
        } else {
            s.orig_end + (pos - s.norm_end)
        }
    }

    /// The original byte range that the normalized byte range `range` came from.
    ///
    /// An empty range maps to an empty range at the corresponding original position.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        if range.start >= range.end {
            let p = self.original_start(range.start);
            return p..p;
        }
        self.original_start(range.start)..self.original_end(range.end)
    }
}

/// Writes a normalized text and its alignment together.
///
/// Every rewrite goes through four calls: [`keep`](Self::keep), [`replace`](Self::replace),
/// [`delete`](Self::delete) and [`insert`](Self::insert). Calls must come in original-text
/// order and cover the original text without gaps.
#[derive(Debug, Default)]
pub(crate) struct AlignedWriter {
    pub(crate) out: String,
    segments: Vec<Segment>,
    orig_pos: usize,
}

impl AlignedWriter {
    pub(crate) fn with_capacity(cap: usize) -> Self {
        AlignedWriter {
            out: String::with_capacity(cap),
            segments: Vec::new(),
            orig_pos: 0,
        }
    }

    /// Copies `text`, which is the original text at the current position, unchanged.
    pub(crate) fn keep(&mut self, text: &str) {
        self.out.push_str(text);
        self.orig_pos += text.len();
    }

    /// Writes `text` in place of `orig_len` original bytes.
    pub(crate) fn replace(&mut self, orig_len: usize, text: &str) {
        let norm_start = self.out.len();
        self.out.push_str(text);
        self.push(Segment {
            norm_start,
            norm_end: self.out.len(),
            orig_start: self.orig_pos,
            orig_end: self.orig_pos + orig_len,
        });
        self.orig_pos += orig_len;
    }

    /// Writes one char in place of `orig_len` original bytes.
    pub(crate) fn replace_char(&mut self, orig_len: usize, c: char) {
        let mut buf = [0u8; 4];
        self.replace(orig_len, c.encode_utf8(&mut buf));
    }

    /// Drops `orig_len` original bytes.
    pub(crate) fn delete(&mut self, orig_len: usize) {
        self.replace(orig_len, "");
    }

    /// Writes `text` that has no original bytes.
    #[allow(dead_code)]
    pub(crate) fn insert(&mut self, text: &str) {
        self.replace(0, text);
    }

    /// Rewrites the last bytes of the output, from `norm_start` on, as `text`.
    ///
    /// The rewritten bytes map to the whole original range the old bytes came from;
    /// segments inside that range are folded into one.
    pub(crate) fn rewrite_tail(&mut self, norm_start: usize, text: &str) {
        let mut start = norm_start;
        let mut orig_start = self.original_start_of_tail(start);
        while let Some(last) = self.segments.last() {
            if last.norm_end > start || last.norm_start > start {
                start = start.min(last.norm_start);
                orig_start = orig_start.min(last.orig_start);
                self.segments.pop();
            } else {
                break;
            }
        }
        // A folded segment may begin before `norm_start`: its text there stays.
        let kept = self.out[start..norm_start].to_owned();
        self.out.truncate(start);
        self.out.push_str(&kept);
        self.out.push_str(text);
        self.segments.push(Segment {
            norm_start: start,
            norm_end: self.out.len(),
            orig_start,
            orig_end: self.orig_pos,
        });
    }

    fn original_start_of_tail(&self, pos: usize) -> usize {
        let i = self.segments.partition_point(|s| s.norm_start <= pos);
        if i == 0 {
            return pos;
        }
        let s = &self.segments[i - 1];
        if pos < s.norm_end {
            s.orig_start
        } else {
            s.orig_end + (pos - s.norm_end)
        }
    }

    fn push(&mut self, seg: Segment) {
        // Touching deletions join into one, and so do touching insertions: a run of removed
        // bytes is one segment. A deletion is never folded into the replacement before it:
        // a range ending at that replacement would then take the deleted bytes too (`í` in
        // NFD followed by a zero-width space), against the rule that a deletion at a
        // range's edge stays outside the range.
        if let Some(last) = self.segments.last_mut() {
            let touching = last.norm_end == seg.norm_start && last.orig_end == seg.orig_start;
            let deletions = seg.norm_start == seg.norm_end && last.norm_start == last.norm_end;
            let insertions = seg.orig_start == seg.orig_end && last.orig_start == last.orig_end;
            if touching && (deletions || insertions) {
                last.norm_end = seg.norm_end;
                last.orig_end = seg.orig_end;
                return;
            }
        }
        self.segments.push(seg);
    }

    pub(crate) fn finish(self) -> (String, Alignment) {
        let norm_len = self.out.len();
        let alignment = Alignment {
            segments: self.segments,
            norm_len,
            orig_len: self.orig_pos,
        };
        (self.out, alignment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deletion_after_a_replacement_stays_outside_a_range_ending_there() {
        // `i` + U+0301 composed to `í`, then a zero-width space dropped (the NFD form of
        // a case the property tests found).
        let orig = "Ch\u{69}\u{301}\u{200b}x";
        let mut w = AlignedWriter::default();
        w.keep("Ch");
        w.replace("i\u{301}".len(), "í");
        w.delete("\u{200b}".len());
        w.keep("x");
        let (text, a) = w.finish();
        assert_eq!(text, "Chíx");
        let name = a.original_range(0.."Chí".len());
        assert_eq!(&orig[name], "Ch\u{69}\u{301}");
        let after = a.original_range("Chí".len()..text.len());
        assert_eq!(&orig[after], "x");
    }

    #[test]
    fn identity_maps_to_itself() {
        let a = Alignment::identity(10);
        assert!(a.is_identity());
        assert_eq!(a.original_range(2..7), 2..7);
    }

    #[test]
    fn replacement_maps_to_whole_consumed_range() {
        // "xe\u{302}\u{301}y" -> "xếy"
        let mut w = AlignedWriter::default();
        w.keep("x");
        w.replace(5, "ế");
        w.keep("y");
        let (out, a) = w.finish();
        assert_eq!(out, "xếy");
        assert_eq!(a.original_range(1..4), 1..6);
        assert_eq!(a.original_range(0..1), 0..1);
        assert_eq!(a.original_range(4..5), 6..7);
        assert_eq!(a.original_range(0..5), 0..7);
    }

    #[test]
    fn deletion_is_excluded_at_range_edges() {
        // "a\u{200b}b": the zero-width space is deleted.
        let mut w = AlignedWriter::default();
        w.keep("a");
        w.delete(3);
        w.keep("b");
        let (out, a) = w.finish();
        assert_eq!(out, "ab");
        assert_eq!(a.original_range(0..1), 0..1);
        assert_eq!(a.original_range(1..2), 4..5);
        assert_eq!(a.original_range(0..2), 0..5);
    }

    #[test]
    fn rewrite_tail_merges_segments() {
        // "hoa\u{300}" (NFD) -> "hoà" -> tone moved -> "hòa"
        let mut w = AlignedWriter::default();
        w.keep("h");
        w.keep("o");
        w.replace(3, "à");
        w.rewrite_tail(1, "òa");
        let (out, a) = w.finish();
        assert_eq!(out, "hòa");
        assert_eq!(a.original_range(1..4), 1..5);
        assert_eq!(a.original_range(0..4), 0..5);
        assert_eq!(a.original_range(0..1), 0..1);
    }
}
