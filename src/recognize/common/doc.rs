//! The document as recognizers read it ([`Doc`]) and what they write ([`Found`]).

use std::cell::{Cell, OnceCell, RefCell};

use super::tokens::{Lex, Words};
use crate::dict::Members;
use crate::dict::{LexEntry, Sense};
use crate::matcher::{AbbrevGroup, Hit, Matcher};
use crate::normalize::NormalizedText;
use crate::normalize::table::{Positions, PositionsBuilder, Syllables, flag};
use crate::normalize::writing::{Accents, Case, Layout, Part};

use super::HitKinds;

/// What the recognizers read: the normalized text, its tokens, the dictionary hits and
/// the compiled dictionary's entries. Recognizers reach the dictionary only through the
/// accessors here and the queries of `lookup.rs`, never the matcher itself.
pub(crate) struct Doc<'a> {
    text: &'a NormalizedText,
    /// Every hit, sorted by start.
    pub(crate) hits: &'a [Hit],
    pub(super) matcher: &'a Matcher,
    pub(crate) reference_date: Option<(i32, u32, u32)>,
    /// The syllable table with each token's ids, written when a recognizer first reads
    /// it (one that reads only hits, as abbreviations mostly do, never pays for it).
    table: OnceCell<Syllables>,
    /// The hits bucketed by start: bucket `b` is `hits[bucket[b]..bucket[b + 1]]`, and
    /// `starts` finds the bucket of a byte position in constant time.
    pub(super) starts: Positions,
    bucket: Vec<u32>,
    /// The classes of the hits of each bucket.
    pub(super) bucket_kinds: Vec<HitKinds>,
    /// A buffer for lower-casing look-up keys without an allocation each.
    pub(super) scratch: RefCell<String>,
    /// Tokens looked up one by one before the table's ids were filled (see
    /// [`token_ids`](Self::token_ids)).
    by_token: Cell<usize>,
    /// The packed words of the token view ([`tokens`](Self::tokens)), made once.
    words: OnceCell<Words>,
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
        let mut bucket_kinds: Vec<HitKinds> = Vec::with_capacity(hits.len() / 2 + 1);
        let mut last = usize::MAX;
        for (i, h) in hits.iter().enumerate() {
            if h.start != last {
                starts.set(h.start);
                bucket.push(i as u32);
                bucket_kinds.push(HitKinds::NOTHING);
                last = h.start;
            }
            if let Some(k) = bucket_kinds.last_mut() {
                *k = k.and(HitKinds::of(&h.target));
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
            bucket_kinds,
            scratch: RefCell::new(String::new()),
            by_token: Cell::new(0),
            words: OnceCell::new(),
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
    /// The syllable table: runs of letters, of digits, single marks, with their shape and
    /// their [`Ids`](crate::normalize::table::Ids).
    pub(crate) fn table(&self) -> &Syllables {
        let table = self.rows();
        table.ids.get_or_init(|| {
            let lexicon = self.matcher.lexicon();
            let mut scratch = self.scratch.borrow_mut();
            let mut ids = table.interned(self.text.lowercase(), |w| lexicon.ids(w, &mut scratch));
            // In unaccented segments a token holds what its folded form holds: every
            // entry its letters may stand for (`dang`: `Đảng`, `Đặng`).
            let parts = self.text.writing().parts();
            if self.text.writing().any_unaccented() {
                for row in 0..table.len() {
                    if parts[table.part(row)].accents == Accents::Unaccented {
                        ids.members[row] = lexicon.members_folded(ids.fold_id[row]);
                    }
                }
            }
            ids
        });
        table
    }
    /// The ids of row `row` (lower case, folded) and what the lexicon holds of it (folded in
    /// an unaccented segment), as the table's [`Ids`](crate::normalize::table::Ids) give
    /// them. Before the ids are filled, the first few tokens asked for are looked up one
    /// by one (a hash each), so that a run that asks about a handful of tokens
    /// (abbreviations in capitals) never interns the whole text; past one token in 16 the
    /// whole table is interned.
    #[inline]
    pub(crate) fn token_ids(&self, row: usize) -> Option<(u32, u32, Members)> {
        let rows = self.rows();
        match rows.ids() {
            Some(ids) => Some((*ids.lower_id.get(row)?, ids.fold_id[row], ids.members[row])),
            None => self.token_ids_before_table(row),
        }
    }
    #[cold]
    fn token_ids_before_table(&self, row: usize) -> Option<(u32, u32, Members)> {
        let rows = self.rows();
        if row >= rows.len() {
            return None;
        }
        let n = self.by_token.get();
        if n > 16 + rows.len() / 16 {
            let ids = self.table().ids()?;
            return Some((ids.lower_id[row], ids.fold_id[row], ids.members[row]));
        }
        self.by_token.set(n + 1);
        let lexicon = self.matcher.lexicon();
        let word = &self.text.lowercase()[rows.range(row)];
        let (lower, fold, mut members) = lexicon.ids(word, &mut self.scratch.borrow_mut());
        if self.unaccented(row) {
            members = lexicon.members_folded(fold);
        }
        Some((lower, fold, members))
    }
    /// The syllable table for queries of its rows' shape and position only (words, case,
    /// segments): its ids are filled when [`table`](Self::table) is first read, so a run
    /// whose recognizers ask only these (abbreviations) never hashes a token.
    #[inline]
    pub(crate) fn rows(&self) -> &Syllables {
        self.table.get_or_init(|| Syllables::new(self.text))
    }
    /// The syllable table if a query has built it already: queries that can answer
    /// from the few characters around a position without it (the word before a
    /// parenthesis) do, so that a run which needs no other row never builds it.
    #[inline]
    pub(super) fn built_rows(&self) -> Option<&Syllables> {
        self.table.get()
    }
    /// How the document is written, as a whole and segment by segment.
    #[cfg_attr(not(test), allow(dead_code))] // read by recognizers (issue 18)
    pub(crate) fn writing(&self) -> &'a Layout {
        self.text.writing()
    }
    /// The segment of row `row` (`None` before the writing was detected).
    fn part(&self, row: usize) -> Option<&'a Part> {
        self.text.writing().parts().get(self.rows().part(row))
    }
    /// The segment that byte `pos` is in: for a row's start, the segment of that row.
    pub(crate) fn part_at(&self, pos: usize) -> Option<&'a Part> {
        let parts = self.text.writing().parts();
        let i = parts.partition_point(|p| p.range.end <= pos);
        parts.get(i.min(parts.len().saturating_sub(1)))
    }
    /// Is row `row` in a segment written without marks? Then the look-ups of `lookup.rs`
    /// read its folded form, and hits there are hits of folded keys.
    #[inline]
    pub(crate) fn unaccented(&self, row: usize) -> bool {
        self.part(row)
            .is_some_and(|p| p.accents == Accents::Unaccented)
    }
    /// Is row `row` in a segment in capitals or a title-case headline, where capitals say
    /// nothing about names?
    #[inline]
    #[cfg_attr(not(test), allow(dead_code))] // read by recognizers (issue 18)
    pub(crate) fn upper(&self, row: usize) -> bool {
        self.part(row)
            .is_some_and(|p| matches!(p.case, Case::Upper | Case::Title))
    }
    /// What the case of row `row` says: `Some(capitalised)` where case carries
    /// information, `None` in a segment in capitals or a headline (decide there by the
    /// lexicon and the context, never by capital letters).
    #[inline]
    #[cfg_attr(not(test), allow(dead_code))] // read by recognizers (issue 18)
    pub(crate) fn case_cue(&self, row: usize) -> Option<bool> {
        if self.upper(row) {
            return None;
        }
        let f = *self.rows().flags.get(row)?;
        Some(f & flag::CAPITALISED != 0)
    }
    /// The token view of the table that dates and numbers read; tokens of segments
    /// written without marks compare their words folded.
    /// It reads the rows' shape and words only, never the lexicon's ids.
    pub(crate) fn tokens(&self) -> Lex<'_> {
        let words = self.words.get_or_init(|| {
            let plain = |row| self.unaccented(row);
            let any = self.text.writing().any_unaccented();
            Words::new(self.lower(), self.rows(), any.then_some(&plain))
        });
        Lex::over(self.str(), self.rows(), words)
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
}
