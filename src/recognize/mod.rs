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
use common::{Hit, HitKinds};

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
    let mut found = Found {
        priorities: registry
            .iter()
            .flat_map(|r| r.emits().iter().copied())
            .collect(),
        ..Found::default()
    };
    for (i, (r, hits)) in registry.iter().zip(&dealt).enumerate() {
        debug_assert!(
            r.reads().iter().all(|k| registry[..=i]
                .iter()
                .any(|e| e.emits().iter().any(|(x, _)| x == k))),
            "{} reads a kind no recognizer before it emits",
            r.name()
        );
        r.recognize(doc, hits, &mut found);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Kind;

    /// What the registry promises: every kind a recognizer reads is emitted by one that
    /// runs before it (or by itself), a kind has one priority, and names are distinct.
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
        }
        // Every output kind has a recognizer.
        for kind in Kind::ALL {
            assert!(emitted.iter().any(|(k, _)| *k == kind), "{kind}");
        }
    }
}
