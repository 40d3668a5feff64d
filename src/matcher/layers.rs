//! The dictionaries an annotator is compiled from, kept as they were given: the built-in
//! one by reference (it is parsed once per process), user ones owned. Their union, with
//! the precedence of [`Dictionary::extend`], is a list of ids into them; nothing is
//! cloned.

use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;
use std::ops::Deref;

use crate::dict::{Dictionary, Info, LexEntry, LexKind, Sense};

/// One dictionary of an annotator.
#[derive(Debug)]
pub(crate) enum Layer {
    /// The built-in dictionary (or any other that lives for the whole process), taken as
    /// it is.
    Builtin(&'static Dictionary),
    /// A dictionary laid on top of the ones before it, as [`Dictionary::extend`] does.
    User(Dictionary),
}

impl Deref for Layer {
    type Target = Dictionary;
    fn deref(&self) -> &Dictionary {
        match self {
            Layer::Builtin(d) => d,
            Layer::User(d) => d,
        }
    }
}

/// Where an item is: (layer, index in that layer).
pub(crate) type At = (u32, u32);

/// The union of the layers: senses most preferred first, lexicon entries in order.
pub(crate) struct Union {
    pub(crate) senses: Vec<At>,
    pub(crate) entries: Vec<At>,
}

/// What identifies a lexicon entry across layers: form, kind and info (hashed by form
/// and kind only: the info of two entries of one form and kind seldom differs, and
/// hashing it costs more than comparing it).
#[derive(PartialEq, Eq)]
struct EntryKey<'a>(&'a str, LexKind, &'a Info);

impl std::hash::Hash for EntryKey<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
        self.1.hash(state);
    }
}

/// Merges `layers` as if each [`Layer::User`] were added with [`Dictionary::extend`] to
/// the union of those before it (a [`Layer::Builtin`] is taken as it is).
pub(crate) fn union(layers: &[Layer]) -> Union {
    // Senses: (rank layer, layer, index, alive).
    let mut senses: Vec<(u32, u32, u32, bool)> = Vec::new();
    let mut sense_at: FxHashMap<(&str, &str), usize> = FxHashMap::default();
    let mut entries: Vec<At> = Vec::new();
    let mut entry_at: FxHashMap<EntryKey<'_>, usize> = FxHashMap::default();
    let many = layers.len() > 1;
    for (l, layer) in layers.iter().enumerate() {
        let l = l as u32;
        let rank = match layer {
            Layer::Builtin(_) => None,
            // As `extend`: one more than the highest layer so far.
            Layer::User(_) => Some(
                senses
                    .iter()
                    .filter(|s| s.3)
                    .map(|s| s.0)
                    .max()
                    .map_or(0, |r| r + 1),
            ),
        };
        if rank.is_some() {
            for s in layer.senses() {
                if let Some(&old) = sense_at.get(&(s.abbreviation.as_str(), s.expansion.as_str())) {
                    senses[old].3 = false;
                }
            }
        }
        for (i, s) in layer.senses().iter().enumerate() {
            if many {
                sense_at.insert((&s.abbreviation, &s.expansion), senses.len());
            }
            senses.push((rank.unwrap_or(s.layer()), l, i as u32, true));
        }
        for (i, e) in layer.entries().iter().enumerate() {
            if !many {
                entries.push((l, i as u32));
                continue;
            }
            match entry_at.entry(EntryKey(&e.form, e.kind, &e.info)) {
                Entry::Occupied(old) if rank.is_some() => entries[*old.get()] = (l, i as u32),
                Entry::Occupied(mut old) => {
                    *old.get_mut() = entries.len();
                    entries.push((l, i as u32));
                }
                Entry::Vacant(slot) => {
                    slot.insert(entries.len());
                    entries.push((l, i as u32));
                }
            }
        }
    }
    // Most preferred first: later layers, then the order they came in.
    let mut alive: Vec<(u32, u32, u32)> = senses
        .into_iter()
        .filter(|s| s.3)
        .map(|(r, l, i, _)| (r, l, i))
        .collect();
    // Stable: equal ranks keep their order.
    alive.sort_by_key(|&(r, _, _)| std::cmp::Reverse(r));
    Union {
        senses: alive.into_iter().map(|(_, l, i)| (l, i)).collect(),
        entries,
    }
}

/// The sense at `at`.
pub(crate) fn sense(layers: &[Layer], (l, i): At) -> &Sense {
    &layers[l as usize].senses()[i as usize]
}

/// The lexicon entry at `at`.
pub(crate) fn entry(layers: &[Layer], (l, i): At) -> &LexEntry {
    &layers[l as usize].entries()[i as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    const ABBR: &str = "abbreviation\texpansion\tentity\tdomain\tlong_form\tcues\tvariants\n";
    const LEX: &str = "form\tkind\tcanonical\tinfo\n";

    fn dict(text: &str) -> Dictionary {
        Dictionary::parse("t.tsv", text).expect("test dictionary parses")
    }

    /// The union lists what `extend` would have kept, in the same order.
    #[test]
    fn union_is_extend_without_the_copies() {
        let base = dict(&format!(
            "{ABBR}TT\tTrung tâm\torganization\tgovernment\tno\t\t\n\
             TT\tthị trấn\tlocation\tgovernment\tno\t\t\n\
             BQL\tBan Quản lý\torganization\tgovernment\tyes\t\t\n"
        ));
        let base_lex = dict(&format!(
            "{LEX}Nguyễn\tsurname\t\t\nTỉnh ủy\torg\t\t\nxã\tlevel\t\tlevel=xã\n"
        ));
        let mut base_all = base.clone();
        base_all.extend(base_lex);
        let user = dict(&format!(
            "{ABBR}TT\tthông tin\tconcept\tgeneral\tno\t\t\n\
             BQL\tBan Quản lý\torganization\tgovernment\tno\t\t\n"
        ));
        let user_lex = dict(&format!(
            "{LEX}Tỉnh ủy\torg\tTỈNH ỦY\t\nHà Giang\tplace\t\t\n"
        ));

        let mut extended = base_all.clone();
        extended.extend(user.clone());
        extended.extend(user_lex.clone());

        let static_base: &'static Dictionary = Box::leak(Box::new(base_all));
        let layers = vec![
            Layer::Builtin(static_base),
            Layer::User(user),
            Layer::User(user_lex),
        ];
        let u = union(&layers);
        let got: Vec<&Sense> = u.senses.iter().map(|&a| sense(&layers, a)).collect();
        let want = extended.senses_ranked();
        let key = |s: &&Sense| (s.abbreviation.clone(), s.expansion.clone(), s.long_form);
        assert_eq!(
            got.iter().map(key).collect::<Vec<_>>(),
            want.iter().map(key).collect::<Vec<_>>()
        );
        let got: Vec<&LexEntry> = u.entries.iter().map(|&a| entry(&layers, a)).collect();
        let want: Vec<&LexEntry> = extended.entries().iter().collect();
        assert_eq!(got, want);
        assert_eq!(got[1].canonical, "TỈNH ỦY");
    }
}
