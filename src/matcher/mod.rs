//! One Aho–Corasick automaton over the lower-case view, for every dictionary key.
//!
//! Keys pass through the same [`Normalizer`] as the text, so case, tone placement, NFD and
//! `Ð` variants meet on the same bytes. A match counts only on syllable boundaries (the
//! characters around it are not letters or digits), and for each syllable start the longest
//! key starting there is reported, so `Trưởng Ban` and `Ban Chỉ đạo` are both found in
//! `Trưởng Ban Chỉ đạo`. Each key may stand for several targets (an abbreviation's written
//! form, a long form, lexicon entries); a target can add a case rule checked on the
//! normalized text: abbreviations match only as written (`UBND`, not `Ubnd`), surnames and
//! place names only capitalised.

use rustc_hash::FxHashSet;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

mod hitkinds;
mod keys;
mod layers;
mod lexicon;
mod plain;
mod pruned;
mod scan;
mod wordkeys;

pub(crate) use hitkinds::HitKinds;
use keys::{Keys, abbreviation_keys, automaton, entry_keys, syllable_forms};
pub(crate) use layers::Layer;
use layers::{At, Union};
pub(crate) use lexicon::Lexicon;
use plain::Plain;
use pruned::Pruned;
use scan::scan;
use wordkeys::WordKeys;

use crate::dict::{Level, LexEntry, LexKind, Sense};
use crate::error::Result;
use crate::normalize::writing::Accents;
use crate::normalize::{NormalizedText, Normalizer, unaccent};

/// What a key stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// Written form `form` of abbreviation group `group`.
    Abbrev { group: u32, form: u32 },
    /// The expansion of sense `sense`, written out.
    LongForm { sense: u32 },
    /// Lexicon entry `entry`, of `kind` (kept here so a recognizer can skip hits without
    /// reaching into the entry table).
    Lex { entry: u32, kind: LexKind },
}

/// One abbreviation with all its senses, most preferred first.
#[derive(Debug)]
pub(crate) struct AbbrevGroup {
    pub(crate) canonical: String,
    pub(crate) senses: Vec<u32>,
    forms: Vec<String>,
    /// Per written form: is it, alone, a syllable of the lexicon, as written (lower case)
    /// and folded (`TU`: `tu`; folded also `tư`, `từ`...). Filled once the lexicon is built.
    syllable: Vec<[bool; 2]>,
}

impl AbbrevGroup {
    /// Is written form `form` also a syllable: as written, or (`folded`) with its marks
    /// folded away, as a token of a segment written without marks reads?
    pub(crate) fn form_is_syllable(&self, form: u32, folded: bool) -> bool {
        self.syllable
            .get(form as usize)
            .is_some_and(|s| s[usize::from(folded)])
    }
}

/// A target found at `start..end` of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) target: Target,
}

/// The compiled dictionaries.
#[derive(Debug)]
pub(crate) struct Matcher {
    /// The automaton over `keys[..split]`.
    ac: AhoCorasick,
    /// The table of `keys[split..]` (the keys of user lexicons).
    words: WordKeys,
    split: usize,
    /// The first word of every key, to skip words inside a match that start none.
    key_starts: FxHashSet<String>,
    /// The automaton over folded keys, for unaccented segments; built on first use.
    plain: OnceLock<Option<Plain>>,
    /// The automata without the keys of the classes a run does not read; built on first use.
    pruned: Pruned,
    keys: Vec<String>,
    /// Per pattern: range into `targets`.
    pattern_targets: Vec<(u32, u32)>,
    targets: Vec<Target>,
    /// The dictionaries, as given; senses and entries are ids into them.
    layers: Vec<Layer>,
    /// Senses, most preferred first (a sense id indexes this).
    senses: Vec<At>,
    pub(crate) groups: Vec<AbbrevGroup>,
    /// Lexicon entries (an entry id indexes this).
    entries: Vec<At>,
    /// The entries by their syllables' ids, for look-ups next to a hit.
    lexicon: Lexicon,
    /// Abbreviation groups by canonical form.
    by_canonical: HashMap<String, u32>,
}

impl Matcher {
    /// Compiles the union of `layers` (see [`layers::union`]).
    pub(crate) fn build(layers: Vec<Layer>, normalizer: &Normalizer) -> Result<Matcher> {
        Matcher::build_with(layers, normalizer, true)
    }

    /// As [`Matcher::build`]; `tail`: whether the keys of user lexicons go to the
    /// [`WordKeys`] table (false: all in the automaton, for tests that compare both).
    fn build_with(layers: Vec<Layer>, normalizer: &Normalizer, tail: bool) -> Result<Matcher> {
        let Union {
            senses: sense_ids,
            entries: entry_ids,
        } = layers::union(&layers);
        let mut keys = Keys::default();
        let senses: Vec<&Sense> = sense_ids
            .iter()
            .map(|&at| layers::sense(&layers, at))
            .collect();
        let (mut groups, by_canonical) = abbreviation_keys(&senses, normalizer, &mut keys);
        let entries: Vec<&LexEntry> = entry_ids
            .iter()
            .map(|&at| layers::entry(&layers, at))
            .collect();
        let (keys, per_key, split, lexicon) =
            entry_keys(&layers, &entry_ids, &entries, normalizer, keys, tail);
        drop((senses, entries));
        for g in &mut groups {
            g.syllable = syllable_forms(&g.forms, &lexicon);
        }

        let ac = automaton(&keys[..split])?;
        let words = WordKeys::new(&keys, split..keys.len());
        let mut targets = Vec::new();
        let mut pattern_targets = Vec::with_capacity(per_key.len());
        for mut ts in per_key {
            // An abbreviation written in its canonical form wins over one whose generated
            // spelling happens to be the same (`DA` as written, not `ĐA` typed without Đ).
            ts.sort_by_key(|t| !matches!(t, Target::Abbrev { form: 0, .. }));
            pattern_targets.push((targets.len() as u32, ts.len() as u32));
            targets.extend(ts);
        }
        let mut key_starts: FxHashSet<String> = FxHashSet::default();
        for k in &keys {
            let first = k
                .split(|c: char| !is_word_char(c))
                .next()
                .unwrap_or_default();
            if !key_starts.contains(first) {
                key_starts.insert(first.to_owned());
            }
        }
        Ok(Matcher {
            ac,
            words,
            split,
            key_starts,
            plain: OnceLock::new(),
            pruned: Pruned::default(),
            keys,
            pattern_targets,
            targets,
            layers,
            senses: sense_ids,
            groups,
            entries: entry_ids,
            lexicon,
            by_canonical,
        })
    }

    /// Lexicon entry `id`.
    pub(crate) fn entry(&self, id: u32) -> &LexEntry {
        layers::entry(&self.layers, self.entries[id as usize])
    }

    /// Abbreviation sense `id`.
    pub(crate) fn sense(&self, id: u32) -> &Sense {
        layers::sense(&self.layers, self.senses[id as usize])
    }

    /// Every key, normalized, lower case: the automaton's, then those of the word table.
    pub(crate) fn keys(&self) -> &[String] {
        &self.keys
    }

    /// Heap bytes used by the automaton.
    pub(crate) fn automaton_bytes(&self) -> usize {
        self.ac.memory_usage()
    }

    /// The abbreviation group with canonical form `canonical`.
    pub(crate) fn group(&self, canonical: &str) -> Option<&AbbrevGroup> {
        self.by_canonical
            .get(canonical)
            .map(|&g| &self.groups[g as usize])
    }

    /// The entries by their syllables' ids.
    pub(crate) fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The automaton over folded keys, built on first use (`None` only if it could not
    /// be built, which holds no more keys than the automaton that was).
    fn plain(&self) -> Option<&Plain> {
        self.plain
            .get_or_init(|| {
                Plain::build(&self.keys, self.split, &self.pattern_targets, &self.targets).ok()
            })
            .as_ref()
    }

    /// Every valid hit in `text`, sorted by start: in accented segments of its
    /// [`writing`](NormalizedText::writing) the keys as written (in any case); in
    /// unaccented ones the keys without their marks, so that every entry a folded key
    /// stands for is found there (`Dang`: `Đảng` and the surname `Đặng`).
    pub(crate) fn find(&self, text: &NormalizedText, hits: &mut Vec<Hit>) {
        self.find_for(text, HitKinds::all(), hits);
    }

    /// As [`find`](Self::find), for a run that reads only the hits of the classes
    /// `wanted`: those are all found, and in accented segments the keys of no wanted
    /// class are not searched for ([`pruned`]). Hits of other classes may still be there.
    pub(crate) fn find_for(&self, text: &NormalizedText, wanted: HitKinds, hits: &mut Vec<Hit>) {
        let pruned = self
            .pruned
            .get(wanted, &self.keys[..self.split], |i| self.targets_of(i))
            // An automaton that cannot be built holds no more keys than the one that was:
            // search with that one.
            .unwrap_or(None);
        let ac = pruned.as_deref().unwrap_or(&self.ac);
        let layout = text.writing();
        if !layout.any_unaccented() {
            self.find_accented(ac, text, 0..text.len(), hits);
            return;
        }
        let parts = layout.parts();
        let mut i = 0;
        while i < parts.len() {
            let accents = parts[i].accents;
            let start = parts[i].range.start;
            while i + 1 < parts.len() && parts[i + 1].accents == accents {
                i += 1;
            }
            let range = start..parts[i].range.end;
            i += 1;
            if accents == Accents::Accented {
                self.find_accented(ac, text, range, hits);
            } else {
                match self.plain() {
                    Some(plain) => self.find_unaccented(text, range, plain, hits),
                    // Cannot happen: the folded keys are fewer than those built. Read the
                    // segment as written rather than not at all.
                    None => self.find_accented(ac, text, range, hits),
                }
            }
        }
    }

    /// What pattern `i` stands for.
    fn targets_of(&self, i: usize) -> &[Target] {
        let (from, n) = self.pattern_targets[i];
        &self.targets[from as usize..(from + n) as usize]
    }

    /// The keys of `ac` (the automaton, or a pruned one) as written over `range` of `text`.
    fn find_accented(
        &self,
        ac: &AhoCorasick,
        text: &NormalizedText,
        range: Range<usize>,
        hits: &mut Vec<Hit>,
    ) {
        let cased = text.as_str();
        let may_start = |w: &str| self.key_starts.contains(w);
        scan(
            (ac, &self.words, &self.keys),
            text.lowercase(),
            range,
            may_start,
            |start, end, pattern| {
                self.push_valid(cased, start..end, self.targets_of(pattern), hits)
            },
        );
    }

    /// The folded keys over `range` of `text`, an unaccented segment (`uy ban nhan dan`,
    /// `Quang Ngai`); a word typed with its marks there is read without them.
    fn find_unaccented(
        &self,
        text: &NormalizedText,
        range: Range<usize>,
        plain: &Plain,
        hits: &mut Vec<Hit>,
    ) {
        let cased = text.as_str();
        let (view, alignment) = unaccent(&text.lowercase()[range.clone()]);
        let at = range.start;
        scan(
            (&plain.ac, &plain.words, &plain.keys),
            &view,
            0..view.len(),
            |_| true,
            |start, end, pattern| {
                let r = alignment.original_range(start..end);
                self.push_valid(
                    cased,
                    at + r.start..at + r.end,
                    &plain.targets[pattern],
                    hits,
                )
            },
        );
    }

    fn push_valid(
        &self,
        cased: &str,
        range: Range<usize>,
        targets: &[Target],
        hits: &mut Vec<Hit>,
    ) -> bool {
        let (start, end) = (range.start, range.end);
        let before = hits.len();
        for &target in targets {
            let ok = match target {
                Target::Abbrev { group, form } => {
                    self.groups[group as usize].forms[form as usize] == cased[start..end]
                }
                Target::LongForm { .. } => true,
                Target::Lex { kind, entry } => match kind {
                    LexKind::Surname => starts_upper(&cased[start..end]),
                    // Every word of a place is capitalised, but for a word its entry writes
                    // in lower case: `châu Âu`, `miền Trung`.
                    LexKind::Place => cased[start..end]
                        .split(' ')
                        .zip(self.entry(entry).form.split(' '))
                        .all(|(w, f)| starts_upper(w) || !starts_upper(f)),
                    // A capitalised one-word level other than the main ones is a name's word
                    // (`Nguyễn Chí Vịnh`, `Vũ Sông Hương`), not a level: no hit to hide it.
                    LexKind::Level => {
                        let written = &cased[start..end];
                        let e = self.entry(entry);
                        written.contains(' ')
                            || !starts_upper(written)
                            || starts_upper(&e.form)
                            || e.info.level.is_some_and(Level::is_main)
                    }
                    _ => true,
                },
            };
            if ok {
                hits.push(Hit { start, end, target });
            }
        }
        hits.len() > before
    }
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

pub(crate) use crate::normalize::is_word_char;

#[cfg(test)]
mod tests;
