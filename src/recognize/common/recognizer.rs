//! The [`Recognizer`] trait: what a recognizer needs and what it emits.

use crate::span::Kind;

use super::{Doc, Found, Hit, HitKinds};

/// One kind of thing found in text. A recognizer is a unit struct in its own file and one
/// line in the registry (`recognize::REGISTRY`); the driver walks the hits once and hands
/// each recognizer the hits it [`needs`](Recognizer::needs), in text order.
pub(crate) trait Recognizer: Sync {
    /// A short name, for messages and tests.
    fn name(&self) -> &'static str;

    /// The dictionary hits it reacts to: those it is handed.
    fn needs(&self) -> HitKinds;

    /// The dictionary hits it looks at next to its own through [`Doc::hits_at`] and the
    /// look-ups on it. When only some recognizers run, the matcher searches for what they
    /// need and look at, and nothing else; a recognizer that does not say looks at
    /// everything.
    fn looks_at(&self) -> HitKinds {
        HitKinds::all()
    }

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
