//! What recognizers write: raw spans (kind, `u32` range, attribute id) and relations.
//!
//! Attributes borrow from the document and the dictionary wherever they can
//! ([`Cow::Borrowed`]); owned strings are made only at the edge, when the resolver turns
//! the spans that survive into [`Span`](crate::span::Span)s.

use std::ops::{Deref, Range};
use std::sync::LazyLock;

pub(crate) use crate::span::{Attrs, RawValue};
use crate::span::{Kind, RelationKind};

/// One span as recognizers see it: 16 bytes, offsets into the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawSpan {
    pub(crate) kind: Kind,
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// Index into [`Found::attrs`], or [`NO_ATTRS`].
    pub(crate) attrs: u32,
}

/// A raw span without attributes.
pub(crate) const NO_ATTRS: u32 = u32::MAX;

/// The attributes of a span that has none.
static EMPTY: LazyLock<Attrs<'static>> = LazyLock::new(Attrs::default);

/// A span read back from [`Found`]: kind, byte range and (through `Deref`) attributes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpanRef<'f, 'a> {
    pub(crate) kind: Kind,
    pub(crate) start: usize,
    pub(crate) end: usize,
    attrs: &'f Attrs<'a>,
}

impl SpanRef<'_, '_> {
    pub(crate) fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl<'a> Deref for SpanRef<'_, 'a> {
    type Target = Attrs<'a>;
    fn deref(&self) -> &Attrs<'a> {
        self.attrs
    }
}

/// What the recognizers found so far: spans with normalized offsets and relations between
/// them by index into `spans`.
#[derive(Debug, Default)]
pub(crate) struct Found<'a> {
    pub(crate) spans: Vec<RawSpan>,
    pub(crate) attrs: Vec<Attrs<'a>>,
    pub(crate) links: Vec<(RelationKind, usize, usize)>,
    /// Priority of each kind when two spans cross, from the recognizers that ran.
    pub(crate) priorities: Vec<(Kind, u8)>,
}

impl<'a> Found<'a> {
    /// Adds a span over `range` of the normalized text and returns its index. A range past
    /// 4 GiB is not kept (its index is returned all the same, for a span of no length).
    pub(crate) fn push(&mut self, kind: Kind, range: Range<usize>) -> usize {
        let (start, end) = match (u32::try_from(range.start), u32::try_from(range.end)) {
            (Ok(s), Ok(e)) => (s, e),
            _ => (0, 0),
        };
        self.spans.push(RawSpan {
            kind,
            start,
            end,
            attrs: NO_ATTRS,
        });
        self.spans.len() - 1
    }

    /// The attributes of span `i`, to fill in.
    pub(crate) fn attrs(&mut self, i: usize) -> &mut Attrs<'a> {
        let s = &mut self.spans[i];
        if s.attrs == NO_ATTRS {
            s.attrs = self.attrs.len() as u32;
            self.attrs.push(Attrs::default());
        }
        &mut self.attrs[s.attrs as usize]
    }

    /// Span `i`.
    pub(crate) fn span(&self, i: usize) -> SpanRef<'_, 'a> {
        let s = &self.spans[i];
        SpanRef {
            kind: s.kind,
            start: s.start as usize,
            end: s.end as usize,
            attrs: self.attrs.get(s.attrs as usize).unwrap_or(&EMPTY),
        }
    }

    /// Every span, in the order they were found.
    pub(crate) fn iter(&self) -> impl Iterator<Item = SpanRef<'_, 'a>> {
        (0..self.spans.len()).map(|i| self.span(i))
    }

    pub(crate) fn link(&mut self, kind: RelationKind, head: usize, tail: usize) {
        // Duplicates are removed once, when the resolver sorts the relations.
        self.links.push((kind, head, tail));
    }

    /// Spans of `kind`, with their indices.
    pub(crate) fn of(&self, kind: Kind) -> impl Iterator<Item = (usize, SpanRef<'_, 'a>)> {
        self.spans
            .iter()
            .enumerate()
            .filter(move |(_, s)| s.kind == kind)
            .map(|(i, _)| (i, self.span(i)))
    }
}
