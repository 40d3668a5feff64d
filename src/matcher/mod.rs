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
mod wordkeys;

pub(crate) use layers::Layer;
use layers::{At, Union};
pub(crate) use lexicon::Lexicon;
use wordkeys::WordKeys;

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
    /// The automaton over `keys[..split]`.
    ac: AhoCorasick,
    /// The table of `keys[split..]` (the keys of user lexicons).
    words: WordKeys,
    split: usize,
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

/// The distinct keys being collected, with what each stands for.
#[derive(Default)]
struct Keys {
    keys: Vec<String>,
    index: HashMap<String, usize, FxBuild>,
    per_key: Vec<Vec<Target>>,
}

impl Keys {
    fn add(&mut self, key: &str, t: Target) {
        if key.is_empty() {
            return;
        }
        let i = match self.index.get(key) {
            Some(&i) => i,
            None => {
                self.index.insert(key.to_owned(), self.keys.len());
                self.keys.push(key.to_owned());
                self.per_key.push(Vec::new());
                self.keys.len() - 1
            }
        };
        if !self.per_key[i].contains(&t) {
            self.per_key[i].push(t);
        }
    }
}

/// Groups the senses by abbreviation and adds the keys of their written forms and long
/// forms.
fn abbreviation_keys(
    senses: &[&Sense],
    normalizer: &Normalizer,
    keys: &mut Keys,
) -> (Vec<AbbrevGroup>, HashMap<String, u32>) {
    let mut groups: Vec<AbbrevGroup> = Vec::new();
    let mut by_canonical: HashMap<String, u32> = HashMap::new();
    let mut lower = String::new();
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
            lower_key_into(normalizer, &s.expansion, &mut lower);
            keys.add(&lower, Target::LongForm { sense: i as u32 });
        }
    }
    for (g, group) in groups.iter().enumerate() {
        for (f, form) in group.forms.iter().enumerate() {
            let target = Target::Abbrev {
                group: g as u32,
                form: f as u32,
            };
            lower_key_into(normalizer, form, &mut lower);
            keys.add(&lower, target);
        }
    }
    (groups, by_canonical)
}

/// The keys of the lexicon entries that are searched for, and the [`Lexicon`] of every
/// entry. Returns the keys and, from the
/// index returned on, the keys only entries of the user layers after the last built-in
/// entry brought, each starting with a letter or digit: those go to the [`WordKeys`]
/// table rather than the automaton (`tail`: false puts every key in the automaton).
fn entry_keys(
    layers: &[Layer],
    entry_ids: &[At],
    entries: &[&LexEntry],
    normalizer: &Normalizer,
    mut keys: Keys,
    tail: bool,
) -> (Vec<String>, Vec<Vec<Target>>, usize, Lexicon) {
    let first_user = entry_ids
        .iter()
        .rposition(|&(l, _)| !matches!(layers[l as usize], Layer::User(_)))
        .map_or(0, |i| i + 1);
    let mut split = keys.keys.len();
    let mut lexicon = Lexicon::with_capacity(entries.len());
    let (mut lower, mut folded) = (String::new(), String::new());
    for (i, e) in entries.iter().enumerate() {
        if i == first_user {
            split = keys.keys.len();
        }
        lower_key_into(normalizer, &e.form, &mut lower);
        lexicon.add(e.kind, &lower, &mut folded);
        if !is_lookup_only(e.kind) {
            let t = Target::Lex {
                entry: i as u32,
                kind: e.kind,
            };
            keys.add(&lower, t);
        }
    }
    if !tail || first_user >= entries.len() {
        let n = keys.keys.len();
        return (keys.keys, keys.per_key, n, lexicon);
    }
    // Keys the table cannot find (not starting a word) move before the split, in order.
    let (mut auto, mut table): (Vec<_>, Vec<_>) = keys
        .keys
        .drain(split..)
        .zip(keys.per_key.drain(split..))
        .partition(|(k, _)| !k.starts_with(is_word_char));
    let split = split + auto.len();
    auto.append(&mut table);
    let (more_keys, more_targets): (Vec<_>, Vec<_>) = auto.into_iter().unzip();
    keys.keys.extend(more_keys);
    keys.per_key.extend(more_targets);
    (keys.keys, keys.per_key, split, lexicon)
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
        let (groups, by_canonical) = abbreviation_keys(&senses, normalizer, &mut keys);
        let entries: Vec<&LexEntry> = entry_ids
            .iter()
            .map(|&at| layers::entry(&layers, at))
            .collect();
        let (keys, per_key, split, lexicon) =
            entry_keys(&layers, &entry_ids, &entries, normalizer, keys, tail);
        drop((senses, entries));

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
        let mut key_starts: HashSet<String, FxBuild> = HashSet::default();
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
            (&self.ac, &self.words, &self.keys),
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

/// Runs `ac` over `hay`, with the keys of `words`, calling `accept(start, end, pattern)`
/// for the longest key at each word start that ends on a word boundary; when `accept`
/// refuses a key, shorter keys at the same start are offered. Keys of the automaton and of
/// the table that end at the same place are offered together (automaton first), and the
/// start counts as matched when either is accepted: as one automaton over both would.
///
/// After a match, the search goes on at the next word inside it that can start a key
/// (`may_start`), else after it: words inside a match are not searched twice for nothing.
fn scan<K: AsRef<str>>(
    (ac, words, keys): (&AhoCorasick, &WordKeys, &[K]),
    hay: &str,
    range: Range<usize>,
    may_start: impl Fn(&str) -> bool,
    mut accept: impl FnMut(usize, usize, usize) -> bool,
) {
    let len = range.end;
    let mut pos = range.start;
    // The automaton's next match at or after `pos` (`None` once there is none).
    let mut next: Option<aho_corasick::Match> = None;
    let mut searched = false;
    let mut table: Vec<(usize, usize)> = Vec::new();
    while pos < len {
        if !searched || next.is_some_and(|m| m.start() < pos) {
            next = ac.find(Input::new(hay).span(pos..len));
            searched = true;
        }
        let auto_start = next.map_or(len, |m| m.start());
        let start = if words.is_empty() {
            auto_start
        } else {
            table_start(words, keys, hay, pos..auto_start, len, &mut table)
        };
        if start == len {
            break;
        }
        if start < auto_start {
            // Only the table has keys here.
            let longest_end = table[0].0;
            for &(end, pattern) in &table {
                if accept(start, end, pattern) {
                    break;
                }
            }
            pos = skip_inside(hay, start, longest_end, len, &may_start);
            continue;
        }
        let Some(m) = next else { break };
        if start != auto_start {
            table.clear();
        }
        let longest_end = m.end().max(table.first().map_or(0, |t| t.0));
        if is_boundary_before(hay, start) {
            offer_both(ac, hay, start, m, &table, &mut accept);
        }
        pos = skip_inside(hay, start, longest_end, len, &may_start);
    }
}

/// The first word start in `within` where the table has keys (left in `table`), else
/// `within.end` (its keys, if `within.end` is a word start, are left in `table` too).
fn table_start<K: AsRef<str>>(
    words: &WordKeys,
    keys: &[K],
    hay: &str,
    within: Range<usize>,
    len: usize,
    table: &mut Vec<(usize, usize)>,
) -> usize {
    table.clear();
    let mut w = within.start;
    if !(is_boundary_before(hay, w) && hay[w..].starts_with(is_word_char)) {
        w = next_word_start(hay, w);
    }
    while w <= within.end && w < len {
        words.at(keys, hay, w, len, table);
        if !table.is_empty() {
            return w;
        }
        w = next_word_start(hay, w);
    }
    within.end
}

/// Offers the keys at `start`, longest first: the automaton's (`m` and shorter ones) and
/// the table's, merged by end.
fn offer_both(
    ac: &AhoCorasick,
    hay: &str,
    start: usize,
    m: aho_corasick::Match,
    table: &[(usize, usize)],
    accept: &mut impl FnMut(usize, usize, usize) -> bool,
) {
    let mut auto = Some((m.end(), m.pattern().as_usize()));
    let mut t = 0;
    loop {
        let auto_end = auto.map(|a| a.0);
        let table_end = table.get(t).map(|x| x.0);
        let end = match (auto_end, table_end) {
            (None, None) => return,
            (a, b) => a.max(b).unwrap_or_default(),
        };
        let mut ok = false;
        if let Some((_, pattern)) = auto.filter(|a| a.0 == end) {
            ok |= is_boundary_after(hay, end) && accept(start, end, pattern);
            auto = ac
                .find(Input::new(hay).span(start..end - 1).anchored(Anchored::Yes))
                .map(|m2| (m2.end(), m2.pattern().as_usize()));
        }
        if table_end == Some(end) {
            ok |= accept(start, end, table[t].1);
            t += 1;
        }
        if ok {
            return;
        }
    }
}

/// Where the search goes on after keys at `start` whose longest ends at `longest_end`:
/// the next word inside that can start a key, else the first word start after it.
fn skip_inside(
    hay: &str,
    start: usize,
    longest_end: usize,
    len: usize,
    may_start: impl Fn(&str) -> bool,
) -> usize {
    let mut pos = next_word_start(hay, start);
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
    pos
}

/// The automaton over keys without diacritics, for text typed without them; the folded
/// keys of the table's keys in a table of their own.
#[derive(Debug)]
struct Plain {
    /// Over `keys[..split]`.
    ac: AhoCorasick,
    /// Of `keys[split..]`.
    words: WordKeys,
    keys: Vec<String>,
    /// Per pattern: its targets.
    targets: Vec<Vec<Target>>,
}

impl Plain {
    fn build(
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
            let mut index: HashMap<String, usize, FxBuild> = HashMap::default();
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

/// A dictionary key as the text's lower-case view would show it, into `lower`.
fn lower_key_into(normalizer: &Normalizer, form: &str, lower: &mut String) {
    crate::normalize::lowercase_into(&normalizer.normalize_text(form), lower);
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
