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
pub(crate) mod numwords;
pub(crate) mod organization;
pub(crate) mod person;
pub(crate) mod title;
#[cfg(test)]
mod toy;

pub(crate) use common::{Doc, Found, Recognizer};
use common::{Hit, HitKinds, KindSet, Rules};

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

/// Runs every recognizer of [`REGISTRY`] in order.
pub(crate) fn run<'a>(doc: &Doc<'a>) -> Found<'a> {
    run_with(doc, REGISTRY)
}

/// Runs `registry` in order over `doc`: one walk over the hits deals each hit to the
/// recognizers that need it, then each recognizer runs on its own hits.
pub(crate) fn run_with<'a>(doc: &Doc<'a>, registry: &[&dyn Recognizer]) -> Found<'a> {
    let needs: Vec<HitKinds> = registry.iter().map(|r| r.needs()).collect();
    let mut dealt: Vec<Vec<Hit>> = vec![Vec::new(); registry.len()];
    for hit in doc.hits {
        for (n, hits) in needs.iter().zip(&mut dealt) {
            if n.wants(&hit.target) {
                hits.push(*hit);
            }
        }
    }
    let mut found = Found::new(rules(registry));
    for (i, (r, hits)) in registry.iter().zip(&dealt).enumerate() {
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
    use crate::span::Kind;

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
}
