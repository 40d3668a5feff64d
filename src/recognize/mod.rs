//! Recognizers: each turns dictionary hits (and the few words around them) into spans.
//!
//! They run in a fixed order, each seeing what the earlier ones found in [`Found`]:
//! abbreviations and long forms, dates and numbers, organizations, titles, people (with
//! ranks and honorifics), places. Offsets here are into the normalized text; the resolver
//! maps them back to the original.

pub(crate) mod abbreviation;
pub(crate) mod byline;
pub(crate) mod date;
pub(crate) mod location;
pub(crate) mod names;
pub(crate) mod number;
pub(crate) mod numwords;
pub(crate) mod organization;
pub(crate) mod person;
pub(crate) mod person_context;
pub(crate) mod person_words;
pub(crate) mod same_as;
pub(crate) mod title;
pub(crate) mod words;

use std::ops::Range;

use crate::dict::{LexEntry, LexKind};
use std::collections::HashMap;

use crate::matcher::{FxBuild, Hit, Matcher};
use crate::normalize::NormalizedText;
use crate::span::{Kind, RelationKind, Span};

/// What the recognizers read.
pub(crate) struct Doc<'a> {
    pub(crate) text: &'a NormalizedText,
    pub(crate) hits: &'a [Hit],
    pub(crate) matcher: &'a Matcher,
    pub(crate) reference_date: Option<(i32, u32, u32)>,
    /// Where the hits of each start are in `hits`: recognizers ask by position many
    /// times, and a binary search over a large document's hits misses the cache at
    /// every step.
    hit_index: HashMap<usize, (u32, u32), FxBuild>,
}

impl<'a> Doc<'a> {
    pub(crate) fn new(
        text: &'a NormalizedText,
        hits: &'a [Hit],
        matcher: &'a Matcher,
        reference_date: Option<(i32, u32, u32)>,
    ) -> Self {
        let mut hit_index: HashMap<usize, (u32, u32), FxBuild> = HashMap::default();
        hit_index.reserve(hits.len());
        for (i, h) in hits.iter().enumerate() {
            hit_index
                .entry(h.start)
                .and_modify(|r| r.1 = i as u32 + 1)
                .or_insert((i as u32, i as u32 + 1));
        }
        Doc {
            text,
            hits,
            matcher,
            reference_date,
            hit_index,
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
    /// The hits that start at byte `pos`.
    pub(crate) fn hits_at(&self, pos: usize) -> &[Hit] {
        match self.hit_index.get(&pos) {
            Some(&(from, to)) => &self.hits[from as usize..to as usize],
            None => &[],
        }
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

/// Runs every recognizer in order.
pub(crate) fn run(doc: &Doc<'_>) -> Found {
    let mut found = Found::default();
    abbreviation::recognize(doc, &mut found);
    let tokens = numwords::Lex::new(doc.str());
    let dates = date::find_dates_in(&tokens, doc.lower(), doc.reference_date);
    let mut taken: Vec<Range<usize>> = dates.iter().map(|d| d.start..d.end).collect();
    for d in dates {
        let i = found.push(Kind::Date, d.start..d.end);
        found.spans[i].value = Some(crate::span::Value::Text(d.value));
    }
    taken.extend(found.of(Kind::Abbreviation).map(|(_, s)| s.range()));
    taken.sort_by_key(|r| (r.start, r.end));
    for n in number::find_numbers_in(&tokens, doc.lower(), &taken) {
        let i = found.push(Kind::Number, n.start..n.end);
        found.spans[i].value = Some(crate::span::Value::Number(n.value));
    }
    organization::recognize(doc, &mut found);
    title::recognize(doc, &mut found);
    person::recognize(doc, &mut found);
    location::recognize(doc, &mut found);
    found
}
