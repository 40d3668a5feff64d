//! Communes that existed before the 2025 merger (`dictionaries/former_communes.tsv`), each
//! with the unit it went into.
//!
//! They are read only after a level word (`xã Tiên Lãnh`), so they are kept out of the
//! automaton: there their thousands of names (`Cao Ngọc`, `Hoàng Diệu`) would hide the
//! surnames they start with, and parsing them as lexicon entries would triple the time
//! `Annotator::new()` takes. The file is a lexicon in the usual format (a test parses it
//! with `Dictionary::parse`); here it becomes a table of slices of the embedded text, built
//! in a few milliseconds when an annotator is built.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::Doc;
use super::common::words::{next_word, word_at};
use crate::matcher::FxBuild;

const SOURCE: &str = include_str!("../../dictionaries/former_communes.tsv");

/// The longest name in the table, in words.
const MAX_WORDS: usize = 5;

/// One former commune: slices of the embedded file.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Former {
    /// Its name as written in the file.
    pub(crate) name: &'static str,
    /// `xã`, `phường` or `thị trấn`.
    pub(crate) level: &'static str,
    /// The 2025 unit it went into, with its province: `xã Lãnh Ngọc, Đà Nẵng`.
    pub(crate) became: &'static str,
}

/// Rows by their lower-case name. The file is NFC with glide-style tones, as the
/// normalizer writes text, so lower-casing is all a key needs.
static TABLE: LazyLock<HashMap<String, Vec<Former>, FxBuild>> = LazyLock::new(|| {
    let mut table: HashMap<String, Vec<Former>, FxBuild> = HashMap::default();
    let rows = SOURCE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .skip(1);
    for row in rows {
        let mut fields = row.split('\t');
        let (Some(name), Some(info)) = (fields.next(), fields.nth(2)) else {
            continue;
        };
        let get = |key: &str| {
            info.split(';')
                .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
        };
        let (Some(level), Some(became)) = (get("level"), get("became")) else {
            continue;
        };
        let mut key = String::with_capacity(name.len());
        crate::normalize::lowercase_into(name, &mut key);
        table.entry(key).or_default().push(Former {
            name,
            level,
            became,
        });
    }
    table
});

/// Builds the table now, so that the first document that needs it does not pay for it.
pub(crate) fn load() {
    LazyLock::force(&TABLE);
}

/// The longest former commune whose name is written at `pos`, with its rows.
pub(crate) fn lookup_at(doc: &Doc<'_>, pos: usize) -> Option<(Range<usize>, &'static [Former])> {
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
    let table: &'static HashMap<String, Vec<Former>, FxBuild> = &TABLE;
    ends[..n].iter().rev().find_map(|&end| {
        table
            .get(&lower[pos..end])
            .map(|rows| (pos..end, rows.as_slice()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::Dictionary;
    use crate::normalize::Normalizer;

    #[test]
    fn the_file_parses_as_a_lexicon_and_the_table_holds_every_row() {
        let dict = Dictionary::parse("former_communes.tsv", SOURCE);
        let Ok(dict) = dict else {
            panic!("{:?}", dict.err());
        };
        let rows: usize = TABLE.values().map(Vec::len).sum();
        assert_eq!(rows, dict.len());
        assert!(rows > 5_000, "{rows}");
        let normalizer = Normalizer::new();
        for e in dict.entries() {
            // Keys are only lower-cased: the file must already be normal.
            assert_eq!(normalizer.normalize(&e.form).as_str(), e.form);
            assert!(e.info.became.is_some(), "{}", e.form);
            assert!(e.form.split(' ').count() <= MAX_WORDS, "{}", e.form);
        }
    }
}
