//! The document as recognizers read it ([`Doc`]) and what they write ([`Found`]).

use std::ops::Range;

use crate::dict::{LexEntry, LexKind, Sense};
use crate::matcher::{AbbrevGroup, Hit, Matcher};
use crate::normalize::NormalizedText;
use crate::normalize::table::{Positions, PositionsBuilder, Syllables};
use crate::recognize::numwords::Lex;
use crate::span::{Kind, RelationKind, Span};

use super::words;

/// What the recognizers read: the normalized text, its tokens, the dictionary hits and
/// the compiled dictionary's entries. Recognizers reach the dictionary only through the
/// accessors here, never the matcher itself.
pub(crate) struct Doc<'a> {
    text: &'a NormalizedText,
    /// Every hit, sorted by start.
    pub(crate) hits: &'a [Hit],
    matcher: &'a Matcher,
    pub(crate) reference_date: Option<(i32, u32, u32)>,
    /// The syllable table, written right after normalization.
    table: Syllables,
    /// The hits bucketed by start: bucket `b` is `hits[bucket[b]..bucket[b + 1]]`, and
    /// `starts` finds the bucket of a byte position in constant time.
    starts: Positions,
    bucket: Vec<u32>,
}

impl<'a> Doc<'a> {
    pub(crate) fn new(
        text: &'a NormalizedText,
        hits: &'a [Hit],
        matcher: &'a Matcher,
        reference_date: Option<(i32, u32, u32)>,
    ) -> Self {
        let mut starts = PositionsBuilder::new(text.len());
        let mut bucket = Vec::with_capacity(hits.len() / 2 + 1);
        let mut last = usize::MAX;
        for (i, h) in hits.iter().enumerate() {
            if h.start != last {
                starts.set(h.start);
                bucket.push(i as u32);
                last = h.start;
            }
        }
        bucket.push(hits.len() as u32);
        Doc {
            text,
            hits,
            matcher,
            reference_date,
            table: Syllables::new(text),
            starts: starts.finish(),
            bucket,
        }
    }
}

impl Doc<'_> {
    pub(crate) fn str(&self) -> &str {
        self.text.as_str()
    }
    pub(crate) fn lower(&self) -> &str {
        self.text.lowercase()
    }
    /// The syllable table: runs of letters, of digits, single marks, with their shape.
    pub(crate) fn table(&self) -> &Syllables {
        &self.table
    }
    /// The token view of the table that dates and numbers read.
    pub(crate) fn tokens(&self) -> Lex<'_> {
        Lex::over(self.str(), &self.table)
    }
    /// The hits that start at byte `pos`.
    pub(crate) fn hits_at(&self, pos: usize) -> &[Hit] {
        match self.starts.index_of(pos) {
            Some(b) => &self.hits[self.bucket[b] as usize..self.bucket[b + 1] as usize],
            None => &[],
        }
    }
    /// The lexicon entry a [`Target::Lex`](crate::matcher::Target::Lex) hit names.
    pub(crate) fn entry(&self, entry: u32) -> &LexEntry {
        &self.matcher.entries[entry as usize]
    }
    /// An abbreviation sense by id.
    pub(crate) fn sense(&self, sense: u32) -> &Sense {
        &self.matcher.senses[sense as usize]
    }
    /// An abbreviation group by id.
    pub(crate) fn group(&self, group: u32) -> &AbbrevGroup {
        &self.matcher.groups[group as usize]
    }
    /// The abbreviation group with canonical form `canonical`.
    pub(crate) fn group_named(&self, canonical: &str) -> Option<&AbbrevGroup> {
        self.matcher.group(canonical)
    }
    /// Lexicon entries whose lower-case normalized form is `key`.
    pub(crate) fn entries_for(&self, key: &str) -> impl Iterator<Item = &LexEntry> {
        self.matcher.lookup(key)
    }
    /// Lexicon entries of `kind` that the words starting at `pos` spell (longest first).
    pub(crate) fn lookup_at(&self, pos: usize, kind: LexKind) -> Option<(Range<usize>, &LexEntry)> {
        let text = self.str();
        let lower = self.lower();
        let first = words::word_at(text, pos)?;
        if !self.matcher.may_start(&lower[first.clone()], kind) {
            return None;
        }
        let mut ends = [0usize; 8];
        let mut n = 1;
        ends[0] = first.end;
        let max = self.matcher.max_words(kind).min(ends.len());
        while n < max {
            match words::next_word(text, ends[n - 1]) {
                Some(w) => {
                    ends[n] = w.end;
                    n += 1;
                }
                None => break,
            }
        }
        // A level may be written with a dot: `TP.`, `H.`.
        for &end in ends[..n].iter().rev() {
            let with_dot = end + usize::from(text[end..].starts_with('.'));
            for e in [with_dot, end] {
                if let Some(entry) = self.matcher.lookup(&lower[pos..e]).find(|x| x.kind == kind) {
                    return Some((pos..e, entry));
                }
            }
        }
        None
    }
}

/// What the recognizers found so far: spans with normalized offsets and relations between
/// them by index into `spans`.
#[derive(Default)]
pub(crate) struct Found {
    pub(crate) spans: Vec<Span>,
    pub(crate) links: Vec<(RelationKind, usize, usize)>,
    /// Priority of each kind when two spans cross, from the recognizers that ran.
    pub(crate) priorities: Vec<(Kind, u8)>,
}

impl Found {
    /// Adds a span over `range` of the normalized text and returns its index.
    pub(crate) fn push(&mut self, kind: Kind, range: Range<usize>) -> usize {
        // The text is filled in by the resolver, from the original input.
        self.spans.push(Span::new(kind, "", range));
        self.spans.len() - 1
    }

    pub(crate) fn link(&mut self, kind: RelationKind, head: usize, tail: usize) {
        // Duplicates are removed once, when the resolver sorts the relations.
        self.links.push((kind, head, tail));
    }

    /// Spans of `kind`, with their indices.
    pub(crate) fn of(&self, kind: Kind) -> impl Iterator<Item = (usize, &Span)> {
        self.spans
            .iter()
            .enumerate()
            .filter(move |(_, s)| s.kind == kind)
    }
}
