//! A sorted set of byte positions with constant-time rank, for "which row (or which
//! bucket of hits) starts at byte `pos`" without hashing.

/// A sorted set of byte positions with constant-time rank: a bit per byte of the text
/// and a running count per 64 bytes (1.5 bits per byte in all).
#[derive(Debug, Clone, Default)]
pub(crate) struct Positions {
    bits: Vec<u64>,
    before: Vec<u32>,
}

impl Positions {
    /// How many positions of the set lie before `pos`, if `pos` is in the set.
    #[inline]
    pub(crate) fn index_of(&self, pos: usize) -> Option<usize> {
        let word = *self.bits.get(pos >> 6)?;
        let bit = 1u64 << (pos & 63);
        (word & bit != 0)
            .then(|| self.before[pos >> 6] as usize + (word & (bit - 1)).count_ones() as usize)
    }

    /// How many positions of the set lie before `pos` (any `pos`).
    #[inline]
    pub(crate) fn rank(&self, pos: usize) -> usize {
        let k = pos >> 6;
        match self.bits.get(k) {
            Some(&word) => {
                self.before[k] as usize + (word & ((1u64 << (pos & 63)) - 1)).count_ones() as usize
            }
            None => {
                self.before.last().map_or(0, |&b| b as usize)
                    + self.bits.last().map_or(0, |w| w.count_ones() as usize)
            }
        }
    }
}

/// Builds [`Positions`] from positions given in increasing order.
pub(crate) struct PositionsBuilder {
    bits: Vec<u64>,
}

impl PositionsBuilder {
    /// For positions below `len`.
    pub(crate) fn new(len: usize) -> Self {
        PositionsBuilder {
            bits: vec![0; len / 64 + 1],
        }
    }

    /// Adds `pos` (below the length given to [`new`](Self::new)).
    #[inline]
    pub(crate) fn set(&mut self, pos: usize) {
        if let Some(w) = self.bits.get_mut(pos >> 6) {
            *w |= 1 << (pos & 63);
        }
    }

    pub(crate) fn finish(self) -> Positions {
        let mut before = Vec::with_capacity(self.bits.len());
        let mut n = 0u32;
        for w in &self.bits {
            before.push(n);
            n += w.count_ones();
        }
        Positions {
            bits: self.bits,
            before,
        }
    }
}
