//! What recognizers write: raw spans (kind, `u32` range, attribute id) and relations, and
//! the queries later recognizers ask of them.
//!
//! Attributes hold their strings as ids of the document's [`Texts`], which borrow from the
//! document and the dictionary wherever they can ([`Cow::Borrowed`]); shared strings are
//! made only at the edge, when the resolver turns the spans that survive into
//! [`Span`](crate::span::Span)s.
//!
//! The fields are private: a recognizer adds spans ([`Found::push`]), fills the attributes
//! of its own ([`Found::attrs`]), links them ([`Found::link`]) and reads the others through
//! one index sorted by start ([`Found::at`], [`Found::starting`], [`Found::covering`],
//! [`Found::inside`]). No recognizer edits or deletes another's span: when a kind must give
//! way to another (a place read over a person's name), the recognizer declares it
//! ([`Recognizer::overrides`](super::Recognizer::overrides)) and the resolver applies it.

use std::borrow::Cow;
use std::cell::Cell;
use std::ops::{Deref, Range};
use std::sync::LazyLock;

use super::KindSet;
pub(crate) use crate::span::{Attrs, RawValue, Sym, Syms, Texts};
use crate::span::{Kind, RelationKind};

/// One span as recognizers see it: 16 bytes, offsets into the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawSpan {
    pub(crate) kind: Kind,
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// Index into the attribute table, or [`NO_ATTRS`].
    pub(crate) attrs: u32,
}

/// A raw span without attributes.
pub(crate) const NO_ATTRS: u32 = u32::MAX;

/// The attributes of a span that has none.
static EMPTY: LazyLock<Attrs> = LazyLock::new(Attrs::default);

/// A span read back from [`Found`]: its index, byte range and (through `Deref`)
/// attributes, whose strings [`SpanRef::text`] reads.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpanRef<'f, 'a> {
    pub(crate) id: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
    attrs: &'f Attrs,
    texts: &'f Texts<'a>,
}

impl<'f, 'a> SpanRef<'f, 'a> {
    pub(crate) fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The string of an attribute: `s.text(s.expansion)`.
    pub(crate) fn text(&self, attr: Option<Sym>) -> Option<&'f str> {
        attr.map(|sym| self.texts.get(sym))
    }

    /// The string of an attribute when it is borrowed from the dictionary or the text.
    pub(crate) fn borrowed(&self, attr: Option<Sym>) -> Option<&'a str> {
        attr.and_then(|sym| self.texts.borrowed(sym))
    }
}

impl Deref for SpanRef<'_, '_> {
    type Target = Attrs;
    fn deref(&self) -> &Attrs {
        self.attrs
    }
}

/// How spans of different kinds give way to each other in the resolver, from what the
/// recognizers declare.
#[derive(Debug, Clone, Default)]
pub(crate) struct Rules {
    /// Priority of each kind when two spans cross: the higher one stays.
    pub(crate) priorities: Vec<(Kind, u8)>,
    /// (winner, loser): a span of the loser kind that lies within a span of the winner
    /// kind is dropped, with its relations.
    pub(crate) overrides: Vec<(Kind, Kind)>,
}

impl Rules {
    /// The priority of `kind` (0 when no recognizer emits it).
    pub(crate) fn priority(&self, kind: Kind) -> u8 {
        self.priorities
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |&(_, p)| p)
    }
}

/// What the recognizers found so far: spans with normalized offsets, relations between
/// them by index, and an index by start that later recognizers query.
#[derive(Debug, Default)]
pub(crate) struct Found<'a> {
    spans: Vec<RawSpan>,
    attrs: Vec<Attrs>,
    texts: Texts<'a>,
    links: Vec<(RelationKind, usize, usize)>,
    rules: Rules,
    /// Indices of the first `indexed` spans, sorted by start, longer first, then by index.
    order: Vec<u32>,
    /// `keys[k]`: the [`sort_key`] of span `order[k]` (start, then end reversed), so that
    /// merging and searching read one array, not the spans through `order`.
    keys: Vec<u64>,
    /// `reach[k]`: the furthest end of the spans `order[..=k]`; it bounds the walk back
    /// from a position to the spans that cover it.
    reach: Vec<u32>,
    indexed: usize,
    /// The first span of the recognizer that is running: it fills attributes of its own
    /// spans only.
    own_from: usize,
    /// The kinds the running recognizer may read (checked in debug builds).
    readable: KindSet,
    /// Where the last search of the index ended: the next one starts from there.
    hint: Cell<usize>,
}

/// Everything [`Found`] holds, for the resolver.
pub(crate) struct Raw<'a> {
    pub(crate) spans: Vec<RawSpan>,
    pub(crate) attrs: Vec<Attrs>,
    pub(crate) texts: Texts<'a>,
    pub(crate) links: Vec<(RelationKind, usize, usize)>,
    pub(crate) rules: Rules,
}

impl<'a> Found<'a> {
    /// Nothing found yet; spans will give way to each other by `rules`.
    pub(crate) fn new(rules: Rules) -> Found<'a> {
        Found {
            rules,
            readable: KindSet::ALL,
            ..Found::default()
        }
    }

    /// The driver's hook before a recognizer runs: indexes what the ones before it found
    /// and says which kinds it may read.
    pub(crate) fn begin(&mut self, readable: KindSet) {
        self.index();
        self.own_from = self.spans.len();
        self.readable = readable;
    }

    /// The resolver's view: spans, attributes, relations and rules.
    pub(crate) fn into_raw(self) -> Raw<'a> {
        Raw {
            spans: self.spans,
            attrs: self.attrs,
            texts: self.texts,
            links: self.links,
            rules: self.rules,
        }
    }

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

    /// The attributes of span `i`, one the running recognizer added, to fill in.
    pub(crate) fn attrs(&mut self, i: usize) -> &mut Attrs {
        debug_assert!(i >= self.own_from, "a recognizer edits another's span");
        let s = &mut self.spans[i];
        if s.attrs == NO_ATTRS {
            s.attrs = self.attrs.len() as u32;
            self.attrs.push(Attrs::default());
        }
        &mut self.attrs[s.attrs as usize]
    }

    /// The id of a string to write into attributes.
    pub(crate) fn text(&mut self, s: impl Into<Cow<'a, str>>) -> Sym {
        self.texts.add(s.into())
    }

    /// The ids of a list of strings to write into attributes.
    pub(crate) fn texts(&mut self, items: impl IntoIterator<Item = Cow<'a, str>>) -> Syms {
        self.texts.add_list(items)
    }

    /// Relates span `head` to span `tail`.
    pub(crate) fn link(&mut self, kind: RelationKind, head: usize, tail: usize) {
        // Duplicates are removed once, when the resolver sorts the relations.
        self.links.push((kind, head, tail));
    }

    /// Span `i`.
    pub(crate) fn span(&self, i: usize) -> SpanRef<'_, 'a> {
        let s = &self.spans[i];
        SpanRef {
            id: i,
            start: s.start as usize,
            end: s.end as usize,
            attrs: self.attrs.get(s.attrs as usize).unwrap_or(&EMPTY),
            texts: &self.texts,
        }
    }

    /// Spans of `kind`, in the order they were found.
    pub(crate) fn of(&self, kind: Kind) -> impl Iterator<Item = SpanRef<'_, 'a>> {
        self.check(kind.into());
        self.spans
            .iter()
            .enumerate()
            .filter(move |(_, s)| s.kind == kind)
            .map(|(i, _)| self.span(i))
    }

    /// Makes every span added so far visible to the queries below. The driver does it
    /// before each recognizer; a recognizer that queries its own spans calls it itself.
    pub(crate) fn index(&mut self) {
        if self.indexed == self.spans.len() {
            return;
        }
        let spans = &self.spans;
        // The new spans by (start, end reversed, index): they come in index order, so a
        // stable sort by the key keeps equal ranges in index order.
        let mut new: Vec<(u64, u32)> = (self.indexed..spans.len())
            .map(|i| (sort_key(&spans[i]), i as u32))
            .collect();
        new.sort_by_key(|&(k, _)| k);
        // Where the first new span goes: after every old one of a key not above it (an old
        // span of the same range has a lower index).
        let from = self.keys.partition_point(|&k| k <= new[0].0);
        // Merge in place from the back; an old span goes after a new one only when its key
        // is above it.
        let old = self.order.len();
        self.order.resize(old + new.len(), 0);
        self.keys.resize(old + new.len(), 0);
        let (mut a, mut b, mut w) = (old, new.len(), old + new.len());
        while b > 0 {
            w -= 1;
            if a > from && self.keys[a - 1] > new[b - 1].0 {
                a -= 1;
                self.order[w] = self.order[a];
                self.keys[w] = self.keys[a];
            } else {
                b -= 1;
                (self.keys[w], self.order[w]) = new[b];
            }
        }
        self.reach.truncate(from);
        let mut reach = from.checked_sub(1).map_or(0, |k| self.reach[k]);
        for &k in &self.keys[from..] {
            reach = reach.max(key_end(k));
            self.reach.push(reach);
        }
        self.indexed = spans.len();
    }

    /// The index in `order` of the first indexed span that starts at or after `pos`.
    ///
    /// Recognizers ask about positions near the one they asked about last, mostly a little
    /// after it: the search runs out from the last answer in steps that double, then
    /// halves the bracket found (a walk of a few keys where a binary search of a dense
    /// document's whole index would miss the cache at each of twenty steps).
    fn first_from(&self, pos: u32) -> usize {
        let keys = &self.keys;
        let before = |k: &u64| key_start(*k) < pos;
        let hint = self.hint.get().min(keys.len());
        // `keys[..lo]` start before `pos`, `keys[hi..]` do not.
        let (mut lo, mut hi);
        let mut step = 1;
        if hint < keys.len() && before(&keys[hint]) {
            lo = hint + 1;
            while lo + step < keys.len() && before(&keys[lo + step]) {
                lo += step + 1;
                step *= 2;
            }
            hi = (lo + step).min(keys.len());
        } else {
            hi = hint;
            while hi >= step && !before(&keys[hi - step]) {
                hi -= step;
                step *= 2;
            }
            lo = hi.saturating_sub(step);
        }
        let k = lo + keys[lo..hi].partition_point(before);
        self.hint.set(k);
        k
    }

    /// In debug builds: may the running recognizer read `kinds`?
    fn check(&self, kinds: KindSet) {
        debug_assert!(
            self.readable.holds(kinds),
            "a recognizer reads a kind it does not declare in `reads()`"
        );
    }

    /// The indexed spans of `kinds` that start at `pos`, longer first.
    pub(crate) fn starting(
        &self,
        pos: usize,
        kinds: KindSet,
    ) -> impl Iterator<Item = SpanRef<'_, 'a>> {
        self.check(kinds);
        let pos = u32::try_from(pos).unwrap_or(u32::MAX);
        let from = self.first_from(pos);
        self.order[from..]
            .iter()
            .map(|&i| i as usize)
            .take_while(move |&i| self.spans[i].start == pos)
            .filter(move |&i| kinds.has(self.spans[i].kind))
            .map(|i| self.span(i))
    }

    /// The longest indexed span of `kind` that starts at `pos` (the first found of equal
    /// ones).
    pub(crate) fn at(&self, pos: usize, kind: Kind) -> Option<SpanRef<'_, 'a>> {
        self.starting(pos, kind.into()).next()
    }

    /// The indexed spans of `kinds` that cover byte `pos` (start at or before it, end
    /// after it), the latest start first.
    pub(crate) fn covering(
        &self,
        pos: usize,
        kinds: KindSet,
    ) -> impl Iterator<Item = SpanRef<'_, 'a>> {
        self.check(kinds);
        let pos = u32::try_from(pos).unwrap_or(u32::MAX);
        let to = self.first_from(pos.saturating_add(1));
        (0..to)
            .rev()
            .take_while(move |&k| self.reach[k] > pos)
            .map(move |k| self.order[k] as usize)
            .filter(move |&i| self.spans[i].end > pos && kinds.has(self.spans[i].kind))
            .map(|i| self.span(i))
    }

    /// The indexed span of `kind` that ends at `end`, if one does.
    pub(crate) fn ending(&self, end: usize, kind: Kind) -> Option<SpanRef<'_, 'a>> {
        let last = end.checked_sub(1)?;
        self.covering(last, kind.into()).find(|s| s.end == end)
    }

    /// The indexed spans of `kinds` that lie within `range`, by start, longer first.
    pub(crate) fn inside(
        &self,
        range: Range<usize>,
        kinds: KindSet,
    ) -> impl Iterator<Item = SpanRef<'_, 'a>> {
        self.check(kinds);
        let start = u32::try_from(range.start).unwrap_or(u32::MAX);
        let end = u32::try_from(range.end).unwrap_or(u32::MAX);
        let from = self.first_from(start);
        self.order[from..]
            .iter()
            .map(|&i| i as usize)
            .take_while(move |&i| self.spans[i].start < end)
            .filter(move |&i| self.spans[i].end <= end && kinds.has(self.spans[i].kind))
            .map(|i| self.span(i))
    }

    /// Does an indexed span of `kinds` share a byte with `range`?
    pub(crate) fn overlaps(&self, range: Range<usize>, kinds: KindSet) -> bool {
        self.covering(range.start, kinds).next().is_some()
            || self
                .starting_within(range.start + 1..range.end, kinds)
                .is_some()
    }

    /// The first indexed span of `kinds` that starts within `range`.
    fn starting_within(&self, range: Range<usize>, kinds: KindSet) -> Option<usize> {
        let start = u32::try_from(range.start).unwrap_or(u32::MAX);
        let end = u32::try_from(range.end).unwrap_or(u32::MAX);
        let from = self.first_from(start);
        self.order[from..]
            .iter()
            .map(|&i| i as usize)
            .take_while(|&i| self.spans[i].start < end)
            .find(|&i| kinds.has(self.spans[i].kind))
    }
}

/// The order of spans in the index as one number: start, then the end reversed (the
/// longer first).
#[inline]
fn sort_key(s: &RawSpan) -> u64 {
    (u64::from(s.start) << 32) | u64::from(!s.end)
}

/// The start of the span of key `k`.
#[inline]
fn key_start(k: u64) -> u32 {
    (k >> 32) as u32
}

/// The end of the span of key `k`.
#[inline]
fn key_end(k: u64) -> u32 {
    !(k as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Phó Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn`, as a recognizer would have it.
    const TEXT: &str = "Phó Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn";

    fn range(word: &str) -> Range<usize> {
        let s = TEXT.find(word).unwrap_or(usize::MAX);
        s..s + word.len()
    }

    fn found() -> Found<'static> {
        let mut f = Found::new(Rules::default());
        // Pushed out of text order, as several recognizers do.
        f.push(Kind::Person, range("Nguyễn Văn Sơn"));
        f.push(Kind::Abbreviation, range("UBND"));
        f.push(Kind::Title, range("Phó Chủ tịch UBND tỉnh Hà Giang"));
        f.push(Kind::Organization, range("UBND tỉnh Hà Giang"));
        f.push(Kind::Organization, range("UBND tỉnh"));
        f.push(Kind::Location, range("Hà Giang"));
        f.index();
        f
    }

    fn texts<'f>(spans: impl Iterator<Item = SpanRef<'f, 'static>>) -> Vec<&'static str> {
        spans.map(|s| &TEXT[s.range()]).collect()
    }

    /// The search out from the last answer finds what a binary search of the whole index
    /// finds, whatever was asked before: forward, backward, far, near, past either end.
    #[test]
    fn the_search_from_the_last_answer_agrees_with_a_binary_search() {
        let mut f = Found::new(Rules::default());
        // Starts with repeats and gaps: 0, 0, 3, 3, 3, 6, ... up to 297.
        for i in 0..200u32 {
            let start = (i / 2 + i / 3) as usize * 3;
            f.push(Kind::Abbreviation, start..start + 2);
        }
        f.index();
        let asked: Vec<u32> = (0..400u32)
            .map(|i| (i * 7919) % 311)
            .chain(0..320)
            .chain((0..320).rev())
            .chain([0, u32::MAX, 5, 296, 297, 298])
            .collect();
        for pos in asked {
            let want = f.keys.partition_point(|&k| key_start(k) < pos);
            assert_eq!(f.first_from(pos), want, "pos {pos}, hint {}", f.hint.get());
        }
        // An index of nothing.
        let empty = Found::new(Rules::default());
        assert_eq!(empty.first_from(3), 0);
    }

    #[test]
    fn at_and_starting_give_the_longest_first() {
        let f = found();
        let ubnd = range("UBND").start;
        let org = f.at(ubnd, Kind::Organization).map(|s| &TEXT[s.range()]);
        assert_eq!(org, Some("UBND tỉnh Hà Giang"));
        let all = KindSet::of(&[Kind::Organization, Kind::Abbreviation]);
        assert_eq!(
            texts(f.starting(ubnd, all)),
            ["UBND tỉnh Hà Giang", "UBND tỉnh", "UBND"]
        );
        assert!(f.at(ubnd, Kind::Person).is_none());
        assert!(f.at(ubnd + 1, Kind::Abbreviation).is_none());
    }

    #[test]
    fn covering_walks_back_over_long_spans() {
        let f = found();
        let ha = range("Hà Giang").start;
        let kinds = KindSet::of(&[Kind::Title, Kind::Organization, Kind::Location]);
        assert_eq!(
            texts(f.covering(ha, kinds)),
            [
                "Hà Giang",
                "UBND tỉnh Hà Giang",
                "Phó Chủ tịch UBND tỉnh Hà Giang"
            ]
        );
        // The title covers `tỉnh` though three spans start between them.
        let tinh = range("tỉnh").start;
        assert_eq!(
            texts(f.covering(tinh, Kind::Title.into())),
            ["Phó Chủ tịch UBND tỉnh Hà Giang"]
        );
        // Nothing covers the space after the title but the person starts right after it.
        let gap = range("Hà Giang").end;
        assert!(f.covering(gap, KindSet::ALL).next().is_none());
        assert!(f.covering(gap + 1, Kind::Person.into()).next().is_some());
        let title = f.ending(range("Hà Giang").end, Kind::Title);
        assert_eq!(title.map(|s| s.start), Some(0));
    }

    #[test]
    fn inside_and_overlaps() {
        let f = found();
        let org = range("UBND tỉnh Hà Giang");
        let kinds = KindSet::of(&[Kind::Abbreviation, Kind::Location]);
        assert_eq!(texts(f.inside(org.clone(), kinds)), ["UBND", "Hà Giang"]);
        assert!(f.overlaps(range("tịch UBND"), Kind::Abbreviation.into()));
        assert!(!f.overlaps(range("Phó Chủ"), Kind::Abbreviation.into()));
        assert!(f.overlaps(range("Giang Nguyễn"), Kind::Person.into()));
    }

    #[test]
    fn queries_see_what_was_indexed() {
        let mut f = found();
        let son = range("Sơn");
        f.push(Kind::Person, son.clone());
        assert_eq!(texts(f.covering(son.start, Kind::Person.into())).len(), 1);
        f.index();
        assert_eq!(
            texts(f.covering(son.start, Kind::Person.into())),
            ["Sơn", "Nguyễn Văn Sơn"]
        );
        // Indexing again with nothing new changes nothing.
        f.index();
        assert_eq!(f.order.len(), 7);
        assert!(f.reach.windows(2).all(|w| w[0] <= w[1]));
    }

    /// Spans pushed in any order and indexed in batches come out sorted by start, the
    /// longer first, equal ranges in the order they were pushed; `reach` is the furthest
    /// end so far.
    #[test]
    fn batches_merge_into_one_order() {
        let mut f = Found::new(Rules::default());
        let mut x: u32 = 7;
        for batch in 0..6 {
            for _ in 0..40 {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let start = (x >> 8) as usize % 50;
                let len = (x >> 20) as usize % 6;
                f.push(Kind::Person, start..start + len);
            }
            if batch % 2 == 1 {
                f.index();
            }
        }
        f.index();
        let mut want: Vec<u32> = (0..f.spans.len() as u32).collect();
        want.sort_by_key(|&i| {
            let s = &f.spans[i as usize];
            (s.start, std::cmp::Reverse(s.end), i)
        });
        assert_eq!(f.order, want);
        let mut reach = 0;
        for (k, &i) in f.order.iter().enumerate() {
            reach = reach.max(f.spans[i as usize].end);
            assert_eq!(f.reach[k], reach);
            assert_eq!(key_start(f.keys[k]), f.spans[i as usize].start);
            assert_eq!(key_end(f.keys[k]), f.spans[i as usize].end);
        }
        let covering: Vec<usize> = f.covering(20, Kind::Person.into()).map(|s| s.id).collect();
        let mut naive: Vec<usize> = (0..f.spans.len())
            .filter(|&i| f.spans[i].start <= 20 && f.spans[i].end > 20)
            .collect();
        naive.sort_by_key(|&i| f.order.iter().position(|&o| o as usize == i));
        naive.reverse();
        assert_eq!(covering, naive);
    }
}
