//! Keys found by hashing the words at a word start instead of by the automaton: the keys
//! of user lexicons, which may be a hundred thousand names. An Aho–Corasick automaton
//! over them costs most of a second to build (its failure links); this table costs a
//! hash per key and per word-boundary prefix of a key, and at match time one or two
//! hashes per word of the text.
//!
//! [`WordKeys::at`] gives every key that starts at a word start and ends on a word
//! boundary, as the automaton would offer them there; `scan` merges both.

use rustc_hash::{FxBuildHasher, FxHashMap};
use std::hash::BuildHasher;

use super::is_word_char;
use super::scan::is_boundary_after;

/// In a slot: a longer key goes on from this string.
const MORE: u32 = 1 << 31;

/// The keys of patterns `patterns` of a key list, by hash.
#[derive(Debug, Default)]
pub(crate) struct WordKeys {
    /// Hash of a key, or of a prefix of one that ends on a word boundary: [`MORE`] when a
    /// longer key goes on from it, and in the low bits one more than the pattern whose
    /// key it is (0: none).
    slots: FxHashMap<u64, u32>,
    /// Patterns whose key's hash was already another key's (almost always none).
    spilled: Vec<u32>,
    /// The longest key, in bytes.
    longest: usize,
}

fn hash(s: &str) -> u64 {
    FxBuildHasher.hash_one(s)
}

/// The byte positions inside `key` (not at either end) where a word boundary is: after or
/// before a character that is not a letter or digit.
fn inner_boundaries(key: &str) -> impl Iterator<Item = usize> + '_ {
    let mut prev_word = true;
    key.char_indices().filter_map(move |(i, c)| {
        let word = is_word_char(c);
        let cut = i > 0 && (!prev_word || !word);
        prev_word = word;
        cut.then_some(i)
    })
}

impl WordKeys {
    /// The table of `keys[p]` for every `p` in `patterns` (each key starts with a letter or
    /// digit and is distinct).
    pub(crate) fn new<K: AsRef<str>>(keys: &[K], patterns: std::ops::Range<usize>) -> WordKeys {
        let mut table = WordKeys::default();
        table.slots.reserve(patterns.len() * 3);
        for p in patterns {
            let key = keys[p].as_ref();
            table.longest = table.longest.max(key.len());
            for i in inner_boundaries(key) {
                *table.slots.entry(hash(&key[..i])).or_insert(0) |= MORE;
            }
            let slot = table.slots.entry(hash(key)).or_insert(0);
            if *slot & !MORE == 0 {
                *slot |= p as u32 + 1;
            } else {
                table.spilled.push(p as u32);
            }
        }
        table
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.longest == 0
    }

    /// The keys that start at `start` of `hay` (a word start) and end on a word boundary at
    /// or before `limit`, as (end, pattern), longest first, into `out`.
    pub(crate) fn at<K: AsRef<str>>(
        &self,
        keys: &[K],
        hay: &str,
        start: usize,
        limit: usize,
        out: &mut Vec<(usize, usize)>,
    ) {
        out.clear();
        let limit = limit.min(start + self.longest);
        let rest = &hay[start..];
        let mut chars = rest.char_indices();
        let mut prev_word = chars.next().is_some_and(|(_, c)| is_word_char(c));
        let ends = chars
            .map(|(i, c)| {
                let word = is_word_char(c);
                let cut = !prev_word || !word;
                prev_word = word;
                (start + i, cut)
            })
            .chain(std::iter::once((hay.len(), true)));
        for (end, cut) in ends {
            if end > limit {
                break;
            }
            if !cut {
                continue;
            }
            let written = &hay[start..end];
            let Some(&slot) = self.slots.get(&hash(written)) else {
                break;
            };
            if slot & !MORE != 0 && is_boundary_after(hay, end) {
                let p = (slot & !MORE) as usize - 1;
                if keys[p].as_ref() == written {
                    out.push((end, p));
                } else if let Some(&q) = self
                    .spilled
                    .iter()
                    .find(|&&q| keys[q as usize].as_ref() == written)
                {
                    out.push((end, q as usize));
                }
            }
            if slot & MORE == 0 {
                break;
            }
        }
        out.reverse();
    }
}
