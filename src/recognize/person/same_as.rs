//! `same_as`: a later, shorter mention of a person (`ông Ngọc`, `Harford`) points to the
//! first fullest mention of that person earlier in the document (`Phan Huy Ngọc`, `Tim
//! Harford`). A shorter mention matches a longer one when its words are the longer one's
//! last words (the given name, or a foreigner's family name), case and tone style aside.

use std::collections::{HashMap, HashSet};

use super::super::common::{Doc, Found};
use crate::span::RelationKind;

/// Links each person span in `people` (indices into `found`, in text order) to the first
/// fullest earlier mention whose last words it is.
pub(crate) fn link(doc: &Doc<'_>, found: &mut Found, people: &[usize]) {
    let lower = doc.lower();
    // Earlier mentions by their last word: a mention can only end like one of these.
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut links = Vec::new();
    for &p in people {
        let name = lower[found.span(p).range()].trim_end_matches('.');
        let last = name.rsplit(' ').next().unwrap_or(name);
        let words = name.split(' ').count();
        let fullest = by_last.get(last).and_then(|earlier| {
            earlier
                .iter()
                .filter_map(|&q| {
                    let full = lower[found.span(q).range()].trim_end_matches('.');
                    let n = full.split(' ').count();
                    let suffix = full.len() > name.len()
                        && full.ends_with(name)
                        && full.as_bytes()[full.len() - name.len() - 1] == b' ';
                    (n > words && suffix).then_some((n, q))
                })
                // The most words; the first of those.
                .min_by_key(|&(n, q)| (std::cmp::Reverse(n), q))
                .map(|(_, q)| q)
        });
        if let Some(q) = fullest {
            links.push((p, q));
        }
        // Only the first mention of each name can be pointed to: a name repeated a
        // thousand times is one entry.
        if seen.insert(name) {
            by_last.entry(last).or_default().push(p);
        }
    }
    for (p, q) in links {
        found.link(RelationKind::SameAs, p, q);
    }
}
