//! How the dictionaries become keys: each abbreviation's written forms and long forms,
//! each lexicon entry's form, normalized and lower-cased as the text's lower-case view
//! shows them, with what each key stands for; and the automaton over them.

use rustc_hash::FxHashMap;
use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind, StartKind};

use super::layers::{At, Layer};
use super::lexicon::Lexicon;
use super::{AbbrevGroup, Target, is_word_char};
use crate::dict::{LexEntry, LexKind, Sense};
use crate::error::{Error, Result};
use crate::normalize::Normalizer;

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
pub(super) struct Keys {
    keys: Vec<String>,
    index: FxHashMap<String, usize>,
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
pub(super) fn abbreviation_keys(
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
                    syllable: Vec::new(),
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
pub(super) fn entry_keys(
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

/// Per written form of an abbreviation: is it, alone, a syllable of `lexicon`, as
/// written (lower case) and folded? The table's look-up of a token, made once per form.
pub(super) fn syllable_forms(forms: &[String], lexicon: &Lexicon) -> Vec<[bool; 2]> {
    let (mut lower, mut scratch) = (String::new(), String::new());
    forms
        .iter()
        .map(|f| {
            lower.clear();
            crate::normalize::lowercase_into(f, &mut lower);
            let (_, fold, members) = lexicon.ids(&lower, &mut scratch);
            let folded = lexicon.members_folded(fold);
            [members.whole, folded.whole].map(|m| m.has(LexKind::Syllable))
        })
        .collect()
}

pub(super) fn automaton<K: AsRef<[u8]>>(keys: &[K]) -> Result<AhoCorasick> {
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
pub(super) fn written_forms(abbreviation: &str, variants: &[String]) -> Vec<String> {
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
