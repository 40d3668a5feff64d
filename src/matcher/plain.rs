//! The keys without their marks, for segments typed without them.

use rustc_hash::FxHashMap;

use aho_corasick::AhoCorasick;

use super::Target;
use super::keys::automaton;
use super::wordkeys::WordKeys;
use crate::error::Result;
use crate::normalize::strip_diacritics;

/// The automaton over keys without diacritics, for text typed without them; the folded
/// keys of the table's keys in a table of their own.
#[derive(Debug)]
pub(super) struct Plain {
    /// Over `keys[..split]`.
    pub(super) ac: AhoCorasick,
    /// Of `keys[split..]`.
    pub(super) words: WordKeys,
    pub(super) keys: Vec<String>,
    /// Per pattern: its targets.
    pub(super) targets: Vec<Vec<Target>>,
}

impl Plain {
    pub(super) fn build(
        keys: &[String],
        split: usize,
        pattern_targets: &[(u32, u32)],
        targets: &[Target],
    ) -> Result<Plain> {
        let mut plain_keys: Vec<String> = Vec::new();
        let mut plain_targets: Vec<Vec<Target>> = Vec::new();
        let mut plain_split = 0;
        for (first, part) in [(true, 0..split), (false, split..keys.len())] {
            // The table's folded keys are merged among themselves, not with the
            // automaton's: where both have one, `scan` offers both.
            let mut index: FxHashMap<String, usize> = FxHashMap::default();
            for p in part {
                let (from, n) = pattern_targets[p];
                let plain: String = keys[p].chars().map(strip_diacritics).collect();
                let i = *index.entry(plain.clone()).or_insert_with(|| {
                    plain_keys.push(plain);
                    plain_targets.push(Vec::new());
                    plain_keys.len() - 1
                });
                for &t in &targets[from as usize..(from + n) as usize] {
                    if !plain_targets[i].contains(&t) {
                        plain_targets[i].push(t);
                    }
                }
            }
            if first {
                plain_split = plain_keys.len();
            }
        }
        let ac = automaton(&plain_keys[..plain_split])?;
        let words = WordKeys::new(&plain_keys, plain_split..plain_keys.len());
        Ok(Plain {
            ac,
            words,
            keys: plain_keys,
            targets: plain_targets,
        })
    }
}
