//! Sets of hit classes: abbreviations, long forms, and each lexicon kind. What a recognizer
//! needs from the matcher, and what the matcher searches for when only some recognizers run.

use super::Target;
use crate::dict::LexKind;

bitflags::bitflags! {
    /// A set of hit classes: abbreviations, long forms, and each lexicon kind.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub(crate) struct HitKinds: u32 {
        /// Abbreviations in any of their written forms.
        const ABBREVIATIONS = 1;
        /// Long forms written out.
        const LONG_FORMS = 2;
        // The lexicon kinds, from bit 2 on: `lex` sets them.
        const _ = !0;
    }
}

impl HitKinds {
    /// No hits: a recognizer that reads the text's tokens or earlier spans only.
    pub(crate) const NOTHING: HitKinds = HitKinds::empty();

    /// Lexicon entries of `kind`.
    pub(crate) const fn lex(kind: LexKind) -> HitKinds {
        HitKinds::from_bits_retain(4 << kind.index())
    }

    /// Both sets.
    pub(crate) const fn and(self, other: HitKinds) -> HitKinds {
        self.union(other)
    }

    /// The class of `target`.
    pub(crate) const fn of(target: &Target) -> HitKinds {
        match *target {
            Target::Abbrev { .. } => Self::ABBREVIATIONS,
            Target::LongForm { .. } => Self::LONG_FORMS,
            Target::Lex { kind, .. } => Self::lex(kind),
        }
    }

    /// Does the set hold the class of `target`?
    pub(crate) fn wants(self, target: &Target) -> bool {
        self.intersects(Self::of(target))
    }

    /// Does the set hold every class of `other`?
    pub(crate) const fn has(self, other: HitKinds) -> bool {
        self.contains(other)
    }

    /// Does the set hold lexicon kind `kind`?
    pub(crate) const fn has_lex(self, kind: LexKind) -> bool {
        self.has(Self::lex(kind))
    }

    /// The set without the classes of `other`.
    pub(crate) const fn without(self, other: HitKinds) -> HitKinds {
        self.difference(other)
    }
}
