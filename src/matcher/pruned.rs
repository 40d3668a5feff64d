//! The automaton for a run that needs only some classes of hits (`--kinds abbreviation`):
//! the same patterns, with the keys no running recognizer reads taken out, so the search
//! stops less often. It finds exactly the hits of those classes the whole automaton finds.
//!
//! A key of another class can hide a wanted one: the longest key at a start is offered
//! first, and when it is taken the shorter keys that start there are not (`Ủy ban nhân dân
//! tỉnh` before `Ủy ban nhân dân`). So a key stays whenever a wanted key is a prefix of it:
//! its hits are made as before, and the keys it hides stay hidden. A key taken out hides no
//! wanted key at its start, and the words inside it that may start a key are searched as
//! they were. Pattern ids are those of the whole automaton: a key taken out is replaced by
//! a pattern the lower-case view cannot hold (an ASCII capital).

use std::sync::{Arc, Mutex};

use aho_corasick::AhoCorasick;
use rustc_hash::FxHashSet;

use super::keys::automaton;
use super::{HitKinds, Target, is_word_char};
use crate::error::Result;

/// What replaces a key taken out: the lower-case view has no ASCII capital.
const NEVER: &str = "Q";

/// The automata built so far, one per set of wanted classes (`None`: the set takes no key
/// out, the whole automaton serves).
#[derive(Debug, Default)]
pub(super) struct Pruned(Mutex<Vec<(HitKinds, Option<Arc<AhoCorasick>>)>>);

impl Pruned {
    /// The automaton over the `keys` that `wanted` needs (`targets(i)`: what key `i`
    /// stands for), built on first use; `None` when it would hold every key.
    pub(super) fn get<'t>(
        &self,
        wanted: HitKinds,
        keys: &[String],
        targets: impl Fn(usize) -> &'t [Target],
    ) -> Result<Option<Arc<AhoCorasick>>> {
        if wanted == HitKinds::all() {
            return Ok(None);
        }
        // A poisoned lock only means another thread panicked while building: the list is
        // still whole.
        let mut built = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, ac)) = built.iter().find(|(w, _)| *w == wanted) {
            return Ok(ac.clone());
        }
        let ac = match patterns(wanted, keys, targets) {
            Some(patterns) => Some(Arc::new(automaton(&patterns)?)),
            None => None,
        };
        built.push((wanted, ac.clone()));
        Ok(ac)
    }
}

/// The patterns of the pruned automaton: each key that `wanted` needs or that a needed
/// key is a prefix of, [`NEVER`] for the others; `None` when none is taken out.
fn patterns<'t>(
    wanted: HitKinds,
    keys: &[String],
    targets: impl Fn(usize) -> &'t [Target],
) -> Option<Vec<&str>> {
    let needed: FxHashSet<&str> = (0..keys.len())
        .filter(|&i| targets(i).iter().any(|t| wanted.wants(t)))
        .map(|i| keys[i].as_str())
        .collect();
    // A shorter key at the same start is offered only where it ends on a word boundary:
    // its last character or the next one is no word character (`tp.` in `tp.hcm`).
    let hides_one = |key: &str| {
        key.char_indices().skip(1).any(|(at, next)| {
            let last = key[..at].chars().next_back().unwrap_or(' ');
            (!is_word_char(last) || !is_word_char(next)) && needed.contains(&key[..at])
        })
    };
    let patterns: Vec<&str> = keys
        .iter()
        .map(|k| {
            if needed.contains(k.as_str()) || hides_one(k) {
                k.as_str()
            } else {
                NEVER
            }
        })
        .collect();
    patterns.contains(&NEVER).then_some(patterns)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::LexKind;

    #[test]
    fn a_key_that_may_hide_a_wanted_one_stays_and_the_others_go() {
        let keys: Vec<String> = [
            "ủy ban nhân dân",
            "ủy ban nhân dân tỉnh",
            "cao",
            "ubnd",
            "ca",
        ]
        .map(String::from)
        .to_vec();
        let long = [Target::LongForm { sense: 0 }];
        let org = [Target::Lex {
            entry: 0,
            kind: LexKind::Org,
        }];
        let surname = [Target::Lex {
            entry: 1,
            kind: LexKind::Surname,
        }];
        let abbrev = [Target::Abbrev { group: 0, form: 0 }];
        let ca = [Target::Abbrev { group: 1, form: 0 }];
        let all: [&[Target]; 5] = [&long, &org, &surname, &abbrev, &ca];
        let wanted = HitKinds::ABBREVIATIONS.and(HitKinds::LONG_FORMS);
        let got = patterns(wanted, &keys, |i| all[i]);
        assert_eq!(
            got,
            Some(vec![
                "ủy ban nhân dân",
                "ủy ban nhân dân tỉnh",
                NEVER,
                "ubnd",
                "ca"
            ]),
            "`cao` starts with `ca` inside a word, where `ca` is never a hit: it goes"
        );
        // Wanting everything takes nothing out.
        assert_eq!(patterns(HitKinds::all(), &keys, |i| all[i]), None);
    }

    /// Each set of classes is looked at once: its automaton, or the finding that it takes
    /// no key out, is kept; wanting every class builds and keeps nothing.
    #[test]
    fn each_set_of_classes_is_built_once() {
        let keys: Vec<String> = ["ubnd", "nguyễn"].map(String::from).to_vec();
        let abbrev = [Target::Abbrev { group: 0, form: 0 }];
        let surname = [Target::Lex {
            entry: 0,
            kind: LexKind::Surname,
        }];
        let all: [&[Target]; 2] = [&abbrev, &surname];
        let pruned = Pruned::default();
        let built = |p: &Pruned| p.0.lock().map_or(0, |b| b.len());
        assert!(matches!(
            pruned.get(HitKinds::all(), &keys, |i| all[i]),
            Ok(None)
        ));
        assert_eq!(built(&pruned), 0);
        let first = pruned.get(HitKinds::ABBREVIATIONS, &keys, |i| all[i]);
        let again = pruned.get(HitKinds::ABBREVIATIONS, &keys, |i| all[i]);
        match (first, again) {
            (Ok(Some(a)), Ok(Some(b))) => assert!(Arc::ptr_eq(&a, &b)),
            other => panic!("{other:?}"),
        }
        let both = HitKinds::ABBREVIATIONS.and(HitKinds::lex(LexKind::Surname));
        assert!(matches!(pruned.get(both, &keys, |i| all[i]), Ok(None)));
        assert!(matches!(pruned.get(both, &keys, |i| all[i]), Ok(None)));
        assert_eq!(
            built(&pruned),
            2,
            "one automaton, one set that takes nothing out"
        );
    }
}
