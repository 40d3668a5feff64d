//! `same_as`: a later, shorter mention of a person (`ông Ngọc`, `Harford`) points to the
//! first fullest mention of that person earlier in the document (`Phan Huy Ngọc`, `Tim
//! Harford`). A shorter mention matches a longer one when its words are the longer one's
//! last words (the given name, or a foreigner's family name), case and tone style aside.

use rustc_hash::FxHashMap;

use super::super::common::{Doc, Found};
use crate::span::RelationKind;

/// Links each person span in `people` (indices into `found`, in text order) to the first
/// fullest earlier mention whose last words it is.
pub(crate) fn link(doc: &Doc<'_>, found: &mut Found, people: &[usize]) {
    let lower = doc.lower();
    // Every word-final part of every earlier mention (`phan huy ngọc`, `huy ngọc`, `ngọc`),
    // with the fullest mention that ends so (most words, then first): one look-up a
    // mention, however many names share a given name.
    let mut fullest: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    let mut links = Vec::new();
    for &p in people {
        let name = lower[found.span(p).range()].trim_end_matches('.');
        let words = name.split(' ').count();
        if let Some(&(n, q)) = fullest.get(name)
            && n > words
        {
            links.push((p, q));
        }
        let mut from = 0;
        for _ in 0..words {
            let part = &name[from..];
            let best = fullest.entry(part).or_insert((words, p));
            if best.0 < words {
                *best = (words, p);
            }
            match part.find(' ') {
                Some(i) => from += i + 1,
                None => break,
            }
        }
    }
    for (p, q) in links {
        found.link(RelationKind::SameAs, p, q);
    }
}
