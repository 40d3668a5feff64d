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

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

mod layers;
mod lexicon;

pub(crate) use layers::Layer;
use layers::{At, Union};
pub(crate) use lexicon::Lexicon;

use crate::dict::{Level, LexEntry, LexKind, Sense};
use crate::error::{Error, Result};
use crate::normalize::writing::Accents;
use crate::normalize::{NormalizedText, Normalizer, strip_diacritics, unaccent};

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
    ac: AhoCorasick,
    /// The first word of every key, to skip words inside a match that start none.
    key_starts: HashSet<String, FxBuild>,
    /// The automaton over folded keys, for unaccented segments; built on first use.
    plain: OnceLock<Option<Plain>>,
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

/// The hasher of every table keyed by short strings or ids: rustc's FxHash
/// (`rustc-hash`). The look-ups next to hits are many and their keys a few bytes long,
/// where SipHash's setup dominates; the keys come from our dictionaries, not from an
/// adversary choosing collisions.
pub(crate) type FxBuild = rustc_hash::FxBuildHasher;

/// Lexicon kinds looked up next to other hits rather than searched for: common words
/// (`ông`, `thường trực`) that would flood the automaton with candidates, former communes
/// (read only after a level word: their thousands of names would hide the surnames they
/// start with) and the word lists. Level words are searched for: they introduce places the
/// dictionary does not know.
fn is_lookup_only(kind: LexKind) -> bool {
    !matches!(
        kind,
        LexKind::Surname
            | LexKind::Role
            | LexKind::OrgHead
            | LexKind::Org
            | LexKind::Committee
            | LexKind::Level
            | LexKind::Rank
            | LexKind::Place
    )
}

impl Matcher {
    /// Compiles the union of `layers` (see [`layers::union`]).
    pub(crate) fn build(layers: Vec<Layer>, normalizer: &Normalizer) -> Result<Matcher> {
        let Union {
            senses: sense_ids,
            entries: entry_ids,
        } = layers::union(&layers);
        let mut keys: Vec<String> = Vec::new();
        let mut key_index: HashMap<String, usize> = HashMap::new();
        let mut per_key: Vec<Vec<Target>> = Vec::new();
        let mut add =
            |key: String, t: Target, keys: &mut Vec<String>, per_key: &mut Vec<Vec<Target>>| {
                if key.is_empty() {
                    return;
                }
                let i = *key_index.entry(key.clone()).or_insert_with(|| {
                    keys.push(key);
                    per_key.push(Vec::new());
                    keys.len() - 1
                });
                if !per_key[i].contains(&t) {
                    per_key[i].push(t);
                }
            };

        let senses: Vec<&Sense> = sense_ids
            .iter()
            .map(|&at| layers::sense(&layers, at))
            .collect();
        let mut groups: Vec<AbbrevGroup> = Vec::new();
        let mut by_canonical: HashMap<String, u32> = HashMap::new();
        for (i, s) in senses.iter().enumerate() {
            let g = *by_canonical
                .entry(s.abbreviation.clone())
                .or_insert_with(|| {
                    groups.push(AbbrevGroup {
                        canonical: s.abbreviation.clone(),
                        senses: Vec::new(),
                        forms: Vec::new(),
                    });
                    (groups.len() - 1) as u32
                });
            let group = &mut groups[g as usize];
            group.senses.push(i as u32);
            for form in written_forms(&s.abbreviation, &s.variants) {
                let form = normalizer.normalize_text(&form);
                if !group.forms.contains(&form) {
                    group.forms.push(form);
                }
            }
            if s.long_form {
                let key = lower_key(normalizer, &s.expansion);
                add(
                    key,
                    Target::LongForm { sense: i as u32 },
                    &mut keys,
                    &mut per_key,
                );
            }
        }
        for (g, group) in groups.iter().enumerate() {
            for (f, form) in group.forms.iter().enumerate() {
                let key = lower_key(normalizer, form);
                add(
                    key,
                    Target::Abbrev {
                        group: g as u32,
                        form: f as u32,
                    },
                    &mut keys,
                    &mut per_key,
                );
            }
        }

        let entries: Vec<&LexEntry> = entry_ids
            .iter()
            .map(|&at| layers::entry(&layers, at))
            .collect();
        for (i, e) in entries.iter().enumerate() {
            if !is_lookup_only(e.kind) {
                add(
                    lower_key(normalizer, &e.form),
                    Target::Lex {
                        entry: i as u32,
                        kind: e.kind,
                    },
                    &mut keys,
                    &mut per_key,
                );
            }
        }
        let lexicon = Lexicon::build(entries.iter().copied(), normalizer);

        let ac = automaton(&keys)?;
        let mut targets = Vec::new();
        let mut pattern_targets = Vec::with_capacity(per_key.len());
        for mut ts in per_key {
            // An abbreviation written in its canonical form wins over one whose generated
            // spelling happens to be the same (`DA` as written, not `ĐA` typed without Đ).
            ts.sort_by_key(|t| !matches!(t, Target::Abbrev { form: 0, .. }));
            pattern_targets.push((targets.len() as u32, ts.len() as u32));
            targets.extend(ts);
        }
        drop((senses, entries));
        let key_starts = keys
            .iter()
            .map(|k| {
                k.split(|c: char| !is_word_char(c))
                    .next()
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect();
        Ok(Matcher {
            ac,
            key_starts,
            plain: OnceLock::new(),
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

    /// The keys in the automaton: normalized, lower case.
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
            .get_or_init(|| Plain::build(&self.keys, &self.pattern_targets, &self.targets).ok())
            .as_ref()
    }

    /// Every valid hit in `text`, sorted by start: in accented segments of its
    /// [`writing`](NormalizedText::writing) the keys as written (in any case); in
    /// unaccented ones the keys without their marks, so that every entry a folded key
    /// stands for is found there (`Dang`: `Đảng` and the surname `Đặng`).
    pub(crate) fn find(&self, text: &NormalizedText, hits: &mut Vec<Hit>) {
        let layout = text.writing();
        if !layout.any_unaccented() {
            self.find_accented(text, 0..text.len(), hits);
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
                self.find_accented(text, range, hits);
            } else {
                match self.plain() {
                    Some(plain) => self.find_unaccented(text, range, plain, hits),
                    // Cannot happen: the folded keys are fewer than those built. Read the
                    // segment as written rather than not at all.
                    None => self.find_accented(text, range, hits),
                }
            }
        }
    }

    /// The keys as written over `range` of `text`.
    fn find_accented(&self, text: &NormalizedText, range: Range<usize>, hits: &mut Vec<Hit>) {
        let cased = text.as_str();
        let may_start = |w: &str| self.key_starts.contains(w);
        scan(
            &self.ac,
            text.lowercase(),
            range,
            may_start,
            |start, end, pattern| {
                let (from, n) = self.pattern_targets[pattern];
                self.push_valid(
                    cased,
                    start..end,
                    &self.targets[from as usize..(from + n) as usize],
                    hits,
                )
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
            &plain.ac,
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

/// Runs `ac` over `hay`, calling `accept(start, end, pattern)` for the longest key at each
/// word start that ends on a word boundary; when `accept` refuses a key, shorter keys at
/// the same start are offered.
///
/// After a match, the search goes on at the next word inside it that can start a key
/// (`may_start`), else after it: words inside a match are not searched twice for nothing.
fn scan(
    ac: &AhoCorasick,
    hay: &str,
    range: Range<usize>,
    may_start: impl Fn(&str) -> bool,
    mut accept: impl FnMut(usize, usize, usize) -> bool,
) {
    let len = range.end;
    let mut pos = range.start;
    while pos < len {
        let Some(m) = ac.find(Input::new(hay).span(pos..len)) else {
            break;
        };
        let (start, mut end, mut pattern) = (m.start(), m.end(), m.pattern().as_usize());
        if is_boundary_before(hay, start) {
            loop {
                if is_boundary_after(hay, end) && accept(start, end, pattern) {
                    break;
                }
                match ac.find(Input::new(hay).span(start..end - 1).anchored(Anchored::Yes)) {
                    Some(m2) => {
                        end = m2.end();
                        pattern = m2.pattern().as_usize();
                    }
                    None => break,
                }
            }
        }
        let longest_end = m.end();
        pos = next_word_start(hay, start);
        while pos < longest_end {
            let word_end = pos
                + hay[pos..]
                    .find(|c: char| !is_word_char(c))
                    .unwrap_or(len - pos);
            if may_start(&hay[pos..word_end]) {
                break;
            }
            pos = next_word_start(hay, pos);
        }
    }
}

/// The automaton over keys without diacritics, for text typed without them.
#[derive(Debug)]
struct Plain {
    ac: AhoCorasick,
    /// Per pattern: its targets.
    targets: Vec<Vec<Target>>,
}

impl Plain {
    fn build(keys: &[String], pattern_targets: &[(u32, u32)], targets: &[Target]) -> Result<Plain> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut plain_keys: Vec<String> = Vec::new();
        let mut plain_targets: Vec<Vec<Target>> = Vec::new();
        for (key, &(from, n)) in keys.iter().zip(pattern_targets) {
            for &t in &targets[from as usize..(from + n) as usize] {
                let plain: String = key.chars().map(strip_diacritics).collect();
                let i = *index.entry(plain.clone()).or_insert_with(|| {
                    plain_keys.push(plain);
                    plain_targets.push(Vec::new());
                    plain_keys.len() - 1
                });
                if !plain_targets[i].contains(&t) {
                    plain_targets[i].push(t);
                }
            }
        }
        let ac = automaton(&plain_keys)?;
        Ok(Plain {
            ac,
            targets: plain_targets,
        })
    }
}

fn automaton(keys: &[String]) -> Result<AhoCorasick> {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Both)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(keys)
        .map_err(|e| Error::Dictionary {
            source_name: "dictionary".into(),
            line: 0,
            column: 0,
            message: format!("cannot build the automaton: {e}"),
            text: String::new(),
        })
}

/// A dictionary key as the text's lower-case view would show it.
fn lower_key(normalizer: &Normalizer, form: &str) -> String {
    let mut lower = String::new();
    crate::normalize::lowercase_into(&normalizer.normalize_text(form), &mut lower);
    lower
}

/// The written forms an abbreviation is matched in: as given, with `Đ` typed as `D`,
/// with spaces around `-`, `/` and `&`, and without the hyphen.
fn written_forms(abbreviation: &str, variants: &[String]) -> Vec<String> {
    let mut forms: Vec<String> = std::iter::once(abbreviation.to_owned())
        .chain(variants.iter().cloned())
        .collect();
    let mut i = 0;
    while i < forms.len() && forms.len() < 64 {
        let f = forms[i].clone();
        let mut more = Vec::new();
        if f.contains(['Đ', 'đ']) {
            more.push(f.replace('Đ', "D").replace('đ', "d"));
        }
        for sep in ['-', '/', '&'] {
            if f.contains(sep) && !f.contains(&format!(" {sep} ")) {
                more.push(f.replace(sep, &format!(" {sep} ")));
            }
        }
        if f.contains('-') && !f.contains(' ') {
            more.push(f.replace('-', ""));
        }
        for m in more {
            if !forms.contains(&m) {
                forms.push(m);
            }
        }
        i += 1;
    }
    forms
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

pub(crate) use crate::normalize::is_word_char;

fn is_boundary_before(text: &str, i: usize) -> bool {
    !text[..i].chars().next_back().is_some_and(is_word_char)
}

/// A key that ends in a dot or another mark (`P.`, `TP.`) may touch the next word.
fn is_boundary_after(text: &str, i: usize) -> bool {
    !text[..i].chars().next_back().is_some_and(is_word_char)
        || !text[i..].chars().next().is_some_and(is_word_char)
}

/// The start of the next word after the word that contains byte `i`.
pub(crate) fn next_word_start(text: &str, i: usize) -> usize {
    let rest = &text[i..];
    let mut in_word = true;
    for (j, c) in rest.char_indices() {
        let w = is_word_char(c);
        if j == 0 && !w {
            in_word = false;
        }
        if in_word && !w {
            in_word = false;
        } else if !in_word && w {
            return i + j;
        }
    }
    text.len()
}

#[cfg(test)]
mod tests;
