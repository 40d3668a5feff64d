//! Where earlier recognizers' spans lie, one bit per byte: the finder of names asks of
//! tens of thousands of positions whether a span covers them, and a bit answers each.

use super::super::common::{Found, KindSet};

/// The bytes that the indexed spans of some kinds cover.
pub(crate) struct Claimed {
    bits: Vec<u64>,
}

impl Claimed {
    /// The bytes of a text of `len` bytes that the indexed spans of `kinds` in `found`
    /// cover (as [`Found::covering`] sees them: a span covers its start up to its end).
    pub(crate) fn new(found: &Found<'_>, kinds: KindSet, len: usize) -> Claimed {
        let mut bits = vec![0u64; len / 64 + 1];
        for s in found.inside(0..len, kinds) {
            set_range(&mut bits, s.start..s.end.min(len));
        }
        Claimed { bits }
    }

    /// Does a span cover byte `pos`?
    #[inline]
    pub(crate) fn holds(&self, pos: usize) -> bool {
        self.bits
            .get(pos >> 6)
            .is_some_and(|w| w & (1 << (pos & 63)) != 0)
    }
}

/// Sets the bits of `range`, a word at a time.
fn set_range(bits: &mut [u64], range: std::ops::Range<usize>) {
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

    #[test]
    fn ranges_set_exactly_their_bits() {
        let mut bits = vec![0u64; 4];
        for r in [3..5, 60..130, 192..256, 7..7] {
            set_range(&mut bits, r);
        }
        let set = Claimed { bits };
        for pos in 0..300 {
            let want =
                (3..5).contains(&pos) || (60..130).contains(&pos) || (192..256).contains(&pos);
            assert_eq!(set.holds(pos), want, "{pos}");
        }
    }
}
