//! The [`Recognizer`] trait: what a recognizer needs and what it emits.

use crate::dict::LexKind;
use crate::matcher::Target;
use crate::span::Kind;

use super::{Doc, Found, Hit};

/// One kind of thing found in text. A recognizer is a unit struct in its own file and one
/// line in the registry (`recognize::REGISTRY`); the driver walks the hits once and hands
/// each recognizer the hits it [`needs`](Recognizer::needs), in text order.
pub(crate) trait Recognizer: Sync {
    /// A short name, for messages and tests.
    fn name(&self) -> &'static str;

    /// The dictionary hits it reacts to. It may still look at any hit next to one of
    /// them through [`Doc::hits_at`].
    fn needs(&self) -> HitKinds;

    /// The kinds of spans of earlier recognizers it reads from [`Found`] (checked by a
    /// test: each must be emitted by a recognizer that runs before it, or by itself).
    fn reads(&self) -> &'static [Kind] {
        &[]
    }

    /// The kinds of spans it emits, each with its priority when two spans cross (the
    /// higher one stays). A kind emitted by two recognizers has one priority.
    fn emits(&self) -> &'static [(Kind, u8)];

    /// Kinds it takes over: `(its kind, an earlier kind)`. A span of the earlier kind that
    /// lies within one of its own is dropped by the resolver, with its relations (a place
    /// read over a person's name: `xã Cao Ngọc`). A recognizer never deletes or edits
    /// another's spans itself.
    fn overrides(&self) -> &'static [(Kind, Kind)] {
        &[]
    }

    /// Adds its spans and relations to `found`. `hits` are the document's hits that
    /// [`needs`](Recognizer::needs) selects, sorted by start.
    fn recognize<'a>(&self, doc: &Doc<'a>, hits: &[Hit], found: &mut Found<'a>);
}

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
    /// No hits: the recognizer reads the text's tokens or earlier spans only.
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
