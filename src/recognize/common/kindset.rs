//! Sets of span kinds, one bit each: what a recognizer reads and emits, what a run wants.

use crate::span::Kind;

bitflags::bitflags! {
    /// A set of span kinds, one bit each (bit `kind as u16`).
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub(crate) struct KindSet: u16 {
        // The bits are the variants of `span::Kind`; `of` sets them.
        const _ = !0;
    }
}

impl KindSet {
    /// No kind.
    pub(crate) const NONE: KindSet = KindSet::empty();
    /// Every kind.
    pub(crate) const ALL: KindSet = KindSet::of(&Kind::ALL);

    /// The set of `kinds`.
    pub(crate) const fn of(kinds: &[Kind]) -> KindSet {
        let mut bits = 0;
        let mut i = 0;
        while i < kinds.len() {
            bits |= 1 << kinds[i] as u16;
            i += 1;
        }
        KindSet::from_bits_retain(bits)
    }

    /// Does the set hold `kind`?
    pub(crate) const fn has(self, kind: Kind) -> bool {
        self.bits() & (1 << kind as u16) != 0
    }

    /// Both sets.
    pub(crate) const fn and(self, other: KindSet) -> KindSet {
        self.union(other)
    }

    /// Do the sets share a kind?
    pub(crate) const fn meets(self, other: KindSet) -> bool {
        self.intersects(other)
    }

    /// Does the set hold every kind of `other`?
    pub(crate) const fn holds(self, other: KindSet) -> bool {
        self.contains(other)
    }
}

impl From<Kind> for KindSet {
    fn from(kind: Kind) -> KindSet {
        KindSet::of(&[kind])
    }
}
