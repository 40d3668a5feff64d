//! Communes that existed before the 2025 merger (`dictionaries/former_communes.tsv`), each
//! with the unit it went into.
//!
//! They are read only after a level word (`xã Tiên Lãnh`), so they are kept out of the
//! automaton: there their thousands of names (`Cao Ngọc`, `Hoàng Diệu`) would hide the
//! surnames they start with, and they would triple the time `Annotator::new()` takes. The
//! table is parsed by the same parser as every dictionary, once, the first time a level word
//! is followed by a name.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::Doc;
use super::words::{next_word, word_at};
use crate::dict::{Dictionary, LexEntry};
use crate::normalize::{Normalizer, lowercase_into};

const SOURCE: &str = include_str!("../../dictionaries/former_communes.tsv");

/// The longest name in the table, in words.
const MAX_WORDS: usize = 5;

/// Entries by their lower-case normalized name.
static TABLE: LazyLock<HashMap<String, Vec<LexEntry>>> = LazyLock::new(|| {
    // The file is tested to parse; were it broken, no former commune would be known.
    let Ok(dict) = Dictionary::parse("former_communes.tsv", SOURCE) else {
        return HashMap::new();
    };
    let normalizer = Normalizer::new();
    let mut table: HashMap<String, Vec<LexEntry>> = HashMap::new();
    for e in dict.entries() {
        let mut key = String::new();
        lowercase_into(&normalizer.normalize_text(&e.form), &mut key);
        table.entry(key).or_default().push(e.clone());
    }
    table
});

/// The longest former commune whose name is written at `pos`, with its entries.
pub(crate) fn lookup_at(doc: &Doc<'_>, pos: usize) -> Option<(Range<usize>, &'static [LexEntry])> {
    let text = doc.str();
    let mut ends = [0usize; MAX_WORDS];
    ends[0] = word_at(text, pos)?.end;
    let mut n = 1;
    while n < MAX_WORDS {
        match next_word(text, ends[n - 1]) {
            Some(w) => {
                ends[n] = w.end;
                n += 1;
            }
            None => break,
        }
    }
    let lower = doc.lower();
    ends[..n].iter().rev().find_map(|&end| {
        TABLE
            .get(&lower[pos..end])
            .map(|entries| (pos..end, entries.as_slice()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_and_every_row_went_somewhere() {
        let dict = Dictionary::parse("former_communes.tsv", SOURCE);
        assert!(dict.is_ok(), "{:?}", dict.err());
        assert!(TABLE.len() > 5_000);
        for entries in TABLE.values() {
            for e in entries {
                assert!(e.get("became").is_some(), "{}", e.form);
                assert!(e.form.split(' ').count() <= MAX_WORDS, "{}", e.form);
            }
        }
    }
}
