//! Which bytes of a text earlier finds hold, one bit per byte: recognizers ask this of
//! their own or earlier recognizers' finds once per candidate (tens of thousands of times
//! in a long text), and a bit answers each where a scan of every find would make a long
//! document quadratic.
//!
//! A range may hold its bytes in three ways, named by [`Held`] wherever a range is added:
//! the callers differ in how an empty range counts and whether a range's start is in it.

use std::ops::Range;

use super::{Found, KindSet};

/// Which bytes of a range `start..end` a [`Cover`] holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Held {
    /// `start..end`: an empty range holds nothing (spans as [`Found::covering`] sees them).
    Bytes,
    /// `start..end`, and an empty range its start: a find of no length still takes its place.
    AtLeastStart,
    /// `start + 1..end`: the bytes inside the range, not its start (a position that a range
    /// holds only as its start is free).
    Inside,
}

/// The bytes of a text that some ranges hold.
#[derive(Debug, Default)]
pub(crate) struct Cover {
    bits: Vec<u64>,
}

impl Cover {
    /// Room for a text of `len` bytes, no byte held.
    pub(crate) fn new(len: usize) -> Cover {
        Cover {
            bits: vec![0u64; len / 64 + 1],
        }
    }

    /// The ranges `ranges` of a text of `len` bytes, in any order, each holding its bytes
    /// as `held` says.
    pub(crate) fn of(
        len: usize,
        ranges: impl IntoIterator<Item = Range<usize>>,
        held: Held,
    ) -> Cover {
        let mut cover = Cover::new(len);
        for r in ranges {
            cover.add(r, held);
        }
        cover
    }

    /// The bytes of a text of `len` bytes that the indexed spans of `kinds` in `found`
    /// cover (as [`Found::covering`] sees them: [`Held::Bytes`]).
    pub(crate) fn of_spans(found: &Found<'_>, kinds: KindSet, len: usize) -> Cover {
        Cover::of(
            len,
            found.inside(0..len, kinds).map(|s| s.start..s.end),
            Held::Bytes,
        )
    }

    /// Holds the bytes of `range` as `held` says.
    pub(crate) fn add(&mut self, range: Range<usize>, held: Held) {
        let range = match held {
            Held::Bytes => range,
            Held::AtLeastStart => range.start..range.end.max(range.start + 1),
            Held::Inside => range.start + 1..range.end,
        };
        if range.start >= range.end {
            return;
        }
        let words = (range.end - 1) / 64 + 1;
        if words > self.bits.len() {
            self.bits.resize(words, 0);
        }
        set_range(&mut self.bits, range);
    }

    /// Does a range hold byte `pos`?
    #[inline]
    pub(crate) fn holds(&self, pos: usize) -> bool {
        self.bits
            .get(pos >> 6)
            .is_some_and(|w| w & (1 << (pos & 63)) != 0)
    }
}

/// Sets the bits of `range`, a word at a time.
fn set_range(bits: &mut [u64], range: Range<usize>) {
    let (mut at, end) = (range.start, range.end);
    while at < end {
        let bit = at & 63;
        let n = (64 - bit).min(end - at);
        let mask = if n == 64 {
            !0
        } else {
            ((1u64 << n) - 1) << bit
        };
        if let Some(w) = bits.get_mut(at >> 6) {
            *w |= mask;
        }
        at += n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each way of holding answers what a scan of every range answers, past the text's
    /// end too.
    #[test]
    fn cover_agrees_with_a_scan() {
        let ranges = [5..9, 0..2, 20..20, 6..30, 40..41, 12..13, 44..44, 70..200];
        let scan = |pos: usize, held: Held| {
            ranges.iter().any(|r| match held {
                Held::Bytes => r.start <= pos && pos < r.end,
                Held::AtLeastStart => r.start <= pos && pos < r.end.max(r.start + 1),
                Held::Inside => r.start < pos && pos < r.end,
            })
        };
        for held in [Held::Bytes, Held::AtLeastStart, Held::Inside] {
            let cover = Cover::of(45, ranges.iter().cloned(), held);
            for pos in 0..260 {
                assert_eq!(cover.holds(pos), scan(pos, held), "{held:?} {pos}");
            }
        }
        assert!(!Cover::of(0, [], Held::AtLeastStart).holds(0));
        assert!(Cover::of(0, std::iter::once(0..0), Held::AtLeastStart).holds(0));
        assert!(!Cover::of(0, std::iter::once(0..0), Held::Bytes).holds(0));
    }

    /// A range sets its own bits and no other, across and along 64-bit words.
    #[test]
    fn ranges_set_exactly_their_bits() {
        let mut bits = vec![0u64; 4];
        for r in [3..5, 60..130, 192..256, 7..7] {
            set_range(&mut bits, r);
        }
        let set = Cover { bits };
        for pos in 0..300 {
            let want =
                (3..5).contains(&pos) || (60..130).contains(&pos) || (192..256).contains(&pos);
            assert_eq!(set.holds(pos), want, "{pos}");
        }
    }
}
