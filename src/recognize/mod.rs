//! Recognizers: each turns dictionary hits (and the few words around them) into spans.
//!
//! [`REGISTRY`] lists them in the order they run; each sees what the earlier ones found
//! in [`Found`]. The driver ([`run`]) walks the document's hits once, hands each
//! recognizer the hits it needs, and runs them in that order. Offsets here are into the
//! normalized text; the resolver maps them back to the original.
//!
//! Adding a recognizer is one file (a unit struct implementing [`Recognizer`]) and one
//! line in [`REGISTRY`]; `toy.rs` (a test) shows it.

pub(crate) mod abbreviation;
pub(crate) mod common;
pub(crate) mod date;
pub(crate) mod location;
pub(crate) mod number;
pub(crate) mod organization;
pub(crate) mod person;
pub(crate) mod title;
#[cfg(test)]
mod toy;

use crate::span::Kind;
pub(crate) use common::{Doc, Found, KindSet, Recognizer};
use common::{Hit, HitKinds, Rules};

/// Every recognizer, in the order they run.
pub(crate) const REGISTRY: &[&dyn Recognizer] = &[
    &abbreviation::Abbreviations,
    &date::Dates,
    &number::Numbers,
    &organization::Organizations,
    &title::Titles,
    &person::People,
    &location::Places,
];

/// Runs, in order, the recognizers of [`REGISTRY`] that spans of the `wanted` kinds need
/// ([`needed`]).
pub(crate) fn run<'a>(doc: &Doc<'a>, wanted: KindSet) -> Found<'a> {
    if wanted == KindSet::ALL {
        return run_with(doc, REGISTRY);
    }
    run_with(doc, &needed(REGISTRY, wanted))
}

/// The classes of hits that the recognizers spans of the `wanted` kinds need ([`needed`])
/// read: those they are handed and those they look at. Every class when every kind is
/// wanted.
pub(crate) fn hit_kinds(wanted: KindSet) -> HitKinds {
    if wanted == KindSet::ALL {
        return HitKinds::all();
    }
    needed(REGISTRY, wanted)
        .iter()
        .fold(HitKinds::NOTHING, |k, r| k.and(r.needs()).and(r.looks_at()))
}

/// The recognizers of `registry` that spans of the `wanted` kinds need, in order: those
/// that emit them; those whose spans decide which of them survive in the resolver (a kind
/// of equal or higher priority, which may cross them; a kind that takes over one of
/// those); and, back through the registry, those that emit what any of these reads.
/// Whatever else runs cannot change a wanted span or a relation between wanted spans.
pub(crate) fn needed<'r>(
    registry: &[&'r dyn Recognizer],
    wanted: KindSet,
) -> Vec<&'r dyn Recognizer> {
    let rules = rules(registry);
    let floor = Kind::ALL
        .into_iter()
        .filter(|&k| wanted.has(k))
        .map(|k| rules.priority(k))
        .min();
    let mut kinds = wanted;
    for &(k, p) in &rules.priorities {
        if floor.is_some_and(|f| p >= f) {
            kinds = kinds.and(k.into());
        }
    }
    for &(winner, loser) in &rules.overrides {
        if kinds.has(loser) {
            kinds = kinds.and(winner.into());
        }
    }
    // A recognizer reads only what runs before it: one walk back closes the set.
    let mut keep = vec![false; registry.len()];
    for (i, r) in registry.iter().enumerate().rev() {
        if emitted(*r).meets(kinds) {
            keep[i] = true;
            kinds = kinds.and(KindSet::of(r.reads()));
        }
    }
    registry
        .iter()
        .zip(keep)
        .filter_map(|(r, k)| k.then_some(*r))
        .collect()
}

/// Runs `registry` in order over `doc`: one walk over the hits deals each hit to the
/// recognizers that need it, then each recognizer runs on its own hits. A recognizer that
/// needs every class of hit the document has reads the document's own list, uncopied (on a
/// page of nothing but `UBND`, the organizations' recognizer).
pub(crate) fn run_with<'a>(doc: &Doc<'a>, registry: &[&dyn Recognizer]) -> Found<'a> {
    let present = doc
        .hits
        .iter()
        .fold(HitKinds::NOTHING, |k, h| k.and(HitKinds::of(&h.target)));
    let needs: Vec<Option<HitKinds>> = registry
        .iter()
        .map(|r| Some(r.needs()).filter(|n| !n.has(present)))
        .collect();
    let mut dealt: Vec<Vec<Hit>> = vec![Vec::new(); registry.len()];
    for hit in doc.hits {
        for (n, hits) in needs.iter().zip(&mut dealt) {
            if n.is_some_and(|n| n.wants(&hit.target)) {
                hits.push(*hit);
            }
        }
    }
    let mut found = Found::new(rules(registry));
    for (i, (r, copy)) in registry.iter().zip(&dealt).enumerate() {
        let hits = if needs[i].is_some() { copy } else { doc.hits };
        debug_assert!(
            r.reads().iter().all(|k| registry[..=i]
                .iter()
                .any(|e| e.emits().iter().any(|(x, _)| x == k))),
            "{} reads a kind no recognizer before it emits",
            r.name()
        );
        found.begin(KindSet::of(r.reads()).and(emitted(*r)));
        r.recognize(doc, hits, &mut found);
    }
    found
}

/// The kinds `r` emits.
fn emitted(r: &dyn Recognizer) -> KindSet {
    r.emits()
        .iter()
        .fold(KindSet::NONE, |set, &(k, _)| set.and(k.into()))
}

/// How the spans of `registry` give way to each other in the resolver.
fn rules(registry: &[&dyn Recognizer]) -> Rules {
    Rules {
        priorities: registry
            .iter()
            .flat_map(|r| r.emits().iter().copied())
            .collect(),
        overrides: registry
            .iter()
            .flat_map(|r| r.overrides().iter().copied())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the registry promises: every kind a recognizer reads is emitted by one that
    /// runs before it (or by itself), a kind has one priority, names are distinct, and a
    /// recognizer overrides only an earlier kind with one of its own.
    #[test]
    fn registry_is_consistent() {
        let mut emitted: Vec<(Kind, u8)> = Vec::new();
        let mut names = Vec::new();
        for r in REGISTRY {
            assert!(!names.contains(&r.name()), "{} twice", r.name());
            names.push(r.name());
            for &(kind, p) in r.emits() {
                if let Some(&(_, q)) = emitted.iter().find(|(k, _)| *k == kind) {
                    assert_eq!(p, q, "{}: {kind} has two priorities", r.name());
                }
                emitted.push((kind, p));
            }
            for kind in r.reads() {
                assert!(
                    emitted.iter().any(|(k, _)| k == kind),
                    "{} reads {kind}, which no earlier recognizer emits",
                    r.name()
                );
            }
            // It takes over only a kind of its own from one that an earlier one emits.
            for &(winner, loser) in r.overrides() {
                assert!(
                    r.emits().iter().any(|(k, _)| *k == winner),
                    "{} overrides with {winner}, which it does not emit",
                    r.name()
                );
                assert!(
                    emitted.iter().any(|(k, _)| *k == loser) && winner != loser,
                    "{} overrides {loser}, which no earlier recognizer emits",
                    r.name()
                );
            }
        }
        // Every output kind has a recognizer.
        for kind in Kind::ALL {
            assert!(emitted.iter().any(|(k, _)| *k == kind), "{kind}");
        }
    }

    fn names(registry: &[&dyn Recognizer]) -> Vec<&'static str> {
        registry.iter().map(|r| r.name()).collect()
    }

    #[test]
    fn the_registry_prunes_to_what_the_kinds_need() {
        let only = |kinds: &[Kind]| names(&needed(REGISTRY, KindSet::of(kinds)));
        // Nothing crosses an abbreviation and wins: it needs no one else.
        assert_eq!(only(&[Kind::Abbreviation]), ["abbreviations"]);
        // A date may lose to an abbreviation it crosses.
        assert_eq!(only(&[Kind::Date]), ["abbreviations", "dates"]);
        // Numbers read dates and abbreviations.
        assert_eq!(only(&[Kind::Number]), ["abbreviations", "dates", "numbers"]);
        // People read bodies and titles, and places take over people.
        assert_eq!(only(&[Kind::Person]), names(REGISTRY));
        assert!(only(&[]).is_empty());
    }

    /// Asking for some kinds gives exactly the spans and relations of those kinds that a
    /// call for every kind gives.
    #[test]
    fn pruned_runs_give_the_spans_of_a_full_run() {
        use crate::{Annotator, Options};
        let input = "Sáng 6/11/2020, Đại tá Phan Văn Hải, Giám đốc Công an tỉnh Hà Giang, \
            làm việc với UBND xã Cao Bồ và Mặt trận Tổ quốc (MTTQ) huyện Vị Xuyên. \
            Ông Hải cho biết 1,5 triệu đồng đã chuyển về thôn Nà Rại, xã Tùng Bá.";
        let a = Annotator::new();
        let all = a.annotate(input);
        let mut sets: Vec<Vec<Kind>> = Kind::ALL.iter().map(|&k| vec![k]).collect();
        sets.push(vec![Kind::Person, Kind::Title]);
        sets.push(vec![Kind::Abbreviation, Kind::LongForm]);
        sets.push(vec![Kind::Organization, Kind::Location]);
        for kinds in sets {
            let options = Options::new().kinds(kinds.iter().copied());
            let some = a.annotate_with(input, &options);
            let mut want = all.clone();
            want.spans.retain(|s| kinds.contains(&s.kind));
            let kept: Vec<usize> = all
                .spans
                .iter()
                .filter(|s| kinds.contains(&s.kind))
                .map(|s| s.id)
                .collect();
            let same = |x: &crate::Span, y: &crate::Span| {
                (
                    x.kind,
                    x.start,
                    x.end,
                    &x.canonical,
                    &x.expansion,
                    &x.level,
                    &x.value,
                ) == (
                    y.kind,
                    y.start,
                    y.end,
                    &y.canonical,
                    &y.expansion,
                    &y.level,
                    &y.value,
                )
            };
            assert_eq!(some.spans.len(), want.spans.len(), "{kinds:?}");
            assert!(
                some.spans.iter().zip(&want.spans).all(|(x, y)| same(x, y)),
                "{kinds:?}"
            );
            for s in &some.spans {
                assert_eq!(&input[s.start..s.end], s.text);
            }
            let relations = |rels: &[crate::Relation], id: &dyn Fn(usize) -> Option<usize>| {
                let mut v: Vec<_> = rels
                    .iter()
                    .filter_map(|r| Some((r.kind as u8, id(r.head)?, id(r.tail)?)))
                    .collect();
                v.sort_unstable();
                v
            };
            let from_all = relations(&all.relations, &|i| kept.iter().position(|&k| k == i));
            assert_eq!(relations(&some.relations, &Some), from_all, "{kinds:?}");
            assert!(!some.spans.is_empty(), "{kinds:?}");
        }
    }
}
