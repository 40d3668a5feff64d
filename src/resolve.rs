//! Resolution: spans back onto the original bytes, sorted, without crossings, with ids.
//!
//! It works on raw spans ([`resolve_raw`]); the strings of a span are made only for the
//! spans that survive, when they become [`Span`]s ([`materialize`]).

use std::cmp::Reverse;

use crate::normalize::NormalizedText;
use crate::recognize::common::{Found, NO_ATTRS, Raw, RawSpan, Rules};
use crate::span::{Annotation, Kind, Relation, Shared, Span};

/// The spans that survive resolution and the relations between them.
pub(crate) struct Resolved {
    /// Indices into `Found::spans`, in output order: a span's id is its place here.
    pub(crate) order: Vec<u32>,
    pub(crate) relations: Vec<Relation>,
}

/// Maps `found` onto `input` and orders it as the guide (`docs/annotation.md`) requires.
pub(crate) fn resolve(input: &str, text: &NormalizedText, found: Found<'_>) -> Annotation {
    let mut raw = found.into_raw();
    let resolved = resolve_raw(text, &mut raw);
    let mut annotation = materialize(input, raw, resolved);
    annotation.writing = crate::span::Written::of(text);
    annotation
}

/// Maps the raw spans of `found` to original offsets (in place), drops empty spans, spans
/// another kind takes over, exact duplicates and crossings (by the priority the
/// recognizers declared), and numbers the relations by output id.
pub(crate) fn resolve_raw(text: &NormalizedText, found: &mut Raw<'_>) -> Resolved {
    let rules = &found.rules;
    let spans = &mut found.spans;
    let to_u32 = |p: usize| u32::try_from(p).unwrap_or(u32::MAX);
    if !text.alignment().is_identity() {
        for s in spans.iter_mut() {
            let r = text.original_range(s.start as usize..s.end as usize);
            s.start = to_u32(r.start);
            s.end = to_u32(r.end);
        }
    }
    let mut order: Vec<u32> = (0..spans.len() as u32)
        .filter(|&i| spans[i as usize].start < spans[i as usize].end)
        .collect();
    order.sort_by_key(|&i| {
        let s = &spans[i as usize];
        (s.start, Reverse(s.end), s.kind)
    });
    take_over(spans, &mut order, rules);
    let (keep, alias) = uncross(spans, &order, rules);

    let mut new_id = vec![u32::MAX; spans.len()];
    order.retain(|&i| keep[i as usize]);
    for (id, &i) in order.iter().enumerate() {
        new_id[i as usize] = id as u32;
    }
    let id_of = |i: usize| {
        let j = if alias[i] == u32::MAX {
            i
        } else {
            alias[i] as usize
        };
        (new_id[j] != u32::MAX).then_some(new_id[j] as usize)
    };
    let mut relations: Vec<Relation> = found
        .links
        .iter()
        .filter_map(|&(kind, h, t)| {
            Some(Relation {
                kind,
                head: id_of(h)?,
                tail: id_of(t)?,
            })
        })
        .collect();
    relations.sort_by_key(|r| (r.head, r.tail));
    relations.dedup();
    Resolved { order, relations }
}

/// Walks `order` (sorted by start, longer first) and decides which spans stay: of two that
/// cross, the one of higher priority (as the recognizers declared it; the earlier on a
/// tie). Returns, per span, whether it stays, and the span an exact duplicate stands for
/// (`u32::MAX`: none).
fn uncross(spans: &[RawSpan], order: &[u32], rules: &Rules) -> (Vec<bool>, Vec<u32>) {
    let priority = |kind: Kind| rules.priority(kind);
    let mut keep = vec![false; spans.len()];
    let mut alias: Vec<u32> = vec![u32::MAX; spans.len()];
    let mut stack: Vec<usize> = Vec::new();
    let mut prev: Option<usize> = None;
    for &i in order {
        let i = i as usize;
        let s = &spans[i];
        if let Some(p) = prev {
            if spans[p].start == s.start && spans[p].end == s.end && spans[p].kind == s.kind {
                alias[i] = p as u32;
                continue;
            }
        }
        while stack.last().is_some_and(|&t| spans[t].end <= s.start) {
            stack.pop();
        }
        let mut accept = true;
        while let Some(&t) = stack.last() {
            if spans[t].end >= s.end {
                break;
            }
            // `t` starts before `s` and ends inside it: they cross.
            if priority(s.kind) > priority(spans[t].kind) {
                keep[t] = false;
                stack.pop();
            } else {
                accept = false;
                break;
            }
        }
        if accept {
            keep[i] = true;
            stack.push(i);
            prev = Some(i);
        }
    }
    (keep, alias)
}

/// Drops from `order` (sorted by start, longer first) every span that lies within a span
/// of a kind that overrides its kind (`rules.overrides`): a place read over a person's
/// name (`xã Cao Ngọc`) takes the name's place. Its relations go with it.
fn take_over(spans: &[RawSpan], order: &mut Vec<u32>, rules: &Rules) {
    if rules.overrides.is_empty() {
        return;
    }
    let overrides = |winner: Kind, loser: Kind| rules.overrides.contains(&(winner, loser));
    let mut lost = vec![false; spans.len()];
    for (k, &w) in order.iter().enumerate() {
        let win = &spans[w as usize];
        if !rules.overrides.iter().any(|&(x, _)| x == win.kind) {
            continue;
        }
        // Spans of the same range sort before or after it by kind: start from the first
        // span that starts where it does.
        let from = order[..k].partition_point(|&i| spans[i as usize].start < win.start);
        for &l in order[from..]
            .iter()
            .take_while(|&&i| spans[i as usize].start < win.end)
        {
            let lose = &spans[l as usize];
            if l != w && lose.end <= win.end && overrides(win.kind, lose.kind) {
                lost[l as usize] = true;
            }
        }
    }
    order.retain(|&i| !lost[i as usize]);
}

/// The [`Annotation`] of the spans that survived: the one place where strings are made.
pub(crate) fn materialize(input: &str, found: Raw<'_>, resolved: Resolved) -> Annotation {
    let mut strings = Shared::new(&found.texts);
    let spans = resolved
        .order
        .iter()
        .enumerate()
        .map(|(id, &i)| {
            let raw = found.spans[i as usize];
            let mut s = Span::new(raw.kind, input, raw.start as usize..raw.end as usize);
            s.id = id;
            if raw.attrs != NO_ATTRS {
                found.attrs[raw.attrs as usize].fill(&mut s, &mut strings);
            }
            s
        })
        .collect();
    Annotation {
        spans,
        relations: resolved.relations,
        writing: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;
    use crate::span::RelationKind;

    const INPUT: &str = "Ông Trần Văn Nam về xã Cao Ngọc, huyện Ngọc Lặc.";

    fn range(word: &str) -> std::ops::Range<usize> {
        let s = INPUT.find(word).unwrap_or(usize::MAX);
        s..s + word.len()
    }

    /// What the people and places recognizers write for `INPUT`: `Cao Ngọc` read both as a
    /// person (with the same name as a later mention) and as a commune.
    fn resolve_with(overrides: Vec<(Kind, Kind)>) -> Annotation {
        let rules = Rules {
            priorities: vec![(Kind::Person, 5), (Kind::Location, 2)],
            overrides,
        };
        let mut found = Found::new(rules);
        let nam = found.push(Kind::Person, range("Trần Văn Nam"));
        let cao = found.push(Kind::Person, range("Cao Ngọc"));
        found.link(RelationKind::SameAs, cao, nam);
        let ngoc = found.push(Kind::Person, range("Ngọc Lặc"));
        found.push(Kind::Location, range("Cao Ngọc"));
        // A place that holds a person's name whole, and one that shares only a word.
        found.push(Kind::Location, range("huyện Ngọc"));
        found.link(RelationKind::SameAs, ngoc, nam);
        let text = Normalizer::new().normalize(INPUT);
        resolve(INPUT, &text, found)
    }

    fn texts(a: &Annotation, kind: Kind) -> Vec<&str> {
        a.of_kind(kind).map(|s| &INPUT[s.start..s.end]).collect()
    }

    #[test]
    fn a_place_takes_over_a_person_within_it_in_resolve() {
        let a = resolve_with(vec![(Kind::Location, Kind::Person)]);
        assert_eq!(texts(&a, Kind::Person), ["Trần Văn Nam", "Ngọc Lặc"]);
        // A place that only crosses a person is no take-over: the priority decides, and
        // keeps the person.
        assert_eq!(texts(&a, Kind::Location), ["Cao Ngọc"]);
        // The person's relations went with it; those of the person that only shares a
        // word with a place stay.
        assert_eq!(a.relations.len(), 1);
        let r = &a.relations[0];
        assert_eq!(a.spans[r.head].text, "Ngọc Lặc");
        assert!(a.spans.iter().all(|s| INPUT[s.start..s.end] == s.text));
    }

    #[test]
    fn without_the_rule_a_person_nests_in_the_place() {
        let a = resolve_with(Vec::new());
        assert_eq!(
            texts(&a, Kind::Person),
            ["Trần Văn Nam", "Cao Ngọc", "Ngọc Lặc"]
        );
        assert_eq!(texts(&a, Kind::Location), ["Cao Ngọc"]);
        assert_eq!(a.relations.len(), 2);
    }
}
