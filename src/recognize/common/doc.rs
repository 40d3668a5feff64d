//! The document as recognizers read it ([`Doc`]) and what they write ([`Found`]).

use std::cell::{OnceCell, RefCell};
use std::ops::Range;

use crate::dict::{LexEntry, LexKind, Sense};
use crate::matcher::{AbbrevGroup, Hit, Matcher};
use crate::normalize::NormalizedText;
use crate::normalize::table::{Positions, PositionsBuilder, Syllables};
use crate::recognize::numwords::Lex;

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
    /// The syllable table, written when a recognizer first reads it (one that reads only
    /// hits, as abbreviations mostly do, never pays for it).
    table: OnceCell<Syllables>,
    /// The hits bucketed by start: bucket `b` is `hits[bucket[b]..bucket[b + 1]]`, and
    /// `starts` finds the bucket of a byte position in constant time.
    starts: Positions,
    bucket: Vec<u32>,
    /// A buffer for lower-casing look-up keys without an allocation each.
    scratch: RefCell<String>,
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
            table: OnceCell::new(),
            starts: starts.finish(),
            bucket,
            scratch: RefCell::new(String::new()),
        }
    }
}

impl<'a> Doc<'a> {
    pub(crate) fn str(&self) -> &'a str {
        self.text.as_str()
    }
    pub(crate) fn lower(&self) -> &'a str {
        self.text.lowercase()
    }
    /// The syllable table: runs of letters, of digits, single marks, with their shape.
    pub(crate) fn table(&self) -> &Syllables {
        self.table.get_or_init(|| Syllables::new(self.text))
    }
    /// The token view of the table that dates and numbers read.
    pub(crate) fn tokens(&self) -> Lex<'_> {
        Lex::over(self.str(), self.table())
    }
    /// The hits that start at byte `pos`.
    pub(crate) fn hits_at(&self, pos: usize) -> &'a [Hit] {
        match self.starts.index_of(pos) {
            Some(b) => &self.hits[self.bucket[b] as usize..self.bucket[b + 1] as usize],
            None => &[],
        }
    }
    /// The lexicon entry a [`Target::Lex`](crate::matcher::Target::Lex) hit names.
    pub(crate) fn entry(&self, entry: u32) -> &'a LexEntry {
        let m: &'a Matcher = self.matcher;
        m.entry(entry)
    }
    /// An abbreviation sense by id.
    pub(crate) fn sense(&self, sense: u32) -> &'a Sense {
        let m: &'a Matcher = self.matcher;
        m.sense(sense)
    }
    /// An abbreviation group by id.
    pub(crate) fn group(&self, group: u32) -> &'a AbbrevGroup {
        &self.matcher.groups[group as usize]
    }
    /// The abbreviation group with canonical form `canonical`.
    pub(crate) fn group_named(&self, canonical: &str) -> Option<&'a AbbrevGroup> {
        self.matcher.group(canonical)
    }
    /// The first lexicon entry of `kind` whose normalized form is `key` in any case.
    pub(crate) fn entry_named(&self, key: &str, kind: LexKind) -> Option<&'a LexEntry> {
        let m: &'a Matcher = self.matcher;
        let mut lower = self.scratch.borrow_mut();
        lower.clear();
        crate::normalize::lowercase_into(key, &mut lower);
        m.lookup(&lower).find(|e| e.kind == kind)
    }
    /// Lexicon entries of `kind` that the words starting at `pos` spell (longest first).
    pub(crate) fn lookup_at(
        &self,
        pos: usize,
        kind: LexKind,
    ) -> Option<(Range<usize>, &'a LexEntry)> {
        let matcher: &'a Matcher = self.matcher;
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
                if let Some(entry) = matcher.lookup(&lower[pos..e]).find(|x| x.kind == kind) {
                    return Some((pos..e, entry));
                }
            }
        }
        None
    }
}
